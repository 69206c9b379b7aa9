package model

import (
	"fmt"
	"time"

	"gongwen/internal/period"
)

// The derived views below are computed from the campaign on demand and never
// stored in the data file: the file stays the one source of truth. Each view
// is plain data that templates range over. Tasks take their units through
// TaskLead and TaskUnits (inheritance from the special activity).

// Role is what a unit does in a task.
type Role string

// The roles of the responsibility matrix. NoRole prints as an empty cell.
const (
	NoRole      Role = ""
	LeadRole    Role = "牵头"
	PartnerRole Role = "责任"
)

// RoleOf returns the unit's role in the task. A unit listed both ways counts
// as lead (Check reports that case).
func (c *Campaign) RoleOf(t *Task, unitID string) Role {
	for _, id := range c.TaskLead(t) {
		if id == unitID {
			return LeadRole
		}
	}
	for _, id := range c.TaskUnits(t) {
		if id == unitID {
			return PartnerRole
		}
	}
	return NoRole
}

// Matrix is the responsibility matrix (责任分工表): tasks down, units across.
type Matrix struct {
	// Units are the columns: every unit that leads or shares at least one
	// task, in the order of the units list.
	Units []*Unit
	// Rows are the tasks that involve at least one unit, in plan order.
	Rows []MatrixRow
	// Totals count, per column, the tasks led and shared.
	Totals []UnitTotal
}

// MatrixRow is one task of the matrix; Cells[i] is the role of Units[i].
type MatrixRow struct {
	Task  *Task
	Lead  []string // lead unit ids after inheritance
	Units []string // responsible unit ids after inheritance
	Cells []Role
}

// UnitTotal is the number of tasks a unit leads and shares.
type UnitTotal struct {
	Unit        *Unit
	Lead        int
	Responsible int
}

// Matrix builds the responsibility matrix.
func (c *Campaign) Matrix() Matrix {
	var m Matrix
	used := map[string]bool{}
	for i := range c.Tasks {
		t := &c.Tasks[i]
		for _, id := range c.TaskLead(t) {
			used[id] = true
		}
		for _, id := range c.TaskUnits(t) {
			used[id] = true
		}
	}
	for i := range c.Units {
		if used[c.Units[i].ID] {
			m.Units = append(m.Units, &c.Units[i])
			m.Totals = append(m.Totals, UnitTotal{Unit: &c.Units[i]})
		}
	}
	for i := range c.Tasks {
		t := &c.Tasks[i]
		lead, units := c.TaskLead(t), c.TaskUnits(t)
		// A campaign's task of no unit is the office's own work, not
		// divided among units; a programme's (a target the data names no
		// unit for) stands in the matrix with empty cells, so none is lost.
		if len(lead) == 0 && len(units) == 0 && c.Campaigning() {
			continue
		}
		row := MatrixRow{Task: t, Lead: lead, Units: units, Cells: make([]Role, len(m.Units))}
		for j, u := range m.Units {
			r := c.RoleOf(t, u.ID)
			row.Cells[j] = r
			switch r {
			case LeadRole:
				m.Totals[j].Lead++
			case PartnerRole:
				m.Totals[j].Responsible++
			}
		}
		m.Rows = append(m.Rows, row)
	}
	return m
}

// Schedule is the schedule chart (推进计划表): the 36 旬 of the year across,
// tasks down, with the phases as bands over the 旬.
type Schedule struct {
	Year   int
	Xuns   []period.Xun // the 36 旬, 1月上旬 first
	Phases []PhaseBand
	Rows   []ScheduleRow
}

// PhaseBand is the span of a phase over the 旬: From and To are indexes into
// Schedule.Xuns, inclusive.
type PhaseBand struct {
	Phase    *Phase
	From, To int
}

// ScheduleRow is one task: Cells[i] is true when the task's period touches
// Xuns[i]; From and To are the first and last such index (-1 when none).
type ScheduleRow struct {
	Task     *Task
	Cells    []bool
	From, To int
}

// Schedule builds the schedule over the 旬 of the campaign year. Periods
// that were never parsed (zero dates) give empty rows.
func (c *Campaign) Schedule() Schedule {
	s := Schedule{Year: c.Year, Xuns: period.Xuns(c.Year)}
	for i := range c.Phases {
		ph := &c.Phases[i]
		if first, last, ok := ph.Period.XunSpan(); ok {
			s.Phases = append(s.Phases, PhaseBand{Phase: ph, From: first.Index(), To: last.Index()})
		}
	}
	for i := range c.Tasks {
		t := &c.Tasks[i]
		row := ScheduleRow{Task: t, Cells: make([]bool, len(s.Xuns)), From: -1, To: -1}
		for _, x := range t.Period.Xuns() {
			if x.Year != c.Year {
				continue
			}
			j := x.Index()
			row.Cells[j] = true
			if row.From < 0 {
				row.From = j
			}
			row.To = j
		}
		s.Rows = append(s.Rows, row)
	}
	return s
}

// Stats are the statistics of the check-off as of a date (inclusive).
type Stats struct {
	AsOf  time.Time
	Total int
	// ByStatus counts the tasks of each status, in the order of Statuses.
	ByStatus []StatusCount
	ByPhase  []PhaseStats
	ByUnit   []UnitStats
	// Finished = OnTime + Late + (finished without a completion date).
	Finished, OnTime, Late int
	// Overdue counts unfinished tasks whose period ended before AsOf;
	// OverdueTasks lists them in plan order.
	Overdue      int
	OverdueTasks []*Task
}

// StatusCount is the number of tasks with a status.
type StatusCount struct {
	Status Status
	Count  int
}

// PhaseStats are the counts of one phase.
type PhaseStats struct {
	Phase *Phase
	Total int
	// NotStarted, InProgress and Finished (已完成 + 已销号) add up to Total.
	NotStarted, InProgress, Finished int
	OnTime, Overdue                  int
	ByStatus                         []StatusCount
}

// UnitStats are the counts of one unit over the tasks it leads or shares.
type UnitStats struct {
	Unit              *Unit
	Lead, Responsible int
	// NotStarted, InProgress and Finished add up to Lead + Responsible.
	NotStarted, InProgress, Finished int
	Overdue                          int
	OverdueTasks                     []*Task
}

// Count returns the number of tasks with the status.
func (s Stats) Count(st Status) int {
	for _, sc := range s.ByStatus {
		if sc.Status == st {
			return sc.Count
		}
	}
	return 0
}

// OnTime reports whether a finished task was done by the end of its period;
// false when it is unfinished or has no completion date.
func (t *Task) OnTime() bool {
	return t.Status.Finished() && t.DoneOn != nil && !period.Day(*t.DoneOn).After(t.Period.End)
}

// OverdueAt reports whether the task is unfinished and one of its due
// dates (the end of its period; for a recurring one, an occurrence not met)
// is before the day of asOf. A task without a due date is never overdue.
func (t *Task) OverdueAt(asOf time.Time) bool {
	if t.Status.Finished() {
		return false
	}
	day := period.Day(asOf)
	for i, s := range t.Period.Dues() {
		if !t.Met(i) && s.End.Before(day) {
			return true
		}
	}
	return false
}

// FirstOverdue returns the earliest due date of the task not met and
// before the day of asOf (for a recurring deadline, that occurrence).
func (t *Task) FirstOverdue(asOf time.Time) (period.Period, bool) {
	if t.Status.Finished() {
		return period.Period{}, false
	}
	day := period.Day(asOf)
	for i, s := range t.Period.Dues() {
		if !t.Met(i) && s.End.Before(day) {
			return s, true
		}
	}
	return period.Period{}, false
}

// Met reports whether occurrence i of a recurring deadline has been met
// (Reported holds its date). A task's only due date is met when the task
// is finished.
func (t *Task) Met(i int) bool {
	if t.Status.Finished() {
		return true
	}
	return t.Period.Recurs && i < len(t.Reported)
}

// MetOn returns the day occurrence i was met, or nil.
func (t *Task) MetOn(i int) *time.Time {
	if t.Period.Recurs && i < len(t.Reported) {
		return &t.Reported[i]
	}
	if t.Status.Finished() {
		return t.DoneOn
	}
	return nil
}

// Stats counts the tasks by status, phase and unit as of a date.
func (c *Campaign) Stats(asOf time.Time) Stats {
	s := Stats{AsOf: period.Day(asOf), Total: len(c.Tasks)}
	byStatus := map[Status]int{}
	phaseIdx := map[string]int{}
	for i := range c.Phases {
		phaseIdx[c.Phases[i].ID] = i
		s.ByPhase = append(s.ByPhase, PhaseStats{Phase: &c.Phases[i]})
	}
	phaseStatus := make([]map[Status]int, len(c.Phases))
	for i := range phaseStatus {
		phaseStatus[i] = map[Status]int{}
	}
	unitIdx := map[string]int{}
	for i := range c.Units {
		unitIdx[c.Units[i].ID] = i
		s.ByUnit = append(s.ByUnit, UnitStats{Unit: &c.Units[i]})
	}
	for i := range c.Tasks {
		t := &c.Tasks[i]
		byStatus[t.Status]++
		fin, onTime, overdue := t.Status.Finished(), t.OnTime(), t.OverdueAt(asOf)
		if fin {
			s.Finished++
			if onTime {
				s.OnTime++
			} else if t.DoneOn != nil {
				s.Late++
			}
		}
		if overdue {
			s.Overdue++
			s.OverdueTasks = append(s.OverdueTasks, t)
		}
		if j, ok := phaseIdx[t.Phase]; ok {
			p := &s.ByPhase[j]
			p.Total++
			phaseStatus[j][t.Status]++
			switch {
			case fin:
				p.Finished++
			case t.Status == InProgress:
				p.InProgress++
			default:
				p.NotStarted++
			}
			if onTime {
				p.OnTime++
			}
			if overdue {
				p.Overdue++
			}
		}
		for _, id := range c.TaskLead(t) {
			if j, ok := unitIdx[id]; ok {
				s.ByUnit[j].Lead++
			}
		}
		for _, id := range c.TaskUnits(t) {
			if j, ok := unitIdx[id]; ok {
				s.ByUnit[j].Responsible++
			}
		}
		for j := range s.ByUnit {
			u := &s.ByUnit[j]
			if c.RoleOf(t, u.Unit.ID) == NoRole {
				continue
			}
			switch {
			case fin:
				u.Finished++
			case t.Status == InProgress:
				u.InProgress++
			default:
				u.NotStarted++
			}
			if overdue {
				u.Overdue++
				u.OverdueTasks = append(u.OverdueTasks, t)
			}
		}
	}
	for _, st := range Statuses {
		s.ByStatus = append(s.ByStatus, StatusCount{st, byStatus[st]})
	}
	for j := range s.ByPhase {
		for _, st := range Statuses {
			s.ByPhase[j].ByStatus = append(s.ByPhase[j].ByStatus, StatusCount{st, phaseStatus[j][st]})
		}
	}
	return s
}

// WeekList is the weekly task list (周工作清单) with the check-off state.
type WeekList struct {
	Week period.Week
	// Label names the week by its dates: "2013年7月15日—7月21日".
	Label string
	Items []WeekItem
}

// WeekItem is one line of the weekly list.
type WeekItem struct {
	Task *Task
	// Overdue: unfinished and its period ended before the week began.
	Overdue bool
	// Carried: on the list only because it is overdue (its period does
	// not reach into the week).
	Carried bool
	// DoneThisWeek: finished with a completion date inside the week.
	DoneThisWeek bool
	// Due is the occurrence of a recurring deadline this line is for (its
	// Text 3月30日前, its End the due date), nil for a task due once.
	Due *period.Period
	// Report is the reporting rule this line is a report of (Due its
	// occurrence, Index its place in the rule's dates), nil for the
	// task's own deadline.
	Report *ReportRule
	Index  int
}

// weekDates names a week as offices do, by its dates: 2013年7月15日—7月21日,
// 2013年12月30日—2014年1月5日; not 2013年第29周, which nobody counts.
func weekDates(w period.Week) string {
	s := fmt.Sprintf("%d年%d月%d日—", w.Start.Year(), int(w.Start.Month()), w.Start.Day())
	if w.End.Year() != w.Start.Year() {
		s += fmt.Sprintf("%d年", w.End.Year())
	}
	return s + fmt.Sprintf("%d月%d日", int(w.End.Month()), w.End.Day())
}

// WeekList returns the tasks of an ISO week, in plan order: those whose
// period overlaps the week, those finished during it, and the unfinished
// ones that are overdue by its Monday (carried over until checked off).
func (c *Campaign) WeekList(w period.Week) WeekList {
	l := WeekList{Week: w, Label: weekDates(w)}
	for i := range c.Tasks {
		t := &c.Tasks[i]
		for _, r := range c.ReportRulesFor(t) {
			// The reports a notice asks of every task are on the list in
			// their weeks, before the task's own line, which follows:
			// those of the units that answer for it, then those of its
			// responsible units when a rule asks them (by: 责任单位).
			l.Items = append(l.Items, c.reportItems(t, r, w)...)
		}
		if t.Period.Recurs {
			l.Items = append(l.Items, recurringItems(t, w)...)
			continue
		}
		in := t.Period.Overlaps(w.Start, w.End)
		done := t.DoneOn != nil && t.Status.Finished() && !period.Day(*t.DoneOn).Before(w.Start) && !period.Day(*t.DoneOn).After(w.End)
		overdue := t.OverdueAt(w.Start)
		if !in && !done && !overdue {
			continue
		}
		l.Items = append(l.Items, WeekItem{Task: t, Overdue: overdue, Carried: overdue && !in, DoneThisWeek: done})
	}
	if c.weekKeep != nil {
		kept := l.Items[:0]
		for _, it := range l.Items {
			if c.weekKeep(it) {
				kept = append(kept, it)
			}
		}
		l.Items = kept
	}
	return l
}

// KeepWeekItems makes the weekly list of c (a copy made for one unit's
// own list) keep only the lines keep accepts: a responsible unit's list
// has the reports it owes under a rule of by: 责任单位, not the lead's
// lines of the same task.
func (c *Campaign) KeepWeekItems(keep func(WeekItem) bool) { c.weekKeep = keep }

// recurringItems are the lines of a recurring task in week w, one per
// occurrence: the one due in the week, and each earlier one not met by
// the week's Monday (carried over until met). An occurrence met during
// the week is listed as done.
func recurringItems(t *Task, w period.Week) []WeekItem {
	var out []WeekItem
	for i, s := range t.Period.Dues() {
		due := s.End
		in := !due.Before(w.Start) && !due.After(w.End)
		on := t.MetOn(i)
		done := on != nil && !period.Day(*on).Before(w.Start) && !period.Day(*on).After(w.End)
		metBefore := t.Met(i) && (on == nil || period.Day(*on).Before(w.Start))
		overdue := due.Before(w.Start) && !metBefore && !done
		if !in && !done && !overdue || metBefore {
			continue
		}
		occ := t.Period.Parts[i]
		out = append(out, WeekItem{Task: t, Overdue: overdue, Carried: overdue && !in, DoneThisWeek: done, Due: &occ})
	}
	return out
}

// reportItems are the lines of a task's reports in week w, one per
// occurrence of its reporting rule, picked as recurringItems picks a
// recurring deadline's: the one due in the week, earlier ones not made by
// its Monday, one made during it. A task finished before a report falls
// due owes none.
func (c *Campaign) reportItems(t *Task, r *ReportRule, w period.Week) []WeekItem {
	var out []WeekItem
	for i, s := range r.Period.Dues() {
		due := s.End
		if !t.ReportDue(due) {
			continue
		}
		in := !due.Before(w.Start) && !due.After(w.End)
		on := r.SubmittedOn(c, t, i)
		done := on != nil && !period.Day(*on).Before(w.Start) && !period.Day(*on).After(w.End)
		before := on != nil && period.Day(*on).Before(w.Start)
		overdue := due.Before(w.Start) && on == nil
		if !in && !done && !overdue || before {
			continue
		}
		occ := s
		out = append(out, WeekItem{Task: t, Overdue: overdue, Carried: overdue && !in, DoneThisWeek: done, Due: &occ, Report: r, Index: i})
	}
	return out
}

// Week returns the list of week n (ISO numbering) of the campaign year.
func (c *Campaign) Week(n int) (WeekList, error) {
	w, err := period.ISOWeek(c.Year, n)
	if err != nil {
		return WeekList{}, fmt.Errorf("周工作清单：%w", err)
	}
	return c.WeekList(w), nil
}
