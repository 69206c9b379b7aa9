package meetings

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"gongwen/internal/model"
	"gongwen/internal/period"
)

func task(id, due string, st model.Status, lead ...string) model.Task {
	d := day(due)
	return model.Task{ID: id, Title: id, Status: st, Lead: lead,
		Period: period.Period{Text: due, Start: d.AddDate(0, 0, -10), End: d}}
}

func TestSupervise(t *testing.T) {
	c := &model.Campaign{Year: 2013,
		Units:  []model.Unit{{ID: "u1", Name: "单位一"}, {ID: "u2", Name: "单位二"}},
		Office: model.Office{Groups: []model.Group{{ID: "zhz", Name: "综合组"}}},
		Tasks: []model.Task{
			task("A", "2013-09-30", model.InProgress, "u2"),
			task("B", "2013-09-27", model.NotStarted, "u1"),
			task("C", "2013-10-10", model.InProgress, "u1", "u2"),
			task("D", "2013-10-11", model.NotStarted, "u1"),
			task("E", "2013-09-01", model.Done, "u1"),
			task("F", "2013-10-06", model.NotStarted, "u2"),
			{ID: "G", Title: "G", Group: "zhz", Status: model.NotStarted,
				Period: period.Period{Text: "10月8日", Start: day("2013-10-08"), End: day("2013-10-08")}},
			{ID: "H", Title: "H", Status: model.NotStarted, Lead: []string{"u1"}}, // no period
		},
	}
	s, err := Supervise(c, nil, SuperviseOptions{Date: day("2013-10-08")})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, l := range s.Letters {
		var items []string
		for _, it := range l.Items {
			items = append(items, fmt.Sprintf("%s:%d/%d", it.Task.ID, it.Overdue, it.Left))
		}
		got = append(got, l.Name+"["+strings.Join(items, " ")+"]")
	}
	// Overdue in working days, holidays not counted: B (9-27) is late by
	// 9-29 (a worked Sunday), 9-30 and 10-8; A by 10-8 only; F, due on
	// a holiday, by 10-8. C has 10-8, 10-9, 10-10 left; D four, not at risk.
	// G is the 综合组's: no letter, an item for the 工作例会.
	want := "单位一[B:3/0 C:0/3] 单位二[A:1/0 C:0/3 F:1/0]"
	if g := strings.Join(got, " "); g != want {
		t.Errorf("letters\n got %s\nwant %s", g, want)
	}
	if f := strings.Join(s.FollowUps(), "\n"); f != "督促综合组：G（剩余1个工作日）" {
		t.Errorf("follow-ups %q", f)
	}
	if s.Tasks != 4 || s.Overdue != 3 || s.AtRisk != 1 || s.MaxOverdue != 3 {
		t.Errorf("totals %d/%d/%d max %d", s.Tasks, s.Overdue, s.AtRisk, s.MaxOverdue)
	}
	if s.ReplyBy != day("2013-10-11") {
		t.Errorf("reply by %s", s.ReplyBy.Format(time.DateOnly))
	}
	// Over 春节: due 2-8 (Friday), checked on 2-18: 2-16 and 2-17 were
	// worked, 2-18 too.
	c.Tasks = []model.Task{task("S", "2013-02-08", model.NotStarted, "u1")}
	s, err = Supervise(c, nil, SuperviseOptions{Date: day("2013-02-18"), Reply: 5})
	if err != nil {
		t.Fatal(err)
	}
	if it := s.Letters[0].Items[0]; it.Overdue != 3 {
		t.Errorf("春节: overdue %d working days, want 3", it.Overdue)
	}
	if s.ReplyBy != day("2013-02-25") {
		t.Errorf("春节 reply by %s", s.ReplyBy.Format(time.DateOnly))
	}
}

func TestDecisionTasks(t *testing.T) {
	c := seed(t)
	tasks := DecisionTasks(c)
	ids := map[string]model.Task{}
	for _, tk := range tasks {
		ids[tk.ID] = tk
	}
	// Decisions without an owner or a due date make no task.
	if _, ok := ids["ldxz-1-jy2"]; ok {
		t.Error("ldxz-1-jy2 has no due date but became a task")
	}
	tk, ok := ids["lh-28-jy1"]
	if !ok {
		t.Fatalf("lh-28-jy1 missing; got %v", tasks)
	}
	if tk.Group != "xcz" || tk.Period.End != day("2013-07-12") || tk.Period.Start != day("2013-07-08") {
		t.Errorf("lh-28-jy1 = %+v", tk)
	}
	if fg := ids["qtdw-1-jy1"]; len(fg.Lead) != 1 || fg.Lead[0] != "fgw" {
		t.Errorf("qtdw-1-jy1 lead = %v", fg.Lead)
	}
	// They reach the weekly list of week 28.
	w, err := WithDecisions(c).Week(28)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, it := range w.Items {
		found = found || it.Task.ID == "lh-28-jy1"
	}
	if !found {
		t.Error("lh-28-jy1 not on the week-28 list")
	}
	if len(c.Tasks) == len(WithDecisions(c).Tasks) {
		t.Error("WithDecisions added nothing")
	}
	// A task of the same id in the data wins.
	c.Tasks = append(c.Tasks, model.Task{ID: "lh-28-jy1", Status: model.Done})
	for _, tk := range DecisionTasks(c) {
		if tk.ID == "lh-28-jy1" {
			t.Error("derived task shadows the data's")
		}
	}
}

func TestSuperviseOverdueOnly(t *testing.T) {
	c := &model.Campaign{Year: 2013, Units: []model.Unit{{ID: "u1", Name: "单位一"}},
		Tasks: []model.Task{task("A", "2013-09-30", model.InProgress, "u1"), task("C", "2013-10-10", model.InProgress, "u1"),
			task("W", "2013-10-06", model.InProgress, "u1")}}
	// 10-7 is a holiday: W (due Sunday 10-6) is not late in working days on 10-7.
	s, err := Supervise(c, nil, SuperviseOptions{Date: day("2013-10-07"), Warn: -1})
	if err != nil {
		t.Fatal(err)
	}
	if s.Tasks != 0 {
		t.Errorf("on the holiday nothing is late in working days: %+v", s)
	}
	s, err = Supervise(c, nil, SuperviseOptions{Date: day("2013-10-08"), Warn: -1})
	if err != nil {
		t.Fatal(err)
	}
	if s.Tasks != 2 || s.AtRisk != 0 || len(s.Letters[0].Items) != 2 {
		t.Errorf("overdue only: %+v", s)
	}
}

func TestRunning(t *testing.T) {
	c := seed(t)
	ids := func(from, to string) string {
		var out []string
		for _, d := range Running(c, day(from), day(to)) {
			out = append(out, d.Task.ID)
		}
		return strings.Join(out, " ")
	}
	// Week 28 (7月8日—14日): the 牵头单位会议's decision overdue since
	// 6月10日 (carried), the 主任会议's decision running to 7月25日, and
	// the 例会's own decision, finished on 7月11日 in the week.
	if got := ids("2013-07-08", "2013-07-14"); got != "qtdw-1-jy1 bgs-2-jy1 lh-28-jy1" {
		t.Errorf("week 28: %s", got)
	}
	// Week 29: the finished one is gone, the overdue one stays.
	if got := ids("2013-07-15", "2013-07-21"); got != "qtdw-1-jy1 bgs-2-jy1" {
		t.Errorf("week 29: %s", got)
	}
	// August: both open decisions are past due and carried.
	if got := ids("2013-08-05", "2013-08-11"); got != "qtdw-1-jy1 bgs-2-jy1" {
		t.Errorf("August: %s", got)
	}
	// Week 10, before the first meetings: nothing.
	if got := ids("2013-03-04", "2013-03-10"); got != "" {
		t.Errorf("week 10: %s", got)
	}
	// Week 24 (6月10日—16日): the 督导组's decision is finished later
	// (6月28日) and runs; the 发改委's is due on 6月10日.
	if got := ids("2013-06-10", "2013-06-16"); got != "qtdw-1-jy1 qtdw-1-jy2" {
		t.Errorf("week 24: %s", got)
	}
	for _, d := range Running(c, day("2013-07-15"), day("2013-07-21")) {
		if d.Task.ID == "qtdw-1-jy1" && (!d.Overdue || !d.Carried || d.Index != 0) {
			t.Errorf("qtdw-1-jy1: %+v", d)
		}
		if d.Task.ID == "bgs-2-jy1" && (d.Overdue || d.Carried) {
			t.Errorf("bgs-2-jy1: %+v", d)
		}
	}
	// Once checked off before the week, the overdue one leaves the list.
	done := day("2013-07-12")
	c.Meetings[2].Decisions[0].Status = model.CheckedOff
	c.Meetings[2].Decisions[0].DoneOn = &done
	if got := ids("2013-07-15", "2013-07-21"); got != "bgs-2-jy1" {
		t.Errorf("week 29 after check-off: %s", got)
	}
}

func TestParseDecisionTaskID(t *testing.T) {
	tests := []struct {
		id      string
		meeting string
		i       int
		ok      bool
	}{
		{"bgs-1-jy2", "bgs-1", 1, true},
		{"lh-2013-07-22-jy10", "lh-2013-07-22", 9, true},
		{"a-jy1-jy3", "a-jy1", 2, true},
		{"bgs-1-jy0", "", 0, false},
		{"bgs-1-jy01", "", 0, false},
		{"bgs-1-jy", "", 0, false},
		{"-jy1", "", 0, false},
		{"t12", "", 0, false},
	}
	for _, tt := range tests {
		m, i, ok := ParseDecisionTaskID(tt.id)
		if m != tt.meeting || i != tt.i || ok != tt.ok {
			t.Errorf("ParseDecisionTaskID(%q) = %q, %d, %v", tt.id, m, i, ok)
		}
		if ok {
			if back := DecisionTaskID(m, i); back != tt.id {
				t.Errorf("round trip %q → %q", tt.id, back)
			}
		}
	}
}

// Decision tasks carry the decision's check-off; finished ones are not
// supervised, open overdue ones are, and the build's unit-only variant
// leaves out the office groups' decisions.
func TestDecisionStatus(t *testing.T) {
	c := seed(t)
	ids := map[string]model.Task{}
	for _, tk := range DecisionTasks(c) {
		ids[tk.ID] = tk
	}
	if tk := ids["lh-28-jy1"]; tk.Status != model.Done || tk.DoneOn == nil || *tk.DoneOn != day("2013-07-11") {
		t.Errorf("lh-28-jy1 = %+v", tk)
	}
	if tk := ids["qtdw-1-jy1"]; tk.Status != model.InProgress || tk.DoneOn != nil || !strings.HasPrefix(tk.Notes, "已汇总") || !strings.HasSuffix(tk.Notes, "；据第一次专项活动牵头单位会议议定") {
		t.Errorf("qtdw-1-jy1 = %+v", tk)
	}
	supervised := func(c *model.Campaign, date string) string {
		s, err := Supervise(c, nil, SuperviseOptions{Date: day(date)})
		if err != nil {
			t.Fatal(err)
		}
		seen := map[string]bool{}
		var out []string
		for _, l := range append(s.Letters, s.Office...) {
			for _, it := range l.Items {
				if _, ok := ids[it.Task.ID]; ok && !seen[it.Task.ID] {
					seen[it.Task.ID] = true
					out = append(out, it.Task.ID)
				}
			}
		}
		return strings.Join(out, " ")
	}
	// 7月15日: the 发改委's decision is overdue; the 综合组's runs to 7月25日;
	// lh-28-jy1 (due 7月12日) was finished on 7月11日.
	if got := supervised(WithDecisions(c), "2013-07-15"); got != "qtdw-1-jy1" {
		t.Errorf("with decisions on 7-15: %s", got)
	}
	// 7月24日: the 综合组's decision is at risk too, but it is an office
	// group's: not in the unit-only variant.
	if got := supervised(WithDecisions(c), "2013-07-24"); got != "qtdw-1-jy1 bgs-2-jy1" {
		t.Errorf("with decisions on 7-24: %s", got)
	}
	if got := supervised(WithUnitDecisions(c), "2013-07-24"); got != "qtdw-1-jy1" {
		t.Errorf("unit decisions on 7-24: %s", got)
	}
	// On 7月10日 the 例会's decision was not finished yet, and due in 2 days.
	if got := supervised(WithDecisions(c), "2013-07-10"); !strings.Contains(got, "lh-28-jy1") {
		t.Errorf("with decisions on 7-10: %s", got)
	}
}

func TestSuperviseNobodyNamed(t *testing.T) {
	c := &model.Campaign{Year: 2013, Office: model.Office{Groups: []model.Group{{ID: "zhz", Name: "综合组"}}},
		Tasks: []model.Task{task("N", "2013-09-30", model.InProgress)}}
	s, err := Supervise(c, nil, SuperviseOptions{Date: day("2013-10-08")})
	if err != nil {
		t.Fatal(err)
	}
	// Nobody to write to: no 督办通知 saying 「你单位…」 to no unit; the
	// item is kept apart for the build's warning and the 汇总.
	if len(s.Letters) != 0 || len(s.Unowned) != 1 || s.Unowned[0].Task.ID != "N" || s.Tasks != 1 || s.Overdue != 1 {
		t.Errorf("letters %+v unowned %+v tasks %d overdue %d", s.Letters, s.Unowned, s.Tasks, s.Overdue)
	}
	c.Plan.Group = "zhz"
	s, _ = Supervise(c, nil, SuperviseOptions{Date: day("2013-10-08")})
	// The group keeping the plan follows it up at the 工作例会, not by a
	// 督办通知 to itself.
	if len(s.Letters) != 0 || len(s.Office) != 1 || s.Office[0].Name != "综合组" || s.Tasks != 0 {
		t.Errorf("letters %+v office %+v", s.Letters, s.Office)
	}
	if got, want := strings.Join(s.FollowUps(), "\n"), "督促综合组：N（逾期1个工作日）"; got != want {
		t.Errorf("FollowUps = %q, want %q", got, want)
	}
}

// Supervising a past day: a task finished after it was unfinished then.
func TestSuperviseThePast(t *testing.T) {
	done := day("2013-10-15")
	tk := task("L", "2013-09-30", model.Done, "u1")
	tk.DoneOn = &done
	c := &model.Campaign{Year: 2013, Units: []model.Unit{{ID: "u1", Name: "单位一"}}, Tasks: []model.Task{tk}}
	s, err := Supervise(c, nil, SuperviseOptions{Date: day("2013-10-08")})
	if err != nil {
		t.Fatal(err)
	}
	if s.Tasks != 1 || s.Letters[0].Items[0].Status != model.InProgress || s.Letters[0].Items[0].Overdue != 1 {
		t.Errorf("on 10-8: %+v", s.Letters)
	}
	if s, _ = Supervise(c, nil, SuperviseOptions{Date: day("2013-10-15")}); s.Tasks != 0 {
		t.Errorf("on the day it was done: %+v", s.Letters)
	}
}

// Whatever the text, a parsed key names a non-empty meeting and a
// decision index, and prints back as the same text.
func FuzzParseDecisionTaskID(f *testing.F) {
	for _, s := range []string{"bgs-1-jy2", "lh-2013-07-22-jy10", "-jy1", "a-jy0", "x-jy-1", "会议-jy3", "a-jy1-jy", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, id string) {
		m, i, ok := ParseDecisionTaskID(id)
		if !ok {
			return
		}
		if m == "" || i < 0 || DecisionTaskID(m, i) != id {
			t.Errorf("ParseDecisionTaskID(%q) = %q, %d", id, m, i)
		}
	})
}

// A lead unit that has reported its part of a shared task finished (its
// progress note's status, by the 督办 day) gets no letter for the task;
// the others do, and a part reported after the day does not count.
func TestSuperviseSharedTaskSparesUnitsDone(t *testing.T) {
	c := &model.Campaign{Year: 2013,
		Units: []model.Unit{{ID: "u1", Name: "单位一"}, {ID: "u2", Name: "单位二"}, {ID: "u3", Name: "单位三"}},
		Tasks: []model.Task{task("C", "2013-09-30", model.InProgress, "u1", "u2", "u3")},
	}
	c.Tasks[0].Record.Progress = []model.Note{
		{Date: day("2013-09-20"), Unit: "u1", Status: model.Done, Text: "本单位承担的部分已完成"},
		{Date: day("2013-09-25"), Unit: "u2", Status: model.InProgress, Text: "正在征求意见"},
		{Date: day("2013-10-09"), Unit: "u3", Status: model.Done, Text: "已印发"},
	}
	s, err := Supervise(c, nil, SuperviseOptions{Date: day("2013-10-08")})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, l := range s.Letters {
		got = append(got, l.Name)
	}
	if g := strings.Join(got, " "); g != "单位二 单位三" {
		t.Errorf("letters to %s, want 单位二 单位三", g)
	}
}

// The notice's reporting rule (蔡甸: 每季度最后一个月的30日前报送进展情况)
// makes each quarter's report of every task an item of its own, apart from
// the task's own deadline; a report made (submitted) or a task finished
// owes none.
func TestSuperviseReports(t *testing.T) {
	c := &model.Campaign{Year: 2023,
		Units:     []model.Unit{{ID: "fgj", Name: "区发展和改革局"}, {ID: "kjj", Name: "区科技和经信局"}},
		Reporting: []model.ReportRule{{Period: period.MustParse("每季度最后一个月的30日前", 2023)}},
		Tasks: []model.Task{
			{ID: "gdp", Title: "地区生产总值增长7%以上", Units: []string{"fgj"}, Status: model.InProgress},
			{ID: "gdtz", Title: "固定资产投资增长10%以上", Units: []string{"fgj"}, Status: model.InProgress,
				Submitted: []time.Time{day("2023-03-28")}},
			{ID: "gyzjz", Title: "规上工业增加值增长12%以上", Units: []string{"kjj"}, Status: model.InProgress,
				Period: period.MustParse("6月底前", 2023)},
			{ID: "done", Title: "已完成的任务", Units: []string{"kjj"}, Status: model.Done},
		},
	}
	s, err := Supervise(c, nil, SuperviseOptions{Date: day("2023-07-05")})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, l := range s.Letters {
		for _, it := range l.Items {
			what := "任务"
			if it.Report != nil {
				what = it.Occurrence
			}
			got = append(got, fmt.Sprintf("%s %s %s %s 逾期%d", l.Owner, it.Task.ID, it.Due.Format(time.DateOnly), what, it.Overdue))
		}
	}
	want := []string{
		"fgj gdp 2023-03-30 第一季度进展情况 逾期66",
		"fgj gdp 2023-06-30 第二季度进展情况 逾期3",
		"fgj gdtz 2023-06-30 第二季度进展情况 逾期3",
		"kjj gyzjz 2023-06-30 任务 逾期3",
		"kjj gyzjz 2023-03-30 第一季度进展情况 逾期66",
		"kjj gyzjz 2023-06-30 第二季度进展情况 逾期3",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("items:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if s.Tasks != 3 || s.Overdue != 6 {
		t.Errorf("tasks %d overdue %d, want 3 and 6", s.Tasks, s.Overdue)
	}
	// Before the first quarter ends nothing is late; within --warn days
	// the report is at risk.
	s, _ = Supervise(c, nil, SuperviseOptions{Date: day("2023-03-28")})
	if s.Overdue != 0 || s.AtRisk != 2 {
		t.Errorf("on 3月28日: overdue %d at risk %d, want 0 and 2 (gdp and gyzjz; gdtz reported that day)", s.Overdue, s.AtRisk)
	}
}
