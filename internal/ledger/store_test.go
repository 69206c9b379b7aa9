package ledger

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"gongwen/internal/load"
	"gongwen/internal/model"
)

func ptr[T any](v T) *T { return &v }

func day(s string) *time.Time {
	t, _ := time.Parse(time.DateOnly, s)
	return &t
}

// tempData copies the test campaign into a temporary folder.
func tempData(t *testing.T) string {
	t.Helper()
	src, err := os.ReadFile("testdata/campaign.yaml")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "campaign.yaml")
	if err := os.WriteFile(path, src, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func clock() func() time.Time {
	t := time.Date(2013, 3, 1, 9, 0, 0, 0, time.UTC)
	return func() time.Time { t = t.Add(time.Minute); return t }
}

// TestCommitUndo: a save changes exactly the lines of its values and
// records them; undo restores the file byte for byte; a second undo goes
// one change further back; with nothing left it says so.
func TestCommitUndo(t *testing.T) {
	path := tempData(t)
	orig, _ := os.ReadFile(path)
	now := clock()
	res, err := Commit(Save{Path: path, Base: Version(orig), Who: "王晓兰", Source: "网页", Now: now,
		Update: []Update{{TaskID: "t1", Status: ptr(model.Status("已完成")), DoneOn: day("2013-02-05"), Notes: ptr("方案已印发")}}})
	if err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(path)
	want := strings.Replace(string(orig), "    status: 推进中   # 示例状态\n",
		"    status: 已完成   # 示例状态\n    done_on: 2013-02-05\n    notes: 方案已印发\n", 1)
	if string(got) != want {
		t.Fatalf("after save:\n%s", got)
	}
	if len(res.Changes) != 3 || res.Entry.Seq != 1 || res.Entry.Who != "王晓兰" || res.Entry.After != Version(got) {
		t.Errorf("result %+v", res.Entry)
	}
	// A second change, on another task.
	mid := got
	if _, err := Commit(Save{Path: path, Base: Version(mid), Source: "网页", Now: now,
		Update: []Update{{TaskID: "t3", Notes: ptr("专栏已开设")}}}); err != nil {
		t.Fatal(err)
	}
	hist, err := History(path)
	if err != nil || len(hist) != 2 || hist[1].Fields[0].Old != "旧的备注" || hist[1].Fields[0].New != "专栏已开设" {
		t.Fatalf("history %+v %v", hist, err)
	}
	if _, err := Undo(path, "王晓兰", now); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(path); string(b) != string(mid) {
		t.Fatalf("first undo:\n%s", b)
	}
	if _, err := Undo(path, "", now); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(path); string(b) != string(orig) {
		t.Fatalf("second undo:\n%s", b)
	}
	var p Problems
	if _, err := Undo(path, "", now); !errors.As(err, &p) || !strings.Contains(err.Error(), "没有可以撤销") {
		t.Errorf("third undo: %v", err)
	}
	if hist, _ := History(path); len(hist) != 4 || hist[3].Undoes != 1 || hist[2].Undoes != 2 {
		t.Errorf("history after undos: %+v", hist)
	}
}

// TestConcurrentSaves: two editors read the same version; the second save
// goes in when it sets other values, and is refused when it sets the same
// ones, naming who changed them.
func TestConcurrentSaves(t *testing.T) {
	path := tempData(t)
	orig, _ := os.ReadFile(path)
	base := Version(orig)
	now := clock()
	if _, err := Commit(Save{Path: path, Base: base, Who: "甲", Source: "网页", Now: now,
		Update: []Update{{TaskID: "t1", Notes: ptr("甲的备注")}}}); err != nil {
		t.Fatal(err)
	}
	res, err := Commit(Save{Path: path, Base: base, Who: "乙", Source: "网页", Now: now,
		Update: []Update{{TaskID: "t3", Status: ptr(model.Status("推进中"))}}})
	if err != nil || !res.Merged {
		t.Fatalf("other task: %v", err)
	}
	b, _ := os.ReadFile(path)
	if !strings.Contains(string(b), "notes: 甲的备注") || !strings.Contains(string(b), "status: '推进中'") {
		t.Errorf("a change was lost:\n%s", b)
	}
	_, err = Commit(Save{Path: path, Base: base, Who: "丙", Source: "网页", Now: now,
		Update: []Update{{TaskID: "t1", Notes: ptr("丙的备注")}}})
	var c *Conflict
	if !errors.As(err, &c) || !strings.Contains(c.Msg, "t1 的备注") || !strings.Contains(c.Msg, "甲") {
		t.Errorf("same value: %v", err)
	}
	// Repeating the value someone else wrote (a returned list repeats
	// every row) changes nothing and clashes with nothing.
	if _, err := Commit(Save{Path: path, Base: base, Source: "表", Update: []Update{{TaskID: "t1", Notes: ptr("甲的备注")}, {TaskID: "t2", Notes: ptr("新")}}}); err != nil {
		t.Errorf("repeated value: %v", err)
	}
	b, _ = os.ReadFile(path)
	// A file changed outside gongwen (no history leads to it) is refused.
	os.WriteFile(path, append(b, "# 手工修改\n"...), 0o644)
	_, err = Commit(Save{Path: path, Base: Version(b), Source: "网页", Update: []Update{{TaskID: "t3", Notes: ptr("x")}}})
	if !errors.As(err, &c) || !strings.Contains(c.Msg, "重新载入") {
		t.Errorf("edited outside: %v", err)
	}
}

// TestCommitRefuses: unknown tasks and values that do not hold together
// leave the file and its history as they were.
func TestCommitRefuses(t *testing.T) {
	path := tempData(t)
	orig, _ := os.ReadFile(path)
	for _, tc := range []struct {
		name string
		u    Update
		want string
	}{
		{"unknown task", Update{TaskID: "t9", Where: "网页", Notes: ptr("x")}, "t9"},
		{"date without finished", Update{TaskID: "t3", DoneOn: day("2013-02-01"), DoneCell: "完成日期"}, "已完成"},
		{"finished without date", Update{TaskID: "t1", Status: ptr(model.Status("已完成")), StatusCell: "状态"}, "完成日期"},
	} {
		_, err := Commit(Save{Path: path, Update: []Update{tc.u}})
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: %v", tc.name, err)
		}
	}
	_, err := Commit(Save{Path: path, Update: []Update{{TaskID: "t1", Status: ptr(model.Status("不存在"))}}})
	var ds load.Diagnostics
	if !errors.As(err, &ds) {
		t.Errorf("bad status: %v", err)
	}
	if b, _ := os.ReadFile(path); string(b) != string(orig) {
		t.Error("file changed")
	}
	if _, err := os.Stat(HistoryPath(path)); err == nil {
		t.Error("history written for refused saves")
	}
}

// TestAddMeetingUndo: a meeting record is appended in the file's layout
// and its undo removes exactly its lines.
func TestAddMeetingUndo(t *testing.T) {
	path := filepath.Join(t.TempDir(), "m.yaml")
	orig, _ := os.ReadFile("testdata/campaign.yaml")
	orig = append(orig, "\nmeetings:\n  - id: m1\n    name: 第一次会议\n    date: 2013-02-20\n# 结尾注释\n"...)
	os.WriteFile(path, orig, 0o644)
	if _, err := Commit(Save{Path: path, Source: "网页", Meeting: [][2]string{{"id", "m2"}, {"name", "第二次会议"}, {"date", "2013-03-01"}}}); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(path)
	if !strings.HasSuffix(string(b), "    date: 2013-02-20\n  - id: m2\n    name: 第二次会议\n    date: 2013-03-01\n# 结尾注释\n") {
		t.Fatalf("after add:\n%s", b)
	}
	if _, err := Commit(Save{Path: path, Meeting: [][2]string{{"id", "m2"}}}); err == nil || !strings.Contains(err.Error(), "已经存在") {
		t.Errorf("duplicate id: %v", err)
	}
	if _, err := Undo(path, "", nil); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(path); string(b) != string(orig) {
		t.Fatalf("after undo:\n%s", b)
	}
}

// TestUndoRefusesLaterChange: undo never reverts a value changed again
// after the change it undoes.
func TestUndoRefusesLaterChange(t *testing.T) {
	path := tempData(t)
	if _, err := Commit(Save{Path: path, Update: []Update{{TaskID: "t3", Notes: ptr("一")}}}); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(path)
	os.WriteFile(path, []byte(strings.Replace(string(b), `"一"`, `"二"`, 1)), 0o644)
	if b2, _ := os.ReadFile(path); string(b2) == string(b) {
		t.Fatalf("test setup: note not written quoted:\n%s", b)
	}
	var c *Conflict
	if _, err := Undo(path, "", nil); !errors.As(err, &c) || !strings.Contains(c.Msg, "二") {
		t.Errorf("undo: %v", err)
	}
}

// FuzzHistory: whatever the history file holds (a hand edit, a crash
// mid-line), reading it and undoing from it never panics, and an undo
// either refuses or leaves a file that still loads.
func FuzzHistory(f *testing.F) {
	f.Add([]byte(`{"seq":1,"before":"a","after":"b","fields":[{"item":"任务 t3","id":"t3","key":"notes","old":"旧的备注","old_raw":"\"旧的备注\"","had":true,"new":"x","has":true}]}` + "\n"))
	f.Add([]byte(`{"seq":1,"fields":[{"id":"m9","meeting":true}]}` + "\n{\"seq\":2,\"undoes\":1}\n"))
	f.Add([]byte(`{"seq":1,"fields":[{"id":"t1","key":"status","old_raw":"已完成\n  - bad","had":true,"new":"推进中","has":true}]}`))
	f.Add([]byte("not json\n"))
	src, err := os.ReadFile("testdata/campaign.yaml")
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, hist []byte) {
		path := filepath.Join(t.TempDir(), "c.yaml")
		os.WriteFile(path, src, 0o644)
		os.WriteFile(HistoryPath(path), hist, 0o644)
		if _, err := History(path); err != nil {
			return
		}
		if _, err := Undo(path, "", nil); err != nil {
			if b, _ := os.ReadFile(path); string(b) != string(src) {
				t.Fatal("a refused undo changed the file")
			}
			return
		}
		b, _ := os.ReadFile(path)
		if _, _, err := load.Bytes(path, b); err != nil {
			t.Fatalf("undo left a file that does not load: %v\n%s", err, b)
		}
	})
}
