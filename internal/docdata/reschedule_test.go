package docdata

import (
	"slices"
	"strings"
	"testing"

	"gongwen/internal/model"
)

// A task rescheduled by decision (a progress note with due) is held to its
// new period from the note's day on: the 上半年 summary and the 汇报 do not
// say 「按计划于6月30日完成」 or 「抓紧…确保尽快完成」 of the 市州现场推进会,
// which the 6月27日 主任会议 moved to 7月下旬 and whose notice went out on
// 7月12日 (QA 5); once the new period has passed unfinished, it is late again.
func TestRescheduledWork(t *testing.T) {
	c := campaign(t)
	var report *model.Document
	for i := range c.Documents {
		if c.Documents[i].Kind == model.Report {
			report = &c.Documents[i]
		}
	}
	if report == nil {
		t.Fatal("the default data has no 汇报")
	}
	type want struct {
		heading string
		has     []string
		absent  []string
	}
	cases := []struct {
		name string
		view *View
		want []want
	}{
		{"上半年 built 6-30", viewOf(c, ForSummary(c, nil, HalfSpan(2013, 1), at("2013-06-30"), Options{})), []want{
			{"成效", []string{"截至2013年6月30日，到期工作任务16项，已完成15项，其中按期完成13项，完成率94%；逾期未完成1项。召开各类会议4次，编发简报4期。"}, []string{"当日到期"}},
			{"下一步", []string{"按调整后的安排于7月下旬召开市州现场推进会。"}, []string{"按计划于6月30日完成", "继续召开市州现场推进会"}},
		}},
		{"汇报 built 7-15", viewOf(c, ForReport(c, report, at("2013-07-15"), Options{})), []want{
			{"问题", []string{"召开市州现场推进会（综合组负责）原定6月30日前完成，因与群众路线教育实践活动部署衔接，现场推进会未能按计划于6月召开，6月27日调整至7月下旬。"}, []string{"推进会（综合组负责）应于", "推进会（综合组负责）原定6月30日前完成，已逾期"}},
			{"下一步", []string{"按调整后的安排于7月下旬召开市州现场推进会。"}, []string{"抓紧召开市州现场推进会"}},
		}},
		{"8月 built 8-31: the new period has passed", viewOf(c, ForSummary(c, nil, MonthSpan(2013, 8), at("2013-08-31"), Options{})), []want{
			{"下一步", []string{"抓紧召开市州现场推进会，确保尽快完成。"}, []string{"按调整后的安排"}},
		}},
	}
	for _, tc := range cases {
		for _, w := range tc.want {
			paras := section(tc.view, w.heading)
			for _, h := range w.has {
				if !slices.Contains(paras, h) {
					t.Errorf("%s, %s: no paragraph\n  %s\nin\n  %s", tc.name, w.heading, h, strings.Join(paras, "\n  "))
				}
			}
			for _, a := range w.absent {
				for _, p := range paras {
					if strings.Contains(p, a) {
						t.Errorf("%s, %s: says %q: %s", tc.name, w.heading, a, p)
					}
				}
			}
		}
	}
}
