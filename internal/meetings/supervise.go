package meetings

import (
	"fmt"
	"strings"
	"time"

	"gongwen/internal/cn"
	"gongwen/internal/model"
	"gongwen/internal/period"
)

// SuperviseOptions set what counts as at risk and when replies are due.
type SuperviseOptions struct {
	// Date is the day of the supervision (督办日期).
	Date time.Time
	// Warn: an unfinished task due within this many working days (the
	// day itself counted) is at risk. Zero means the default, 3; a
	// negative value supervises overdue tasks only.
	Warn int
	// Reply is the number of working days after Date the units have to
	// reply. Default 3.
	Reply int
}

// Item is one task under supervision.
type Item struct {
	Task *model.Task
	Due  time.Time // the last day of the task's period: its original deadline
	// Overdue counts the working days after Due up to and including
	// Date; 0 for a task at risk.
	Overdue int
	// Left counts the working days from Date to Due, both included, for a
	// task at risk; 0 for an overdue one.
	Left int
	// Status is the task's status as of Date: a task finished after Date
	// was still 推进中 then.
	Status model.Status
	// Occurrence names the due date of a recurring deadline this item is
	// for (3月30日前); empty for a task due once. Each occurrence is
	// supervised on its own.
	Occurrence string
	// Report is the reporting rule this item is a report of (Occurrence
	// then names the report: 第一季度进展情况), nil for the task's own
	// deadline. A missed report is worded as one: 未按时报送, not 逾期未完成.
	Report *model.ReportRule
}

// Late reports whether the item is overdue (as opposed to at risk).
func (it Item) Late() bool { return it.Overdue > 0 }

// Letter is the 督办通知 to one lead unit (or office group): its tasks in
// plan order.
type Letter struct {
	Owner string // unit or group id
	Name  string // its full name
	Items []Item
	// Overdue and AtRisk count the items.
	Overdue, AtRisk int
}

// Supervision is the 督办 of a day: the letters, one per owner in the order
// of the units list (office groups after them), and the totals for the
// 督办情况汇总.
type Supervision struct {
	Date    time.Time
	ReplyBy time.Time // Date plus Reply working days
	Warn    int
	Letters []Letter
	// Office: the office's own groups' work under supervision, one list
	// per group, for the next 工作例会's agenda and the weekly list — a
	// 领导小组办公室 does not issue a 督办通知 to itself (see FollowUps).
	Office []Letter
	// Unowned are the items of tasks with neither 牵头单位 nor 责任单位
	// (and no office group to follow them up): no 督办通知 can be
	// addressed for them — the build warns and the 督办情况汇总 lists them
	// under 未明确责任单位.
	Unowned []Item
	// Tasks counts distinct tasks under supervision, Overdue and AtRisk
	// split them; MaxOverdue is the longest delay in working days.
	Tasks, Overdue, AtRisk, MaxOverdue int
}

// Supervise finds every task of c unfinished on opts.Date (finished
// later counts as unfinished then) that is overdue as of opts.Date or due
// within opts.Warn working days, and groups them by lead
// unit (after inheritance from the special activity; the responsible
// units when it has no lead unit; else the task's office group, else the
// group that keeps the work plan, else Unowned: no letter). A task led by two units is in both letters. Each due date
// of a recurring deadline not met by opts.Date (Task.Reported) is an item
// of its own. Tasks without a due date (长期坚持) are skipped. Pass
// WithDecisions(c) to supervise the meetings' decisions as well (or
// WithUnitDecisions(c) for those owned by units): a decision finished by
// Date (its status and done_on) is not supervised, as a task is not.
//
// The error is a year the holiday calendar does not know.
func Supervise(c *model.Campaign, cal *cn.Calendar, opts SuperviseOptions) (Supervision, error) {
	if cal == nil {
		cal = cn.DefaultCalendar()
	}
	if opts.Warn == 0 {
		opts.Warn = 3
	}
	if opts.Reply <= 0 {
		opts.Reply = 3
	}
	date := period.Day(opts.Date)
	s := Supervision{Date: date, Warn: opts.Warn}
	reply, err := cal.AddWorkdays(date, opts.Reply)
	if err != nil {
		return s, fmt.Errorf("督办回复期限：%w", err)
	}
	s.ReplyBy = reply
	byOwner := map[string]*Letter{}
	var order []string
	for i := range c.Tasks {
		t := &c.Tasks[i]
		status := t.Status
		if status.Finished() && t.DoneOn != nil && period.Day(*t.DoneOn).After(date) {
			// Supervising a past day: the task was not finished yet.
			status = model.InProgress
		}
		if status.Finished() {
			continue
		}
		counted := false
		var items []Item
		for n, occ := range t.Period.Dues() {
			if on := t.MetOn(n); t.Period.Recurs && on != nil && !period.Day(*on).After(date) {
				continue
			}
			it, ok, err := superviseDue(cal, t, occ.End, date, opts.Warn)
			if err != nil {
				return s, err
			}
			if !ok {
				continue
			}
			if t.Period.Recurs {
				it.Occurrence = occ.Text
			}
			items = append(items, it)
		}
		for _, r := range c.ReportRulesFor(t) {
			// The notice's reporting rules: each report due on its own,
			// besides the task's own deadline.
			for n, occ := range r.Period.Dues() {
				if on := r.SubmittedOn(c, t, n); on != nil && !period.Day(*on).After(date) {
					continue
				}
				it, ok, err := superviseDue(cal, t, occ.End, date, opts.Warn)
				if err != nil {
					return s, err
				}
				if ok {
					it.Report, it.Occurrence = r, r.ReportName(n)
					items = append(items, it)
				}
			}
		}
		for _, it := range items {
			it.Status = status
			ids := owners(c, t, date)
			if it.Report != nil {
				// A rule of one side is the side's to answer for: the
				// responsible units' reports are theirs, not the lead's.
				if rs := it.Report.Reporters(c, t); len(rs) > 0 {
					ids = rs
				}
			}
			// The totals are those of the 督办通知: units' work only.
			if c.GroupByID(ids[0]) == nil {
				if !counted {
					s.Tasks++
					counted = true
				}
				if it.Late() {
					s.Overdue++
					s.MaxOverdue = max(s.MaxOverdue, it.Overdue)
				} else {
					s.AtRisk++
				}
			}
			if ids[0] == "" {
				// Nobody to address a letter to: 「你单位…」 to no unit.
				s.Unowned = append(s.Unowned, it)
				continue
			}
			for _, id := range ids {
				l := byOwner[id]
				if l == nil {
					l = &Letter{Owner: id, Name: c.OwnerName(id)}
					byOwner[id] = l
					order = append(order, id)
				}
				l.Items = append(l.Items, it)
				if it.Late() {
					l.Overdue++
				} else {
					l.AtRisk++
				}
			}
		}
	}
	rank := map[string]int{}
	for i, u := range c.Units {
		rank[u.ID] = i
	}
	for i, g := range c.Office.Groups {
		rank[g.ID] = len(c.Units) + i
	}
	for _, id := range sortedBy(order, rank) {
		if c.GroupByID(id) != nil {
			s.Office = append(s.Office, *byOwner[id])
		} else {
			s.Letters = append(s.Letters, *byOwner[id])
		}
	}
	return s, nil
}

// FollowUps are the agenda items of the next 工作例会 for the office's
// groups' work under supervision: 「督促综合组：召开市州现场推进会（逾期10个工作日）」.
func (s Supervision) FollowUps() []string {
	var out []string
	for _, l := range s.Office {
		var items []string
		for _, it := range l.Items {
			title := it.Task.Title
			if title == "" {
				title = it.Task.Text
			}
			switch {
			case it.Late():
				title += fmt.Sprintf("（逾期%d个工作日）", it.Overdue)
			case it.Left == 0:
				title += "（已到期）"
			default:
				title += fmt.Sprintf("（剩余%d个工作日）", it.Left)
			}
			items = append(items, title)
		}
		out = append(out, "督促"+l.Name+"："+strings.Join(items, "；"))
	}
	return out
}

// owners are the letters a task goes into: its lead units; without one,
// its responsible units (a task of a programme often names only
// 责任单位); else its office group, else the group that keeps the plan,
// else [""]: nobody (Supervision.Unowned).
//
// Of a task several lead units share, a unit that has reported its own
// part finished by date (its progress note's status) gets no letter for
// it: the others' parts are what is late.
func owners(c *model.Campaign, t *model.Task, date time.Time) []string {
	if ids := c.TaskLead(t); len(ids) > 1 {
		var open []string
		for _, id := range ids {
			done := false
			for _, n := range t.Record.Progress {
				done = done || n.Unit == id && n.Status.Finished() && !n.Date.After(date)
			}
			if !done {
				open = append(open, id)
			}
		}
		if len(open) > 0 {
			return open
		}
		return ids
	} else if len(ids) > 0 {
		return ids
	}
	if ids := c.TaskUnits(t); len(ids) > 0 {
		return ids
	}
	switch {
	case t.Group != "":
		return []string{t.Group}
	case c.Plan.Group != "":
		// Nobody named: the group that keeps the plan follows it up.
		return []string{c.Plan.Group}
	}
	return []string{""}
}

// superviseDue is the item of one due date of a task, if it is overdue
// as of date or due within warn working days.
func superviseDue(cal *cn.Calendar, t *model.Task, due, date time.Time, warn int) (Item, bool, error) {
	var it Item
	if due.Before(date) {
		n, err := cal.Workdays(due.AddDate(0, 0, 1), date)
		if err != nil {
			return it, false, fmt.Errorf("任务 %s：%w", t.ID, err)
		}
		if n == 0 {
			// Overdue by weekend or holiday days only: not yet late in
			// working days, but due now.
			if warn < 0 {
				return it, false, nil
			}
			return Item{Task: t, Due: due}, true, nil
		}
		return Item{Task: t, Due: due, Overdue: n}, true, nil
	}
	n, err := cal.Workdays(date, due)
	if err != nil {
		return it, false, fmt.Errorf("任务 %s：%w", t.ID, err)
	}
	if n > warn {
		return it, false, nil
	}
	return Item{Task: t, Due: due, Left: n}, true, nil
}

// sortedBy orders ids by rank (unknown ids last, in first-seen order).
func sortedBy(ids []string, rank map[string]int) []string {
	out := append([]string(nil), ids...)
	pos := func(id string) int {
		if r, ok := rank[id]; ok {
			return r
		}
		return len(rank) + 1
	}
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && pos(out[j]) < pos(out[j-1]); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}
