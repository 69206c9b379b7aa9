package docdata

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

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
// given, filling total. 序号 and 完成时限 are as wide as their widest
// unbreakable piece (a number, a date such as 「2024年6月30日前」, up to 11
// characters): they never wrap. 类别, the unit columns and 备注 want their
// widest piece too (a unit's name up to 7 characters, a category up to 5)
// but give way, down to their header's width and a floor, so that the task
// column keeps a quarter of the width; the task column takes the rest. Columns
// not chosen (no header in heads) are 0.
func DivisionColumnWidths(rows []DivisionRow, heads DivisionCells, total int) [7]int {
	chars := func(n float64) int { return int(n*tableChar) + tableMargin }
	var texts [7][]string
	for _, r := range rows {
		c := r.Cells
		for i, v := range [][]string{c.Group, c.No, c.Task, c.Lead, c.Units, c.Due, c.Notes} {
			texts[i] = append(texts[i], v...)
		}
	}
	hs := [][]string{heads.Group, heads.No, heads.Task, heads.Lead, heads.Units, heads.Due, heads.Notes}
	const task = 2
	// Caps and floors in characters, by kind; hard columns do not give way.
	caps := [7]float64{5, 4, 0, 7, 7, 11, 6}
	floors := [7]float64{3, 1, 0, 4, 4, 3, 3}
	hard := [7]bool{false, true, false, false, false, true, false}
	// A wider page (landscape) lets the capped columns grow with it.
	scale := max(1, float64(total)/float64(gbt9704.TypeWidth))
	var want, least [7]int
	sum := 0
	for i := range want {
		if len(hs[i]) == 0 || i == task {
			continue
		}
		head := min(textWidth(hs[i][0]), 4*tableChar) + tableMargin
		// 6% over the estimate: fonts differ a little from the measure.
		want[i] = max(min(longestPiece(texts[i])*106/100+tableMargin, chars(caps[i]*scale)), chars(floors[i]), head)
		least[i] = want[i]
		if !hard[i] {
			least[i] = max(chars(floors[i]), head)
		}
		sum += want[i]
	}
	minTask := 0
	if len(hs[task]) > 0 {
		// A quarter: in a portrait table of six columns the unit columns
		// then hold 7 characters a line, and a task of 15 characters takes
		// two lines where a province's unit name would take five.
		minTask = total * 25 / 100
	}
	if over := sum + minTask - total; over > 0 {
		give := 0
		for i := range want {
			give += want[i] - least[i]
		}
		for i := range want {
			if give > 0 {
				// Rounded up, so the task column gets its share in full.
				want[i] -= ((want[i]-least[i])*min(over, give) + give - 1) / give
			}
		}
	}
	if len(hs[task]) == 0 {
		// No task column (a table of units and dates): the others share
		// the width in proportion.
		return spread(want, total)
	}
	rest := total
	for i := range want {
		rest -= want[i]
	}
	want[task] = max(rest, chars(4))
	return want
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
	total := gbt9704.TypeWidth
	if landscape {
		total = LandscapeTypeWidth
	}
	rows := divisionRows(c)
	heads := divisionHeads(c)
	fillCells(c, rows, heads)
	w := DivisionColumnWidths(rows, heads, total)
	// Columns not chosen drop out of the table; their width is kept
	// positive so the grid stays valid.
	for i := range w {
		if w[i] == 0 {
			w[i] = 500
		}
	}
	changed := false
	out := tableRE.ReplaceAllFunc(doc, func(tbl []byte) []byte {
		if !bytes.Contains(tbl, []byte("Heads.Task")) || len(gridColRE.FindAll(tbl, -1)) != len(w) {
			return tbl
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
