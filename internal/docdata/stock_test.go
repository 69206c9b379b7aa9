package docdata

import (
	"slices"
	"strings"
	"testing"

	"gongwen/internal/model"
)

// Every sentence of a summary or report comes from the record or the plan
// and is true on the day its figures are taken: no practice is claimed that
// no meeting in the data shows, a stretch with no record says so in a
// placeholder the build lists, work due that very day is an intention with
// its date (抓紧 is for overdue work), and a report is dated the day its
// figures are taken. Sentence by sentence at the dates a clerk builds, for
// the default data and an ordinary programme.
func TestSummaryClaimsOnlyWhatTheRecordShows(t *testing.T) {
	c := campaign(t)
	prog := quzhengfu(t)
	summary := func(c *model.Campaign, span Span, date string) (*View, []string) {
		sv := ForSummary(c, nil, span, at(date), Options{})
		return viewOf(c, sv), sv.Unfilled()
	}
	type want struct {
		heading string
		paras   []string // each a paragraph of the section
		absent  []string // in no paragraph of the section
	}
	cases := []struct {
		name     string
		c        *model.Campaign
		span     Span
		date     string
		sections []want
		unfilled []string // among the build's 提示
	}{
		{"2月 built 2-28: no 例会 yet, the task due today is not late", c, MonthSpan(2013, 2), "2013-02-28", []want{
			{"做法", []string{"（此处补写2013年2月的主要做法：工作记录中没有这期间召开的会议。）"}, []string{"坚持工作例会制度"}},
			{"问题", []string{"对照工作方案，到期工作任务没有逾期；当日到期尚未完成1项（制定各专项活动方案并报审）。"}, []string{"系统性、平衡性"}},
			{"下一步", []string{"继续制定各专项活动方案并报审，按计划于2月28日完成。"}, []string{"抓紧", "尽快"}},
		}, []string{"（此处补写2013年2月的主要做法：工作记录中没有这期间召开的会议。）"}},
		{"8月 built 8-31: a month with no record", c, MonthSpan(2013, 8), "2013-08-31", []want{
			{"成效", []string{
				"截至2013年8月31日，到期工作任务18项，已完成16项，其中按期完成13项，完成率89%；逾期未完成2项。",
				"（此处补写2013年8月的工作成效：工作记录中没有这期间完成的工作和进展。）"}, nil},
			{"做法", []string{"（此处补写2013年8月的主要做法：工作记录中没有这期间召开的会议。）"}, []string{"坚持"}},
			{"下一步", []string{"抓紧制定各专项活动方案并报审，确保尽快完成。", "抓紧召开市州现场推进会，确保尽快完成。"}, nil},
		}, []string{"（此处补写2013年8月的工作成效：工作记录中没有这期间完成的工作和进展。）",
			"（此处补写2013年8月的主要做法：工作记录中没有这期间召开的会议。）"}},
		{"8月 built 9-30: still no record", c, MonthSpan(2013, 8), "2013-09-30", []want{
			{"成效", []string{"（此处补写2013年8月的工作成效：工作记录中没有这期间完成的工作和进展。）"}, nil},
		}, []string{"（此处补写2013年8月的工作成效：工作记录中没有这期间完成的工作和进展。）"}},
		{"三季度 built 9-30: due today is an intention", c, QuarterSpan(2013, 3), "2013-09-30", []want{
			{"做法", []string{"2013年7月8日，召开工作例会，梳理本周工作清单。"}, []string{"（此处补写", "第28周"}},
			{"下一步", []string{
				"抓紧制定各专项活动方案并报审，确保尽快完成。",
				"抓紧召开市州现场推进会，确保尽快完成。",
				"召开专题民主生活会，按计划于9月30日完成。",
				"继续开展重点项目督查，按计划于9月30日完成。"},
				[]string{"抓紧召开专题民主生活会", "抓紧开展重点项目督查"}},
		}, nil},
		{"全年 built 12-31", c, YearSpan(2013), "2013-12-31", []want{
			{"下一步", []string{"抓紧开展“四风”问题专项整治，确保尽快完成。"}, []string{"务实管用", "推动活动取得实效"}},
		}, nil},
		{"programme 上半年 built 6-30", prog, HalfSpan(2023, 1), "2023-06-30", []want{
			{"成效", []string{"重点工作任务方面，1月12日完成工作任务1项。（此处补写“完成区属国有企业改革三年行动扫尾工作”的完成情况，1月12日完成。）"},
				[]string{"其他工作方面"}},
			{"做法", []string{"（此处补写2023年上半年的主要做法：工作记录中没有这期间召开的会议。）"}, []string{"坚持"}},
			{"下一步", []string{"举办促消费活动，社会消费品零售总额增长7%，按计划于6月30日完成。",
				"抓紧开展食品安全“守底线、查隐患、保安全”行动，确保尽快完成。"},
				[]string{"抓紧举办促消费活动"}},
		}, []string{"（此处补写2023年上半年的主要做法：工作记录中没有这期间召开的会议。）"}},
		{"programme 第二季度 built 6-30", prog, QuarterSpan(2023, 2), "2023-06-30", []want{
			{"成效", []string{"（此处补写2023年第二季度的工作成效：工作记录中没有这期间完成的工作和进展。）"}, nil},
		}, []string{"（此处补写2023年第二季度的工作成效：工作记录中没有这期间完成的工作和进展。）"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			v, unfilled := summary(tc.c, tc.span, tc.date)
			for _, w := range tc.sections {
				got := section(v, w.heading)
				text := strings.Join(got, "\n")
				for _, p := range w.paras {
					if !slices.Contains(got, p) {
						t.Errorf("%s lacks\n%s\nin\n%s", w.heading, p, text)
					}
				}
				for _, a := range w.absent {
					if strings.Contains(text, a) {
						t.Errorf("%s says %s:\n%s", w.heading, a, text)
					}
				}
			}
			for _, u := range tc.unfilled {
				if !slices.Contains(unfilled, u) {
					t.Errorf("the build's 提示 lack %s: %q", u, unfilled)
				}
			}
		})
	}

	// No stock sentence anywhere, at any month's end, in either data; the
	// opening claims a leading group only where there is one; the 成文日期
	// is the day of the figures.
	stock := []string{"坚持工作例会制度", "系统性、平衡性", "务实管用的制度成果", "拟提请常委会研究",
		"综合协调、督导服务、典型宣传、日常运作"}
	for _, cc := range []struct {
		c      *model.Campaign
		year   int
		opener string
	}{
		{c, 2013, "，在领导小组的领导下，省委“学习贯彻十八大、争创发展新业绩”主题实践活动领导小组办公室按照工作方案的部署推进各项工作，现将有关情况总结如下。"},
		{prog, 2023, "，宁川区人民政府办公室按照《宁川区2023年重点工作任务分解和责任分工方案》的部署推进各项工作，现将有关情况总结如下。"},
	} {
		for m := 1; m <= 12; m++ {
			for _, span := range []Span{MonthSpan(cc.year, m), YearSpan(cc.year)} {
				end := MonthSpan(cc.year, m).End
				v, _ := summary(cc.c, span, end.Format("2006-01-02"))
				var all []string
				for _, b := range v.Body {
					all = append(all, b.Heading+b.Text)
				}
				text := strings.Join(all, "\n")
				for _, s := range stock {
					if strings.Contains(text, s) {
						t.Errorf("%s built %s: stock sentence %s", span.Name, Date(end), s)
					}
				}
				if want := span.Name + cc.opener; v.Body[0].Text != want && span.Name == MonthSpan(cc.year, m).Name {
					t.Errorf("%s: opening\n got %s\nwant %s", span.Name, v.Body[0].Text, want)
				}
				if !strings.Contains(text, "截至"+v.Date+"，") {
					t.Errorf("%s built %s: dated %s, figures of another day:\n%s", span.Name, Date(end), v.Date, section(v, "成效")[0])
				}
			}
		}
	}
}
