package ledger

import (
	"os"
	"strings"
	"testing"
	"time"

	"gongwen/internal/load"
)

// A returned list's notes go, dated and by the lead unit, into the tasks'
// records: a new record, a new progress list, an item after the last.
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
		"    status: 推进中   # 示例状态\n    notes: 初稿已形成\n    record:\n      progress:\n        - date: 2013-03-04\n          unit: zzb\n          text: 初稿已形成\n", 1)
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
