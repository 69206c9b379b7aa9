package main

import (
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
			para(ppr{style: g.StyleBody, keepNext: true}, run(rpr{}, "{{.Number}}{{.Text}}")),
			action("else"),
			styled(g.StyleBody, "{{.Number}}{{.Text}}"),
			action("end"),
			action("end"),
		})
}

func titleBlock(path string) []string {
	return []string{action("range " + path), styled(g.StyleTitle, "{{.}}"), action("end")}
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

// division is the 责任分工: its title and subtitle (「（共计121项）」, 楷体
// centred, only when the data gives one), its text if any, then the table.
func division() []string {
	return join(titleBlock(".TitleLines"), []string{styled(styleSub, "{{showif .Subtitle}}{{.Subtitle}}"), blank()}, bodyBlocks(".Body"),
		[]string{action("if .Division"), divisionTable(".Division"), action("end"), end()})
}

// builtin is one template file and its document body.
type builtin struct {
	name  string
	title string // docProps title, a template action
	body  []string
}

func builtins() []builtin {
	return []builtin{
		{"fengong.docx", "{{.Title}}", division()},
	}
}
