package docdata

import (
	"strings"

	"gongwen/internal/gbt9704"
	"gongwen/internal/model"
)

// Where the responsibility table's rows may break over a page.
//
// Word, WPS and LibreOffice all honour w:cantSplit on a row, and none of
// them keeps two lines of a split row together (widow control and
// keep-with-next inside a cell did nothing in LibreOffice 7.4): a row left
// free to split breaks wherever the page ends, and a row of six lines
// with five on page 1 leaves one line of each unit's name at the top of
// page 2. Kept whole, a tall row leaves its page up to its height empty —
// an attachment of long rows ended pages 40% empty.
//
// So the table is laid out here, with the line model the columns are
// sized by (rowHeight): a row that the estimate puts across a page's foot
// may split only where at least splitMargin lines of it stand on each
// side — a line more than the two a reader needs, for the estimate's
// error — and every other row is kept whole. A row taller than the page
// splits anyway (every client splits it, cantSplit or not).

// splitMin is the fewest lines of a split row a page may hold, and
// splitSlack (twips) how far the estimate may be off where a row meets
// the page's foot: half a line. Against LibreOffice 7.4 the estimate
// put the default 责任分工's rows within 1 pt of where they stood.
const (
	splitMin   = 2
	splitSlack = 160
)

// tableLine is the table style's exact line (16 pt), unitGap the space
// before each paragraph of a unit cell, and rowRule the 0.5 pt rule
// between rows, in twips.
const (
	tableLine = 320
	unitGap   = 60
	rowRule   = 10
)

// rowLines is how many lines the tallest cell of a row of cells c holds in
// columns of widths (the category's aside: it is merged over its rows).
func rowLines(c DivisionCells, widths [divisionKinds]int) int {
	n := 1
	for col, cells := range c.lists() {
		if col == 0 {
			continue
		}
		for _, v := range cells {
			k := 0
			for _, p := range strings.Split(v, "\n") {
				for _, l := range strings.Split(p, "\u2028") {
					w, _ := wrapCount(l, widths[col]-tableMargin)
					k += w
				}
			}
			n = max(n, k)
		}
	}
	return n
}

// headingHeight is the height of a category row (「一、稳定经济增长」) across
// a table total twips wide, in the header's 黑体.
func headingHeight(s string, total int) int {
	n, _ := wrapCount(s, total-tableMargin)
	return n*tableLine + tableMargin
}

// measureRows sets each row's estimated height (its rule below included) and lines (heading rows:
// their one cell across the table) and returns the header row's height.
func measureRows(rows []DivisionRow, heads DivisionCells, widths [divisionKinds]int, total int) int {
	for i := range rows {
		r := &rows[i]
		if r.Heading != "" {
			r.height, r.lines = headingHeight(r.Heading, total)+rowRule, 1
			continue
		}
		r.height, r.lines = rowHeight(r.Cells, widths)+rowRule, rowLines(r.Cells, widths)
	}
	return rowHeight(heads, widths) + rowRule
}

// flowRows decides each row's Split from the table's estimated place: the
// table starts start twips below the top of a type area page twips high;
// its header row (rows' head) repeats on every page.
func flowRows(rows []DivisionRow, start, page int) {
	if len(rows) == 0 {
		return
	}
	head := rows[0].head
	y := start + head
	for i := range rows {
		r := &rows[i]
		r.Split = false
		h := r.height
		if y+h <= page {
			y += h
			continue
		}
		if h > page-head {
			// Taller than a page: it splits whatever the row says.
			r.Split = true
			y = head + (h-(page-y))%(page-head)
			continue
		}
		// Lines of the tallest cell that the page's rest holds below the
		// cell's margins, at the row's own pitch (its units' gaps spread
		// over its lines), within the estimate's slack either way.
		pitch := max(tableLine, (h-tableMargin-rowRule)/max(1, r.lines))
		room := page - y - tableMargin - rowRule
		fit := max(0, room/pitch)
		least, most := max(0, (room-splitSlack)/pitch), max(0, (room+splitSlack)/pitch)
		if r.Heading == "" && least >= splitMin && r.lines-most >= splitMin {
			r.Split = true
			// The rest, in a cell of its own margins under the header.
			y = head + (r.lines-fit)*pitch + tableMargin + rowRule
			continue
		}
		y = head + h // moved whole to the next page
	}
}

// blocksHeight is the height in twips of body blocks on the line grid.
func blocksHeight(bs []Block) int {
	h := 0
	for _, b := range bs {
		h += textLines(b.Number+b.Heading+b.Text, 4) * gbt9704.LinePitch
	}
	return h
}

// divisionStart is where the 责任分工's table starts below the top of its
// first page: the title's lines, the blank line under them, the text.
func divisionStart(title []string, body []Block) int {
	return len(title)*gbt9704.TitleLine + gbt9704.LinePitch + blocksHeight(body)
}

// subtitleHeight is the height of a subtitle's line under a title, none
// when there is no subtitle.
func subtitleHeight(subtitle string) int {
	if subtitle == "" {
		return 0
	}
	return gbt9704.LinePitch
}

// typeHeight is the height of the type area the division table is set
// in: portrait, or the turned pages of 横向 (DivisionWidths) — the
// 责任分工's sheet keeps its top and foot margins, a notice's attachment
// has the portrait type area turned a quarter.
func typeHeight(c *model.Campaign, attached bool) int {
	switch {
	case !Landscape(c):
		return gbt9704.TypeHeight
	case attached:
		return gbt9704.TypeWidth
	}
	return gbt9704.PageWidth - gbt9704.MarginTop - gbt9704.MarginBottom
}
