package docdata

import (
	"slices"
	"strings"
	"testing"
	"time"

	"gongwen/internal/meetings"
	"gongwen/internal/model"
	"gongwen/internal/period"
)

func programme(withActivity bool) *model.Campaign {
	c := &model.Campaign{Name: "某区2023年重点工作任务分解和责任分工方案", Year: 2023,
		Units: []model.Unit{{ID: "fgw", Name: "区发展改革委"}, {ID: "jd", Name: "各街道"}, {ID: "czj", Name: "区财政局"}},
		Categories: []model.Category{{ID: "mb", Name: "主要预期目标"}, {ID: "zd", Name: "重点工作任务"},
			{ID: "wz", Name: "稳增长", Parent: "zd"}},
		Tasks: []model.Task{
			{ID: "a", Title: "地区生产总值增长6%左右", Category: "mb", Lead: []string{"fgw"}, Units: []string{"jd", "czj"}, Period: period.Period{Text: "每季度最后一个月25日前"}},
			{ID: "b", Title: "推进重大项目建设", Category: "wz", Units: []string{"jd"}, Period: period.Period{Text: "6月底前"}},
			{ID: "c", Title: "一个没有类别的任务", Lead: []string{"czj"}},
			{ID: "d", Title: "既无单位也无期限的任务", Category: "wz"},
		}}
	if withActivity {
		c.Activities = []model.Activity{{ID: "hd", Name: "营商环境提升行动", Lead: []string{"fgw"}}}
		c.Tasks[1].Activity = "hd"
	}
	c.ResolvePeriods()
	return c
}

func viewText(v *DivisionView) string {
	var b strings.Builder
	for _, blk := range v.Body {
		b.WriteString(blk.Number + blk.Heading + blk.Text + "\n")
	}
	for _, r := range v.Division {
		b.WriteString(strings.Join([]string{r.Activity, r.No, r.Task, r.Lead, r.Units, r.Due}, "|") + "\n")
	}
	return b.String()
}

// Nothing dropped silently: with or without special activities, in the
// list or the table, each task is in the division or named in Omitted.
func TestDivisionDropsNothing(t *testing.T) {
	for _, withActivity := range []bool{false, true} {
		for _, layout := range []string{"", model.LayoutList, model.LayoutTable} {
			c := programme(withActivity)
			c.Division.Layout = layout
			if errs := c.Check(); len(errs) > 0 {
				t.Fatal(errs)
			}
			v := ForDivision(c, time.Date(2023, 2, 1, 0, 0, 0, 0, time.UTC))
			text := viewText(v)
			for _, tk := range c.Tasks {
				omitted := strings.Contains(strings.Join(omittedIn(c, v), "\n"), tk.Title)
				if strings.Contains(text, tk.Title) == omitted {
					t.Errorf("activities %v layout %q: task %s in the division %v, named omitted %v\n%s",
						withActivity, layout, tk.ID, !omitted, omitted, text)
				}
			}
			if !withActivity && (strings.Contains(text, "专项活动") || v.GroupHead != "类别") {
				t.Errorf("campaign words in a programme: head %q\n%s", v.GroupHead, text)
			}
		}
	}
}

// The list: categories numbered at their depth, tasks below them, units
// joined as the data says, lines only for what a task has.
func TestDivisionList(t *testing.T) {
	c := programme(false)
	c.Division = model.DivisionLayout{Numbering: []string{"一、", "（一）"}, TaskNumber: "1.", Join: "，"}
	got := viewText(ForDivision(c, time.Date(2023, 2, 1, 0, 0, 0, 0, time.UTC)))
	want := `1.一个没有类别的任务。
牵头单位：区财政局
一、主要预期目标
1.地区生产总值增长6%左右。
牵头单位：区发展改革委
责任单位：各街道，区财政局
完成时限：每季度最后一个月25日前
二、重点工作任务
（一）稳增长
1.推进重大项目建设。
责任单位：各街道
完成时限：6月底前
2.既无单位也无期限的任务。
`
	if got != want {
		t.Errorf("list\n%s\nwant\n%s", got, want)
	}
	c.Division = model.DivisionLayout{Numbering: []string{"一、", "1."}, Continuous: true}
	got = viewText(ForDivision(c, time.Date(2023, 2, 1, 0, 0, 0, 0, time.UTC)))
	for _, w := range []string{"1.一个没有类别", "一、主要预期目标\n2.地区生产总值", "二、重点工作任务\n1.稳增长\n3.推进重大项目建设。", "4.既无单位"} {
		if !strings.Contains(got, w) {
			t.Errorf("一、→1. continuous: no %q in\n%s", w, got)
		}
	}
}

// The table has the columns the data chooses, headed as the office heads
// them (the order is the template's, DivisionWidths); the default is the group,
// 序号, 工作任务, 牵头单位, 责任单位, 完成时限. Units that do not fit their
// column's line stand one a paragraph ("\n"), a name longer than the line
// broken between words (U+2028), a long date between its words; the task
// column is the widest.
func TestDivisionColumns(t *testing.T) {
	date := time.Date(2023, 2, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		cols []string
		head []string
		row  []string // the cells of the first row
	}{
		{nil, []string{"类别", "序号", "工作任务", "牵头单位", "责任单位", "完成时限"},
			[]string{"主要预期目标", "2", "地区生产总值增长6%左右", "区发展\u2028改革委", "各街道、\n区财政局", "每季度最后一个月\n25日前"}},
		{[]string{"序号", "重点任务", "责任单位", "完成时限", "备注"}, []string{"序号", "重点任务", "责任单位", "完成时限", "备注"},
			[]string{"2", "地区生产总值增长6%左右", "区发展改革委\n各街道\n区财政局", "每季度最后一个月25日前", ""}}, // 区发展改革委 fills its line: no 、 in the cell
		{[]string{"领域", "主要目标任务", "牵头部门", "配合单位"}, []string{"领域", "主要目标任务", "牵头部门", "配合单位"},
			[]string{"主要预期目标", "地区生产总值增长6%左右", "区发展改革委", "各街道、区财政局"}},
	} {
		c := programme(false)
		c.Division = model.DivisionLayout{Layout: model.LayoutTable, Columns: tc.cols, CategoryRows: []string{model.CategoryRowWhole}}
		if errs := c.Check(); len(errs) > 0 {
			t.Fatal(errs)
		}
		v := ForDivision(c, date)
		h := v.Heads
		heads := join(h.Group, h.No, h.Task, h.Lead, h.Units, h.Due, h.Notes)
		// The first row under the first category (the task of no
		// category stands before it).
		first := slices.IndexFunc(v.Division, func(r DivisionRow) bool { return r.Heading == "" && r.Task != "一个没有类别的任务" })
		r := v.Division[first].Cells
		cells := join(r.Group, r.No, r.Task, r.Lead, r.Units, r.Due, r.Notes)
		if strings.Join(heads, "|") != strings.Join(tc.head, "|") || strings.Join(cells, "|") != strings.Join(tc.row, "|") {
			t.Errorf("columns %v: heads %q cells %q, want %q %q", tc.cols, heads, cells, tc.head, tc.row)
		}
		for _, row := range v.Division {
			if row.Heading != "" {
				continue // a category's row: one cell across the table
			}
			if n := len(join(row.Cells.Group, row.Cells.No, row.Cells.Task, row.Cells.Lead, row.Cells.Units, row.Cells.Due, row.Cells.Notes)); n != len(tc.head) {
				t.Errorf("columns %v: row %s has %d cells", tc.cols, row.No, n)
			}
		}
	}
}

func join(lists ...[]string) []string {
	var out []string
	for _, l := range lists {
		out = append(out, l...)
	}
	return out
}

// Dates as offices write them: an ISO date in the data prints as the
// deadline it stands for, in the list, the table and the 督办 table —
// never “2023年3月31日（2023-03-31）”.
func TestISODeadlinesWritten(t *testing.T) {
	c := programme(false)
	c.Tasks[1].Period = period.Period{Text: "2023-03-31"}
	c.ResolvePeriods()
	date := time.Date(2023, 2, 1, 0, 0, 0, 0, time.UTC)
	c.Division.Layout = model.LayoutList
	if got := viewText(ForDivision(c, date)); !strings.Contains(got, "完成时限：2023年3月31日前\n") || strings.Contains(got, "2023-03-31") {
		t.Errorf("list:\n%s", got)
	}
	c.Division.Layout = model.LayoutTable
	if got := viewText(ForDivision(c, date)); !strings.Contains(got, "|2023年3月31日前\n") || strings.Contains(got, "2023-03-31") {
		t.Errorf("table:\n%s", got)
	}
	it := meetings.Item{Task: &c.Tasks[1], Due: time.Date(2023, 3, 31, 0, 0, 0, 0, time.UTC)}
	if got := dueText(it); got != "2023年3月31日" {
		t.Errorf("督办 table: %q", got)
	}
}

// A table names the tasks whose 责任领导 or 责任人 it has no column for;
// the list prints them as lines and says nothing.
func TestPeopleNotShown(t *testing.T) {
	for _, tc := range []struct {
		layout string
		cols   []string
		want   []string // substrings, one a note
	}{
		{model.LayoutList, nil, nil},
		{model.LayoutTable, []string{"序号", "重点任务", "责任单位", "完成时限"},
			[]string{"1 项任务（“地区生产总值增长6%左右”）的责任领导没有出现", "1 项任务（“地区生产总值增长6%左右”）的责任人没有出现"}},
		{model.LayoutTable, []string{"序号", "重点任务", "责任单位", "责任领导"}, []string{"的责任人没有出现"}},
		{model.LayoutTable, []string{"序号", "重点任务", "责任单位", "责任人"}, []string{"的责任领导没有出现"}},
		// Both, anywhere in the table.
		{model.LayoutTable, []string{"序号", "重点任务", "责任领导", "责任单位", "责任人"}, nil},
	} {
		c := programme(false)
		c.Tasks[0].Leaders = []string{"洪声耀"}
		c.Tasks[0].Persons = []string{"张三"}
		c.Division = model.DivisionLayout{Layout: tc.layout, Columns: tc.cols, Numbering: []string{"一、", "（一）"}, TaskNumber: "1."}
		if errs := c.Check(); len(errs) > 0 {
			t.Fatal(errs)
		}
		got := peopleNotShown(c)
		if len(got) != len(tc.want) {
			t.Errorf("%s %v: notes %q, want %d", tc.layout, tc.cols, got, len(tc.want))
			continue
		}
		for i, w := range tc.want {
			if !strings.Contains(got[i], w) {
				t.Errorf("%s %v: note %q, want it to say %q", tc.layout, tc.cols, got[i], w)
			}
		}
	}
	// The 责任分工 document carries the note to the build.
	c := programme(false)
	c.Tasks[0].Persons = []string{"张三"}
	c.Division = model.DivisionLayout{Layout: model.LayoutTable}
	v := ForDivision(c, time.Date(2023, 2, 1, 0, 0, 0, 0, time.UTC))
	if notes := divisionNotes(c, v); len(notes) != 1 || !strings.Contains(notes[0], "责任人") {
		t.Errorf("divisionNotes = %q", notes)
	}
}

// A table names the tasks of a programme whose text it cannot show; the
// list prints the text and a campaign's text is the work plan's.
func TestTextNotShown(t *testing.T) {
	for _, tc := range []struct {
		layout   string
		activity bool
		want     string
	}{
		{model.LayoutList, false, ""},
		{model.LayoutTable, false, "1 项任务（“推进重大项目建设”）的 text 没有出现"},
		{model.LayoutTable, true, ""},
	} {
		c := programme(tc.activity)
		c.Tasks[1].Text = "推进重大项目建设，全年完成投资100亿元。"
		c.Tasks[2].Text = "一个没有类别的任务" // the title again: nothing is lost
		c.Division = model.DivisionLayout{Layout: tc.layout}
		got := textNotShown(c)
		switch {
		case tc.want == "" && len(got) != 0:
			t.Errorf("%s, activity %v: notes %q, want none", tc.layout, tc.activity, got)
		case tc.want != "" && (len(got) != 1 || !strings.Contains(got[0], tc.want)):
			t.Errorf("%s, activity %v: notes %q, want one saying %q", tc.layout, tc.activity, got, tc.want)
		}
	}
	// The 责任分工 document carries the note to the build.
	c := programme(false)
	c.Tasks[1].Text = "推进重大项目建设，全年完成投资100亿元。"
	c.Division = model.DivisionLayout{Layout: model.LayoutTable}
	v := ForDivision(c, time.Date(2023, 2, 1, 0, 0, 0, 0, time.UTC))
	if notes := divisionNotes(c, v); len(notes) != 1 || !strings.Contains(notes[0], "的 text 没有出现") {
		t.Errorf("divisionNotes = %q", notes)
	}
}

// A programme's notes, printed only in the Excel table, are named for the
// Word 责任分工 in either layout; a campaign's progress notes are not.
func TestNotesNotShown(t *testing.T) {
	for _, tc := range []struct {
		layout   string
		activity bool
		want     string
	}{
		{model.LayoutList, false, "1 项任务（“推进重大项目建设”）的 notes（进展情况）不印在 Word 责任分工中"},
		{model.LayoutTable, false, "1 项任务（“推进重大项目建设”）的 notes（进展情况）不印在 Word 责任分工中"},
		{model.LayoutTable, true, ""},
	} {
		c := programme(tc.activity)
		c.Tasks[1].Notes = "前期配合区相关部门加快推进。"
		c.Division = model.DivisionLayout{Layout: tc.layout}
		got := notesNotShown(c)
		switch {
		case tc.want == "" && len(got) != 0:
			t.Errorf("%s, activity %v: notes %q, want none", tc.layout, tc.activity, got)
		case tc.want != "" && (len(got) != 1 || !strings.Contains(got[0], tc.want)):
			t.Errorf("%s, activity %v: notes %q, want one saying %q", tc.layout, tc.activity, got, tc.want)
		}
		// The 责任分工 document carries it to the build, table or list.
		if tc.activity {
			continue
		}
		v := ForDivision(c, time.Date(2023, 2, 1, 0, 0, 0, 0, time.UTC))
		if notes := divisionNotes(c, v); !strings.Contains(strings.Join(notes, "\n"), "notes（进展情况）") {
			t.Errorf("%s: divisionNotes = %q", tc.layout, notes)
		}
	}
}
