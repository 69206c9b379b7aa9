package main

import (
	"fmt"
	"strings"

	g "gongwen/internal/gbt9704"
)

// Namespaces written on every WordprocessingML part.
const (
	nsW   = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`
	nsR   = `xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`
	xmlPI = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"
)

// esc escapes text for an XML text node. Template actions pass through:
// they contain no & < > in the built-in templates.
func esc(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
}

// fonts is a w:rFonts element: the east-Asian font for Chinese and the
// Latin font for digits and letters, as GB/T 9704 practice has it.
func fonts(eastAsia, latin string) string {
	return fmt.Sprintf(`<w:rFonts w:ascii="%s" w:eastAsia="%s" w:hAnsi="%s" w:cs="%s"/>`, latin, eastAsia, latin, latin)
}

// rpr is run properties, in schema order.
type rpr struct {
	font  string // east-Asian font; Latin is Times New Roman unless latin is set
	latin string
	color string
	size  int
}

func (r rpr) String() string {
	var b strings.Builder
	if r.font != "" || r.latin != "" {
		latin := r.latin
		if latin == "" {
			latin = g.FontLatin
		}
		ea := r.font
		if ea == "" {
			ea = g.FontBody
		}
		b.WriteString(fonts(ea, latin))
	}
	if r.color != "" {
		fmt.Fprintf(&b, `<w:color w:val="%s"/>`, r.color)
	}
	if r.size != 0 {
		fmt.Fprintf(&b, `<w:sz w:val="%d"/><w:szCs w:val="%d"/>`, r.size, r.size)
	}
	if b.Len() == 0 {
		return ""
	}
	return "<w:rPr>" + b.String() + "</w:rPr>"
}

// ppr is paragraph properties, in schema order.
type ppr struct {
	style           string
	keepNext        bool
	pageBreakBefore bool
	bottomBorder    string // a w:bottom element
	tabs            string // w:tab elements
	noGrid          bool   // w:snapToGrid off
	spacing         string // attributes of w:spacing
	ind             string // attributes of w:ind
	jc              string
	rpr             rpr // paragraph mark
}

func (p ppr) String() string {
	var b strings.Builder
	if p.style != "" {
		fmt.Fprintf(&b, `<w:pStyle w:val="%s"/>`, p.style)
	}
	if p.keepNext {
		b.WriteString(`<w:keepNext/>`)
	}
	if p.pageBreakBefore {
		b.WriteString(`<w:pageBreakBefore/>`)
	}
	if p.bottomBorder != "" {
		b.WriteString(`<w:pBdr>` + p.bottomBorder + `</w:pBdr>`)
	}
	if p.tabs != "" {
		b.WriteString(`<w:tabs>` + p.tabs + `</w:tabs>`)
	}
	if p.noGrid {
		b.WriteString(`<w:snapToGrid w:val="0"/>`)
	}
	if p.spacing != "" {
		b.WriteString(`<w:spacing ` + p.spacing + `/>`)
	}
	if p.ind != "" {
		b.WriteString(`<w:ind ` + p.ind + `/>`)
	}
	if p.jc != "" {
		fmt.Fprintf(&b, `<w:jc w:val="%s"/>`, p.jc)
	}
	b.WriteString(p.rpr.String())
	if b.Len() == 0 {
		return ""
	}
	return "<w:pPr>" + b.String() + "</w:pPr>"
}

// run is one w:r with its text; tabs in text become w:tab.
func run(props rpr, text string) string {
	var b strings.Builder
	b.WriteString("<w:r>" + props.String())
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

// para is a paragraph of runs.
func para(p ppr, runs ...string) string {
	return "<w:p>" + p.String() + strings.Join(runs, "") + "</w:p>"
}

// styled is a paragraph of one plain run in a style.
func styled(style, text string) string {
	if text == "" {
		return para(ppr{style: style})
	}
	return para(ppr{style: style}, run(rpr{}, text))
}

// action is a paragraph holding only a control action ({{if}}, {{range}},
// {{else}}, {{end}}): the engine removes it and repeats or drops the
// paragraphs between.
func action(a string) string { return para(ppr{}, run(rpr{}, "{{"+a+"}}")) }

// blank is an empty body line.
func blank() string { return para(ppr{}) }

// border is one border element.
func border(side string, size int, color string) string {
	return fmt.Sprintf(`<w:%s w:val="single" w:sz="%d" w:space="1" w:color="%s"/>`, side, size, color)
}

// cell is a table cell of the given width holding paragraphs.
func cell(width int, tcExtra string, paras ...string) string {
	return fmt.Sprintf(`<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/>%s</w:tcPr>%s</w:tc>`, width, tcExtra, strings.Join(paras, ""))
}

// row is a table row.
func row(trPr string, cells ...string) string {
	if trPr != "" {
		trPr = "<w:trPr>" + trPr + "</w:trPr>"
	}
	return "<w:tr>" + trPr + strings.Join(cells, "") + "</w:tr>"
}

// table is a table with the given properties and grid.
func table(tblPr string, widths []int, rows ...string) string {
	var grid strings.Builder
	for _, w := range widths {
		fmt.Fprintf(&grid, `<w:gridCol w:w="%d"/>`, w)
	}
	return "<w:tbl><w:tblPr>" + tblPr + "</w:tblPr><w:tblGrid>" + grid.String() + "</w:tblGrid>" + strings.Join(rows, "") + "</w:tbl>"
}
