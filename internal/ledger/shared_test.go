package ledger

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"gongwen/internal/load"
	"gongwen/internal/model"
)

// sharedData is the test campaign with four units and a task t4 the four
// lead together, with notes of the office's own.
func sharedData(t *testing.T) string {
	t.Helper()
	src, err := os.ReadFile("testdata/campaign.yaml")
	if err != nil {
		t.Fatal(err)
	}
	s := strings.Replace(string(src), "\noffice:", "  - {id: fgw, name: 省发改委}\n  - {id: qzlx, name: 省委群众路线办}\n\noffice:", 1)
	s += `  - id: t4
    title: 制定各专项活动方案
    period: 2月下旬
    phase: fd
    lead: [xcb, qzlx, fgw, zzb]
    status: 推进中
    notes: 牵头单位分头起草，综合组汇总
`
	path := filepath.Join(t.TempDir(), "campaign.yaml")
	if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// A 督办事项回复表 (or weekly list) from one of the four lead units of a
// task records that unit's part only: a dated, attributed progress note
// with its status; the task's notes stay; the task is 已完成 only when the
// last lead unit reports its part done. (QA #8: one unit's 已完成 closed
// the task and replaced its notes.)
func TestSharedTaskClosesWhenEveryLeadUnitIsDone(t *testing.T) {
	path := sharedData(t)
	day := func(s string) *time.Time { d, _ := time.Parse(time.DateOnly, s); return &d }
	done := model.Done
	now := func() time.Time { return time.Date(2013, 7, 20, 10, 0, 0, 0, time.UTC) }
	reply := func(unit, on, notes string) Update {
		return Update{TaskID: "t4", Where: "督办事项回复表!A4", Status: &done, DoneOn: day(on), Notes: &notes,
			StatusCell: "督办事项回复表!E4", DoneCell: "督办事项回复表!F4", NotesCell: "督办事项回复表!G4", By: unit, On: day(on)}
	}
	task := func() *model.Task {
		t.Helper()
		c, _, err := load.File(path)
		if err != nil {
			t.Fatal(err)
		}
		return c.TaskByID("t4")
	}

	res, err := Commit(Save{Path: path, Source: "督办事项回复表（省委宣传部）.xlsx", Now: now, Record: true,
		Update: []Update{reply("宣传部", "2013-07-17", "宣传部承担的方案已印发")}})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Changes) != 1 || res.Changes[0].Key != sharedKey {
		t.Fatalf("changes %+v, want one progress note", res.Changes)
	}
	if got, want := SharedProgress(path, res.After, res.Changes), "任务 t4（制定各专项活动方案）由 4 个单位牵头，宣传部已报完成，省委群众路线办、省发改委、组织部尚未报完成；任务状态仍为“推进中”"; len(got) != 1 || got[0] != want {
		t.Errorf("import says %q, want %q", got, want)
	}
	tk := task()
	if tk.Status != model.InProgress || tk.DoneOn != nil || tk.Notes != "牵头单位分头起草，综合组汇总" {
		t.Errorf("after one unit of four: status %s, done %v, notes %q; want 推进中, none, the office's notes", tk.Status, tk.DoneOn, tk.Notes)
	}
	if p := tk.Record.Progress; len(p) != 1 || p[0].Unit != "xcb" || p[0].Status != model.Done ||
		p[0].Date.Format(time.DateOnly) != "2013-07-17" || p[0].Text != "宣传部承担的方案已印发" {
		t.Errorf("progress %+v", p)
	}

	// The same form again changes nothing.
	res, err = Commit(Save{Path: path, Now: now, Record: true, Update: []Update{reply("宣传部", "2013-07-17", "宣传部承担的方案已印发")}})
	if err != nil || len(res.Changes) != 0 {
		t.Fatalf("re-import: %v, %d changes", err, len(res.Changes))
	}

	// Two more units; then a unit still at work; the task stays open.
	for _, u := range []Update{reply("省委群众路线办", "2013-07-18", ""), reply("省发改委", "2013-07-19", "已印发")} {
		if _, err := Commit(Save{Path: path, Now: now, Record: true, Update: []Update{u}}); err != nil {
			t.Fatal(err)
		}
	}
	going := model.InProgress
	if _, err := Commit(Save{Path: path, Now: now, Record: true, Update: []Update{{TaskID: "t4", Status: &going,
		Notes: ptr("正在征求意见"), By: "组织部", On: day("2013-07-19")}}}); err != nil {
		t.Fatal(err)
	}
	tk = task()
	if tk.Status != model.InProgress || len(tk.Record.Progress) != 4 {
		t.Fatalf("three of four done: status %s, %d notes", tk.Status, len(tk.Record.Progress))
	}
	if n := tk.Record.Progress[1]; n.Text != "本单位承担的部分已完成" || n.Unit != "qzlx" {
		t.Errorf("a reply without notes: %+v", n)
	}

	// The last lead unit's 已完成 closes the task on its day.
	res, err = Commit(Save{Path: path, Now: now, Record: true, Update: []Update{reply("组织部", "2013-07-22", "组织部方案已印发")}})
	if err != nil {
		t.Fatal(err)
	}
	if got := SharedProgress(path, res.After, res.Changes); len(got) != 1 || !strings.HasSuffix(got[0], "各牵头单位均已报完成；任务记为“已完成”") {
		t.Errorf("import says %q", got)
	}
	tk = task()
	if tk.Status != model.Done || tk.DoneOn == nil || tk.DoneOn.Format(time.DateOnly) != "2013-07-22" ||
		tk.Notes != "牵头单位分头起草，综合组汇总" || len(tk.Record.Progress) != 5 {
		t.Errorf("all four done: status %s, done %v, notes %q, %d notes", tk.Status, tk.DoneOn, tk.Notes, len(tk.Record.Progress))
	}

	// A task with one lead unit is closed by it, as before.
	if _, err := Commit(Save{Path: path, Now: now, Record: true, Update: []Update{{TaskID: "t1", Status: &done,
		DoneOn: day("2013-07-20"), Notes: ptr("已印发"), By: "组织部", On: day("2013-07-20")}}}); err != nil {
		t.Fatal(err)
	}
	c, _, _ := load.File(path)
	if t1 := c.TaskByID("t1"); t1.Status != model.Done || t1.Notes != "已印发" {
		t.Errorf("single lead: status %s notes %q", t1.Status, t1.Notes)
	}
}

// A task with no lead unit and two responsible units (quzhengfu's spaq:
// 区市场监管局 and 各街道) is chased from both: one unit's reply is its
// part, the other's closes the task, on the later of their 完成日期 —
// kept in the notes apart from the 填报日期. (QA, issue 15: 各街道's reply
// closed spaq and replaced its notes; its 完成日期 was lost.)
func TestResponsibleUnitsShareATaskWithoutLead(t *testing.T) {
	src, err := os.ReadFile("testdata/campaign.yaml")
	if err != nil {
		t.Fatal(err)
	}
	s := string(src) + `  - id: t5
    title: 开展食品安全检查
    period: 2月下旬
    phase: fd
    units: [zzb, xcb]
    status: 推进中
    notes: 两单位分头检查
`
	path := filepath.Join(t.TempDir(), "campaign.yaml")
	if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
	day := func(s string) *time.Time { d, _ := time.Parse(time.DateOnly, s); return &d }
	done := model.Done
	now := func() time.Time { return time.Date(2013, 7, 20, 10, 0, 0, 0, time.UTC) }
	reply := func(unit, doneOn, on, notes string) Update {
		return Update{TaskID: "t5", Where: "督办事项回复表!A4", Status: &done, DoneOn: day(doneOn), Notes: &notes,
			StatusCell: "督办事项回复表!E4", DoneCell: "督办事项回复表!F4", NotesCell: "督办事项回复表!G4", By: unit, On: day(on)}
	}
	task := func() *model.Task {
		t.Helper()
		c, _, err := load.File(path)
		if err != nil {
			t.Fatal(err)
		}
		return c.TaskByID("t5")
	}

	// The second unit finishes first but reports later.
	res, err := Commit(Save{Path: path, Now: now, Record: true, Update: []Update{reply("宣传部", "2013-07-18", "2013-07-19", "宣传部检查完毕")}})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Changes) != 1 || res.Changes[0].Key != sharedKey || len(res.Notes) != 0 {
		t.Fatalf("changes %+v, notes %d; want one progress note", res.Changes, len(res.Notes))
	}
	if got, want := SharedProgress(path, res.After, res.Changes), "任务 t5（开展食品安全检查）由 2 个单位负责，宣传部已报完成，组织部尚未报完成；任务状态仍为“推进中”"; len(got) != 1 || got[0] != want {
		t.Errorf("import says %q, want %q", got, want)
	}
	tk := task()
	if tk.Status != model.InProgress || tk.DoneOn != nil || tk.Notes != "两单位分头检查" {
		t.Errorf("after one unit of two: status %s, done %v, notes %q; want 推进中, none, the office's notes", tk.Status, tk.DoneOn, tk.Notes)
	}
	if p := tk.Record.Progress; len(p) != 1 || p[0].Unit != "xcb" || p[0].Status != model.Done ||
		p[0].Date.Format(time.DateOnly) != "2013-07-19" || p[0].DoneOn == nil || p[0].DoneOn.Format(time.DateOnly) != "2013-07-18" {
		t.Errorf("progress %+v; want 宣传部's note of 7-19, done 7-18", p)
	}

	// The other unit finished earlier: the task closes on 7-18, the
	// later of the two parts.
	res, err = Commit(Save{Path: path, Now: now, Record: true, Update: []Update{reply("组织部", "2013-07-16", "2013-07-20", "组织部检查完毕")}})
	if err != nil {
		t.Fatal(err)
	}
	if got := SharedProgress(path, res.After, res.Changes); len(got) != 1 || !strings.HasSuffix(got[0], "各责任单位均已报完成；任务记为“已完成”") {
		t.Errorf("import says %q", got)
	}
	tk = task()
	if tk.Status != model.Done || tk.DoneOn == nil || tk.DoneOn.Format(time.DateOnly) != "2013-07-18" ||
		tk.Notes != "两单位分头检查" || len(tk.Record.Progress) != 2 {
		t.Errorf("both done: status %s, done %v, notes %q, %d notes; want 已完成 on 2013-07-18, the office's notes, 2 notes",
			tk.Status, tk.DoneOn, tk.Notes, len(tk.Record.Progress))
	}
	if n := tk.Record.Progress[1]; n.DoneOn == nil || n.DoneOn.Format(time.DateOnly) != "2013-07-16" {
		t.Errorf("组织部's note %+v; want done_on 2013-07-16", n)
	}
}

// A reply whose 完成日期 is its 填报日期 writes no done_on: the note's date
// says it.
func TestSharedNoteWithoutSeparateDoneDay(t *testing.T) {
	path := sharedData(t)
	done := model.Done
	d := time.Date(2013, 7, 17, 0, 0, 0, 0, time.UTC)
	notes := "已印发"
	res, err := Commit(Save{Path: path, DryRun: true, Record: true, Now: func() time.Time { return d },
		Update: []Update{{TaskID: "t4", Status: &done, DoneOn: &d, On: &d, Notes: &notes, By: "宣传部"}}})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Changes) != 1 || strings.Contains(res.Changes[0].Edit.Text, "done_on") {
		t.Errorf("changes %+v; want one note without done_on", res.Changes)
	}
}

// A single lead unit's notes go both into the task's notes and, dated,
// into its record: the import counts both (QA: 「共 3 处改动」 with a
// fourth, the progress note, written too).
func TestImportCountsTheProgressNote(t *testing.T) {
	path := sharedData(t)
	done := model.Done
	d := time.Date(2013, 7, 17, 0, 0, 0, 0, time.UTC)
	notes := "已印发"
	res, err := Commit(Save{Path: path, DryRun: true, Record: true, Now: func() time.Time { return d },
		Update: []Update{{TaskID: "t1", Status: &done, DoneOn: &d, On: &d, Notes: &notes, By: "组织部", StatusCell: "A!E4", DoneCell: "A!F4", NotesCell: "A!G4"}}})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Changes) != 3 || len(res.Notes) != 1 {
		t.Fatalf("%d changes, %d notes; want status, done_on, notes and one progress note", len(res.Changes), len(res.Notes))
	}
	var b strings.Builder
	PrintChanges(&b, "campaign.yaml", res.Before, res.Changes, res.Notes)
	if out := b.String(); !strings.HasSuffix(out, "共 4 处改动\n") || !strings.Contains(out, "进展记录 record.progress") || !strings.Contains(out, "+          text: 已印发") {
		t.Errorf("printed:\n%s", out)
	}
}
