package docdata

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"gongwen/internal/model"
)

// Every task a summary counts as due is accounted for in its figures: done,
// overdue, or due on the day the figures are taken and still open, named
// when there are few. Sentence by sentence for the default data at the
// dates a clerk builds the monthly, quarterly, half-year and year
// summaries, and for an ordinary programme (quzhengfu).
func TestFiguresAccountForEveryTask(t *testing.T) {
	c := campaign(t)
	prog := quzhengfu(t)
	cases := []struct {
		name     string
		c        *model.Campaign
		span     Span
		date     string
		figures  string // the first paragraph of 主要成效
		problems string // a paragraph of 存在问题, "" not checked
	}{
		{"2月 built 2-28", c, MonthSpan(2013, 2), "2013-02-28",
			"截至2013年2月28日，到期工作任务6项，已完成5项，其中按期完成5项，完成率83%；当日到期尚未完成1项（制定各专项活动方案并报审）。",
			"对照工作方案，到期工作任务没有逾期；当日到期尚未完成1项（制定各专项活动方案并报审）。"},
		{"6月 built 6-30", c, MonthSpan(2013, 6), "2013-06-30",
			"截至2013年6月30日，到期工作任务16项，已完成15项，其中按期完成13项，完成率94%；逾期未完成1项。召开各类会议1次，编发简报1期。", ""},
		{"二季度 built 7-15", c, QuarterSpan(2013, 2), "2013-07-15",
			"截至2013年6月30日，到期工作任务16项，已完成15项，其中按期完成13项，完成率94%；逾期未完成1项。召开各类会议2次，编发简报3期。", ""},
		{"上半年 built 9-30", c, HalfSpan(2013, 1), "2013-09-30",
			"截至2013年6月30日，到期工作任务16项，已完成15项，其中按期完成13项，完成率94%；逾期未完成1项。召开各类会议4次，编发简报4期。", ""},
		{"三季度 built 9-30", c, QuarterSpan(2013, 3), "2013-09-30",
			"截至2013年9月30日，到期工作任务20项，已完成16项，其中按期完成13项，完成率80%；逾期未完成2项；当日到期尚未完成2项（召开专题民主生活会、开展重点项目督查）。召开各类会议1次。", ""},
		{"全年 built 12-31", c, YearSpan(2013), "2013-12-31",
			"截至2013年12月31日，到期工作任务32项，已完成16项，其中按期完成13项，完成率50%；逾期未完成11项；当日到期尚未完成5项。召开各类会议5次，编发简报4期。", ""},
		{"programme 上半年 built 6-30", prog, HalfSpan(2023, 1), "2023-06-30",
			"截至2023年6月30日，到期工作任务5项，已完成1项，其中按期完成1项，完成率20%；逾期未完成2项；当日到期尚未完成2项（举办促消费活动，社会消费品零售总额增长7%；推行企业开办“一网通办”，办理时间压缩至1个工作日以内）。", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			v := forSummaryT(tc.c, nil, tc.span, at(tc.date), Options{})
			if got := section(v, "成效")[0]; got != tc.figures {
				t.Errorf("figures\n got %s\nwant %s", got, tc.figures)
			}
			st := v.Stats
			if st.Done+st.Overdue+st.DueToday != st.Total {
				t.Errorf("%d due = %d done + %d overdue + %d due today?", st.Total, st.Done, st.Overdue, st.DueToday)
			}
			problems := section(v, "问题")
			if tc.problems != "" && !slices.Contains(problems, tc.problems) {
				t.Errorf("存在问题 lacks\n%s\nin\n%s", tc.problems, strings.Join(problems, "\n"))
			}
			if st.Done < st.Total && strings.Contains(strings.Join(problems, ""), "均已完成") {
				t.Errorf("%d of %d due tasks done, yet 存在问题 says all are: %v", st.Done, st.Total, problems)
			}
		})
	}

	// At every month's end of the year, both data: the sum holds and the
	// figures name what is open.
	for _, cc := range []struct {
		c    *model.Campaign
		year int
	}{{c, 2013}, {prog, 2023}} {
		for m := 1; m <= 12; m++ {
			span := MonthSpan(cc.year, m)
			v := forSummaryT(cc.c, nil, YearSpan(cc.year), span.End, Options{})
			st, fig := v.Stats, section(v, "成效")[0]
			if st.Done+st.Overdue+st.DueToday != st.Total {
				t.Errorf("%s: %d due ≠ %d done + %d overdue + %d due today", span.Name, st.Total, st.Done, st.Overdue, st.DueToday)
			}
			if st.Overdue > 0 && !strings.Contains(fig, fmt.Sprintf("逾期未完成%d项", st.Overdue)) ||
				st.DueToday > 0 && !strings.Contains(fig, fmt.Sprintf("当日到期尚未完成%d项", st.DueToday)) {
				t.Errorf("%s: %+v not all in %s", span.Name, *st, fig)
			}
		}
	}
}

// The 汇报 of the default data says 全年 only when built at the year's end:
// built in July its opening speaks of the year so far.
func TestReportOpeningFollowsBuildDate(t *testing.T) {
	c := campaign(t)
	for date, want := range map[string]string{
		"2013-07-15": "现将今年以来活动开展情况汇报如下。",
		"2013-12-31": "现将全年活动开展情况汇报如下。",
	} {
		v, err := For(model.Report, c, c.DocumentByID("hb-cwh"), at(date), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if opening := v.Body[0].Text; !strings.HasSuffix(opening, want) {
			t.Errorf("built %s: opening %q, want it to end %q", date, opening, want)
		}
	}
	for in, want := range map[string]string{
		"现将全年活动开展情况汇报如下。": "现将今年以来活动开展情况汇报如下。",
		"现将全年工作情况报告如下：":   "现将今年以来工作情况报告如下：",
		"全年目标任务":          "全年目标任务",
	} {
		if got := sofar(in); got != want {
			t.Errorf("sofar(%q) = %q, want %q", in, got, want)
		}
	}
}
