package docx

import "strings"

// Editors leave things in the paragraphs that hold control actions only,
// which the author never typed and cannot see: LibreOffice writes a
// paragraph's page-break-before as a page break at the end of the paragraph
// before it (often a {{range}} paragraph), Word leaves bookmarks (_GoBack)
// and section breaks, anyone may press Ctrl+Enter after {{end}}. Such a
// paragraph is still removed; what it carried moves out, so its effect
// stays where the author saw it:
//
//   - a page break (or the paragraph's own page-break-before) becomes a
//     page-break-before of the next paragraph with content, so a break in
//     {{range}} starts every repeated first paragraph on a new page, as the
//     template looked before it was re-saved; a column break becomes a
//     column break at the start of that paragraph;
//   - a section break stays as an empty paragraph with the section's
//     properties, outside the block the paragraph opens or inside the block
//     it closes, so a loop never repeats a section;
//   - a bookmark whose other end lies elsewhere stays between the
//     paragraphs (in the body); one that begins and ends in the paragraph
//     goes with it.
//
// A tab or line break is something the author typed and can see, so it
// keeps the paragraph (and the message says so).
//
// A break with no following paragraph to carry it (the paragraph is the
// last of its cell, or a table follows) stays as an empty paragraph
// holding the break, at the same place as a section break.

// moveOut decides where the breaks, section breaks and bookmarks of the
// removed paragraphs of control actions go.
func (c *compiler) moveOut() {
	for _, p := range c.paras {
		if !p.structural {
			continue
		}
		p.split = splitAt(p)
		if len(p.breaks) > 0 || p.pageBefore {
			q := c.nextContent(p)
			kinds := p.breaks
			if p.pageBefore {
				kinds = append([]string{"page"}, kinds...)
			}
			for _, k := range kinds {
				switch {
				case q == nil:
					p.stranded = append(p.stranded, k)
				case k == "page":
					q.breakBefore = true
				default:
					q.lead = append(q.lead, k)
				}
			}
		}
		if p.n.parent != nil && p.n.parent.is("body") {
			p.keepMarks = unpaired(c.src, p.marks)
		}
	}
}

// splitAt is where, among the paragraph's block actions, what moves out is
// written: the first place of least nesting, so that it is outside a block
// the paragraph opens ({{range}}) and inside one it closes ({{end}}).
func splitAt(p *para) int {
	best, depth, min := 0, 0, 0
	i := 0
	for _, a := range p.acts {
		if a.place != placeBlock {
			continue
		}
		i++
		switch {
		case a.opener():
			depth++
		case a.kw == "end":
			depth--
		}
		if depth < min {
			best, min = i, depth
		}
	}
	return best
}

// nextContent is the paragraph after p, in the same container, that the
// output keeps: paragraphs removed for their control actions are skipped,
// anything else (a table, a content control, the end) stops the search.
func (c *compiler) nextContent(p *para) *para {
	par := p.n.parent
	if par == nil {
		return nil
	}
	after := false
	for _, k := range par.kids {
		if !after {
			after = k == p.n
			continue
		}
		if k.kind != kindElem {
			continue
		}
		switch {
		case k.is("p"):
			q := c.paraOf[k]
			if q == nil || !q.structural {
				return q
			}
		case k.is("bookmarkStart"), k.is("bookmarkEnd"), k.is("proofErr"), k.is("permStart"), k.is("permEnd"),
			k.is("commentRangeStart"), k.is("commentRangeEnd"):
		default:
			return nil
		}
	}
	return nil
}

// unpaired returns the bookmark marks whose partner is not among marks.
func unpaired(src []byte, marks []*node) []*node {
	ids := map[string]int{}
	for _, m := range marks {
		id, _, _, _ := attr(src, m, "w:id")
		ids[id]++
	}
	var out []*node
	for _, m := range marks {
		if id, _, _, _ := attr(src, m, "w:id"); ids[id] < 2 {
			out = append(out, m)
		}
	}
	return out
}

// emitMovedOut writes, at the place of a removed paragraph, what stays of
// it: bookmarks whose other end is elsewhere, and an empty paragraph with
// the section break or a break that found no paragraph to go to.
func (c *compiler) emitMovedOut(p *para) {
	for _, m := range p.keepMarks {
		c.emitElem(m)
	}
	if !p.sectPr && len(p.stranded) == 0 {
		return
	}
	c.emitStartTag(p.n)
	if p.sectPr {
		pPr := p.pPr
		if p.pageBefore && len(p.stranded) == 0 {
			pPr = withoutElem(pPr, "pageBreakBefore") // it went to the next paragraph
		}
		c.out.WriteString(pPr)
	}
	for _, k := range p.stranded {
		c.out.WriteString(`<w:r><w:br w:type="` + k + `"/></w:r>`)
	}
	c.raw(p.n.closeStart, p.n.end)
}

// withoutElem removes the w:name elements (empty ones, as properties are)
// from an XML string.
func withoutElem(s, name string) string {
	for {
		i := strings.Index(s, "<w:"+name)
		if i < 0 {
			return s
		}
		rest := s[i+len("<w:"+name):]
		if rest == "" || (rest[0] != ' ' && rest[0] != '/' && rest[0] != '>') {
			return s
		}
		j := strings.Index(s[i:], ">")
		if j < 0 {
			return s
		}
		end := i + j + 1
		if s[i+j-1] != '/' {
			k := strings.Index(s[end:], "</w:"+name+">")
			if k < 0 {
				return s
			}
			end += k + len("</w:"+name+">")
		}
		s = s[:i] + s[end:]
	}
}

// emitParaProps writes the pPr of a paragraph that receives a moved
// page-break-before, and the column breaks that go at its start.
func (c *compiler) emitParaProps(q *para, pPr *node) {
	if pPr == nil {
		if q.breakBefore {
			c.out.WriteString(`<w:pPr><w:pageBreakBefore/></w:pPr>`)
		}
		c.emitLead(q)
		return
	}
	if !q.breakBefore {
		c.emitNode(pPr)
		c.emitLead(q)
		return
	}
	if pPr.closeStart == pPr.end {
		c.out.WriteString(`<w:pPr><w:pageBreakBefore/></w:pPr>`)
		c.emitLead(q)
		return
	}
	c.emitStartTag(pPr)
	done := false
	for _, k := range pPr.kids {
		if k.is("pageBreakBefore") {
			continue // replaced: it may say off
		}
		if !done && k.kind == kindElem && !k.is("pStyle") && !k.is("keepNext") && !k.is("keepLines") {
			// The schema's order: pStyle, keepNext, keepLines, pageBreakBefore, …
			c.out.WriteString(`<w:pageBreakBefore/>`)
			done = true
		}
		c.emitNode(k)
	}
	if !done {
		c.out.WriteString(`<w:pageBreakBefore/>`)
	}
	c.raw(pPr.closeStart, pPr.end)
	c.emitLead(q)
}

func (c *compiler) emitLead(q *para) {
	for _, k := range q.lead {
		c.out.WriteString(`<w:r><w:br w:type="` + k + `"/></w:r>`)
	}
}

// movedIn reports whether a paragraph receives something from a removed
// neighbour.
func (p *para) movedIn() bool { return p != nil && (p.breakBefore || len(p.lead) > 0) }
