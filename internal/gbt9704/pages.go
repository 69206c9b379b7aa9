package gbt9704

import (
	"fmt"
	"strings"
)

// PagesPart is the Part of the findings of CheckPages: the document as a
// word processor laid it out, not one of its XML parts.
const PagesPart = "排版结果"

var (
	rePageNo   = lazyRE(`^—\s*\d+\s*—$`)
	rePrintRow = lazyRE(`\d+\s*年\s*\d+\s*月\s*\d+\s*日\s*印发$`)
	reDateLine = lazyRE(`^\d{4}年\d{1,2}月\d{1,2}日$`)
	reNoteLine = lazyRE(`^附件\d*[：:]`)
)

// CheckPages checks the rules of GB/T 9704 7.4 and 7.5.1 that depend on
// the layout, on the text of each page of a laid-out document (pdftotext
// of LibreOffice's PDF with its inserted blank pages, one string a page):
// the 版记 on the last page, an even page for two-sided printing (封四);
// no page number on a blank page before it, nor on the 版记 page when it
// holds no body text. A document without a 版记 (no “…印发” line) and a
// letter (信函格式, which has no 印发 line either) pass.
//
// It also finds a page after the first that holds only the closing — the
// 附件说明, the signature and the 成文日期, without body text — which GB/T
// 9704 7.3.5 forbids (rule closing-page).
func CheckPages(pages []string) []Finding {
	out := append(firstPageBody(pages), firstPageOpening(pages)...)
	out = append(out, closingPages(pages)...)
	add := func(page int, sev Severity, format string, a ...any) {
		out = append(out, Finding{Rule: "colophon-page", Severity: sev, Part: PagesPart,
			Where: fmt.Sprintf("第%d页", page), Msg: fmt.Sprintf(format, a...)})
	}
	colophon := -1 // the page of the 印发 line
	for i, p := range pages {
		for _, line := range pageLines(p) {
			if rePrintRow.MatchString(line) {
				colophon = i
			}
		}
	}
	if colophon < 0 {
		return out
	}
	n := len(pages)
	if colophon != n-1 {
		add(colophon+1, Error, "版记在第%d页，其后还有%d页：版记应在公文的最后一页", colophon+1, n-1-colophon)
		return out
	}
	if n%2 != 0 {
		add(n, Error, "版记在第%d页（单页）：双面印刷时版记应在双页（封四），共%d页应为偶数", n, n)
	}
	body, number := colophonPage(pages[n-1])
	if !body && number != "" {
		add(n, Error, "版记页没有正文，却编了页码“%s”：版记页前有空白页或版记单独成页时不编页码（GB/T 9704 7.5.1）", number)
	}
	for i := n - 2; i >= 0; i-- {
		lines := pageLines(pages[i])
		if len(lines) == 0 {
			continue
		}
		if len(lines) == 1 && rePageNo.MatchString(lines[0]) {
			add(i+1, Error, "版记前的空白页编了页码“%s”：空白页不编页码（GB/T 9704 7.5.1）", lines[0])
			continue
		}
		break
	}
	return out
}

// pageLines are a page's lines with text, trimmed.
func pageLines(p string) []string {
	var out []string
	for _, l := range strings.Split(p, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// colophonPage reads the last page: whether it has body text above the
// 版记 (the lines from 抄送, or from the 印发 line, on), and the page
// number it shows.
func colophonPage(p string) (body bool, number string) {
	lines := pageLines(p)
	start := len(lines)
	for i, l := range lines {
		if strings.HasPrefix(l, "抄送") || rePrintRow.MatchString(l) {
			start = i
			break
		}
	}
	for i, l := range lines {
		switch {
		case rePageNo.MatchString(l):
			number = strings.Join(strings.Fields(l), " ")
		case i < start:
			body = true
		}
	}
	return body, number
}

// closingPages finds the pages after the first whose text above the
// 成文日期 (a line of only the date, the last on the page but for an 附注
// in parentheses and the 版记) is nothing but signature lines (no
// punctuation of a sentence) and an 附件说明.
func closingPages(pages []string) []Finding {
	var out []Finding
	for i := 1; i < len(pages); i++ {
		var lines []string
		for _, l := range pageLines(pages[i]) {
			if strings.HasPrefix(l, "抄送") || rePrintRow.MatchString(l) {
				break
			}
			if !rePageNo.MatchString(l) {
				lines = append(lines, strings.Join(strings.Fields(l), ""))
			}
		}
		date := -1
		for j, l := range lines {
			if reDateLine.MatchString(l) {
				date = j
			}
		}
		if date < 0 {
			continue
		}
		after := true
		for _, l := range lines[date+1:] {
			if !strings.HasPrefix(l, "（") {
				after = false
			}
		}
		if !after {
			continue
		}
		j, signs := date-1, 0
		for j >= 0 && signs < 4 && signatureLine(lines[j]) {
			j, signs = j-1, signs+1
		}
		for k := j; k >= 0; k-- {
			if reNoteLine.MatchString(lines[k]) {
				j = k - 1
				break
			}
			if strings.ContainsAny(lines[k], "。；") {
				break
			}
		}
		if j < 0 {
			what := "署名和成文日期"
			if signs == 0 {
				what = "成文日期"
			}
			if j < date-1-signs {
				what = "附件说明、" + what
			}
			out = append(out, Finding{Rule: "closing-page", Severity: Error, Part: PagesPart,
				Where: fmt.Sprintf("第%d页", i+1),
				Msg: fmt.Sprintf("第%d页只有%s，没有正文：公文排版后所剩空白不能容下署名和成文日期时，应调整行距、字距，"+
					"或让正文末段与署名同页（GB/T 9704 7.3.5）", i+1, what)})
		}
	}
	return out
}

// signatureLine tells a line that may be a 发文机关署名: short, and without
// the punctuation that ends or divides a sentence.
func signatureLine(l string) bool {
	return l != "" && len([]rune(l)) <= 2*CharsPerLine && !strings.ContainsAny(l, "。，；：！？")
}

// firstPageBody finds a page 1 that ends with the 主送机关 (its first line
// ending in “：”) when more pages follow: GB/T 9704 7.3.5 puts the 正文 on
// the first page, and a chain of paragraphs kept with the next (与下段同页)
// moves the whole body to page 2 when it does not fit under the title (rule
// first-page-body).
func firstPageBody(pages []string) []Finding {
	if len(pages) < 2 {
		return nil
	}
	lines := pageLines(pages[0])
	recipient := recipientLine(lines)
	if recipient < 0 {
		return nil
	}
	for _, l := range lines[recipient+1:] {
		if !rePageNo.MatchString(l) {
			return nil
		}
	}
	return []Finding{{Rule: "first-page-body", Severity: Error, Part: PagesPart, Where: "第1页",
		Msg: fmt.Sprintf("正文未从首页开始：第1页在主送机关“%s”之后没有正文，正文从第2页开始（GB/T 9704 7.3.5）；"+
			"多半是正文各段设置了“与下段同页”，连成一串放不进第1页，请去掉正文段落的“与下段同页”", lines[recipient])}}
}

// recipientLine is the index of page 1's line that ends the 主送机关, or
// -1: the first line ending in “：”, unless body text comes before it — a
// line ending a sentence (。) or a first-level heading (一、). A document
// with no 主送 (a 方案, a 责任分工) has its first “：” in the body
// (「……主要指标如下：」, 荆门 QA s10), which is no 主送 to find the body
// after.
func recipientLine(lines []string) int {
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if strings.HasSuffix(t, "。") || strings.HasPrefix(t, "一、") {
			return -1
		}
		if strings.HasSuffix(t, "：") || strings.HasSuffix(t, ":") {
			return i
		}
	}
	return -1
}

// firstPageOpening finds a page 1 whose body is the opening alone: after
// the 主送机关 one paragraph (its first line indented, the others not)
// that announces what follows (…通知如下：), the page ending there and
// page 2 starting a new paragraph (rule first-page-opening). That is what
// a chain of paragraphs kept with the next (与下段同页) leaves when it
// does not fit under the opening: the rest of page 1 empty, the whole
// body on page 2. The page's text does not say how much room was left, so
// it is a warning: a page 1 the opening fills to the last line passes a
// look at the PDF.
func firstPageOpening(pages []string) []Finding {
	if len(pages) < 2 {
		return nil
	}
	var lines []string // page 1's text lines as laid out, indentation kept
	for _, l := range strings.Split(pages[0], "\n") {
		if t := strings.TrimSpace(l); t != "" && !rePageNo.MatchString(t) {
			lines = append(lines, strings.TrimRight(l, " "))
		}
	}
	recipient := recipientLine(lines)
	if recipient < 0 || recipient == len(lines)-1 {
		return nil // no 主送, or page 1 ends with it (first-page-body)
	}
	opening := lines[recipient+1:]
	indented := func(l string) bool { return strings.HasPrefix(l, " ") || strings.HasPrefix(l, "　") }
	if !indented(opening[0]) || !strings.HasSuffix(opening[len(opening)-1], "：") {
		return nil
	}
	for _, l := range opening[1:] {
		if indented(l) {
			return nil // a second paragraph: body text on page 1
		}
	}
	for _, l := range strings.Split(pages[1], "\n") {
		if strings.TrimSpace(l) == "" {
			continue
		}
		if !indented(l) {
			return nil // page 2 goes on with a paragraph of page 1
		}
		break
	}
	return []Finding{{Rule: "first-page-opening", Severity: Warning, Part: PagesPart, Where: "第1页",
		Msg: fmt.Sprintf("第1页的正文只有开头一段（至“%s”），其后的正文都从第2页开始（GB/T 9704 7.3.5 正文应从首页排起）；"+
			"如第1页下方留有空白，多半是正文各段设置了“与下段同页”，连成一串放不进第1页，请去掉正文段落的“与下段同页”",
			cutRunes(strings.TrimSpace(opening[len(opening)-1]), 12))}}
}

// cutRunes is the last n characters of s, after “…” when it is longer.
func cutRunes(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return "…" + string(r[len(r)-n:])
}
