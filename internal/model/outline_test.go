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
		{"starts", DivisionLayout{Numbering: []string{"三、", "（一）", "11."}},
			"t5:（一）1 一、3甲 t2:（一）1 （一）1甲一 t1:1.11 t3:1.12 一、4乙 t4:（一）1 t6:（一）1 t7:（一）2"},
		{"task_number start", DivisionLayout{TaskNumber: "11.", Continuous: true},
			"t5:1.11 一、1甲 t2:1.12 （一）1甲一 t1:1.13 t3:1.14 一、2乙 t4:1.15 t6:1.16 t7:1.17"},
		{"task_number start afresh", DivisionLayout{TaskNumber: "（3）"},
			"t5:（1）3 一、1甲 t2:（1）3 （一）1甲一 t1:（1）3 t3:（1）4 一、2乙 t4:（1）3 t6:（1）3 t7:（1）4"},
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

// A list without categories numbers its tasks 1. 2. by default, or in the
// form (and from the start) the data writes: 广东 2022's attachment lists
// 「11.」 on, a flat list may be numbered 一、二、.
func TestOutlineFlat(t *testing.T) {
	for _, tt := range []struct {
		name string
		div  DivisionLayout
		want string
	}{
		{"default", DivisionLayout{}, "1.1 1.2 1.3"},
		{"numbering", DivisionLayout{Numbering: []string{"一、"}}, "一、1 一、2 一、3"},
		{"numbering start", DivisionLayout{Numbering: []string{"四、"}}, "一、4 一、5 一、6"},
		{"task_number start", DivisionLayout{TaskNumber: "11."}, "1.11 1.12 1.13"},
		{"task_number", DivisionLayout{TaskNumber: "一、"}, "一、1 一、2 一、3"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c := Campaign{Tasks: []Task{{ID: "a"}, {ID: "b"}, {ID: "c"}}, Division: tt.div}
			var got []string
			for _, it := range c.Outline() {
				got = append(got, fmt.Sprintf("%s%d", it.Form, it.Number))
			}
			if s := strings.Join(got, " "); s != tt.want {
				t.Errorf("outline %s, want %s", s, tt.want)
			}
		})
	}
}
