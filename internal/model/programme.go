package model

// A programme (年度重点工作任务分解, 工作要点分工) is the same data as a
// campaign without special activities: its tasks sit under categories and
// its documents must not speak of 活动.

// Campaigning reports whether the data describes a campaign with special
// activities (专项活动); without them no document may use the words of one
// (专项活动, “学创”活动).
func (c *Campaign) Campaigning() bool { return len(c.Activities) > 0 }

// ShortTitle is the name of the body of work as titles of tables and lists
// use it: “学创”活动 for a campaign with a short name, else the full name.
func (c *Campaign) ShortTitle() string {
	if c.ShortName != "" && c.Campaigning() {
		return "“" + c.ShortName + "”活动"
	}
	return c.Name
}

// CategoryByID returns the task category with the id, or nil.
func (c *Campaign) CategoryByID(id string) *Category {
	for i := range c.Categories {
		if c.Categories[i].ID == id {
			return &c.Categories[i]
		}
	}
	return nil
}

// CategoryPath returns the categories of a task from the top level down to
// its own, nil for a task without one. A loop (which Check reports) ends
// the path.
func (c *Campaign) CategoryPath(t *Task) []*Category {
	var path []*Category
	seen := map[string]bool{}
	for id := t.Category; id != "" && !seen[id]; {
		seen[id] = true
		cat := c.CategoryByID(id)
		if cat == nil {
			break
		}
		path = append([]*Category{cat}, path...)
		id = cat.Parent
	}
	return path
}

// SubCategories returns the categories directly under parent ("" for the
// top level), in data order.
func (c *Campaign) SubCategories(parent string) []*Category {
	var out []*Category
	for i := range c.Categories {
		if c.Categories[i].Parent == parent {
			out = append(out, &c.Categories[i])
		}
	}
	return out
}

// CategoryTasks returns the tasks directly in a category ("" for those in
// none), in data order.
func (c *Campaign) CategoryTasks(id string) []*Task {
	return c.tasksWhere(func(t *Task) bool { return t.Category == id })
}

// DivisionColumns are the headers of the division table's columns: the
// data's (division.columns), else the group (专项活动 in a campaign, 类别 in
// a programme), 序号, 工作任务, 牵头单位, 责任单位, 完成时限. The Word table,
// the 印发 notice's attachment and the Excel 责任分工表 all follow them.
func (c *Campaign) DivisionColumns() []string {
	if cols := c.Division.Columns; len(cols) > 0 {
		return cols
	}
	group := "类别"
	if c.Campaigning() {
		group = "专项活动"
	}
	return []string{group, "序号", "工作任务", "牵头单位", "责任单位", "完成时限"}
}

// NumberForms are the number forms of the division list's levels, top
// first: the data's (division.numbering), else 一、 （一） 1. （1）.
func (c *Campaign) NumberForms() []string {
	if f := c.Division.Numbering; len(f) > 0 {
		return f
	}
	return []string{"一、", "（一）", "1.", "（1）"}
}

// OutlineItem is one line of a programme's outline: a category heading or
// a task, at its depth, with the number the division list gives it.
type OutlineItem struct {
	Depth    int       // 0 for a top category; a task is one below its category
	Category *Category // set for a heading
	Task     *Task     // set for a task
	Number   int       // from 1 within its level, as the list numbers it
	Form     string    // the number form of its level (一、 （一） 1. …)
}

// Outline is the programme as the division list lays it out: each
// category a heading numbered at its depth, its own tasks numbered at the
// level below it (afresh under each category unless division.continuous;
// in division.task_number's form when set), then its sub-categories. The
// tasks of no category come before the first category, as published
// tables put the overall targets first: after the last category's tasks
// they read as that category's. A task whose category the walk does not
// reach (an unknown id, a loop, which Check reports) comes last, so every
// task is in the outline once.
func (c *Campaign) Outline() []OutlineItem {
	forms := c.NumberForms()
	form := func(depth int) string { return forms[min(depth, len(forms)-1)] }
	var out []OutlineItem
	seen := map[*Task]bool{}
	taskNo := 0
	tasks := func(list []*Task, depth int) {
		if !c.Division.Continuous {
			taskNo = 0
		}
		f := form(depth)
		if c.Division.TaskNumber != "" {
			f = c.Division.TaskNumber
		}
		for _, t := range list {
			taskNo++
			seen[t] = true
			out = append(out, OutlineItem{Depth: depth, Task: t, Number: taskNo, Form: f})
		}
	}
	depth := 0
	if len(c.Categories) > 0 {
		depth = 1
	}
	var free []*Task
	for i := range c.Tasks {
		if t := &c.Tasks[i]; t.Category == "" {
			free = append(free, t)
		}
	}
	if len(free) > 0 && len(c.Categories) > 0 {
		tasks(free, depth)
	}
	walked := map[string]bool{}
	var walk func(parent string, depth int)
	walk = func(parent string, depth int) {
		for i, cat := range c.SubCategories(parent) {
			if walked[cat.ID] {
				continue
			}
			walked[cat.ID] = true
			out = append(out, OutlineItem{Depth: depth, Category: cat, Number: i + 1, Form: form(depth)})
			tasks(c.CategoryTasks(cat.ID), depth+1)
			walk(cat.ID, depth+1)
		}
	}
	walk("", 0)
	var rest []*Task
	for i := range c.Tasks {
		if t := &c.Tasks[i]; !seen[t] {
			rest = append(rest, t)
		}
	}
	if len(rest) > 0 {
		tasks(rest, depth)
	}
	return out
}
