package gbt9704

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"

	"gongwen/internal/opc"
)

// Where the 信函格式's lower rule lies (GB/T 9704 10.1): a red double line,
// thin over thick, 170 mm wide, 20 mm above the bottom edge of the first
// page, centred on the page.
const (
	LetterRuleWidth  = 9638 // 170 mm
	LetterRuleBottom = 1134 // 20 mm
)

// LetterFirstPage prepares a template for a document in the 信函格式: its
// first page gets a footer of its own (w:titlePg) holding the lower red
// double rule in a frame placed on the page — the rule stands in the
// bottom margin where no body text can push it — and no page number, as
// 10.1 wants (首页不显示页码). red is the rule's colour (RRGGBB), "" for
// DefaultRed. The body's other pages keep their footers. A template whose
// last section cannot be read comes back unchanged.
func LetterFirstPage(data []byte, red string) ([]byte, error) {
	if red == "" {
		red = DefaultRed
	}
	red = strings.ToUpper(strings.TrimPrefix(red, "#"))
	if len(red) != 6 || strings.Trim(red, "0123456789ABCDEF") != "" {
		return nil, fmt.Errorf("红色“%s”应为六位十六进制颜色，如 FF0000", red)
	}
	pkg, err := opc.Open(bytes.NewReader(data), int64(len(data)), opc.DefaultLimits)
	if err != nil {
		return nil, err
	}
	doc, err := pkg.Read("word/document.xml")
	if err != nil {
		return nil, err
	}
	i := bytes.LastIndex(doc, []byte("<w:sectPr"))
	j := bytes.LastIndex(doc, []byte("</w:sectPr>"))
	if i < 0 || j < i || !bytes.Contains(doc, []byte(`xmlns:r="`+relsNS+`"`)) {
		return data, nil
	}
	j += len("</w:sectPr>")
	sect := string(doc[i:j])
	if strings.Contains(sect, `w:type="first"`) {
		return data, nil // a first-page footer of the template's own
	}
	footer, err := newFooter(pkg)
	if err != nil {
		return nil, err
	}
	id := footer.id
	ref := `<w:footerReference w:type="first" r:id="` + id + `"/>`
	loc := afterHeaderRefs.FindStringIndex(sect)
	if loc == nil {
		return data, nil
	}
	sect = sect[:loc[1]] + ref + sect[loc[1]:]
	sect = titlePage(sect)
	var out bytes.Buffer
	out.Write(doc[:i])
	out.WriteString(sect)
	out.Write(doc[j:])
	return footer.write(pkg, letterFooter(red), out.Bytes())
}

// letterFooter is the first page's footer of a letter: the lower rule
// drawn as a thin top and a thick bottom border of an empty paragraph in a
// frame on the page, its thick line 20 mm above the page's bottom edge.
// Two single borders rather than one double border: Word and LibreOffice
// disagree on which line of a thinThick border is on top.
func letterFooter(red string) string {
	const thin, thick, gap = 6, 24, 30 // eighths of a point; twips
	h := thin*20/8 + gap + thick*20/8
	y := PageHeight - LetterRuleBottom - h
	x := (PageWidth - LetterRuleWidth) / 2
	return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
		`<w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p><w:pPr>` +
		fmt.Sprintf(`<w:framePr w:w="%d" w:h="%d" w:hRule="exact" w:wrap="notBeside" w:vAnchor="page" w:hAnchor="page" w:x="%d" w:y="%d"/>`,
			LetterRuleWidth, h, x, y) +
		fmt.Sprintf(`<w:pBdr><w:top w:val="single" w:sz="%d" w:space="0" w:color="%s"/><w:bottom w:val="single" w:sz="%d" w:space="0" w:color="%s"/></w:pBdr>`, thin, red, thick, red) +
		`<w:snapToGrid w:val="0"/><w:spacing w:before="0" w:after="0" w:line="` + fmt.Sprint(gap) + `" w:lineRule="exact"/>` +
		`<w:ind w:left="0" w:right="0" w:firstLine="0"/><w:jc w:val="left"/><w:rPr><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr>` +
		`</w:pPr></w:p></w:ftr>`
}

// sectChildAfterTitlePg are the children of w:sectPr that follow
// w:titlePg in the schema's order.
var sectChildAfterTitlePg = lazyRE(`<w:(textDirection|bidi|rtlGutter|docGrid|printerSettings|sectPrChange)\b`)

// titlePage turns on a w:sectPr's different first page.
func titlePage(sect string) string {
	const on = `<w:titlePg/>`
	if m := regexp.MustCompile(`<w:titlePg\b[^>]*/>`); m.MatchString(sect) {
		return m.ReplaceAllLiteralString(sect, on)
	}
	if loc := sectChildAfterTitlePg.FindStringIndex(sect); loc != nil {
		return sect[:loc[0]] + on + sect[loc[0]:]
	}
	k := strings.LastIndex(sect, "</w:sectPr>")
	return sect[:k] + on + sect[k:]
}
