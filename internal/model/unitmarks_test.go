package model

import (
	"slices"
	"strings"
	"testing"
)

// Unit lists as offices print them beyond 、 and ，: an open list ending in
// 等 (渝中 2023's 「区税务局、区国资委等」) and two units joined by 及
// (咸阳 2022's 「市级各有关部门及各县市区政府」) — QA s11 findings 11 and 18.
// Neither mark is a unit: it is printed, never supervised, never a column
// of the matrix.
func TestUnitMarks(t *testing.T) {
	names := map[string]string{"swj": "区税务局", "gzw": "区国资委", "sjbm": "市级各有关部门", "xsq": "各县市区政府", "jd": "各街道"}
	name := func(id string) string { return names[id] }
	for _, tc := range []struct {
		list []string
		sep  string
		want string
	}{
		{[]string{"swj", "gzw", "等"}, "、", "区税务局、区国资委等"},
		{[]string{"sjbm", "及", "xsq"}, "、", "市级各有关部门及各县市区政府"},
		{[]string{"swj", "gzw", "及", "xsq"}, "、", "区税务局、区国资委及各县市区政府"},
		{[]string{"swj", "gzw", "等", "，", "jd"}, "、", "区税务局、区国资委等，各街道"},
		{[]string{"swj", "等"}, "，", "区税务局等"},
	} {
		if got := JoinUnits(tc.list, tc.sep, name); got != tc.want {
			t.Errorf("JoinUnits(%v, %q) = %q, want %q", tc.list, tc.sep, got, tc.want)
		}
	}
	c := &Campaign{Name: "渝中区2023年区政府工作报告重点工作目标任务分解", Year: 2023,
		Units: []Unit{{ID: "swj", Name: "区税务局"}, {ID: "gzw", Name: "区国资委"}, {ID: "czj", Name: "区财政局"}},
		Tasks: []Task{{ID: "t", Title: "一般公共预算收入增长5%", Lead: []string{"czj"}, Units: []string{"swj", "gzw", "等"}}}}
	if ps := c.Check(); len(ps) > 0 {
		t.Fatalf("problems: %v", ps)
	}
	tk := &c.Tasks[0]
	if got := c.TaskUnits(tk); !slices.Equal(got, []string{"swj", "gzw"}) {
		t.Errorf("TaskUnits = %v, want the two units without 等", got)
	}
	if m := c.Matrix(); len(m.Units) != 3 {
		t.Errorf("the matrix has %d units, want 3: %v", len(m.Units), m.Units)
	}
	for _, tc := range []struct {
		units []string
		path  string
		want  string
	}{
		{[]string{"等", "swj"}, "tasks[0].units[0]", "“等”只能写在单位之后"},
		{[]string{"swj", "等", "gzw"}, "tasks[0].units[1]", "“等”只能写在单位之后"},
		{[]string{"swj", "等", "等"}, "tasks[0].units[2]", "“等”只能写在单位之后"},
		{[]string{"及", "swj"}, "tasks[0].units[0]", "“及”只能写在两个单位之间"},
		{[]string{"swj", "及"}, "tasks[0].units[1]", "“及”只能写在两个单位之间"},
		{[]string{"swj", "及", "，", "gzw"}, "tasks[0].units[1]", "“及”只能写在两个单位之间"},
	} {
		tk.Units = tc.units
		ok := false
		var got []string
		for _, p := range c.Check() {
			got = append(got, p.String())
			ok = ok || p.Path == tc.path && strings.Contains(p.Msg, tc.want)
		}
		if !ok {
			t.Errorf("%v: want %s %s, got %v", tc.units, tc.path, tc.want, got)
		}
	}
	// A unit defined as 等 (what a clerk tried first) is refused with the
	// way to write it.
	c.Units = append(c.Units, Unit{ID: "deng", Name: "等"})
	tk.Units = []string{"swj", "deng"}
	ok := false
	for _, p := range c.Check() {
		ok = ok || p.Path == "units[3].id" && strings.Contains(p.Msg, "不是单位")
	}
	if !ok {
		t.Errorf("a unit named 等 was accepted: %v", c.Check())
	}
}
