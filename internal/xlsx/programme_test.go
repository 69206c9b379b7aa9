package xlsx

import (
	"bytes"
	"slices"
	"strings"
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
	// No task has a lead unit: the list's Excel table has no empty 牵头单位 column.
	// Nor a 备注 column the programme's list never had.
	for cell, want := range map[string]string{"A3": "类别", "D3": "责任单位", "F3": "任务标识", "C4": "其他工作", "A4": "", "C5": "报送落实情况", "A5": "一、全力提振消费\n（一）促进汽车消费", "B5": "1"} {
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
	for cell, want := range map[string]string{"A3": "序号", "B3": "领域", "C3": "重点任务", "D3": "牵头科室", "E3": "责任科室", "F3": "时间节点", "G3": "任务标识"} {
		if got, _ := f.GetCellValue(DivisionSheet, cell); got != want {
			t.Errorf("%s = %q, want %q", cell, got, want)
		}
	}
}

// The 责任分工表 has a 备注 column where the data asks for one: a
// campaign's default columns (进展情况: the default set's table), columns
// that name it, or tasks with notes to show; a programme's default columns
// and columns of the office's own without it and no notes have none. A
// returned table without one still imports.
func TestDivisionTableNotesColumn(t *testing.T) {
	for _, tc := range []struct {
		name     string
		campaign bool
		cols     []string
		notes    string
		want     []string // the headers, 任务标识 last
	}{
		{"a campaign's default columns", true, nil, "", []string{"专项活动", "序号", "工作任务", "牵头单位", "责任单位", "完成时限", "进展情况", "任务标识"}},
		{"a programme's default columns", false, nil, "", []string{"类别", "序号", "工作任务", "牵头单位", "责任单位", "完成时限", "任务标识"}},
		{"a programme's default columns, a task's notes", false, nil, "已完成方案", []string{"类别", "序号", "工作任务", "牵头单位", "责任单位", "完成时限", "备注", "任务标识"}},
		{"own columns", false, []string{"序号", "重点任务", "责任科室"}, "", []string{"序号", "重点任务", "责任科室", "任务标识"}},
		{"own columns, a task's notes", false, []string{"序号", "重点任务", "责任科室"}, "已完成方案", []string{"序号", "重点任务", "责任科室", "备注", "任务标识"}},
		{"own columns with 备注", false, []string{"序号", "重点任务", "备注", "责任科室"}, "", []string{"序号", "重点任务", "备注", "责任科室", "任务标识"}},
		{"own columns with a value", false, []string{"序号", "重点任务", "分值", "责任科室"}, "", []string{"序号", "重点任务", "分值", "责任科室", "任务标识"}},
	} {
		c := &model.Campaign{Name: "某局2024年工作要点任务分工", Year: 2024,
			Units:    []model.Unit{{ID: "zhk", Name: "综合规划科"}},
			Tasks:    []model.Task{{ID: "qt", Title: "其他工作", Units: []string{"zhk"}, Notes: tc.notes, Values: map[string]string{"分值": "2"}}},
			Division: model.DivisionLayout{Layout: model.LayoutTable, Columns: tc.cols}}
		if tc.campaign {
			c.Activities = []model.Activity{{ID: "hd", Name: "营商环境提升行动"}}
			c.Tasks[0].Activity = "hd"
		}
		var buf bytes.Buffer
		if err := buildDivision(c, time.Date(2024, 7, 3, 0, 0, 0, 0, time.UTC), &buf); err != nil {
			t.Fatal(err)
		}
		f, err := excelize.OpenReader(bytes.NewReader(buf.Bytes()))
		if err != nil {
			t.Fatal(err)
		}
		rows, _ := f.GetRows(DivisionSheet)
		f.Close()
		if got := rows[2]; !slices.Equal(got, tc.want) {
			t.Errorf("%s: headers %q, want %q", tc.name, got, tc.want)
		}
		if tc.notes != "" && !slices.Contains(rows[3], tc.notes) {
			t.Errorf("%s: row %q lacks the notes %q", tc.name, rows[3], tc.notes)
		}
		if slices.Contains(tc.want, "分值") && !slices.Contains(rows[3], "2") {
			t.Errorf("%s: row %q lacks the 分值 2", tc.name, rows[3])
		}
		if _, err := ReadReturned("责任分工表.xlsx", buf.Bytes(), 2024); err != nil {
			t.Errorf("%s: the table as written does not import: %v", tc.name, err)
		}
	}
}

// A programme's table whose chosen columns have no 类别 still shows the
// categories: a row 「一、…」 across the printed columns heads each one's
// tasks. Without a 牵头单位 column the lead unit heads the 责任单位 cell,
// joined as the data says. The heading rows carry no task id, so a
// returned table still imports.
func TestDivisionCategoryRows(t *testing.T) {
	c := &model.Campaign{Name: "某区2023年重点工作任务分解", Year: 2023,
		Units:      []model.Unit{{ID: "fg", Name: "区发展和改革局"}, {ID: "jd", Name: "各街道"}},
		Categories: []model.Category{{ID: "mb", Name: "主要预期目标"}, {ID: "zd", Name: "重点工作任务"}},
		Tasks: []model.Task{
			{ID: "gdp", Title: "地区生产总值增长6%左右", Category: "mb", Lead: []string{"fg"}, Units: []string{"jd"}},
			{ID: "tz", Title: "固定资产投资增长8%", Category: "mb", Units: []string{"jd"}},
			{ID: "xm", Title: "抓好重大项目建设", Category: "zd", Lead: []string{"fg"}, Notes: "已开工8个"},
		},
		Division: model.DivisionLayout{Layout: model.LayoutTable, Columns: []string{"序号", "重点任务", "责任单位", "完成时限"}, Join: "，"}}
	var buf bytes.Buffer
	if err := buildDivision(c, time.Date(2023, 4, 5, 0, 0, 0, 0, time.UTC), &buf); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, _ := f.GetRows(DivisionSheet)
	want := [][]string{
		{"序号", "重点任务", "责任单位", "完成时限", "备注", "任务标识"},
		{"一、主要预期目标"},
		{"1", "地区生产总值增长6%左右", "区发展和改革局，各街道", "", "", "gdp"},
		{"2", "固定资产投资增长8%", "各街道", "", "", "tz"},
		{"二、重点工作任务"},
		{"3", "抓好重大项目建设", "区发展和改革局", "", "已开工8个", "xm"},
	}
	for i, w := range want {
		got := rows[2+i]
		for len(got) > 0 && got[len(got)-1] == "" {
			got = got[:len(got)-1]
		}
		for len(w) > 0 && w[len(w)-1] == "" {
			w = w[:len(w)-1]
		}
		if strings.Join(got, "|") != strings.Join(w, "|") {
			t.Errorf("row %d = %q, want %q", 3+i, got, w)
		}
	}
	merges, _ := f.GetMergeCells(DivisionSheet)
	var ms []string
	for _, m := range merges {
		ms = append(ms, m.GetStartAxis()+":"+m.GetEndAxis())
	}
	for _, w := range []string{"A1:E1", "A4:E4", "A7:E7"} {
		if !slices.Contains(ms, w) {
			t.Errorf("merges %v lack %s", ms, w)
		}
	}
	if v, _ := f.GetColVisible(DivisionSheet, "F"); v {
		t.Error("the 任务标识 column F is visible")
	}
	edited, err := SetCells(buf.Bytes(), map[string]any{"责任分工!E8": "已开工12个"})
	if err != nil {
		t.Fatal(err)
	}
	ups, err := ReadReturned("责任分工表.xlsx", edited, 2023)
	if err != nil {
		t.Fatal(err)
	}
	if len(ups) != 3 || ups[2].TaskID != "xm" || ups[2].Notes == nil || *ups[2].Notes != "已开工12个" {
		t.Errorf("updates %+v", ups)
	}
}

// A programme of three levels of category keeps them all in the 责任分工表,
// numbered as the Word list numbers them: without a 类别 column each
// category heads its tasks in a row of its own (一、 → （一） → 1.), and
// each task's 序号 is its number under its own category; with one, the
// 类别 cell names the task's categories from the top down. A task of no
// category comes last, under none. Every task is present once.
func TestDivisionTableLevels(t *testing.T) {
	c := &model.Campaign{Name: "某区2023年重点工作任务分解和责任分工方案", Year: 2023,
		Units: []model.Unit{{ID: "fg", Name: "区发展和改革局"}, {ID: "jd", Name: "各街道"}},
		Categories: []model.Category{
			{ID: "mb", Name: "主要预期目标"},
			{ID: "zd", Name: "重点工作任务"},
			{ID: "wz", Name: "稳增长", Parent: "zd"},
			{ID: "xm", Name: "抓项目", Parent: "wz"},
			{ID: "zs", Name: "抓招商", Parent: "wz"},
			{ID: "ms", Name: "惠民生", Parent: "zd"},
		},
		Tasks: []model.Task{
			{ID: "t1", Title: "地区生产总值增长6%", Category: "mb", Lead: []string{"fg"}},
			{ID: "t2", Title: "新开工项目50个", Category: "xm", Lead: []string{"fg"}, Units: []string{"jd"}},
			{ID: "t3", Title: "重点项目竣工20个", Category: "xm", Units: []string{"jd"}},
			{ID: "t4", Title: "引进亿元项目10个", Category: "zs", Lead: []string{"fg"}},
			{ID: "t5", Title: "稳住工业增长", Category: "wz", Lead: []string{"fg"}},
			{ID: "t6", Title: "新增就业3000人", Category: "ms", Units: []string{"jd"}},
			{ID: "t7", Title: "完成其他工作", Units: []string{"jd"}},
		},
		Division: model.DivisionLayout{Layout: model.LayoutList, Columns: []string{"序号", "工作任务", "牵头单位", "责任单位"}}}
	read := func(c *model.Campaign) [][]string {
		t.Helper()
		var buf bytes.Buffer
		if err := buildDivision(c, time.Date(2023, 4, 5, 0, 0, 0, 0, time.UTC), &buf); err != nil {
			t.Fatal(err)
		}
		f, err := excelize.OpenReader(&buf)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		rows, _ := f.GetRows(DivisionSheet)
		var out [][]string
		for _, r := range rows[3:] {
			for len(r) > 0 && r[len(r)-1] == "" {
				r = r[:len(r)-1]
			}
			out = append(out, r)
		}
		return out
	}
	same := func(got, want [][]string) {
		t.Helper()
		if len(got) != len(want) {
			t.Errorf("%d rows, want %d:\n%q", len(got), len(want), got)
		}
		for i := range min(len(got), len(want)) {
			if strings.Join(got[i], "|") != strings.Join(want[i], "|") {
				t.Errorf("row %d = %q, want %q", 4+i, got[i], want[i])
			}
		}
	}
	// Columns of the office's own without 备注 and tasks without notes:
	// no 备注 column (it was always added).
	// The task of no category first: after the last category it would
	// read as that category's.
	same(read(c), [][]string{
		{"1", "完成其他工作", "", "各街道", "t7"},
		{"一、主要预期目标"},
		{"1", "地区生产总值增长6%", "区发展和改革局", "", "t1"},
		{"二、重点工作任务"},
		{"（一）稳增长"},
		{"1", "稳住工业增长", "区发展和改革局", "", "t5"},
		{"1.抓项目"},
		{"1", "新开工项目50个", "区发展和改革局", "各街道", "t2"},
		{"2", "重点项目竣工20个", "", "各街道", "t3"},
		{"2.抓招商"},
		{"1", "引进亿元项目10个", "区发展和改革局", "", "t4"},
		{"（二）惠民生"},
		{"1", "新增就业3000人", "", "各街道", "t6"},
	})

	c.Division.Columns = []string{"类别", "序号", "工作任务", "牵头单位", "责任单位"}
	same(read(c), [][]string{
		{"", "1", "完成其他工作", "", "各街道", "t7"},
		{"一、主要预期目标", "1", "地区生产总值增长6%", "区发展和改革局", "", "t1"},
		{"二、重点工作任务\n（一）稳增长", "1", "稳住工业增长", "区发展和改革局", "", "t5"},
		{"二、重点工作任务\n（一）稳增长\n1.抓项目", "1", "新开工项目50个", "区发展和改革局", "各街道", "t2"},
		{"", "2", "重点项目竣工20个", "", "各街道", "t3"},
		{"二、重点工作任务\n（一）稳增长\n2.抓招商", "1", "引进亿元项目10个", "区发展和改革局", "", "t4"},
		{"二、重点工作任务\n（二）惠民生", "1", "新增就业3000人", "", "各街道", "t6"},
	})

	// A table layout numbers the tasks through, as the Word table does;
	// its 类别 cells name the categories without numbers, as its column does.
	c.Division.Layout = model.LayoutTable
	got := read(c)
	var nos, groups []string
	for _, r := range got {
		nos, groups = append(nos, r[1]), append(groups, r[0])
	}
	if strings.Join(nos, " ") != "1 2 3 4 5 6 7" {
		t.Errorf("table layout numbers %q", nos)
	}
	if groups[3] != "重点工作任务\n稳增长\n抓项目" {
		t.Errorf("table layout group cell %q", groups[3])
	}
}
