package serve

import (
	"bytes"
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"gongwen/internal/ledger"
	"gongwen/internal/load"
	"gongwen/internal/xlsx"
)

// seedFolder is a data folder holding a copy of the default data set.
func seedFolder(t testing.TB) (dir, path string) {
	t.Helper()
	dir = t.TempDir()
	path = filepath.Join(dir, "xuechuang.yaml")
	if err := os.WriteFile(path, repoFile(t, "data/xuechuang.yaml"), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir, path
}

func workOf(t testing.TB, url, name, date string) workAnswer {
	t.Helper()
	resp, body := post(t, url+"/api/work", map[string]string{"data_name": name, "date": date}, nil)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("work: %d %s", resp.StatusCode, body)
	}
	var a workAnswer
	if err := json.Unmarshal(body, &a); err != nil {
		t.Fatal(err)
	}
	return a
}

func postJSON(t testing.TB, url string, v any) (*http.Response, []byte) {
	t.Helper()
	b, _ := json.Marshal(v)
	req, err := http.NewRequest(http.MethodPost, url, bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	return do(t, req)
}

func str(s string) *string { return &s }

// TestWorkView: the totals are those build prints, the overdue tasks
// carry working days, and each overdue unit has its 督办通知 and reply form.
func TestWorkView(t *testing.T) {
	dir, _ := seedFolder(t)
	_, ts := testServer(t, Config{DataDir: dir})
	a := workOf(t, ts.URL, "xuechuang.yaml", "2013-07-15")
	if !a.Editable || a.Version == "" || a.Totals.Tasks != len(a.Tasks) || a.Totals.Tasks == 0 || !strings.Contains(a.Week, "7月15日—7月21日") {
		t.Fatalf("answer: editable %v version %q tasks %d/%d week %q", a.Editable, a.Version, a.Totals.Tasks, len(a.Tasks), a.Week)
	}
	overdue := 0
	for _, tk := range a.Tasks {
		if tk.Overdue {
			overdue++
			if tk.OverdueDays <= 0 {
				t.Errorf("overdue task %s has %d working days overdue", tk.ID, tk.OverdueDays)
			}
		}
	}
	if overdue != a.Totals.Overdue || overdue == 0 {
		t.Errorf("overdue tasks %d, totals say %d", overdue, a.Totals.Overdue)
	}
	if len(a.Letters) == 0 {
		t.Fatal("no 督办 letters")
	}
	for _, l := range a.Letters {
		if l.NoticeFile == "" || l.ReplyFile == "" || !strings.HasSuffix(l.ReplyFile, ".xlsx") {
			t.Errorf("letter to %s: notice %q reply %q", l.Name, l.NoticeFile, l.ReplyFile)
		}
	}
	sum := 0
	for _, sc := range a.Totals.ByStatus {
		sum += sc.Count
	}
	if sum != a.Totals.Tasks {
		t.Errorf("by status adds up to %d of %d", sum, a.Totals.Tasks)
	}
	// An uploaded file is shown but not editable.
	resp, body := post(t, ts.URL+"/api/work", map[string]string{"date": "2013-07-15"}, map[string]file{"data": {"x.yaml", repoFile(t, "data/xuechuang.yaml")}})
	var up workAnswer
	if resp.StatusCode != http.StatusOK || json.Unmarshal(body, &up) != nil || up.Editable {
		t.Errorf("upload: %d editable %v", resp.StatusCode, up.Editable)
	}
}

// TestEditFlow is the clerk's weekly cycle through the API: three tasks
// marked done, a second editor's change of another task kept, the same
// task refused, the history, an undo, a returned list previewed and
// imported — and the file on disk has exactly those changes, comments kept.
func TestEditFlow(t *testing.T) {
	dir, path := seedFolder(t)
	orig, _ := os.ReadFile(path)
	_, ts := testServer(t, Config{DataDir: dir})
	a := workOf(t, ts.URL, "xuechuang.yaml", "2013-09-16")
	// Three tasks to mark done, the overdue ones first; a fourth for the
	// second editor.
	var late []workTask
	var other *workTask
	wasOverdue := 0
	for _, pass := range []bool{true, false} {
		for i, tk := range a.Tasks {
			if tk.Overdue != pass || tk.Status == "已完成" || tk.Status == "已销号" {
				continue
			}
			switch {
			case len(late) < 3:
				late = append(late, tk)
				if tk.Overdue {
					wasOverdue++
				}
			case other == nil:
				other = &a.Tasks[i]
			}
		}
	}
	if len(late) < 3 || other == nil || wasOverdue == 0 {
		t.Fatalf("seed data: %d tasks to mark, %d overdue, other %v", len(late), wasOverdue, other)
	}
	var req editRequest
	req.DataName, req.Version, req.Who = "xuechuang.yaml", a.Version, "王晓兰"
	for i, tk := range late {
		req.Tasks = append(req.Tasks, editValues{ID: tk.ID, Status: str("已完成"), DoneOn: str("2013-09-1" + string(rune('0'+i))), Notes: str("已按期办结")})
	}
	resp, body := postJSON(t, ts.URL+"/api/edit", req)
	var ans editAnswer
	if resp.StatusCode != http.StatusOK || json.Unmarshal(body, &ans) != nil || len(ans.Changes) < 6 || ans.Entry.Who != "王晓兰" {
		t.Fatalf("edit: %d %s", resp.StatusCode, body)
	}
	// A second browser loaded the same version and edits another task.
	resp, body = postJSON(t, ts.URL+"/api/edit", editRequest{DataName: "xuechuang.yaml", Version: a.Version, Who: "李明",
		Tasks: []editValues{{ID: other.ID, Notes: str("第二位同事的备注")}}})
	if resp.StatusCode != http.StatusOK || !strings.Contains(string(body), "一并保留") {
		t.Fatalf("second editor, other task: %d %s", resp.StatusCode, body)
	}
	// …and the same task: refused, saying who changed it.
	resp, body = postJSON(t, ts.URL+"/api/edit", editRequest{DataName: "xuechuang.yaml", Version: a.Version,
		Tasks: []editValues{{ID: late[0].ID, Notes: str("覆盖")}}})
	if e := decodeError(t, resp, body); resp.StatusCode != http.StatusConflict || !strings.Contains(e.Message, "王晓兰") {
		t.Errorf("same task: %d %s", resp.StatusCode, body)
	}
	// The checks of validate: 已完成 without a date, a date on an unfinished task.
	b := workOf(t, ts.URL, "xuechuang.yaml", "2013-09-16")
	resp, body = postJSON(t, ts.URL+"/api/edit", editRequest{DataName: "xuechuang.yaml", Version: b.Version,
		Tasks: []editValues{{ID: other.ID, Status: str("已完成")}}})
	if e := decodeError(t, resp, body); resp.StatusCode != http.StatusUnprocessableEntity || len(e.Problems) == 0 || !strings.Contains(e.Problems[0].Msg, "完成日期") {
		t.Errorf("finished without date: %d %s", resp.StatusCode, body)
	}
	if b.Totals.Overdue != a.Totals.Overdue-wasOverdue {
		t.Errorf("overdue %d → %d, want %d fewer", a.Totals.Overdue, b.Totals.Overdue, wasOverdue)
	}
	// History, newest first; undo the second editor's note.
	_, body = get(t, ts.URL+"/api/history?data_name=xuechuang.yaml")
	var h struct {
		Entries []struct {
			Who     string
			Changes []changeView
		}
	}
	if json.Unmarshal(body, &h) != nil || len(h.Entries) != 2 || h.Entries[0].Who != "李明" || h.Entries[1].Who != "王晓兰" {
		t.Fatalf("history: %s", body)
	}
	beforeUndo, _ := os.ReadFile(path)
	resp, body = postJSON(t, ts.URL+"/api/undo", map[string]string{"data_name": "xuechuang.yaml", "who": "李明"})
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("undo: %d %s", resp.StatusCode, body)
	}
	afterUndo, _ := os.ReadFile(path)
	if bytes.Equal(beforeUndo, afterUndo) || strings.Contains(string(afterUndo), "第二位同事的备注") {
		t.Error("undo did not remove the note")
	}
	// A returned weekly list: preview, then apply.
	c, _, err := load.Bytes(path, afterUndo)
	if err != nil {
		t.Fatal(err)
	}
	var wb bytes.Buffer
	if err := xlsx.Build(xlsx.Weekly, c, time.Date(2013, 9, 16, 0, 0, 0, 0, time.UTC), &wb); err != nil {
		t.Fatal(err)
	}
	ups, err := xlsx.ReadReturned("w.xlsx", wb.Bytes(), c.Year)
	if err != nil || len(ups) == 0 {
		t.Fatalf("weekly list rows: %v", err)
	}
	row := ""
	for _, u := range ups {
		if tk := c.TaskByID(u.TaskID); tk != nil && !tk.Status.Finished() {
			row = strings.TrimPrefix(u.StatusCell, "周工作清单!G")
			break
		}
	}
	if row == "" {
		t.Fatal("no unfinished task on the weekly list")
	}
	edited, err := xlsx.SetCells(wb.Bytes(), map[string]any{"周工作清单!G" + row: "已完成",
		"周工作清单!H" + row: time.Date(2013, 9, 16, 0, 0, 0, 0, time.UTC), "周工作清单!I" + row: "单位报来：已完成"})
	if err != nil {
		t.Fatal(err)
	}
	v := ledger.Version(afterUndo)
	resp, body = post(t, ts.URL+"/api/import", map[string]string{"data_name": "xuechuang.yaml", "version": v}, map[string]file{"file": {"第38周-组织部.xlsx", edited}})
	if resp.StatusCode != http.StatusOK || !strings.Contains(string(body), "确认后写入") {
		t.Fatalf("preview: %d %s", resp.StatusCode, body)
	}
	if now, _ := os.ReadFile(path); !bytes.Equal(now, afterUndo) {
		t.Fatal("preview wrote the file")
	}
	resp, body = post(t, ts.URL+"/api/import", map[string]string{"data_name": "xuechuang.yaml", "version": v, "apply": "1"}, map[string]file{"file": {"第38周-组织部.xlsx", edited}})
	if resp.StatusCode != http.StatusOK || !strings.Contains(string(body), "已从") {
		t.Fatalf("import: %d %s", resp.StatusCode, body)
	}
	final, _ := os.ReadFile(path)
	// Exactly the changes: the original lines all still there in order
	// except the status lines changed, comments untouched.
	if comments(orig) != comments(final) {
		t.Errorf("comments changed:\n%s\n---\n%s", comments(orig), comments(final))
	}
	added := 0
	for _, l := range strings.Split(string(final), "\n") {
		if strings.Contains(l, "已按期办结") || strings.Contains(l, "单位报来") {
			added++
		}
	}
	if added != 4 {
		t.Errorf("%d note lines, want 4", added)
	}
	if _, err := os.Stat(ledger.HistoryPath(path)); err != nil {
		t.Errorf("no history beside the data: %v", err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		t.Errorf("data folder holds %d files, want the data and its history", len(entries))
	}
}

// comments are the comment lines of a YAML file.
func comments(b []byte) string {
	var out []string
	for _, l := range strings.Split(string(b), "\n") {
		if i := strings.Index(l, "#"); i >= 0 && (i == 0 || strings.TrimSpace(l[:i]) == "" || l[i-1] == ' ') {
			out = append(out, strings.TrimSpace(l[i:]))
		}
	}
	return strings.Join(out, "\n")
}

// TestEditRefusals: only YAML files of the data folder are changed, not
// when read-only, and the token guards editing when set.
func TestEditRefusals(t *testing.T) {
	dir, _ := seedFolder(t)
	os.WriteFile(filepath.Join(dir, "x.json"), []byte("{}"), 0o644)
	_, ts := testServer(t, Config{DataDir: dir})
	for _, tc := range []struct {
		name, data string
		code       int
	}{
		{"not in folder", "../xuechuang.yaml", http.StatusNotFound},
		{"json", "x.json", http.StatusUnprocessableEntity},
	} {
		resp, body := postJSON(t, ts.URL+"/api/edit", editRequest{DataName: tc.data, Tasks: []editValues{{ID: "t1", Notes: str("x")}}})
		if resp.StatusCode != tc.code {
			t.Errorf("%s: %d %s", tc.name, resp.StatusCode, body)
		}
	}
	_, ro := testServer(t, Config{DataDir: dir, ReadOnly: true})
	resp, _ := postJSON(t, ro.URL+"/api/edit", editRequest{DataName: "xuechuang.yaml", Tasks: []editValues{{ID: "t1", Notes: str("x")}}})
	if resp.StatusCode != http.StatusForbidden {
		t.Errorf("read-only: %d", resp.StatusCode)
	}
	_, tok := testServer(t, Config{DataDir: dir, Token: "s3cret"})
	resp, _ = postJSON(t, tok.URL+"/api/edit", editRequest{DataName: "xuechuang.yaml", Tasks: []editValues{{ID: "t1", Notes: str("x")}}})
	if resp.StatusCode != http.StatusUnauthorized {
		t.Errorf("no token: %d", resp.StatusCode)
	}
	resp, body := postJSON(t, ts.URL+"/api/edit", editRequest{DataName: "xuechuang.yaml", Tasks: []editValues{{ID: "nope", Status: str("做完了"), DoneOn: str("7月1日")}}})
	if e := decodeError(t, resp, body); resp.StatusCode != http.StatusUnprocessableEntity || len(e.Problems) != 2 {
		t.Errorf("bad values: %d %s", resp.StatusCode, body)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "xuechuang.yaml")); !bytes.Equal(b, repoFile(t, "data/xuechuang.yaml")) {
		t.Error("a refused edit changed the file")
	}
}

// TestEditDecisionAndMeeting: a meeting decision's status goes through the
// same code path, and a new meeting record is appended and can be undone.
func TestEditDecisionAndMeeting(t *testing.T) {
	dir, path := seedFolder(t)
	orig, _ := os.ReadFile(path)
	_, ts := testServer(t, Config{DataDir: dir})
	a := workOf(t, ts.URL, "xuechuang.yaml", "2013-07-15")
	var key string
	for _, d := range a.Decisions {
		if d.Status == "未启动" || d.Status == "推进中" {
			key = d.Key
			break
		}
	}
	if key == "" {
		t.Fatal("seed data: no unfinished decision")
	}
	resp, body := postJSON(t, ts.URL+"/api/edit", editRequest{DataName: "xuechuang.yaml", Version: a.Version,
		Tasks: []editValues{{ID: key, Decision: true, Status: str("已完成"), DoneOn: str("2013-07-10"), Notes: str("已落实")}}})
	if resp.StatusCode != http.StatusOK || !strings.Contains(string(body), "议定事项 "+key) {
		t.Fatalf("decision: %d %s", resp.StatusCode, body)
	}
	b := workOf(t, ts.URL, "xuechuang.yaml", "2013-07-15")
	for _, d := range b.Decisions {
		if d.Key == key && (d.Status != "已完成" || d.DoneOn != "2013-07-10" || d.Notes != "已落实") {
			t.Errorf("decision after edit: %+v", d)
		}
	}
	cad := ""
	if len(b.Cadences) > 0 {
		cad = b.Cadences[0].ID
	}
	resp, body = postJSON(t, ts.URL+"/api/edit", editRequest{DataName: "xuechuang.yaml", Version: b.Version,
		Meeting: &editMeeting{ID: "test-9", Cadence: cad, Name: "领导小组办公室主任会议", Date: "2013-07-12", Place: "第一会议室"}})
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("meeting: %d %s", resp.StatusCode, body)
	}
	if c := workOf(t, ts.URL, "xuechuang.yaml", "2013-07-15"); len(c.Meetings) != len(b.Meetings)+1 {
		t.Errorf("meetings %d → %d", len(b.Meetings), len(c.Meetings))
	}
	resp, body = postJSON(t, ts.URL+"/api/edit", editRequest{DataName: "xuechuang.yaml",
		Meeting: &editMeeting{ID: "a b", Date: "7月12日"}})
	if e := decodeError(t, resp, body); resp.StatusCode != http.StatusUnprocessableEntity || len(e.Problems) != 3 {
		t.Errorf("bad meeting: %d %s", resp.StatusCode, body)
	}
	for range 2 {
		if resp, body := postJSON(t, ts.URL+"/api/undo", map[string]string{"data_name": "xuechuang.yaml"}); resp.StatusCode != http.StatusOK {
			t.Fatalf("undo: %d %s", resp.StatusCode, body)
		}
	}
	if now, _ := os.ReadFile(path); !bytes.Equal(now, orig) {
		t.Error("two undos did not restore the file byte for byte")
	}
}
