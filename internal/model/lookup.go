package model

import (
	"slices"
	"strings"
	"time"
)

// Lookups by id. Each returns nil when the id is unknown; the loader has
// reported dangling ids already (Check), so templates may rely on them.
// They scan linearly: a campaign has tens of items, not thousands.

// UnitByID returns the unit with the id, or nil.
func (c *Campaign) UnitByID(id string) *Unit {
	for i := range c.Units {
		if c.Units[i].ID == id {
			return &c.Units[i]
		}
	}
	return nil
}

// GroupByID returns the office group with the id, or nil.
func (c *Campaign) GroupByID(id string) *Group {
	for i := range c.Office.Groups {
		if c.Office.Groups[i].ID == id {
			return &c.Office.Groups[i]
		}
	}
	return nil
}

// ActivityByID returns the special activity with the id, or nil.
func (c *Campaign) ActivityByID(id string) *Activity {
	for i := range c.Activities {
		if c.Activities[i].ID == id {
			return &c.Activities[i]
		}
	}
	return nil
}

// PhaseByID returns the phase with the id, or nil.
func (c *Campaign) PhaseByID(id string) *Phase {
	for i := range c.Phases {
		if c.Phases[i].ID == id {
			return &c.Phases[i]
		}
	}
	return nil
}

// TaskByID returns the task with the id, or nil.
func (c *Campaign) TaskByID(id string) *Task {
	for i := range c.Tasks {
		if c.Tasks[i].ID == id {
			return &c.Tasks[i]
		}
	}
	return nil
}

// OrganByID returns the issuing organ of the profile with the id, or nil.
func (c *Campaign) OrganByID(id string) *Organ {
	for i := range c.Profile.Organs {
		if c.Profile.Organs[i].ID == id {
			return &c.Profile.Organs[i]
		}
	}
	return nil
}

// CadenceByID returns the meeting cadence with the id, or nil.
func (c *Campaign) CadenceByID(id string) *Cadence {
	for i := range c.Cadences {
		if c.Cadences[i].ID == id {
			return &c.Cadences[i]
		}
	}
	return nil
}

// MeetingByID returns the meeting with the id, or nil.
func (c *Campaign) MeetingByID(id string) *Meeting {
	for i := range c.Meetings {
		if c.Meetings[i].ID == id {
			return &c.Meetings[i]
		}
	}
	return nil
}

// DocumentByID returns the document with the id, or nil.
func (c *Campaign) DocumentByID(id string) *Document {
	for i := range c.Documents {
		if c.Documents[i].ID == id {
			return &c.Documents[i]
		}
	}
	return nil
}

// PhaseTasks returns the tasks of a phase in plan order.
func (c *Campaign) PhaseTasks(phaseID string) []*Task {
	return c.tasksWhere(func(t *Task) bool { return t.Phase == phaseID })
}

// ActivityTasks returns the tasks of a special activity in plan order.
func (c *Campaign) ActivityTasks(activityID string) []*Task {
	return c.tasksWhere(func(t *Task) bool { return t.Activity == activityID })
}

// GroupTasks returns the tasks an office group owns, in plan order.
func (c *Campaign) GroupTasks(groupID string) []*Task {
	return c.tasksWhere(func(t *Task) bool { return t.Group == groupID })
}

// UnitTasks returns the tasks a unit leads or shares (after inheritance
// from the activity, see TaskLead), in plan order.
func (c *Campaign) UnitTasks(unitID string) []*Task {
	return c.tasksWhere(func(t *Task) bool { return c.RoleOf(t, unitID) != NoRole })
}

func (c *Campaign) tasksWhere(keep func(*Task) bool) []*Task {
	var out []*Task
	for i := range c.Tasks {
		if keep(&c.Tasks[i]) {
			out = append(out, &c.Tasks[i])
		}
	}
	return out
}

// TaskLead returns the lead units (牵头单位) of a task: its own Lead; else,
// for a task of a special activity, the activity's Lead; else the Lead of
// the nearest of its categories (its own, then the one above …) that has
// one. A task inherits so that units shared by many tasks need be written
// once; writing Lead on the task overrides whatever it would inherit.
func (c *Campaign) TaskLead(t *Task) []string {
	lead, _ := c.taskUnits(t, true)
	return UnitIDs(lead)
}

// TaskLeadAsWritten is TaskLead with the group breaks (GroupBreak) the
// data writes among the units, for JoinUnits to print them as published.
func (c *Campaign) TaskLeadAsWritten(t *Task) []string {
	lead, _ := c.taskUnits(t, true)
	return lead
}

// TaskUnitsAsWritten is TaskUnits with the data's group breaks.
func (c *Campaign) TaskUnitsAsWritten(t *Task) []string {
	units, _ := c.taskUnits(t, false)
	return units
}

// UnitSep is what separates the units of one group in a line or cell:
// division.join, else 、.
func (c *Campaign) UnitSep() string {
	if c.Division.Join != "" {
		return c.Division.Join
	}
	return "、"
}

// GroupBreak, written among the ids of a unit list, ends a group of units
// as 谯城's table does: 、 within a group, ， between groups (「区工信局、
// 区住建局、区卫健委，各乡镇人民政府、街道办事处，谯城经开区管委会」 is
// units: [gxj, zjj, wjw, ，, xzjd, ，, jkq]). It is not a unit: supervision
// and the matrix see the ids alone (UnitIDs).
const GroupBreak = "，"

// UnitsAnd, written between two units of a list, joins them with 及
// instead of the separator (咸阳's 「市级各有关部门及各县市区政府」 is
// units: [sjbm, 及, xsq]); UnitsEtc, written after the last unit of a
// list or of a group, leaves it open as offices do (渝中's 「区税务局、
// 区国资委等」 is units: [swj, gzw, 等]). Neither is a unit: like
// GroupBreak they are printed by JoinUnits and dropped by UnitIDs.
const (
	UnitsAnd = "及"
	UnitsEtc = "等"
)

// UnitMark reports whether an entry of a unit list is one of the marks
// the data writes among the units (GroupBreak, UnitsAnd, UnitsEtc)
// rather than a unit.
func UnitMark(id string) bool {
	return id == GroupBreak || id == UnitsAnd || id == UnitsEtc
}

// UnitIDs returns the unit ids of a list without its marks (UnitMark:
// group breaks, 及, 等) — the list itself when it has none.
func UnitIDs(list []string) []string {
	if !slices.ContainsFunc(list, UnitMark) {
		return list
	}
	out := make([]string, 0, len(list))
	for _, id := range list {
		if !UnitMark(id) {
			out = append(out, id)
		}
	}
	return out
}

// JoinUnits prints a unit list as the data writes it: the names (name(id))
// of a group joined by sep (division.join, UnitSep), the groups by ，, two
// names by 及 where the data writes UnitsAnd between them, and 等 where it
// writes UnitsEtc. A name is never split: a collective unit whose name
// holds 、 (「各乡镇人民政府、街道办事处」) is one unit and one piece.
func JoinUnits(list []string, sep string, name func(id string) string) string {
	var b strings.Builder
	pending := ""
	for _, id := range list {
		switch id {
		case GroupBreak, UnitsAnd:
			if b.Len() > 0 {
				pending = id
			}
			continue
		case UnitsEtc:
			if b.Len() > 0 {
				b.WriteString(UnitsEtc)
			}
			continue
		}
		b.WriteString(pending)
		b.WriteString(name(id))
		pending = sep
	}
	return b.String()
}

// TaskUnits returns the responsible units (责任单位) of a task by the same
// rule as TaskLead, applied separately: its own Units, else its activity's,
// else its nearest category's.
func (c *Campaign) TaskUnits(t *Task) []string {
	units, _ := c.taskUnits(t, false)
	return UnitIDs(units)
}

// LeadByCategory reports whether the task's lead units come from one of its
// categories rather than from the task or its activity: the list layout
// leaves such a task without a 「牵头单位：…」 line, the category's heading
// saying who leads. UnitsByCategory is the same for the 责任单位.
func (c *Campaign) LeadByCategory(t *Task) bool {
	_, cat := c.taskUnits(t, true)
	return cat
}

// UnitsByCategory: see LeadByCategory.
func (c *Campaign) UnitsByCategory(t *Task) bool {
	_, cat := c.taskUnits(t, false)
	return cat
}

// taskUnits is TaskLead (lead) or TaskUnits, and whether the list came
// from a category.
func (c *Campaign) taskUnits(t *Task, lead bool) ([]string, bool) {
	pick := func(l, u []string) []string {
		if lead {
			return l
		}
		return u
	}
	if own := pick(t.Lead, t.Units); len(UnitIDs(own)) > 0 {
		return own, false
	}
	if t.Activity != "" {
		if a := c.ActivityByID(t.Activity); a != nil {
			if l := pick(a.Lead, a.Units); len(l) > 0 {
				return l, false
			}
		}
	}
	if t.Category == "" {
		return nil, false
	}
	path := c.CategoryPath(t)
	for i := len(path) - 1; i >= 0; i-- {
		if l := pick(path[i].Lead, path[i].Units); len(l) > 0 {
			return l, true
		}
	}
	return nil, false
}

// UnitNames returns the full names of the units with the ids, in the order
// given; an unknown id stands for itself.
func (c *Campaign) UnitNames(ids []string) []string {
	out := make([]string, 0, len(ids))
	for _, id := range ids {
		if u := c.UnitByID(id); u != nil {
			out = append(out, u.Name)
		} else {
			out = append(out, id)
		}
	}
	return out
}

// UnitShorts returns the short names of the units (the full name where no
// short name is given), for narrow table cells.
func (c *Campaign) UnitShorts(ids []string) []string {
	out := make([]string, 0, len(ids))
	for _, id := range ids {
		switch u := c.UnitByID(id); {
		case u == nil:
			out = append(out, id)
		case u.Short != "":
			out = append(out, u.Short)
		default:
			out = append(out, u.Name)
		}
	}
	return out
}

// OwnerName returns the name of a unit or office group by id (decision
// owners and meeting attendees may be either), or the id itself.
func (c *Campaign) OwnerName(id string) string {
	if u := c.UnitByID(id); u != nil {
		return u.Name
	}
	if g := c.GroupByID(id); g != nil {
		return g.Name
	}
	return id
}

// Paragraph is one paragraph of the work plan's task section: a task and the
// tasks joined to it (JoinPrevious).
type Paragraph struct {
	Tasks []*Task
	// Text is the tasks' texts run together, as the plan prints them.
	Text string
}

// Paragraphs groups the tasks of a phase into the plan's paragraphs: a task
// with JoinPrevious continues the paragraph of the task before it. A task
// without Text is not in the plan — a special activity's own tasks, say,
// which the responsibility division lists but the 综合组's plan does not.
func (c *Campaign) Paragraphs(phaseID string) []Paragraph {
	var out []Paragraph
	for _, t := range c.PhaseTasks(phaseID) {
		text := t.Text
		if text == "" {
			continue
		}
		if t.JoinPrevious && len(out) > 0 {
			last := &out[len(out)-1]
			last.Tasks = append(last.Tasks, t)
			last.Text += text
			continue
		}
		out = append(out, Paragraph{Tasks: []*Task{t}, Text: text})
	}
	return out
}

// ThemeAt returns the briefing theme whose period holds the day of t (the
// first such, in plan order), or nil: what an issue dated t should stress.
func (c *Campaign) ThemeAt(t time.Time) *BriefingTheme {
	for i := range c.Briefings.Themes {
		if c.Briefings.Themes[i].Period.Contains(t) {
			return &c.Briefings.Themes[i]
		}
	}
	return nil
}
