package xlsx

// The derived views the workbooks show. They are computed here for now;
// when package model offers the same views (responsibility matrix,
// schedule over 旬, task list of a week) these functions become thin
// adapters over them.

import (
	"sort"
	"strings"
	"time"

	"gongwen/internal/model"
	"gongwen/internal/period"
)

// generalWork labels tasks that belong to no special activity.
const generalWork = "面上工作"

// unitIndex resolves unit ids to the names tables show.
type unitIndex map[string]model.Unit

func newUnitIndex(c *model.Campaign) unitIndex {
	ix := unitIndex{}
	for _, u := range c.Units {
		ix[u.ID] = u
	}
	return ix
}

// short is the table name of a unit: its short name, else its name, else
// the id itself (an unresolved id shows rather than vanishes).
func (ix unitIndex) short(id string) string {
	u, ok := ix[id]
	switch {
	case !ok:
		return id
	case u.Short != "":
		return u.Short
	case u.Name != "":
		return u.Name
	}
	return id
}

func (ix unitIndex) join(ids []string) string {
	names := make([]string, len(ids))
	for i, id := range ids {
		names[i] = ix.short(id)
	}
	return strings.Join(names, "、")
}

func activityOf(c *model.Campaign, id string) *model.Activity {
	for i := range c.Activities {
		if c.Activities[i].ID == id {
			return &c.Activities[i]
		}
	}
	return nil
}

// taskUnits returns the lead and responsible units of a task; a task that
// names none inherits those of its special activity.
func taskUnits(c *model.Campaign, t *model.Task) (lead, units []string) {
	lead, units = t.Lead, t.Units
	if a := activityOf(c, t.Activity); a != nil {
		if len(lead) == 0 {
			lead = a.Lead
		}
		if len(units) == 0 {
			units = a.Units
		}
	}
	return lead, units
}

func activityName(c *model.Campaign, id string) string {
	if a := activityOf(c, id); a != nil {
		if a.Short != "" {
			return a.Short
		}
		return a.Name
	}
	return generalWork
}

// orderedTasks lists the tasks by special activity (in the order of the
// activities, tasks without one last), keeping the plan's order inside.
func orderedTasks(c *model.Campaign) []*model.Task {
	rank := map[string]int{}
	for i, a := range c.Activities {
		rank[a.ID] = i
	}
	out := make([]*model.Task, len(c.Tasks))
	for i := range c.Tasks {
		out[i] = &c.Tasks[i]
	}
	key := func(t *model.Task) int {
		if r, ok := rank[t.Activity]; ok {
			return r
		}
		return len(c.Activities)
	}
	sort.SliceStable(out, func(i, j int) bool { return key(out[i]) < key(out[j]) })
	return out
}

// DivisionRow is one row of the 责任分工表.
type DivisionRow struct {
	No         int
	ID         string // task id, kept in a hidden column for the round trip
	ActivityID string
	Activity   string
	Task       string
	Lead       string
	Units      string
	Due        string
	Progress   string
}

func divisionRows(c *model.Campaign) []DivisionRow {
	ix := newUnitIndex(c)
	var rows []DivisionRow
	for i, t := range orderedTasks(c) {
		lead, units := taskUnits(c, t)
		title := t.Title
		if title == "" {
			title = t.Text
		}
		rows = append(rows, DivisionRow{
			No: i + 1, ID: t.ID, ActivityID: t.Activity, Activity: activityName(c, t.Activity),
			Task: title, Lead: ix.join(lead), Units: ix.join(units), Due: t.Period.Text, Progress: t.Notes,
		})
	}
	return rows
}

// WeekRow is one row of the 周工作清单.
type WeekRow struct {
	No      int
	ID      string
	GroupID string
	Group   string
	Task    string
	Lead    string
	Units   string
	Due     string
	DueDate *time.Time // last day of the period; nil for a period without dates
	Status  string
	DoneOn  *time.Time
	Notes   string
}

// weekRows returns the week holding date and its tasks: those whose period
// touches the week, and those overdue from before it and not finished,
// by group (in the office's order), in plan order inside a group.
func weekRows(c *model.Campaign, date time.Time) (period.Week, []WeekRow) {
	wk := period.WeekOf(date)
	ix := newUnitIndex(c)
	rank := map[string]int{}
	names := map[string]string{}
	for i, g := range c.Office.Groups {
		rank[g.ID] = i
		names[g.ID] = g.Name
	}
	var rows []WeekRow
	for i := range c.Tasks {
		t := &c.Tasks[i]
		p := t.Period
		dated := !p.Start.IsZero()
		current := dated && p.Overlaps(wk.Start, wk.End)
		overdue := dated && p.End.Before(wk.Start) && !t.Status.Finished()
		if !current && !overdue {
			continue
		}
		lead, units := taskUnits(c, t)
		title := t.Title
		if title == "" {
			title = t.Text
		}
		g := names[t.Group]
		if g == "" {
			g = t.Group
		}
		status := string(t.Status)
		if status == "" {
			status = string(model.NotStarted)
		}
		r := WeekRow{ID: t.ID, GroupID: t.Group, Group: g, Task: title, Lead: ix.join(lead), Units: ix.join(units),
			Due: p.Text, Status: status, DoneOn: t.DoneOn, Notes: t.Notes}
		if dated {
			end := p.End
			r.DueDate = &end
		}
		rows = append(rows, r)
	}
	key := func(r WeekRow) int {
		if k, ok := rank[r.GroupID]; ok {
			return k
		}
		return len(rank)
	}
	sort.SliceStable(rows, func(i, j int) bool { return key(rows[i]) < key(rows[j]) })
	for i := range rows {
		rows[i].No = i + 1
	}
	return wk, rows
}

// matrixUnits lists the units that lead or share any task, in the order of
// the campaign's units (ids not among them last, in first-seen order).
func matrixUnits(c *model.Campaign) []string {
	used := map[string]bool{}
	var extra []string
	for i := range c.Tasks {
		lead, units := taskUnits(c, &c.Tasks[i])
		for _, id := range append(append([]string(nil), lead...), units...) {
			if !used[id] {
				used[id] = true
				extra = append(extra, id)
			}
		}
	}
	var out []string
	known := map[string]bool{}
	for _, u := range c.Units {
		known[u.ID] = true
		if used[u.ID] {
			out = append(out, u.ID)
		}
	}
	for _, id := range extra {
		if !known[id] {
			out = append(out, id)
		}
	}
	return out
}

// Role marks in the responsibility matrix.
const (
	MarkLead        = "●"
	MarkResponsible = "○"
)
