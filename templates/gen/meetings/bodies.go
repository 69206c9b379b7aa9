package main

import (
	"fmt"
	"strings"

	g "gongwen/internal/gbt9704"
)

// Style ids of tongzhi.docx that are not exported by package gbt9704.
const (
	styleLabel     = "gwLabel"     // 附件标识, 黑体
	styleTable     = g.StyleTable  // 表格文字
	styleTableHead = "gwTableHead" // 表头文字, 黑体
	styleSub       = "gwSub"       // 副标题, 楷体
	styleRule      = "gwRule"      // an empty thin paragraph
)

func esc(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;").Replace(s)
}

// font is the rFonts of an east-Asian font with the Latin font of the set.
func font(ea string) string {
	return fmt.Sprintf(`<w:rFonts w:ascii="%[1]s" w:eastAsia="%[2]s" w:hAnsi="%[1]s" w:cs="%[1]s"/>`, g.FontLatin, ea)
}

// r is a run; tabs in text become w:tab.
func r(rpr, text string) string {
	var b strings.Builder
	b.WriteString("<w:r>")
	if rpr != "" {
		b.WriteString("<w:rPr>" + rpr + "</w:rPr>")
	}
	for i, part := range strings.Split(text, "\t") {
		if i > 0 {
			b.WriteString("<w:tab/>")
		}
		if part != "" {
			b.WriteString(`<w:t xml:space="preserve">` + esc(part) + `</w:t>`)
		}
	}
	return b.String() + "</w:r>"
}

// p is a paragraph with a style and extra paragraph properties.
func p(style, ppr string, runs ...string) string {
	pp := ""
	if style != "" {
		pp += `<w:pStyle w:val="` + style + `"/>`
	}
	pp += ppr
	if pp != "" {
		pp = "<w:pPr>" + pp + "</w:pPr>"
	}
	return "<w:p>" + pp + strings.Join(runs, "") + "</w:p>"
}

// action is a paragraph holding only a template action, which the engine
// applies to whole paragraphs and removes.
func action(a string) string { return p("", "", r("", "{{"+a+"}}")) }

func blank() string { return "<w:p/>" }

type col struct {
	w    int
	head string
	cell string // the cell's text (template actions)
	jc   string
}

var border = func(side string, sz int) string {
	return fmt.Sprintf(`<w:%s w:val="single" w:sz="%d" w:space="0" w:color="000000"/>`, side, sz)
}

// grid is a bordered table with a header row repeated on every page and
// one body row per template; rows hold text already joined per cell.
func grid(cols []col, rowPr string, bodies ...[]string) string {
	total := 0
	for _, c := range cols {
		total += c.w
	}
	var b strings.Builder
	b.WriteString(`<w:tbl><w:tblPr>` + fmt.Sprintf(`<w:tblW w:w="%d" w:type="dxa"/>`, total) + `<w:jc w:val="center"/><w:tblBorders>` +
		border("top", 4) + border("left", 4) + border("bottom", 4) + border("right", 4) + border("insideH", 4) + border("insideV", 4) +
		`</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="57" w:type="dxa"/><w:left w:w="57" w:type="dxa"/>` +
		`<w:bottom w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid>`)
	for _, c := range cols {
		fmt.Fprintf(&b, `<w:gridCol w:w="%d"/>`, c.w)
	}
	b.WriteString(`</w:tblGrid><w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>`)
	for _, c := range cols {
		b.WriteString(cell(c.w, p(styleTableHead, "", r("", c.head))))
	}
	b.WriteString(`</w:tr>`)
	for _, texts := range bodies {
		b.WriteString(`<w:tr><w:trPr><w:cantSplit/>` + rowPr + `</w:trPr>`)
		for i, c := range cols {
			jc := ""
			if c.jc != "" {
				jc = `<w:jc w:val="` + c.jc + `"/>`
			}
			b.WriteString(cell(c.w, p(styleTable, jc, r("", texts[i]))))
		}
		b.WriteString(`</w:tr>`)
	}
	return b.String() + `</w:tbl>`
}

func cell(w int, content string) string {
	return fmt.Sprintf(`<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>%s</w:tc>`, w, content)
}

// rowTexts spreads a range over a row: the first cell opens it, the last
// closes it, so the engine repeats the row per item.
func rowTexts(rng string, cells ...string) []string {
	out := append([]string(nil), cells...)
	out[0] = "{{range " + rng + "}}" + out[0]
	out[len(out)-1] += "{{end}}"
	return out
}

// titles is the title, one paragraph per balanced line.
func titles(path string) string {
	return action("range "+path) + p(g.StyleTitle, "", r("", "{{.}}")) + action("end")
}

// blocks renders a []docdata.Block as tongzhi.docx does: level 1–4
// headings in their styles with any run-in text in 仿宋, else body text.
func blocks(path string) string {
	body := font(g.FontBody)
	var b strings.Builder
	b.WriteString(action("range " + path))
	for lv, st := range []string{g.StyleH1, g.StyleH2, g.StyleH3, g.StyleH4} {
		kw := "else if"
		if lv == 0 {
			kw = "if"
		}
		b.WriteString(action(fmt.Sprintf("%s eq .Level %d", kw, lv+1)))
		b.WriteString(p(st, "", r("", "{{.Number}}{{.Heading}}"), r(body, "{{.Text}}")))
	}
	b.WriteString(action("else") + p(g.StyleBody, "", r("", "{{.Text}}")) + action("end") + action("end"))
	return b.String()
}

// receipt is the 回执 page of a meeting notice: label, title, a table with
// a row per attendee unit to fill in, the return note.
func receipt() string {
	cols := []col{{w: 2600, head: "单位", cell: "{{.Unit}}"}, {w: 1300, head: "姓名"}, {w: 1700, head: "职务"},
		{w: 1900, head: "联系电话"}, {w: 1344, head: "备注"}}
	texts := make([]string, len(cols))
	for i, c := range cols {
		texts[i] = c.cell
	}
	return action("range .Receipt") +
		p(styleLabel, `<w:pageBreakBefore/>`, r("", "{{.Label}}")) + blank() +
		titles(".TitleLines") + blank() +
		grid(cols, `<w:trHeight w:val="680" w:hRule="atLeast"/>`, rowTexts(".Rows", texts...)) +
		p(g.StyleBody, `<w:jc w:val="left"/>`, r("", "{{.Note}}")) +
		action("end")
}

func meetingNotice(doc string) (string, error) {
	return insertBefore(doc, "if .Colophon", receipt())
}

// supervisionTable is the 督办通知's list of tasks, placed after the body
// and before the 附件说明 and signature, followed by the closing text.
func supervisionTable() string {
	cols := []col{{w: 700, head: "序号", cell: "{{.No}}"}, {w: 3444, head: "工作任务", cell: "{{.Task}}", jc: "both"},
		{w: 1900, head: "原定完成时限", cell: "{{.Due}}"}, {w: 1700, head: "逾期情况", cell: "{{.Delay}}"},
		{w: 1100, head: "当前状态", cell: "{{.Status}}"}}
	texts := make([]string, len(cols))
	for i, c := range cols {
		texts[i] = c.cell
	}
	return action("if .Items") + grid(cols, "", rowTexts(".Items", texts...)) + action("end") +
		action("range .After") + p(g.StyleBody, "", r("", "{{.Text}}")) + action("end")
}

func supervision(doc string) (string, error) {
	return insertBefore(doc, "if .Notes", supervisionTable())
}

// minutesBody is the 纪要格式: the red 纪要标志 35 mm into the type area
// (three blank lines and the mark's spacing, as the 通知's head), the
// 编印 line with the date over the red rule, the title, the text with the
// decisions numbered 一、二、, then 出席/请假/列席 — label in 黑体, names
// in 仿宋, wrapped lines aligned after the colon — and the 版记.
func minutesBody() string {
	hei, fs := font(g.FontHei), font(g.FontBody)
	var b strings.Builder
	b.WriteString(blank() + blank() + blank())
	b.WriteString(p(g.StyleMark, "", r(fmt.Sprintf(`<w:sz w:val="%d"/><w:szCs w:val="%d"/>`, g.SizeXiaoYi, g.SizeXiaoYi), "{{.MinutesMark}}")))
	b.WriteString(blank())
	b.WriteString(p("", fmt.Sprintf(`<w:pBdr><w:bottom w:val="single" w:sz="%d" w:space="4" w:color="%s"/></w:pBdr>`, g.RedRule, g.DefaultRed)+
		fmt.Sprintf(`<w:tabs><w:tab w:val="right" w:pos="%d"/></w:tabs>`, g.TypeWidth),
		r(fs+fmt.Sprintf(`<w:sz w:val="%d"/><w:szCs w:val="%d"/>`, g.SizeBody, g.SizeBody), "{{.MinutesHead}}")))
	b.WriteString(blank() + titles(".TitleLines") + blank())
	b.WriteString(blocks(".Body"))
	b.WriteString(action("if .Attendance") + blank() + action("end"))
	// 左空二字; the names start after 出席： (three characters) on every line.
	ind := fmt.Sprintf(`<w:ind w:left="%d" w:hanging="%d"/>`, 2*g.Char+3*g.Char, 3*g.Char)
	b.WriteString(action("range .Attendance") +
		p(g.StyleRecipient, ind, r(hei, "{{.Label}}"), r(fs, "{{.Names}}")) + action("end"))
	b.WriteString(colophon())
	b.WriteString(p(styleRule, ""))
	return b.String()
}

// colophon is the 纪要's 版记 at the bottom of the last page: 分送 and the
// 印发 line between a thick first and last rule, a thin one between.
func colophon() string {
	label := g.Char + 3*280 + 40
	widths := []int{label, g.TypeWidth - label}
	// Placed from the page's left edge: LibreOffice floats a table as wide
	// as the type area to the bottom only when its horizontal position is
	// relative to the page (as tongzhi.docx's 版记).
	tblPr := `<w:tblpPr w:leftFromText="0" w:rightFromText="0" w:topFromText="0" w:bottomFromText="0" ` +
		fmt.Sprintf(`w:vertAnchor="margin" w:horzAnchor="page" w:tblpX="%d" w:tblpYSpec="bottom"/><w:tblOverlap w:val="never"/>`, g.MarginLeft) +
		fmt.Sprintf(`<w:tblW w:w="%d" w:type="dxa"/>`, g.TypeWidth) +
		`<w:tblBorders>` + border("top", g.ColophonThick) + `<w:left w:val="nil"/>` + border("bottom", g.ColophonThick) +
		`<w:right w:val="nil"/>` + border("insideH", g.ColophonThin) + `<w:insideV w:val="nil"/></w:tblBorders>` +
		`<w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="0" w:type="dxa"/>` +
		`<w:bottom w:w="40" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar>`
	c := func(w int, extra, content string) string {
		return fmt.Sprintf(`<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/>%s</w:tcPr>%s</w:tc>`, w, extra, content)
	}
	send := `<w:tr><w:trPr><w:cantSplit/></w:trPr>` +
		c(widths[0], "", p(g.StyleColophon, fmt.Sprintf(`<w:ind w:left="%d" w:right="0"/>`, g.Char), r("", "{{range .Distribute}}分送："))) +
		c(widths[1], "", p(g.StyleColophon, fmt.Sprintf(`<w:ind w:left="0" w:right="%d"/>`, g.Char), r("", "{{.}}{{end}}"))) + `</w:tr>`
	printer := `<w:tr><w:trPr><w:cantSplit/></w:trPr>` +
		c(g.TypeWidth, `<w:gridSpan w:val="2"/>`, p(g.StyleColophon, fmt.Sprintf(`<w:tabs><w:tab w:val="right" w:pos="%d"/></w:tabs>`, g.TypeWidth-g.Char),
			r("", "{{.Printer}}\t{{.PrintDate}}"))) + `</w:tr>`
	return action("if .Colophon") + `<w:tbl><w:tblPr>` + tblPr + `</w:tblPr><w:tblGrid>` +
		fmt.Sprintf(`<w:gridCol w:w="%d"/><w:gridCol w:w="%d"/>`, widths[0], widths[1]) + `</w:tblGrid>` +
		send + printer + `</w:tbl>` + action("end")
}

func minutes(doc string) (string, error) { return replaceBody(doc, minutesBody()) }

// summaryBody is the one-page 督办情况汇总: title, the date in brackets,
// the totals, a row per unit and the totals row, the office and date.
func summaryBody() string {
	cols := []col{{w: 600, head: "序号", cell: "{{.No}}"}, {w: 1700, head: "单位", cell: "{{.Unit}}"},
		{w: 700, head: "逾期", cell: "{{.Overdue}}"}, {w: 700, head: "临期", cell: "{{.AtRisk}}"},
		{w: 1300, head: "最长逾期工作日", cell: "{{.MaxDelay}}"}, {w: 3844, head: "督办事项", cell: "{{.Titles}}", jc: "both"}}
	texts := make([]string, len(cols))
	for i, c := range cols {
		texts[i] = c.cell
	}
	return titles(".TitleLines") + p(styleSub, "", r("", "{{.Subtitle}}")) + blank() +
		blocks(".Body") +
		grid(cols, "", rowTexts(".Units", texts...), rowTexts(".Total", texts...)) +
		action("if .SignLines") + action("range .SignLines") + p(g.StyleRecipient, "", r("", "{{.}}")) + action("end") +
		p(g.StyleRecipient, "", r("", "{{.DateLine}}")) + action("end") +
		p(styleRule, "")
}

func supervisionSummary(doc string) (string, error) { return replaceBody(doc, summaryBody()) }
