package docdata

import (
	"strings"
	"testing"
	"time"

	"gongwen/internal/gbt9704"
	"gongwen/internal/model"
)

// A second task column (繁昌 2023: 序号/重点工作/具体任务分解/…): the 任务
// column holds the title, the 任务内容 column (Heads.Detail, each row's
// Cells.Detail) the text, a column of its own sized for its own text —
// the longer text gets the wider column — the table no wider than the
// page; the build no longer says the text is not shown.
func TestDivisionDetailColumn(t *testing.T) {
	c := programme(false)
	c.Tasks[1].Text = "推进重大项目建设，全年完成投资100亿元，新开工项目50个以上，重点抓好交通、水利、能源、新型基础设施等领域的项目前期工作。"
	c.Division = model.DivisionLayout{Layout: model.LayoutTable,
		Columns: []string{"序号", "重点工作", "具体任务分解", "完成时限", "牵头单位", "责任单位", "备注"}}
	if errs := c.Check(); len(errs) > 0 {
		t.Fatal(errs)
	}
	v := ForDivision(c, time.Date(2023, 2, 1, 0, 0, 0, 0, time.UTC))
	if h, d := v.Heads.Task, v.Heads.Detail; len(h) != 1 || h[0] != "重点工作" || len(d) != 1 || d[0] != "具体任务分解" {
		t.Fatalf("heads %q, %q", h, d)
	}
	found := false
	for _, r := range v.Division {
		if r.Heading != "" {
			continue
		}
		if len(r.Cells.Task) != 1 || len(r.Cells.Detail) != 1 {
			t.Fatalf("row %q: task cells %q, detail %q", r.Task, r.Cells.Task, r.Cells.Detail)
		}
		if r.Task == "推进重大项目建设" {
			found = true
			if got := strings.ReplaceAll(r.Cells.Detail[0], "\u2028", ""); got != c.Tasks[1].Text {
				t.Errorf("detail %q, want %q", got, c.Tasks[1].Text)
			}
			if r.Cells.Task[0] != "推进重大项目建设" {
				t.Errorf("title cell %q", r.Cells.Task[0])
			}
		}
	}
	if !found {
		t.Fatal("the task is not in the table")
	}
	if notes := divisionNotes(c, v); len(notes) != 0 {
		t.Errorf("notes %q, want none: the text is shown", notes)
	}
	w := DivisionColumnWidths(v.Division, v.Heads, gbt9704.TypeWidth)
	sum := 0
	for i, x := range w {
		if len(v.Heads.lists()[i]) > 0 {
			sum += x
		}
	}
	if sum > gbt9704.TypeWidth || sum < gbt9704.TypeWidth-2*tableChar {
		t.Errorf("widths %v sum to %d, want about %d", w, sum, gbt9704.TypeWidth)
	}
	if w[slotDetail] <= w[slotTask] {
		t.Errorf("具体任务分解 %d twips, 重点工作 %d: the column of the longer text is not the wider", w[slotDetail], w[slotTask])
	}
	// One task column: the text is not shown and the build says so.
	c.Division.Columns = []string{"序号", "重点工作", "完成时限", "牵头单位", "责任单位"}
	v = ForDivision(c, time.Date(2023, 2, 1, 0, 0, 0, 0, time.UTC))
	if notes := divisionNotes(c, v); len(notes) != 1 || !strings.Contains(notes[0], "任务内容列") {
		t.Errorf("notes %q", notes)
	}
}

// Nothing dropped silently, over the layouts and the columns: each task's
// title and its text beside it are in the division (list lines or table
// cells), or the build's notes name the task.
func TestDivisionDropsNothingColumns(t *testing.T) {
	date := time.Date(2023, 2, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		layout string
		cols   []string
	}{
		{model.LayoutList, nil},
		{model.LayoutTable, nil},
		{model.LayoutTable, []string{"序号", "重点工作", "具体任务分解", "责任单位"}},
		{model.LayoutTable, []string{"序号", "重点工作", "责任单位"}},
	} {
		c := programme(false)
		c.Tasks[0].Text = "地区生产总值增长6%左右，力争更好。"
		c.Tasks[1].Text = "推进重大项目建设，全年完成投资100亿元。"
		c.Division = model.DivisionLayout{Layout: tc.layout, Columns: tc.cols}
		if errs := c.Check(); len(errs) > 0 {
			t.Fatal(errs)
		}
		v := ForDivision(c, date)
		var b strings.Builder
		for _, blk := range v.Body {
			b.WriteString(blk.Number + blk.Heading + blk.Text + "\n")
		}
		for _, r := range v.Division {
			for _, l := range r.Cells.lists() {
				b.WriteString(strings.ReplaceAll(strings.Join(l, "|"), "\u2028", "") + "\n")
			}
		}
		text := b.String()
		notes := strings.Join(append(divisionNotes(c, v), omittedIn(c, v)...), "\n")
		for _, tk := range c.Tasks {
			for _, s := range []string{tk.Title, tk.Text} {
				if s == "" {
					continue
				}
				if !strings.Contains(text, s) && !strings.Contains(notes, "“"+tk.Title+"”") {
					t.Errorf("%s %v: %q of task %s neither in the division nor named\n%s\nnotes: %s", tc.layout, tc.cols, s, tk.ID, text, notes)
				}
			}
		}
	}
}

// A 类别 column numbers its categories when the data writes
// division.numbering (繁昌's 「一、全年主要预期目标」), bare otherwise.
func TestCategoryColumnNumbers(t *testing.T) {
	for _, tc := range []struct {
		numbering []string
		want      string
	}{
		{nil, "重点工作任务\n稳增长"},
		{[]string{"一、", "（一）", "1."}, "二、重点工作任务\n（一）稳增长"},
	} {
		c := programme(false)
		c.Division = model.DivisionLayout{Layout: model.LayoutTable, Numbering: tc.numbering, Columns: []string{"类别", "序号", "重点工作", "责任单位"}}
		v := ForDivision(c, time.Date(2023, 2, 1, 0, 0, 0, 0, time.UTC))
		found := false
		for _, r := range v.Division {
			if r.Task == "推进重大项目建设" {
				found = true
				// (the cell breaks where its column is full)
				if got := strings.ReplaceAll(strings.Join(r.Cells.Group, ""), "\n", ""); got != strings.ReplaceAll(tc.want, "\n", "") {
					t.Errorf("numbering %v: 类别 %q, want %q", tc.numbering, got, tc.want)
				}
			}
		}
		if !found {
			t.Fatal("task not in the table")
		}
	}
}
