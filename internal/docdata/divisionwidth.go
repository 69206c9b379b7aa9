package docdata

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"gongwen/internal/cn"
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
)

// textWidth is the width of s in the table's font, in twips: a digit or
// Latin letter a little over half a character, and a quarter character
// where Chinese meets digits (the space Word and LibreOffice put between
// them: 「2024 年 6 月 30 日」).
func textWidth(s string) int {
	w := 0
	prev := 0 // 1 for a narrow character, 2 for a Chinese one
	for _, r := range s {
		kind := 2
		if r < 0x2E80 {
			kind = 1
		}
		if kind == 1 {
			w += tableChar * 55 / 100
		} else {
			w += tableChar
		}
		if prev != 0 && prev != kind {
			w += tableChar / 4
		}
		prev = kind
	}
	return w
}

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
func DivisionColumnWidths(rows []DivisionRow, heads DivisionCells, total int) [7]int {
	var want [7]int
	hs := [][]string{heads.Group, heads.No, heads.Task, heads.Lead, heads.Units, heads.Due, heads.Notes}
	var cols [7][]string // each row's cell, "" where the row has none
	for _, r := range rows {
		if r.Heading != "" {
			continue
		}
		c := r.Cells
		for i, v := range [][]string{c.Group, c.No, c.Task, c.Lead, c.Units, c.Due, c.Notes} {
			cell := ""
			if len(v) > 0 {
				cell = v[0]
			}
			cols[i] = append(cols[i], cell)
		}
	}
	const (
		group, no, task, lead, units, due, notes = 0, 1, 2, 3, 4, 5, 6
	)
	chars := func(n int) int { return n*tableChar + tableMargin + tableSlack }
	head := func(i int) int { return min(textWidth(hs[i][0]), 4*tableChar) + tableMargin + tableSlack }
	if len(hs[no]) > 0 {
		want[no] = max(longestPiece(cols[no])+tableMargin+tableSlack, head(no))
	}
	// A wider page (landscape) lets the columns grow with it.
	scale := max(1, float64(total)/float64(gbt9704.TypeWidth))
	caps := [7]float64{6, 0, 0, 9, 9, 12, 6}
	floors := [7]int{3, 0, 0, 4, 4, 3, 2}
	type choice struct{ lo, hi int } // in characters
	var flex []int
	var span [7]choice
	for _, i := range []int{group, lead, units, due, notes} {
		if len(hs[i]) == 0 {
			continue
		}
		lo := max(floors[i], (head(i)-tableMargin-tableSlack+tableChar-1)/tableChar)
		if i == due {
			lo = max(lo, (dueFloor(cols[due])+tableChar-1)/tableChar)
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
		for _, i := range flex {
			want[i] = chars(span[i].hi)
		}
		return spread(want, total)
	}
	fixed := want[no]
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
	var table [7]map[int][]int
	for _, i := range flex {
		table[i] = map[int][]int{}
		for n := span[i].lo; n <= span[i].hi; n++ {
			table[i][n] = lines(i, n)
		}
	}
	taskLines := map[int][]int{}
	taskLone := map[int]int{}
	taskAt := func(w int) ([]int, int) {
		if l, ok := taskLines[w]; ok {
			return l, taskLone[w]
		}
		room := w - tableMargin
		l := make([]int, len(cols[task]))
		lone := 0
		for r, v := range cols[task] {
			n, last := wrapCount(v, room)
			l[r] = n
			if n > 1 && last == 1 {
				lone++
			}
		}
		taskLines[w], taskLone[w] = l, lone
		return l, lone
	}
	best := [7]int{}
	bestCost := -1.0
	n := make([]int, len(flex))
	for k, i := range flex {
		n[k] = span[i].lo
	}
	for {
		used := fixed
		for k, i := range flex {
			used += chars(n[k])
			_ = i
		}
		widest := 0
		for k := range flex {
			widest = max(widest, chars(n[k]))
		}
		// The task column has the most room: no other is wider.
		if tw := total - used; tw >= minTask && tw >= widest {
			tl, lone := taskAt(tw)
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
			// A lone last character reads as a line more. Among tables of
			// one height, a name or date broken is worse than the task
			// column a character narrower.
			cost := float64(height) + float64(lone) + float64(broken)/20 - float64(tw)/float64(tableChar)/100
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
		best[no] = want[no]
		rest := total
		for _, x := range best {
			rest -= x
		}
		best[task] = max(rest, tableChar)
	}
	return best
}

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
// a date after its year (2024年 / 6月30日前), a phrase between its words
// (每季度最后一个月 / 30日前); never inside 6月30日.
func dueLines(p string, room int) []string { return (*cellMemo)(nil).dueLines(p, room) }

func (m *cellMemo) dueLines(p string, room int) []string {
	if textWidth(p) <= room {
		return []string{p}
	}
	if r, _ := utf8.DecodeRuneInString(p); r >= '0' && r <= '9' {
		if i := strings.Index(p, "年"); i > 0 && i+len("年") < len(p) {
			return append([]string{p[:i+len("年")]}, m.dueLines(p[i+len("年"):], room)...)
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
	if i == 6 {
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

// wrapCount is how many lines s takes in room twips wrapped as a word
// processor wraps Chinese (anywhere, no line starting with closing
// punctuation), and how many characters its last line holds.
func wrapCount(s string, room int) (lines, last int) {
	if s == "" {
		return 1, 0
	}
	lines, w := 1, 0
	prev := 0
	for _, r := range s {
		cw := tableChar
		kind := 2
		if r < 0x2E80 {
			cw, kind = tableChar*55/100, 1
		}
		if prev != 0 && prev != kind {
			cw += tableChar / 4
		}
		prev = kind
		if w+cw > room && w > 0 && !strings.ContainsRune("，。、；：？！）》”", r) {
			lines++
			w, last = 0, 0
		}
		w += cw
		last++
	}
	return lines, last
}

// spread scales the widths to sum to total.
func spread(w [7]int, total int) [7]int {
	sum := 0
	for _, x := range w {
		sum += x
	}
	if sum == 0 {
		return w
	}
	left := total
	last := -1
	for i := range w {
		if w[i] > 0 {
			w[i] = w[i] * total / sum
			left -= w[i]
			last = i
		}
	}
	w[last] += left
	return w
}

// Page sizes of a landscape division, in twips: the A4 sheet turned, with
// the margins of GB/T 9704 on the sides they are read from.
const (
	LandscapeTypeWidth = gbt9704.PageHeight - gbt9704.MarginLeft - gbt9704.MarginRight
)

// Landscape reports whether the data sets its division tables on landscape
// pages (division.orientation: 横向).
func Landscape(c *model.Campaign) bool { return c.Division.Orientation == model.OrientationLandscape }

var (
	tableRE   = lazyre.New(`(?s)<w:tbl>.*?</w:tbl>`)
	gridColRE = lazyre.New(`<w:gridCol w:w="\d+"/>`)
	rowRE     = lazyre.New(`(?s)<w:tr\b.*?</w:tr>`)
	tcWRE     = lazyre.New(`<w:tcW w:w="\d+" w:type="dxa"/>`)
	tblWRE    = lazyre.New(`<w:tblW w:w="\d+" w:type="dxa"/>`)
	pgSzRE    = lazyre.New(`<w:pgSz w:w="\d+" w:h="\d+"(?: w:orient="\w+")?/>`)
)

// DivisionWidths prepares a template for c's responsibility tables: in each
// table of the template whose cells hold the division's columns (Heads.Task
// and six more, one grid column each, as the built-in fengong.docx and
// yinfa.docx have them), the grid and cell widths become those
// DivisionColumnWidths gives for c's rows. With landscape (the 责任分工
// document of data that chooses 横向) the document's pages are turned and
// the table fills their width. A template without such a table comes back
// unchanged. Call it once per template and campaign, before docx.Parse.
func DivisionWidths(tpl []byte, c *model.Campaign, landscape bool) ([]byte, error) {
	if c == nil || divisionLayout(c) != model.LayoutTable {
		return tpl, nil
	}
	pkg, err := opc.Open(bytes.NewReader(tpl), int64(len(tpl)), opc.DefaultLimits)
	if err != nil {
		return nil, err
	}
	doc, err := pkg.Read("word/document.xml")
	if err != nil {
		return nil, err
	}
	// Most templates hold no division table: they are not measured for
	// one (the width search is most of a build's template preparation).
	if !bytes.Contains(doc, []byte("Heads.Task")) {
		return tpl, nil
	}
	total := gbt9704.TypeWidth
	if landscape {
		total = LandscapeTypeWidth
	}
	var w [7]int
	changed := false
	out := tableRE.ReplaceAllFunc(doc, func(tbl []byte) []byte {
		if !bytes.Contains(tbl, []byte("Heads.Task")) || len(gridColRE.FindAll(tbl, -1)) != len(w) {
			return tbl
		}
		if !changed {
			rows := divisionRows(c)
			heads := divisionHeads(c)
			fillCells(c, rows, heads)
			w = DivisionColumnWidths(rows, heads, total)
			// Columns not chosen drop out of the table; their width is
			// kept positive so the grid stays valid.
			for i := range w {
				if w[i] == 0 {
					w[i] = 500
				}
			}
		}
		changed = true
		i := 0
		tbl = gridColRE.ReplaceAllFunc(tbl, func([]byte) []byte {
			s := fmt.Sprintf(`<w:gridCol w:w="%d"/>`, w[i%len(w)])
			i++
			return []byte(s)
		})
		tbl = tblWRE.ReplaceAll(tbl, []byte(`<w:tblW w:w="`+strconv.Itoa(total)+`" w:type="dxa"/>`))
		return rowRE.ReplaceAllFunc(tbl, func(row []byte) []byte {
			j := 0
			one := len(tcWRE.FindAll(row, -1)) == 1 // a row of one cell across the table
			return tcWRE.ReplaceAllFunc(row, func([]byte) []byte {
				wd := w[j%len(w)]
				if one {
					wd = total
				}
				s := fmt.Sprintf(`<w:tcW w:w="%d" w:type="dxa"/>`, wd)
				j++
				return []byte(s)
			})
		})
	})
	if landscape && changed {
		out = pgSzRE.ReplaceAll(out, []byte(fmt.Sprintf(`<w:pgSz w:w="%d" w:h="%d" w:orient="landscape"/>`, gbt9704.PageHeight, gbt9704.PageWidth)))
	}
	if !changed {
		return tpl, nil
	}
	var buf bytes.Buffer
	if err := pkg.Write(&buf, map[string][]byte{"word/document.xml": out}); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
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
