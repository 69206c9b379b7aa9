package docdata

import (
	"fmt"
	"reflect"
	"strings"

	"gongwen/internal/gbt9704"
)

// A notice whose body is one paragraph keeps it on page 1 (GB/T 9704 puts
// the body there), so when the closing does not fit under it the
// signature and date would stand alone on page 2. fitClosing estimates
// page 1 from the text — every line of it is a grid line or an exact
// height, and the grid and the condensed characters put 28 characters on a
// line in Word, WPS and LibreOffice alike — and, when tighter lines fit
// the closing under the body, asks for them (gbt9704.FitClosing).
//
// The estimate is on the safe side: the mark's line is taken as 1.6 times
// its size (LibreOffice's fallback fonts are taller than 方正小标宋), a
// line of text as full at 28 characters, and the closing must fit with
// closingSlack to spare.
const closingSlack = 120 // twips, 6 pt

// fitClosing sets firstPagePitch when page 1 must be set tighter for the
// closing to stay with the body. It knows the built-in notice layout: a
// 文件-format 版头 of one organ or several (a joint notice's signature and
// date were left alone on page 2 without a word: QA s9 high 4), without
// 签发人.
func (v *draft) fitClosing() {
	if v.Letter || v.Mark == "" && len(v.Joint) == 0 || v.Signers != "" || len(v.SignLines) == 0 || len(v.Body)+len(v.Issued) == 0 {
		return
	}
	const grid = gbt9704.LinePitch
	head, title, above := v.firstPageHead()
	below := above
	for _, b := range v.Body {
		below += textLines(b.Number+b.Heading+b.Text, 4)
	}
	page1 := head + title + below*grid
	closing := v.closingLines()
	if len(v.Body) > 0 && v.Body[len(v.Body)-1].keep {
		v.releaseKeep(head+title+above*grid, closing)
	}
	// A last paragraph kept with the closing (「特此通知」, the data's
	// closing) goes along with it to page 2 when page 1 cannot hold them
	// both, so page 2 has body text above the signature; but when a
	// tighter page 1 holds them, it asks for it as for any body: 旌阳's
	// 「特此通知」, 附件说明 and signature went to page 2 with page 1 never
	// tried tighter.
	kept := len(v.Body) > 0 && v.Body[len(v.Body)-1].keep
	room := gbt9704.TypeHeight - closingSlack
	if page1 > room || page1+closing*grid <= room {
		return // the body itself runs onto page 2, or the closing fits
	}
	need := page1 + closing*grid - room - len(v.TitleLines)*(gbt9704.TitleLine-gbt9704.TightTitleLine)
	lines := below + closing
	pitch := grid
	if need > 0 {
		pitch = grid - (need+lines-1)/lines
	}
	if pitch < gbt9704.MinTightPitch && kept {
		return // the body's last paragraph goes along with the closing
	}
	if pitch < gbt9704.MinTightPitch {
		// Too much to take in: the body's one paragraph goes on to
		// page 2 with the closing when it can; else page 2 would hold
		// the closing alone, which lint --pages reports once it is
		// built; said at build time too (QA: a 通知 of one sentence with
		// a three-line 附件说明).
		if v.splitLoneBody(head + title + above*grid) {
			return
		}
		v.Hints = append(v.Hints, v.loneClosingHint(page1, closing, below))
		return
	}
	v.firstPagePitch = pitch
}

// firstPageHead is page 1 of the built-in notice layout above the body:
// the 版头's and the title's heights in twips, and the grid lines between
// the red rule and the body (blank lines, 主送, the 印发 sentence).
func (v *draft) firstPageHead() (head, title, lines int) {
	const grid = gbt9704.LinePitch
	// 版头: three lines above the mark (空行 or 份号/密级/紧急程度), the
	// mark, two blank lines, the 发文字号 and the red rule.
	// A joint notice's mark is one row an organ (石景山: 区委办 and 区政府办
	// jointly), each taken as a mark line of its own.
	marks := max(1, len(v.Joint))
	head = 3*grid + marks*(240+int(v.MarkPt*20*1.6)) + 2*grid + grid + 120
	title = len(v.TitleLines) * gbt9704.TitleLine
	// The grid lines under the rule: two blank lines over the title, one
	// under it, then 主送 and body.
	lines = 3
	if v.Recipients != "" {
		lines += textLines(v.Recipients, 0)
	}
	if len(v.Issued) > 0 {
		// The built-in template's 印发 sentence, for its length only.
		s := "现将"
		for _, t := range v.Issued {
			s += "《" + t + "》"
		}
		lines += textLines(s+"印发给你们，请结合实际认真贯彻落实。", 4)
	}
	return head, title, lines
}

// closingLines is how many grid lines the closing takes: the 附件说明
// (after a blank line), a blank line, the signature, the date, the 附注.
func (v *draft) closingLines() int {
	closing := 0
	if len(v.Notes) > 0 {
		closing++
		for _, n := range v.Notes {
			closing += textLines(n.Lead+n.Number+n.Title, 4)
		}
	}
	closing += 1 + len(v.SignLines) + 1
	if v.Remark != "" {
		closing += textLines(v.Remark, 4)
	}
	return closing
}

// releaseKeep takes the keeping off the body's last paragraph when the
// estimate has that paragraph run over a page's foot anyway: LibreOffice
// moves a paragraph kept with the next whole to the next page (Word
// splits it), so 衢州's ten-line closing paragraph left page 1 a third
// empty, though split it would have taken two lines or more to page 2 with
// the signature (widow control) and page 1 would have been full. The
// body starts top twips below the type area's top on page 1 and the
// closing takes closing grid lines. A paragraph the estimate puts whole on
// a page keeps its keeping: there it holds the signature to the body.
func (v *draft) releaseKeep(top, closing int) {
	const grid = gbt9704.LinePitch
	per := gbt9704.TypeHeight / grid
	line := (top + grid - 1) / grid // the grid line the body starts on
	last := len(v.Body) - 1
	for i, b := range v.Body {
		n := textLines(b.Number+b.Heading+b.Text, 4)
		fit := per - line
		if i == last {
			// Split with a line to spare each way: three lines or more
			// of it on each page, and its tail and the closing fit the
			// next page.
			if fit >= 3 && n-fit >= 3 && n-fit+closing <= per {
				v.Body[last].keep = false
			}
			return
		}
		switch {
		case n <= fit:
			line += n
		case fit < 2 || b.Level != 0 && !b.RunIn:
			line = n % per // a heading, or a paragraph of one line at the foot, moves whole
		case n-fit < 2:
			line = 2 // widow control takes a line along
		default:
			line = (n - fit) % per
		}
	}
}

// splitLoneBody cuts a body of one paragraph, three lines or more, that
// page 1 cannot hold with the closing even set tight, at a line's end: its
// first lines stay on page 1, and the last two or more go on as a
// paragraph of their own without an indent (the 正文 style, Normal), kept
// with the closing, so that page 2 has body text above the signature and
// date as GB/T 9704 7.3.5 asks — 石景山's joint 印发通知 (区委办 and
// 区政府办, a four-line title, two lines of 主送) had them alone there. A
// paragraph kept whole would take the body off page 1 (LibreOffice moves
// it whole), and one line on page 1 and two on page 2 are what widow
// control forbids, so the cut is the template's, not the word
// processor's. The lines are the grid's 28 characters (the first 26
// after its indent), as Word, WPS and LibreOffice set them; the cut
// never leaves a closing mark (，。) to start a line or an opening one
// (《“) to end one. top is where the body starts on page 1, in twips.
func (v *draft) splitLoneBody(top int) bool {
	// The 附件说明 is in the chain: the built-in templates keep the blank
	// line above it and each of its lines with the next while a signature
	// follows ({{keepnext .SignLines}}), so the cut's tail holds it and
	// the signature on page 2 as it holds the signature alone.
	if len(v.Body) != 1 || len(v.Issued) > 0 || v.Body[0].Level != 0 || v.Body[0].Number != "" {
		return false
	}
	b := v.Body[0]
	n := textLines(b.Text, 4)
	avail := (gbt9704.TypeHeight - closingSlack - top) / gbt9704.LinePitch
	// Two lines or more go on to page 2, one of a body of two lines: a
	// line above the signature is body text there, and the other line
	// keeps the body on page 1.
	tail := min(2, n-1)
	k := min(n-tail, avail-1) // lines on page 1, a line to spare
	if n < 2 || k < 1 {
		return false
	}
	rs := []rune(b.Text)
	room := k*2*gbt9704.CharsPerLine - 4 // k lines of halves, the indent's taken
	used, cut := 0, 0
	for cut < len(rs) && used+width(string(rs[cut])) <= room {
		used += width(string(rs[cut]))
		cut++
	}
	for cut > 0 && cut < len(rs) && (strings.ContainsRune(closers, rs[cut]) || strings.ContainsRune("“‘（《(〈", rs[cut-1])) {
		cut--
	}
	if cut == 0 || textLines(string(rs[cut:]), 0) < tail {
		return false
	}
	v.Body = []Block{{Text: string(rs[:cut])}, {Text: string(rs[cut:]), keep: true, cont: true}}
	return true
}

// loneClosingHint tells the clerk that page 1 cannot take the closing even
// set at gbt9704.MinTightPitch, by how many lines, and what would help.
func (v *draft) loneClosingHint(page1, closing, below int) string {
	tight := page1 - below*gbt9704.LinePitch - len(v.TitleLines)*(gbt9704.TitleLine-gbt9704.TightTitleLine) +
		(below+closing)*gbt9704.MinTightPitch
	short := (tight - (gbt9704.TypeHeight - closingSlack) + gbt9704.LinePitch - 1) / gbt9704.LinePitch
	what := "署名和成文日期"
	if len(v.Notes) > 0 {
		what = "附件说明、" + what
	}
	return fmt.Sprintf("按内置版式估计，第1页在正文之后放不下%s，行距调到%d磅仍差约%d行，第2页将只有%s而没有正文（GB/T 9704 7.3.5）；"+
		"可把正文写成两段以上（末段随署名排到第2页），或缩短标题、主送、附件名称，再用 gongwen lint --pages 核对",
		what, gbt9704.MinTightPitch/20, short, what)
}

// textLines is how many lines s takes with indent half-characters before
// its first line, at gbt9704.CharsPerLine characters a line.
func textLines(s string, indent int) int {
	per := 2 * gbt9704.CharsPerLine
	n := (indent + width(s) + per - 1) / per
	if n < 1 {
		n = 1
	}
	return n
}

// FirstPagePitch is the exact line height (twips) a view asks its page 1
// to be set in, below the red rule, so that the signature and date stay
// with the body (gbt9704.FitClosing); 0 when the page needs no change.
func FirstPagePitch(view any) int {
	v := reflect.Indirect(reflect.ValueOf(view))
	if v.Kind() != reflect.Struct {
		return 0
	}
	f := v.FieldByName("Main")
	if !f.IsValid() {
		return 0
	}
	if m, ok := f.Interface().(Main); ok {
		return m.firstPagePitch
	}
	return 0
}
