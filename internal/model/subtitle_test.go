package model

import (
	"strings"
	"testing"
)

// A division's subtitle prints its counts from the data, and a count
// written as a number is checked against the tasks listed.
func TestDivisionSubtitle(t *testing.T) {
	c := Campaign{
		Categories: []Category{{ID: "a", Name: "甲"}, {ID: "a1", Name: "甲一", Parent: "a"}, {ID: "b", Name: "乙"}},
		Tasks:      []Task{{ID: "t1", Category: "a1"}, {ID: "t2", Category: "b"}, {ID: "t3", Category: "b"}},
	}
	for _, tt := range []struct{ in, want string }{
		{"（共计{{n}}项）", "（共计3项）"},
		{"（合计{{k}}个方面，共{{n}}项重点工作）", "（合计2个方面，共3项重点工作）"},
		{"（共计121项）", "（共计121项）"},
		{"", ""},
		{"（{{x}}）", "（{{x}}）"},
	} {
		if got := c.DivisionSubtitle(tt.in); got != tt.want {
			t.Errorf("DivisionSubtitle(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSubtitleAdvice(t *testing.T) {
	tasks := []Task{{ID: "t1", Category: "a"}, {ID: "t2", Category: "b", Tags: []string{"民生"}}}
	for _, tt := range []struct {
		name string
		docs []Document
		want string // in the advice; "" for none
	}{
		{"count right", []Document{{ID: "fa", Kind: Division, Title: "方案", Subtitle: "（共计2项）"}}, ""},
		{"count wrong", []Document{{ID: "fa", Kind: Division, Title: "方案", Subtitle: "（共计121项）"}}, "写的是 121 项，所列任务是 2 项"},
		{"computed", []Document{{ID: "fa", Kind: Division, Title: "方案", Subtitle: "（共计{{n}}项）"}}, ""},
		{"two counts", []Document{{ID: "fa", Kind: Division, Title: "方案", Subtitle: "（共8项指标、138项重点工作）"}}, ""},
		{"attachment picks", []Document{{ID: "yf", Kind: IssueNotice, Title: "通知",
			Attachments: []Attachment{{Title: "民生实事", Source: AttachDivision, Tag: "民生", Subtitle: "（共2项）"}}}}, "写的是 2 项，所列任务是 1 项"},
		{"not a division", []Document{{ID: "tz", Kind: Notice, Title: "通知", Subtitle: "（共2项）"}}, "只印在责任分工文件的标题下"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c := Campaign{Categories: []Category{{ID: "a", Name: "甲"}, {ID: "b", Name: "乙"}}, Tasks: tasks, Documents: tt.docs}
			var got []string
			for _, p := range c.subtitleAdvice() {
				got = append(got, p.String())
			}
			s := strings.Join(got, "\n")
			if tt.want == "" && s != "" || tt.want != "" && !strings.Contains(s, tt.want) {
				t.Errorf("advice %q, want %q", s, tt.want)
			}
		})
	}
}
