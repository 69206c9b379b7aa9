package docdata

import (
	"slices"
	"strings"
	"testing"
	"time"

	"gongwen/internal/gbt9704"
	"gongwen/internal/model"
)

// A task's own values (旌阳's 分值, a 考核方式) under the headers the data's
// columns give them: in the table, a column each in the data's order
// (slotOrder), a row's cell its value ("" for a task without one); in the
// list, a labelled line after the task's units, or in the brackets when
// the list is inline; the table's widths, each value column counted,
// fill the page.
func TestDivisionValues(t *testing.T) {
	date := time.Date(2023, 2, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name   string
		div    model.DivisionLayout
		heads  []string // Heads.Values
		cells  []string // the first task's Cells.Values
		order  []int    // slotOrder
		want   []string // lines of the list, in order
		notWan []string
	}{
		{name: "旌阳's table", div: model.DivisionLayout{Layout: model.LayoutTable, Columns: []string{"类别", "指标", "分值", "目标任务", "监考单位"}},
			heads: []string{"分值"}, cells: []string{"3"}, order: []int{slotGroup, slotTask, slotValues, slotDetail, slotUnits}},
		{name: "two values", div: model.DivisionLayout{Layout: model.LayoutTable, Columns: []string{"序号", "工作任务", "责任单位", "分值", "考核方式"}},
			heads: []string{"分值", "考核方式"}, cells: []string{"3", "年终考核"}, order: []int{slotNo, slotTask, slotUnits, slotValues}},
		{name: "a value's name wins over its words", div: model.DivisionLayout{Layout: model.LayoutTable, Columns: []string{"序号", "工作任务", "考核目标"}},
			heads: []string{"考核目标"}, cells: []string{"全省前十"}, order: []int{slotNo, slotTask, slotValues}},
		{name: "the list", div: model.DivisionLayout{Layout: model.LayoutList, Columns: []string{"工作任务", "分值", "考核方式"}, Numbering: []string{"一、", "（一）"}, TaskNumber: "1."},
			want: []string{"1.地区生产总值增长6%左右。", "责任单位：各街道、区财政局", "完成时限：每季度最后一个月25日前", "分值：3", "考核方式：年终考核", "1.推进重大项目建设。", "分值：0.5"}},
		{name: "the list inline", div: model.DivisionLayout{Layout: model.LayoutList, Columns: []string{"工作任务", "分值"}, Inline: true, Numbering: []string{"一、", "（一）"}, TaskNumber: "1."},
			want:   []string{"1.地区生产总值增长6%左右。（牵头单位：区发展改革委；责任单位：各街道、区财政局；完成时限：每季度最后一个月25日前；分值：3）"},
			notWan: []string{"考核方式"}},
		{name: "the list, no columns", div: model.DivisionLayout{Layout: model.LayoutList},
			notWan: []string{"分值", "考核方式"}},
	} {
		c := programme(false)
		c.Tasks[0].Values = map[string]string{"分值": "3", "考核方式": "年终考核", "考核目标": "全省前十"}
		c.Tasks[1].Values = map[string]string{"分值": "0.5"}
		c.Tasks[1].Text = "抓好100个重点项目"
		c.Division = tc.div
		if errs := c.Check(); len(errs) > 0 {
			t.Fatalf("%s: %v", tc.name, errs)
		}
		v := ForDivision(c, date)
		if tc.div.Layout == model.LayoutTable {
			if !slices.Equal(v.Heads.Values, tc.heads) {
				t.Errorf("%s: heads %q, want %q", tc.name, v.Heads.Values, tc.heads)
			}
			var first *DivisionRow
			for i := range v.Division {
				if v.Division[i].Task == c.Tasks[0].Title {
					first = &v.Division[i]
				}
				if r := v.Division[i]; r.Heading == "" && len(r.Cells.Values) != len(tc.heads) {
					t.Errorf("%s: row %q has %d value cells, want %d", tc.name, r.Task, len(r.Cells.Values), len(tc.heads))
				}
			}
			if first == nil || !slices.Equal(first.Cells.Values, tc.cells) {
				t.Errorf("%s: the first task's values %+v, want %q", tc.name, first, tc.cells)
			}
			if got := slotOrder(c); !slices.Equal(got, tc.order) {
				t.Errorf("%s: column order %v, want %v", tc.name, got, tc.order)
			}
			w := DivisionColumnWidths(v.Division, v.Heads, gbt9704.TypeWidth)
			sum := 0
			for i, x := range w {
				sum += x * len(v.Heads.lists()[i])
			}
			if sum < gbt9704.TypeWidth-2*tableChar || sum > gbt9704.TypeWidth {
				t.Errorf("%s: widths %v fill %d twips of %d", tc.name, w, sum, gbt9704.TypeWidth)
			}
			if len(tc.heads) > 0 && w[slotValues] < 2*tableChar+tableMargin {
				t.Errorf("%s: the value columns %d twips wide, less than two characters", tc.name, w[slotValues])
			}
			continue
		}
		got := viewText(v)
		at := 0
		for _, w := range tc.want {
			i := strings.Index(got[at:], w+"\n")
			if i < 0 {
				t.Errorf("%s: no line %q (in order) in\n%s", tc.name, w, got)
				break
			}
			at += i + len(w)
		}
		for _, w := range tc.notWan {
			if strings.Contains(got, w) {
				t.Errorf("%s: %q in\n%s", tc.name, w, got)
			}
		}
	}
}

// An attachment whose own columns leave out a value the data's columns
// show: the build names the attachment, the value and its tasks.
func TestAttachmentValuesNotShown(t *testing.T) {
	c := quzhou()
	c.Tasks[2].Values = map[string]string{"分值": "2"}
	c.Division = model.DivisionLayout{Layout: model.LayoutTable, Columns: []string{"序号", "项目名称", "分值", "责任单位"}}
	if errs := c.Check(); len(errs) > 0 {
		t.Fatal(errs)
	}
	v, err := ForIssueNotice(c, &c.Documents[0], time.Date(2021, 3, 1, 0, 0, 0, 0, time.UTC), Options{})
	if err != nil {
		t.Fatal(err)
	}
	hints := strings.Join(v.hints, "\n")
	if want := "附件“2021年十方面民生实事”的表格没有“分值”列，其中 1 项任务（“新建中小学10所”）的“分值”不印"; !strings.Contains(hints, want) {
		t.Errorf("hints\n%s\nlack %s", hints, want)
	}
	// With the column the attachment prints it (appendixText lists the
	// cells in the kinds' order).
	c.Documents[0].Attachments[1].Division.Columns = []string{"序号", "项目名称", "分值", "责任单位"}
	v, err = ForIssueNotice(c, &c.Documents[0], time.Date(2021, 3, 1, 0, 0, 0, 0, time.UTC), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if hints := strings.Join(v.hints, "\n"); strings.Contains(hints, "分值") {
		t.Errorf("hints\n%s", hints)
	}
	if text := appendixText(v.Appendices[1]); !strings.Contains(text, "1|新建中小学10所|市教育局|2") {
		t.Errorf("附件2:\n%s", text)
	}
}
