package main

import (
	"fmt"
	"strings"

	g "gongwen/internal/gbt9704"
)

// bodyBlocks renders a []docdata.Block: a heading in its level's font
// (一、黑体, （一）楷体, 1. and （1）仿宋) with any run-in text in 仿宋, or a
// plain paragraph. A block with KeepNext (the last before the signature)
// keeps with the next paragraph, so the signature page has body text
// (GB/T 9704 7.3.5); levels 1 and 2 keep with the next by their style.
func bodyBlocks(path string) []string {
	body := rpr{font: g.FontBody}
	heading := func(style string, keep bool) string {
		return para(ppr{style: style, keepNext: keep}, run(rpr{}, "{{.Number}}{{.Heading}}"), run(body, "{{.Text}}"))
	}
	keeping := func(style string) []string {
		return []string{action("if .KeepNext"), heading(style, true), action("else"), heading(style, false), action("end")}
	}
	return join([]string{
		action("range " + path),
		action("if eq .Level 1"),
		heading(g.StyleH1, false),
		action("else if eq .Level 2"),
		heading(g.StyleH2, false),
		action("else if eq .Level 3")},
		keeping(g.StyleH3),
		[]string{action("else if eq .Level 4")},
		keeping(g.StyleH4),
		[]string{
			action("else if .KeepNext"),
			para(ppr{style: g.StyleBody, keepNext: true}, run(rpr{}, "{{.Text}}")),
			action("else"),
			styled(g.StyleBody, "{{.Text}}"),
			action("end"),
			action("end"),
		})
}

func titleBlock(path string) []string {
	return []string{action("range " + path), styled(g.StyleTitle, "{{.}}"), action("end")}
}

// noBorders is a tblBorders element with every border off.
const noBorders = `<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/>` +
	`<w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>`

// redHead is the 版头: optional 份号, 密级, 紧急程度; blank lines that put
// the 发文机关标志 35 mm into the type area; the mark (one organ + 文件, or a
// joint mark with 文件 to the right of the organs, centred vertically);
// the 发文字号 (centred, or left with 签发人 on the right for upward
// documents); the red rule.
func redHead() []string {
	joint := table(`<w:tblW w:w="0" w:type="auto"/><w:jc w:val="center"/>`+noBorders+
		`<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar>`,
		[]int{6600, 1500},
		row("",
			cell(6600, `<w:vAlign w:val="center"/>`, action("range .Joint"), sized("$.MarkSize", ppr{style: g.StyleMark, jc: "distribute"}, "{{.}}"), action("end")),
			cell(1500, `<w:vAlign w:val="center"/>`, sized(".MarkSize", ppr{style: g.StyleMark, jc: "right"}, "{{.MarkSuffix}}")),
		))
	hei := rpr{font: g.FontHei}
	out := []string{
		// 信函格式 (GB/T 9704 10.1): the organ's name, a red double rule
		// (thick over thin) under it, the 发文字号 under the rule at the
		// right edge of the type area; 份号, 密级, 紧急程度 under that.
		action("if .Letter"),
		action("if .Joint"), joint, action("else if .Mark"), sized(".MarkSize", ppr{style: g.StyleMark}, "{{.Mark}}"), action("end"),
		para(ppr{style: styleRule, bottomBorder: strings.Replace(border("bottom", 3*g.RedRule, g.DefaultRed), `w:val="single"`, `w:val="thickThinSmallGap"`, 1)}),
		para(ppr{style: g.StyleDocNo, jc: "right"}, run(rpr{}, "{{.DocNo}}")),
		action("if .CopyNo"), para(ppr{}, run(rpr{}, "{{.CopyNo}}")), action("end"),
		action("if .Secret"), para(ppr{}, run(hei, "{{.Secret}}")), action("end"),
		action("if .Urgency"), para(ppr{}, run(hei, "{{.Urgency}}")), action("end"),
		blank(),
		action("else"),
		action("if .CopyNo"), para(ppr{}, run(rpr{}, "{{.CopyNo}}")), action("end"),
		action("if .Secret"), para(ppr{}, run(hei, "{{.Secret}}")), action("end"),
		action("if .Urgency"), para(ppr{}, run(hei, "{{.Urgency}}")), action("end"),
		action("range .HeadGap"), blank(), action("end"),
		action("if .Joint"), joint, action("else if .Mark"), sized(".MarkSize", ppr{style: g.StyleMark}, "{{.Mark}}"), action("end"),
		blank(), blank(),
		action("if .Signers"),
		para(ppr{style: g.StyleDocNo, tabs: fmt.Sprintf(`<w:tab w:val="right" w:pos="%d"/>`, g.TypeWidth-g.Char),
			ind: fmt.Sprintf(`w:left="%d"`, g.Char), jc: "left"},
			run(rpr{}, "{{.DocNo}}\t签发人："), run(rpr{font: g.FontKai}, "{{.Signers}}")),
		action("else"),
		styled(g.StyleDocNo, "{{.DocNo}}"),
		action("end"),
		para(ppr{style: styleRule, bottomBorder: border("bottom", g.RedRule, g.DefaultRed)}),
		blank(), blank(),
		action("end"),
	}
	return out
}

// sized is a mark paragraph at the size the data path size names, one of
// g.MarkSizes: a template action cannot sit in an attribute, so each size
// is a paragraph of its own, chosen by actions alone in their paragraphs;
// the style's size is the default.
func sized(size string, p ppr, text string) string {
	out := ""
	for i, sz := range g.MarkSizes[1:] {
		kw := "else if"
		if i == 0 {
			kw = "if"
		}
		out += action(fmt.Sprintf("%s eq %s %d", kw, size, sz)) + para(p, run(rpr{size: sz}, text))
	}
	return out + action("else") + para(p, run(rpr{}, text)) + action("end")
}

func recipients() []string {
	return []string{action("if .Recipients"), styled(g.StyleRecipient, "{{.Recipients}}"), action("end")}
}

// closing is the 附件说明, the 署名 and 成文日期 (padded by docdata to their
// places), and the 附注.
//
// The closing is kept together and with the body's last paragraph (see
// bodyBlocks): 附件说明 with the signature, the signature with its date,
// the date with the 附注, so no page holds only the signature, the date or
// the 附注. Without a signature the 附件说明 keeps with nothing (the next
// paragraph may be an attachment's page break).
func closing() []string {
	notes := func(keep bool) []string {
		return []string{
			para(ppr{keepNext: keep}),
			action("range .Notes"),
			action("if .Number"), para(ppr{style: styleNote, keepNext: keep}, run(rpr{}, "{{.Lead}}{{.Number}}{{.Title}}")),
			action("else"), para(ppr{style: styleNoteOne, keepNext: keep}, run(rpr{}, "{{.Lead}}{{.Title}}")),
			action("end"),
			action("end"),
		}
	}
	// "if .Notes" opens the closing once: gen/meetings inserts the 督办通知's
	// table before it.
	return join(
		[]string{action("if .Notes"), action("if .SignLines")}, notes(true), []string{action("else")}, notes(false),
		[]string{action("end"), action("end")},
		[]string{
			action("if .SignLines"), para(ppr{keepNext: true}),
			action("range .SignLines"), para(ppr{style: g.StyleRecipient, keepNext: true}, run(rpr{}, "{{.}}")), action("end"),
			action("if .Remark"),
			para(ppr{style: g.StyleRecipient, keepNext: true}, run(rpr{}, "{{.DateLine}}")),
			action("else"),
			styled(g.StyleRecipient, "{{.DateLine}}"),
			action("end"),
			action("end"),
			action("if .Remark"), styled(g.StyleBody, "{{.Remark}}"), action("end"),
		})
}

// appendices puts each attachment on a new page: "附件N" in 黑体 top left,
// its title on line 3, then its text or the responsibility table.
func appendices() []string {
	out := []string{
		action("range .Appendices"),
		para(ppr{style: styleLabel, pageBreakBefore: true}, run(rpr{}, "{{.Label}}")),
		blank(),
	}
	out = append(out, titleBlock(".TitleLines")...)
	out = append(out, blank())
	out = append(out, bodyBlocks(".Body")...)
	return append(out, action("if .Table"), divisionTable(".Table"), action("end"), action("end"))
}

// bottomTable is a table floated to the bottom of the type area of the
// page it ends on: the 版记 of a notice, the 报/送/发 of a briefing. It is
// placed from the page's left edge (at the left margin), not centred in the
// margins: LibreOffice floats a table as wide as the type area only when
// its horizontal position is relative to the page.
func bottomTable(top, inside, bottom int, widths []int, rows ...string) string {
	insideH := `<w:insideH w:val="nil"/>`
	if inside > 0 {
		insideH = border("insideH", inside, "000000")
	}
	tblPr := `<w:tblpPr w:leftFromText="0" w:rightFromText="0" w:topFromText="0" w:bottomFromText="0" ` +
		fmt.Sprintf(`w:vertAnchor="margin" w:horzAnchor="page" w:tblpX="%d" w:tblpYSpec="bottom"/>`, g.MarginLeft) +
		`<w:tblOverlap w:val="never"/>` +
		fmt.Sprintf(`<w:tblW w:w="%d" w:type="dxa"/>`, g.TypeWidth) +
		`<w:tblBorders>` + border("top", top, "000000") + `<w:left w:val="nil"/>` + border("bottom", bottom, "000000") +
		`<w:right w:val="nil"/>` + insideH + `<w:insideV w:val="nil"/></w:tblBorders>` +
		`<w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="0" w:type="dxa"/><w:bottom w:w="40" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar>`
	return table(tblPr, widths, rows...)
}

// colophon is the 版记: 抄送 (wrapped lines aligned after the colon) and the
// 印发机关 with the 印发日期, between a thick first and last rule.
func colophon() []string {
	label := 320 + 3*280 + 40 // indent + 抄送： at 四号
	widths := []int{label, g.TypeWidth - label}
	cc := row(`<w:cantSplit/>`,
		cell(widths[0], "", para(ppr{style: g.StyleColophon, ind: fmt.Sprintf(`w:left="%d" w:right="0"`, g.Char)}, run(rpr{}, "{{range .CC}}抄送："))),
		cell(widths[1], "", para(ppr{style: g.StyleColophon, ind: fmt.Sprintf(`w:left="0" w:right="%d"`, g.Char)}, run(rpr{}, "{{.}}{{end}}"))))
	printer := row(`<w:cantSplit/>`, cell(g.TypeWidth, `<w:gridSpan w:val="2"/>`,
		para(ppr{style: g.StyleColophon, tabs: fmt.Sprintf(`<w:tab w:val="right" w:pos="%d"/>`, g.TypeWidth-g.Char)},
			run(rpr{}, "{{.Printer}}\t{{.PrintDate}}"))))
	return []string{action("if .Colophon"), bottomTable(g.ColophonThick, g.ColophonThin, g.ColophonThick, widths, cc, printer), action("end")}
}

// end is the last paragraph: Word wants one after a final table.
func end() string { return para(ppr{style: styleRule}) }

func join(parts ...[]string) []string {
	var out []string
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

func notice() []string {
	return join(redHead(), titleBlock(".TitleLines"), []string{blank()}, recipients(), bodyBlocks(".Body"),
		closing(), appendices(), colophon(), []string{end()})
}

func plan() []string {
	return join(titleBlock(".TitleLines"), []string{blank()}, bodyBlocks(".Body"), []string{end()})
}

func speech() []string {
	return join(titleBlock(".TitleLines"), []string{styled(styleSub, "{{.Subtitle}}"), blank(),
		styled(g.StyleRecipient, "{{.Salutation}}")}, bodyBlocks(".Body"), []string{end()})
}

func summary() []string {
	return join(titleBlock(".TitleLines"), []string{blank()}, recipients(), bodyBlocks(".Body"), closing(), []string{end()})
}

// division is the 责任分工: its text, if any, then the table.
func division() []string {
	return join(titleBlock(".TitleLines"), []string{blank()}, bodyBlocks(".Body"),
		[]string{action("if .Division"), divisionTable(".Division"), action("end"), end()})
}

// briefing is the 简报: red masthead, 第X期, 编印单位 and date over a thick
// red rule, the 编者按 in 楷体, the articles, and 报/送/发 with the print
// run between two rules at the bottom of the last page.
func briefing() []string {
	out := []string{
		styled(styleMasthead, "{{.Briefing.Name}}"),
		para(ppr{jc: "center"}, run(rpr{}, "{{.Briefing.Issue}}")),
		para(ppr{tabs: fmt.Sprintf(`<w:tab w:val="right" w:pos="%d"/>`, g.TypeWidth), bottomBorder: border("bottom", 24, g.DefaultRed)},
			run(rpr{}, "{{.Briefing.Editor}}\t{{.Briefing.Date}}")),
		blank(),
		action("range .Briefing.Note"), para(ppr{style: g.StyleBody}, run(rpr{font: g.FontKai}, "{{.}}")), action("end"),
		action("range .Briefing.Articles"), styled(styleArticle, "{{.Title}}"), blank(),
		action("range .Body"), styled(g.StyleBody, "{{.}}"), action("end"), blank(),
		action("end"),
	}
	label := 3*280 + 40
	widths := []int{label, g.TypeWidth - label}
	lines := row(`<w:cantSplit/>`,
		cell(widths[0], "", para(ppr{style: g.StyleColophon, ind: `w:left="0" w:right="0"`}, run(rpr{}, "{{range .Briefing.Footer}}{{.Label}}"))),
		cell(widths[1], "", para(ppr{style: g.StyleColophon, ind: `w:left="0" w:right="0"`}, run(rpr{}, "{{.Text}}{{end}}"))))
	copies := row(`<w:cantSplit/>`, cell(g.TypeWidth, `<w:gridSpan w:val="2"/>`,
		para(ppr{style: g.StyleColophon, ind: `w:left="0" w:right="0"`, jc: "right"}, run(rpr{}, "{{.Briefing.Copies}}"))))
	return append(out, bottomTable(g.ColophonThin, 0, g.ColophonThin, widths, lines, copies), end())
}

// builtin is one template file and its document body.
type builtin struct {
	name  string
	title string // docProps title, a template action
	body  []string
}

func builtins() []builtin {
	return []builtin{
		{"tongzhi.docx", "{{.Title}}", notice()},
		{"yinfa.docx", "{{.Title}}", notice()},
		{"fangan.docx", "{{.Title}}", plan()},
		{"jianghua.docx", "{{.Title}}", speech()},
		{"jianbao.docx", "{{.Title}}", briefing()},
		{"zongjie.docx", "{{.Title}}", summary()},
		{"huibao.docx", "{{.Title}}", summary()},
		{"fengong.docx", "{{.Title}}", division()},
	}
}
