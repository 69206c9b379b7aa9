package xlsx

import (
	"strings"
	"unicode"

	"gongwen/internal/cn"
)

// Excel and LibreOffice wrap a cell's text themselves (the cells' styles
// wrap), so a clerk who widens a column in Excel or WPS sees it re-flow:
// a cell's value has the line breaks of the data only, never one gongwen
// chose (「…分别增\n长5.2%」 stayed broken however wide the column was, QA
// s8 #6). cellLines lays the text out as a clerk would break it, with the
// same measure, only to tell how many lines the row needs (rowHeight).

// cellPixels is the width in pixels a text takes at size pt, by the
// measure of rowHeight.
func cellPixels(s string, size float64) float64 {
	px := 0.0
	for _, r := range s {
		if r < 0x2E80 {
			px += size * 4 / 3 * 0.55
		} else {
			px += size * 4 / 3
		}
	}
	return px
}

// cellRoom is the pixels a column of width w holds (rowHeight's measure).
func cellRoom(w float64) float64 { return w*7 + 5 - 7 }

// noLineStart are the marks a line of a cell may not start with; noLineEnd
// those it may not end with.
const (
	noLineStart = "、，。；：？！）》」』”’%‰.,;:)]…—"
	noLineEnd   = "（《「『“‘(["
)

// cellTokens cuts a paragraph into the pieces a line break may fall
// between: a run of ASCII letters and digits (2024, 1.2, 100) is one
// piece, a closing mark sticks to the piece before it and an opening mark
// to the piece after. With list set, a name between the list's 、 and ，
// (outside brackets: 各县（市、区）商务主管部门) is one piece with its mark.
func cellTokens(s string, list bool) []string {
	var toks []string
	rs := []rune(s)
	glue := false // the last token ends with an opening mark
	for i := 0; i < len(rs); {
		j := i + 1
		switch {
		case list:
			depth := 0
			for j = i; j < len(rs); j++ {
				switch {
				case strings.ContainsRune("（(", rs[j]):
					depth++
				case strings.ContainsRune("）)", rs[j]):
					depth = max(0, depth-1)
				}
				if depth == 0 && strings.ContainsRune("、，,；", rs[j]) {
					j++
					break
				}
			}
		case rs[i] < 0x80 && (unicode.IsLetter(rs[i]) || unicode.IsDigit(rs[i])):
			for j < len(rs) && rs[j] < 0x80 && (unicode.IsLetter(rs[j]) || unicode.IsDigit(rs[j]) || rs[j] == '.' && j+1 < len(rs) && unicode.IsDigit(rs[j+1])) {
				j++
			}
			// A number keeps its unit: 20家, 1.2亿, 2024年.
			if j < len(rs) && rs[j] >= 0x2E80 && !strings.ContainsRune(noLineStart+noLineEnd, rs[j]) {
				j++
			}
		}
		tok := string(rs[i:j])
		switch {
		case len(toks) > 0 && (glue || strings.ContainsRune(noLineStart, rs[i])):
			toks[len(toks)-1] += tok
		default:
			toks = append(toks, tok)
		}
		glue = strings.ContainsRune(noLineEnd, rs[j-1])
		i = j
	}
	return toks
}

// cellLines lays s out in a column of width w at size pt: its own lines
// kept, each filled with whole pieces (cellTokens) while they fit. A piece
// wider than the column is laid out character by character, still never
// starting a line with a closing mark. A list (units, deadlines) breaks
// between its names where it can.
func cellLines(s string, w, size float64, list bool) []string {
	room := cellRoom(w)
	var out []string
	for _, para := range splitLines(s) {
		var lines [][]string // each line's tokens
		width := func(toks []string) float64 { return cellPixels(strings.Join(toks, ""), size) }
		push := func(tok string) {
			if n := len(lines); n > 0 && width(append(lines[n-1 : n : n][0], tok)) <= room {
				lines[n-1] = append(lines[n-1], tok)
				return
			}
			lines = append(lines, []string{tok})
		}
		for _, tok := range cellTokens(para, list) {
			if !list || cellPixels(tok, size) <= room {
				push(tok)
				continue
			}
			// A name too wide for a line: broken between its words as the
			// Word tables break it (cn.CellLines), each part on a line.
			half := int(room / (size * 4 / 3 * 0.55))
			for _, part := range cn.CellLines(tok, half) {
				lines = append(lines, []string{part})
			}
		}
		// A last line of one character (「…30日/前」, 「…企业20/家」) takes
		// the previous line's last piece with it, when that fits.
		if n := len(lines); n > 1 && len([]rune(strings.Join(lines[n-1], ""))) == 1 && len(lines[n-2]) > 1 {
			last := lines[n-2][len(lines[n-2])-1]
			if width(append([]string{last}, lines[n-1]...)) <= room {
				lines[n-2] = lines[n-2][:len(lines[n-2])-1]
				lines[n-1] = append([]string{last}, lines[n-1]...)
			}
		}
		if len(lines) == 0 {
			out = append(out, "")
		}
		for _, l := range lines {
			out = append(out, strings.Join(l, ""))
		}
	}
	return out
}
