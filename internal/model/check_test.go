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

// division.numbering gives every level the outline uses a form of its
// own, else the last repeats (「（一）…」 above 「（一）…」); heading_end is
// 。 or 无.
func TestCheckDivisionLevels(t *testing.T) {
	three := []Category{{ID: "a", Name: "甲"}, {ID: "b", Name: "乙", Parent: "a"}, {ID: "c", Name: "丙", Parent: "b"}}
	for _, tt := range []struct {
		name       string
		cats       []Category
		numbering  []string
		taskNumber string
		layout     string
		end        string
		want       string // in the message at division.numbering or .heading_end; "" for none
	}{
		{"3 levels, 2 forms", three, []string{"一、", "（一）"}, "1.", "", "", "分类有 3 级，numbering 只给了 2 级"},
		{"3 levels, 3 forms, task_number", three, []string{"一、", "（一）", "1."}, "1.", "", "", ""},
		{"tasks below 3 levels without task_number", three, []string{"一、", "（一）", "1."}, "", "", "", "任务在第 4 级（分类有 3 级），numbering 只给了 3 级"},
		{"a table numbers no task", three, []string{"一、", "（一）", "1."}, "", LayoutTable, "", ""},
		{"default numbering", three, nil, "", "", "", ""},
		{"one level, 一、 1.", three[:1], []string{"一、", "1."}, "", "", "", ""},
		{"heading_end 无", three[:1], nil, "", "", "无", ""},
		{"heading_end ；", three[:1], nil, "", "", "；", "任务后的标点“；”应为 。 或 无"},
	} {
		c := &Campaign{Name: "某区重点工作任务分解", Year: 2023, Categories: tt.cats,
			Tasks:    []Task{{ID: "t", Title: "任务", Category: tt.cats[len(tt.cats)-1].ID}},
			Division: DivisionLayout{Numbering: tt.numbering, TaskNumber: tt.taskNumber, Layout: tt.layout, HeadingEnd: tt.end}}
		var got []string
		for _, p := range c.Check() {
			if p.Path == "division.numbering" || p.Path == "division.heading_end" {
				got = append(got, p.Msg)
			}
		}
		msg := strings.Join(got, "\n")
		if tt.want == "" && msg != "" || tt.want != "" && !strings.Contains(msg, tt.want) {
			t.Errorf("%s: %q, want %q", tt.name, msg, tt.want)
		}
	}
}
