package model

import (
	"strings"
	"testing"
	"time"

	"gongwen/internal/period"
)

func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

func dayp(s string) *time.Time { t := day(s); return &t }

// small returns a valid little campaign: two units, two groups, one
// activity, two phases, four tasks.
func small() *Campaign {
	c := &Campaign{
		Name: "测试活动", ShortName: "测试", Year: 2013,
		Profile: Profile{Red: "FF0000", Organs: []Organ{{ID: "sw", Name: "中共湖北省委", DocPrefix: "鄂发"}}},
		Units: []Unit{
			{ID: "xcb", Name: "省委宣传部", Short: "宣传部"},
			{ID: "zzb", Name: "省委组织部", Short: "组织部"},
			{ID: "fgw", Name: "省发展改革委"},
		},
		Office: Office{Groups: []Group{{ID: "zhz", Name: "综合组", Duties: []string{"负责日常工作。"}}, {ID: "xcz", Name: "宣传组"}}},
		Activities: []Activity{
			{ID: "jsx", Name: "基层服务型党组织建设", Lead: []string{"zzb"}, Units: []string{"xcb"}},
		},
		Phases: []Phase{
			{ID: "fd", Name: "宣传发动", Period: period.Period{Text: "2月初-2月底"}},
			{ID: "ss", Name: "推进实施", Period: period.Period{Text: "3月初-11月底"}},
		},
		Tasks: []Task{
			{ID: "t1", Title: "总体方案", Text: "2月初，制定总体方案。", Period: period.Period{Text: "2月初"}, Phase: "fd", Group: "zhz", Lead: []string{"xcb"}, Status: CheckedOff, DoneOn: dayp("2013-02-08")},
			{ID: "t2", Title: "动员会", Text: "2月中旬，召开动员会。", Period: period.Period{Text: "2月中旬"}, Phase: "fd", Group: "zhz", Status: Done, DoneOn: dayp("2013-02-25")},
			{ID: "t3", Title: "活动方案", Text: "2月下旬，制定活动方案。", Period: period.Period{Text: "2月下旬"}, Phase: "fd", Activity: "jsx", Status: InProgress, JoinPrevious: true},
			{ID: "t4", Title: "牵头单位会议", Text: "5月左右和9月左右，召开牵头单位会议。", Period: period.Period{Text: "5月左右和9月左右"}, Phase: "ss", Lead: []string{"fgw"}, Units: []string{"xcb", "zzb"}, Status: NotStarted},
		},
		Cadences: []Cadence{{ID: "lh", Name: "工作例会", Every: "每周", Organiser: "zhz", Attendees: []string{"zhz", "xcb"}}},
		Meetings: []Meeting{{ID: "m1", Cadence: "lh", Name: "第一次例会", Date: day("2013-03-04"), Decisions: []Decision{{Text: "抓紧", Owner: "xcz"}}}},
		Briefings: Briefings{Every: "每月", Themes: []BriefingTheme{{Period: period.Period{Text: "3月"}, Theme: "动态"}},
			Issues: []Briefing{{Number: 1, Date: day("2013-03-20")}}},
		Documents: []Document{
			{ID: "d1", Kind: Notice, Organs: []string{"sw"}, DocNo: "鄂发〔2013〕4号", Date: dayp("2013-02-25"), CopyNo: "000001", Urgency: "特急", Secret: "秘密★1年",
				Recipients: []string{"各市、州、县委"}, Title: "关于开展活动的通知", Task: "t2", Attachments: []Attachment{{Title: "责任分工", Source: "division"}}},
		},
		Requirements: []Requirement{{Title: "明确职责", Text: "分工负责。"}},
		Plan:         WorkPlan{Group: "zhz"},
	}
	c.ResolvePeriods()
	return c
}

func TestCheckValid(t *testing.T) {
	if ps := small().Check(); len(ps) != 0 {
		t.Fatalf("valid campaign has problems: %v", ps)
	}
}

func TestCheck(t *testing.T) {
	tests := []struct {
		name   string
		change func(c *Campaign)
		path   string
		msg    string // fragment
	}{
		{"no name", func(c *Campaign) { c.Name = " " }, "name", "缺少活动全称"},
		{"no year", func(c *Campaign) { c.Year = 0 }, "year", "缺少活动年度"},
		{"year 13", func(c *Campaign) { c.Year = 13 }, "year", "不在 1949–2100 之间"},
		{"red", func(c *Campaign) { c.Profile.Red = "#FF0000" }, "profile.red", "六位十六进制"},
		{"dup unit", func(c *Campaign) { c.Units[2].ID = "xcb" }, "units[2].id", "单位标识“xcb”重复，已在 units[0] 定义"},
		{"no unit id", func(c *Campaign) { c.Units[1].ID = "" }, "units[1].id", "缺少标识"},
		{"space in id", func(c *Campaign) { c.Units[2].ID = "fg w" }, "units[2].id", "空白字符"},
		{"unit name", func(c *Campaign) { c.Units[0].Name = "" }, "units[0].name", "缺少单位全称"},
		{"dup group", func(c *Campaign) { c.Office.Groups[1].ID = "zhz" }, "office.groups[1].id", "工作组标识“zhz”重复"},
		{"group like unit", func(c *Campaign) { c.Office.Groups[1].ID = "xcb" }, "office.groups[1].id", "与单位 units[0] 相同"},
		{"empty duty", func(c *Campaign) { c.Office.Groups[0].Duties = append(c.Office.Groups[0].Duties, "") }, "office.groups[0].duties[1]", "缺少职责内容"},
		{"dup task", func(c *Campaign) { c.Tasks[3].ID = "t1" }, "tasks[3].id", "任务标识“t1”重复"},
		{"dup phase", func(c *Campaign) { c.Phases[1].ID = "fd" }, "phases[1].id", "重复"},
		{"dup activity", func(c *Campaign) { c.Activities = append(c.Activities, Activity{ID: "jsx", Name: "x"}) }, "activities[1].id", "重复"},
		{"dup cadence", func(c *Campaign) { c.Cadences = append(c.Cadences, Cadence{ID: "lh", Name: "x", Every: "每月"}) }, "cadences[1].id", "重复"},
		{"dup meeting", func(c *Campaign) {
			c.Meetings = append(c.Meetings, Meeting{ID: "m1", Name: "x", Date: day("2013-04-01")})
		}, "meetings[1].id", "重复"},
		{"dup organ", func(c *Campaign) { c.Profile.Organs = append(c.Profile.Organs, Organ{ID: "sw", Name: "x"}) }, "profile.organs[1].id", "重复"},
		{"dup document", func(c *Campaign) { c.Documents = append(c.Documents, Document{ID: "d1", Kind: Summary, Title: "x"}) }, "documents[1].id", "重复"},
		{"lead typo", func(c *Campaign) { c.Tasks[0].Lead = []string{"xcbb"} }, "tasks[0].lead[0]", "单位“xcbb”不存在，您是不是要写“xcb”（省委宣传部）？"},
		{"lead by name", func(c *Campaign) { c.Tasks[3].Units[1] = "省委组织部" }, "tasks[3].units[1]", "您是不是要写“zzb”（省委组织部）？引用请写标识而不是名称"},
		{"lead by short", func(c *Campaign) { c.Tasks[3].Units[1] = "组织部" }, "tasks[3].units[1]", "您是不是要写“zzb”"},
		{"lead far", func(c *Campaign) { c.Tasks[0].Lead = []string{"abcdef"} }, "tasks[0].lead[0]", "单位“abcdef”不存在"},
		{"lead twice", func(c *Campaign) { c.Tasks[3].Units = []string{"xcb", "xcb"} }, "tasks[3].units[1]", "重复列出"},
		{"lead and unit", func(c *Campaign) { c.Tasks[3].Units = []string{"fgw"} }, "tasks[3].units[0]", "已是牵头单位"},
		{"task phase", func(c *Campaign) { c.Tasks[1].Phase = "sx" }, "tasks[1].phase", "工作步骤“sx”不存在，您是不是要写“ss”（推进实施）？"},
		{"task category", func(c *Campaign) { c.Tasks[1].Category = "wenzeng" }, "tasks[1].category", "任务类别“wenzeng”不存在"},
		{"category name", func(c *Campaign) { c.Categories = []Category{{ID: "a"}} }, "categories[0].name", "缺少类别名称"},
		{"category parent later", func(c *Campaign) {
			c.Categories = []Category{{ID: "a", Name: "甲", Parent: "b"}, {ID: "b", Name: "乙"}}
		}, "categories[0].parent", "须写在本类别之前"},
		{"category parent self", func(c *Campaign) { c.Categories = []Category{{ID: "a", Name: "甲", Parent: "a"}} }, "categories[0].parent", "不能以自身为上级"},
		{"category parent unknown", func(c *Campaign) { c.Categories = []Category{{ID: "a", Name: "甲", Parent: "x"}} }, "categories[0].parent", "任务类别“x”不存在"},
		{"reported once", func(c *Campaign) { c.Tasks[3].Reported = []time.Time{*dayp("2013-03-01")} }, "tasks[3].reported", "不是周期性期限"},
		{"reported too many", func(c *Campaign) {
			c.Tasks[3].Period = period.MustParse("每半年", 2013)
			c.Tasks[3].Reported = []time.Time{*dayp("2013-06-01"), *dayp("2013-12-01"), *dayp("2013-12-02")}
		}, "tasks[3].reported[2]", "全年只到期 2 次"},
		{"reported order", func(c *Campaign) {
			c.Tasks[3].Period = period.MustParse("每季度", 2013)
			c.Tasks[3].Reported = []time.Time{*dayp("2013-06-01"), *dayp("2013-03-01")}
		}, "tasks[3].reported[1]", "应按先后顺序"},
		{"task group", func(c *Campaign) { c.Tasks[1].Group = "zh" }, "tasks[1].group", "工作组“zh”不存在，您是不是要写“zhz”（综合组）？"},
		{"task activity", func(c *Campaign) { c.Tasks[2].Activity = "jxs" }, "tasks[2].activity", "专项活动“jxs”不存在"},
		{"activity lead", func(c *Campaign) { c.Activities[0].Lead = []string{"zzz"} }, "activities[0].lead[0]", "单位“zzz”不存在"},
		{"activity units", func(c *Campaign) { c.Activities[0].Units = []string{"nope"} }, "activities[0].units[0]", "不存在"},
		{"document organ", func(c *Campaign) { c.Documents[0].Organs = []string{"sww"} }, "documents[0].organs[0]", "发文机关“sww”不存在，您是不是要写“sw”"},
		{"document task", func(c *Campaign) { c.Documents[0].Task = "t9" }, "documents[0].task", "任务“t9”不存在"},
		{"document kind", func(c *Campaign) { c.Documents[0].Kind = "通告" }, "documents[0].kind", "文种“通告”无效"},
		{"document no kind", func(c *Campaign) { c.Documents[0].Kind = "" }, "documents[0].kind", "缺少文种"},
		{"document title", func(c *Campaign) { c.Documents[0].Title = "" }, "documents[0].title", "缺少文件标题"},
		{"attachment source", func(c *Campaign) { c.Documents[0].Attachments[0].Source = "d2" }, "documents[0].attachments[0].source", "文件“d2”不存在"},
		{"attachment self", func(c *Campaign) { c.Documents[0].Attachments[0].Source = "d1" }, "documents[0].attachments[0].source", "自身"},
		{"document date", func(c *Campaign) { c.Documents[0].Date = dayp("2016-01-01") }, "documents[0].date", "不在活动年度"},
		{"doc no brackets", func(c *Campaign) { c.Documents[0].DocNo = "鄂发[2013]4号" }, "documents[0].doc_no", "六角括号"},
		{"doc no prefix", func(c *Campaign) { c.Documents[0].DocNo = "鄂办发〔2013〕4号" }, "documents[0].doc_no", "应为主办机关 sw 的“鄂发”"},
		{"doc no year", func(c *Campaign) {
			c.Documents[0].DocNo = "鄂发〔2012〕4号"
			c.Documents[0].Date = dayp("2013-02-25")
		}, "documents[0].doc_no", "年份与成文日期 2013-02-25 不一致"},
		{"copy no", func(c *Campaign) { c.Documents[0].CopyNo = "12" }, "documents[0].copy_no", "6位"},
		{"urgency", func(c *Campaign) { c.Documents[0].Urgency = "急件" }, "documents[0].urgency", "特急 或 加急"},
		{"secret", func(c *Campaign) { c.Documents[0].Secret = "内部" }, "documents[0].secret", "绝密、机密 或 秘密"},
		{"notice recipients", func(c *Campaign) { c.Documents[0].Recipients = nil }, "documents[0].recipients", "通知须有主送机关"},
		{"plan group", func(c *Campaign) { c.Plan.Group = "zhh" }, "plan.group", "工作组“zhh”不存在"},
		{"cadence", func(c *Campaign) { c.Meetings[0].Cadence = "lx" }, "meetings[0].cadence", "会议制度“lx”不存在"},
		{"decision owner", func(c *Campaign) { c.Meetings[0].Decisions[0].Owner = "xczz" }, "meetings[0].decisions[0].owner", "单位或工作组“xczz”不存在，您是不是要写"},
		{"decision text", func(c *Campaign) { c.Meetings[0].Decisions[0].Text = "" }, "meetings[0].decisions[0].text", "缺少议定事项内容"},
		{"decision status", func(c *Campaign) { c.Meetings[0].Decisions[0].Status = "完成" }, "meetings[0].decisions[0].status", "状态“完成”无效，应为 未启动、推进中、已完成、已销号，您是不是要写“已完成”？"},
		{"decision done_on unfinished", func(c *Campaign) { c.Meetings[0].Decisions[0].DoneOn = dayp("2013-03-05") }, "meetings[0].decisions[0].done_on", "状态为“未启动”的议定事项不应有完成日期"},
		{"decision done_on in progress", func(c *Campaign) {
			c.Meetings[0].Decisions[0].Status = InProgress
			c.Meetings[0].Decisions[0].DoneOn = dayp("2013-03-05")
		}, "meetings[0].decisions[0].done_on", "状态为“推进中”的议定事项不应有完成日期"},
		{"decision done without date", func(c *Campaign) { c.Meetings[0].Decisions[0].Status = Done }, "meetings[0].decisions[0].done_on", "状态为“已完成”的议定事项须填写完成日期"},
		{"decision done_on year", func(c *Campaign) {
			c.Meetings[0].Decisions[0].Status = CheckedOff
			c.Meetings[0].Decisions[0].DoneOn = dayp("2014-01-05")
		}, "meetings[0].decisions[0].done_on", "不在活动年度 2013 年内"},
		{"meeting date", func(c *Campaign) { c.Meetings[0].Date = time.Time{} }, "meetings[0].date", "缺少会议日期"},
		{"meeting year", func(c *Campaign) { c.Meetings[0].Date = day("2012-12-30") }, "meetings[0].date", "不在活动年度 2013 年内"},
		{"cadence every", func(c *Campaign) { c.Cadences[0].Every = "每两周" }, "cadences[0].every", "无法识别的频次“每两周”"},
		{"cadence no every", func(c *Campaign) { c.Cadences[0].Every = "" }, "cadences[0].every", "缺少频次"},
		{"cadence months", func(c *Campaign) { c.Cadences[0].Months = []int{5, 13} }, "cadences[0].months[1]", "月份 13 不在 1–12 之间"},
		{"cadence months dup", func(c *Campaign) { c.Cadences[0].Months = []int{5, 5} }, "cadences[0].months[1]", "重复"},
		{"cadence weekday", func(c *Campaign) { c.Cadences[0].Weekday = 8 }, "cadences[0].weekday", "星期 8"},
		{"cadence organiser", func(c *Campaign) { c.Cadences[0].Organiser = "xcb" }, "cadences[0].organiser", "工作组“xcb”不存在"},
		{"cadence attendee", func(c *Campaign) { c.Cadences[0].Attendees = []string{"q"} }, "cadences[0].attendees[0]", "单位或工作组“q”不存在"},
		{"status", func(c *Campaign) { c.Tasks[3].Status = "进行中" }, "tasks[3].status", "状态“进行中”无效，应为 未启动、推进中、已完成、已销号，您是不是要写“推进中”？"},
		{"status typo", func(c *Campaign) { c.Tasks[3].Status = "已消号" }, "tasks[3].status", "您是不是要写“已销号”"},
		{"done_on unfinished", func(c *Campaign) { c.Tasks[3].DoneOn = dayp("2013-05-01") }, "tasks[3].done_on", "不应有完成日期"},
		{"done without date", func(c *Campaign) { c.Tasks[0].DoneOn = nil }, "tasks[0].done_on", "须填写完成日期"},
		{"done_on year", func(c *Campaign) { c.Tasks[0].DoneOn = dayp("2014-01-05") }, "tasks[0].done_on", "不在活动年度 2013 年内"},
		{"task title", func(c *Campaign) { c.Tasks[0].Title = "" }, "tasks[0].title", "缺少任务名称"},
		{"task id", func(c *Campaign) { c.Tasks[0].ID = "" }, "tasks[0].id", "缺少标识"},
		{"bad period", func(c *Campaign) { c.Tasks[0].Period = period.Period{Text: "3月中下"} }, "tasks[0].period", "无法识别的期限“3月中下”"},
		{"period other year", func(c *Campaign) { c.Tasks[0].Period = period.MustParse("3月", 2012) }, "tasks[0].period", "不在活动年度 2013 年内"},
		{"deadline passed before the year", func(c *Campaign) { c.Tasks[0].Period = period.MustParse("2012年10月底前", 2013) }, "tasks[0].period", "不在活动年度 2013 年内"},
		{"phase period", func(c *Campaign) { c.Phases[0].Period = period.Period{Text: "春节后"} }, "phases[0].period", "无法识别的期限“春节后”"},
		{"phase name", func(c *Campaign) { c.Phases[0].Name = "" }, "phases[0].name", "缺少步骤名称"},
		{"theme period", func(c *Campaign) { c.Briefings.Themes[0].Period = period.Period{} }, "briefings.themes[0].period", "缺少期限"},
		{"theme", func(c *Campaign) { c.Briefings.Themes[0].Theme = "" }, "briefings.themes[0].theme", "缺少宣传重点"},
		{"briefing every", func(c *Campaign) { c.Briefings.Every = "月刊" }, "briefings.every", "无法识别的频次“月刊”"},
		{"briefing number", func(c *Campaign) {
			c.Briefings.Issues = append(c.Briefings.Issues, Briefing{Number: 1, Date: day("2013-04-01")})
		}, "briefings.issues[1].number", "期号 1 与 briefings.issues[0] 重复"},
		{"briefing number 0", func(c *Campaign) { c.Briefings.Issues[0].Number = 0 }, "briefings.issues[0].number", "正整数"},
		{"briefing date", func(c *Campaign) { c.Briefings.Issues[0].Date = time.Time{} }, "briefings.issues[0].date", "缺少编印日期"},
		{"requirement", func(c *Campaign) { c.Requirements[0].Text = "" }, "requirements[0].text", "缺少要求的内容"},
		{"organ name", func(c *Campaign) { c.Profile.Organs[0].Name = "" }, "profile.organs[0].name", "缺少机关全称"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := small()
			tt.change(c)
			ps := c.Check()
			for _, p := range ps {
				if p.Path == tt.path && strings.Contains(p.Msg, tt.msg) {
					return
				}
			}
			t.Errorf("no problem at %s containing %q; got %v", tt.path, tt.msg, ps)
		})
	}
}

func TestCheckForwardRefsAndOutsidePhase(t *testing.T) {
	c := small()
	// A task outside its phase's period is fine (全年 tasks in 推进实施).
	c.Tasks[3].Period = period.MustParse("全年", 2013)
	if ps := c.Check(); len(ps) != 0 {
		t.Errorf("problems: %v", ps)
	}
}

func TestCheckBadYearSkipsPeriods(t *testing.T) {
	c := small()
	c.Year = 3000
	for i := range c.Tasks {
		c.Tasks[i].Period = period.Period{Text: c.Tasks[i].Period.Text}
	}
	ps := c.Check()
	for _, p := range ps {
		if strings.HasSuffix(p.Path, ".period") {
			t.Errorf("period reported although the year is wrong: %v", p)
		}
	}
}

func TestInheritance(t *testing.T) {
	c := small()
	t3 := c.TaskByID("t3")
	if got := c.TaskLead(t3); len(got) != 1 || got[0] != "zzb" {
		t.Errorf("t3 lead = %v, want the activity's [zzb]", got)
	}
	if got := c.TaskUnits(t3); len(got) != 1 || got[0] != "xcb" {
		t.Errorf("t3 units = %v, want the activity's [xcb]", got)
	}
	t3.Lead = []string{"fgw"}
	if got := c.TaskLead(t3); got[0] != "fgw" {
		t.Errorf("own lead does not override: %v", got)
	}
	if got := c.TaskLead(c.TaskByID("t2")); got != nil {
		t.Errorf("t2 without activity has lead %v", got)
	}
}

func TestLookups(t *testing.T) {
	c := small()
	if c.UnitByID("zzb").Name != "省委组织部" || c.UnitByID("x") != nil {
		t.Error("UnitByID")
	}
	if c.GroupByID("xcz").Name != "宣传组" || c.PhaseByID("ss").Name != "推进实施" || c.ActivityByID("jsx") == nil {
		t.Error("GroupByID/PhaseByID/ActivityByID")
	}
	if c.OrganByID("sw") == nil || c.CadenceByID("lh") == nil || c.MeetingByID("m1") == nil || c.DocumentByID("d1") == nil {
		t.Error("OrganByID/CadenceByID/MeetingByID/DocumentByID")
	}
	ids := func(ts []*Task) string {
		var s []string
		for _, t := range ts {
			s = append(s, t.ID)
		}
		return strings.Join(s, ",")
	}
	if got := ids(c.PhaseTasks("fd")); got != "t1,t2,t3" {
		t.Errorf("PhaseTasks(fd) = %s", got)
	}
	if got := ids(c.ActivityTasks("jsx")); got != "t3" {
		t.Errorf("ActivityTasks = %s", got)
	}
	if got := ids(c.UnitTasks("xcb")); got != "t1,t3,t4" {
		t.Errorf("UnitTasks(xcb) = %s", got)
	}
	if got := ids(c.GroupTasks("zhz")); got != "t1,t2" {
		t.Errorf("GroupTasks(zhz) = %s", got)
	}
	if got := strings.Join(c.UnitNames([]string{"zzb", "nope"}), "、"); got != "省委组织部、nope" {
		t.Errorf("UnitNames = %s", got)
	}
	if got := strings.Join(c.UnitShorts([]string{"zzb", "fgw"}), "、"); got != "组织部、省发展改革委" {
		t.Errorf("UnitShorts = %s", got)
	}
	if c.OwnerName("xcz") != "宣传组" || c.OwnerName("xcb") != "省委宣传部" || c.OwnerName("?") != "?" {
		t.Error("OwnerName")
	}
}

func TestParagraphs(t *testing.T) {
	c := small()
	ps := c.Paragraphs("fd")
	if len(ps) != 2 {
		t.Fatalf("%d paragraphs, want 2", len(ps))
	}
	if ps[1].Text != "2月中旬，召开动员会。2月下旬，制定活动方案。" || len(ps[1].Tasks) != 2 {
		t.Errorf("joined paragraph = %q", ps[1].Text)
	}
	// A task without plan text (a special activity's own task) is not in
	// the plan.
	c.Tasks = append(c.Tasks, Task{ID: "act", Title: "专项任务", Phase: "fd", Status: NotStarted})
	if got := c.Paragraphs("fd"); len(got) != 2 {
		t.Errorf("%d paragraphs with a textless task, want 2", len(got))
	}
}

func TestMatrix(t *testing.T) {
	m := small().Matrix()
	var cols []string
	for _, u := range m.Units {
		cols = append(cols, u.ID)
	}
	if got := strings.Join(cols, ","); got != "xcb,zzb,fgw" {
		t.Errorf("columns = %s", got)
	}
	want := map[string]string{"t1": "牵头,,", "t3": "责任,牵头,", "t4": "责任,责任,牵头"}
	if len(m.Rows) != len(want) {
		t.Errorf("%d rows, want %d", len(m.Rows), len(want))
	}
	for _, r := range m.Rows {
		var cells []string
		for _, c := range r.Cells {
			cells = append(cells, string(c))
		}
		if got := strings.Join(cells, ","); got != want[r.Task.ID] {
			t.Errorf("row %s = %s, want %s", r.Task.ID, got, want[r.Task.ID])
		}
	}
	tot := map[string][2]int{}
	for _, u := range m.Totals {
		tot[u.Unit.ID] = [2]int{u.Lead, u.Responsible}
	}
	if tot["xcb"] != [2]int{1, 2} || tot["zzb"] != [2]int{1, 1} || tot["fgw"] != [2]int{1, 0} {
		t.Errorf("totals = %v", tot)
	}
}

func TestSchedule(t *testing.T) {
	s := small().Schedule()
	if len(s.Xuns) != 36 || s.Year != 2013 {
		t.Fatalf("xuns %d year %d", len(s.Xuns), s.Year)
	}
	if len(s.Phases) != 2 || s.Phases[0].From != 3 || s.Phases[0].To != 5 || s.Phases[1].From != 6 || s.Phases[1].To != 32 {
		t.Errorf("phase bands = %+v", s.Phases)
	}
	r := s.Rows[3] // 5月左右和9月左右: 4月下旬–6月上旬, 8月下旬–10月上旬
	if r.From != 11 || r.To != 27 {
		t.Errorf("t4 from %d to %d", r.From, r.To)
	}
	var on []int
	for i, b := range r.Cells {
		if b {
			on = append(on, i)
		}
	}
	if len(on) != 10 || r.Cells[18] {
		t.Errorf("t4 cells %v", on)
	}
	if s.Rows[1].From != 4 || s.Rows[1].To != 4 {
		t.Errorf("2月中旬 row = %+v", s.Rows[1])
	}
}

func TestStats(t *testing.T) {
	c := small()
	s := c.Stats(day("2013-03-01"))
	if s.Total != 4 || s.Count(CheckedOff) != 1 || s.Count(Done) != 1 || s.Count(InProgress) != 1 || s.Count(NotStarted) != 1 {
		t.Errorf("by status = %+v", s.ByStatus)
	}
	// t1 done 2-08 within 2月初 (on time), t2 done 2-25 after 2月中旬 (late).
	if s.Finished != 2 || s.OnTime != 1 || s.Late != 1 {
		t.Errorf("finished %d on time %d late %d", s.Finished, s.OnTime, s.Late)
	}
	// t3 (2月下旬) unfinished on 3-01: overdue. t4 not yet due.
	if s.Overdue != 1 || s.OverdueTasks[0].ID != "t3" {
		t.Errorf("overdue %d %v", s.Overdue, s.OverdueTasks)
	}
	if s2 := c.Stats(day("2013-02-28")); s2.Overdue != 0 {
		t.Errorf("overdue on the last day of the period: %d", s2.Overdue)
	}
	fd := s.ByPhase[0]
	if fd.Total != 3 || fd.Finished != 2 || fd.InProgress != 1 || fd.NotStarted != 0 || fd.OnTime != 1 || fd.Overdue != 1 {
		t.Errorf("phase fd = %+v", fd)
	}
	if len(fd.ByStatus) != 4 || fd.ByStatus[3].Count != 1 {
		t.Errorf("phase fd by status = %+v", fd.ByStatus)
	}
	u := map[string]UnitStats{}
	for _, x := range s.ByUnit {
		u[x.Unit.ID] = x
	}
	if x := u["xcb"]; x.Lead != 1 || x.Responsible != 2 || x.Finished != 1 || x.InProgress != 1 || x.NotStarted != 1 || x.Overdue != 1 {
		t.Errorf("unit xcb = %+v", x)
	}
	if x := u["fgw"]; x.Lead != 1 || x.Overdue != 0 {
		t.Errorf("unit fgw = %+v", x)
	}
}

func TestWeekList(t *testing.T) {
	c := small()
	tests := []struct {
		week  int
		label string
		want  string // id:flags
	}{
		// 2013-02-18..24 (第8周): t2 (2月中旬) overlaps; t3 (2月下旬) overlaps.
		{8, "2013年2月18日—2月24日", "t2 t3"},
		// 第9周 2-25..3-03: t2 done 2-25 this week; t3 overlaps (2月下旬 ends 2-28).
		{9, "2013年2月25日—3月3日", "t2:done t3"},
		// 第10周 3-04..3-10: t3 overdue and carried.
		{10, "2013年3月4日—3月10日", "t3:overdue:carried"},
		// 第17周 4-22..4-28: t4 (5月左右 from 4-21) overlaps; t3 carried.
		{17, "2013年4月22日—4月28日", "t3:overdue:carried t4"},
		// 第29周 7-15..7-21: in the gap of t4's list.
		{29, "2013年7月15日—7月21日", "t3:overdue:carried"},
	}
	for _, tt := range tests {
		l, err := c.Week(tt.week)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, it := range l.Items {
			s := it.Task.ID
			if it.DoneThisWeek {
				s += ":done"
			}
			if it.Overdue {
				s += ":overdue"
			}
			if it.Carried {
				s += ":carried"
			}
			got = append(got, s)
		}
		if l.Label != tt.label || strings.Join(got, " ") != tt.want {
			t.Errorf("week %d: %s %v, want %s %s", tt.week, l.Label, got, tt.label, tt.want)
		}
	}
	if _, err := c.Week(60); err == nil {
		t.Error("week 60 accepted")
	}
}

func TestProblemString(t *testing.T) {
	if s := (Problem{Path: "tasks[0].id", Msg: "缺少标识"}).String(); s != "tasks[0].id：缺少标识" {
		t.Error(s)
	}
}

func TestCheckOrder(t *testing.T) {
	c := small()
	c.Plan.Group = "nope"
	c.Tasks[3].Lead = []string{"x"}
	c.Tasks[1].Phase = "y"
	c.Units[2].Name = ""
	c.Office.Groups[1].Name = ""
	c.Profile.Organs[0].Name = ""
	c.Briefings.Themes[0].Theme = ""
	c.Name = ""
	var got []string
	for _, p := range c.Check() {
		got = append(got, p.Path)
	}
	want := "name profile.organs[0].name units[2].name office.groups[1].name tasks[1].phase tasks[3].lead[0] briefings.themes[0].theme plan.group"
	if strings.Join(got, " ") != want {
		t.Errorf("order:\n got %s\nwant %s", strings.Join(got, " "), want)
	}
}

func TestThemeAt(t *testing.T) {
	c := small()
	if th := c.ThemeAt(day("2013-03-20")); th == nil || th.Theme != "动态" {
		t.Errorf("ThemeAt(3-20) = %v", th)
	}
	if th := c.ThemeAt(day("2013-04-01")); th != nil {
		t.Errorf("ThemeAt(4-01) = %v", th)
	}
}

// Phase, period, status, group and activity are optional: a task of an
// annual programme has a title and perhaps units and a deadline, nothing
// invented; its status is 未启动 once the periods are resolved.
func TestOptionalTaskFields(t *testing.T) {
	c := &Campaign{Name: "某区2023年重点工作任务分解", Year: 2023,
		Units:      []Unit{{ID: "gjj", Name: "各街道"}, {ID: "fgw", Name: "区发展改革委"}},
		Categories: []Category{{ID: "wz", Name: "稳定经济增长"}, {ID: "tz", Name: "扩大有效投资", Parent: "wz"}},
		Tasks: []Task{
			{ID: "a", Title: "地区生产总值增长6%", Category: "wz"},
			{ID: "b", Title: "推进重大项目建设", Category: "tz", Units: []string{"gjj"}, Period: period.Period{Text: "长期坚持"}},
			{ID: "c", Title: "报送投资进度", Lead: []string{"fgw"}, Period: period.Period{Text: "每季度最后一个月30日前"},
				Reported: []time.Time{*dayp("2023-03-28")}},
		}}
	c.ResolvePeriods()
	if ps := c.Check(); len(ps) > 0 {
		t.Fatalf("problems: %v", ps)
	}
	for _, tk := range c.Tasks {
		if tk.Status != NotStarted {
			t.Errorf("task %s status %q, want 未启动", tk.ID, tk.Status)
		}
	}
	if !c.Tasks[1].Period.Open || len(c.Tasks[2].Period.Dues()) != 4 {
		t.Errorf("periods not resolved: %+v %+v", c.Tasks[1].Period, c.Tasks[2].Period)
	}
}

// Deadlines of work that starts in the year but is due later (a three-year
// plan, the year's report early next year) and those set elsewhere are the
// year's work, not errors.
func TestCheckDeadlinesBeyondTheYear(t *testing.T) {
	for _, text := range []string{"2015年底前", "2013—2015年", "次年1月底前", "2014年1月15日前", "按国家部署", "6月底前出台方案，年底前见效"} {
		c := small()
		c.Tasks[0].Period = period.MustParse(text, 2013)
		if ps := c.Check(); len(ps) != 0 {
			t.Errorf("%s: %v", text, ps)
		}
	}
}
