package xlsx

// The rows the workbooks show, as adapters over the model's derived views
// (Campaign.WeekList, Campaign.Schedule, TaskLead/TaskUnits): the model
// decides which tasks belong where, this file only orders, groups and
// formats them for a sheet.

import (
	"slices"
	"sort"
	"strings"
	"time"

	"gongwen/internal/cn"
	"gongwen/internal/model"
	"gongwen/internal/period"
)

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

// join prints a unit list (with the data's group breaks) by short names.
func (ix unitIndex) join(ids []string) string {
	return model.JoinUnits(ids, "、", ix.short)
}

// taskUnits returns the lead and responsible units of a task after
// inheritance from its special activity.
func taskUnits(c *model.Campaign, t *model.Task) (lead, units []string) {
	return c.TaskLead(t), c.TaskUnits(t)
}

// writtenUnits are taskUnits with the data's group breaks, to print.
func writtenUnits(c *model.Campaign, t *model.Task) (lead, units []string) {
	return c.TaskLeadAsWritten(t), c.TaskUnitsAsWritten(t)
}

// groupName is what the division table's second column says of a task:
// its special activity in a campaign, else its top category; empty for a
// task in neither — no group is invented for it.
func groupName(c *model.Campaign, t *model.Task) string {
	if a := c.ActivityByID(t.Activity); a != nil {
		if a.Short != "" {
			return a.Short
		}
		return a.Name
	}
	if path := c.CategoryPath(t); len(path) > 0 {
		return path[0].Name
	}
	return ""
}

// orderedTasks lists the tasks by special activity (in the order of the
// activities, tasks without one last), keeping the plan's order inside;
// without activities, in data order.
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
	Leader     string // 责任领导 (its 责任人 when the task has none and the table no 责任人 column)
	Person     string // 责任人 (its 责任领导 when the task has none and the table no 责任领导 column)
	Detail     string // 任务内容: the task's text beside its title, for a second task column
	// Values are the task's own values by name (旌阳's 分值), for the
	// columns the data heads with their names.
	Values map[string]string
}

// divisionRows are the rows of the 责任分工表: every task, its units by
// their full names joined as the data says (division.join), as in the Word
// table.
func divisionRows(c *model.Campaign) []DivisionRow {
	ix := newUnitIndex(c)
	sep := c.Division.Join
	if sep == "" {
		sep = "、"
	}
	join := func(ids []string) string {
		return model.JoinUnits(ids, sep, func(id string) string {
			if u, ok := ix[id]; ok && u.Name != "" {
				return u.Name
			}
			return id
		})
	}
	var rows []DivisionRow
	for i, t := range orderedTasks(c) {
		lead, units := writtenUnits(c, t)
		title := t.Title
		if title == "" {
			title = t.Text
		}
		rows = append(rows, DivisionRow{
			No: i + 1, ID: t.ID, ActivityID: t.Activity, Activity: groupName(c, t),
			Task: title, Lead: join(lead), Units: join(units), Due: t.Period.Written(), Progress: t.Notes,
			Leader: people(c, t, model.ColumnLeader), Person: people(c, t, model.ColumnPerson), Detail: detail(t), Values: t.Values,
		})
	}
	return rows
}

// WeekRow is one row of the 周工作清单.
type WeekRow struct {
	No      int
	ID      string
	GroupID string // the task's office group, "" for none
	Group   string // what the task is checked off under (weekGroup)
	Task    string
	Lead    string
	Units   string
	Due     string
	DueDate *time.Time // last day of the period; nil for a period without dates
	Status  string
	DoneOn  *time.Time
	Notes   string
	// key is what runs of rows are merged by: g:, a:, c: or u: and an id.
	key string
}

// weekGroup says under what a task is checked off on the weekly list, by
// the programme's own structure: the office group that follows it, else
// its special activity, else its top category, else the unit that answers
// for it (its lead unit, else its first responsible unit). rank orders the
// groups as the data lists them; key is "" for a task in none.
func weekGroup(c *model.Campaign, ix unitIndex, t *model.Task) (key, name string, rank int) {
	if g := c.GroupByID(t.Group); g != nil {
		return "g:" + g.ID, g.Name, slices.IndexFunc(c.Office.Groups, func(x model.Group) bool { return x.ID == g.ID })
	}
	base := len(c.Office.Groups)
	if a := c.ActivityByID(t.Activity); a != nil {
		name := a.Short
		if name == "" {
			name = a.Name
		}
		return "a:" + a.ID, name, base + slices.IndexFunc(c.Activities, func(x model.Activity) bool { return x.ID == a.ID })
	}
	base += len(c.Activities)
	if path := c.CategoryPath(t); len(path) > 0 {
		return "c:" + path[0].ID, path[0].Name, base + slices.IndexFunc(c.Categories, func(x model.Category) bool { return x.ID == path[0].ID })
	}
	base += len(c.Categories)
	lead, units := taskUnits(c, t)
	if len(lead) == 0 {
		lead = units
	}
	if len(lead) > 0 {
		return "u:" + lead[0], ix.short(lead[0]), base + slices.IndexFunc(c.Units, func(x model.Unit) bool { return x.ID == lead[0] })
	}
	return "", "", base + len(c.Units)
}

// weekGroupHead heads the weekly list's second column after what its rows
// hold: 工作组 for an office's groups, 专项活动 or 类别 for a programme's
// structure, 承办单位 when the rows are grouped by unit; mixed kinds are
// joined (工作组/专项活动).
//
// A programme with nothing to group its tasks by heads it "": the
// column is hidden.
//
// A week without rows is headed as the programme's tasks would be: an
// empty list of 沁县's or 谯城's categorised tasks says 类别, not 工作组
// (QA s8 #14).
func weekGroupHead(c *model.Campaign, rows []WeekRow) string {
	heads := map[byte]string{'g': "工作组", 'a': "专项活动", 'c': "类别", 'u': "承办单位"}
	if len(rows) == 0 && c != nil {
		ix := newUnitIndex(c)
		for i := range c.Tasks {
			key, _, _ := weekGroup(c, ix, &c.Tasks[i])
			rows = append(rows, WeekRow{key: key})
		}
	}
	var out []string
	for _, k := range []byte("gacu") {
		for _, r := range rows {
			if r.key != "" && r.key[0] == k {
				out = append(out, heads[k])
				break
			}
		}
	}
	if len(out) == 0 {
		if c != nil && len(c.Office.Groups) == 0 {
			// Nothing groups the tasks — no office groups, special
			// activities, categories or units: the column stays empty,
			// and BuildWeekly hides it rather than head it 工作组 over
			// empty cells (QA s10 14, 广东 粤府〔2022〕13号).
			return ""
		}
		return "工作组"
	}
	return strings.Join(out, "/")
}

// weekRows returns the week holding date and its tasks as the model's
// WeekList picks them (those whose period touches the week, those finished
// in it, and overdue ones carried over), ordered by weekGroup (the office's
// groups first, in the data's order), in plan order inside a group.
func weekRows(c *model.Campaign, date time.Time) (model.WeekList, []WeekRow) {
	wl := c.WeekList(period.WeekOf(date))
	ix := newUnitIndex(c)
	var rows []WeekRow
	rank := map[string]int{}
	for _, it := range wl.Items {
		t := it.Task
		lead, units := writtenUnits(c, t)
		title := t.Title
		if title == "" {
			title = t.Text
		}
		key, g, k := weekGroup(c, ix, t)
		rank[key] = k
		status := string(t.Status)
		if status == "" {
			status = string(model.NotStarted)
		}
		r := WeekRow{ID: t.ID, GroupID: t.Group, key: key, Group: g, Task: title, Lead: ix.join(lead), Units: ix.join(units),
			Due: t.Period.Written(), Status: status, DoneOn: t.DoneOn, Notes: t.Notes}
		if !t.Period.End.IsZero() {
			end := t.Period.End
			r.DueDate = &end
		}
		if it.Report != nil {
			// A report the notice asks for: its own line and key, met by
			// its own submitted date, whatever the task's own state.
			end := it.Due.End
			r.Due, r.DueDate = it.Due.Written()+cn.Paren(it.Report.Send(it.Report.ReportWhat(it.Index))), &end
			r.ID = ReportOccurrenceID(t.ID, end)
			r.DoneOn = nil
			if it.DoneThisWeek {
				r.DoneOn = it.Report.SubmittedOn(c, t, it.Index)
				r.Status = string(model.Done)
			}
		} else if it.Due != nil {
			// One due date of a recurring deadline: its own line, its
			// own date, met or not by its own report.
			end := it.Due.End
			r.Due, r.DueDate = it.Due.Written()+cn.Paren(t.Period.Written()), &end
			// The row reports this occurrence: its key says which (a
			// missed report and the current one are two rows of a task).
			r.ID = OccurrenceID(t.ID, end)
			if it.DoneThisWeek {
				r.DoneOn = t.MetOn(indexOf(t.Period.Parts, *it.Due))
				if !t.Status.Finished() {
					// Met this week: the occurrence is done, the task goes on.
					r.Status = string(model.Done)
				}
			} else {
				r.DoneOn = nil
			}
		}
		rows = append(rows, r)
	}
	sort.SliceStable(rows, func(i, j int) bool { return rank[rows[i].key] < rank[rows[j].key] })
	for i := range rows {
		rows[i].No = i + 1
	}
	return wl, rows
}

// indexOf is the index of the occurrence with due's End in parts.
func indexOf(parts []period.Period, due period.Period) int {
	for i, p := range parts {
		if p.End.Equal(due.End) {
			return i
		}
	}
	return -1
}

// matrixUnits lists the units that lead or share any task, in the order of
// the campaign's units, as Campaign.Matrix picks its columns. (The matrix
// is streamed, so it does not call Matrix, which holds every cell.)
func matrixUnits(c *model.Campaign) []string {
	used := map[string]bool{}
	for i := range c.Tasks {
		lead, units := taskUnits(c, &c.Tasks[i])
		for _, id := range lead {
			used[id] = true
		}
		for _, id := range units {
			used[id] = true
		}
	}
	var out []string
	for _, u := range c.Units {
		if used[u.ID] {
			out = append(out, u.ID)
		}
	}
	return out
}

// Role marks in the responsibility matrix.
const (
	MarkLead        = "●"
	MarkResponsible = "○"
)

// people are a task's 责任领导 (kind model.ColumnLeader) or 责任人
// (model.ColumnPerson); a task with none of them shows the other kind
// when the data's columns have no column for it, as the Word table does.
func people(c *model.Campaign, t *model.Task, kind string) string {
	mine, other, otherKind := t.Leaders, t.Persons, model.ColumnPerson
	if kind == model.ColumnPerson {
		mine, other, otherKind = t.Persons, t.Leaders, model.ColumnLeader
	}
	if len(mine) == 0 && !slices.ContainsFunc(c.DivisionColumns(), func(h string) bool { return model.ColumnKind(h) == otherKind }) {
		mine = other
	}
	return strings.Join(mine, "、")
}

// detail is the task's text beside its title (a 任务内容 column's cell),
// "" when the text is the title or stands in the 任务 column itself.
func detail(t *model.Task) string {
	text := strings.TrimSpace(t.Text)
	if t.Title == "" || text == strings.TrimSpace(t.Title) {
		return ""
	}
	return text
}
