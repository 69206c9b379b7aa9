package gbt9704

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"strings"

	"gongwen/internal/opc"
)

// GB/T 9704 7.3.5: when the space left under the body cannot hold the
// signature and the 成文日期, the line and character spacing are adjusted
// so that they stay with the body — a page holding only the signature and
// the date must not occur. A notice whose body is one short paragraph
// cannot send its last lines along with the closing (keepnext would take
// the whole body off page 1, which must show body text), so its page 1 is
// set tighter instead, as a clerk would do in Word: exact line heights
// from the red rule down, which Word, WPS and LibreOffice all honour
// (FitClosing). Whether it is needed is estimated from the text when the
// document is built (docdata), not from a layout.
const (
	// TightTitleLine is the title's exact line height on a tightened page
	// 1: 28 pt for 22 pt (二号) characters, common practice.
	TightTitleLine = 560
	// MinTightPitch is the tightest line height of the other lines, 25 pt
	// for 16 pt (三号) characters: tighter reads as crammed, and the
	// notice is left to flow (lint --pages then reports the lone closing).
	MinTightPitch = 500
)

// FitClosing returns the rendered document data with its first page set
// tighter: every paragraph after the 版头's red rule (the first paragraph
// with a bottom border) up to the first page break, section break or table
// gets an exact line height, TightTitleLine for the title (style
// StyleTitle) and pitch for the others, off the line grid. A document
// without such a rule comes back unchanged.
func FitClosing(data []byte, pitch int) ([]byte, error) {
	if err := checkPitch(pitch); err != nil {
		return nil, err
	}
	pkg, err := opc.Open(bytes.NewReader(data), int64(len(data)), opc.DefaultLimits)
	if err != nil {
		return nil, err
	}
	const part = "word/document.xml"
	doc, err := pkg.Read(part)
	if err != nil {
		return nil, err
	}
	out, changed, err := tightenFirstPage(doc, pitch)
	if err != nil || !changed {
		return data, err
	}
	var buf bytes.Buffer
	if err := pkg.Write(&buf, map[string][]byte{part: out}); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// FitClosingDocument is FitClosing on the main document part itself
// (word/document.xml), as it is rendered and before it is zipped
// (docx.ExecOptions.Finish).
func FitClosingDocument(doc []byte, pitch int) ([]byte, error) {
	if err := checkPitch(pitch); err != nil {
		return nil, err
	}
	out, _, err := tightenFirstPage(doc, pitch)
	return out, err
}

func checkPitch(pitch int) error {
	if pitch < MinTightPitch || pitch > LinePitch {
		return fmt.Errorf("首页行距 %d 超出范围（%d–%d）", pitch, MinTightPitch, LinePitch)
	}
	return nil
}

// tightenFirstPage rewrites the paragraphs of page 1 below the red rule.
func tightenFirstPage(doc []byte, pitch int) ([]byte, bool, error) {
	spans, err := bodyChildren(doc)
	if err != nil {
		return nil, false, err
	}
	var out bytes.Buffer
	last, started, changed := 0, false, false
	for _, s := range spans {
		el := string(doc[s.start:s.end])
		if s.name != "p" {
			if started {
				break // a table ends what is set tighter
			}
			continue
		}
		ppr := paraProps(el)
		if !started {
			started = strings.Contains(ppr, "<w:pBdr>") && strings.Contains(ppr, "<w:bottom ")
			continue
		}
		if strings.Contains(ppr, "<w:pageBreakBefore") || strings.Contains(ppr, "<w:sectPr") {
			break
		}
		line := pitch
		if strings.Contains(ppr, `<w:pStyle w:val="`+StyleTitle+`"/>`) {
			line = TightTitleLine
		}
		out.Write(doc[last:s.start])
		out.WriteString(withExactLine(el, line))
		last, changed = s.end, true
		if strings.Contains(el, `w:type="page"`) {
			break
		}
	}
	if !changed {
		return doc, false, nil
	}
	out.Write(doc[last:])
	return out.Bytes(), true, nil
}

type bodySpan struct {
	name       string
	start, end int
}

// bodyChildren are the elements directly inside w:body, with their byte
// offsets in doc.
func bodyChildren(doc []byte) ([]bodySpan, error) {
	if out, read := bodyChildrenFast(doc); read {
		return out, nil
	}
	return bodyChildrenDecoder(doc)
}

// bodyChildrenFast is bodyChildren with xmlScanner; read is false when the
// document holds what it does not read (parseXMLFast).
func bodyChildrenFast(doc []byte) (out []bodySpan, read bool) {
	p, read := newXMLScanner(doc)
	if !read {
		return nil, false
	}
	depth, bodyDepth, start := 0, -1, 0
	var t xmlTok
	for p.next(&t) {
		switch t.kind {
		case tokStart:
			depth++
			if t.local == "body" && bodyDepth < 0 {
				bodyDepth = depth
			} else if bodyDepth > 0 && depth == bodyDepth+1 {
				start = t.off
			}
		case tokEnd:
			if bodyDepth > 0 && depth == bodyDepth+1 {
				out = append(out, bodySpan{t.local, start, p.i})
			}
			if depth == bodyDepth {
				return out, true
			}
			depth--
		}
	}
	if p.bad {
		return nil, false
	}
	return out, true
}

// bodyChildrenDecoder is bodyChildren with encoding/xml.
func bodyChildrenDecoder(doc []byte) ([]bodySpan, error) {
	dec := xml.NewDecoder(bytes.NewReader(doc))
	var out []bodySpan
	depth, bodyDepth := 0, -1
	start := 0
	for {
		off := int(dec.InputOffset())
		tok, err := dec.RawToken()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			if t.Name.Local == "body" && bodyDepth < 0 {
				bodyDepth = depth
			} else if bodyDepth > 0 && depth == bodyDepth+1 {
				start = off
			}
		case xml.EndElement:
			if bodyDepth > 0 && depth == bodyDepth+1 {
				out = append(out, bodySpan{t.Name.Local, start, int(dec.InputOffset())})
			}
			if depth == bodyDepth {
				return out, nil
			}
			depth--
		}
	}
}

// paraProps is the w:pPr of a paragraph, "" when it has none.
func paraProps(p string) string {
	i := strings.Index(p, ">")
	if i < 0 {
		return ""
	}
	rest := p[i+1:]
	if strings.HasPrefix(rest, "<w:pPr/>") || !strings.HasPrefix(rest, "<w:pPr>") {
		return ""
	}
	j := strings.Index(rest, "</w:pPr>")
	if j < 0 {
		return ""
	}
	return rest[:j+len("</w:pPr>")]
}

// pPrAfterSpacing are the children of w:pPr that come after w:spacing in
// the schema's sequence: the new w:spacing goes before the first of them.
var pPrAfterSpacing = []string{"ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc",
	"textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange"}

// withExactLine gives paragraph p an exact line height, off the grid, with
// no space before or after, replacing any w:snapToGrid and w:spacing of its
// properties (not those of its run properties).
func withExactLine(p string, line int) string {
	set := fmt.Sprintf(`<w:snapToGrid w:val="0"/><w:spacing w:before="0" w:after="0" w:line="%d" w:lineRule="exact"/>`, line)
	i := strings.Index(p, ">") + 1
	if strings.HasSuffix(p[:i], "/>") { // <w:p/>: an empty paragraph
		return p[:i-2] + "><w:pPr>" + set + "</w:pPr></w:p>"
	}
	head, rest := p[:i], p[i:]
	if strings.HasPrefix(rest, "<w:pPr/>") {
		return head + "<w:pPr>" + set + "</w:pPr>" + rest[len("<w:pPr/>"):]
	}
	if !strings.HasPrefix(rest, "<w:pPr>") {
		return head + "<w:pPr>" + set + "</w:pPr>" + rest
	}
	end := strings.Index(rest, "</w:pPr>")
	inner, tail := rest[len("<w:pPr>"):end], rest[end:]
	kids := topElements(inner)
	var b strings.Builder
	b.WriteString(head + "<w:pPr>")
	placed := false
	for _, k := range kids {
		name := elementName(k)
		if name == "w:snapToGrid" || name == "w:spacing" {
			continue
		}
		if !placed {
			for _, after := range pPrAfterSpacing {
				if name == "w:"+after {
					b.WriteString(set)
					placed = true
					break
				}
			}
		}
		b.WriteString(k)
	}
	if !placed {
		b.WriteString(set)
	}
	b.WriteString(tail)
	return b.String()
}

// topElements splits the content of an element into its child elements
// (text between them, which w:pPr does not have, is dropped).
func topElements(s string) []string {
	var out []string
	depth, start := 0, -1
	for i := 0; i < len(s); {
		if s[i] != '<' {
			i++
			continue
		}
		j := strings.IndexByte(s[i:], '>')
		if j < 0 {
			break
		}
		tag := s[i : i+j+1]
		switch {
		case strings.HasPrefix(tag, "</"):
			depth--
			if depth == 0 && start >= 0 {
				out = append(out, s[start:i+j+1])
				start = -1
			}
		case strings.HasSuffix(tag, "/>"):
			if depth == 0 {
				out = append(out, tag)
			}
		default:
			if depth == 0 {
				start = i
			}
			depth++
		}
		i += j + 1
	}
	return out
}

// elementName is the qualified name of the element that s starts with.
func elementName(s string) string {
	s = strings.TrimPrefix(s, "<")
	if i := strings.IndexAny(s, " />"); i >= 0 {
		return s[:i]
	}
	return s
}
