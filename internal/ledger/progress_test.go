package ledger

import (
	"os"
	"strings"
	"testing"
	"time"

	"gongwen/internal/load"
)

// A returned list's notes go into the tasks' records: a new record, a new
// progress list, an item after the last. A list without 填报日期 and
// 填报单位 dates them the import day (and says so) and gives them to the
// lead unit, else the office group.
func TestImportRecordsProgress(t *testing.T) {
	path := tempData(t)
	orig, _ := os.ReadFile(path)
	// t3 gets a record first, so the second save appends to its list.
	now := func() time.Time { return time.Date(2013, 3, 4, 10, 0, 0, 0, time.UTC) }
	if _, err := Commit(Save{Path: path, Base: Version(orig), Source: "周工作清单.xlsx", Now: now, Record: true,
		Update: []Update{{TaskID: "t1", Notes: ptr("初稿已形成")}, {TaskID: "t3", Notes: ptr("已与媒体商定版面")}}}); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(path)
	want := strings.Replace(string(orig), "    status: 推进中   # 示例状态\n",
		"    status: 推进中   # 示例状态\n    notes: 初稿已形成\n    record:\n      progress:\n        - date: 2013-03-04 # 清单未填填报日期，按导入日记\n          unit: zzb\n          text: 初稿已形成\n", 1)
	if !strings.HasPrefix(string(got), want[:strings.Index(want, "  - id: t2")]) {
		t.Errorf("t1:\n%s", got)
	}
	later := func() time.Time { return time.Date(2013, 3, 11, 10, 0, 0, 0, time.UTC) }
	if _, err := Commit(Save{Path: path, Source: "周工作清单.xlsx", Now: later, Record: true,
		Update: []Update{{TaskID: "t3", Notes: ptr("专栏已开设")}}}); err != nil {
		t.Fatal(err)
	}
	c, _, err := load.File(path)
	if err != nil {
		t.Fatal(err)
	}
	p := c.TaskByID("t3").Record.Progress
	if len(p) != 2 || p[0].Text != "已与媒体商定版面" || p[1].Text != "专栏已开设" || p[1].Unit != "zhz" || p[1].Date.Day() != 11 {
		t.Errorf("t3 progress %+v", p)
	}
	// Same notes again: nothing changes, nothing recorded; a save without
	// Record (the page's edits) records nothing.

	if _, err := Commit(Save{Path: path, Now: later, Record: true, Update: []Update{{TaskID: "t3", Notes: ptr("专栏已开设")}}}); err != nil {
		t.Fatal(err)
	}
	if _, err := Commit(Save{Path: path, Now: later, Update: []Update{{TaskID: "t1", Notes: ptr("网页上改的")}}}); err != nil {
		t.Fatal(err)
	}
	c, _, _ = load.File(path)
	if n := len(c.TaskByID("t3").Record.Progress); n != 2 {
		t.Errorf("t3 has %d notes", n)
	}
	if n := len(c.TaskByID("t1").Record.Progress); n != 1 {
		t.Errorf("t1 has %d notes after a page edit", n)
	}
}

// The 填报日期 and 填报单位 written on the returned form date and attribute
// the notes: not the import day, not the lead unit. A unit the data does
// not know falls back to the lead unit, and the note says so.
func TestImportRecordsProgressAsSigned(t *testing.T) {
	day := func(s string) *time.Time { d, _ := time.Parse(time.DateOnly, s); return &d }
	importDay := func() time.Time { return time.Date(2013, 3, 20, 10, 0, 0, 0, time.UTC) }
	tests := []struct {
		name    string
		by      string
		on      *time.Time
		unit    string
		date    string
		comment string // in the record's date line, "" for none
	}{
		{"signed by a unit, dated", "宣传部", day("2013-03-12"), "xcb", "2013-03-12", ""},
		{"full name", "省委宣传部", day("2013-03-12"), "xcb", "2013-03-12", ""},
		{"an office group", "综合组", day("2013-03-13"), "zhz", "2013-03-13", ""},
		{"no date written", "宣传部", nil, "xcb", "2013-03-20", "# 清单未填填报日期，按导入日记"},
		{"unknown unit", "某某局", day("2013-03-12"), "zzb", "2013-03-12", "# 填报单位“某某局”不在数据的单位中，记为牵头单位"},
		// A list of 2013 imported years later keeps its own date.
		{"imported years later", "宣传部", day("2013-03-12"), "xcb", "2013-03-12", ""},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := tempData(t)
			now := importDay
			if i == len(tests)-1 {
				now = func() time.Time { return time.Date(2026, 12, 5, 10, 0, 0, 0, time.UTC) }
			}
			if _, err := Commit(Save{Path: path, Source: "周工作清单.xlsx", Now: now, Record: true,
				Update: []Update{{TaskID: "t1", Notes: ptr("初稿已形成"), By: tt.by, On: tt.on}}}); err != nil {
				t.Fatal(err)
			}
			c, _, err := load.File(path)
			if err != nil {
				t.Fatal(err)
			}
			p := c.TaskByID("t1").Record.Progress
			if len(p) != 1 || p[0].Unit != tt.unit || p[0].Date.Format(time.DateOnly) != tt.date || p[0].Text != "初稿已形成" {
				t.Fatalf("progress %+v, want %s by %s", p, tt.date, tt.unit)
			}
			src, _ := os.ReadFile(path)
			line := "- date: " + tt.date
			if tt.comment != "" {
				line += " " + tt.comment
			}
			if !strings.Contains(string(src), line+"\n") {
				t.Errorf("no line %q in\n%s", line, src)
			}
		})
	}
}
