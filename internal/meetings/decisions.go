package meetings

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"gongwen/internal/cn"
	"gongwen/internal/model"
	"gongwen/internal/period"
)

// DecisionDeliverable is the Deliverable of a task made from a decision.
const DecisionDeliverable = "会议议定事项"

// DecisionTaskID is the id of the task made from decision i (0-based) of
// a meeting: ldxz-1-jy1 for the first decision of ldxz-1. An office that
// wants to track the task's status writes a task with this id into the
// data; the data's task then wins over the derived one.
func DecisionTaskID(meetingID string, i int) string { return fmt.Sprintf("%s-jy%d", meetingID, i+1) }

// ParseDecisionTaskID splits an id made by DecisionTaskID into the
// meeting id and the 0-based index of the decision. ok is false for any
// other text.
func ParseDecisionTaskID(id string) (meetingID string, i int, ok bool) {
	k := strings.LastIndex(id, "-jy")
	if k <= 0 {
		return "", 0, false
	}
	n, err := strconv.Atoi(id[k+3:])
	if err != nil || n < 1 || strconv.Itoa(n) != id[k+3:] {
		return "", 0, false
	}
	return id[:k], n - 1, true
}

// DecisionTasks returns the tasks the meetings' decisions create: one for
// every decision with an owner and a due date, running from the meeting to
// the due date, led by the owner (a unit, or an office group as the task's
// group), with the decision's status (未启动 when it has none), completion
// date and notes. Tasks whose id the data already holds are left out.
func DecisionTasks(c *model.Campaign) []model.Task {
	var out []model.Task
	for i := range c.Meetings {
		m := &c.Meetings[i]
		for j, d := range m.Decisions {
			if d.Owner == "" || d.Due == nil {
				continue
			}
			id := DecisionTaskID(m.ID, j)
			if c.TaskByID(id) != nil {
				continue
			}
			due := period.Day(*d.Due)
			t := model.Task{
				ID:    id,
				Title: strings.TrimSuffix(d.Text, "。"),
				Text:  d.Text,
				Period: period.Period{Text: fmt.Sprintf("%d月%d日前", int(due.Month()), due.Day()),
					Start: period.Day(m.Date), End: due},
				Deliverable: DecisionDeliverable,
				Status:      d.State(),
				DoneOn:      d.DoneOn,
				Notes:       "据" + m.Name + "议定",
			}
			if d.Notes != "" {
				t.Notes = d.Notes + "；" + t.Notes
			}
			if c.UnitByID(d.Owner) != nil {
				t.Lead = []string{d.Owner}
			} else {
				t.Group = d.Owner
			}
			out = append(out, t)
		}
	}
	return out
}

// WithDecisions returns a copy of c whose task list ends with the tasks
// DecisionTasks derives, so the weekly list (周工作清单) and the 督办 carry
// what the meetings decided. c itself is not changed; the copy shares
// everything but the task slice.
func WithDecisions(c *model.Campaign) *model.Campaign { return withTasks(c, DecisionTasks(c)) }

// WithUnitDecisions is WithDecisions for the decisions owned by a unit
// only: those a 督办通知 can be sent about. A decision owned by an office
// group (综合组, 督导组, …) is the office's own work, followed up at its
// weekly meeting, not by a letter to itself; gongwen build's supervision
// uses this.
func WithUnitDecisions(c *model.Campaign) *model.Campaign {
	var extra []model.Task
	for _, t := range DecisionTasks(c) {
		if len(t.Lead) > 0 {
			extra = append(extra, t)
		}
	}
	return withTasks(c, extra)
}

// SuperviseWork is the supervision every command shows for a day: the
// tasks and the decisions owned by units (WithUnitDecisions). gongwen
// build's 督办通知 and 督办情况汇总, the serve API and gongwen supervise all
// call it, so a decision a 督办通知 lists is never missing from the
// console.
func SuperviseWork(c *model.Campaign, cal *cn.Calendar, opts SuperviseOptions) (Supervision, error) {
	return Supervise(WithUnitDecisions(c), cal, opts)
}

func withTasks(c *model.Campaign, extra []model.Task) *model.Campaign {
	if len(extra) == 0 {
		return c
	}
	cp := *c
	cp.Tasks = append(append(make([]model.Task, 0, len(c.Tasks)+len(extra)), c.Tasks...), extra...)
	return &cp
}

// Decided is a decision with the meeting that took it and the task it
// becomes.
type Decided struct {
	Meeting  *model.Meeting
	Decision *model.Decision
	Task     model.Task
	// Index is the decision's 0-based place in the meeting's list.
	Index int
	// Overdue marks a decision unfinished at the start of the week whose
	// due date was before it; Carried one that is on the list only for
	// that reason (its span does not reach the week).
	Overdue, Carried bool
}

// Running returns the decisions with an owner and a due date that a
// weekly list of from..to carries, by the rules of the task rows
// (model.WeekList): those whose span — from the meeting to the due date —
// shares a day with the week, those finished within the week, and those
// still unfinished past their due date (carried until checked off). A
// decision finished before the week began is not running. Decisions the
// data already holds as tasks are left out (the task is on the list
// itself).
func Running(c *model.Campaign, from, to time.Time) []Decided {
	from, to = period.Day(from), period.Day(to)
	var out []Decided
	tasks := DecisionTasks(c)
	byID := map[string]model.Task{}
	for _, t := range tasks {
		byID[t.ID] = t
	}
	for i := range c.Meetings {
		m := &c.Meetings[i]
		for j := range m.Decisions {
			t, ok := byID[DecisionTaskID(m.ID, j)]
			if !ok || period.Day(m.Date).After(to) {
				continue
			}
			in := t.Period.Overlaps(from, to)
			done := t.Status.Finished() && t.DoneOn != nil && !period.Day(*t.DoneOn).Before(from) && !period.Day(*t.DoneOn).After(to)
			overdue := t.OverdueAt(from)
			if t.Status.Finished() && t.DoneOn != nil && period.Day(*t.DoneOn).Before(from) {
				in = false
			}
			if !in && !done && !overdue {
				continue
			}
			out = append(out, Decided{Meeting: m, Decision: &m.Decisions[j], Task: t, Index: j, Overdue: overdue, Carried: overdue && !in})
		}
	}
	return out
}
