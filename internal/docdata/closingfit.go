package docdata

import (
	"fmt"
	"reflect"

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
	if len(v.Body) > 0 && v.Body[len(v.Body)-1].keep {
		return // the body's last paragraph goes along with the closing
	}
	const grid = gbt9704.LinePitch
	// 版头: three lines above the mark (空行 or 份号/密级/紧急程度), the
	// mark, two blank lines, the 发文字号 and the red rule.
	// A joint notice's mark is one row an organ (石景山: 区委办 and 区政府办
	// jointly), each taken as a mark line of its own.
	marks := max(1, len(v.Joint))
	head := 3*grid + marks*(240+int(v.MarkPt*20*1.6)) + 2*grid + grid + 120
	title := len(v.TitleLines) * gbt9704.TitleLine
	// The grid lines under the rule: two blank lines over the title, one
	// under it, then 主送 and body.
	below := 3
	if v.Recipients != "" {
		below += textLines(v.Recipients, 0)
	}
	if len(v.Issued) > 0 {
		// The built-in template's 印发 sentence, for its length only.
		s := "现将"
		for _, t := range v.Issued {
			s += "《" + t + "》"
		}
		below += textLines(s+"印发给你们，请结合实际认真贯彻落实。", 4)
	}
	for _, b := range v.Body {
		below += textLines(b.Number+b.Heading+b.Text, 4)
	}
	page1 := head + title + below*grid
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
	if pitch < gbt9704.MinTightPitch {
		// Too much to take in: page 2 would hold the closing alone,
		// which lint --pages reports once it is built; said at build
		// time too (QA: a 通知 of one sentence with a three-line 附件说明).
		v.Hints = append(v.Hints, v.loneClosingHint(page1, closing, below))
		return
	}
	v.firstPagePitch = pitch
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
