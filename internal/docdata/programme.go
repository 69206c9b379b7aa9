package docdata

import (
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"gongwen/internal/cn"
	"gongwen/internal/lazyre"
	"gongwen/internal/model"
)

// The responsibility division of a programme or a campaign, laid out as
// the data chooses (model.DivisionLayout): a table, or the list common in
// government notices —
//
//	一、稳定经济增长
//	1.地区生产总值增长6%左右。
//	牵头单位：区发展改革委
//	责任单位：各街道、区直各部门
//
// Every task is in it: those of no special activity and no category too.

// divisionContent is the division as the data lays it out: list blocks, or
// the rows of the table, whose cells are broken for a table total twips
// wide (tableWidth), and the headers of its columns, broken as their
// columns hold them (headLines).
func divisionContent(c *model.Campaign, total int) ([]Block, []DivisionRow, DivisionCells) {
	heads := divisionHeads(c)
	if divisionLayout(c) == model.LayoutList {
		return divisionList(c), nil, heads
	}
	rows := divisionRows(c)
	fillCells(c, rows, heads)
	// A 分列 category row's 「（一）」 stands in the 序号 column, which must
	// be wide enough for it: the widths are measured with those rows too.
	all := append(rows, splitHeadings(c, heads)...)
	widths := breakDues(all, heads, total, collectiveNames(c))
	heads = headLines(heads, widths)
	rows = withHeadings(c, all[:len(rows)])
	head := measureRows(rows, heads, widths, total)
	for i := range rows {
		rows[i].head = head
	}
	return nil, rows, heads
}

// headLines breaks each header that its column cannot hold on one line
// between words, in lines as even as the words allow (牵头区 / 领导,
// 市政府 / 分管领导, 完成时限 / 要求), with a line break (U+2028) the word processor keeps:
// left to it, a header of six characters in a column of five wrapped
// 「具体任务分 / 解」, one of seven 「市政府分 / 管领导」 (QA s10, 繁昌 and
// 广州). A header with no place to break between words is left to the
// word processor.
func headLines(heads DivisionCells, widths [divisionKinds]int) DivisionCells {
	out := heads
	at := out.slots()
	for col, hs := range heads.lists() {
		if len(hs) == 0 {
			continue
		}
		room := widths[col] - tableMargin
		broken := make([]string, len(hs))
		for i, h := range hs {
			broken[i] = h
			if textWidth(h) <= room {
				continue
			}
			// Breaks between words the list knows (完成时限 / 要求) first;
			// else the lines cn.CellLines balances (牵头区 / 领导).
			halves := cellHalvesIn(h, room)
			lines := cn.CellLinesAtWords(h, halves)
			if len(lines) < 2 {
				lines = cn.CellLines(h, halves)
			}
			if len(lines) < 2 || strings.Join(lines, "") != h {
				continue
			}
			broken[i] = strings.Join(lines, "\u2028")
		}
		*at[col] = broken
	}
	return out
}

// breakDues sets the lines of the cells that their columns cannot hold on
// one line, where a reader expects the breaks rather than where Word or
// LibreOffice happen to cut:
//   - a 完成时限 cell of several dates (3月30日、6月30日、9月30日、12月30日)
//     puts each on a line of its own, so no date is cut (「12月/30日」), and
//     a date too long for the column breaks between words
//     (每季度最后一个月 / 30日前);
//   - a 牵头单位 or 责任单位 cell that wraps lists its units one a paragraph
//     ("\n", which the built-in templates print with paras), each but the
//     last ending in the data's separator (、 or ，: dropped, a reader could
//     not tell a unit broken over two lines from two units); a name longer
//     than the column breaks between its words (中共湖北省 /
//     纪律检查委员会) with a line break (U+2028) inside its paragraph, so a
//     wrapped name still reads as one and the small space between
//     paragraphs shows where the next unit starts;
//     A collective unit whose name holds 、 (各乡镇人民政府、街道办事处,
//     one of collective) stays one paragraph: it is one unit;
//   - a category (类别, 专项活动) that wraps breaks between its words
//     (全力提振 / 消费, not 全力提 / 振消费);
//   - a task or note that would end on a line of one character is broken
//     by hand (cellWrap), so no cell ends on 「料」 alone.
func breakDues(rows []DivisionRow, heads DivisionCells, total int, collective []string) [divisionKinds]int {
	widths := DivisionColumnWidths(rows, heads, total)
	for i := range rows {
		c := &rows[i].Cells
		for j, v := range c.Due {
			if textWidth(v) <= widths[5]-tableMargin {
				continue
			}
			var lines []string
			for _, p := range pieces(v) {
				lines = append(lines, dueLines(p, widths[5]-tableMargin)...)
			}
			c.Due[j] = strings.Join(lines, "\n")
		}
		for _, col := range []struct {
			cells []string
			width int
		}{{c.Task, widths[slotTask]}, {c.Notes, widths[slotNotes]}, {c.Detail, widths[slotDetail]}, {c.Values, widths[slotValues]}} {
			for j, v := range col.cells {
				if lines := cellWrap(v, col.width-tableMargin); len(lines) > 1 {
					col.cells[j] = strings.Join(lines, "\u2028")
				}
			}
		}
		for j, v := range c.Group {
			var lines []string
			for _, name := range strings.Split(v, "\n") {
				if textWidth(name) > widths[0]-tableMargin {
					lines = append(lines, cellLines(name, widths[0])...)
				} else {
					lines = append(lines, name)
				}
			}
			c.Group[j] = strings.Join(lines, "\n")
		}
		for _, col := range []struct {
			cells []string
			width int
		}{{c.Lead, widths[3]}, {c.Units, widths[4]}} {
			for j, v := range col.cells {
				if textWidth(v) <= col.width-tableMargin {
					continue
				}
				ps := wholeUnits(pieces(v), collective)
				// The separator stays at each name's end, as the data
				// joins the units (、 or ，), but for the last unit's —
				// when every one fits on its name's last line: one that
				// does not would wrap alone or take a character with it
				// (招商工作 / 部、), and a cell with some and not others
				// reads as two ways of listing; then the cell has none.
				keep := true
				lines := make([][]string, len(ps))
				for k := range ps {
					name := strings.TrimRight(ps[k], "、，,")
					lines[k] = cellLines(name, col.width)
					last := lines[k][len(lines[k])-1]
					if sep := ps[k][len(name):]; k+1 < len(ps) && textWidth(last+sep) > col.width-tableMargin {
						keep = false
					}
				}
				for k := range ps {
					name := strings.TrimRight(ps[k], "、，,")
					if sep := ps[k][len(name):]; keep && k+1 < len(ps) {
						lines[k][len(lines[k])-1] += sep
					}
					ps[k] = strings.Join(lines[k], "\u2028")
				}
				col.cells[j] = strings.Join(ps, "\n")
			}
		}
	}
	return widths
}

// rowHeight estimates in twips how tall a row of cells c stands in columns
// of widths: its tallest cell but the category's (merged over its rows),
// at the table style's exact 16 pt a line, the paragraphs of a unit cell
// 3 pt apart, and the cell's margins.
func rowHeight(c DivisionCells, widths [divisionKinds]int) int {
	const line, gap = 320, 60
	h := 0
	for col, cells := range c.lists() {
		if col == 0 {
			continue // the category, merged over its rows
		}
		for _, v := range cells {
			n, paras := 0, 0
			for _, p := range strings.Split(v, "\n") {
				paras++
				for _, l := range strings.Split(p, "\u2028") {
					k, _ := wrapCount(l, widths[col]-tableMargin)
					n += k
				}
			}
			sp := 0
			if col == 3 || col == 4 {
				sp = paras * gap
			}
			h = max(h, n*line+sp)
		}
	}
	return h + tableMargin
}

// cellWrap is the lines of a task or note that the word processor would
// wrap in room twips leaving one character on its last line
// (「编印学习贯彻十八大精神辅导材/料」): the text up to the last full
// line's last character (or the start of the word that character ends),
// then the rest (…辅导 / 材料). One hard break only, before the last line:
// the word processor wraps the lines above it itself. A text whose last
// line holds more is nil: the word processor wraps it.
//
// Balanced lines (cn.CellLines) are not used here any more (QA s10 9): the
// word list does not know every word, so they broke 「大湾区国⏎家」; and a
// task cell is justified (jc=both) in a notice's attachment, where
// LibreOffice stretches a short line that ends in a hard break across the
// cell (「年终按财⏎」 in wide letter spacing). The line before this break
// is short by the one word moved down.
func cellWrap(s string, room int) []string {
	n, last := wrapCount(s, room)
	if n < 2 || last != 1 {
		return nil
	}
	lines := wrapLines(s, room)
	if len(lines) < 2 {
		return nil
	}
	k := len(lines) - 2
	prev := []rune(lines[k])
	// The character moved down, with an opening mark before it.
	cut := len(prev) - 1
	for cut > 0 && strings.ContainsRune("“‘（《(", prev[cut-1]) {
		cut--
	}
	if cut == 0 {
		return nil
	}
	above := strings.Join(lines[:k], "")
	at := len(above) + len(string(prev[:cut]))
	// With the word that character ends, when the word is short.
	if w := cn.WordStart(s, at, 4); w > len(above) && utf8.RuneCountInString(s[w:at]) <= 2 {
		at = w
	}
	if at <= 0 || at >= len(s) {
		return nil
	}
	return []string{s[:at], s[at:]}
}

// cellLines breaks s between words into the lines a column of width
// twips holds (cn.CellLinesAtWords), measured as textWidth measures, or
// leaves it whole where no break is sure.
func cellLines(s string, width int) []string {
	if lines := cn.CellLinesAtWords(s, cellHalves(s, width)); lines != nil {
		return lines
	}
	// No sure place to break: the word processor wraps it (QA s10 9).
	return []string{strings.TrimSpace(s)}
}

// cellHalves is how many half-characters of s a line of a column of width
// twips holds.
func cellHalves(s string, width int) int { return cellHalvesIn(s, width-tableMargin) }

// withHeadings puts a programme's rows in the order of its outline
// (model.Outline, the walk the list and the Excel table take too), numbered
// afresh down the table, and heads the tasks of each category, at every
// level, with a row of its own (「一、稳定经济增长」「（一）…」, numbered as
// the list numbers its level) when the table has no 类别 column, so the
// table keeps the programme's structure: one cell across the table, or
// 分列 (model.Campaign.CategoryRowForm) its number in 序号 and its name in
// the task column. The standalone 责任分工 and a
// notice's attachment both take them; a campaign's rows are as they are.
func withHeadings(c *model.Campaign, rows []DivisionRow) []DivisionRow {
	if len(rows) == 0 || c.Campaigning() || len(rows) != len(c.Tasks) {
		return rows
	}
	cols := divisionHeads(c)
	heads := len(c.Categories) > 0 && len(cols.Group) == 0
	byTask := make(map[*model.Task]DivisionRow, len(rows))
	for i := range c.Tasks {
		byTask[&c.Tasks[i]] = rows[i]
	}
	out := make([]DivisionRow, 0, len(rows)+len(c.Categories))
	n := c.TableStart() - 1
	for _, it := range c.Outline() {
		if it.Category != nil {
			if !heads {
				continue
			}
			num := formNumber(it.Form, it.Number)
			if c.CategoryRowForm(it.Depth, len(cols.No) > 0) == model.CategoryRowSplit && len(cols.Task) > 0 {
				out = append(out, splitHeading(cols, num, it.Category.Heading()))
				continue
			}
			out = append(out, DivisionRow{Heading: num + it.Category.Heading()})
			continue
		}
		n++
		r := byTask[it.Task]
		r.No = strconv.Itoa(n)
		if len(r.Cells.No) > 0 {
			r.Cells.No = []string{r.No}
		}
		out = append(out, r)
	}
	return out
}

// introNotShown names the categories whose lead-in (intro) a division
// table has no place for: the list prints it under the heading, the
// table's heading row holds the heading alone.
func introNotShown(c *model.Campaign) []string {
	if divisionLayout(c) == model.LayoutList {
		return nil
	}
	var cats []string
	for _, cat := range c.Categories {
		if strings.TrimSpace(cat.Intro) != "" {
			cats = append(cats, "“"+cat.Name+"”")
		}
	}
	if len(cats) == 0 {
		return nil
	}
	names := cn.Etc(cats, 3, "")
	return []string{fmt.Sprintf("数据中 %d 个类别（%s）的引语 intro 没有出现在责任分工表中：表格只印类别名称；要印引语，请用列表版式（division.layout: 列表）", len(cats), names)}
}

// splitHeadings are the category rows withHeadings lays out 分列.
func splitHeadings(c *model.Campaign, cols DivisionCells) []DivisionRow {
	var out []DivisionRow
	for _, r := range withHeadings(c, make([]DivisionRow, len(c.Tasks))) {
		if r.Sub {
			out = append(out, splitHeading(cols, r.No, r.Task))
		}
	}
	return out
}

// splitHeading is a category's row laid out 分列 (广州's 「（一）」 |
// 「加强战略科技力量建设。」): its number in the 序号 column, its name in the
// (first) task column, every other chosen column empty.
func splitHeading(cols DivisionCells, num, name string) DivisionRow {
	empty := func(head []string) []string {
		if len(head) == 0 {
			return nil
		}
		return make([]string, len(head))
	}
	cells := DivisionCells{Group: empty(cols.Group), No: []string{num}, Task: empty(cols.Task), Lead: empty(cols.Lead),
		Units: empty(cols.Units), Due: empty(cols.Due), Notes: empty(cols.Notes), Leaders: empty(cols.Leaders), Persons: empty(cols.Persons),
		Detail: empty(cols.Detail), Values: empty(cols.Values)}
	cells.Task[0] = name
	return DivisionRow{No: num, Task: name, Sub: true, Cells: cells}
}

// divisionColumns are the headers of the table's columns: the data's, or
// the group, 序号, 工作任务, 牵头单位, 责任单位, 完成时限.
func divisionColumns(c *model.Campaign) []string { return c.DivisionColumns() }

// divisionHeads are the chosen columns' headers, each in its kind's place.
func divisionHeads(c *model.Campaign) DivisionCells {
	var h DivisionCells
	cols := divisionColumns(c)
	for i, kind := range c.ColumnKinds(cols) {
		if kind == model.ColumnValue {
			// Each value's column, side by side (Check holds them so).
			if name := strings.TrimSpace(cols[i]); !slices.Contains(h.Values, name) {
				h.Values = append(h.Values, name)
			}
			continue
		}
		if p := h.of(kind); p != nil && len(*p) == 0 {
			*p = []string{cols[i]}
		}
	}
	return h
}

// of is the list of a kind of column.
func (d *DivisionCells) of(kind string) *[]string {
	switch kind {
	case model.ColumnGroup:
		return &d.Group
	case model.ColumnNo:
		return &d.No
	case model.ColumnTask:
		return &d.Task
	case model.ColumnLead:
		return &d.Lead
	case model.ColumnUnits:
		return &d.Units
	case model.ColumnDue:
		return &d.Due
	case model.ColumnNotes:
		return &d.Notes
	case model.ColumnLeader:
		return &d.Leaders
	case model.ColumnPerson:
		return &d.Persons
	case model.ColumnDetail:
		return &d.Detail
	}
	return nil
}

// fillCells puts each row's values in the columns heads has. Without a
// 牵头单位 column the lead units head the 责任单位 cell, as tables of one
// unit column list the lead first; nothing of the data is lost.
func fillCells(c *model.Campaign, rows []DivisionRow, heads DivisionCells) {
	sep := c.Division.Join
	if sep == "" {
		sep = "、"
	}
	pick := func(head []string, v string) []string {
		if len(head) == 0 {
			return nil
		}
		return []string{v}
	}
	// A table of one people column shows there the task's other people
	// when it has none of the column's own (a 责任人 column, tasks naming
	// only their 责任领导), as the list would print them.
	leaders := func(r *DivisionRow) string {
		if r.Leaders == "" && len(heads.Persons) == 0 {
			return r.Persons
		}
		return r.Leaders
	}
	persons := func(r *DivisionRow) string {
		if r.Persons == "" && len(heads.Leaders) == 0 {
			return r.Leaders
		}
		return r.Persons
	}
	for i := range rows {
		r := &rows[i]
		units := r.Units
		if len(heads.Lead) == 0 && r.Lead != "" {
			units = r.Lead
			if r.Units != "" {
				units += sep + r.Units
			}
		}
		var values []string
		for _, name := range heads.Values {
			values = append(values, r.values[name])
		}
		r.Cells = DivisionCells{Group: pick(heads.Group, r.Activity), No: pick(heads.No, r.No), Task: pick(heads.Task, r.Task),
			Lead: pick(heads.Lead, r.Lead), Units: pick(heads.Units, units), Due: pick(heads.Due, r.Due), Notes: pick(heads.Notes, r.Notes),
			Leaders: pick(heads.Leaders, leaders(r)), Persons: pick(heads.Persons, persons(r)), Detail: pick(heads.Detail, r.Detail), Values: values}
	}
}

// divisionOmitted names the tasks a division table of c leaves out: in a
// campaign's table, those of no special activity that name a unit. A task
// of the office's own groups naming no unit (the 综合组's 制定方案,
// 启动简报…) is not divided among units: the work plan and the weekly list
// hold it. The list and a programme's table leave out none.
func divisionOmitted(c *model.Campaign) []string {
	if divisionLayout(c) == model.LayoutList || !c.Campaigning() {
		return nil
	}
	var out []string
	for i := range c.Tasks {
		t := &c.Tasks[i]
		own := t.Group != "" && len(c.TaskLead(t)) == 0 && len(c.TaskUnits(t)) == 0
		if c.ActivityByID(t.Activity) == nil && !own {
			name := t.Title
			if name == "" {
				name = t.ID
			}
			out = append(out, name)
		}
	}
	return out
}

// omittedIn names the tasks left out by the responsibility tables of a
// view: its own (责任分工) or an attachment's; none when it has no table.
func omittedIn(c *model.Campaign, view any) []string {
	v := reflect.ValueOf(view)
	if c == nil || v.Kind() != reflect.Pointer || v.IsNil() || v.Elem().Kind() != reflect.Struct {
		return nil
	}
	v = v.Elem()
	if f := v.FieldByName("Division"); f.IsValid() && f.Len() > 0 {
		return divisionOmitted(c)
	}
	if f := v.FieldByName("Appendices"); f.IsValid() {
		for _, a := range f.Interface().([]Appendix) {
			if len(a.Table) > 0 {
				return divisionOmitted(c)
			}
		}
	}
	return nil
}

// peopleNotShown says which tasks' 责任领导 or 责任人 the division table
// has no place for: the list layout prints them as lines, but a table
// shows them only in a 责任领导 or 责任人 column, one of the two a row, and
// nothing of the data may vanish without the build saying so.
func peopleNotShown(c *model.Campaign) []string {
	if divisionLayout(c) == model.LayoutList {
		return nil
	}
	heads := divisionHeads(c)
	var leaders, persons []string
	for i := range c.Tasks {
		t := &c.Tasks[i]
		hasL, hasP := len(t.Leaders) > 0, len(t.Persons) > 0
		switch {
		case len(heads.Leaders) > 0 && len(heads.Persons) > 0:
			hasL, hasP = false, false
		case len(heads.Leaders) > 0:
			// The 责任人 stand in the 责任领导 column of a task of no leader.
			hasL, hasP = false, hasP && hasL
		case len(heads.Persons) > 0:
			hasL, hasP = hasL && hasP, false
		}
		if hasL {
			leaders = append(leaders, "“"+t.Title+"”")
		}
		if hasP {
			persons = append(persons, "“"+t.Title+"”")
		}
	}
	var out []string
	for _, m := range []struct {
		what  string
		tasks []string
	}{{"责任领导", leaders}, {"责任人", persons}} {
		if len(m.tasks) == 0 {
			continue
		}
		names := cn.Etc(m.tasks, 3, "")
		out = append(out, fmt.Sprintf("数据中 %d 项任务（%s）的%s没有出现在责任分工表中：表格只在“%s”列中列出，可在 division.columns 中写这一列（位置随意），或用列表版式（division.layout: 列表）",
			len(m.tasks), names, m.what, m.what))
	}
	return out
}

// textNotShown names the tasks of a programme whose text beside the title
// a division table has no place for: the list prints it under the title,
// but the table's 任务 cell holds the title alone, and a column of its own
// (繁昌's 具体任务分解) is not a kind yet. A campaign's text is the work
// plan's sentence, printed there, so it is not named.
func textNotShown(c *model.Campaign) []string {
	if divisionLayout(c) == model.LayoutList || c.Campaigning() || len(divisionHeads(c).Detail) > 0 {
		return nil // the list prints the text, a 任务内容 column holds it
	}
	var tasks []string
	for i := range c.Tasks {
		t := &c.Tasks[i]
		text := strings.TrimSpace(t.Text)
		if t.Title != "" && text != "" && text != strings.TrimSpace(t.Title) {
			tasks = append(tasks, "“"+t.Title+"”")
		}
	}
	if len(tasks) == 0 {
		return nil
	}
	names := cn.Etc(tasks, 3, "")
	return []string{fmt.Sprintf("数据中 %d 项任务（%s）的 text 没有出现在责任分工表中：表格的任务列只列 title；可在 division.columns 的任务列后再写一个任务内容列（如 [序号, 重点工作, 具体任务分解, …]），或用列表版式（division.layout: 列表，text 印在标题下）",
		len(tasks), names)}
}

// notesNotShown names the tasks of a programme whose notes the Word
// 责任分工 does not print: notes are the progress a unit reports (进展情况),
// kept in the Excel 责任分工表's 备注 column and read back from it by
// import, while the issued document's 备注 cells are left for the units
// to fill in. A clerk who writes a published 备注 text there would find it
// missing from the Word table (QA s11, 崇川), so the build says where it
// is and how to print it. A campaign's notes are its progress records,
// and its documents are not expected to show them.
func notesNotShown(c *model.Campaign) []string {
	if c.Campaigning() {
		return nil
	}
	var tasks []string
	for i := range c.Tasks {
		if strings.TrimSpace(c.Tasks[i].Notes) != "" {
			tasks = append(tasks, "“"+c.Tasks[i].Title+"”")
		}
	}
	if len(tasks) == 0 {
		return nil
	}
	return []string{fmt.Sprintf("数据中 %d 项任务（%s）的 notes（进展情况）不印在 Word 责任分工中（备注栏留给各单位填写），只在 Excel 责任分工表的“备注”列；要在 Word 中印出，请写成任务的 values（如 说明: ……），并在 division.columns 中写“说明”列",
		len(tasks), cn.Etc(tasks, 3, ""))}
}

// divisionLayout is the chosen layout, or the default: a table for a
// campaign with special activities, the list for a programme.
func divisionLayout(c *model.Campaign) string {
	if l := c.Division.Layout; l != "" {
		return l
	}
	if c.Campaigning() {
		return model.LayoutTable
	}
	return model.LayoutList
}

// joinUnits joins the full names of units with the chosen separator.
func joinUnits(c *model.Campaign, ids []string) string {
	return model.JoinUnits(ids, c.UnitSep(), func(id string) string {
		if u := c.UnitByID(id); u != nil {
			return u.Name
		}
		return id
	})
}

// formLevel is the heading level GB/T 9704 gives a number form (一、 黑体,
// （一） 楷体, 1. and （1） 仿宋), whatever depth (from 1) it is used at; a
// level without number (无) takes its depth's.
func formLevel(form string, depth int) int {
	switch form {
	case cn.NoNumber:
		return max(1, min(depth, 4))
	case "一、":
		return 1
	case "（一）":
		return 2
	case "（1）", "①":
		return 4
	}
	return 3
}

// formNumber writes n in a number form.
func formNumber(form string, n int) string { return cn.FormNumber(form, n) }

// divisionList lays the tasks out as the list: each category a heading
// numbered at its depth, its sub-categories below it, its tasks numbered at
// the level below it, each followed by its text (when it has a title
// too) and its 牵头单位, 责任单位 and 完成时限 lines (those it has) — the
// order and numbers of model.Outline, so the Excel table numbers each
// task as the list does.
func divisionList(c *model.Campaign) []Block {
	var out []Block
	values := c.ValueColumns() // the tasks' own values the columns name (分值)
	first := true
	said := map[string]bool{} // the kinds of line printed so far (taskParts)
	for _, it := range c.Outline() {
		if it.Category != nil {
			out = append(out, Block{Level: formLevel(it.Form, it.Depth+1), Number: formNumber(it.Form, it.Number), Heading: it.Category.Heading()})
			// Its lead-in (「到2025年，……如下：」) stands between the
			// heading and its first task, kept with what follows.
			for _, b := range textBlocks(it.Category.Intro) {
				b.keep = true
				out = append(out, b)
			}
			continue
		}
		t := it.Task
		text := t.Title
		if text == "" {
			text = t.Text
		}
		if c.Division.HeadingEnd != "无" && !endsSentence(text) {
			text += "。"
		}
		// A task's lines stay on one page: the task and each line but its
		// last keep with the next (a page held 牵头单位 and the next
		// 责任单位). The first task stands under the title on page 1, where
		// no page ends: its lines do not keep, or the start of the body
		// would hang on them (lint's first-page rule).
		// 「12.……通车。（责任领导：洪声耀；牵头单位：区交通运输局；…）」,
		// 宁波's 「……。（市发改委）」: the parts division.lines (or
		// division.inline) puts in brackets.
		parts := taskParts(c, t, said, values)
		lines := []Block{{Level: formLevel(it.Form, it.Depth+1), Number: formNumber(it.Form, it.Number), Text: text}}
		// A task's text beside its title (sub-items （1）…（4）, the
		// sentence that details it) stands under its line, a paragraph a
		// line, before its units: the list drops nothing of the data.
		// With division.text_run_in its first paragraph runs on after
		// the title (芜湖's 「1.加强思想理论武装。坚持……」).
		if t.Title != "" && strings.TrimSpace(t.Text) != strings.TrimSpace(t.Title) {
			more := textBlocks(t.Text)
			if c.Division.TextRunIn && len(more) > 0 {
				lines[0].Text += more[0].Text
				more = more[1:]
			}
			lines = append(lines, more...)
		}
		// The brackets close the task's last paragraph: after its text
		// when it has one (宁波's 「……总量达到2790亿元。（市发改委）」).
		lines[len(lines)-1].Text += bracketed(parts, c.Division.Outer)
		lines = append(lines, taskLines(parts)...)
		for i := range lines[:len(lines)-1] {
			lines[i].keep = i == 0 || !first
		}
		first = false
		out = append(out, lines...)
	}
	return out
}

// collectiveNames are the names of the units that hold a separator
// (「各乡镇人民政府、街道办事处」): one unit each, which a cell must not list
// as two.
func collectiveNames(c *model.Campaign) []string {
	var out []string
	for _, u := range c.Units {
		if strings.ContainsAny(u.Name, "、，；,;") {
			out = append(out, u.Name)
		}
	}
	return out
}

// wholeUnits joins again the pieces of a unit cell (split at every 、)
// that make up the name of a collective unit.
func wholeUnits(ps []string, collective []string) []string {
	if len(collective) == 0 {
		return ps
	}
	var out []string
	for i := 0; i < len(ps); i++ {
		joined := false
		for _, name := range collective {
			acc := ""
			for j := i; j < len(ps) && len(acc) < len(name); j++ {
				acc += ps[j]
				if strings.TrimRight(acc, "、，,；;") == name {
					out = append(out, acc)
					i, joined = j, true
					break
				}
			}
			if joined {
				break
			}
		}
		if !joined {
			out = append(out, ps[i])
		}
	}
	return out
}

// listPart is one thing the list says of a task besides its text, as
// the data's division.lines style it: a line of its own, or a part of the
// brackets after the task's text.
type listPart struct {
	text    string
	bracket bool
}

// taskLines are the lines under a task of the list: those of its parts
// not in brackets.
func taskLines(parts []listPart) []Block {
	var out []Block
	for _, p := range parts {
		if !p.bracket {
			out = append(out, Block{Text: p.text})
		}
	}
	return out
}

// bracketed is the parts of a task written in brackets after its text,
// 「（责任领导：洪声耀；牵头单位：区交通运输局）」 or bare 「（市发改委）」; ""
// when it has none.
//
// outer, when the data writes one (division.outer_bracket), is the pair
// that encloses parts holding a （） of their own (QA s11 finding 12).
func bracketed(parts []listPart, outer string) string {
	var in []string
	for _, p := range parts {
		if p.bracket {
			in = append(in, p.text)
		}
	}
	if len(in) == 0 {
		return ""
	}
	s := strings.Join(in, "；")
	if rs := []rune(outer); len(rs) == 2 && strings.ContainsAny(s, "（）()") {
		return string(rs[0]) + s + string(rs[1])
	}
	return "（" + s + "）"
}

// taskParts are what the list says of a task besides its text, in the
// order published lists give them: 责任领导, 牵头单位, 责任单位, 责任人,
// 完成时限, then the task's own values valueCols names (分值：3), each only
// when the task has it, each labelled and placed as
// division.lines says (model.ListLines; the labels above by default, a
// line each, or in brackets when division.inline). Units the task takes
// from its category are not repeated: the category's heading names them
// (沁县's 「一、县示范区管委会牵头工作（8项）」 over bare 「1.…」 tasks).
//
// said holds the kinds of line printed for the tasks before: a label's
// note that says it holds for what follows (安徽 2025's 「责任处室、单位
// （按处室、单位顺序排列，下同）：」) is printed the first time only, the
// label bare after it (QA s11 finding 19).
func taskParts(c *model.Campaign, t *model.Task, said map[string]bool, valueCols []string) []listPart {
	lines := &c.Division.Lines
	values := map[string]string{}
	if len(t.Leaders) > 0 {
		values["leaders"] = strings.Join(t.Leaders, "、")
	}
	if lead := c.TaskLeadAsWritten(t); len(lead) > 0 && !c.LeadByCategory(t) {
		values["lead"] = joinUnits(c, lead)
	}
	if units := c.TaskUnitsAsWritten(t); len(units) > 0 && !c.UnitsByCategory(t) {
		values["units"] = joinUnits(c, units)
	}
	if len(t.Persons) > 0 {
		values["persons"] = strings.Join(t.Persons, "、")
	}
	if p := t.Period.Written(); p != "" {
		values["period"] = p
	}
	label := func(written, def string) string {
		switch written = strings.TrimRight(written, "：:"); written {
		case "":
			return def
		case "无":
			return ""
		}
		return written
	}
	part := func(st model.LineStyle, lbl, v string) listPart {
		bracket := st.Form == model.LineBracket || st.Form == "" && c.Division.Inline
		if lbl != "" {
			v = lbl + "：" + v
		}
		if !bracket && st.End != "" && !endsSentence(v) {
			v += st.End
		}
		return listPart{text: v, bracket: bracket}
	}
	once := func(key, lbl string) string {
		if said[key] {
			lbl = sameBelow.ReplaceAllString(lbl, "")
		}
		said[key] = true
		return lbl
	}
	var out []listPart
	for _, kind := range model.LineKinds {
		st := lines.Style(kind.Key)
		if lines.Sentence() && (kind.Key == "lead" || kind.Key == "units") {
			if kind.Key == "units" {
				continue
			}
			// 「部门分工：省发展改革委牵头，各地、各部门配合。」
			// 咸阳's 「……牵头，……按职责分工负责」: the data's verbs.
			lead, units := values["lead"], values["units"]
			verb := func(written, def string) string {
				if written != "" {
					return written
				}
				return def
			}
			var v string
			switch {
			case lead != "" && units != "":
				v = lead + verb(lines.Lead.Verb, "牵头") + "，" + units + verb(lines.Units.Verb, "配合")
			case lead != "":
				v = lead + "负责"
			case units != "":
				v = units + verb(lines.Units.Verb, "负责")
			default:
				continue
			}
			lbl := once("lead", label(lines.Lead.Label, label(lines.Units.Label, "")))
			p := part(model.LineStyle{}, lbl, v)
			if !p.bracket {
				p.text += "。"
			}
			out = append(out, p)
			continue
		}
		if v := values[kind.Key]; v != "" {
			out = append(out, part(st, once(kind.Key, label(st.Label, kind.Label)), v))
		}
	}
	// The task's own values the data's columns name (旌阳's 分值), each
	// labelled with its name, after the lines of its fields.
	for _, name := range valueCols {
		if v := strings.TrimSpace(t.Values[name]); v != "" {
			out = append(out, part(model.LineStyle{}, name, v))
		}
	}
	return out
}

// sameBelow is a label's note that it holds for the lines below
// (「（按处室、单位顺序排列，下同）」), printed once.
var sameBelow = lazyre.New(`（[^（）]*下同）`)

// divisionTitle is the title of a generated 责任分工: the title the data
// gives the division (model.DivisionTitle), else a programme's name as it
// stands (adding 责任分工 when the name does not say 分工), a campaign's
// with its organiser.
func divisionTitle(c *model.Campaign) string {
	if t := c.DivisionTitle(); t != "" {
		return t
	}
	if !c.Campaigning() {
		if strings.Contains(c.Name, "分工") || strings.Contains(c.Name, "分解") {
			return c.Name
		}
		return c.Name + "责任分工"
	}
	title := c.Name + "责任分工"
	if c.Organiser != "" && !strings.HasPrefix(c.Name, c.Organiser) {
		// A name that quotes its theme already (“…”主题实践活动) is not
		// quoted again.
		name := c.Name
		if !strings.ContainsRune(name, '“') {
			name = "“" + name + "”"
		}
		title = c.Organiser + name + "责任分工"
	}
	return title
}
