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
