package model

import (
	"fmt"
	"slices"
)

// A notice may issue several division documents (衢州 衢政办发〔2021〕3号:
// 附件1 重点工作任务分解, 附件2 十方面民生实事, 附件3 重大项目), each its
// own table of its own tasks in its own layout. An attachment picks its
// tasks (Attachment.Categories, Tasks, Tag) and may write its own layout
// (Attachment.Division); ForAttachment gives the programme as that
// attachment shows it, so the division code lays it out as it lays out
// the whole.

// Selects reports whether the attachment picks some of the tasks rather
// than listing them all.
func (a *Attachment) Selects() bool {
	return len(a.Categories) > 0 || len(a.Tasks) > 0 || a.Tag != ""
}

// Picks reports whether the attachment lists task t: every task when it
// picks none, else one in a category it names (or below), named by id, or
// tagged with its tag.
func (a *Attachment) Picks(c *Campaign, t *Task) bool {
	if !a.Selects() {
		return true
	}
	if slices.Contains(a.Tasks, t.ID) || a.Tag != "" && slices.Contains(t.Tags, a.Tag) {
		return true
	}
	for _, cat := range c.CategoryPath(t) {
		if slices.Contains(a.Categories, cat.ID) {
			return true
		}
	}
	return false
}

// ForAttachment is the programme as a division attachment shows it: the
// tasks it picks, the categories that hold them (no empty heading), and
// its own layout over the data's. An attachment of one category is that
// category: its heading is the attachment's title, so it is not printed
// again, its sub-categories are the attachment's first level and its own
// tasks come before them. Units a task took from a category left out are
// written on the task, so the tables and lists name them. c is not
// changed; the result shares its units and documents.
func (c *Campaign) ForAttachment(a *Attachment) *Campaign {
	cc := *c
	cc.Division = c.Division.Over(a.Division)
	if !a.Selects() {
		return &cc
	}
	root := ""
	if len(a.Categories) == 1 && len(a.Tasks) == 0 && a.Tag == "" {
		root = a.Categories[0]
	}
	cc.Tasks = nil
	keep := map[string]bool{}
	for i := range c.Tasks {
		t := &c.Tasks[i]
		if !a.Picks(c, t) {
			continue
		}
		cc.Tasks = append(cc.Tasks, *t)
		for _, cat := range c.CategoryPath(t) {
			keep[cat.ID] = true
		}
	}
	cc.Categories = nil
	for _, cat := range c.Categories {
		if !keep[cat.ID] || cat.ID == root {
			continue
		}
		if root != "" && !slices.ContainsFunc(c.categoryAncestors(cat.ID), func(id string) bool { return id == root }) {
			continue // above the root: the attachment's title says it
		}
		if cat.Parent == root && root != "" {
			cat.Parent = ""
		}
		cc.Categories = append(cc.Categories, cat)
	}
	for i := range cc.Tasks {
		t := &cc.Tasks[i]
		orig := c.TaskByID(t.ID)
		if t.Category == root && root != "" {
			t.Category = ""
		}
		if orig == nil {
			continue
		}
		// Units inherited from a category left out stay the task's.
		if lead := c.TaskLeadAsWritten(orig); !slices.Equal(cc.TaskLeadAsWritten(t), lead) {
			t.Lead = lead
		}
		if units := c.TaskUnitsAsWritten(orig); !slices.Equal(cc.TaskUnitsAsWritten(t), units) {
			t.Units = units
		}
	}
	return &cc
}

// categoryAncestors are the ids of the categories above id, nearest first;
// a loop (which Check reports) ends them.
func (c *Campaign) categoryAncestors(id string) []string {
	var out []string
	seen := map[string]bool{id: true}
	for cat := c.CategoryByID(id); cat != nil && cat.Parent != "" && !seen[cat.Parent]; cat = c.CategoryByID(cat.Parent) {
		seen[cat.Parent] = true
		out = append(out, cat.Parent)
	}
	return out
}

// Over is the layout d with what o writes put over it: o's written fields
// replace d's, the rest stays d's (an attachment's own layout over the
// data's division).
func (d DivisionLayout) Over(o DivisionLayout) DivisionLayout {
	set := func(dst *string, v string) {
		if v != "" {
			*dst = v
		}
	}
	set(&d.Layout, o.Layout)
	set(&d.TaskNumber, o.TaskNumber)
	set(&d.Orientation, o.Orientation)
	set(&d.HeadingEnd, o.HeadingEnd)
	set(&d.Join, o.Join)
	set(&d.Outer, o.Outer)
	if len(o.Numbering) > 0 {
		d.Numbering = o.Numbering
	}
	if len(o.Columns) > 0 {
		d.Columns = o.Columns
	}
	if len(o.CategoryRows) > 0 {
		d.CategoryRows = o.CategoryRows
	}
	d.Inline = d.Inline || o.Inline
	d.Continuous = d.Continuous || o.Continuous
	d.TextRunIn = d.TextRunIn || o.TextRunIn
	for _, st := range []struct{ dst, src *LineStyle }{
		{&d.Lines.Leaders, &o.Lines.Leaders}, {&d.Lines.Lead, &o.Lines.Lead}, {&d.Lines.Units, &o.Lines.Units},
		{&d.Lines.Persons, &o.Lines.Persons}, {&d.Lines.Period, &o.Lines.Period},
	} {
		set(&st.dst.Label, st.src.Label)
		set(&st.dst.Form, st.src.Form)
		set(&st.dst.Verb, st.src.Verb)
		set(&st.dst.End, st.src.End)
	}
	return d
}

// Unpicked names the tasks that none of a document's division attachments
// lists, when they pick their tasks: nothing may vanish from a notice
// without the build saying so. Nil when some division attachment lists
// every task, or the document has none.
func (c *Campaign) Unpicked(doc *Document) []*Task {
	var divs []*Attachment
	for i := range doc.Attachments {
		a := &doc.Attachments[i]
		if a.Source != AttachDivision {
			continue
		}
		if !a.Selects() {
			return nil
		}
		divs = append(divs, a)
	}
	if len(divs) == 0 {
		return nil
	}
	var out []*Task
	for i := range c.Tasks {
		t := &c.Tasks[i]
		if !slices.ContainsFunc(divs, func(a *Attachment) bool { return a.Picks(c, t) }) {
			out = append(out, t)
		}
	}
	return out
}

// checkSelections checks the attachments that pick their tasks: only a
// division attachment picks, what it names exists, it picks at least one
// task, and its own layout is checked as the data's is.
func (k *checker) checkSelections(i int, d Document) {
	for j := range d.Attachments {
		a := &d.Attachments[j]
		p := fmt.Sprintf("documents[%d].attachments[%d]", i, j)
		own := !zeroLayout(a.Division)
		if a.Source != AttachDivision {
			if a.Selects() || own {
				k.add(p, "附件“%s”不是责任分工（source: division），categories、tasks、tag 和 division 只用于责任分工附件", a.Title)
			}
			continue
		}
		k.refs(p+".categories", a.Categories, &k.categories)
		k.refs(p+".tasks", a.Tasks, &k.tasks)
		if a.Tag != "" && !slices.ContainsFunc(k.c.Tasks, func(t Task) bool { return slices.Contains(t.Tags, a.Tag) }) {
			k.add(p+".tag", "没有任务带标签“%s”（任务的 tags）", a.Tag)
		}
		if a.Selects() && !slices.ContainsFunc(k.c.Tasks, func(t Task) bool { return a.Picks(k.c, &t) }) {
			k.add(p, "附件“%s”按 categories、tasks、tag 选不出任何任务", a.Title)
		}
		if own {
			// The merged layout, less what the data's own division is
			// already told of.
			top := &checker{c: k.c}
			top.checkDivision()
			sub := &checker{c: k.c.ForAttachment(a)}
			sub.checkDivision()
			for _, pr := range sub.out {
				if !slices.Contains(top.out, pr) {
					k.add(p+"."+pr.Path, "%s", pr.Msg)
				}
			}
		}
	}
}

// Zero reports whether the layout writes nothing: an attachment's that
// takes the data's division as it is.
func (d DivisionLayout) Zero() bool { return zeroLayout(d) }

func zeroLayout(d DivisionLayout) bool {
	return d.Layout == "" && len(d.Numbering) == 0 && d.TaskNumber == "" && !d.Inline && !d.Continuous && !d.TextRunIn &&
		len(d.Columns) == 0 && len(d.CategoryRows) == 0 && d.Orientation == "" && d.HeadingEnd == "" && d.Join == "" && d.Outer == "" && d.Lines == (ListLines{})
}
