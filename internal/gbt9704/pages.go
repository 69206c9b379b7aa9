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
)

// CheckPages checks the rules of GB/T 9704 7.4 and 7.5.1 that depend on
// the layout, on the text of each page of a laid-out document (pdftotext
// of LibreOffice's PDF with its inserted blank pages, one string a page):
// the 版记 on the last page, an even page for two-sided printing (封四);
// no page number on a blank page before it, nor on the 版记 page when it
// holds no body text. A document without a 版记 (no “…印发” line) and a
// letter (信函格式, which has no 印发 line either) pass.
func CheckPages(pages []string) []Finding {
	var out []Finding
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
		return nil
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
