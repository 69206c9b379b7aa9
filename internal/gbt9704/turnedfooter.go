package gbt9704

import (
	"fmt"
	"strconv"
	"strings"

	"gongwen/internal/opc"
)

// GB/T 9704-2012 §8 (公文中的横排表格): 「A4纸型的表格横排时，页码位置与公文
// 其他页码保持一致，单页码表头在订口一边，双页码表头在切口一边。」 A landscape
// attachment's sheet is printed turned: the landscape page's top lies along
// the portrait sheet's left edge — the binding edge (订口) of an odd page,
// the outer edge (切口) of an even one, as the standard asks — so the foot
// of the sheet as bound, where every other page has its number, is the
// landscape page's left edge. Its page number stands there, rotated to read
// as on the portrait pages when the sheet is held upright: the odd pages'
// near the landscape page's foot (the bound sheet's right side), the even
// pages' near its top (the left side), one character in from the type
// area's end, 7 mm outside it — the portrait footer's place turned with the
// sheet.
//
// Word, WPS and LibreOffice all draw it the same way as a floating table of
// one cell in the landscape section's footers, anchored to the page along
// its left edge, whose text runs top to bottom (w:textDirection tbRl, the
// Latin and the dashes turned a quarter clockwise), holding the portrait
// footer's own page-number paragraph — its style, alignment, one-character
// indent and field — so a clerk's change to the footer carries over. It
// survives a re-save by LibreOffice (checked: the number lands in the same
// place). A text box (wps:wsp, vert="vert270") would need a VML fallback for
// older Word and is drawn differently by LibreOffice versions.

// TurnedFooterChanges returns, for a template package whose document doc
// holds landscape sections ended by section breaks (a notice's landscape
// attachment, docdata.PrepareDivision), the parts to write so those
// sections' page numbers stand on the turned sheet's foot: two new footers
// (odd and even pages) and doc with the sections' footer references
// pointing at them. It returns nil changes when there is nothing to do, or
// the portrait footers hold no page-number paragraph (a PAGE field) to turn:
// the landscape pages keep the portrait footers then.
func TurnedFooterChanges(pkg *opc.Package, doc []byte) (map[string][]byte, error) {
	sects := turnedSections(doc)
	if len(sects) == 0 {
		return nil, nil
	}
	relsName := opc.RelsName("word/document.xml")
	relsData, err := pkg.Read(relsName)
	if err != nil {
		return nil, err
	}
	rels, err := opc.ParseRelationships(relsData)
	if err != nil {
		return nil, err
	}
	ctData, err := pkg.Read("[Content_Types].xml")
	if err != nil {
		return nil, err
	}
	ct, err := opc.ParseContentTypes(ctData)
	if err != nil {
		return nil, err
	}
	first := string(doc[sects[0][0]:sects[0][1]])
	// The portrait footers the landscape section was given (a copy of the
	// body's section properties): their page-number paragraphs.
	source := map[string]string{}
	for _, ref := range footerRef.FindAllString(first, -1) {
		typ, id := attrOf(ref, "w:type"), attrOf(ref, "r:id")
		if typ == "" {
			typ = "default"
		}
		r, ok := rels.Get(id)
		if !ok {
			continue
		}
		name, ok := opc.ResolveTarget("word/document.xml", r.Target)
		if !ok {
			continue
		}
		if data, err := pkg.Read(name); err == nil {
			source[typ] = string(data)
		}
	}
	pgH, _ := strconv.Atoi(attrOf(pgSzOf.FindString(first), "w:h"))
	mar := pgMarOf.FindString(first)
	top, _ := strconv.Atoi(attrOf(mar, "w:top"))
	bottom, _ := strconv.Atoi(attrOf(mar, "w:bottom"))
	foot, _ := strconv.Atoi(attrOf(mar, "w:footer"))
	top, bottom = abs(top), abs(bottom)
	if pgH <= top+bottom || foot <= 0 {
		return nil, nil
	}
	changes := map[string][]byte{}
	next := 1
	for _, name := range pkg.Names() {
		if m := footerName.FindStringSubmatch(name); m != nil {
			if n, _ := strconv.Atoi(m[1]); n >= next {
				next = n + 1
			}
		}
	}
	ids := map[string]string{}
	for _, typ := range []string{"default", "even"} {
		src, ok := source[typ]
		if !ok {
			continue
		}
		ftr, ok := turnedFooter(src, foot, top, pgH-top-bottom)
		if !ok {
			continue
		}
		name := fmt.Sprintf("word/footer%d.xml", next)
		next++
		ct.SetOverride(name, footerType)
		ids[typ] = rels.Add(footerRel, strings.TrimPrefix(name, "word/"), "")
		changes[name] = []byte(ftr)
	}
	if ids["default"] == "" {
		return nil, nil
	}
	if ids["even"] == "" {
		ids["even"] = ids["default"]
	}
	refs := `<w:footerReference w:type="default" r:id="` + ids["default"] + `"/><w:footerReference w:type="even" r:id="` + ids["even"] + `"/>`
	var out strings.Builder
	last := 0
	for _, s := range sects {
		sect := string(doc[s[0]:s[1]])
		sect = footerRef.ReplaceAllString(sect, "")
		// Footer references come after the header references, first.
		loc := afterHeaderRefs.FindStringIndex(sect)
		if loc == nil {
			return nil, nil
		}
		out.Write(doc[last:s[0]])
		out.WriteString(sect[:loc[1]] + refs + sect[loc[1]:])
		last = s[1]
	}
	out.Write(doc[last:])
	changes["word/document.xml"] = []byte(out.String())
	changes[relsName] = rels.Marshal()
	changes["[Content_Types].xml"] = ct.Marshal()
	return changes, nil
}

var (
	sectSpan  = lazyRE(`(?s)<w:sectPr\b[^>]*>.*?</w:sectPr>`)
	pgSzOf    = lazyRE(`<w:pgSz\b[^>]*/>`)
	pgMarOf   = lazyRE(`<w:pgMar\b[^>]*/>`)
	ftrStart  = lazyRE(`<w:ftr\b[^>]*>`)
	ftrPara   = lazyRE(`(?s)<w:p\b[^>]*>.*?</w:p>`)
	pageField = lazyRE(`<w:instrText\b[^>]*>\s*PAGE\b|w:instr="\s*PAGE\b`)
)

// turnedSections are the spans of doc's landscape sections' properties that
// end at a section break, not the document's last section.
func turnedSections(doc []byte) [][2]int {
	all := sectSpan.FindAllIndex(doc, -1)
	var out [][2]int
	for i, s := range all {
		if i == len(all)-1 {
			break
		}
		if strings.Contains(pgSzOf.FindString(string(doc[s[0]:s[1]])), `w:orient="landscape"`) {
			out = append(out, [2]int{s[0], s[1]})
		}
	}
	return out
}

// turnedFooter is a footer of the turned sheet made from the portrait
// footer src: its page-number paragraph in a cell of text running top to
// bottom, the cell a floating table along the page's left edge — foot
// twips in, as far as the portrait footer is from the sheet's foot — and
// as long as the type area is wide (from top, length twips). ok is false
// when src has no paragraph with a PAGE field.
func turnedFooter(src string, foot, top, length int) (string, bool) {
	start := ftrStart.FindString(src)
	if start == "" {
		return "", false
	}
	var para string
	for _, p := range ftrPara.FindAllString(src, -1) {
		if pageField.MatchString(p) {
			para = p
			break
		}
	}
	if para == "" {
		return "", false
	}
	// The cell is one line of the page number wide: its 4号 figures on an
	// exact line of 14 pt (the 页码 style).
	const line = 280
	zero := `<w:top w:w="0" w:type="dxa"/><w:left w:w="0" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/>`
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n")
	b.WriteString(start)
	fmt.Fprintf(&b, `<w:tbl><w:tblPr><w:tblpPr w:leftFromText="0" w:rightFromText="0" w:topFromText="0" w:bottomFromText="0" `+
		`w:vertAnchor="page" w:horzAnchor="page" w:tblpX="%d" w:tblpY="%d"/><w:tblW w:w="%d" w:type="dxa"/>`+
		`<w:tblLayout w:type="fixed"/><w:tblCellMar>%s</w:tblCellMar></w:tblPr><w:tblGrid><w:gridCol w:w="%d"/></w:tblGrid>`+
		`<w:tr><w:trPr><w:trHeight w:val="%d" w:hRule="exact"/></w:trPr><w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/>`+
		`<w:textDirection w:val="tbRl"/></w:tcPr>`, foot, top, line, zero, line, length, line)
	b.WriteString(para)
	// A footer ends in a paragraph; this one is a twip high, so that it
	// does not reach into the turned page's type area.
	b.WriteString(`</w:tc></w:tr></w:tbl><w:p><w:pPr><w:snapToGrid w:val="0"/><w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/>` +
		`<w:rPr><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr></w:pPr></w:p></w:ftr>`)
	return b.String(), true
}

// attrOf is the value of attribute name in the start tag tag, "" if none.
func attrOf(tag, name string) string {
	i := strings.Index(tag, " "+name+`="`)
	if i < 0 {
		return ""
	}
	rest := tag[i+len(name)+3:]
	j := strings.IndexByte(rest, '"')
	if j < 0 {
		return ""
	}
	return rest[:j]
}
