package xlsx

import (
	"bytes"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"gongwen/internal/model"
	"gongwen/internal/period"
)

// An empty weekly list heads its second column as the data's tasks would
// be grouped, not 工作组 whatever the data (QA s8 #14).
func TestEmptyWeekGroupHead(t *testing.T) {
	date := time.Date(2025, 1, 6, 0, 0, 0, 0, time.UTC) // nothing is due
	for _, tc := range []struct {
		name string
		c    *model.Campaign
		want string
	}{
		{"categories", &model.Campaign{Name: "任务清单", Year: 2025,
			Categories: []model.Category{{ID: "a", Name: "县示范区管委会牵头工作（8项）"}},
			Tasks:      []model.Task{{ID: "t", Title: "任务", Category: "a"}}}, "类别"},
		{"groups", &model.Campaign{Name: "活动", Year: 2025,
			Office: model.Office{Groups: []model.Group{{ID: "zh", Name: "综合组"}}},
			Tasks:  []model.Task{{ID: "t", Title: "任务", Group: "zh"}}}, "工作组"},
		{"activities", &model.Campaign{Name: "活动", Year: 2025,
			Activities: []model.Activity{{ID: "a", Name: "专项"}},
			Tasks:      []model.Task{{ID: "t", Title: "任务", Activity: "a"}}}, "专项活动"},
		{"units", &model.Campaign{Name: "清单", Year: 2025, Units: []model.Unit{{ID: "u", Name: "县发改局"}},
			Tasks: []model.Task{{ID: "t", Title: "任务", Units: []string{"u"}}}}, "承办单位"},
	} {
		for i := range tc.c.Tasks {
			tc.c.Tasks[i].Period = period.MustParse("12月", 2025)
		}
		data := WeeklyData(tc.c, nil, date)
		if rows := data["Rows"].([]WeekRow); len(rows) != 0 {
			t.Fatalf("%s: %d rows, want an empty list", tc.name, len(rows))
		}
		if got := data["GroupHead"]; got != tc.want {
			t.Errorf("%s: the empty list's column 2 is headed %q, want %q", tc.name, got, tc.want)
		}
	}
}

// A programme whose tasks nothing groups — no office groups, activities,
// categories or units (广东 粤府〔2022〕13号, QA s10 14) — does not head an
// empty column 工作组: the column is hidden, and its cells stay empty.
func TestUngroupedWeekHidesGroupColumn(t *testing.T) {
	c := &model.Campaign{Name: "重点任务分工方案", Year: 2022,
		Tasks: []model.Task{{ID: "aqi", Title: "空气质量完成国家下达任务", Period: period.MustParse("4月10日前", 2022)}}}
	date := time.Date(2022, 4, 6, 0, 0, 0, 0, time.UTC)
	var b bytes.Buffer
	if err := BuildWeekly(c, nil, date, &b); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&b)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	head, _ := f.GetCellValue(WeeklySheet, "B3")
	visible, err := f.GetColVisible(WeeklySheet, "B")
	if err != nil {
		t.Fatal(err)
	}
	task, _ := f.GetCellValue(WeeklySheet, "C4")
	if head == "工作组" || visible || task != "空气质量完成国家下达任务" {
		t.Errorf("column B headed %q, visible %v; C4 %q", head, visible, task)
	}
}
