package docdata

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"gongwen/internal/cn"
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

// clause is s without the punctuation it ends in (。，、；：and spaces),
// ready to be joined into a longer sentence.
func clause(s string) string {
	return strings.TrimRight(strings.TrimSpace(s), "。，、；：,;:.\u3000 ")
}

// sentence ends a generated sentence properly: a trailing ，、；： (a plan
// sentence that runs into the next one) becomes 。, and 。 is added when
// the text has no end mark (！？ and a closing quote or bracket after one
// are kept).
func sentence(s string) string {
	s = strings.TrimSpace(s)
	t := strings.TrimRight(s, "”’）》")
	if r, _ := utf8.DecodeLastRuneInString(t); t != "" && strings.ContainsRune("。！？", r) {
		return s
	}
	if s = clause(s); s == "" {
		return ""
	}
	return s + "。"
}

// sectionStyle is how a document numbers its sections and ends a heading that
// runs into its text: GB/T 9704's 一、（一）1.（1） (level3 the mark after
// level 3's number), or the number forms the document chooses; 。 after
// a run-in heading without an end mark, or nothing (end "无").
type sectionStyle struct {
	level3 string
	forms  []string
	end    string
	// list is the division's list for a section that holds it (tasks:
	// true), its categories at the level below the section's.
	list func(level int) []Block
}

// childForms are the number forms the document gives the levels below
// level (1-based): its numbering's, else GB/T 9704's 一、（一）1.（1）'s.
func (h sectionStyle) childForms(level int) []string {
	forms := h.forms
	if len(forms) == 0 {
		forms = []string{"一、", "（一）", "1.", "（1）"}
	}
	if level >= len(forms) {
		return forms[len(forms)-1:]
	}
	return forms[level:]
}

// docStyle is the numbering doc chooses, else the default's.
func docStyle(doc *model.Document, level3 string) sectionStyle {
	return sectionStyle{level3: level3, forms: doc.Numbering, end: doc.HeadingEnd}
}

// number is the heading number of the n-th section at depth (1-based) and
// the heading level its form takes (一、 stands alone in 黑体, 1. runs in).
func (h sectionStyle) number(depth, n int) (string, int) {
	if len(h.forms) > 0 {
		f := h.forms[min(depth, len(h.forms))-1]
		return formNumber(f, n), formLevel(f, depth)
	}
	lv := min(depth, 4)
	return number(lv, n, h.level3), lv
}

// runIn ends a heading that runs into its text as the document chooses.
func (h sectionStyle) runIn(heading string) string {
	if h.end == "无" || endsSentence(heading) {
		return heading
	}
	return heading + "。"
}

// sectionBlocks numbers sections from their nesting: level 1 一、, level 2
// （一）, level 3 1., level 4 （1）; deeper levels keep the level-4 form —
// or in the forms the document chooses.
func sectionBlocks(secs []model.Section, level int, hs sectionStyle) []Block {
	var out []Block
	for i, s := range secs {
		num, lv := hs.number(level, i+1)
		paras := s.Paragraphs
		switch {
		case s.Heading != "" && lv <= 2 && !(s.RunIn && len(paras) > 0):
			out = append(out, Block{Level: lv, Number: num, Heading: s.Heading})
		case s.Heading != "" && len(paras) > 0:
			// A run-in 一、 or （一） heading flows like body text (RunIn):
			// kept with the next paragraph by its style, a chain of them
			// would take the body to page 2 as one block.
			out = append(out, Block{Level: lv, Number: num, Heading: hs.runIn(s.Heading), Text: paras[0], RunIn: lv <= 2})
			paras = paras[1:]
		case s.Heading != "":
			out = append(out, Block{Level: lv, Number: num, Heading: s.Heading})
		case len(paras) > 0:
			// A numbered paragraph without a heading is body text that
			// begins with its number (「一、各责任单位要高度重视，……」), not
			// a heading: 仿宋, and it does not keep with the next.
			out = append(out, Block{Number: num, Text: paras[0]})
			paras = paras[1:]
		default:
			out = append(out, Block{Level: lv, Number: num})
		}
		for _, p := range paras {
			out = append(out, textBlocks(p)...)
		}
		if s.Tasks && hs.list != nil {
			out = append(out, hs.list(level)...)
		}
		out = append(out, sectionBlocks(s.Sections, level+1, hs)...)
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

// TitleLines breaks a title into balanced lines of at most max characters
// (20 when max ≤ 0) with cn.TitleLines: words stay whole, quotations and
// book titles are not split, and the lines form a 梯形 or 菱形 as GB/T 9704
// §7.3.3 asks. A title cn.TitleLines cannot break (none of the default
// data) is cut every max characters rather than lost. names are kept
// whole too: the data's units and offices (titleNames).
func TitleLines(title string, max int, names ...string) []string {
	if max <= 0 {
		max = 20
	}
	lines, err := cn.TitleLinesKeeping(title, max, names)
	if err == nil && max > 2 && tooFull(lines, max) {
		// Word and LibreOffice put a quarter space between Chinese and
		// Latin text (2023, 6.2%): a line full to the last half character
		// that holds digits wraps its last character (…2023 / 年). Such a
		// line is broken one character shorter.
		if shorter, err2 := cn.TitleLinesKeeping(title, max-1, names); err2 == nil {
			return shorter
		}
	}
	if err == nil {
		return lines
	}
	rs := []rune(strings.TrimSpace(title))
	for len(rs) > max {
		lines = append(lines, string(rs[:max]))
		rs = rs[max:]
	}
	return append(lines, string(rs))
}

// titleNames are the names a title line must not break: every unit's
// name and short name, the office's and its groups', the issuing
// organs' — names of the data that no dictionary
// holds (综合规划科, 区人力资源和社会保障局).
func titleNames(c *model.Campaign) []string {
	if c == nil {
		return nil
	}
	var out []string
	add := func(names ...string) {
		for _, n := range names {
			if utf8.RuneCountInString(n) > 1 {
				out = append(out, n)
			}
		}
	}
	for _, u := range c.Units {
		add(u.Name, u.Short)
	}
	add(c.Office.Name, c.Office.Short)
	for _, g := range c.Office.Groups {
		add(g.Name)
	}
	for _, o := range c.Profile.Organs {
		add(o.Name, o.Short)
		// The place an organ is of (嘉鱼 of 嘉鱼县人民政府办公室) is named
		// bare in titles — 「涉及嘉鱼的重点事项」 broke 「嘉／鱼」 (QA s11
		// finding 5) — and no dictionary holds it.
		add(placeOf(o.Name)...)
	}
	return out
}

// placeOf returns the place an organ's name starts with and the place
// with its level (嘉鱼, 嘉鱼县 of 嘉鱼县人民政府办公室; 安徽, 安徽省 of
// 中共安徽省委教育工委), or nothing when the name does not start with
// one (县发改局, 各县市区政府).
func placeOf(name string) []string {
	rs := []rune(strings.TrimPrefix(name, "中共"))
	for i := 2; i < len(rs) && i <= 4; i++ {
		if strings.ContainsRune("省市县区州旗盟", rs[i]) {
			if strings.ContainsRune("各全本该", rs[0]) {
				return nil
			}
			return []string{string(rs[:i]), string(rs[:i+1])}
		}
	}
	return nil
}

// tooFull reports whether a line holding half-width characters fills
// more than max characters less half a character.
func tooFull(lines []string, max int) bool {
	for _, l := range lines {
		if width(l) > 2*max-1 && strings.IndexFunc(l, func(r rune) bool { return r < 0x80 }) >= 0 {
			return true
		}
	}
	return false
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
