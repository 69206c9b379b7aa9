package gbt9704

import (
	"bytes"
	"encoding/xml"
	"io"
	"strings"

	"gongwen/internal/opc"
)

// GB/T 9704 7.4 and 7.5.1 want the 版记 on the last page, an even page when
// printed on both sides (封四), and no page number on that page when it
// holds no body text, nor on a blank page before it. Where the body ends
// is known only once a word processor lays the document out, and Word,
// WPS and LibreOffice break lines differently, so the rule cannot be met
// by counting lines at build time. ColophonPage meets it with what all
// three honour instead:
//
//   - a section break just before the 版记 ends the body's section, and the
//     document's last section, holding the 版记 alone, starts on the next
//     even page (w:type evenPage): the word processor inserts the blank page
//     when the body ends on an even page;
//   - the last section's footers are empty, so the 版记 page shows no page
//     number; the blank page a word processor inserts carries none either
//     (LibreOffice draws nothing on it).
//
// The section break paragraph and the one that starts the 版记's section
// are one twip high, so they cannot push the body onto another page. The
// cost is that a 版记 which would have fitted under the body on an even
// page gets a page of its own after a blank page; PlaceColophon takes the
// break out again, per built document, when the body is estimated to end
// on an even page with room to spare.
//
// ColophonPage returns the template package data with these changes, or
// data as it is when the document has no 版记 (no paragraph of style
// StyleColophon in the body) or its last section cannot be read. It is
// for the documents that have a 版记: a template prepared so gives a
// document without one a first section that starts on an even page. It
// works on the template, once, so building each document costs nothing
// more.
func ColophonPage(data []byte) ([]byte, error) {
	pkg, err := opc.Open(bytes.NewReader(data), int64(len(data)), opc.DefaultLimits)
	if err != nil {
		return nil, err
	}
	doc, err := pkg.Read("word/document.xml")
	if err != nil {
		return nil, err
	}
	at, sect, ok := colophonPlaces(doc, colophonStyles(pkg))
	// The new references are written r:id, so the prefix must be the
	// relationships namespace; an empty <w:sectPr/> has nothing to copy.
	if !ok || !bytes.Contains(doc, []byte(`xmlns:r="`+relsNS+`"`)) || bytes.HasSuffix(doc[sect.start:sect.end], []byte("/>")) {
		return data, nil
	}
	body := string(doc[sect.start:sect.end])
	footer, err := newFooter(pkg)
	if err != nil {
		return nil, err
	}
	id := footer.id
	last := footerRef.ReplaceAllString(body, "")
	refs := `<w:footerReference w:type="default" r:id="` + id + `"/><w:footerReference w:type="even" r:id="` + id + `"/>` +
		`<w:footerReference w:type="first" r:id="` + id + `"/>`
	// Footer references come after the header references, first.
	if loc := afterHeaderRefs.FindStringIndex(last); loc != nil {
		last = last[:loc[1]] + refs + last[loc[1]:]
	} else {
		return data, nil
	}
	last = evenPageStart(last)
	// The body's section ends in a paragraph of its own, one twip high and
	// off the grid. A second such paragraph starts the 版记's section:
	// LibreOffice anchors a floating 版记 table that directly follows a
	// section break in the section before, on the body's last page.
	const tiny = `<w:snapToGrid w:val="0"/><w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/>` +
		`<w:ind w:left="0" w:right="0" w:firstLine="0"/><w:rPr><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr>`
	br := `<w:p><w:pPr>` + tiny + body + `</w:pPr></w:p>` + `<w:p><w:pPr>` + tiny + `</w:pPr></w:p>`
	var out bytes.Buffer
	out.Grow(len(doc) + len(br) + len(last))
	out.Write(doc[:at])
	out.WriteString(br)
	out.Write(doc[at:sect.start])
	out.WriteString(last)
	out.Write(doc[sect.end:])
	return footer.write(pkg, emptyFooter, out.Bytes())
}

const (
	footerType  = "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"
	relsNS      = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
	footerRel   = relsNS + "/footer"
	emptyFooter = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
		`<w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p/></w:ftr>`
)

var (
	footerName = lazyRE(`^word/footer(\d+)\.xml$`)
	footerRef  = lazyRE(`<w:footerReference\b[^>]*/>`)
	// afterHeaderRefs ends at the w:sectPr start tag and its header
	// references.
	afterHeaderRefs = lazyRE(`^<w:sectPr\b[^>]*>(<w:headerReference\b[^>]*/>)*`)
	typeElem        = lazyRE(`<w:type\b[^>]*/>`)
	// sectChildAfterType are the children of w:sectPr that follow w:type
	// in the schema's order; w:type goes before the first of them.
	sectChildAfterType = lazyRE(`<w:(pgSz|pgMar|paperSrc|pgBorders|lnNumType|pgNumType|cols|formProt|vAlign|noEndnote|titlePg|textDirection|bidi|rtlGutter|docGrid|printerSettings|sectPrChange)\b`)
)

// evenPageStart gives a w:sectPr the start type evenPage.
func evenPageStart(sect string) string {
	const even = `<w:type w:val="evenPage"/>`
	if typeElem.MatchString(sect) {
		return typeElem.ReplaceAllLiteralString(sect, even)
	}
	if loc := sectChildAfterType.FindStringIndex(sect); loc != nil {
		return sect[:loc[0]] + even + sect[loc[0]:]
	}
	i := strings.LastIndex(sect, "</w:sectPr>")
	return sect[:i] + even + sect[i:]
}

// colophonStyles are the ids of the 版记's paragraph style: StyleColophon,
// or the id LibreOffice gives it when it saves a template (Style27), found
// by the style's name.
func colophonStyles(pkg *opc.Package) map[string]bool {
	ids := map[string]bool{StyleColophon: true}
	data, err := pkg.Read("word/styles.xml")
	if err != nil {
		return ids
	}
	root, err := parseXML(data)
	if err != nil {
		return ids
	}
	for _, s := range filter(root.child("styles").children, "style") {
		if s.child("name").get("val") == colophonStyleName {
			ids[s.get("styleId")] = true
		}
	}
	return ids
}

// colophonStyleName is the name the built-in templates give StyleColophon.
const colophonStyleName = "版记"

// span is a byte range of a part.
type span struct{ start, end int }

// colophonPlaces finds, in document.xml, the offset of the body element
// (paragraph or table) that starts the 版记 — the first holding a
// paragraph of one of styles — and the document's last w:sectPr.
// ok is false when either is missing or the body is not written with the
// usual w: prefix.
func colophonPlaces(doc []byte, styles map[string]bool) (at int, sect span, ok bool) {
	if at, sect, ok, read := colophonPlacesFast(doc, styles); read {
		return at, sect, ok
	}
	return colophonPlacesDecoder(doc, styles)
}

// colophonPlacesFast is colophonPlaces with xmlScanner; read is false when
// the document holds what it does not read (parseXMLFast).
func colophonPlacesFast(doc []byte, styles map[string]bool) (at int, sect span, ok, read bool) {
	p, read := newXMLScanner(doc)
	if !read {
		return 0, span{}, false, false
	}
	depth, childStart, inBody := 0, 0, false
	at, sect.start = -1, -1
	var t xmlTok
	for p.next(&t) {
		switch t.kind {
		case tokStart:
			depth++
			if depth == 2 && t.local == "body" {
				if t.space != "w" {
					return 0, span{}, false, true
				}
				inBody = true
			}
			if inBody && depth == 3 {
				childStart = t.off
				if t.local == "sectPr" {
					sect.start = t.off
				}
			}
			if inBody && at < 0 && depth > 3 && t.local == "pStyle" {
				for _, a := range t.attrs {
					if a.local == "val" && styles[a.value] {
						at = childStart
					}
				}
			}
		case tokEnd:
			if inBody && depth == 3 && t.local == "sectPr" {
				sect.end = p.i
			}
			if depth == 2 {
				inBody = false
			}
			depth--
		}
	}
	if p.bad {
		return 0, span{}, false, false
	}
	if at < 0 || sect.start < at || sect.end <= sect.start {
		return 0, span{}, false, true
	}
	return at, sect, true, true
}

// colophonPlacesDecoder is colophonPlaces with encoding/xml.
func colophonPlacesDecoder(doc []byte, styles map[string]bool) (at int, sect span, ok bool) {
	dec := xml.NewDecoder(bytes.NewReader(doc))
	depth := 0
	at = -1
	childStart := 0
	sect.start = -1
	inBody := false
	for {
		off := int(dec.InputOffset())
		tok, err := dec.RawToken()
		if err == io.EOF {
			break
		}
		if err != nil {
			return 0, span{}, false
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			if depth == 2 && t.Name.Local == "body" {
				if t.Name.Space != "w" {
					return 0, span{}, false
				}
				inBody = true
			}
			if inBody && depth == 3 {
				childStart = off
				if t.Name.Local == "sectPr" {
					sect.start = off
				}
			}
			if inBody && at < 0 && depth > 3 && t.Name.Local == "pStyle" {
				for _, a := range t.Attr {
					if a.Name.Local == "val" && styles[a.Value] {
						at = childStart
					}
				}
			}
		case xml.EndElement:
			if inBody && depth == 3 && t.Name.Local == "sectPr" {
				sect.end = int(dec.InputOffset())
			}
			if depth == 2 {
				inBody = false
			}
			depth--
		}
	}
	if at < 0 || sect.start < at || sect.end <= sect.start {
		return 0, span{}, false
	}
	return at, sect, true
}
