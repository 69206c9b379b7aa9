package model

import (
	"math"
	"strings"
	"testing"

	"gongwen/internal/period"
)

func TestCheckRecord(t *testing.T) {
	tests := []struct {
		name string
		edit func(c *Campaign)
		want []string // path：message fragments, in order
	}{
		{"valid", func(c *Campaign) {
			c.Tasks[0].Record = Record{Result: "2月7日制定总体方案。",
				Progress: []Note{{Date: day("2013-02-05"), Unit: "xcb", Text: "初稿已形成"}},
				Figures:  []Figure{{Label: "征求意见", Value: 12, Measure: "条"}},
				Problems: []Note{{Date: day("2013-02-06"), Unit: "zhz", Text: "个别单位反馈较慢"}}}
			c.Meetings[0].Record = Record{Result: "3月4日召开第一次例会。"}
		}, nil},
		{"note without date or text", func(c *Campaign) {
			c.Tasks[1].Record.Progress = []Note{{Unit: "xcb"}}
		}, []string{"tasks[1].record.progress[0].date：进展记录缺少日期", "tasks[1].record.progress[0].text：缺少进展记录内容"}},
		{"unknown unit, suggestion", func(c *Campaign) {
			c.Tasks[1].Record.Problems = []Note{{Date: day("2013-02-20"), Unit: "xcbb", Text: "滞后"}}
		}, []string{"tasks[1].record.problems[0].unit：单位或工作组“xcbb”不存在，您是不是要写“xcb”"}},
		{"date out of year", func(c *Campaign) {
			c.Meetings[0].Record.Progress = []Note{{Date: day("2011-03-04"), Text: "已落实"}}
		}, []string{"meetings[0].record.progress[0].date：进展记录日期 2011-03-04 不在活动年度 2013 年或次年内"}},
		{"unit's completion date", func(c *Campaign) {
			d, far := day("2013-02-04"), day("2016-02-04")
			c.Tasks[0].Record.Progress = []Note{{Date: day("2013-02-05"), Unit: "xcb", Status: Done, DoneOn: &d, Text: "已印发"},
				{Date: day("2013-02-06"), Unit: "xcb", Status: Done, DoneOn: &far, Text: "已印发"}}
			c.Tasks[0].Record.Problems = []Note{{Date: day("2013-02-06"), DoneOn: &d, Text: "滞后"}}
		}, []string{"tasks[0].record.progress[1].done_on：完成日期 2016-02-04 不在活动年度 2013 年或次年内", "tasks[0].record.problems[0].done_on：完成日期 done_on 只能写在进展记录 progress 中"}},
		{"figures", func(c *Campaign) {
			c.Tasks[0].Record.Figures = []Figure{{Value: 3}, {Label: "场次", Value: math.NaN()}, {Label: "x", Value: -1}}
		}, []string{"tasks[0].record.figures[0].label：缺少数据名称", "tasks[0].record.figures[1].value：数值 NaN", "tasks[0].record.figures[2].value：数值 -1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := small()
			tt.edit(c)
			got := c.Check()
			if len(got) != len(tt.want) {
				t.Fatalf("got %d problems %v, want %d", len(got), got, len(tt.want))
			}
			for i, w := range tt.want {
				if !strings.HasPrefix(got[i].String(), w) {
					t.Errorf("problem %d = %q, want prefix %q", i, got[i], w)
				}
			}
		})
	}
}

func TestLastNote(t *testing.T) {
	r := Record{Progress: []Note{
		{Date: day("2013-03-08"), Text: "b"},
		{Date: day("2013-03-01"), Text: "a"},
		{Date: day("2013-04-01"), Text: "c"},
	}}
	if n := r.LastNote(day("2013-03-31")); n == nil || n.Text != "b" {
		t.Errorf("LastNote(3-31) = %v, want b", n)
	}
	if n := r.LastNote(day("2013-02-01")); n != nil {
		t.Errorf("LastNote(2-01) = %v, want nil", n)
	}
	if !(&Record{}).Empty() || r.Empty() {
		t.Error("Empty wrong")
	}
}

// A rescheduling note moves a task's period from its day on; due is for
// progress notes only and must not come before the note's day.
func TestRescheduled(t *testing.T) {
	c := small()
	c.Tasks[0].Record.Progress = []Note{
		{Date: day("2013-06-27"), Unit: c.Units[0].ID, Text: "主任会议决定调整至7月下旬", Due: period.Period{Text: "7月下旬"}},
	}
	c.ResolvePeriods()
	if ps := c.Check(); len(ps) > 0 {
		t.Fatalf("problems %v", ps)
	}
	tk := &c.Tasks[0]
	if n := tk.Rescheduled(day("2013-06-26")); n != nil {
		t.Errorf("rescheduled before the note: %+v", n)
	}
	if p := tk.PeriodAsOf(day("2013-06-26")); p.Text != tk.Period.Text {
		t.Errorf("period before the note %q, want the plan's %q", p.Text, tk.Period.Text)
	}
	if p := tk.PeriodAsOf(day("2013-07-15")); p.Text != "7月下旬" || p.End != day("2013-07-31") {
		t.Errorf("period after the note %q %v, want 7月下旬 ending 7-31", p.Text, p.End)
	}
	c.Tasks[0].Record.Problems = []Note{{Date: day("2013-06-27"), Text: "未能按计划召开", Due: period.Period{Text: "7月下旬"}}}
	c.Tasks[0].Record.Progress[0].Due = period.Period{Text: "6月上旬"}
	c.Tasks[0].Record.Progress[0].Due.Start, c.Tasks[0].Record.Progress[0].Due.End = day("2013-06-01"), day("2013-06-10")
	var got []string
	for _, p := range c.Check() {
		got = append(got, p.Path+" "+p.Msg)
	}
	joined := strings.Join(got, "\n")
	for _, want := range []string{"record.progress[0].due 调整后的时限“6月上旬”早于这条记录的日期 2013-06-27", "record.problems[0].due 调整后的时限 due 只能写在进展记录 progress 中"} {
		if !strings.Contains(joined, want) {
			t.Errorf("no problem %q in\n%s", want, joined)
		}
	}
}
