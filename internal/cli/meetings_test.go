package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gongwen/internal/ledger"
	"gongwen/internal/load"
	"gongwen/internal/xlsx"
)

const seedData = "../../data/xuechuang.yaml"

func TestMeetingsCommand(t *testing.T) {
	var out, errOut bytes.Buffer
	ios := &IOStreams{Out: &out, ErrOut: &errOut}
	err := runMeetings(&meetingsOptions{IO: ios, Data: seedData, From: "2013-09-28", To: "2013-10-15", Date: "2013-07-15"})
	if err != nil {
		t.Fatalf("%v\n%s", err, errOut.String())
	}
	want := []string{
		// The weekday in a column of its own (QA: it moved with the date's width).
		"2013年9月30日  一   待召开  工作例会（领导小组办公室会议室）",
		"2013年10月8日  二   待召开  工作例会（遇国庆节顺延，领导小组办公室会议室）",
		"2013年10月14日 一   待召开  工作例会（领导小组办公室会议室）",
		"共 3 次会议，截至 2013年7月15日 已召开 0 次",
	}
	if got := strings.TrimSpace(out.String()); got != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", got, strings.Join(want, "\n"))
	}

	out.Reset()
	if err := runMeetings(&meetingsOptions{IO: ios, Data: seedData, JSON: true, Date: "2013-07-15"}); err != nil {
		t.Fatal(err)
	}
	var list []meetingJSON
	if err := json.Unmarshal(out.Bytes(), &list); err != nil {
		t.Fatal(err)
	}
	var held, unscheduled int
	for _, m := range list {
		if m.Status == "已召开" {
			held++
			if m.ID == "ldxz-1" && (len(m.Decisions) != 3 || m.Decisions[0].Task != "ldxz-1-jy1" || m.Decisions[1].Task != "") {
				t.Errorf("ldxz-1 decisions %+v", m.Decisions)
			}
		}
		if m.Unscheduled {
			unscheduled++
		}
	}
	if held != 5 || unscheduled != 3 {
		t.Errorf("%d held, %d unscheduled", held, unscheduled)
	}

	out.Reset()
	if err := runMeetings(&meetingsOptions{IO: ios, Data: seedData, Decisions: true}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "lh-28-jy1") || !strings.Contains(out.String(), "共 7 项") {
		t.Errorf("decisions:\n%s", out.String())
	}

	for _, bad := range []meetingsOptions{{From: "9月1日"}, {From: "2013-10-01", To: "2013-09-01"}} {
		bad.IO, bad.Data = ios, seedData
		if err := runMeetings(&bad); err == nil || meetingExit(err) != exitUsage {
			t.Errorf("%+v: err %v", bad, err)
		}
	}
}

func meetingExit(err error) int {
	if e, ok := err.(*exitError); ok {
		return e.code
	}
	return exitInternal
}

// copySeed puts the seed data into a temporary folder.
func copySeed(t *testing.T) (string, []byte) {
	t.Helper()
	src, err := os.ReadFile(seedData)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "xuechuang.yaml")
	if err := os.WriteFile(path, src, 0o644); err != nil {
		t.Fatal(err)
	}
	return path, src
}

func receiptBook(t *testing.T, dir string, form xlsx.ReceiptForm, cells map[string]any) string {
	t.Helper()
	var b bytes.Buffer
	if err := xlsx.BuildReceipt(nil, form, &b); err != nil {
		t.Fatal(err)
	}
	edited, err := xlsx.SetCells(b.Bytes(), cells)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "回执.xlsx")
	if err := os.WriteFile(path, edited, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// diffLines returns the lines of b not in a and of a not in b.
func diffLines(a, b []byte) (added, removed []string) {
	count := map[string]int{}
	for _, l := range strings.Split(string(a), "\n") {
		count[l]++
	}
	for _, l := range strings.Split(string(b), "\n") {
		if count[l] > 0 {
			count[l]--
			continue
		}
		added = append(added, l)
	}
	for l, n := range count {
		for ; n > 0; n-- {
			removed = append(removed, l)
		}
	}
	return added, removed
}

func TestImportReceipt(t *testing.T) {
	cases := []struct {
		name    string
		form    xlsx.ReceiptForm
		date    string // --meeting-date
		added   []string
		removed []string
	}{
		{"held meeting", xlsx.ReceiptForm{MeetingID: "bgs-2", Units: []string{"综合组", "宣传组"}}, "",
			[]string{`    attendees: ["王晓兰（综合组副组长）", "李明（宣传组）"]`}, []string{"    attendees: [zhz, xcz, ddz]"}},
		// A meeting not yet in the data is recorded on the day the user
		// gives, not on the schedule's planned day (2013-09-16).
		{"planned meeting", xlsx.ReceiptForm{MeetingID: "zrhy-2013-09-16", Units: []string{"综合组", "宣传组"}}, "2013-09-24",
			[]string{"  - id: zrhy-2013-09-16", "    cadence: zrhy", "    name: 领导小组办公室主任会议", "    date: 2013-09-24",
				`    attendees: ["王晓兰（综合组副组长）", "李明（宣传组）"]`}, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			data, src := copySeed(t)
			book := receiptBook(t, filepath.Dir(data), tc.form, map[string]any{
				xlsx.ReceiptSheet + "!B4": "王晓兰", xlsx.ReceiptSheet + "!C4": "副组长", xlsx.ReceiptSheet + "!B5": "李明"})
			var out, errOut bytes.Buffer
			ios := &IOStreams{Out: &out, ErrOut: &errOut}
			// Dry run: nothing written.
			if tc.date != "" {
				// Without the meeting's real date nothing is recorded.
				err := runImportReplies(&importRepliesOptions{IO: ios, File: book, Data: data})
				if now, _ := os.ReadFile(data); err == nil || !bytes.Equal(now, src) || !strings.Contains(errOut.String(), "--meeting-date") {
					t.Fatalf("a planned meeting without --meeting-date: err %v\n%s", err, errOut.String())
				}
			}
			if err := runImportReplies(&importRepliesOptions{IO: ios, File: book, Data: data, DryRun: true, MeetingDate: tc.date}); err != nil {
				t.Fatalf("%v\n%s", err, errOut.String())
			}
			if now, _ := os.ReadFile(data); !bytes.Equal(now, src) {
				t.Fatal("dry run changed the data")
			}
			if err := runImportReplies(&importRepliesOptions{IO: ios, File: book, Data: data, MeetingDate: tc.date}); err != nil {
				t.Fatalf("%v\n%s", err, errOut.String())
			}
			now, _ := os.ReadFile(data)
			added, removed := diffLines(src, now)
			if strings.Join(added, "\n") != strings.Join(tc.added, "\n") || strings.Join(removed, "\n") != strings.Join(tc.removed, "\n") {
				t.Errorf("added\n%s\nremoved\n%s", strings.Join(added, "\n"), strings.Join(removed, "\n"))
			}
			c, _, err := load.File(data)
			if err != nil {
				t.Fatal(err)
			}
			if m := c.MeetingByID(tc.form.MeetingID); m == nil || len(m.Attendees) != 2 {
				t.Errorf("meeting %s: %+v", tc.form.MeetingID, m)
			}
			// The change is in the history beside the data, as every
			// writer's is; a new meeting record can be undone.
			if hist, err := ledger.History(data); err != nil || len(hist) != 1 || len(hist[0].Fields) != 1 {
				t.Errorf("history: %+v %v", hist, err)
			} else if hist[0].Fields[0].Meeting {
				if _, err := ledger.Undo(data, "", nil); err != nil {
					t.Fatal(err)
				}
				if b, _ := os.ReadFile(data); !bytes.Equal(b, src) {
					t.Error("undoing the new meeting did not restore the file")
				}
				os.WriteFile(data, now, 0o644)
			}
			// Importing the same receipt again changes nothing.
			out.Reset()
			if err := runImportReplies(&importRepliesOptions{IO: ios, File: book, Data: data}); err != nil {
				t.Fatal(err)
			}
			if again, _ := os.ReadFile(data); !bytes.Equal(again, now) || !strings.Contains(out.String(), "没有变化") {
				t.Errorf("second import: %s", out.String())
			}
		})
	}
}

func TestImportReceiptErrors(t *testing.T) {
	data, src := copySeed(t)
	dir := filepath.Dir(data)
	var out, errOut bytes.Buffer
	ios := &IOStreams{Out: &out, ErrOut: &errOut}
	book := receiptBook(t, dir, xlsx.ReceiptForm{MeetingID: "no-such-meeting", Units: []string{"综合组"}},
		map[string]any{xlsx.ReceiptSheet + "!B4": "王晓兰"})
	err := runImportReplies(&importRepliesOptions{IO: ios, File: book, Data: data})
	if meetingExit(err) != exitBadInput || !strings.Contains(errOut.String(), "参会回执!A4") {
		t.Errorf("unknown meeting: %v\n%s", err, errOut.String())
	}
	errOut.Reset()
	book = receiptBook(t, dir, xlsx.ReceiptForm{MeetingID: "bgs-2", Units: []string{"综合组"}},
		map[string]any{xlsx.ReceiptSheet + "!B4": "王晓兰", xlsx.ReceiptSheet + "!F4": ""})
	err = runImportReplies(&importRepliesOptions{IO: ios, File: book, Data: data})
	if meetingExit(err) != exitBadInput || !strings.Contains(errOut.String(), "F4") {
		t.Errorf("cleared id: %v\n%s", err, errOut.String())
	}
	if now, _ := os.ReadFile(data); !bytes.Equal(now, src) {
		t.Error("a failed import changed the data")
	}
}

// A 督办事项回复表 goes through the weekly-list import: only the task's
// status, completion date and notes change.
func TestImportSupervisionReply(t *testing.T) {
	data, src := copySeed(t)
	c, _, err := load.File(data)
	if err != nil {
		t.Fatal(err)
	}
	tk := c.Tasks[3]
	var b bytes.Buffer
	r := xlsx.SupervisionReply{Title: "督办事项回复表", Tasks: []xlsx.ReplyTask{{ID: tk.ID, Task: tk.Title, Status: tk.Status}}}
	if err := xlsx.BuildSupervisionReply(c, r, &b); err != nil {
		t.Fatal(err)
	}
	edited, err := xlsx.SetCells(b.Bytes(), map[string]any{
		xlsx.ReplySheet + "!E4": "已完成", xlsx.ReplySheet + "!F4": "2013-07-16", xlsx.ReplySheet + "!G4": "已按要求完成。"})
	if err != nil {
		t.Fatal(err)
	}
	book := filepath.Join(filepath.Dir(data), "回复表.xlsx")
	os.WriteFile(book, edited, 0o644)
	var out, errOut bytes.Buffer
	if err := runImportReplies(&importRepliesOptions{IO: &IOStreams{Out: &out, ErrOut: &errOut}, File: book, Data: data}); err != nil {
		t.Fatalf("%v\n%s", err, errOut.String())
	}
	now, _ := os.ReadFile(data)
	added, _ := diffLines(src, now)
	joined := strings.Join(added, "\n")
	for _, w := range []string{"status: 已完成", "done_on: 2013-07-16", "notes: 已按要求完成。"} {
		if !strings.Contains(joined, w) {
			t.Errorf("%q not added:\n%s", w, joined)
		}
	}
	if len(added) > 3 {
		t.Errorf("more than the task's fields changed:\n%s", joined)
	}
	c2, _, err := load.File(data)
	if err != nil {
		t.Fatal(err)
	}
	if got := c2.TaskByID(tk.ID); got.Status != "已完成" || got.Notes != "已按要求完成。" {
		t.Errorf("task %+v", got)
	}
}

// 2月28日 to 7月15日 is 94 working days late, counted by hand: March 21,
// April 21 (清明, 劳动节 off; 4-7, 4-27, 4-28 worked), May 22, June 19
// (端午 off; 6-8, 6-9 worked), July 1–15 11.
func TestSuperviseCommand(t *testing.T) {
	var out, errOut bytes.Buffer
	ios := &IOStreams{Out: &out, ErrOut: &errOut}
	if err := runSupervise(&superviseOptions{IO: ios, Data: seedData, Date: "2013-07-15", Warn: 3, Reply: 3}); err != nil {
		t.Fatalf("%v\n%s", err, errOut.String())
	}
	text := out.String()
	if strings.Contains(text, "综合组（逾期") {
		t.Errorf("a letter to the office's own group:\n%s", text)
	}
	for _, w := range []string{"中共湖北省委宣传部（逾期 1 项，临期 0 项）", "2013年2月28日  逾期94个工作日", "截至 2013年7月15日：督办任务 2 项（逾期 2、临期 0），涉及 4 个单位；回复期限 2013年7月18日",
		// A unit's open meeting decision is supervised as build's 督办通知
		// supervises it, without --decisions.
		"湖北省发展和改革委员会（逾期 2 项，临期 0 项）", "各牵头单位6月10日前报送专项活动上半年进展情况（推进中）",
		// The 综合组's own work is for the 工作例会, not a 督办通知.
		"列入下次工作例会议程（办公室工作组，不发督办通知）：\n  督促综合组：召开市州现场推进会（逾期11个工作日）"} {
		if !strings.Contains(text, w) {
			t.Errorf("%q missing:\n%s", w, text)
		}
	}
	out.Reset()
	if err := runSupervise(&superviseOptions{IO: ios, Data: seedData, Date: "2013-07-15", Warn: 3, Reply: 3, Decisions: true, JSON: true}); err != nil {
		t.Fatal(err)
	}
	var s superviseJSON
	if err := json.Unmarshal(out.Bytes(), &s); err != nil {
		t.Fatal(err)
	}
	if s.Tasks != 2 || s.ReplyBy != "2013-07-18" || len(s.Meeting) != 1 {
		t.Errorf("with decisions: %+v", s)
	}
	if err := runSupervise(&superviseOptions{IO: ios, Data: seedData, Warn: 3, Reply: 0}); meetingExit(err) != exitUsage {
		t.Errorf("--reply 0: %v", err)
	}
}
