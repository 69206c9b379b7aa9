package meetings

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"gongwen/internal/cn"
	"gongwen/internal/model"
	"gongwen/internal/period"
)

// guangfeng is 广丰 2021's reporting as a clerk enters it: the 牵头单位
// report each month to the 督查室 by the 25th, the 责任单位 to the
// 牵头单位 by the 20th.
func guangfeng() *model.Campaign {
	c := &model.Campaign{Name: "广丰区2021年重点工作任务分解", Year: 2021,
		Units: []model.Unit{{ID: "fgw", Name: "区发改委"}, {ID: "czj", Name: "区财政局"}, {ID: "tjj", Name: "区统计局"}},
		Reporting: []model.ReportRule{
			{Period: period.Period{Text: "每月25日前"}, To: "区政府督查室"},
			{Period: period.Period{Text: "每月20日前"}, By: model.ReportByUnits, To: model.ReportToLead},
		},
		Tasks: []model.Task{
			{ID: "gdp", Title: "地区生产总值增长8%", Lead: []string{"fgw"}, Units: []string{"czj", "tjj"},
				Submitted: []time.Time{day("2021-01-24")}, UnitsSubmitted: []time.Time{day("2021-01-19")}},
			{ID: "cz", Title: "财政收入增长6%", Lead: []string{"czj"}},
		}}
	c.ResolvePeriods()
	return c
}

// Each side's reports are its own: the 牵头单位's to the 督查室 are the
// lead's letter, the 责任单位's to the 牵头单位 each responsible unit's,
// met by their own dates (submitted, units_submitted); a task with no
// responsible units owes only the lead's; the weekly list and the
// supervision say to whom.
func TestReportRulesBySide(t *testing.T) {
	c := guangfeng()
	if errs := c.Check(); len(errs) > 0 {
		t.Fatal(errs)
	}
	s, err := Supervise(c, nil, SuperviseOptions{Date: day("2021-03-02")})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, l := range s.Letters {
		var items []string
		for _, it := range l.Items {
			items = append(items, fmt.Sprintf("%s@%s:%s未按时%s", it.Task.ID, it.Due.Format("01-02"), it.Occurrence, it.Report.SendVerb()))
		}
		got = append(got, l.Name+"["+strings.Join(items, " ")+"]")
	}
	want := []string{
		"区发改委[gdp@02-25:2月份进展情况未按时向区政府督查室报送]",
		"区财政局[gdp@02-20:2月份进展情况未按时向牵头单位报送 cz@01-25:1月份进展情况未按时向区政府督查室报送 cz@02-25:2月份进展情况未按时向区政府督查室报送]",
		"区统计局[gdp@02-20:2月份进展情况未按时向牵头单位报送]",
	}
	if !slices.Equal(got, want) {
		t.Errorf("letters\n got %q\nwant %q", got, want)
	}
	// The weekly list of the week of 2月20日: the units' report, saying whose.
	wl := c.WeekList(period.WeekOf(day("2021-02-19")))
	var lines []string
	for _, it := range wl.Items {
		if it.Report != nil {
			lines = append(lines, it.Task.ID+":"+it.Due.Written()+cn.Paren(it.Report.Send(it.Report.ReportWhat(it.Index))))
		}
	}
	if w := "gdp:2月20日前（责任单位向牵头单位报送2月份进展情况）"; !slices.Contains(lines, w) {
		t.Errorf("weekly report lines %q, want %q among them", lines, w)
	}
	for _, l := range lines {
		if strings.HasPrefix(l, "gdp:1月20日") {
			t.Errorf("a report met on 1月19日 is on the list: %q", l)
		}
	}
}

// validate: a side's rules of a task not due the same day; 报送给牵头单位 is the responsible
// units' (by: 责任单位); the responsible units' dates need their rule.
func TestCheckReportSides(t *testing.T) {
	for _, tc := range []struct {
		edit func(c *model.Campaign)
		want string
	}{
		{func(c *model.Campaign) {
			c.Reporting = append(c.Reporting, model.ReportRule{Period: period.Period{Text: "每季度首月20日前"}, By: model.ReportByUnits})
		}, "不能同一天到期"},
		{func(c *model.Campaign) { c.Reporting[1].By = "" }, "reporting[1].to：报送给牵头单位的是责任单位"},
		{func(c *model.Campaign) { c.Reporting = c.Reporting[:1] }, "tasks[0].units_submitted：没有适用于任务 gdp 的责任单位的（by: 责任单位）报送要求"},
	} {
		c := guangfeng()
		tc.edit(c)
		c.ResolvePeriods()
		var msgs []string
		for _, p := range c.Check() {
			msgs = append(msgs, p.String())
		}
		if !strings.Contains(strings.Join(msgs, "\n"), tc.want) {
			t.Errorf("want %q in %q", tc.want, msgs)
		}
	}
}
