package docdata

import (
	"strings"
	"testing"
	"time"

	"gongwen/internal/model"
)

// A category's lead-in (intro) stands under its heading, before its first
// task, a paragraph a line, in the list; a table has no place for it and
// the build says so.
func TestCategoryIntro(t *testing.T) {
	date := time.Date(2023, 2, 1, 0, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		name   string
		layout string
		intro  string
		want   string // in the list's text
		note   bool
	}{
		{"list", model.LayoutList, "到2025年，主要指标如下：", "一、主要预期目标\n到2025年，主要指标如下：\n1.地区生产总值增长6%左右。", false},
		{"list of two paragraphs", model.LayoutList, "第一段。\n第二段：", "一、主要预期目标\n第一段。\n第二段：\n1.地区生产总值", false},
		{"no intro", model.LayoutList, "", "一、主要预期目标\n1.地区生产总值", false},
		{"table", model.LayoutTable, "到2025年，主要指标如下：", "", true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c := programme(false)
			c.Division = model.DivisionLayout{Layout: tt.layout, Numbering: []string{"一、", "（一）"}, TaskNumber: "1."}
			c.Categories[0].Intro = tt.intro
			v := ForDivision(c, date)
			if got := viewText(v); !strings.Contains(got, tt.want) {
				t.Errorf("no %q in\n%s", tt.want, got)
			}
			notes := strings.Join(divisionNotes(c, v), "\n")
			if got := strings.Contains(notes, "引语 intro 没有出现"); got != tt.note {
				t.Errorf("note on the intro: %v, want %v (%s)", got, tt.note, notes)
			}
		})
	}
}
