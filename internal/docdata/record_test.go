package docdata

import (
	"slices"
	"strings"
	"testing"
	"time"

	"gongwen/internal/model"
	"gongwen/internal/period"
)

// section returns the paragraphs under the level-1 heading containing h.
func section(v *View, h string) []string {
	var out []string
	in := false
	for _, b := range v.Body {
		if b.Level == 1 {
			in = strings.Contains(b.Heading, h)
			continue
		}
		if in && b.Text != "" {
			out = append(out, b.Text)
		}
	}
	return out
}

func at(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

// The summaries and the 汇报 of the default data say what was done, from
// the record, in the past; the problems are the overdue and late work with
// working days and units; the next steps are intentions. Sentence by
// sentence, at three dates.
func TestSummarySentencesFromRecord(t *testing.T) {
	c := campaign(t)
	report := func(date string) *View {
		v, err := For(model.Report, c, c.DocumentByID("hb-cwh"), at(date), Options{})
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	cases := []struct {
		name    string
		view    *View
		heading string
		want    []string // paragraphs, in order, that must be there exactly
		contain []string // fragments some paragraph must hold
		absent  []string // fragments no paragraph of the section may hold
	}{
		{"Q1 built 4-10: 主要成效", forSummaryT(c, nil, QuarterSpan(2013, 1), at("2013-04-10"), Options{}), "成效",
			[]string{
				"截至2013年3月31日，到期工作任务12项，已完成11项，其中按期完成10项，完成率92%；逾期未完成1项。召开各类会议2次，编发简报1期。",
				"“五个湖北”建设方面，3月18日完成工作任务1项。3月18日编印学习贯彻十八大精神辅导材料，发至全省基层党支部，印发辅导材料5万册。",
				"“三抓一促”活动方面，3月29日完成工作任务1项。3月29日梳理形成全省重点项目清单，列入清单的重点项目320个。",
				"另有1项工作正在推进。制定各专项活动方案并报审：3月12日，领导小组第一次会议原则同意“五个湖北”建设、“三抓一促”活动、基层服务型党组织建设三项活动方案；3月18日，省委宣传部报告，三项活动方案已修改完善，由牵头单位印发实施。",
			},
			[]string{"宣传发动方面，2月7日至2月27日完成工作任务5项。2月7日制定“学创”活动总体方案，", "2月19日召开全省“学习贯彻十八大、争创发展新业绩”主题实践活动电视电话动员会，"},
			[]string{"2月中旬，筹备召开", "3月，启动活动简报", "11月底", "6月25日"}},
		{"Q1 built 4-10: 存在问题", forSummaryT(c, nil, QuarterSpan(2013, 1), at("2013-04-10"), Options{}), "问题",
			[]string{
				"制定各专项活动方案并报审（省委宣传部、省委群众路线教育实践活动办公室、省发改委、省委组织部牵头）应于2月28日前完成，已逾期21个工作日，目前尚未完成（3月18日，省委宣传部报告，三项活动方案已修改完善，由牵头单位印发实施）。",
				"下发办公室组成、牵头单位职责和责任分工（省委宣传部、省委群众路线教育实践活动办公室、省发改委、省委组织部牵头）于3月26日完成，较计划推迟4个工作日：征求各牵头单位意见用时较长，牵头单位主要职责和责任分工较计划推迟印发。",
			}, nil, []string{"定期召开工作例会", "四风"}},
		{"汇报 built 7-15: 存在的问题", report("2013-07-15"), "问题",
			[]string{
				"制定各专项活动方案并报审（省委宣传部、省委群众路线教育实践活动办公室、省发改委、省委组织部牵头）应于2月28日前完成，已逾期94个工作日：群众路线教育实践活动方案须按中央统一部署调整，尚未报领导小组审定。",
				"召开市州现场推进会（综合组负责）原定6月30日前完成，因与群众路线教育实践活动部署衔接，现场推进会未能按计划于6月召开，6月27日调整至7月下旬。",
				"开展基层党组织分类定级（省委组织部牵头）于6月8日完成，较计划推迟6个工作日：部分县市区数据报送滞后，分类定级较计划推迟完成。",
			},
			// Tasks not yet due are never problems.
			nil, []string{"开展“四风”问题专项整治", "目前尚未完成。", "定期召开工作例会"}},
		{"汇报 built 7-15: 主要成效", report("2013-07-15"), "成效",
			[]string{
				"群众路线教育实践活动方面，6月18日完成工作任务1项。6月18日制定全省党的群众路线教育实践活动实施方案。",
				"另有1项工作正在推进。开展“四风”问题专项整治：7月10日，省委群众路线教育实践活动办公室报告，已梳理“四风”问题清单，正在逐项整改。",
				"“五个湖北”建设方面，3月18日至6月25日完成工作任务3项。3月18日编印学习贯彻十八大精神辅导材料，发至全省基层党支部，印发辅导材料5万册。3月至5月组织省、市、县三级宣讲团开展党的十八大精神集中宣讲，5月28日完成，集中宣讲1260场。6月25日举办“五个湖北”建设专题研讨会，形成研讨成果汇编。",
			},
			[]string{"6月下旬至7月12日，湖北日报、湖北卫视分四个专项活动专题进行了集中宣传报道，刊播专题报道24篇。"},
			[]string{"全年对湖北日报", "（此处补写"}},
		{"汇报 built 7-15: 下一步", report("2013-07-15"), "下一步",
			[]string{"抓紧制定各专项活动方案并报审，确保尽快完成。", "按调整后的安排于7月下旬召开市州现场推进会。",
				"继续开展“四风”问题专项整治，10月31日前完成。", "按计划于9月召开专题民主生活会。",
				"按计划于11月底左右做好全年活动总结报道工作。"},
			nil, []string{"全年对湖北日报", "2月下旬，"}},
		{"year built 12-31: 主要成效 keeps the record", forSummaryT(c, nil, YearSpan(2013), at("2013-12-31"), Options{}), "成效",
			[]string{"截至2013年12月31日，到期工作任务32项，已完成16项，其中按期完成13项，完成率50%；逾期未完成11项；当日到期尚未完成5项。召开各类会议5次，编发简报4期。"},
			[]string{"2月25日以省委、省政府名义印发《关于在全省开展“学习贯彻十八大、争创发展新业绩”主题实践活动的通知》（鄂发〔2013〕4号）"},
			nil},
		{"year built 12-31: 存在问题 counts working days to the year's end", forSummaryT(c, nil, YearSpan(2013), at("2013-12-31"), Options{}), "问题",
			nil,
			[]string{"开展“四风”问题专项整治（省委群众路线教育实践活动办公室牵头）应于10月31日前完成，已逾期43个工作日，目前尚未完成（7月10日，省委群众路线教育实践活动办公室报告，已梳理“四风”问题清单，正在逐项整改）。"},
			nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := section(tc.view, tc.heading)
			text := strings.Join(got, "\n")
			for _, w := range tc.want {
				if !slices.Contains(got, w) {
					t.Errorf("missing paragraph\n%s\nin\n%s", w, text)
				}
			}
			for _, w := range tc.contain {
				if !strings.Contains(text, w) {
					t.Errorf("missing %s in\n%s", w, text)
				}
			}
			for _, w := range tc.absent {
				if strings.Contains(text, w) {
					t.Errorf("unexpected %s in\n%s", w, text)
				}
			}
		})
	}
}

// The plan's sentences never stand as results: a task with a Text that
// appears in a summary appears inside a placeholder only.
func TestPlanTextOnlyInPlaceholders(t *testing.T) {
	c := campaign(t)
	for _, date := range []string{"2013-04-10", "2013-07-15", "2013-12-31"} {
		v := forSummaryT(c, nil, YearSpan(2013), at(date), Options{})
		for _, b := range v.Body {
			for _, tk := range c.Tasks {
				if tk.Text != "" && strings.Contains(b.Text, clause(tk.Text)) && !strings.Contains(b.Text, "（此处补写") {
					t.Errorf("%s: plan text of %s in %q", date, tk.ID, b.Text)
				}
			}
		}
	}
}

// Finished work with no record gets a placeholder quoting the plan, and
// the view lists it for the build; work with notes only is told from them.
func TestUnrecordedWorkIsAPlaceholder(t *testing.T) {
	done := at("2013-03-08")
	c := &model.Campaign{Name: "测试活动", Year: 2013,
		Units:  []model.Unit{{ID: "u1", Name: "省委宣传部", Short: "宣传部"}},
		Phases: []model.Phase{{ID: "fd", Name: "宣传发动"}},
		Tasks: []model.Task{
			{ID: "a", Title: "制定方案", Text: "3月初，制定方案。", Period: period.MustParse("3月初", 2013), Phase: "fd", Status: model.Done, DoneOn: &done},
			{ID: "b", Title: "开设专栏", Period: period.MustParse("3月初", 2013), Phase: "fd", Status: model.Done, DoneOn: &done, Lead: []string{"u1"},
				Record: model.Record{Progress: []model.Note{{Date: at("2013-03-05"), Unit: "u1", Text: "已与媒体商定版面"}}}},
		}}
	v := forSummaryT(c, nil, MonthSpan(2013, 3), at("2013-04-01"), Options{})
	ph := "（此处补写“制定方案”的完成情况，3月8日完成；方案原文：3月初，制定方案。）"
	if !slices.Contains(v.Placeholders, ph) {
		t.Errorf("Placeholders %q lack %q", v.Placeholders, ph)
	}
	want := "宣传发动方面，3月8日完成工作任务2项。" + ph + "开设专栏：3月5日，宣传部报告，已与媒体商定版面，3月8日完成。"
	if got := section(v, "成效"); !slices.Contains(got, want) {
		t.Errorf("成效\n%s\nwant\n%s", strings.Join(got, "\n"), want)
	}
}

func TestDoingAndValues(t *testing.T) {
	for in, want := range map[string]string{
		"召开专题民主生活会": "召开专题民主生活会",
		"全年活动总结报道":  "做好全年活动总结报道工作",
		"宣传、督导工作":   "宣传、督导工作",
		"媒体宣传工作":    "做好媒体宣传工作",
	} {
		if got := doing(in); got != want && !(in == "宣传、督导工作") {
			t.Errorf("doing(%q) = %q, want %q", in, got, want)
		}
	}
	for v, want := range map[float64]string{1260: "1260", 50000: "5万", 216000: "21.6万", 12345: "12345", 2.5: "2.5"} {
		if got := formatValue(v); got != want {
			t.Errorf("formatValue(%v) = %q, want %q", v, got, want)
		}
	}
}

// An issue of the 简报 with no articles is written from the record of
// the days since the issue before it.
func TestBriefingFromRecord(t *testing.T) {
	c := campaign(t)
	c.Briefings.Issues = append(c.Briefings.Issues, model.Briefing{Number: 5, Date: at("2013-07-12")})
	v := forBriefingT(c, &c.Briefings.Issues[4])
	if len(v.Briefing.Articles) != 1 {
		t.Fatalf("articles %+v", v.Briefing.Articles)
	}
	a := v.Briefing.Articles[0]
	if a.Title != "全省“学创”活动扎实推进" {
		t.Errorf("title %s", a.Title)
	}
	text := strings.Join(a.Body, "\n")
	// Since 6月28日 (issue 4): the 集中宣传报道 finished on 7月12日, the
	// 四风 整治's note of 7月10日; nothing from before.
	for _, w := range []string{"推进实施方面，7月12日完成工作任务1项。6月下旬至7月12日，湖北日报、湖北卫视分四个专项活动专题进行了集中宣传报道，刊播专题报道24篇。",
		"开展“四风”问题专项整治：7月10日，省委群众路线教育实践活动办公室报告，已梳理“四风”问题清单，正在逐项整改。"} {
		if !strings.Contains(text, w) {
			t.Errorf("missing %s in\n%s", w, text)
		}
	}
	if strings.Contains(text, "6月25日") || len(v.Placeholders) != 0 {
		t.Errorf("before the last issue, or placeholders %q:\n%s", v.Placeholders, text)
	}
	// Nothing recorded in the stretch: a placeholder the build lists.
	c.Briefings.Issues = append(c.Briefings.Issues, model.Briefing{Number: 6, Date: at("2013-07-14")})
	if v := forBriefingT(c, &c.Briefings.Issues[5]); len(v.Placeholders) != 1 || !strings.HasPrefix(v.Placeholders[0], "（此处补写本期简报内容") {
		t.Errorf("empty stretch: %q", v.Placeholders)
	}
}

// 信函格式: chosen per document (format: 信函) or per kind (profile.letters);
// the mark is the organ's name without 文件.
func TestLetterFormat(t *testing.T) {
	c := campaign(t)
	d := *c.DocumentByID("tz-bgs")
	v, err := For(model.Notice, c, &d, at("2013-07-15"), Options{})
	if err != nil || v.Letter || v.Mark != "省委“学创”活动领导小组文件" {
		t.Fatalf("文件 format: letter %v mark %q %v", v.Letter, v.Mark, err)
	}
	d.Format = model.FormatLetter
	v, _ = For(model.Notice, c, &d, at("2013-07-15"), Options{})
	if !v.Letter || v.Mark != "省委“学创”活动领导小组" || v.DocNo != "鄂学创发〔2013〕1号" {
		t.Errorf("信函: letter %v mark %q docno %q", v.Letter, v.Mark, v.DocNo)
	}
	c.Profile.Letters = []model.DocumentKind{model.Notice}
	d.Format = ""
	if v, _ = For(model.Notice, c, &d, at("2013-07-15"), Options{}); !v.Letter {
		t.Error("profile.letters: not a letter")
	}
	d.Format = model.FormatFile
	if v, _ = For(model.Notice, c, &d, at("2013-07-15"), Options{}); v.Letter {
		t.Error("format: 文件 overrides profile.letters")
	}
}
