package xlsx

import (
	"bytes"
	"slices"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"gongwen/internal/model"
)

// The Excel 责任分工表 drops none of what the Word division shows: in the
// list layout, which prints a task's 责任领导 and 责任人 on lines of their
// own, the table gives them columns (before 备注); the 备注 column is there
// whatever the layout, under the data's header when its columns have one,
// holding the task's notes (which import reads back, saying what it
// replaced).
func TestDivisionTablePeopleAndNotes(t *testing.T) {
	for _, tc := range []struct {
		layout  string
		columns []string
		want    []string
	}{
		// No task has a deadline: no empty 完成时限 column in the list's table.
		{model.LayoutList, nil, []string{"类别", "序号", "工作任务", "牵头单位", "责任单位", "责任领导", "责任人", "备注", "任务标识"}},
		{model.LayoutList, []string{"序号", "重点工作", "责任单位", "备注"}, []string{"序号", "重点工作", "责任单位", "责任领导", "责任人", "备注", "任务标识"}},
		{model.LayoutTable, []string{"序号", "重点工作", "责任单位", "责任领导", "备注"}, []string{"序号", "重点工作", "责任单位", "责任领导", "备注", "任务标识"}},
		{model.LayoutTable, []string{"序号", "重点工作", "责任单位"}, []string{"序号", "重点工作", "责任单位", "备注", "任务标识"}},
	} {
		c := &model.Campaign{Name: "某区2023年重点工作任务分解", Year: 2023,
			Units:      []model.Unit{{ID: "fgj", Name: "区发改局"}},
			Categories: []model.Category{{ID: "mb", Name: "主要目标"}},
			Tasks: []model.Task{
				{ID: "a", Title: "地区生产总值增长6%", Category: "mb", Lead: []string{"fgj"}, Leaders: []string{"张三"}, Persons: []string{"李四"}, Notes: "省级指标"},
				{ID: "b", Title: "财政收入增长5%", Category: "mb", Units: []string{"fgj"}},
			},
			Division: model.DivisionLayout{Layout: tc.layout, Columns: tc.columns}}
		var buf bytes.Buffer
		if err := buildDivision(c, time.Date(2023, 3, 1, 0, 0, 0, 0, time.UTC), &buf); err != nil {
			t.Fatal(err)
		}
		f, err := excelize.OpenReader(&buf)
		if err != nil {
			t.Fatal(err)
		}
		rows, err := f.GetRows(DivisionSheet)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(rows[2], tc.want) {
			t.Errorf("%s %v: heads %q, want %q", tc.layout, tc.columns, rows[2], tc.want)
			continue
		}
		var task []string
		for _, r := range rows[3:] {
			if len(r) > 1 && r[len(r)-1] == "a" {
				task = r
			}
		}
		at := func(head string) string {
			i := slices.Index(tc.want, head)
			if i < 0 || i >= len(task) {
				return ""
			}
			return task[i]
		}
		if at("备注") != "省级指标" {
			t.Errorf("%s %v: 备注 %q in %q", tc.layout, tc.columns, at("备注"), task)
		}
		if slices.Contains(tc.want, "责任人") && at("责任人") != "李四" || slices.Contains(tc.want, "责任领导") && at("责任领导") != "张三" {
			t.Errorf("%s %v: people missing from %q", tc.layout, tc.columns, task)
		}
	}
}

// A second task column (繁昌's 具体任务分解) in the Excel table holds the
// task's text beside the title column, as in Word.
func TestDivisionTableDetailColumn(t *testing.T) {
	c := &model.Campaign{Name: "繁昌区2023年重点工作任务分解方案", Year: 2023,
		Units: []model.Unit{{ID: "fgw", Name: "区发展改革委"}},
		Tasks: []model.Task{{ID: "gdp", Title: "地区生产总值增长", Text: "地区生产总值增长8.5%左右，力争增长9%。", Lead: []string{"fgw"}},
			{ID: "cz", Title: "财政收入", Text: "财政收入", Lead: []string{"fgw"}}},
		Division: model.DivisionLayout{Layout: model.LayoutTable, Columns: []string{"序号", "重点工作", "具体任务分解", "牵头单位"}}}
	var buf bytes.Buffer
	if err := buildDivision(c, time.Date(2023, 3, 1, 0, 0, 0, 0, time.UTC), &buf); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows(DivisionSheet)
	if err != nil {
		t.Fatal(err)
	}
	// No 备注: the data's columns have none and no task has notes.
	want := [][]string{{"序号", "重点工作", "具体任务分解", "牵头单位", "任务标识"},
		{"1", "地区生产总值增长", "地区生产总值增长8.5%左右，力争增长9%。", "区发展改革委", "gdp"},
		{"2", "财政收入", "", "区发展改革委", "cz"}} // the text is the title: not twice
	for i, w := range want {
		got := rows[2+i]
		for len(got) < len(w) {
			got = append(got, "")
		}
		if !slices.Equal(got, w) {
			t.Errorf("row %d: %q, want %q", 3+i, got, w)
		}
	}
}

// The list layout's Excel table (no columns chosen) has the columns its
// tasks fill: no empty 牵头单位 or 完成时限, and a 任务内容 column for the
// text the Word list prints under each task (芜湖市教育局's 说明段); the
// title is the data's own 责任分工 document's, not the name with 责任分工
// added.
func TestListLayoutTableColumns(t *testing.T) {
	c := &model.Campaign{Name: "芜湖市教育局2024年工作要点", Year: 2024,
		Units:     []model.Unit{{ID: "zg", Name: "组干科"}},
		Tasks:     []model.Task{{ID: "a", Title: "加强思想理论武装。", Text: "坚持用习近平新时代中国特色社会主义思想凝心铸魂。", Units: []string{"zg"}}},
		Documents: []model.Document{{ID: "fg", Kind: model.Division, Title: "芜湖市教育局2024年工作要点"}}}
	var buf bytes.Buffer
	if err := buildDivision(c, time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC), &buf); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows(DivisionSheet)
	if err != nil {
		t.Fatal(err)
	}
	if rows[0][0] != "芜湖市教育局2024年工作要点" {
		t.Errorf("title %q", rows[0][0])
	}
	// No 备注: a programme's list had none, and no task has notes.
	if want := []string{"序号", "工作任务", "任务内容", "责任单位", "任务标识"}; !slices.Equal(rows[2], want) {
		t.Errorf("heads %q, want %q", rows[2], want)
	}
	if got := rows[3]; len(got) < 3 || got[2] != "坚持用习近平新时代中国特色社会主义思想凝心铸魂。" {
		t.Errorf("row %q", got)
	}
}
