package model

import (
	"strings"
	"testing"
	"time"

	"gongwen/internal/period"
)

// Each report names what it reports on as a clerk writes it before
// 进展情况: the quarter, the month or the half year.
func TestReportRuleNames(t *testing.T) {
	for _, tt := range []struct {
		period string
		want   string // the names of the occurrences, joined by " "
	}{
		{"每季度最后一个月30日前", "第一季度进展情况 第二季度进展情况 第三季度进展情况 第四季度进展情况"},
		{"每季度最后一个月的30日前", "第一季度进展情况 第二季度进展情况 第三季度进展情况 第四季度进展情况"},
		// Due in a quarter's first month: the quarter before is reported.
		{"每季度首月10日前", "上年第四季度进展情况 第一季度进展情况 第二季度进展情况 第三季度进展情况"},
		{"6月30日、12月31日", "上半年进展情况 下半年进展情况"},
		// No quarter, month or half to name: the date, never a bracket of
		// its own (the sentences bracket the name: 「（进展情况（3月30日）未报送）」).
		{"3月30日、6月30日、9月30日", "3月30日的进展情况 6月30日的进展情况 9月30日的进展情况"},
		// Two dates that are not the halves' ends (3月 read as 下半年).
		{"3月30日、6月30日", "3月30日的进展情况 6月30日的进展情况"},
		{"7月10日前、1月10日前", "上年下半年进展情况 上半年进展情况"},
	} {
		r := ReportRule{Period: period.MustParse(tt.period, 2023)}
		var got []string
		for i := range r.Period.Dues() {
			got = append(got, r.ReportName(i))
		}
		if strings.Join(got, " ") != tt.want {
			t.Errorf("%s: %v, want %s", tt.period, got, tt.want)
		}
	}
	monthly := ReportRule{What: "落实情况", Period: period.MustParse("每月25日前", 2023)}
	if got := monthly.ReportName(2); got != "3月份落实情况" {
		t.Errorf("每月25日前 #3 = %q, want 3月份落实情况", got)
	}
	early := ReportRule{Period: period.MustParse("每月5日前", 2023)}
	if got := early.ReportName(0) + " " + early.ReportName(3); got != "上年12月份进展情况 3月份进展情况" {
		t.Errorf("每月5日前 = %q", got)
	}
}

// A rule covers every task, or the tasks of its categories and of the
// categories below them; the first rule that covers a task is its own.
func TestReportRuleFor(t *testing.T) {
	c := &Campaign{
		Categories: []Category{{ID: "mb", Name: "目标"}, {ID: "gdp", Name: "经济", Parent: "mb"}, {ID: "rw", Name: "任务"}},
		Reporting:  []ReportRule{{What: "进展情况", Categories: []string{"mb"}}, {What: "落实情况"}},
		Tasks:      []Task{{ID: "a", Category: "gdp"}, {ID: "b", Category: "rw"}, {ID: "c"}},
	}
	for id, want := range map[string]string{"a": "进展情况", "b": "落实情况", "c": "落实情况"} {
		if r := c.ReportRuleFor(c.TaskByID(id)); r == nil || r.Subject() != want {
			t.Errorf("task %s: rule %+v, want %s", id, r, want)
		}
	}
	c.Reporting = c.Reporting[:1]
	if r := c.ReportRuleFor(c.TaskByID("c")); r != nil {
		t.Errorf("task c outside the rule's categories has %+v", r)
	}
}

func TestCheckReporting(t *testing.T) {
	d := func(s string) time.Time { t, _ := time.Parse(time.DateOnly, s); return t }
	base := func() *Campaign {
		return &Campaign{Name: "某区重点工作", Year: 2023,
			Units:      []Unit{{ID: "fgj", Name: "区发展和改革局"}},
			Categories: []Category{{ID: "mb", Name: "目标"}},
			Reporting:  []ReportRule{{Period: period.Period{Text: "每季度最后一个月30日前"}}},
			Tasks:      []Task{{ID: "gdp", Title: "地区生产总值增长7%以上", Category: "mb", Units: []string{"fgj"}}}}
	}
	for _, tt := range []struct {
		name string
		edit func(c *Campaign)
		want string // in a message; "" for none
	}{
		{"ok", func(c *Campaign) { c.Tasks[0].Submitted = []time.Time{d("2023-03-28")} }, ""},
		{"no due date", func(c *Campaign) { c.Reporting[0].Period.Text = "长期坚持" }, "没有到期日"},
		{"no period", func(c *Campaign) { c.Reporting[0].Period.Text = "" }, "缺少期限"},
		{"unknown category", func(c *Campaign) { c.Reporting[0].Categories = []string{"gg"} }, "任务类别“gg”不存在"},
		{"two rules", func(c *Campaign) {
			c.Reporting = append(c.Reporting, ReportRule{Period: period.Period{Text: "每月25日前"}, Categories: []string{"mb"}})
		}, ""},
		{"two rules due the same day", func(c *Campaign) {
			c.Reporting = append(c.Reporting, ReportRule{Period: period.Period{Text: "每月30日前"}, Categories: []string{"mb"}})
		}, "都在 2023-03-30 到期"},
		{"too many of two rules", func(c *Campaign) {
			c.Reporting = append(c.Reporting, ReportRule{Period: period.Period{Text: "2月10日前"}, What: "办理方案"})
			c.Tasks[0].Submitted = []time.Time{d("2023-02-09"), d("2023-03-28"), d("2023-06-28"), d("2023-09-28"), d("2023-12-28"), d("2023-12-29")}
		}, "全年只到期 5 次"},
		{"submitted without a rule", func(c *Campaign) {
			c.Reporting[0].Categories = []string{"mb"}
			c.Tasks[0].Category = ""
			c.Tasks[0].Submitted = []time.Time{d("2023-03-28")}
		}, "没有适用于任务 gdp 的报送要求"},
		{"too many", func(c *Campaign) {
			c.Tasks[0].Submitted = []time.Time{d("2023-03-28"), d("2023-06-28"), d("2023-09-28"), d("2023-12-28"), d("2023-12-29")}
		}, "全年只到期 4 次"},
		{"out of order", func(c *Campaign) { c.Tasks[0].Submitted = []time.Time{d("2023-06-28"), d("2023-03-28")} }, "应按先后顺序"},
	} {
		c := base()
		tt.edit(c)
		c.ResolvePeriods()
		var msgs []string
		for _, p := range c.Check() {
			msgs = append(msgs, p.Path+": "+p.Msg)
		}
		got := strings.Join(msgs, "\n")
		if tt.want == "" && got != "" || tt.want != "" && !strings.Contains(got, tt.want) {
			t.Errorf("%s: problems\n%s\nwant %q", tt.name, got, tt.want)
		}
	}
}

// A task owes reports until it is finished: one finished on 5月10日 owes
// the first quarter's, not the second's.
func TestReportDue(t *testing.T) {
	done := time.Date(2023, 5, 10, 0, 0, 0, 0, time.UTC)
	tk := Task{Status: Done, DoneOn: &done}
	if !tk.ReportDue(time.Date(2023, 3, 30, 0, 0, 0, 0, time.UTC)) || tk.ReportDue(time.Date(2023, 6, 30, 0, 0, 0, 0, time.UTC)) {
		t.Error("finished on 5月10日: owes 3月30日's report only")
	}
	if (&Task{Status: Done}).ReportDue(time.Date(2023, 3, 30, 0, 0, 0, 0, time.UTC)) {
		t.Error("finished without a date owes no report")
	}
}
