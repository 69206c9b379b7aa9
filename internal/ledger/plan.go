package ledger

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"

	"gongwen/internal/meetings"
	"gongwen/internal/model"
)

// Update is what one row of a returned list, or one save on the page,
// says about a task or a decision. Nil fields leave the value as it is.
// It has the fields of xlsx.Update, so a workbook's rows convert.
type Update struct {
	// TaskID is the task id, or with Decision set the decision's key
	// (meetings.DecisionTaskID: meeting id and 1-based index).
	TaskID   string
	Decision bool
	Where    string // where the row came from, for messages
	// Occurrence is the due date of the occurrence of a recurring deadline
	// the row reports (occurrence.go), nil for the whole task.
	Occurrence *time.Time
	// Report says the occurrence is one of the reporting rule that covers
	// the task (任务标识@报送2023-03-30): its date goes to submitted.
	Report bool
	Status *model.Status
	DoneOn *time.Time
	Notes  *string
	// Where each value came from, for messages: sheet!cell, or a form field.
	StatusCell, DoneCell, NotesCell string
	// By and On are the 填报单位 and 填报日期 written on the returned form
	// ("" and nil when it has none): the notes are recorded as that unit's
	// on that day (progress.go). SignedCell is where On was read.
	By         string
	On         *time.Time
	SignedCell string
}

// Change is one value an update changes in the file.
type Change struct {
	TaskID   string // task id, or the decision's key (Decision set)
	Decision bool
	Key      string
	Where    string // where the value came from
	Text     string // the new value as YAML
	Old      string // the value it replaces, as the file wrote it ("" when absent)
	OldSet   bool   // the key was present
	Delete   bool   // the key is removed
	Edit     Edit
	// By and On are the update's 填报单位 and 填报日期 (Update.By, .On).
	By string
	On *time.Time
}

// What names the changed item in messages: 任务 t3, 议定事项 bgs-1-jy2.
func (ch Change) What() string {
	if ch.Decision {
		return "议定事项 " + ch.TaskID
	}
	return "任务 " + ch.TaskID
}

// Plan compares each update with the task or decision in the file and
// plans the edits. An update whose task id or decision key is not in the
// file is a problem; a task id that is not a task's but a decision's
// derived task id (a 督办事项回复表 row) updates the decision. A decision
// without a status is 未启动, so an update that says 未启动 adds no status
// line to it. dataName names the file in messages.
func (yt *Doc) Plan(ups []Update, dataName string) ([]Change, []string) {
	var changes []Change
	var problems []string
	for _, u := range ups {
		what := "任务"
		m, ok := yt.ByID[u.TaskID]
		if !ok && !u.Decision {
			// A 督办事项回复表 lists a supervised decision under its derived
			// task id (meetings.DecisionTaskID) in the 任务标识 column: the
			// data keeps it as a decision of its meeting.
			if _, isDecision := yt.Decisions[u.TaskID]; isDecision {
				u.Decision = true
			}
		}
		if u.Decision {
			what = "议定事项"
			m, ok = yt.Decisions[u.TaskID]
		}
		if ok && u.Occurrence != nil {
			// Left by Commit when the data did not load: its deadline's
			// occurrences are unknown.
			problems = append(problems, fmt.Sprintf("%s: 此行报的是任务 %s 的 %s 一次，但数据文件有误，无法确定其期限的各次", u.Where, u.TaskID, cnDate(*u.Occurrence)))
			continue
		}
		if !ok {
			if u.Decision {
				which := "不是“会议标识-jy序号”的形式"
				if mid, i, ok := meetings.ParseDecisionTaskID(u.TaskID); ok {
					which = fmt.Sprintf("即会议 %s 的第 %d 项议定事项，在 %s 中不存在（会议或议定事项已删除，或议定事项的顺序变了？）", mid, i+1, dataName)
				}
				problems = append(problems, fmt.Sprintf("%s: 议定事项标识 %s %s，此行无法对应", u.Where, u.TaskID, which))
			} else {
				problems = append(problems, fmt.Sprintf("%s: 任务标识 %s 在 %s 中不存在（任务已删除或改了标识？），此行无法对应", u.Where, u.TaskID, dataName))
			}
			continue
		}
		old := func(key string) (string, bool) {
			v := Value(m, key)
			if v == nil {
				return "", false
			}
			return v.Value, true
		}
		add := func(key, text, where string, after []string) {
			e, err := yt.SetField(m, key, text, after)
			if err != nil {
				if errors.Is(err, ErrFlow) {
					err = fmt.Errorf("%s %s 在数据文件中使用了流式写法 {…}，无法就地修改", what, u.TaskID)
				}
				problems = append(problems, fmt.Sprintf("%s: %v", where, err))
				return
			}
			o, set := old(key)
			changes = append(changes, Change{TaskID: u.TaskID, Decision: u.Decision, Key: key, Where: where, Text: text, Old: o, OldSet: set, Edit: e, By: u.By, On: u.On})
		}
		current := func() *model.Status {
			if v := Value(m, "status"); v != nil {
				s := model.Status(v.Value)
				return &s
			}
			if u.Decision {
				s := model.NotStarted
				return &s
			}
			return nil
		}
		if cur := current(); u.Status != nil && *u.Status == model.NotStarted && cur != nil && *cur != model.NotStarted && !u.Decision {
			// Work does not become un-started: a row saying 未启动 of a
			// task the data has as started is a list built before it
			// started (or before another row of the same list, a report,
			// started it), returned untouched.
			u.Status = nil
		}
		if u.Status != nil {
			// A task without a status is 未启动: a list that prints so
			// and comes back unchanged changes nothing.
			if cur := current(); (cur == nil && *u.Status != model.NotStarted) || cur != nil && *cur != *u.Status {
				add("status", Scalar(string(*u.Status), Value(m, "status")), u.StatusCell, after("status", u.Decision))
			}
		}
		status := u.Status
		if status == nil {
			status = current()
		}
		finished := status != nil && status.Finished()
		done := Value(m, "done_on")
		switch {
		case u.DoneOn != nil && !finished:
			problems = append(problems, fmt.Sprintf("%s: 填了完成日期，但状态是“%s”；已完成的请把状态改为 已完成 或 已销号", u.DoneCell, deref(status)))
		case u.DoneOn != nil:
			if done == nil || !SameDate(done, *u.DoneOn) {
				add("done_on", Date(*u.DoneOn), u.DoneCell, after("done_on", u.Decision))
			}
		case finished && done == nil:
			where := u.DoneCell
			if where == "" {
				where = u.StatusCell
			}
			problems = append(problems, fmt.Sprintf("%s: 状态为“%s”的%s须填写完成日期", where, *status, what))
		case !finished && done != nil && u.Status != nil:
			// Back to unfinished: the old completion date no longer holds.
			e, err := yt.DeleteField(m, what+" "+u.TaskID, "done_on")
			if err != nil {
				problems = append(problems, fmt.Sprintf("%s: %v", u.StatusCell, err))
			} else {
				changes = append(changes, Change{TaskID: u.TaskID, Decision: u.Decision, Key: "done_on", Where: u.StatusCell,
					Old: done.Value, OldSet: true, Edit: e, Delete: true})
			}
		}
		if u.Notes != nil {
			// Cells lose a block scalar's final newline and the reader trims
			// the cell: compare without surrounding blanks.
			if v := Value(m, "notes"); v == nil || strings.TrimSpace(v.Value) != strings.TrimSpace(*u.Notes) {
				if v == nil && strings.TrimSpace(*u.Notes) == "" {
					continue
				}
				add("notes", Scalar(*u.Notes, v), u.NotesCell, after("notes", u.Decision))
			}
		}
	}
	return changes, problems
}

// after names the keys a new key's line follows, nearest first: a task's
// status goes after what says who does it, a decision's after its due
// date; done_on after status, notes after done_on.
func after(key string, decision bool) []string {
	var last []string // where a decision's keys go when the ones before are absent too
	statusAfter := []string{"deliverable", "units", "lead", "activity", "group", "phase"}
	if decision {
		statusAfter = []string{"due", "owner", "text"}
		last = statusAfter
	}
	switch key {
	case "status":
		return statusAfter
	case "done_on":
		return append([]string{"status"}, last...)
	}
	return append([]string{"done_on", "status"}, last...)
}

func deref(s *model.Status) string {
	if s == nil {
		return ""
	}
	return string(*s)
}

// Verify re-reads the edited file and checks every changed key holds
// what the change said: anything else is a bug of the splicer, and the
// file must not be written.
func Verify(out []byte, changes []Change) error {
	yt, err := Parse(out)
	if err != nil {
		return fmt.Errorf("修改后的数据无法读取：%w", err)
	}
	for _, ch := range changes {
		m := yt.ByID[ch.TaskID]
		if ch.Decision {
			m = yt.Decisions[ch.TaskID]
		}
		if m == nil {
			return fmt.Errorf("修改后找不到%s", ch.What())
		}
		if ch.Key == reportedKey || ch.Key == submittedKey || ch.Key == unitsSubmittedKey {
			if v := Value(m, ch.Key); !sameReported(v, ch.Text) {
				return fmt.Errorf("%s 的 %s 修改后与要求的 %s 不符", ch.What(), ch.Key, ch.Text)
			}
			continue
		}
		if ch.Key == sharedKey {
			// A note appended to the record: the load after Verify reads it.
			continue
		}
		v := Value(m, ch.Key)
		if ch.Delete {
			if v != nil {
				return fmt.Errorf("%s 的 %s 未能删除", ch.What(), ch.Key)
			}
			continue
		}
		var want yaml.Node
		if err := yaml.Unmarshal([]byte("x: "+ch.Text), &want); err != nil || v == nil || len(want.Content) == 0 {
			return fmt.Errorf("%s 的 %s 修改后无法读取", ch.What(), ch.Key)
		}
		if w := Value(want.Content[0], "x"); w == nil || w.Value != v.Value {
			return fmt.Errorf("%s 的 %s 修改后为“%s”，与要求的值不符", ch.What(), ch.Key, v.Value)
		}
	}
	return nil
}

// Edits are the edits of changes, for Apply.
func Edits(changes []Change) []Edit {
	edits := make([]Edit, len(changes))
	for i, ch := range changes {
		edits[i] = ch.Edit
	}
	return edits
}

// PrintChanges lists the changes like a diff: the place, then the old and
// the new lines.
func PrintChanges(w io.Writer, file string, src []byte, changes []Change, notes []Edit) {
	sorted := append([]Change(nil), changes...)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].Edit.Start < sorted[j].Edit.Start })
	for _, ch := range sorted {
		e := ch.Edit
		line := bytes.Count(src[:e.Start], []byte("\n")) + 1
		ls := bytes.LastIndexByte(src[:e.Start], '\n') + 1
		le := len(src)
		if i := bytes.IndexByte(src[e.End:], '\n'); i >= 0 {
			le = e.End + i
		}
		fmt.Fprintf(w, "%s:%d: %s 的 %s（来自 %s）\n", file, line, ch.What(), ch.Key, ch.Where)
		if ch.Delete {
			for _, l := range strings.Split(strings.TrimSuffix(string(src[e.Start:e.End]), "\n"), "\n") {
				fmt.Fprintf(w, "-%s\n", l)
			}
			continue
		}
		if e.Start == e.End {
			for _, l := range strings.Split(strings.Trim(e.Text, "\n"), "\n") {
				fmt.Fprintf(w, "+%s\n", l)
			}
			continue
		}
		for _, l := range strings.Split(string(src[ls:le]), "\n") {
			fmt.Fprintf(w, "-%s\n", l)
		}
		for _, l := range strings.Split(string(src[ls:e.Start])+e.Text+string(src[e.End:le]), "\n") {
			fmt.Fprintf(w, "+%s\n", l)
		}
	}
	for _, e := range notes {
		fmt.Fprintf(w, "%s:%d: 进展记录 record.progress\n", file, bytes.Count(src[:e.Start], []byte("\n"))+1)
		for _, l := range strings.Split(strings.Trim(e.Text, "\n"), "\n") {
			fmt.Fprintf(w, "+%s\n", l)
		}
	}
	fmt.Fprintf(w, "共 %d 处改动\n", len(changes)+len(notes))
}
