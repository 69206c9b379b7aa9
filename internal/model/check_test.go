package model

import (
	"strings"
	"testing"
)

func TestNearStatus(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want Status
		ok   bool
	}{
		{"进行中", InProgress, true}, {"正在推进", InProgress, true}, {"已办结", Done, true}, {"完成", Done, true},
		{"未开始", NotStarted, true}, {"尚未启动", NotStarted, true}, {"销号", CheckedOff, true},
		{"推进终", InProgress, true}, {"已完成了", Done, true}, {"暂缓", "", false},
	} {
		if got, ok := NearStatus(tt.s); got != tt.want || ok != tt.ok {
			t.Errorf("NearStatus(%q) = %q, %v; want %q, %v", tt.s, got, ok, tt.want, tt.ok)
		}
	}
}

// weekly.split takes 单位, or 工作组 when the office has groups; anything
// else is refused with what can be written.
func TestCheckWeeklySplit(t *testing.T) {
	for _, tt := range []struct {
		split  string
		groups []Group
		want   string // in the message; "" for none
	}{
		{"", nil, ""},
		{WeeklyByUnit, nil, ""},
		{WeeklyByGroup, []Group{{ID: "zhz", Name: "综合组"}}, ""},
		{WeeklyByGroup, nil, "office.groups 中没有工作组"},
		{"科室", nil, "按办公室工作组分别生成写 工作组"},
	} {
		c := &Campaign{Name: "某局工作要点", Year: 2024, Weekly: WeeklyLayout{Split: tt.split}, Office: Office{Groups: tt.groups}}
		var got string
		for _, p := range c.Check() {
			if p.Path == "weekly.split" {
				got = p.Msg
			}
		}
		if tt.want == "" && got != "" || tt.want != "" && !strings.Contains(got, tt.want) {
			t.Errorf("split %q with %d groups: %q, want %q", tt.split, len(tt.groups), got, tt.want)
		}
	}
}
