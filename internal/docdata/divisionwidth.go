package docdata

import (
	"bytes"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"gongwen/internal/cn"
	"gongwen/internal/docx"
	"gongwen/internal/gbt9704"
	"gongwen/internal/lazyre"
	"gongwen/internal/model"
	"gongwen/internal/opc"
)

// The responsibility table's columns are sized from what they hold: a
// date (「9月30日前」) or a short figure never wraps, a unit's name wraps
// only when it is long, and the task column takes the rest. The built-in
// templates hold the table with fixed widths for every kind of column
// (templates/gen/docx/division.go); DivisionWidths rewrites them for the
// campaign before the template is parsed, as Restyle does the fonts.

// Widths of the table's text, in twips: 小四 (12 pt) characters, half as
// wide for digits and Latin letters, and the cell's two margins of 57.
const (
	tableChar   = 240
	tableMargin = 2 * 57
	// charSpacing is the templates' condensed spacing (w:spacing -5 in
	// their default run properties): each character sets 0.25 pt closer,
	// so a line of 2630 twips holds 11 characters, not 10.
	charSpacing = 5
)

// textWidth is the width of s in the table's font, in twips: a digit or
// Latin letter as wide as in the widest font it may be set in
// (narrowWidth), and a quarter character
// where Chinese meets digits (the space Word and LibreOffice put between
// them: 「2024 年 6 月 30 日」).
func textWidth(s string) int {
	w := 0
	prev := 0 // 1 for a narrow character, 2 for a Chinese one
	for _, r := range s {
		kind := 2
		if narrow(r) {
			kind = 1
		}
		if kind == 1 {
			w += narrowWidth(r)
		} else {
			w += tableChar - charSpacing
		}
		if prev != 0 && prev != kind {
			w += tableChar / 4
		}
		prev = kind
	}
	return w
}

// narrow reports a character about half as wide as a Chinese one in the
// table's font: digits, Latin letters and their punctuation. Chinese
// quotation marks, dashes and ellipses (“”—…) are full width in the
// Chinese fonts LibreOffice and Word set them in (「举办“五个湖北”」 is
// nine characters wide, not eight), as cn counts them.
func narrow(r rune) bool { return r < 0x2000 }

// pieces cuts a cell's text where a line may break without harm: after
// 、，； outside brackets (各县（市、区）商务主管部门 is one name). A date or
// figure is one piece.
func pieces(s string) []string {
	var out []string
	start, depth := 0, 0
	for i, r := range s {
		switch {
		case strings.ContainsRune("（(", r):
			depth++
		case strings.ContainsRune("）)", r):
			depth = max(0, depth-1)
		case depth == 0 && strings.ContainsRune("、，；,;", r):
			out = append(out, s[start:i+utf8.RuneLen(r)])
			start = i + utf8.RuneLen(r)
		}
	}
	return append(out, s[start:])
}

// longestPiece is the width of the widest piece of any of the texts.
func longestPiece(texts []string) int {
	w := 0
	for _, t := range texts {
		for _, p := range pieces(t) {
			w = max(w, textWidth(p))
		}
	}
	return w
}

// DivisionColumnWidths are the widths in twips of the responsibility
// table's kinds of column (model.ColumnOrder) for the rows and headers
// given, filling total. 序号 is as wide as its widest number. The other
// columns share the rest as their content needs it: among widths in whole
// characters, between a floor (the header's width, and for 完成时限 its
// widest date) and a cap, the choice is the one that makes the table
// shortest — each row as tall as its tallest cell, a unit's name or a
// category broken between words (cn.CellLines), a task wrapped where the
// line is full — with a task whose last line would hold one character
// counted as a line more, and among equally short tables the one with
// the widest task column. Columns not chosen (no header in heads) are 0.
func DivisionColumnWidths(rows []DivisionRow, heads DivisionCells, total int) [divisionKinds]int {
	if len(heads.Detail) > 0 && len(heads.Task) > 0 {
		// Two task columns (任务, then 任务内容: 繁昌's 重点工作 and
		// 具体任务分解): the others are sized as for one task column of
		// the longer text of each row, which the two then share as
		// their own texts need (splitTask).
		one := heads
		one.Detail = nil
		long := make([]DivisionRow, len(rows))
		for i, r := range rows {
			long[i] = r
			if len(r.Cells.Detail) > 0 && len(r.Cells.Task) > 0 && textWidth(r.Cells.Detail[0]) > textWidth(r.Cells.Task[0]) {
				long[i].Cells.Task = r.Cells.Detail
			}
		}
		w := DivisionColumnWidths(long, one, total)
		w[slotTask], w[slotDetail] = splitTask(rows, heads, w[slotTask])
		return w
	}
	var want [divisionKinds]int
	hs := heads.lists()
	var cols [divisionKinds][]string // each row's cell, "" where the row has none
	for _, r := range rows {
		if r.Heading != "" {
			continue
		}
		c := r.Cells
		for i, v := range c.lists() {
			cell := ""
			if len(v) > 0 {
				cell = v[0]
			}
			cols[i] = append(cols[i], cell)
		}
	}
	const (
		group, no, task, lead, units, due, notes, leaders, persons, values = slotGroup, slotNo, slotTask, slotLead, slotUnits, slotDue, slotNotes, slotLeaders, slotPersons, slotValues
	)
	// The values' columns (旌阳's 分值) repeat one cell, each at its
	// width: a row's cell there is its widest value.
	nValues := len(hs[values])
	times := func(i int) int {
		if i == values {
			return max(1, nValues)
		}
		return 1
	}
	if len(hs[values]) > 0 {
		// The widest header stands for them all.
		hs[values] = []string{slices.MaxFunc(hs[values], func(a, b string) int { return textWidth(a) - textWidth(b) })}
		clear(cols[values])
		k := 0
		for _, r := range rows {
			if r.Heading != "" {
				continue
			}
			for _, v := range r.Cells.Values {
				if textWidth(v) > textWidth(cols[values][k]) {
					cols[values][k] = v
				}
			}
			k++
		}
	}
	chars := func(n int) int { return n*tableChar + tableMargin + tableSlack }
	// A header of five characters or fewer stands on one line (「分管省领导」
	// broke as 分管省领 / 导 at four); a longer one wraps.
	head := func(i int) int { return min(textWidth(hs[i][0]), 5*tableChar) + tableMargin + tableSlack }
	if len(hs[no]) > 0 {
		want[no] = max(longestPiece(cols[no])+tableMargin+tableSlack, head(no))
	}
	// A column of people's names is as wide as its widest name (broken
	// between names), up to five characters.
	for _, i := range []int{leaders, persons} {
		if len(hs[i]) > 0 {
			want[i] = max(min(longestPiece(cols[i]), 5*tableChar)+tableMargin+tableSlack, head(i))
		}
	}
	// A wider page (landscape) lets the columns grow with it.
	scale := max(1, float64(total)/float64(gbt9704.TypeWidth))
	caps := [divisionKinds]float64{6, 0, 0, 9, 9, 12, 6, 0, 0, 0, 6}
	floors := [divisionKinds]int{3, 0, 0, 4, 4, 3, 2, 0, 0, 0, 2}
	type choice struct{ lo, hi int } // in characters
	var flex []int
	var span [divisionKinds]choice
	for _, i := range []int{group, lead, units, due, notes, values} {
		if len(hs[i]) == 0 {
			continue
		}
		lo := max(floors[i], (head(i)-tableMargin-tableSlack+tableChar-1)/tableChar)
		if i == due {
			lo = max(lo, (dueFloor(cols[due])+tableChar-1)/tableChar)
		}
		switch i {
		case group:
			// A category never splits a word or a short quoted name
			// (“五个湖北”), up to the column's cap.
			words := 0
			for _, v := range cols[group] {
				words = max(words, (cn.CellWordWidth(v)+1)/2)
			}
			lo = max(lo, min(words, int(caps[i]*scale)))
		case lead, units:
			// A unit's name breaks between its words (电子商务和 /
			// 信息化科, never 电子商 / 务和信 / 息化科), in lines of a
			// quarter of it at least, up to the column's cap.
			need := 0
			for _, v := range cols[i] {
				for _, p := range pieces(v) {
					p = strings.TrimRight(p, "、，,")
					need = max(need, (cn.CellWordWidth(p)+1)/2, (utf8.RuneCountInString(p)+3)/4)
				}
			}
			lo = max(lo, min(need, int(caps[i]*scale)))
		}
		hi := max(lo, int(caps[i]*scale))
		// No wider than the column's widest text needs.
		need := 0
		for _, v := range cols[i] {
			need = max(need, (textWidth(v)+tableChar-1)/tableChar)
		}
		hi = max(lo, min(hi, need))
		span[i] = choice{lo, hi}
		flex = append(flex, i)
	}
	if len(hs[task]) == 0 {
		// No task column (a table of units and dates): the others take
		// what they need and share the rest in proportion.
		var n [divisionKinds]int
		for i := range want {
			n[i] = times(i)
		}
		for _, i := range flex {
			want[i] = chars(span[i].hi)
		}
		return spread(want, n, total)
	}
	fixed := want[no] + want[leaders] + want[persons]
	minTask := chars(5)
	// A column repeats its units and dates from row to row, and each is
	// measured at every width tried: each measure is taken once.
	memo := newCellMemo()
	// lines[i][n] is each row's line count in column i at n characters.
	lines := func(i, n int) []int {
		out := make([]int, len(cols[i]))
		room := n*tableChar + tableSlack
		for r, v := range cols[i] {
			out[r] = memo.lineCount(i, v, room)
		}
		return out
	}
	var table [divisionKinds]map[int][]int
	for _, i := range flex {
		table[i] = map[int][]int{}
		for n := span[i].lo; n <= span[i].hi; n++ {
			table[i][n] = lines(i, n)
		}
	}
	taskLines := map[int][]int{}
	taskLone := map[int]int{}
	taskWrapped := map[int]int{}
	taskAt := func(w int) ([]int, int, int) {
		if l, ok := taskLines[w]; ok {
			return l, taskLone[w], taskWrapped[w]
		}
		room := w - tableMargin
		l := make([]int, len(cols[task]))
		lone, wrapped := 0, 0
		for r, v := range cols[task] {
			n, last := wrapCount(v, room)
			l[r] = n
			if n > 1 {
				wrapped++
			}
			if n > 1 && last == 1 {
				lone++
			}
		}
		taskLines[w], taskLone[w], taskWrapped[w] = l, lone, wrapped
		return l, lone, wrapped
	}
	// Notes wrapped where the line is full may leave a character alone too.
	notesLone := func(n int) int {
		lone := 0
		for _, v := range cols[notes] {
			if k, last := wrapCount(v, n*tableChar+tableSlack); k > 1 && last == 1 {
				lone++
			}
		}
		return lone
	}
	best := [divisionKinds]int{}
	bestCost := -1.0
	n := make([]int, len(flex))
	for k, i := range flex {
		n[k] = span[i].lo
	}
	for {
		used := fixed
		for k, i := range flex {
			used += chars(n[k]) * times(i)
		}
		widest := 0
		for k := range flex {
			widest = max(widest, chars(n[k]))
		}
		// The task column has the most room: no other is wider.
		if tw := total - used; tw >= minTask && tw >= widest {
			tl, lone, wrapped := taskAt(tw)
			for k, i := range flex {
				if i == notes {
					lone += notesLone(n[k])
				}
			}
			height := 0
			broken := 0 // lines beyond the first in the cells other than the task's
			groupRows := 0
			groupLines := 0
			for r := range tl {
				h := tl[r]
				for k, i := range flex {
					broken += table[i][n[k]][r] - 1
					if i == group {
						continue
					}
					h = max(h, table[i][n[k]][r])
				}
				// A category spans its rows: it needs as many lines as it
				// has, over all of them.
				for k, i := range flex {
					if i != group {
						continue
					}
					if r == 0 || cols[group][r] != cols[group][r-1] {
						height += max(0, groupLines-groupRows)
						groupRows, groupLines = 0, table[i][n[k]][r]
					}
					groupRows += h
				}
				height += h
			}
			height += max(0, groupLines-groupRows)
			// A task column narrower than taskChars costs each task
			// that wraps a share of a line per character missing: a task
			// read in lines of seven characters is read badly, though the
			// table is no taller. Among tables of one height, a name or
			// date broken is worse than the task column a character
			// narrower.
			short := max(0, taskChars-float64(tw-tableMargin-tableSlack)/tableChar)
			cost := float64(lone)*loneCost + float64(height) + short*float64(wrapped)*shortCost +
				float64(broken)*brokenCost - float64(tw)/float64(tableChar)/100
			if bestCost < 0 || cost < bestCost {
				bestCost = cost
				best = want
				for k, i := range flex {
					best[i] = chars(n[k])
				}
				best[task] = tw
			}
		}
		// Next combination.
		k := 0
		for ; k < len(flex); k++ {
			if n[k] < span[flex[k]].hi {
				n[k]++
				break
			}
			n[k] = span[flex[k]].lo
		}
		if k == len(flex) {
			break
		}
	}
	if bestCost < 0 {
		// Nothing leaves the task its least: every column at its floor.
		for k, i := range flex {
			best[i] = chars(span[i].lo)
			_ = k
		}
		best[no], best[leaders], best[persons] = want[no], want[leaders], want[persons]
		rest := total
		for i, x := range best {
			rest -= x * times(i)
		}
		best[task] = max(rest, tableChar)
	}
	return best
}

// Costs of the width search, in lines of table height: a task whose last
// line would hold one character (loneCost: breakDues moves a character
// down to it, so the table is no taller, but the lines before are a
// character short), each character the task column lacks of taskChars,
// for each task that wraps (shortCost), and each line more that a unit's
// name or a category is broken into (brokenCost).
const (
	loneCost   = 0.5
	taskChars  = 12
	shortCost  = 0.15
	brokenCost = 0.2
)

// tableSlack is room a column keeps beyond its characters: fonts differ a
// little from the measure, and a line exactly full may wrap.
const tableSlack = 24

// dueFloor is the least width of a 完成时限 column: the widest line of
// its dates as dueLines breaks them in a column of eight characters.
func dueFloor(dues []string) int {
	w := 0
	for _, d := range dues {
		for _, p := range pieces(d) {
			for _, l := range dueLines(p, 8*tableChar) {
				w = max(w, textWidth(l))
			}
		}
	}
	return w
}

// dueLines breaks one date of a 完成时限 cell that room twips cannot hold:
// a date after its year (2024年 / 6月30日前), then, if the rest is still
// too long, after its month (12月 / 30日前); a phrase between its words
// (每季度最后一个月 / 30日前). Never inside a number or after 日 or 底
// (「2023年12月底 / 前」): a date that cannot break so stays whole.
func dueLines(p string, room int) []string { return (*cellMemo)(nil).dueLines(p, room) }

func (m *cellMemo) dueLines(p string, room int) []string {
	if textWidth(p) <= room {
		return []string{p}
	}
	if r, _ := utf8.DecodeRuneInString(p); r >= '0' && r <= '9' {
		for _, unit := range []string{"年", "月"} {
			if i := strings.Index(p, unit); i > 0 && i+len(unit) < len(p) {
				return append([]string{p[:i+len(unit)]}, m.dueLines(p[i+len(unit):], room)...)
			}
		}
		return []string{p}
	}
	return m.cellLines(p, m.cellHalvesIn(p, room))
}

// cellMemo remembers the measures of one width search: cn.CellLines of
// a text at a width, and a cell's line count at a room. The search asks
// for the same ones many times over; they depend on their arguments only.
// A nil *cellMemo measures afresh each time.
type cellMemo struct {
	split map[splitKey][]string
	lines map[lineKey]int
}

type splitKey struct {
	s      string
	halves int
}

type lineKey struct {
	col  int
	v    string
	room int
}

func newCellMemo() *cellMemo {
	return &cellMemo{split: map[splitKey][]string{}, lines: map[lineKey]int{}}
}

// cellLines is cn.CellLines(s, halves). Its result is shared: not to be
// changed.
func (m *cellMemo) cellLines(s string, halves int) []string {
	if m == nil {
		return cn.CellLines(s, halves)
	}
	k := splitKey{s, halves}
	if l, ok := m.split[k]; ok {
		return l
	}
	l := cn.CellLines(s, halves)
	m.split[k] = l
	return l
}

// lineCount is cellLineCount(i, v, room).
func (m *cellMemo) lineCount(i int, v string, room int) int {
	if m == nil {
		return m.cellLineCount(i, v, room)
	}
	k := lineKey{i, v, room}
	if n, ok := m.lines[k]; ok {
		return n
	}
	n := m.cellLineCount(i, v, room)
	m.lines[k] = n
	return n
}

// cellLineCount is how many lines the cell v of column kind i takes in
// room twips: units one a line once the cell wraps, each name broken
// between words; dates one a line once the cell wraps; a category broken
// between words; notes wrapped where the line is full.
func (m *cellMemo) cellLineCount(i int, v string, room int) int {
	if v == "" || textWidth(v) <= room {
		return 1
	}
	if i == slotNotes || i == slotValues {
		n, _ := wrapCount(v, room)
		return n
	}
	n := 0
	parts := pieces(v)
	if i == 0 {
		parts = []string{v}
	}
	if i == 5 {
		for _, p := range parts {
			n += len(m.dueLines(p, room))
		}
		return n
	}
	for _, p := range parts {
		p = strings.TrimRight(p, "、，,")
		n += len(m.cellLines(p, m.cellHalvesIn(p, room)))
	}
	return n
}

// closers are the marks no line starts with: a line break before one
// takes the character before along (「料。」 is a one-character line).
const closers = "，。、；：？！）》”’"

// wrapCount is how many lines s takes in room twips wrapped as a word
// processor wraps Chinese (anywhere, no line starting with a closing mark:
// one that does not fit takes the character before it to the next line,
// 「举办“五个湖 / 北”建设」), and how many characters its last line holds,
// the closing marks not counted.
func wrapCount(s string, room int) (lines, last int) {
	if s == "" {
		return 1, 0
	}
	lines, w := 1, 0
	prev, prevW := 0, 0 // the last character's kind and width
	for _, r := range s {
		cw := tableChar - charSpacing
		kind := 2
		if narrow(r) {
			cw, kind = narrowWidth(r), 1
		}
		if prev != 0 && prev != kind {
			cw += tableChar / 4
		}
		prev = kind
		closer := strings.ContainsRune(closers, r)
		if w+cw > room && w > 0 {
			if !closer {
				lines++
				w, last = 0, 0
			} else if w > prevW && last > 0 {
				lines++
				w, last = prevW, 1
			}
		}
		w += cw
		prevW = cw
		if !closer {
			last++
		}
	}
	return lines, last
}

// wrapLines is the lines wrapCount counts.
func wrapLines(s string, room int) []string {
	var lines []string
	var cur []rune
	for _, r := range s {
		if len(cur) > 0 && textWidth(string(cur)+string(r)) > room {
			switch {
			case !strings.ContainsRune(closers, r):
				lines = append(lines, string(cur))
				cur = nil
			case len(cur) > 1:
				lines = append(lines, string(cur[:len(cur)-1]))
				cur = cur[len(cur)-1:]
			}
		}
		cur = append(cur, r)
	}
	return append(lines, string(cur))
}

// spread scales the widths to sum to total, a column of kind i standing
// n[i] times (the values' columns).
func spread(w, n [divisionKinds]int, total int) [divisionKinds]int {
	sum := 0
	for i, x := range w {
		sum += x * n[i]
	}
	if sum == 0 {
		return w
	}
	left := total
	last := -1
	for i := range w {
		if w[i] > 0 {
			w[i] = w[i] * total / sum
			left -= w[i] * n[i]
			if n[i] == 1 {
				last = i
			}
		}
	}
	if last >= 0 {
		w[last] += left
	}
	return w
}

// splitTask shares width twips between a table's two task columns (the
// title, and the text beside it: 繁昌's 重点工作 and 具体任务分解, 旌阳's
// 指标 and 目标任务) as their texts need: the split that makes the rows
// shortest (each row as tall as the taller of its two cells, a last line
// of one character counted half a line more), among equals the one
// nearest the share of text each column holds. Each is at least its
// header's width (up to five characters) and two characters.
func splitTask(rows []DivisionRow, heads DivisionCells, width int) (task, detail int) {
	var titles, texts []string
	sumT, sumD := 0, 0
	for _, r := range rows {
		if r.Heading != "" || len(r.Cells.Task) == 0 || len(r.Cells.Detail) == 0 {
			continue
		}
		titles = append(titles, r.Cells.Task[0])
		texts = append(texts, r.Cells.Detail[0])
		sumT += textWidth(r.Cells.Task[0])
		sumD += textWidth(r.Cells.Detail[0])
	}
	floor := func(h []string) int {
		w := 2 * tableChar
		if len(h) > 0 {
			w = max(w, min(textWidth(h[0]), 5*tableChar))
		}
		return w + tableMargin + tableSlack
	}
	lo, hi := floor(heads.Task), width-floor(heads.Detail)
	if hi < lo {
		return width / 2, width - width/2
	}
	share := 0.5
	if sumT+sumD > 0 {
		share = float64(sumT) / float64(sumT+sumD)
	}
	cost := func(a int) float64 {
		c := 0.0
		for i := range titles {
			nt, lt := wrapCount(titles[i], a-tableMargin)
			nd, ld := wrapCount(texts[i], width-a-tableMargin)
			c += float64(max(nt, nd))
			if nt > 1 && lt == 1 || nd > 1 && ld == 1 {
				c += loneCost
			}
		}
		return c
	}
	best, bestCost, bestOff := lo, -1.0, 0.0
	// In steps of half a character: a column a character narrower may
	// wrap no more.
	for a := lo; a <= hi; a += tableChar / 2 {
		c := cost(a)
		off := float64(a)/float64(width) - share
		if off < 0 {
			off = -off
		}
		if bestCost < 0 || c < bestCost-1e-9 || c < bestCost+1e-9 && off < bestOff {
			best, bestCost, bestOff = a, c, off
		}
	}
	return best, width - best
}

// Page sizes of a landscape division, in twips. The 责任分工 document turned
// keeps the margins of GB/T 9704 on the sides they are read from. A table
// in a notice's attachment is turned on the notice's sheet: GB/T 9704
// wants a landscape table's page number where the other pages have it
// and the table's head on the binding edge of an odd page, so the type
// area is the portrait one turned a quarter — the binding margin on top,
// the foot margin (where the page number stands) on the left.
const (
	LandscapeTypeWidth = gbt9704.PageHeight - gbt9704.MarginLeft - gbt9704.MarginRight
	// AttachedLandscapeWidth is the width of a landscape attachment
	// table: the portrait type area's height.
	AttachedLandscapeWidth = gbt9704.TypeHeight
)

// Landscape reports whether the data sets its division tables on landscape
// pages (division.orientation: 横向): the 责任分工 document's pages, and in
// a notice the pages of the attachment that holds the table.
func Landscape(c *model.Campaign) bool { return c.Division.Orientation == model.OrientationLandscape }

// tableWidth is how wide c's division table is set: in the 责任分工
// document or, attached, in a notice's attachment.
func tableWidth(c *model.Campaign, attached bool) int {
	switch {
	case !Landscape(c):
		return gbt9704.TypeWidth
	case attached:
		return AttachedLandscapeWidth
	}
	return LandscapeTypeWidth
}

var (
	tcRE      = lazyre.New(`(?s)<w:tc>.*?</w:tc>`)
	loopRE    = lazyre.New(`^range columns \.(?:Heads|Cells)\.\w+$`)
	slotRE    = lazyre.New(`(?:Heads|Cells)\.(Group|No|Task|Leaders|Lead|Units|Due|Notes|Persons|Detail|Values)\b`)
	gridColRE = lazyre.New(`<w:gridCol w:w="\d+"/>`)
	tcWRE     = lazyre.New(`<w:tcW w:w="\d+" w:type="dxa"/>`)
	tblWRE    = lazyre.New(`<w:tblW w:w="\d+" w:type="dxa"/>`)
	// Any page size element: Word adds w:code="9" for A4, WPS and
	// LibreOffice may write w:orient="portrait" or the attributes in
	// another order. The turned page is written whole.
	pgSzRE = lazyre.New(`<w:pgSz\b[^>]*/>`)
)

// DivisionWidths is PrepareDivision without its notes, for callers that
// have nowhere to say them.
func DivisionWidths(tpl []byte, c *model.Campaign, landscape bool) ([]byte, error) {
	out, _, err := PrepareDivision(tpl, c, landscape)
	return out, err
}

// PrepareDivision prepares a template for c's responsibility tables: in each
// table of the template whose cells hold the division's columns (Heads.Task
// and six more, one grid column each, as the built-in fengong.docx and
// yinfa.docx have them), the grid and cell widths become those
// DivisionColumnWidths gives for c's rows. With landscape (the 责任分工
// document of data that chooses 横向) the document's pages are turned and
// the table fills their width. Without it, in a notice whose data chooses
// 横向, an attachment's table (one in the {{range .Appendices}} after the
// attachment's {{.Label}}) gets pages of its own: a section break before
// the attachment's label and one after the table, in paragraphs shown only
// for an attachment with a table ({{showif .Table}}), turn those pages and
// the table fills their width; the notice's body and the 版记 stay
// portrait. A template without such a table comes back unchanged. Call it
// once per template and campaign, before docx.Parse.
//
// The actions are found in the text as the template parser reads it
// (docx.Actions), never in the bytes: a template re-saved by Word, WPS or
// LibreOffice splits {{range .Appendices}} over runs, proofing marks and
// bookmarks. What the data asks and the template does not let it do — a
// 横向 attachment whose table or label cannot be found — comes back in
// notes, in Chinese, for the build to say.
func PrepareDivision(tpl []byte, c *model.Campaign, landscape bool) (out []byte, notes []string, err error) {
	if c == nil || divisionLayout(c) != model.LayoutTable && !slices.ContainsFunc(ownTables(c), func(a *model.Attachment) bool {
		return divisionLayout(c.ForAttachment(a)) == model.LayoutTable
	}) {
		return tpl, nil, nil
	}
	pkg, err := opc.Open(bytes.NewReader(tpl), int64(len(tpl)), opc.DefaultLimits)
	if err != nil {
		return nil, nil, err
	}
	doc, err := pkg.Read("word/document.xml")
	if err != nil {
		return nil, nil, err
	}
	spans := divisionTables(doc)
	if len(spans) == 0 {
		if landscape {
			notes = append(notes, "数据要求责任分工表用横向页面（division.orientation: 横向），但模板中没有责任分工表"+
				"（表头各格含 {{range columns .Heads.Task}} 等列的表格），页面未转为横向")
		}
		return tpl, notes, nil
	}
	total := gbt9704.TypeWidth
	attached := false
	if landscape {
		total = LandscapeTypeWidth
	} else if Landscape(c) {
		var why string
		if doc, attached, why = turnAttachment(doc, spans[0]); attached {
			total = AttachedLandscapeWidth
			spans = divisionTables(doc)
		} else {
			notes = append(notes, "数据要求附件中的责任分工表用横向页面（division.orientation: 横向），但"+why+"，附件仍排在纵向页上")
		}
	}
	// Each table of the template is set for the data's division and, when
	// attachments have columns or tasks of their own (ownTables: a
	// notice's, or a 责任分工's that picks its tasks), once more for each,
	// each copy shown for its table alone ({{if eq .Heads.Layout k}}, the
	// .Heads the table's header row reads): 衢州's three tables, each
	// measured for what it holds.
	own := ownTables(c)
	type layout struct {
		w     [divisionKinds]int
		order []int
		heads DivisionCells
		vw    []int // each value column's width (valueWidths)
	}
	var layouts []layout
	measure := func(cc *model.Campaign) layout {
		rows := divisionRows(cc)
		heads := divisionHeads(cc)
		fillCells(cc, rows, heads)
		// 分列 category rows' 「（一）」 too, as divisionContent.
		rows = append(rows, splitHeadings(cc, heads)...)
		l := layout{w: DivisionColumnWidths(rows, heads, total), order: slotOrder(cc), heads: heads}
		l.vw = valueWidths(rows, heads, l.w[slotValues])
		// Columns not chosen drop out of the table; their width is
		// kept positive so the grid stays valid.
		for i := range l.w {
			if l.w[i] == 0 {
				l.w[i] = 500
			}
		}
		return l
	}
	changed := false
	said := map[int]bool{}
	set := func(tbl []byte, grid []int, l layout) []byte {
		// A template of before the column was a kind (a clerk's own,
		// exported earlier) has no cell for it: said, not dropped.
		for i, h := range l.heads.lists() {
			if len(h) > 0 && !slices.Contains(grid, i) && !said[i] {
				said[i] = true
				notes = append(notes, fmt.Sprintf("数据选用了“%s”列，但模板的责任分工表中没有这一列（{{range columns .Heads.%s}} 和 {{range columns .Cells.%s}} 各占一格），表格中不印这一列：请重新导出内置模板（gongwen templates export）再改",
					strings.Join(h, "”“"), slotNames[i], slotNames[i]))
			}
		}
		// The grid and each row's cells stand in the data's order, when
		// each cell holds only its column's loop (a template whose cells
		// hold more, as an {{if}} begun in the first, keeps its order).
		perm := arrange(grid, l.order)
		if !movable(tbl, len(grid)) {
			perm = arrange(grid, nil)
		}
		// The values' columns (崇川's 推进情况, 是否达序, 说明) stand each
		// in a cell of its own at its own width, a loop over its one
		// value, when the template's values cell can be written so.
		split := len(l.vw) > 1 && slices.Contains(grid, slotValues) && valueCell(tbl, grid) != nil
		cols := gridColRE.FindAll(tbl, -1)
		i := 0
		tbl = gridColRE.ReplaceAllFunc(tbl, func([]byte) []byte {
			k := grid[perm[i%len(cols)]]
			i++
			if split && k == slotValues {
				var b strings.Builder
				for _, w := range l.vw {
					fmt.Fprintf(&b, `<w:gridCol w:w="%d"/>`, w)
				}
				return []byte(b.String())
			}
			return []byte(fmt.Sprintf(`<w:gridCol w:w="%d"/>`, l.w[k]))
		})
		tbl = tblWRE.ReplaceAll(tbl, []byte(`<w:tblW w:w="`+strconv.Itoa(total)+`" w:type="dxa"/>`))
		return replaceSpans(tbl, elementSpans(tbl, "<w:tr", "</w:tr>", true), func(row []byte) []byte {
			cells := tcRE.FindAllIndex(row, -1)
			if len(cells) == 1 { // a row of one cell across the table
				row = tcWRE.ReplaceAll(row, []byte(`<w:tcW w:w="`+strconv.Itoa(total)+`" w:type="dxa"/>`))
				if split {
					row = gridSpanRE.ReplaceAll(row, []byte(`<w:gridSpan w:val="`+strconv.Itoa(len(grid)+len(l.vw)-1)+`"/>`))
				}
				return row
			}
			if len(cells) != len(grid) {
				return row
			}
			var b bytes.Buffer
			b.Grow(len(row))
			b.Write(row[:cells[0][0]])
			for _, k := range perm {
				tc := row[cells[k][0]:cells[k][1]]
				if split && grid[k] == slotValues {
					for j, w := range l.vw {
						one := valueCellFor(tc, j)
						b.Write(tcWRE.ReplaceAll(one, []byte(`<w:tcW w:w="`+strconv.Itoa(w)+`" w:type="dxa"/>`)))
					}
					continue
				}
				b.Write(tcWRE.ReplaceAll(tc, []byte(`<w:tcW w:w="`+strconv.Itoa(l.w[grid[k]])+`" w:type="dxa"/>`)))
			}
			b.Write(row[cells[len(cells)-1][1]:])
			return b.Bytes()
		})
	}
	out = replaceSpans(doc, spans, func(tbl []byte) []byte {
		grid := columnSlots(tbl)
		if grid == nil {
			return tbl
		}
		if !changed {
			layouts = append(layouts, measure(c))
			for _, a := range own {
				layouts = append(layouts, measure(c.ForAttachment(a)))
			}
		}
		changed = true
		if len(own) == 0 {
			return set(tbl, grid, layouts[0])
		}
		var b bytes.Buffer
		for k, l := range layouts {
			b.WriteString(controlPara(fmt.Sprintf("if eq .Heads.Layout %d", k)))
			b.Write(set(slices.Clone(tbl), grid, l))
			b.WriteString(controlPara("end"))
		}
		return b.Bytes()
	})
	if landscape && changed {
		if !pgSzRE.Match(out) {
			notes = append(notes, "数据要求责任分工表用横向页面（division.orientation: 横向），但模板的节属性中没有纸张大小（w:pgSz），页面未转为横向")
		}
		out = pgSzRE.ReplaceAll(out, []byte(fmt.Sprintf(`<w:pgSz w:w="%d" w:h="%d" w:orient="landscape"/>`, gbt9704.PageHeight, gbt9704.PageWidth)))
	}
	if landscape && !changed {
		notes = append(notes, "数据要求责任分工表用横向页面（division.orientation: 横向），但模板的责任分工表表头不是每格一列"+
			"（{{range columns .Heads.Task}} 等各占一格、与表格的网格列一一对应），列宽和页面方向未按数据设置")
	}
	if !changed && !attached {
		return tpl, notes, nil
	}
	changes := map[string][]byte{"word/document.xml": out}
	if attached {
		// The turned pages' numbers stay at the foot of the sheet as
		// bound, rotated with it (GB/T 9704 §8, gbt9704.TurnedFooterChanges).
		turned, err := gbt9704.TurnedFooterChanges(pkg, out)
		if err != nil {
			return nil, nil, err
		}
		if turned != nil {
			changes = turned
		}
	}
	var buf bytes.Buffer
	if err := pkg.Write(&buf, changes); err != nil {
		return nil, nil, err
	}
	return buf.Bytes(), notes, nil
}

// valueWidths shares the width of the values' columns (each w, as
// DivisionColumnWidths sets them) among them as each needs: its widest
// value or its header (up to five characters), at least two characters,
// so 崇川's 是否达序 of 「是」 is narrow beside its 推进情况 of sentences.
func valueWidths(rows []DivisionRow, heads DivisionCells, w int) []int {
	m := len(heads.Values)
	if m == 0 {
		return nil
	}
	need := make([]int, m)
	for j, h := range heads.Values {
		need[j] = max(2*tableChar, min(textWidth(h), 5*tableChar))
		for _, r := range rows {
			if r.Heading == "" && j < len(r.Cells.Values) {
				need[j] = max(need[j], min(textWidth(r.Cells.Values[j]), 12*tableChar))
			}
		}
	}
	// Each its floor (two characters and the margins), the rest in
	// proportion to what each needs beyond it.
	floor := 2*tableChar + tableMargin + tableSlack
	rest := m*w - m*floor
	if rest < 0 {
		out := make([]int, m)
		for j := range out {
			out[j] = w
		}
		return out
	}
	sum := 0
	for _, n := range need {
		sum += n
	}
	out := make([]int, m)
	left := m * w
	for j, n := range need {
		out[j] = floor + rest*n/sum
		left -= out[j]
	}
	out[m-1] += left
	return out
}

// valueCell is the template's cell of the values' columns in the first
// row of cells of tbl (grid its kinds), nil when its paragraph cannot be
// written over (valueCellFor).
func valueCell(tbl []byte, grid []int) []byte {
	for _, row := range rowsOf(tbl) {
		cells := tcRE.FindAll(row, -1)
		if len(cells) != len(grid) {
			continue
		}
		tc := cells[slices.Index(grid, slotValues)]
		if valueCellFor(tc, 0) == nil {
			return nil
		}
		return tc
	}
	return nil
}

var (
	cellParaRE = lazyre.New(`(?s)^(<w:tc>.*?)(<w:p\b[^>]*>)(?:(<w:pPr>.*?</w:pPr>))?(.*)</w:p>\s*</w:tc>$`)
	runPrRE    = lazyre.New(`(?s)<w:rPr>.*?</w:rPr>`)
	gridSpanRE = lazyre.New(`<w:gridSpan w:val="\d+"/>`)
)

// valueCellFor is the values' cell tc (one paragraph holding its column
// loop, its actions split over runs as an editor may have left them)
// written as the j-th value's alone: {{range columns (slice
// .Cells.Values j j+1)}}{{.}}{{end}} in one run with the first run's
// properties; nil for a cell of more than one paragraph.
func valueCellFor(tc []byte, j int) []byte {
	m := cellParaRE.FindSubmatch(tc)
	if m == nil || bytes.Contains(m[4], []byte("<w:p ")) || bytes.Contains(m[4], []byte("<w:p>")) {
		return nil
	}
	side := "Cells"
	if bytes.Contains(tc, []byte("Heads.Values")) || docxHeads(tc) {
		side = "Heads"
	}
	rpr := runPrRE.Compiled().Find(m[4])
	var b bytes.Buffer
	b.Write(m[1])
	b.Write(m[2])
	b.Write(m[3])
	b.WriteString("<w:r>")
	b.Write(rpr)
	fmt.Fprintf(&b, `<w:t xml:space="preserve">{{range columns (slice .%s.Values %d %d)}}{{.}}{{end}}</w:t></w:r></w:p></w:tc>`, side, j, j+1)
	return b.Bytes()
}

// docxHeads reports whether the cell's loop reads .Heads, as the parser
// reads its actions.
func docxHeads(tc []byte) bool {
	return slices.ContainsFunc(docx.Actions(tc), func(a string) bool { return strings.Contains(a, ".Heads.") })
}

// ownTables are the division attachments of c's documents that have a
// table of their own: those that pick their tasks or write their own
// layout (衢州's 十方面民生实事 of three columns). PrepareDivision sets the
// template's attachment table once for each, after the data's own; the
// k-th (from 1) is shown for Heads.Layout k (tableLayout).
func ownTables(c *model.Campaign) []*model.Attachment {
	var out []*model.Attachment
	for i := range c.Documents {
		for j := range c.Documents[i].Attachments {
			if a := &c.Documents[i].Attachments[j]; ownTable(a) {
				out = append(out, a)
			}
		}
	}
	return out
}

// ownTable reports whether a is a division attachment with a table of
// its own (ownTables).
func ownTable(a *model.Attachment) bool {
	return a.Source == model.AttachDivision && (a.Selects() || !a.Division.Zero())
}

// tableLayout is the Heads.Layout of attachment j of document doc: the
// copy of the template's table PrepareDivision set for it, 0 for the
// data's own.
func tableLayout(c *model.Campaign, doc *model.Document, j int) int {
	k := 0
	for i := range c.Documents {
		for jj := range c.Documents[i].Attachments {
			if !ownTable(&c.Documents[i].Attachments[jj]) {
				continue
			}
			k++
			if c.Documents[i].ID == doc.ID && jj == j {
				return k
			}
		}
	}
	return 0
}

// controlPara is a paragraph holding only the action a: the template
// parser places it around what follows (a table) and prints nothing.
func controlPara(a string) string {
	return `<w:p><w:r><w:t xml:space="preserve">{{` + a + `}}</w:t></w:r></w:p>`
}

// divisionTables are the spans of the division tables of doc: the tables
// (see tables) with an action that reads .Heads.Task, as the template
// parser reads the table's text, whatever runs the action is split over.
func divisionTables(doc []byte) [][2]int {
	var out [][2]int
	for _, sp := range tables(doc) {
		if slices.ContainsFunc(docx.Actions(doc[sp[0]:sp[1]]), readsTask) {
			out = append(out, sp)
		}
	}
	return out
}

// readsTask reports an action that reads the division's task column:
// {{range columns .Heads.Task}}, {{.Heads.Task}}.
func readsTask(a string) bool { return headsTaskRE.MatchString(a) }

var headsTaskRE = lazyre.New(`\.Heads\.Task\b`)

// tables are the spans of `(?s)<w:tbl>.*?</w:tbl>` in doc: a table up to
// the first end of a table, as the width pass has always read them.
func tables(doc []byte) [][2]int { return elementSpans(doc, "<w:tbl>", "</w:tbl>", false) }

// slotNames are the fields of DivisionCells, in the order of lists.
var slotNames = [divisionKinds]string{"Group", "No", "Task", "Lead", "Units", "Due", "Notes", "Leaders", "Persons", "Detail", "Values"}

// columnSlots is, for a division table of a template, the kind of column
// (an index of DivisionCells.lists) of each grid column, read from the
// header row's cells; nil for a table whose header row is not one cell a
// grid column, each of another kind.
func columnSlots(tbl []byte) []int {
	n := len(gridColRE.FindAll(tbl, -1))
	for _, row := range rowsOf(tbl) {
		cells := tcRE.FindAll(row, -1)
		if len(cells) < 2 {
			continue
		}
		if len(cells) != n {
			return nil
		}
		slots := make([]int, n)
		seen := map[int]bool{}
		for i, tc := range cells {
			var m []string
			for _, a := range docx.Actions(tc) {
				if m = slotRE.FindStringSubmatch(a); m != nil {
					break
				}
			}
			if m == nil {
				return nil
			}
			k := slices.Index(slotNames[:], m[1])
			if seen[k] {
				return nil
			}
			seen[k] = true
			slots[i] = k
		}
		return slots
	}
	return nil
}

// movable reports whether every row of n cells of a division table holds
// in each cell nothing but its column loop ({{range columns .Cells.Task}}
// … {{end}}, with no other control action inside or after it), so the
// cells may change places.
func movable(tbl []byte, n int) bool {
	for _, row := range rowsOf(tbl) {
		cells := tcRE.FindAll(row, -1)
		if len(cells) != n {
			continue
		}
		for _, tc := range cells {
			acts := docx.Actions(tc)
			if len(acts) < 2 || !loopRE.MatchString(acts[0]) || acts[len(acts)-1] != "end" {
				return false
			}
			for _, a := range acts[1 : len(acts)-1] {
				if controlRE.MatchString(a) {
					return false
				}
			}
		}
	}
	return true
}

// controlRE is an action that opens, continues or closes a block.
var controlRE = lazyre.New(`^(?:if|range|with|else|end|define|block)\b`)

// slotOrder is the kinds of c's columns (indexes of DivisionCells.lists)
// in the order its data writes them.
func slotOrder(c *model.Campaign) []int {
	var out []int
	for _, kind := range c.ColumnKinds(divisionColumns(c)) {
		if k := slices.Index(slotKinds[:], kind); k >= 0 && !slices.Contains(out, k) {
			out = append(out, k)
		}
	}
	return out
}

// arrange is the order of a template's grid columns (their kinds grid)
// for the data's order of kinds: the chosen ones as the data has them,
// then the others, which the template drops, as the template has them.
func arrange(grid, order []int) []int {
	var perm []int
	for _, k := range order {
		if i := slices.Index(grid, k); i >= 0 {
			perm = append(perm, i)
		}
	}
	for i := range grid {
		if !slices.Contains(perm, i) {
			perm = append(perm, i)
		}
	}
	return perm
}

// rowsOf are the rows of a table.
func rowsOf(tbl []byte) [][]byte {
	var out [][]byte
	for _, sp := range elementSpans(tbl, "<w:tr", "</w:tr>", true) {
		out = append(out, tbl[sp[0]:sp[1]])
	}
	return out
}

// cellHalvesIn is how many half-characters of s a line of room twips holds
// for cn.CellLines: the estimate of textWidth, whose digits are a little
// over half a character and which spaces Chinese from digits, counted down
// so that no line cn.CellLines makes of s is wider than room.
func cellHalvesIn(s string, room int) int { return (*cellMemo)(nil).cellHalvesIn(s, room) }

func (m *cellMemo) cellHalvesIn(s string, room int) int {
	n := 2 * room / tableChar
	for ; n > 4; n-- {
		fits := true
		for _, l := range m.cellLines(s, n) {
			if textWidth(l) > room {
				fits = false
				break
			}
		}
		if fits {
			break
		}
	}
	return n
}

var (
	pgMarRE  = lazyre.New(`<w:pgMar\b[^>]*/>`)
	marginRE = lazyre.New(`w:(top|right|bottom|left)="\d+"`)
	paraRE   = lazyre.New(`(?s)<w:p\b[^>]*>.*?</w:p>`)
)

// sectionBreak is a paragraph one twip high and off the grid that ends a
// section of the page setup sect, shown only for an attachment with a
// table.
func sectionBreak(sect string) string {
	return `<w:p><w:pPr><w:snapToGrid w:val="0"/><w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/>` +
		`<w:ind w:left="0" w:right="0" w:firstLine="0"/><w:rPr><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr>` + sect +
		`</w:pPr><w:r><w:rPr><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr><w:t>{{showif .Table}}</w:t></w:r></w:p>`
}

// turnAttachment puts the division table at tbl (a span of doc) of a
// notice's attachment on landscape pages of its own (see PrepareDivision):
// before the paragraph of the attachment's label a break ends the portrait
// section, after the table a break ends the landscape one. It reports
// false, doc unchanged and why in Chinese, for a template whose division
// table is not in an attachment or whose last section it cannot read.
func turnAttachment(doc []byte, tbl [2]int) ([]byte, bool, string) {
	// The document's last section: its page setup is the portrait one.
	i := bytes.LastIndex(doc, []byte("<w:sectPr"))
	j := bytes.LastIndex(doc, []byte("</w:sectPr>"))
	if i < tbl[0] || j < i {
		return doc, false, "模板末尾的节属性（w:sectPr）读不出"
	}
	// The attachment's label: the last paragraph before the table that
	// prints it ({{.Label}}), after the {{range .Appendices}} that repeats
	// it — both read in the paragraphs' text, across their runs.
	rng, label := -1, -1
	for _, loc := range paraRE.FindAllIndex(doc[:tbl[0]], -1) {
		for _, a := range docx.Actions(doc[loc[0]:loc[1]]) {
			switch {
			case appendicesRE.MatchString(a):
				rng, label = loc[0], -1
			case rng >= 0 && labelRE.MatchString(a):
				label = loc[0]
			}
		}
	}
	switch {
	case rng < 0:
		return doc, false, "模板中责任分工表之前没有 {{range .Appendices}}（附件的循环），找不到附件从哪里开始"
	case label < 0:
		return doc, false, "模板中 {{range .Appendices}} 之后、责任分工表之前没有写 {{.Label}} 的段落（附件标识），找不到附件的第一段"
	}
	end := tbl[1]
	sect := string(doc[i : j+len("</w:sectPr>")])
	portrait := sect
	if !pgSzRE.MatchString(sect) {
		return doc, false, "模板末尾的节属性中没有纸张大小（w:pgSz）"
	}
	// The sheet turned a quarter: its page number's foot margin on the
	// left, the binding margin on top (GB/T 9704 for a landscape table).
	turned := pgSzRE.ReplaceAllLiteralString(sect, fmt.Sprintf(`<w:pgSz w:w="%d" w:h="%d" w:orient="landscape"/>`, gbt9704.PageHeight, gbt9704.PageWidth))
	turned = pgMarRE.ReplaceAllStringFunc(turned, func(m string) string {
		return marginRE.ReplaceAllStringFunc(m, func(a string) string {
			v := map[string]int{"top": gbt9704.MarginLeft, "right": gbt9704.MarginTop, "bottom": gbt9704.MarginRight, "left": gbt9704.MarginBottom}[a[2:strings.IndexByte(a, '=')]]
			return a[:strings.IndexByte(a, '=')] + `="` + strconv.Itoa(v) + `"`
		})
	})
	var out bytes.Buffer
	out.Grow(len(doc) + 2*len(sect) + 600)
	out.Write(doc[:label])
	out.WriteString(sectionBreak(portrait))
	out.Write(doc[label:end])
	out.WriteString(sectionBreak(turned))
	out.Write(doc[end:])
	return out.Bytes(), true, ""
}

var (
	// appendicesRE is the loop over a notice's attachments, with or
	// without variables: {{range .Appendices}}, {{range $i, $a := .Appendices}}.
	appendicesRE = lazyre.New(`^range\s+(?:\$\w*\s*(?:,\s*\$\w*\s*)?:=\s*)?\.Appendices$`)
	// labelRE prints an attachment's label: {{.Label}}, {{$a.Label}}.
	labelRE = lazyre.New(`^\$?\w*\.Label$`)
)
