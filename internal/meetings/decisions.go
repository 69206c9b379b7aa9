package meetings

import (
	"fmt"
	"strings"
	"time"

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

// DecisionTasks returns the tasks the meetings' decisions create: one for
// every decision with an owner and a due date, running from the meeting to
// the due date, led by the owner (a unit, or an office group as the task's
// group), not started. Tasks whose id the data already holds are left out.
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
				Status:      model.NotStarted,
				Notes:       "据" + m.Name + "议定",
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
func WithDecisions(c *model.Campaign) *model.Campaign {
	extra := DecisionTasks(c)
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
}

// Running returns the decisions with an owner and a due date whose span —
// from the meeting to the due date — shares a day with from..to: those a
// weekly list of that week carries. Decisions the data already holds as
// tasks are left out (the task is on the list itself).
func Running(c *model.Campaign, from, to time.Time) []Decided {
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
			if ok && t.Period.Overlaps(from, to) {
				out = append(out, Decided{Meeting: m, Decision: &m.Decisions[j], Task: t})
			}
		}
	}
	return out
}
