package meetings

import (
	"fmt"
	"strings"
	"testing"

	"gongwen/internal/model"
	"gongwen/internal/period"
)

// 武政办〔2023〕1号 asks each 牵头单位 for its 办理方案 once, by 2月10日, and
// from the second quarter for the quarter before's 完成情况 by the 20th of
// each quarter's first month (QA s11 finding 3: validate refused the two
// rules, so the folder dropped the one-time report). Both are supervised,
// each under its own name, and the side's submitted dates meet them in
// order of date; the weekly list has each in its week.
func TestTwoReportRulesOneSide(t *testing.T) {
	build := func(submitted ...string) *model.Campaign {
		c := &model.Campaign{Name: "2023年市《政府工作报告》目标任务责任分解方案", Year: 2023,
			Units: []model.Unit{{ID: "fgw", Name: "市发改委"}},
			Reporting: []model.ReportRule{
				{Period: period.Period{Text: "2023年2月10日前"}, What: "办理方案", To: "市人民政府督查室"},
				{Period: period.Period{Text: "从2023年第二季度起，每个季度第1个月的20日前"}, What: "责任事项完成情况", To: "市人民政府督查室"},
			},
			Tasks: []model.Task{{ID: "t1", Title: "地区生产总值增长6.5%以上", Lead: []string{"fgw"}}}}
		for _, s := range submitted {
			c.Tasks[0].Submitted = append(c.Tasks[0].Submitted, day(s))
		}
		c.ResolvePeriods()
		if errs := c.Check(); len(errs) > 0 {
			t.Fatal(errs)
		}
		return c
	}
	for _, tc := range []struct {
		on        string
		submitted []string
		want      string
	}{
		{"2023-02-15", nil, "t1@02-10:2023年2月10日前的办理方案"},
		{"2023-04-25", nil, "t1@02-10:2023年2月10日前的办理方案 t1@04-20:第一季度责任事项完成情况"},
		{"2023-04-25", []string{"2023-02-09"}, "t1@04-20:第一季度责任事项完成情况"},
		{"2023-04-25", []string{"2023-02-09", "2023-04-18"}, ""},
		{"2023-07-25", []string{"2023-02-09", "2023-04-18"}, "t1@07-20:第二季度责任事项完成情况"},
	} {
		s, err := Supervise(build(tc.submitted...), nil, SuperviseOptions{Date: day(tc.on)})
		if err != nil {
			t.Fatal(err)
		}
		var items []string
		for _, l := range s.Letters {
			for _, it := range l.Items {
				items = append(items, fmt.Sprintf("%s@%s:%s", it.Task.ID, it.Due.Format("01-02"), it.Occurrence))
			}
		}
		if got := strings.Join(items, " "); got != tc.want {
			t.Errorf("on %s with %v: %q, want %q", tc.on, tc.submitted, got, tc.want)
		}
	}
	// The weekly list of the week of 10 February has the 办理方案, of the
	// week of 20 April the first quarter's report, each once.
	c := build()
	for _, tc := range []struct {
		on, want string
	}{{"2023-02-08", "2023年2月10日前（向市人民政府督查室报送办理方案）"}, {"2023-04-18", "4月20日前（向市人民政府督查室报送第一季度责任事项完成情况）"}} {
		y, n := day(tc.on).ISOWeek()
		l, err := c.Week(n)
		if err != nil || y != 2023 {
			t.Fatal(err)
		}
		var lines []string
		for _, it := range l.Items {
			if it.Report != nil && it.Due != nil && !it.Carried {
				lines = append(lines, it.Due.Written()+"（"+it.Report.Send(it.Report.ReportWhat(it.Index))+"）")
			}
		}
		if got := strings.Join(lines, " "); !strings.Contains(got, tc.want) || strings.Count(got, "（") != 1 {
			t.Errorf("week of %s: %q, want %q once", tc.on, got, tc.want)
		}
	}
}
