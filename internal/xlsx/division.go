package xlsx

import (
	"bytes"
	"slices"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"gongwen/internal/cn"
	"gongwen/internal/model"
)

// The 责任分工表 has the columns of the Word table (the data's
// division.columns, or the default ones) in the same order under the same
// headers, then the column the units fill in (进展情况, or 备注 for a
// programme) where the data chose none — only for a campaign's default
// columns, or when tasks carry notes to show: a table of the office's own columns
// (旌阳's 类别|指标|分值|目标任务|监考单位) has no column it did not print —
// and the hidden 任务标识 that import matches rows by. Its template is drawn for those columns at each build;
// fengongbiao.xlsx, the one an office exports and edits, is the one drawn
// for the default columns.

// divisionCol is a column of the 责任分工表.
type divisionCol struct {
	kind  string // a model.ColumnOrder kind, or colID
	head  string // the header as the data writes it
	field string // the DivisionRow field it shows
}

// divisionFields are the DivisionRow fields the kinds of column show, and
// their width when the content does not ask for more.
var divisionFields = map[string]struct {
	field string
	width float64
}{
	model.ColumnGroup: {"Activity", 14}, model.ColumnNo: {"No", 6}, model.ColumnTask: {"Task", 42},
	model.ColumnLead: {"Lead", 16}, model.ColumnUnits: {"Units", 24}, model.ColumnDue: {"Due", 12},
	model.ColumnNotes: {"Progress", 26}, model.ColumnLeader: {"Leader", 14}, model.ColumnPerson: {"Person", 14}, model.ColumnDetail: {"Detail", 42}, colID: {"ID", 10},
	model.ColumnValue: {"Values", 10},
}

// divisionPlan lays out the 责任分工表 of c (nil: the built-in template's
// columns, a campaign's).
func divisionPlan(c *model.Campaign) []divisionCol {
	heads := []string{"专项活动", "序号", "工作任务", "牵头单位", "责任单位", "完成时限"}
	notes := colProgress
	if c != nil {
		heads = c.DivisionColumns()
		if !c.Campaigning() {
			notes = colNotes
		}
	}
	if c != nil && listLayout(c) && len(c.Division.Columns) == 0 {
		heads = listHeads(c, heads)
	}
	var plan []divisionCol
	seen := map[string]bool{}
	kinds := model.ColumnKindsOf(heads)
	if c != nil {
		kinds = c.ColumnKinds(heads)
	}
	values := map[string]bool{}
	for i, k := range kinds {
		h := heads[i]
		if k == model.ColumnValue {
			// A task's own value (旌阳's 分值), under its name.
			if name := strings.TrimSpace(h); !values[name] {
				values[name] = true
				plan = append(plan, divisionCol{k, name, ""})
			}
			continue
		}
		if k == "" || seen[k] {
			continue // validate reports it; the table shows each kind once
		}
		seen[k] = true
		plan = append(plan, divisionCol{k, h, divisionFields[k].field})
	}
	if c != nil && listLayout(c) {
		// The Word list prints each task's 责任领导 and 责任人 on lines of
		// their own; the table has no lines, so it gives them columns
		// (before 备注) rather than drop them.
		for _, k := range []struct{ kind, head string }{{model.ColumnLeader, "责任领导"}, {model.ColumnPerson, "责任人"}} {
			if !seen[k.kind] && slices.ContainsFunc(c.Tasks, func(t model.Task) bool {
				return len(t.Leaders) > 0 && k.kind == model.ColumnLeader || len(t.Persons) > 0 && k.kind == model.ColumnPerson
			}) {
				seen[k.kind] = true
				col := divisionCol{k.kind, peopleHead(c, k.kind, k.head), divisionFields[k.kind].field}
				if at := slices.IndexFunc(plan, func(d divisionCol) bool { return d.kind == model.ColumnNotes }); at >= 0 {
					plan = slices.Insert(plan, at, col)
				} else {
					plan = append(plan, col)
				}
			}
		}
	}
	if c != nil && listLayout(c) && len(c.Division.Columns) == 0 {
		// The values the Word list does not print (no columns name
		// them; the build warns) still have a column here.
		for _, name := range c.ValueNames() {
			if !values[name] && model.ColumnKind(name) != model.ColumnNotes {
				values[name] = true
				plan = append(plan, divisionCol{model.ColumnValue, name, ""})
			}
		}
	}
	if !seen[model.ColumnNotes] && wantsNotes(c) {
		plan = append(plan, divisionCol{model.ColumnNotes, notes, divisionFields[model.ColumnNotes].field})
	}
	return append(plan, divisionCol{colID, colID, divisionFields[colID].field})
}

// wantsNotes reports whether the 责任分工表 of c (nil: the built-in
// template's) has a 备注 (进展情况) column the data's columns do not name:
// a campaign's default columns have it, for the units to fill in; a
// programme's table or list (广东 2021's list has none) and columns the
// data writes have it only when a task has notes to show, which import
// keeps there.
func wantsNotes(c *model.Campaign) bool {
	if c == nil || len(c.Division.Columns) == 0 && c.Campaigning() {
		return true
	}
	return slices.ContainsFunc(c.Tasks, func(t model.Task) bool { return strings.TrimSpace(t.Notes) != "" })
}

// peopleHead is the header of the column the Excel table adds for the
// list's 责任领导 or 责任人 line: the list's own label (广东's 分管省领导,
// division.lines), else def.
func peopleHead(c *model.Campaign, kind, def string) string {
	st := c.Division.Lines.Leaders
	if kind == model.ColumnPerson {
		st = c.Division.Lines.Persons
	}
	if l := strings.TrimRight(strings.TrimSpace(st.Label), "：:"); l != "" && l != "无" {
		return l
	}
	return def
}

// has reports whether the plan has a column of the kind.
func hasCol(plan []divisionCol, kind string) bool {
	for _, c := range plan {
		if c.kind == kind {
			return true
		}
	}
	return false
}

// colLetter is the letter of the i-th column (from 0).
func colLetter(i int) string {
	n, _ := excelize.ColumnNumberToName(i + 1)
	return n
}

// divisionSheet draws the 责任分工表's template for the plan's columns.
func divisionSheet(f *excelize.File, plan []divisionCol) error {
	const s = DivisionSheet
	if err := f.SetSheetName("Sheet1", s); err != nil {
		return err
	}
	st, err := newStyles(f, profileFonts(nil))
	if err != nil {
		return err
	}
	widths := make([]float64, len(plan))
	heads := make([]any, len(plan))
	cells := make([]any, len(plan))
	for i, c := range plan {
		widths[i] = divisionFields[c.kind].width
		heads[i] = c.head
		cells[i] = "{{." + c.field + "}}"
		if c.kind == model.ColumnValue {
			cells[i] = "{{index .Values " + strconv.Quote(c.head) + "}}"
		}
	}
	cells[0] = "{{range .Rows}}" + cells[0].(string)
	cells[len(cells)-1] = cells[len(cells)-1].(string) + "{{end}}"
	if err := setWidths(f, s, widths); err != nil {
		return err
	}
	id := colLetter(len(plan) - 1)   // the hidden 任务标识
	last := colLetter(len(plan) - 2) // the last printed column
	steps := []func() error{
		func() error { return f.SetColVisible(s, id, false) },
		func() error { return setRow(f, s, 1, st.title, "{{.Title}}") },
		func() error { return f.MergeCell(s, "A1", last+"1") },
		func() error { return f.SetRowHeight(s, 1, 36) },
		func() error { return setRow(f, s, 2, st.subtitle, "{{.Subtitle}}") },
		func() error { return f.MergeCell(s, "A2", last+"2") },
		func() error { return setRow(f, s, divisionHeaderRow, st.header, heads...) },
		func() error { return f.SetRowHeight(s, divisionHeaderRow, 24) },
		func() error { return setRow(f, s, 4, st.body, cells...) },
		func() error {
			for i, c := range plan {
				style := 0
				switch c.kind {
				case model.ColumnNo, model.ColumnGroup, model.ColumnDue:
					style = st.center
				case colID:
					style = st.hidden
				}
				if style != 0 {
					if err := f.SetCellStyle(s, colLetter(i)+"4", colLetter(i)+"4", style); err != nil {
						return err
					}
				}
			}
			return nil
		},
		func() error { return f.SetPanes(s, frozen(4)) },
		func() error { return pageSetup(f, s, "$3:$3", true) },
		func() error {
			return f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Area", RefersTo: quoteSheet(s) + "!$A$1:$" + last + "$4", Scope: s})
		},
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return err
		}
	}
	return nil
}

// divisionTemplate is the built-in 责任分工表 template (fengongbiao.xlsx).
func divisionTemplate(f *excelize.File) error { return divisionSheet(f, divisionPlan(nil)) }

// divisionTemplateFor is the template of the 责任分工表 of c, parsed.
func divisionTemplateFor(c *model.Campaign) (*Template, error) {
	f := excelize.NewFile()
	defer f.Close()
	var b bytes.Buffer
	err := divisionSheet(f, divisionPlan(c))
	if err == nil {
		err = write(f, &b)
	}
	if err != nil {
		return nil, err
	}
	return Parse(DivisionTemplate, b.Bytes(), Options{})
}

// divisionItems are the rows of the 责任分工表 of c as its plan shows them:
// without a 牵头单位 column the lead units head the 责任单位 cell, as in the
// Word table. A programme's rows follow its outline (model.Outline), so
// every level of category the Word division shows is in the table too:
// without a group column each category heads its tasks in a row of its own
// (「二、重点工作任务」, 「（一）着力稳增长…」), which heads says by the
// index of the row in the result; with one, the group cell names the
// task's categories from the top down, one a line. The 序号 is the number
// the Word list gives the task (「二（三）3.」 is 3 under 「（三）…」); a
// table layout numbers the tasks through, as the Word table does.
func divisionItems(c *model.Campaign, rows []DivisionRow, plan []divisionCol) (items []DivisionRow, heads map[int]string) {
	if !hasCol(plan, model.ColumnLead) {
		sep := c.Division.Join
		if sep == "" {
			sep = "、"
		}
		for i := range rows {
			if rows[i].Lead != "" {
				rows[i].Units = strings.Trim(rows[i].Lead+sep+rows[i].Units, sep)
				rows[i].Lead = ""
			}
		}
	}
	if c.Campaigning() {
		return rows, nil
	}
	tasks := orderedTasks(c)
	if len(c.Categories) == 0 {
		// A flat list's numbers, as the Word list prints them, or the
		// table's through: from the start the data writes (广东 2022's
		// 「11.」, 崇川's table from 24).
		list := listLayout(c)
		for i, it := range c.Outline() {
			if i < len(tasks) && it.Task == tasks[i] {
				rows[i].No = c.TableStart() + i
				if list {
					rows[i].No = it.Number
				}
			}
		}
		return rows, nil
	}
	byID := map[*model.Task]DivisionRow{}
	for i, t := range tasks {
		byID[t] = rows[i]
	}
	group := hasCol(plan, model.ColumnGroup)
	list := c.Division.Layout != model.LayoutTable
	heads = map[int]string{}
	// path are the headings down to the latest one, ids the categories.
	var path, ids []string
	n := c.TableStart() - 1
	for _, it := range c.Outline() {
		if it.Category != nil {
			name := it.Category.Heading()
			if list || !group || len(c.Division.Numbering) > 0 {
				// Numbered as the list numbers it, and in a 类别 column
				// when the data writes the numbering (繁昌's 「一、…」).
				name = cn.FormNumber(it.Form, it.Number) + name
			}
			path = append(path[:min(it.Depth, len(path))], name)
			ids = append(ids[:min(it.Depth, len(ids))], it.Category.ID)
			if !group {
				heads[len(items)] = name
				items = append(items, DivisionRow{})
			}
			continue
		}
		n++
		r := byID[it.Task]
		r.No = n
		if list {
			r.No = it.Number
		}
		if group {
			// A task of no category, listed after them, is under none.
			r.Activity = ""
			if d := it.Depth; d > 0 && d <= len(ids) && ids[d-1] == it.Task.Category {
				r.Activity = strings.Join(path[:d], "\n")
			}
		}
		items = append(items, r)
	}
	return items, heads
}

// listLayout reports whether the data's division is the list (division.layout
// 列表, or a programme's default), as the Word 责任分工 lays it out.
func listLayout(c *model.Campaign) bool {
	switch c.Division.Layout {
	case model.LayoutList:
		return true
	case model.LayoutTable:
		return false
	}
	return !c.Campaigning()
}

// listHeads are the Excel columns of a list-layout division whose data
// chose none: the default ones but those no task fills (no 类别 without
// categories; a 工作要点 of
// 责任单位 only has no 牵头单位 column, one without deadlines no 完成时限:
// empty columns the published list never had), and a 任务内容 column
// after the task when tasks have text beside their titles (the
// description the Word list prints under each task).
func listHeads(c *model.Campaign, heads []string) []string {
	has := func(f func(t *model.Task) bool) bool {
		for i := range c.Tasks {
			if f(&c.Tasks[i]) {
				return true
			}
		}
		return false
	}
	var out []string
	for i, k := range model.ColumnKindsOf(heads) {
		switch k {
		case model.ColumnGroup:
			if len(c.Categories) == 0 && !c.Campaigning() {
				continue
			}
		case model.ColumnLead:
			if !has(func(t *model.Task) bool { return len(c.TaskLead(t)) > 0 }) {
				continue
			}
		case model.ColumnDue:
			if !has(func(t *model.Task) bool { return t.Period.Written() != "" }) {
				continue
			}
		}
		out = append(out, heads[i])
		if k == model.ColumnTask && has(func(t *model.Task) bool { return detail(t) != "" }) {
			out = append(out, "任务内容")
		}
	}
	return out
}
