package docdata

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"gongwen/internal/gbt9704"
	"gongwen/internal/model"
)

var digits = []rune("〇一二三四五六七八九")

// cnum writes 1–99 in Chinese numerals as headings use them (十一, 二十).
func cnum(n int) string {
	switch {
	case n <= 0 || n >= 100:
		return strconv.Itoa(n)
	case n < 10:
		return string(digits[n])
	case n == 10:
		return "十"
	case n < 20:
		return "十" + string(digits[n%10])
	case n%10 == 0:
		return string(digits[n/10]) + "十"
	}
	return string(digits[n/10]) + "十" + string(digits[n%10])
}

// number is the heading number of the n-th section of a level (1-based).
func number(level, n int, level3 string) string {
	switch level {
	case 1:
		return cnum(n) + "、"
	case 2:
		return "（" + cnum(n) + "）"
	case 3:
		return strconv.Itoa(n) + level3
	}
	return "（" + strconv.Itoa(n) + "）"
}

// endsSentence reports whether s already ends in punctuation, so a run-in
// heading needs no "。" added.
func endsSentence(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune("。！？；：，、.!?;:", r)
}

// sectionBlocks numbers sections from their nesting: level 1 一、, level 2
// （一）, level 3 1., level 4 （1）; deeper levels keep the level-4 form.
func sectionBlocks(secs []model.Section, level int, level3 string) []Block {
	var out []Block
	lv := min(level, 4)
	for i, s := range secs {
		num := number(lv, i+1, level3)
		paras := s.Paragraphs
		switch {
		case s.Heading != "" && lv <= 2:
			out = append(out, Block{Level: lv, Number: num, Heading: s.Heading})
		case s.Heading != "" && len(paras) > 0:
			h := s.Heading
			if !endsSentence(h) {
				h += "。"
			}
			out = append(out, Block{Level: lv, Number: num, Heading: h, Text: paras[0]})
			paras = paras[1:]
		case s.Heading != "":
			out = append(out, Block{Level: lv, Number: num, Heading: s.Heading})
		case len(paras) > 0:
			out = append(out, Block{Level: lv, Number: num, Text: paras[0]})
			paras = paras[1:]
		default:
			out = append(out, Block{Level: lv, Number: num})
		}
		for _, p := range paras {
			out = append(out, textBlocks(p)...)
		}
		out = append(out, sectionBlocks(s.Sections, level+1, level3)...)
	}
	return out
}

// textBlocks turns a text into plain paragraphs, one per line.
func textBlocks(s string) []Block {
	var out []Block
	for _, line := range strings.Split(s, "\n") {
		if line = strings.TrimSpace(line); line != "" {
			out = append(out, Block{Text: line})
		}
	}
	return out
}

// width is the width of s in half characters: CJK and full-width forms
// take two, ASCII one.
func width(s string) int {
	w := 0
	for _, r := range s {
		if r < 0x2E80 && r != '—' && r != '“' && r != '”' && r != '‘' && r != '’' {
			w++
		} else {
			w += 2
		}
	}
	return w
}

// pad puts s at column half (in half characters) with full-width spaces,
// rounding to whole characters; the grid makes each one character wide.
func pad(s string, half int) string {
	if half < 0 {
		half = 0
	}
	return strings.Repeat("\u3000", half/2) + s
}

// signLayout places the 署名 and the 成文日期 as GB/T 9704 7.3.5 says.
// With a seal the date ends four characters from the right and each
// signature line is centred over the date; without a seal each signature
// ends two characters from the right and the date starts two characters
// to the right of the (first) signature's start.
func signLayout(signs []string, date string, seal bool) (lines []string, dateLine string) {
	line := 2 * gbt9704.CharsPerLine
	dw := width(date)
	if seal {
		ds := line - 8 - dw
		for _, s := range signs {
			lines = append(lines, pad(s, ds+(dw-width(s))/2))
		}
		return lines, pad(date, ds)
	}
	first := -1
	for _, s := range signs {
		st := line - 4 - width(s)
		if first < 0 || st < first {
			first = st
		}
		lines = append(lines, pad(s, st))
	}
	ds := first + 4
	if first < 0 || ds+dw > line-4 {
		// A signature longer than the line wraps; the date then ends two
		// characters from the right.
		ds = line - 4 - dw
	}
	return lines, pad(date, ds)
}

// TitleLines breaks a title into lines of at most max characters, as even
// as possible, never starting a line with closing punctuation, avoiding
// breaks inside quotes and book-title marks and between two characters of
// a word, preferring breaks after 、，的 and before 关于 or the final
// 的通知 — the balanced shape GB/T 9704 asks for. When the fewest lines
// force a bad break, one more line is tried.
func TitleLines(title string, max int) []string {
	rs := []rune(strings.TrimSpace(title))
	if max <= 0 {
		max = 20
	}
	if len(rs) <= max {
		return []string{string(rs)}
	}
	n := (len(rs) + max - 1) / max
	best, score := splitTitle(rs, n, max)
	if more, s := splitTitle(rs, n+1, max); s+24 < score {
		best = more
	}
	return best
}

// splitTitle breaks rs into n lines, greedily from the top, and returns
// the lines with the sum of their break scores.
func splitTitle(rs []rune, n, max int) ([]string, int) {
	var lines []string
	total := 0
	for n > 1 {
		target := (len(rs) + n - 1) / n
		best, bestScore := -1, 1<<30
		for cut := 1; cut < len(rs); cut++ {
			if cut > max || len(rs)-cut > max*(n-1) {
				continue
			}
			score := 4*abs(cut-target) + breakPenalty(rs, cut, max)
			if score < bestScore {
				best, bestScore = cut, score
			}
		}
		if best < 0 {
			best, bestScore = min(max, len(rs)), 100
		}
		total += bestScore
		lines = append(lines, string(rs[:best]))
		rs = rs[best:]
		n--
	}
	return append(lines, string(rs)), total
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// breakPenalty scores a line break before rs[cut]: high inside quotes
// (higher when the quoted words would fit on one line), inside numbers and
// before closing punctuation; low at natural seams.
func breakPenalty(rs []rune, cut, max int) int {
	depth, open := 0, -1
	for i, r := range rs[:cut] {
		switch r {
		case '“', '《', '（', '(', '‘', '〔':
			if depth == 0 {
				open = i
			}
			depth++
		case '”', '》', '）', ')', '’', '〕':
			depth--
		}
	}
	p := 0
	if depth > 0 {
		p += 30
		closeAt, d := len(rs), depth
		for i := cut; i < len(rs); i++ {
			switch rs[i] {
			case '“', '《', '（', '(', '‘', '〔':
				d++
			case '”', '》', '）', ')', '’', '〕':
				d--
			}
			if d == 0 {
				closeAt = i
				break
			}
		}
		if closeAt-open+1 <= max {
			p += 30
		}
	}
	prev, next := rs[cut-1], rs[cut]
	if strings.ContainsRune("，。、；：”》）)’〕！？", next) {
		p += 100
	}
	if strings.ContainsRune("“《（(‘〔", prev) {
		p += 100
	}
	if unicode.IsDigit(prev) && unicode.IsDigit(next) || unicode.IsLetter(prev) && prev < 0x80 && unicode.IsLetter(next) && next < 0x80 {
		p += 100
	}
	rest := string(rs[cut:])
	switch {
	case strings.HasPrefix(rest, "关于"), strings.HasPrefix(rest, "的通知"), strings.HasPrefix(rest, "的意见"),
		strings.HasPrefix(rest, "的汇报"), strings.HasPrefix(rest, "的讲话"), strings.HasPrefix(rest, "工作"):
		p -= 6
	case strings.ContainsRune("的和与及”》、，", prev), strings.ContainsRune("“《", next):
		p -= 3
	default:
		// A break between two Chinese characters may split a word.
		p += 8
	}
	return p
}

// Widths (twips) the built-in templates give a 发文机关标志: the type
// area for a single mark; the organs' column of a joint mark's table.
const (
	markWidth      = gbt9704.TypeWidth
	jointMarkWidth = 6600
)

// markSize is the largest of gbt9704.MarkSizes at which the mark, or each
// line of a joint mark, fits on one line, with a character's room to
// spare for the font's side bearings; the smallest when none fits.
func markSize(mark string, joint []string) int {
	room, w := markWidth, width(mark)
	if len(joint) > 0 {
		room, w = jointMarkWidth, 0
		for _, m := range joint {
			w = max(w, width(m))
		}
	}
	sizes := gbt9704.MarkSizes
	for _, size := range sizes {
		// width is in half characters; size in half-points; room in
		// twips (20 a point): chars × size/2 pt ≤ room/20 − size/2.
		if (w+2)*size*10/2 <= room {
			return size
		}
	}
	return sizes[len(sizes)-1]
}
