package xlsx

import (
	"bytes"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"gongwen/internal/model"
	"gongwen/internal/period"
)

// A programme in the workbooks: each due date of a recurring deadline is
// a line of the weekly list with its own date; the division table invents
// no group for a task of no category and shows a task's top category.
func TestProgrammeRows(t *testing.T) {
	day := func(s string) time.Time { d, _ := time.Parse(time.DateOnly, s); return d }
	c := &model.Campaign{Name: "某局2024年工作要点任务分工", Year: 2024,
		Units:      []model.Unit{{ID: "zhk", Name: "综合规划科"}},
		Categories: []model.Category{{ID: "xf", Name: "全力提振消费"}, {ID: "sub", Name: "促进汽车消费", Parent: "xf"}},
		Tasks: []model.Task{
			{ID: "bs", Title: "报送落实情况", Category: "sub", Units: []string{"zhk"}, Status: model.InProgress,
				Period: period.MustParse("3月30日、6月30日、9月30日、12月30日", 2024), Reported: []time.Time{day("2024-03-29")}},
			{ID: "qt", Title: "其他工作", Units: []string{"zhk"}, Status: model.NotStarted, Period: period.MustParse("长期坚持", 2024)},
		}}
	_, rows := weekRows(c, day("2024-07-03"))
	if len(rows) != 1 {
		t.Fatalf("weekly rows %+v, want the missed 6月30日 only", rows)
	}
	r := rows[0]
	if r.Due != "6月30日（3月30日、6月30日、9月30日、12月30日）" || r.DueDate == nil || !r.DueDate.Equal(day("2024-06-30")) || r.DoneOn != nil {
		t.Errorf("row %+v", r)
	}
	_, rows = weekRows(c, day("2024-03-27"))
	if len(rows) != 1 || rows[0].DoneOn == nil || !rows[0].DoneOn.Equal(day("2024-03-29")) {
		t.Errorf("the week the first report was made: %+v", rows)
	}
	div := divisionRows(c)
	if len(div) != 2 || div[0].Activity != "全力提振消费" || div[1].Activity != "" {
		t.Errorf("division rows %+v", div)
	}
	d := divisionData(c, day("2024-07-03"))
	if d["Title"] != "某局2024年工作要点任务分工" {
		t.Errorf("title %v", d["Title"])
	}
	var buf bytes.Buffer
	if err := buildDivision(c, day("2024-07-03"), &buf); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for cell, want := range map[string]string{"B3": "类别", "G3": "备注", "C4": "报送落实情况", "B4": "全力提振消费"} {
		if got, _ := f.GetCellValue(DivisionSheet, cell); got != want {
			t.Errorf("%s = %q, want %q", cell, got, want)
		}
	}
}

// The 责任分工表 heads its columns as the data's division.columns does.
func TestDivisionTableHeads(t *testing.T) {
	c := &model.Campaign{Name: "某局2024年工作要点任务分工", Year: 2024,
		Units:    []model.Unit{{ID: "zhk", Name: "综合规划科"}},
		Tasks:    []model.Task{{ID: "qt", Title: "其他工作", Units: []string{"zhk"}}},
		Division: model.DivisionLayout{Layout: model.LayoutTable, Columns: []string{"序号", "领域", "重点任务", "牵头科室", "责任科室", "时间节点"}}}
	var buf bytes.Buffer
	if err := buildDivision(c, time.Date(2024, 7, 3, 0, 0, 0, 0, time.UTC), &buf); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for cell, want := range map[string]string{"A3": "序号", "B3": "领域", "C3": "重点任务", "D3": "牵头科室", "E3": "责任科室", "F3": "时间节点", "G3": "备注"} {
		if got, _ := f.GetCellValue(DivisionSheet, cell); got != want {
			t.Errorf("%s = %q, want %q", cell, got, want)
		}
	}
}
