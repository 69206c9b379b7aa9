package model

import (
	"fmt"
	"slices"

	"gongwen/internal/cn"
)

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
// first: the data's (division.numbering, each read as its form: 三、 is
// 一、), else 一、 （一） 1. （1）.
func (c *Campaign) NumberForms() []string {
	forms, _ := c.numberLevels()
	return forms
}

// numberLevels are the forms of the list's levels and the number each
// starts at (division.numbering's 三、 starts its level at 3; cn.ParseForm).
// A form Check rejects numbers as written, from 1.
func (c *Campaign) numberLevels() (forms []string, starts []int) {
	written := c.Division.Numbering
	if len(written) == 0 {
		written = []string{"一、", "（一）", "1.", "（1）"}
	}
	for _, w := range written {
		f, n := readForm(w)
		forms = append(forms, f)
		starts = append(starts, n)
	}
	return forms, starts
}

// readForm is the number form written w and the number it starts at
// (cn.ParseForm), or w from 1 when it is not a form (which Check reports).
func readForm(w string) (form string, start int) {
	if f, n, ok := cn.ParseForm(w); ok {
		return f, n
	}
	return w, 1
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
// in division.task_number's form when set), then its sub-categories. A
// level numbers from the start its form is written with (三、, 11.;
// cn.ParseForm), else from 1; the tasks of a list without categories
// are 1. 2. unless the data writes their form. The
// tasks of no category come before the first category, as published
// tables put the overall targets first: after the last category's tasks
// they read as that category's. A task whose category the walk does not
// reach (an unknown id, a loop, which Check reports) comes last, so every
// task is in the outline once.
func (c *Campaign) Outline() []OutlineItem {
	forms, starts := c.numberLevels()
	form := func(depth int) string { return forms[min(depth, len(forms)-1)] }
	// A level written with its start (三、, 11.) numbers from it under
	// each heading; a level beyond those written starts at 1.
	start := func(depth int) int {
		if depth < len(starts) {
			return starts[depth]
		}
		return 1
	}
	var out []OutlineItem
	seen := map[*Task]bool{}
	taskNo := 0
	begun := false
	tasks := func(list []*Task, depth int) {
		f, first := form(depth), start(depth)
		switch {
		case c.Division.TaskNumber != "":
			f, first = readForm(c.Division.TaskNumber)
		case len(c.Categories) == 0 && len(c.Division.Numbering) == 0:
			// A flat list is items, not headings: 1. 2. (广东's
			// 「11.全省空气质量……」), not the 一、 of a category; the data
			// writes numbering: [一、] for a flat list numbered so.
			f = "1."
		}
		if !c.Division.Continuous || !begun {
			taskNo = first - 1
		}
		if len(list) > 0 {
			begun = true
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
			out = append(out, OutlineItem{Depth: depth, Category: cat, Number: start(depth) + i, Form: form(depth)})
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

// ListAfter is the programme as the division list of document d lays it
// out after d's own numbered sections (荆门's 方案: 「一、总体要求」 in
// prose, then the category 「二、主要指标」 with its tasks): when the list's
// top level is numbered in the form of d's top sections, it goes on from
// them (二、 after one section) instead of starting again at 一、, so the
// published order reads once. A start the data writes (division.numbering
// [三、]) is kept; clash then says when it repeats a section's number.
// A table is its own block and numbers from its own start.
func (c *Campaign) ListAfter(d *Document) (cc *Campaign, clash string) {
	if len(d.Sections) == 0 || !c.ListLayout() || d.TasksSection() != nil {
		return c, ""
	}
	items := c.Outline()
	if len(items) == 0 || items[0].Depth != 0 {
		return c, ""
	}
	top := "一、"
	if len(d.Numbering) > 0 {
		top = d.Numbering[0]
	}
	first := items[0]
	if first.Form != top || top == cn.NoNumber {
		return c, ""
	}
	n := len(d.Sections)
	byTask := first.Task != nil && c.Division.TaskNumber != ""
	written := ""
	switch {
	case byTask:
		written = c.Division.TaskNumber
	case len(c.Division.Numbering) > 0:
		written = c.Division.Numbering[0]
	}
	if _, start := readForm(written); written != "" && start > 1 {
		if start <= n {
			clash = fmt.Sprintf("《%s》正文有 %d 个“%s”级层次，任务列表的第一级从“%s”起，序号与正文的重复：请删去起始序号（列表自动接着正文编号），或改为从“%s”起",
				d.Title, n, cn.FormNumber(top, 1), written, cn.FormNumber(top, n+1))
		}
		return c, clash
	}
	copied := *c
	next := cn.FormNumber(top, n+1)
	if byTask {
		copied.Division.TaskNumber = next
		return &copied, ""
	}
	numbering := append([]string(nil), c.NumberForms()...)
	numbering[0] = next
	copied.Division.Numbering = numbering
	return &copied, ""
}

// CategoryRowForm is how a table lays out a category row at depth (0 for
// the top): the level's written division.category_rows (the last repeats
// for deeper levels), else 整行 at the top and 分列 below it — published
// tables (广州 2021) head a 大类 with a row across the table and put a
// 小类's 「（一）」 in the 序号 column, its name in the task column. A
// table without a 序号 column has only 整行.
func (c *Campaign) CategoryRowForm(depth int, hasNo bool) string {
	if !hasNo {
		return CategoryRowWhole
	}
	if rows := c.Division.CategoryRows; len(rows) > 0 {
		return rows[min(depth, len(rows)-1)]
	}
	if depth == 0 {
		return CategoryRowWhole
	}
	return CategoryRowSplit
}

// TableStart is the first 序号 of the division table: the start the data
// writes in division.task_number (崇川's table of 民生实事 goes on from
// 「24」), else 1. The table numbers its tasks through from it.
func (c *Campaign) TableStart() int {
	if c.Division.TaskNumber == "" {
		return 1
	}
	_, n := readForm(c.Division.TaskNumber)
	return n
}

// ListLayout reports whether the division is laid out as the list: the
// data says 列表, or says nothing and has no special activities.
func (c *Campaign) ListLayout() bool {
	l := c.Division.Layout
	return l == LayoutList || l == "" && !c.Campaigning()
}

// TasksSection is the section of d (at any depth) that holds the
// division's list (tasks: true), or nil: the list is then printed there,
// not after the sections.
func (d *Document) TasksSection() *Section {
	var find func(secs []Section, depth int) *Section
	find = func(secs []Section, depth int) *Section {
		if depth > 16 {
			return nil
		}
		for i := range secs {
			if secs[i].Tasks {
				return &secs[i]
			}
			if s := find(secs[i].Sections, depth+1); s != nil {
				return s
			}
		}
		return nil
	}
	return find(d.Sections, 0)
}

// tasksSections counts the sections of d that say tasks: true.
func (d *Document) tasksSections() int {
	var count func(secs []Section, depth int) int
	count = func(secs []Section, depth int) int {
		n := 0
		for i := range secs {
			if secs[i].Tasks {
				n++
			}
			if depth < 16 {
				n += count(secs[i].Sections, depth+1)
			}
		}
		return n
	}
	return count(d.Sections, 0)
}

// AsPrinted is the programme numbered as the data's 责任分工 prints its
// list: when one 责任分工 lists the tasks after its own sections, its
// categories go on from them (ListAfter: 荆门's 「二、主要指标」), and the
// Excel 责任分工表 numbers them so too, not 「一、」 beside the Word's 「二、」.
func (c *Campaign) AsPrinted() *Campaign {
	var found *Document
	for i := range c.Documents {
		d := &c.Documents[i]
		if d.Kind != Division || len(d.Sections) == 0 || d.TasksSection() != nil ||
			!slices.ContainsFunc(d.Attachments, func(a Attachment) bool { return a.Source == AttachDivision && !a.Selects() }) {
			continue
		}
		if found != nil {
			return c // two of them: which one the table follows is not clear
		}
		found = d
	}
	if found == nil {
		return c
	}
	cc, _ := c.ListAfter(found)
	return cc
}
