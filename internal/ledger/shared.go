package ledger

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"gongwen/internal/load"
	"gongwen/internal/model"
)

// A task with several lead units (four units share 制定各专项活动方案) is
// not done when one of them says so. Each lead unit's form reports its own
// part: its row is recorded as that unit's dated progress note, with the
// status it reported, and never replaces the task's notes (备注, which the
// office keeps). The task itself becomes 已完成 only with the report that
// leaves no lead unit whose part is open.

// sharedKey is the Change.Key of a lead unit's part recorded in a shared
// task's record.
const sharedKey = "record.progress"

// shareUpdates takes out of ups the rows a lead unit of a shared task
// returned (the form names the unit, Update.By) and plans each as a
// progress note (a Change with Key sharedKey), marked with the unit's
// status. What remains of such a row for the task is at most its closing:
// status and completion date once every lead unit has reported its part
// finished, and 推进中 for a task not yet begun. day dates the notes of a
// form without 填报日期.
func (yt *Doc) shareUpdates(c *model.Campaign, ups []Update, day time.Time) ([]Update, []Change) {
	var rest []Update
	var notes []Change
	for _, u := range ups {
		t := c.TaskByID(u.TaskID)
		unit := unitID(c, u.By)
		m := yt.ByID[u.TaskID]
		if u.Decision || t == nil || m == nil || unit == "" {
			rest = append(rest, u)
			continue
		}
		leads := chased(c, t)
		if len(leads) < 2 || !slices.Contains(leads, unit) {
			rest = append(rest, u)
			continue
		}
		finished := u.Status != nil && u.Status.Finished()
		text := ""
		if u.Notes != nil {
			text = strings.TrimSpace(*u.Notes)
		}
		if text == "" && finished {
			text = "本单位承担的部分已完成"
		}
		status := ""
		if u.Status != nil {
			status = string(*u.Status)
		}
		// The form's 填报日期, else the day the part was finished, else
		// the import day (said in a comment). A day outside the campaign
		// year and the next (a 2013 form imported years later with no
		// date) records nothing, as for a weekly list's notes.
		on, comment := day, "未填填报日期，按导入日记"
		switch {
		case u.On != nil:
			on, comment = *u.On, ""
		case finished && u.DoneOn != nil:
			on, comment = *u.DoneOn, "未填填报日期，按完成日期记"
		}
		// A row that only repeats the status printed on the form (no
		// notes, not finished) says nothing of the unit's part; the same
		// part reported again is no news.
		// The unit's 完成日期, when the form gives one apart from its
		// 填报日期, is kept with the note: the task closes on it.
		var doneOn *time.Time
		if finished && u.DoneOn != nil && !u.DoneOn.Equal(on) {
			doneOn = u.DoneOn
		}
		if text != "" && on.Year() >= c.Year && on.Year() <= c.Year+1 && !sameNote(t.Record.Progress, on, unit, text, status) {
			e, err := yt.addProgress(m, on, unit, text, status, comment, doneOn)
			if err != nil {
				// A task written in flow style: its row goes the old way.
				rest = append(rest, u)
				continue
			}
			where := u.NotesCell
			if where == "" {
				where = u.StatusCell
			}
			notes = append(notes, Change{TaskID: u.TaskID, Key: sharedKey, Where: where, Text: strings.TrimSpace(e.Text), Edit: e, By: u.By, On: u.On})
		} else if finished {
			// Not recorded: it cannot close the task either.
			continue
		}

		// What the row may still say of the task as a whole.
		close := Update{TaskID: u.TaskID, Where: u.Where, StatusCell: u.StatusCell, DoneCell: u.DoneCell}
		switch {
		case finished && allDone(t, leads, unit):
			// The task is done when its last part is: the latest of
			// the units' completion dates.
			last := on
			if u.DoneOn != nil {
				last = *u.DoneOn
			}
			for _, n := range t.Record.Progress {
				if d := n.Finished(); n.Unit != unit && slices.Contains(leads, n.Unit) && d != nil && d.After(last) {
					last = *d
				}
			}
			close.Status, close.DoneOn = u.Status, &last
		case t.Status == "" || t.Status == model.NotStarted:
			if u.Status != nil && *u.Status != model.NotStarted {
				s := model.InProgress
				close.Status = &s
			}
		}
		if close.Status != nil {
			rest = append(rest, close)
		}
	}
	return rest, notes
}

// chased is the units a task's forms are sent to and whose parts close it:
// its lead units (牵头单位), else its responsible units (责任单位, as
// quzhengfu's 区市场监管局 and 各街道 share 食品安全).
func chased(c *model.Campaign, t *model.Task) []string {
	if l := c.TaskLead(t); len(l) > 0 {
		return l
	}
	return c.TaskUnits(t)
}

// allDone reports whether every lead unit but unit has reported its part
// finished in the task's record (unit reports now).
func allDone(t *model.Task, leads []string, unit string) bool {
	for _, l := range leads {
		if l == unit {
			continue
		}
		done := false
		for _, n := range t.Record.Progress {
			done = done || n.Unit == l && n.Status.Finished()
		}
		if !done {
			return false
		}
	}
	return true
}

func sameNote(ns []model.Note, on time.Time, unit, text, status string) bool {
	for _, n := range ns {
		if n.Date.Equal(on) && n.Unit == unit && n.Text == text && string(n.Status) == status {
			return true
		}
	}
	return false
}

// SharedProgress says, for each shared task a save recorded a lead unit's
// part of, where the task stands after it: which lead units have reported
// their part done and which not yet, and whether the task is now closed.
// after is the data as saved (Result.After).
func SharedProgress(path string, after []byte, changes []Change) []string {
	c, _, err := load.Bytes(path, after)
	if err != nil {
		return nil
	}
	var out []string
	seen := map[string]bool{}
	for _, ch := range changes {
		if ch.Key != sharedKey || seen[ch.TaskID] {
			continue
		}
		seen[ch.TaskID] = true
		t := c.TaskByID(ch.TaskID)
		if t == nil {
			continue
		}
		leads := chased(c, t)
		var done, open []string
		for _, l := range leads {
			finished := false
			for _, n := range t.Record.Progress {
				finished = finished || n.Unit == l && n.Status.Finished()
			}
			if finished {
				done = append(done, l)
			} else {
				open = append(open, l)
			}
		}
		role, all := "牵头", "各牵头单位"
		if len(c.TaskLead(t)) == 0 {
			role, all = "负责", "各责任单位"
		}
		s := "任务 " + t.ID + "（" + t.Title + "）由 " + strconv.Itoa(len(leads)) + " 个单位" + role + "，"
		if len(done) > 0 {
			s += strings.Join(c.UnitShorts(done), "、") + "已报完成，"
		}
		if len(open) > 0 {
			s += strings.Join(c.UnitShorts(open), "、") + "尚未报完成；任务状态仍为“" + string(t.Status) + "”"
		} else {
			s += all + "均已报完成；任务记为“" + string(t.Status) + "”"
		}
		out = append(out, s)
	}
	return out
}
