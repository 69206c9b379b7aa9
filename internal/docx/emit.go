package docx

import (
	"sort"
	"strconv"
	"strings"
)

// piece is what a w:t holding (part of) an action becomes: literal text and
// the actions that start in it.
type piece struct {
	lit string
	act *action
}

// inlineState tracks the walk through one paragraph with inline actions.
type inlineState struct {
	p      *para
	segOf  map[*node]int
	pieces [][]piece
	cover  []bool // the seg's text lies wholly inside actions
	touch  []bool // some action overlaps the seg
	pos    int    // offset in p.full after the last w:t visited
}

func newInlineState(p *para) *inlineState {
	st := &inlineState{p: p, segOf: make(map[*node]int, len(p.segs))}
	st.pieces = make([][]piece, len(p.segs))
	st.cover = make([]bool, len(p.segs))
	st.touch = make([]bool, len(p.segs))
	for i, s := range p.segs {
		st.segOf[s.t] = i
		o, e := s.off, s.off+len(s.text)
		pos := o
		covered := 0
		for _, a := range p.acts {
			if a.end <= o || a.start >= e {
				continue
			}
			st.touch[i] = true
			if a.start > pos {
				st.pieces[i] = append(st.pieces[i], piece{lit: s.text[pos-o : a.start-o]})
			}
			if a.start >= o && a.place == placeInline {
				st.pieces[i] = append(st.pieces[i], piece{act: a})
			}
			covered += min(a.end, e) - max(a.start, o)
			pos = max(pos, a.end)
		}
		if pos < e {
			st.pieces[i] = append(st.pieces[i], piece{lit: s.text[pos-o:]})
		}
		st.cover[i] = e > o && covered >= e-o
	}
	return st
}

// inside reports whether the walk stands strictly within an action, where
// proofing marks and rendered page breaks are dropped.
func (st *inlineState) inside() bool {
	for _, a := range st.p.acts {
		if a.start < st.pos && st.pos < a.end {
			return true
		}
	}
	return false
}

func (st *inlineState) consumed(i int) bool { return st.cover[i] && len(st.pieces[i]) == 0 }

func (c *compiler) raw(a, b int) { c.out.Write(c.src[a:b]) }

func (c *compiler) emitAction(a *action) {
	if a.host > 0 {
		c.out.WriteString(marker('h', strconv.Itoa(a.host-1)))
	}
	if a.locate {
		c.out.WriteString(marker('a', strconv.Itoa(a.seq)))
	}
	c.res.acts = append(c.res.acts, a)
	c.res.offs = append(c.res.offs, c.out.Len())
	c.out.WriteString(leftDelim)
	c.out.WriteString(a.inner)
	c.out.WriteString(rightDelim)
}

func (c *compiler) emitKids(n *node) {
	for _, k := range n.kids {
		c.emitNode(k)
	}
}

func (c *compiler) emitNode(n *node) {
	switch n.kind {
	case kindRoot:
		c.emitKids(n)
		return
	case kindText, kindOther:
		c.raw(n.start, n.end)
		return
	}
	switch {
	case n.is("p"):
		c.emitPara(n)
		return
	case n.is("tr"):
		if acts, ok := c.marker[n]; ok {
			for _, a := range acts {
				c.emitAction(a)
			}
			return
		}
		for _, a := range c.before[n] {
			c.emitAction(a)
		}
		if c.tables[n.parent] {
			c.out.WriteString(marker('r', ""))
		}
		if c.showRows[n] {
			c.out.WriteString(marker('O', ""))
			defer c.out.WriteString(marker('o', ""))
		}
		c.emitElem(n)
		for _, a := range c.after[n] {
			c.emitAction(a)
		}
		return
	case n.is("tbl") && (c.tables[n] || c.vmTables[n]):
		if c.tables[n] {
			c.out.WriteString(marker('T', ""))
		}
		c.emitElem(n)
		if c.tables[n] {
			c.out.WriteString(marker('X', ""))
		}
		if c.vmTables[n] {
			c.out.WriteString(marker('R', ""))
		}
		return
	case n.is("tc") && (c.cells[n] || c.vmCells[n] != "" || c.cellBefore[n] != nil):
		for _, a := range c.cellBefore[n] {
			c.emitAction(a)
		}
		if c.cells[n] || c.vmCells[n] != "" {
			c.emitCell(n)
		} else {
			c.emitElem(n)
		}
		for _, a := range c.cellAfter[n] {
			c.emitAction(a)
		}
		return
	case c.cells[n]:
		c.emitStartTag(n)
		c.out.WriteString(marker('C', ""))
		c.emitContainerKids(n)
		c.out.WriteString(marker('c', ""))
		c.raw(n.closeStart, n.end)
		return
	case n.is("gridSpan") && n.parent.is("tcPr") && n.parent.parent.is("tc") && c.gridWrap[n.parent.parent.parent.parent] != nil:
		// A merged cell of a table whose columns repeat: it spans the
		// columns its template columns became (a category row across a
		// table of the columns the data chose).
		tc := n.parent.parent
		c.out.WriteString(`<w:gridSpan w:val="` + marker('W', strconv.Itoa(gridIndex(c.src, tc))+","+strconv.Itoa(span(c.src, tc))) + `"/>`)
		return
	case n.is("tblW") && n.parent.is("tblPr") && c.gridWrap[n.parent.parent] != nil:
		// Repeated columns share the page width instead of running off it.
		c.out.WriteString(`<w:tblW w:w="5000" w:type="pct"/>`)
		return
	case n.is("tblGrid") && c.gridWrap[n.parent] != nil:
		c.emitStartTag(n)
		// Each grid column written is counted, so that a cell spanning
		// columns (w:gridSpan) spans those written, not the template's.
		c.out.WriteString(marker('j', ""))
		col := 0
		for _, k := range n.kids {
			count := ""
			if k.is("gridCol") {
				count = marker('J', strconv.Itoa(col))
			}
			if a := c.gridWrap[n.parent][col]; a != nil && k.is("gridCol") {
				c.out.WriteString(leftDelim + a.inner + rightDelim)
				c.out.WriteString(count)
				c.emitNode(k)
				c.out.WriteString(leftDelim + "end" + rightDelim)
			} else {
				c.out.WriteString(count)
				c.emitNode(k)
			}
			if k.is("gridCol") {
				col++
			}
		}
		c.raw(n.closeStart, n.end)
		return
	}
	c.emitElem(n)
}

func (c *compiler) emitElem(n *node) {
	c.emitStartTag(n)
	if n.closeStart == n.end {
		return
	}
	c.emitKids(n)
	c.raw(n.closeStart, n.end)
}

// idAttrs are the attributes whose values must stay unique in a document;
// their values pass through the writer, which keeps the first use of every
// value and renumbers copies made by loops.
type idAttr struct {
	attr string
	op   byte
}

var idAttrs = map[string][]idAttr{
	"wp:docPr":        {{"id", 'D'}},
	"w:bookmarkStart": {{"w:id", 'B'}},
	"w:bookmarkEnd":   {{"w:id", 'E'}},
	// w14:textId is not unique in Word's own files (77777777 is common).
	"w:p":     {{"w14:paraId", 'P'}},
	"w:numId": {{"w:val", 'N'}},
	// References to notes and comments: a copy made by a loop gets a copy
	// of the note or comment (Word rejects two references to one).
	"w:footnoteReference": {{"w:id", 'f'}},
	"w:endnoteReference":  {{"w:id", 'e'}},
	"w:commentRangeStart": {{"w:id", 'g'}},
	"w:commentRangeEnd":   {{"w:id", 'G'}},
	"w:commentReference":  {{"w:id", 'G'}},
}

func (c *compiler) emitStartTag(n *node) {
	if c.numbering && n.name == "w:p" {
		// restartnum acts on the numId of its own paragraph only.
		c.out.WriteString(marker('q', ""))
	}
	ias, ok := idAttrs[n.name]
	if !ok || (ias[0].op == 'N' && !c.numbering) {
		c.raw(n.start, n.tagEnd)
		return
	}
	type span struct {
		vs, ve int
		op     byte
		val    string
	}
	var spans []span
	for _, ia := range ias {
		if val, vs, ve, ok := attr(c.src, n, ia.attr); ok {
			spans = append(spans, span{vs, ve, ia.op, val})
		}
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i].vs < spans[j].vs })
	at := n.start
	for _, sp := range spans {
		c.raw(at, sp.vs)
		c.out.WriteString(marker(sp.op, sp.val))
		at = sp.ve
	}
	c.raw(at, n.tagEnd)
}

func (c *compiler) emitPara(n *node) {
	p := c.paraOf[n]
	if p == nil || len(p.acts) == 0 {
		if c.cells[n.parent] {
			c.out.WriteString(marker('p', ""))
		}
		if p.movedIn() {
			c.paraKids(p, n, func(k *node) { c.emitNode(k) })
			return
		}
		c.emitElem(n)
		return
	}
	if p.structural {
		i := 0
		for _, a := range p.acts {
			if a.place != placeBlock {
				continue
			}
			if i == p.split {
				c.emitMovedOut(p)
			}
			i++
			c.emitAction(a)
		}
		if i == p.split {
			c.emitMovedOut(p)
		}
		return
	}
	if c.propParas[p] {
		// pstyle and its kind rewrite the paragraph when it ends (showif
		// may drop it: the frame opens before the cell counts it).
		c.out.WriteString(marker('K', ""))
		defer c.out.WriteString(marker('k', ""))
	}
	if c.cells[n.parent] {
		c.out.WriteString(marker('p', ""))
	}
	st := newInlineState(p)
	if p.movedIn() {
		c.paraKids(p, n, func(k *node) { c.inlineKid(st, k) })
		return
	}
	c.emitStartTag(n)
	if n.closeStart != n.end {
		c.inlineKids(st, n)
		c.raw(n.closeStart, n.end)
	}
}

// paraKids writes the content and end tag of a paragraph that receives a
// break from a removed neighbour (see moveOut); kid writes the other
// children. It writes the start tag too.
func (c *compiler) paraKids(p *para, n *node, kid func(*node)) {
	if n.closeStart == n.end {
		// <w:p/> (its attributes are revision ids): open it to hold the properties.
		c.out.WriteString("<" + n.name + ">")
		c.emitParaProps(p, nil)
		c.out.WriteString("</" + n.name + ">")
		return
	}
	c.emitStartTag(n)
	var pPr *node
	for _, k := range n.kids {
		if k.is("pPr") {
			pPr = k
		}
	}
	if pPr == nil {
		c.emitParaProps(p, nil)
	}
	for _, k := range n.kids {
		if k == pPr {
			c.emitParaProps(p, pPr)
			continue
		}
		kid(k)
	}
	c.raw(n.closeStart, n.end)
}

// runDroppable reports whether run r only held text that now belongs to an
// action starting in an earlier run, so the run goes away whole.
func (c *compiler) runDroppable(st *inlineState, r *node) bool {
	nseg := 0
	for _, k := range r.kids {
		if k.kind != kindElem {
			continue
		}
		switch {
		case k.is("t"), k.is("tab"), k.is("br"), k.is("cr"):
			i, ok := st.segOf[k]
			if !ok || !st.consumed(i) {
				return false
			}
			nseg++
		case k.is("rPr"), k.is("lastRenderedPageBreak"), k.is("proofErr"):
		default:
			return false
		}
	}
	if nseg == 0 {
		return st.inside()
	}
	return true
}

func (c *compiler) inlineKids(st *inlineState, n *node) {
	for _, k := range n.kids {
		c.inlineKid(st, k)
	}
}

func (c *compiler) inlineKid(st *inlineState, k *node) {
	if k.kind != kindElem {
		c.raw(k.start, k.end)
		return
	}
	switch {
	case k.is("r"):
		if c.runDroppable(st, k) {
			for _, t := range k.kids {
				if i, ok := st.segOf[t]; ok {
					st.pos = st.p.segs[i].off + len(st.p.segs[i].text)
				}
			}
			return
		}
	case k.is("t"), k.is("tab"), k.is("br"), k.is("cr"):
		if i, ok := st.segOf[k]; ok {
			s := &st.p.segs[i]
			st.pos = s.off + len(s.text)
			c.emitSeg(st, i, k)
			return
		}
	case k.is("proofErr"), k.is("lastRenderedPageBreak"):
		if st.inside() {
			return
		}
	case k.is("txbxContent"):
		c.emitNode(k)
		return
	}
	c.emitStartTag(k)
	if k.closeStart != k.end {
		c.inlineKids(st, k)
		c.raw(k.closeStart, k.end)
	}
}

func (c *compiler) emitSeg(st *inlineState, i int, t *node) {
	if !st.touch[i] {
		c.emitElem(t)
		return
	}
	if st.consumed(i) || st.p.segs[i].mark {
		return
	}
	pfx := t.prefix()
	if pfx != "" {
		pfx += ":"
	}
	c.out.WriteString("<" + pfx + `t xml:space="preserve">`)
	var buf []byte
	for _, pc := range st.pieces[i] {
		if pc.act != nil {
			c.emitAction(pc.act)
			continue
		}
		buf = escapeText(buf[:0], pc.lit)
		c.out.Write(buf)
	}
	c.out.WriteString("</" + pfx + "t>")
}

// hostOf returns the pPr and rPr around an action, for paras.
func (c *compiler) hostOf(a *action) host {
	h := host{pPr: a.p.pPr, prefix: "w"}
	s := a.startSeg()
	for _, k := range s.run.kids {
		if k.is("rPr") {
			h.rPr = string(c.src[k.start:k.end])
		}
	}
	// A copied paragraph must not start a new section.
	if i := strings.Index(h.pPr, "<w:sectPr"); i >= 0 {
		if j := strings.Index(h.pPr, "</w:sectPr>"); j > i {
			h.pPr = h.pPr[:i] + h.pPr[j+len("</w:sectPr>"):]
		}
	}
	return h
}

// emitCell writes a cell that needs the writer's help: one that may lose
// all its paragraphs, or one whose vertical merge depends on its value.
func (c *compiler) emitCell(n *node) {
	site := c.vmCells[n]
	c.emitStartTag(n)
	if site != "" {
		hasPr := false
		for _, k := range n.kids {
			if k.is("tcPr") {
				hasPr = true
			}
		}
		if !hasPr {
			c.out.WriteString("<w:tcPr>" + marker('V', site) + "</w:tcPr>")
		}
	}
	if c.cells[n] {
		c.out.WriteString(marker('C', ""))
	}
	for _, k := range n.kids {
		if site != "" && k.is("tcPr") {
			c.emitTcPr(k, site)
			continue
		}
		c.emitNode(k)
		if c.cells[n] && k.is("tbl") {
			c.out.WriteString(marker('x', ""))
		}
	}
	if c.cells[n] {
		c.out.WriteString(marker('c', ""))
	}
	if site != "" {
		c.out.WriteString(marker('v', ""))
	}
	c.raw(n.closeStart, n.end)
}

// emitTcPr puts the vmerge marker where w:vMerge belongs in the schema's
// order (after tcW, gridSpan, hMerge).
func (c *compiler) emitTcPr(n *node, site string) {
	if n.closeStart == n.end {
		c.out.WriteString("<w:tcPr>" + marker('V', site) + "</w:tcPr>")
		return
	}
	c.emitStartTag(n)
	done := false
	for _, k := range n.kids {
		if !done && k.kind == kindElem && !k.is("cnfStyle") && !k.is("tcW") && !k.is("gridSpan") && !k.is("hMerge") {
			if k.is("vMerge") {
				continue // replaced
			}
			c.out.WriteString(marker('V', site))
			done = true
		}
		if k.is("vMerge") {
			continue
		}
		c.emitNode(k)
	}
	if !done {
		c.out.WriteString(marker('V', site))
	}
	c.raw(n.closeStart, n.end)
}

// emitContainerKids writes the children of a container that may lose its
// paragraphs, marking tables so that the writer knows whether the last
// block is a paragraph (a cell must end with one).
func (c *compiler) emitContainerKids(n *node) {
	for _, k := range n.kids {
		c.emitNode(k)
		if k.is("tbl") {
			c.out.WriteString(marker('x', ""))
		}
	}
}
