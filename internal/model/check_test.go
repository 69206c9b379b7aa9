package model

import "testing"

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
