package model

import (
	"strconv"
	"strings"
	"testing"

	"gongwen/internal/cn"
)

// A 责任分工's list goes on from the document's own sections when its top
// level is in their form; a start the data writes stands, and repeats a
// section's number are warned of.
func TestListAfter(t *testing.T) {
	secs := []Section{{Heading: "总体要求"}, {Heading: "工作原则"}}
	cats := []Category{{ID: "a", Name: "甲"}, {ID: "b", Name: "乙"}}
	tasks := []Task{{ID: "t1", Category: "a"}, {ID: "t2", Category: "b"}}
	for _, tt := range []struct {
		name  string
		c     Campaign
		doc   Document
		want  string // the top items' numbers
		clash bool
	}{
		{"continues", Campaign{Categories: cats, Tasks: tasks}, Document{Sections: secs}, "一、3 一、4", false},
		{"no sections", Campaign{Categories: cats, Tasks: tasks}, Document{}, "一、1 一、2", false},
		{"other form", Campaign{Categories: cats, Tasks: tasks, Division: DivisionLayout{Numbering: []string{"（一）", "1."}}},
			Document{Sections: secs}, "（一）1 （一）2", false},
		{"document's own form", Campaign{Categories: cats, Tasks: tasks, Division: DivisionLayout{Numbering: []string{"（一）", "1."}}},
			Document{Sections: secs, Numbering: []string{"（一）"}}, "（一）3 （一）4", false},
		{"table", Campaign{Categories: cats, Tasks: tasks, Division: DivisionLayout{Layout: LayoutTable}}, Document{Sections: secs}, "一、1 一、2", false},
		{"start written", Campaign{Categories: cats, Tasks: tasks, Division: DivisionLayout{Numbering: []string{"五、", "1."}}},
			Document{Sections: secs}, "一、5 一、6", false},
		{"start repeats", Campaign{Categories: cats, Tasks: tasks, Division: DivisionLayout{Numbering: []string{"二、", "1."}}},
			Document{Sections: secs}, "一、2 一、3", true},
		{"flat list of 一、", Campaign{Tasks: []Task{{ID: "t1"}, {ID: "t2"}}, Division: DivisionLayout{Numbering: []string{"一、"}}},
			Document{Sections: secs}, "一、3 一、4", false},
		{"flat list of 1.", Campaign{Tasks: []Task{{ID: "t1"}, {ID: "t2"}}}, Document{Sections: secs}, "1.1 1.2", false},
		{"task_number 一、", Campaign{Tasks: []Task{{ID: "t1"}}, Division: DivisionLayout{TaskNumber: "一、"}}, Document{Sections: secs}, "一、3", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := tt.doc
			doc.Title = "方案"
			cc, clash := tt.c.ListAfter(&doc)
			var got []string
			for _, it := range cc.Outline() {
				if it.Depth == 0 {
					got = append(got, it.Form+strconv.Itoa(it.Number))
				}
			}
			if s := strings.Join(got, " "); s != tt.want {
				t.Errorf("top numbers %s, want %s", s, tt.want)
			}
			if (clash != "") != tt.clash {
				t.Errorf("clash %q, want one: %v", clash, tt.clash)
			}
			if tt.c.Division.Numbering != nil && &tt.c.Division.Numbering[0] == &cc.Division.Numbering[0] && cc != &tt.c {
				t.Error("ListAfter changed the data's numbering in place")
			}
		})
	}
}

// validate warns where the division's numbers would repeat.
func TestRepeatedNumbers(t *testing.T) {
	div := Document{ID: "fa", Kind: Division, Title: "方案", Sections: []Section{{Heading: "总体要求"}, {Heading: "主要指标"}},
		Attachments: []Attachment{{Title: "方案", Source: AttachDivision}}}
	for _, tt := range []struct {
		name string
		c    Campaign
		want string
	}{
		{"start after sections", Campaign{Division: DivisionLayout{Numbering: []string{"三、", "1."}}}, ""},
		{"start repeats a section", Campaign{Division: DivisionLayout{Numbering: []string{"二、", "1."}}}, "序号与正文的重复"},
		{"two levels of one form", Campaign{Division: DivisionLayout{Numbering: []string{"一、", "1.", "1."}}}, "两级的序号读来分不开"},
		{"continues by itself", Campaign{}, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c := tt.c
			c.Categories = []Category{{ID: "a", Name: "甲"}}
			c.Tasks = []Task{{ID: "t", Category: "a"}}
			c.Documents = []Document{div}
			var got []string
			for _, p := range c.repeatedNumbers() {
				got = append(got, p.String())
			}
			s := strings.Join(got, "\n")
			if tt.want == "" && s != "" || tt.want != "" && !strings.Contains(s, tt.want) {
				t.Errorf("advice %q, want %q", s, tt.want)
			}
		})
	}
}

// A table's category rows: the top across the table and the levels below
// 分列 by default, as written otherwise (the last form repeats), and
// across the table where there is no 序号 column to hold a number.
func TestCategoryRowForm(t *testing.T) {
	for _, tt := range []struct {
		rows  []string
		hasNo bool
		want  string // the forms at depths 0, 1, 2
	}{
		{nil, true, "整行 分列 分列"},
		{nil, false, "整行 整行 整行"},
		{[]string{CategoryRowSplit}, true, "分列 分列 分列"},
		{[]string{CategoryRowWhole}, true, "整行 整行 整行"},
		{[]string{CategoryRowWhole, CategoryRowSplit, CategoryRowWhole}, true, "整行 分列 整行"},
		{[]string{CategoryRowSplit}, false, "整行 整行 整行"},
	} {
		c := Campaign{Division: DivisionLayout{CategoryRows: tt.rows}}
		var got []string
		for d := range 3 {
			got = append(got, c.CategoryRowForm(d, tt.hasNo))
		}
		if s := strings.Join(got, " "); s != tt.want {
			t.Errorf("category_rows %v (序号 column %v): %s, want %s", tt.rows, tt.hasNo, s, tt.want)
		}
	}
}

// tasks: true is warned of where it does nothing or not what it says.
func TestTasksSectionAdvice(t *testing.T) {
	secs := []Section{{Heading: "总体要求"}, {Heading: "主要任务", Tasks: true}}
	for _, tt := range []struct {
		name string
		doc  Document
		div  DivisionLayout
		want string
	}{
		{"list", Document{Kind: Division, Title: "方案", Sections: secs}, DivisionLayout{}, ""},
		{"not a division", Document{Kind: Notice, Title: "通知", Sections: secs}, DivisionLayout{}, "不起作用"},
		{"two", Document{Kind: Division, Title: "方案", Sections: append(secs, Section{Heading: "其他", Tasks: true})}, DivisionLayout{}, "有 2 个层次"},
		{"nested", Document{Kind: Division, Title: "方案", Sections: []Section{{Heading: "甲", Sections: secs}}}, DivisionLayout{}, ""},
		{"table", Document{Kind: Division, Title: "方案", Sections: secs}, DivisionLayout{Layout: LayoutTable}, "表格排在全部正文之后"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c := Campaign{Division: tt.div, Documents: []Document{tt.doc}, Tasks: []Task{{ID: "t"}}}
			var got []string
			for _, p := range c.tasksSectionAdvice() {
				got = append(got, p.String())
			}
			s := strings.Join(got, "\n")
			if tt.want == "" && s != "" || tt.want != "" && !strings.Contains(s, tt.want) {
				t.Errorf("advice %q, want %q", s, tt.want)
			}
			if tt.want == "" && tt.doc.TasksSection() == nil {
				t.Error("TasksSection finds no section")
			}
		})
	}
}

// A division attachment that goes on from another's numbering is warned
// of when it starts at a number the one before has given.
func TestAttachmentsOverlap(t *testing.T) {
	tasks := []Task{{ID: "a", Tags: []string{"甲"}}, {ID: "b", Tags: []string{"甲"}}, {ID: "c", Tags: []string{"乙"}}}
	for _, tt := range []struct {
		name  string
		start string
		want  bool
	}{
		{"goes on", "3.", false},
		{"repeats", "2.", true},
		{"afresh", "", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c := Campaign{Tasks: tasks, Division: DivisionLayout{Layout: LayoutList}, Documents: []Document{{Kind: IssueNotice, Title: "通知",
				Attachments: []Attachment{{Title: "附件甲", Source: AttachDivision, Tag: "甲"},
					{Title: "附件乙", Source: AttachDivision, Tag: "乙", Division: DivisionLayout{TaskNumber: tt.start}}}}}}
			got := c.attachmentsOverlap()
			if (len(got) > 0) != tt.want {
				t.Errorf("advice %v, want one: %v", got, tt.want)
			}
			if tt.want && !strings.Contains(got[0].Msg, "请改为从 3 起") {
				t.Errorf("advice %q does not say where to start", got[0].Msg)
			}
		})
	}
}

// The Excel table numbers the categories as the one 责任分工 that lists
// the tasks after its sections prints them.
func TestAsPrinted(t *testing.T) {
	fa := Document{ID: "fa", Kind: Division, Title: "方案", Sections: []Section{{Heading: "总体要求"}},
		Attachments: []Attachment{{Title: "方案", Source: AttachDivision}}}
	for _, tt := range []struct {
		name string
		docs []Document
		want string
	}{
		{"after sections", []Document{fa}, "二、"},
		{"no such document", nil, "一、"},
		{"two of them", []Document{fa, fa}, "一、"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c := Campaign{Categories: []Category{{ID: "a", Name: "甲"}}, Tasks: []Task{{ID: "t", Category: "a"}}, Documents: tt.docs}
			it := c.AsPrinted().Outline()[0]
			if got := cn.FormNumber(it.Form, it.Number); got != tt.want {
				t.Errorf("the category numbers %s, want %s", got, tt.want)
			}
		})
	}
}
