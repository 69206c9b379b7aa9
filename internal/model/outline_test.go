package model

import (
	"fmt"
	"strings"
	"testing"
)

// The outline numbers as the division list does: categories at their
// depth, tasks afresh under each category in the level below it (or
// task_number's form, or through the whole list); a task of no category
// comes first (after the last category it would read as that category's
// — QA s8 #13), one of a category the walk does not reach last — none is
// left out.
func TestOutline(t *testing.T) {
	base := Campaign{
		Categories: []Category{{ID: "a", Name: "甲"}, {ID: "a1", Name: "甲一", Parent: "a"}, {ID: "b", Name: "乙"},
			{ID: "x", Name: "环", Parent: "y"}, {ID: "y", Name: "环二", Parent: "x"}},
		Tasks: []Task{{ID: "t1", Category: "a1"}, {ID: "t2", Category: "a"}, {ID: "t3", Category: "a1"},
			{ID: "t4", Category: "b"}, {ID: "t5"}, {ID: "t6", Category: "x"}, {ID: "t7", Category: "zz"}},
	}
	for _, tt := range []struct {
		name string
		div  DivisionLayout
		want string
	}{
		{"default", DivisionLayout{}, "t5:（一）1 一、1甲 t2:（一）1 （一）1甲一 t1:1.1 t3:1.2 一、2乙 t4:（一）1 t6:（一）1 t7:（一）2"},
		{"task_number", DivisionLayout{Numbering: []string{"一、", "（一）"}, TaskNumber: "1."},
			"t5:1.1 一、1甲 t2:1.1 （一）1甲一 t1:1.1 t3:1.2 一、2乙 t4:1.1 t6:1.1 t7:1.2"},
		{"continuous", DivisionLayout{TaskNumber: "1.", Continuous: true},
			"t5:1.1 一、1甲 t2:1.2 （一）1甲一 t1:1.3 t3:1.4 一、2乙 t4:1.5 t6:1.6 t7:1.7"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c := base
			c.Division = tt.div
			var got []string
			for _, it := range c.Outline() {
				if it.Category != nil {
					got = append(got, fmt.Sprintf("%s%d%s", it.Form, it.Number, it.Category.Name))
				} else {
					got = append(got, fmt.Sprintf("%s:%s%d", it.Task.ID, it.Form, it.Number))
				}
			}
			if s := strings.Join(got, " "); s != tt.want {
				t.Errorf("outline\n%s\nwant\n%s", s, tt.want)
			}
		})
	}
}
