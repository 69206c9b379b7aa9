package gbt9704

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
)

// A page left a third empty before a paragraph or a table row that starts
// the next page: a paragraph kept with the next (LibreOffice moves such a
// paragraph whole where Word splits it) or a row kept whole took its
// lines to the next page, and a reader sees a hole (rule page-gap). Only
// the laid-out pages tell it, so it is checked on LibreOffice's PDF.

// LaidLine is a line of text as the word processor set it: its left
// edge, top and bottom in points from the sheet's left and top edges, and
// its text. A table's cells are lines of their own.
type LaidLine struct {
	Left, Top, Bottom float64
	Text              string
}

// LaidPage is a laid-out page: the sheet's size in points and its lines,
// top to bottom.
type LaidPage struct {
	Width, Height float64
	Lines         []LaidLine
}

// gapShare is how much of the type area's height a page may leave empty
// above its foot before the next page's first paragraph or row: about a
// third, seven lines of 22.
const gapShare = 0.3

// closingGapShare is how much of the type area's height a page may leave
// empty before a next page that begins with the whole closing — the end
// of the body, 特此通知, the 附件说明, the signature and the 成文日期 — when
// that closing would have fitted in it: a quarter. Past it the reader
// turns a page for a few lines that page 1 had room for.
const closingGapShare = 0.25

// closingGapLead is a line's pitch, the room the closing needs above its
// first line on the page it left; lineHeight is the standard's line of
// 28.95 pt, to say the closing's height in lines.
const (
	closingGapLead = 28.95
	lineHeight     = 28.95
)

// closingHeight is, for a page's lines (bodyLines), how tall its text is
// from its top to the 成文日期 when the page begins with a notice's end:
// the date stands within its first dozen lines and a line above it is a
// signature (signatureLine). ok is false for any other page.
func closingHeight(lines []LaidLine) (h float64, ok bool) {
	for i, l := range lines {
		if i >= 12 {
			break
		}
		if reDateLine.MatchString(squashed(l.Text)) {
			if i == 0 || !signatureLine(squashed(lines[i-1].Text)) {
				return 0, false
			}
			return l.Bottom - lines[0].Top, true
		}
	}
	return 0, false
}

// ptPerMM is a millimetre in points.
const ptPerMM = 72 / 25.4

var (
	reLabelLine = lazyRE(`^附件\d*$`)
	// A 版记's first line, or its 印发 line (机关 and date, which pdftotext
	// may give as two lines), squashed.
	reColophonStart = lazyRE(`^(抄送|[^。，；：]*\d+年\d+月\d+日印发)`)
)

// CheckGaps finds the pages, all but the last, whose text ends more than
// about a third (gapShare) of the type area above its foot while the next page goes on
// with the same text: not before a page break the standard asks for — an
// attachment (its 附件 label or its title in 二号 on top of the next page),
// a 版记 on a page of its own, a blank page, a page turned for a table.
func CheckGaps(pages []LaidPage) []Finding {
	var out []Finding
	for i := 0; i+1 < len(pages); i++ {
		p, next := pages[i], pages[i+1]
		lines, number := bodyLines(p)
		nextLines, _ := bodyLines(next)
		if len(lines) == 0 || len(nextLines) == 0 || p.Width != next.Width || p.Height != next.Height {
			continue
		}
		if closingOnly(lines) {
			continue
		}
		first := nextLines[0]
		start := squashed(first.Text)
		if len(nextLines) > 1 {
			start += squashed(nextLines[1].Text)
		}
		if reLabelLine.MatchString(squashed(first.Text)) || first.Bottom-first.Top >= 20 || reColophonStart.MatchString(start) {
			continue // an attachment, a title or the 版记: on a page of its own
		}
		if hasColophon(lines) {
			continue
		}
		// The type area: 37 ptPerMM from the top; its foot 7 ptPerMM above the page
		// number's top (FooterDistance), else 35 ptPerMM from the bottom.
		top, foot := 37*ptPerMM, p.Height-35*ptPerMM
		if p.Width > p.Height {
			top = 28 * ptPerMM
		}
		if number != nil {
			foot = number.Top - 7*ptPerMM
		}
		height := foot - top
		low := 0.0
		for _, l := range lines {
			low = max(low, l.Bottom)
		}
		empty := (foot - low) / height
		if height <= 0 {
			continue
		}
		if h, ok := closingHeight(nextLines); ok && empty > closingGapShare && h <= foot-low-closingGapLead {
			out = append(out, Finding{Rule: "closing-gap", Severity: Warning, Part: PagesPart,
				Where:   fmt.Sprintf("第%d页", i+1),
				Excerpt: headRunes(start, 16),
				Msg: fmt.Sprintf("第%d页下部约%d%%空白，放得下第%d页从“%s”到成文日期的结尾部分（约%d行），它却整个排到了下一页："+
					"多为正文末段或“特此通知”与署名连成一串“与下段同页”所致；请让结尾部分留在第%d页（GB/T 9704 7.3.5）",
					i+1, int(math.Round(empty*100)), i+2, headRunes(squashed(first.Text), 16), int(math.Round(h/lineHeight)), i+1)})
			continue
		}
		if empty <= gapShare {
			continue
		}
		// A table's header row repeated on the next page is not what
		// moved: the first line of the next page not on this one is.
		k := 0
		seen := map[string]bool{}
		for _, l := range lines {
			seen[squashed(l.Text)] = true
		}
		for k+1 < len(nextLines) && seen[squashed(nextLines[k].Text)] {
			k++
		}
		out = append(out, Finding{Rule: "page-gap", Severity: Warning, Part: PagesPart,
			Where:   fmt.Sprintf("第%d页", i+1),
			Excerpt: headRunes(squashed(nextLines[k].Text), 16),
			Msg: fmt.Sprintf("第%d页下部约%d%%空白，其后的段落或表格行（第%d页以“%s”开始）整个排到了下一页："+
				"多为与下段同页（段落整段移走）或表格行不能跨页所致；段落可以跨页时去掉与下段同页，表格行可以跨页时允许跨页断行",
				i+1, int(math.Round(empty*100)), i+2, headRunes(squashed(nextLines[k].Text), 16))})
	}
	return out
}

// bodyLines are a page's lines but the page number (「— 2 —」), top to
// bottom and left to right (pdftotext gives a table's cells column by
// column), and the page number's line.
func bodyLines(p LaidPage) ([]LaidLine, *LaidLine) {
	var out []LaidLine
	var number *LaidLine
	for i, l := range p.Lines {
		t := strings.TrimSpace(l.Text)
		if t == "" {
			continue
		}
		if rePageNo.MatchString(t) {
			number = &p.Lines[i]
			continue
		}
		out = append(out, l)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if a, b := out[i], out[j]; math.Abs(a.Top-b.Top) > 2 {
			return a.Top < b.Top
		}
		return out[i].Left < out[j].Left
	})
	return out, number
}

// closingOnly reports a page that ends with the 成文日期 or an 附注 under
// it: the closing ends the text there, and what follows (an attachment,
// the 版记) starts afresh.
func closingOnly(lines []LaidLine) bool {
	for i := len(lines) - 1; i >= 0 && i >= len(lines)-2; i-- {
		t := squashed(lines[i].Text)
		if reDateLine.MatchString(t) {
			return true
		}
	}
	return false
}

// hasColophon reports a page holding a 版记 line.
func hasColophon(lines []LaidLine) bool {
	for _, l := range lines {
		if rePrintRow.MatchString(strings.TrimSpace(l.Text)) {
			return true
		}
	}
	return false
}

// headRunes is the first n characters of s, before “…” when it is longer.
func headRunes(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}

func squashed(s string) string { return strings.Join(strings.Fields(s), "") }

// ReadBBox reads pdftotext -bbox-layout output into pages of lines, their
// words joined (with a space between Latin words, none between Chinese
// ones, as a reader sees them). Anything it cannot read is left out.
func ReadBBox(doc string) []LaidPage {
	var pages []LaidPage
	const maxPages, maxLines = 5000, 2000
	for _, pg := range strings.Split(doc, "<page ")[1:] {
		if len(pages) >= maxPages {
			break
		}
		head, _, _ := strings.Cut(pg, ">")
		p := LaidPage{Width: attrFloat(head, "width"), Height: attrFloat(head, "height")}
		for _, ln := range strings.Split(pg, "<line ")[1:] {
			if len(p.Lines) >= maxLines {
				break
			}
			lh, body, _ := strings.Cut(ln, ">")
			body, _, _ = strings.Cut(body, "</line>")
			var words []string
			for _, w := range strings.Split(body, "<word ")[1:] {
				_, t, _ := strings.Cut(w, ">")
				t, _, _ = strings.Cut(t, "</word>")
				words = append(words, xmlText(t))
			}
			p.Lines = append(p.Lines, LaidLine{Left: attrFloat(lh, "xMin"), Top: attrFloat(lh, "yMin"), Bottom: attrFloat(lh, "yMax"), Text: strings.Join(words, " ")})
		}
		pages = append(pages, p)
	}
	return pages
}

// attrFloat is the number in name="…" of a tag's attributes, or 0.
func attrFloat(tag, name string) float64 {
	i := strings.Index(tag, name+`="`)
	if i < 0 {
		return 0
	}
	v, _, _ := strings.Cut(tag[i+len(name)+2:], `"`)
	f, err := strconv.ParseFloat(v, 64)
	if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
		return 0
	}
	return f
}

// xmlText undoes the escapes pdftotext writes.
func xmlText(s string) string {
	return strings.NewReplacer("&lt;", "<", "&gt;", ">", "&quot;", `"`, "&apos;", "'", "&amp;", "&").Replace(s)
}
