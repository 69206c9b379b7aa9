package gbt9704

import (
	"bytes"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"gongwen/internal/opc"
)

// ColophonPage sets the 版记 on a page of its own, starting on an even
// page, because where the body ends is known only after layout. That costs
// two sheets whenever the body ends on an even page with room for the 版记
// below it — every 督办通知 of a page and a half. The standard wants the
// 版记 on the last page, an even one; it does not want a page of its own.
//
// PlaceColophon decides it per document when it is built, from the text:
// every line of a built-in document is a grid line or an exact height, CJK
// text is fixed-pitch, and a line holds as many characters as its width
// over the character's advance. When the estimated body ends on an even
// page, at least colophonMargin below the top and with the 版记 fitting
// under it with colophonMargin to spare, the section break is taken out and
// the 版记, a table floating at the foot of the type area, stays on the
// body's last page, which keeps its page number (it has body text). Else,
// and whenever the document holds something the estimate does not measure
// (pictures, text boxes, fields, floating tables other than the 版记), the
// 版记 keeps its own even page: a wrong guess would put the 版记 on an odd
// page or over the body, which is worse than a blank page.

// colophonMargin is how far (twips) the estimated end of the body must be
// from either end of its page: three grid lines, for line breaks that
// differ between Word, WPS and LibreOffice and fonts that differ from the
// ones the estimate assumes.
const colophonMargin = 3 * LinePitch

// Placement is what PlaceColophon decided.
type Placement struct {
	// Under is true when the 版记 stays at the foot of the body's last
	// page.
	Under bool
	// Page is the page the body is estimated to end on (0 when not
	// estimated), Used the twips of it the body fills, Room those the
	// 版记 needs.
	Page, Used, Room int
	// Why says, in Chinese, why the 版记 keeps its own page.
	Why string
}

// PlaceColophon takes a rendered document whose template was prepared by
// ColophonPage and returns it with the 版记 back on the body's last page
// when the estimate says that page is even and has room (see above), or
// unchanged.
func PlaceColophon(data []byte) ([]byte, Placement, error) {
	pkg, err := opc.Open(bytes.NewReader(data), int64(len(data)), opc.DefaultLimits)
	if err != nil {
		return nil, Placement{}, err
	}
	const part = "word/document.xml"
	doc, err := pkg.Read(part)
	if err != nil {
		return nil, Placement{}, err
	}
	st, colophon := pageStyles(pkg)
	out, changed, pl := placeColophon(doc, st, colophon)
	if !changed {
		return data, pl, nil
	}
	var buf bytes.Buffer
	if err := pkg.Write(&buf, map[string][]byte{part: out}); err != nil {
		return nil, Placement{}, err
	}
	return buf.Bytes(), pl, nil
}

// ColophonStyles are the styles PlaceColophon measures with, read once
// from a template prepared by ColophonPage: every document rendered from
// it has the same styles.xml and theme.
type ColophonStyles struct {
	st       *styleSet
	colophon map[string]bool
}

// ColophonStylesOf reads them from the template's package.
func ColophonStylesOf(pkg *opc.Package) *ColophonStyles {
	st, colophon := pageStyles(pkg)
	return &ColophonStyles{st: st, colophon: colophon}
}

// Place is PlaceColophon on the main document part itself
// (word/document.xml) of a document rendered from the template cs was
// read from, before it is zipped (docx.ExecOptions.Finish): the part with
// the 版记 back on the body's last page, or doc unchanged.
func (cs *ColophonStyles) Place(doc []byte) ([]byte, Placement) {
	out, _, pl := placeColophon(doc, cs.st, cs.colophon)
	return out, pl
}

// placeColophon decides and cuts; changed is false when out is doc.
func placeColophon(doc []byte, st *styleSet, colophon map[string]bool) (out []byte, changed bool, pl Placement) {
	pl, cut := estimateColophon(doc, st, colophon)
	if cut.emptyBody {
		// Only the break is left of the body's section: drop it, so the
		// 版记's even page follows the attachment's landscape pages with
		// no portrait page between holding nothing but a page number.
		b := make([]byte, 0, len(doc))
		b = append(b, doc[:cut.brStart]...)
		b = append(b, doc[cut.startAt:]...)
		return b, true, pl
	}
	if !pl.Under {
		return doc, false, pl
	}
	b := make([]byte, 0, len(doc))
	b = append(b, doc[:cut.brStart]...)
	b = append(b, doc[cut.brEnd:cut.sectStart]...)
	b = append(b, cut.bodySect...)
	b = append(b, doc[cut.sectEnd:]...)
	return b, true, pl
}

// colophonCut is where the section break ColophonPage inserted lies: the
// two one-twip paragraphs, the document's last w:sectPr, and the body
// section's w:sectPr that replaces it.
type colophonCut struct {
	brStart, brEnd     int
	sectStart, sectEnd int
	bodySect           []byte
	// emptyBody is set when another section break (a notice's landscape
	// attachment, docdata.DivisionWidths) directly precedes the body's:
	// the paragraph ending the body's empty section, from brStart to
	// startAt, goes.
	emptyBody bool
	startAt   int
}

// estimateColophon lays the body out and decides.
func estimateColophon(doc []byte, st *styleSet, colophon map[string]bool) (Placement, colophonCut) {
	var cut colophonCut
	root, spans, err := parseXMLSpans(doc)
	if err != nil {
		return Placement{Why: "文档无法读取"}, cut
	}
	kids := root.path("document", "body").children
	if len(kids) != len(spans) {
		return Placement{Why: "文档结构无法识别"}, cut
	}
	// The 版记: the first element holding a paragraph of its style.
	at := -1
	for i, k := range kids {
		found := false
		k.walk(func(n *node) bool {
			if n.name == "pStyle" && colophon[n.get("val")] {
				found = true
			}
			return !found
		})
		if found {
			at = i
			break
		}
	}
	last := len(kids) - 1
	if at < 2 || kids[last].name != "sectPr" {
		return Placement{Why: "没有版记"}, cut
	}
	br, start := kids[at-2], kids[at-1]
	bodySect := br.path("pPr", "sectPr")
	if br.name != "p" || start.name != "p" || bodySect == nil || !tinyPara(br) || !tinyPara(start) || start.path("pPr", "sectPr") != nil {
		return Placement{Why: "版记前没有 gongwen 插入的分节符"}, cut
	}
	brText := string(doc[spans[at-2].start:spans[at-2].end])
	i, j := strings.Index(brText, "<w:sectPr"), strings.LastIndex(brText, "</w:sectPr>")
	if i < 0 || j < i {
		return Placement{Why: "分节符无法识别"}, cut
	}
	cut = colophonCut{brStart: spans[at-2].start, brEnd: spans[at-1].end,
		sectStart: spans[last].start, sectEnd: spans[last].end, bodySect: []byte(brText[i : j+len("</w:sectPr>")])}
	if at >= 3 && kids[at-3].name == "p" && kids[at-3].path("pPr", "sectPr") != nil {
		cut.emptyBody, cut.startAt = true, spans[at-1].start
		return Placement{Why: "正文以横向附件页结束，版记另起双页"}, cut
	}
	return colophonUnder(kids, at, at-2, bodySect, st), cut
}

// colophonUnder estimates whether the 版记 kids[at], a table floating at
// the foot of the type area, may stay on the page where the body
// kids[:end] ends, laid out in section sect: that page is even, the body
// ends at least colophonMargin below its top, and the 版记 fits under it
// with colophonMargin to spare. The rest of the document after the 版记 is
// the paragraph a table must be followed by.
func colophonUnder(kids []*node, at, end int, sect *node, st *styleSet) Placement {
	tbl := kids[at]
	if tbl.name != "tbl" || tbl.path("tblPr", "tblpPr").get("tblpYSpec") != "bottom" {
		return Placement{Why: "版记不是页面底部的浮动表格"}
	}
	for _, k := range kids[at+1:] {
		if k.name == "sectPr" {
			continue
		}
		if k.name != "p" || strings.TrimSpace(paraText(k)) != "" {
			return Placement{Why: "版记之后还有内容"}
		}
	}
	e := newPageEstimate(st, sect)
	if e == nil {
		return Placement{Why: "页面设置无法识别"}
	}
	for _, k := range kids[:end] {
		if why := e.element(k); why != "" {
			return Placement{Why: why}
		}
	}
	room, why := e.tableHeight(tbl)
	if why != "" {
		return Placement{Why: why}
	}
	pl := Placement{Page: e.page, Used: e.y, Room: room}
	switch {
	case e.page%2 == 1:
		pl.Why = "正文估计在单页结束，版记另起双页"
	case e.y < colophonMargin:
		pl.Why = "正文估计在双页开头结束，离上一页太近，无法确定"
	case e.y+room+colophonMargin > e.height:
		pl.Why = "正文估计在双页结束，但下方放不下版记"
	default:
		pl.Under = true
	}
	return pl
}

// tinyPara reports whether p is one of the one-twip paragraphs ColophonPage
// inserts.
func tinyPara(p *node) bool {
	sp := p.path("pPr", "spacing")
	return sp.get("line") == "20" && sp.get("lineRule") == "exact" && strings.TrimSpace(paraText(p)) == ""
}

// pageEstimate lays out body elements in a column of the section's type
// area: page is the current page (1-based), y the twips used on it.
type pageEstimate struct {
	st            *styleSet
	width, height int
	pitch         int // the line grid, 0 when the section has none
	page, y       int
	// chain is the height of the run of 与下段同页 paragraphs that ends
	// at the current position, on the current page.
	chain int
}

func newPageEstimate(st *styleSet, sect *node) *pageEstimate {
	w, _ := atoi(sect.child("pgSz").get("w"))
	h, _ := atoi(sect.child("pgSz").get("h"))
	m := sect.child("pgMar")
	top, _ := atoi(m.get("top"))
	bottom, _ := atoi(m.get("bottom"))
	left, _ := atoi(m.get("left"))
	right, _ := atoi(m.get("right"))
	if top < 0 {
		top = -top
	}
	if bottom < 0 {
		bottom = -bottom
	}
	e := &pageEstimate{st: st, width: w - left - right, height: h - top - bottom, page: 1}
	if g := sect.child("docGrid"); g != nil && (g.get("type") == "lines" || g.get("type") == "linesAndChars") {
		e.pitch, _ = atoi(g.get("linePitch"))
	}
	if e.width < 2000 || e.height < 2000 || e.pitch < 0 || e.pitch > 2000 {
		return nil
	}
	return e
}

// element lays out a body element; it returns why it cannot, or "".
func (e *pageEstimate) element(k *node) string {
	switch k.name {
	case "p":
		return e.paragraph(k)
	case "tbl":
		if k.path("tblPr", "tblpPr") != nil {
			return "正文中有浮动表格"
		}
		return e.table(k)
	case "sdt":
		for _, c := range k.child("sdtContent").children {
			if why := e.element(c); why != "" {
				return why
			}
		}
		return ""
	case "bookmarkStart", "bookmarkEnd", "proofErr", "permStart", "permEnd":
		return ""
	}
	return "正文中有无法估计高度的内容（" + k.name + "）"
}

// unmeasured are elements whose size the estimate does not know.
var unmeasured = map[string]bool{"drawing": true, "pict": true, "object": true, "fldChar": true, "fldSimple": true,
	"txbxContent": true, "framePr": true, "footnoteReference": true, "endnoteReference": true, "ruby": true}

// paragraph places a paragraph of the body.
func (e *pageEstimate) paragraph(p *node) string {
	if p.path("pPr", "sectPr") != nil {
		// A section of other pages (a landscape attachment) is not
		// estimated.
		return "正文中有分节符"
	}
	why := ""
	p.walk(func(n *node) bool {
		if unmeasured[n.name] {
			why = "正文中有无法估计高度的内容（" + n.name + "）"
		}
		return why == ""
	})
	if why != "" {
		return why
	}
	look := e.st.paraProps(p)
	if look.pageBreakBefore && e.y > 0 {
		e.newPage()
	}
	sp := e.st.spacing(p)
	pieces := splitPageBreaks(p)
	for n, piece := range pieces {
		if n > 0 {
			e.newPage()
		}
		lines, lineH := e.lines(p, piece, sp, e.width)
		before, after := sp.before, sp.after
		if n > 0 {
			before = 0
		}
		if n < len(pieces)-1 {
			after = 0
		}
		e.place(before, lines, lineH, after, look.keepNext)
	}
	if s := p.path("pPr", "sectPr"); s != nil {
		switch s.child("type").get("val") {
		case "continuous":
		case "evenPage":
			e.newPage()
			if e.page%2 == 1 {
				e.page++
			}
		case "oddPage":
			e.newPage()
			if e.page%2 == 0 {
				e.page++
			}
		default:
			e.newPage()
		}
		// A section break paragraph's own height is spent on the old
		// page; the next section starts at the top.
	}
	return ""
}

func (e *pageEstimate) newPage() {
	e.page++
	e.y = 0
	e.chain = 0
}

// place puts a paragraph of lines lines lineH high on the page: lines that
// do not fit go on to the next page (the built-in styles have no widow
// control); a paragraph whose first line does not fit takes the run of
// 与下段同页 paragraphs before it along, unless that run began the page.
func (e *pageEstimate) place(before, lines, lineH, after int, keepNext bool) {
	if e.y > 0 && e.y+before+lineH > e.height {
		moved := e.chain
		if moved >= e.y {
			moved = 0
		}
		e.newPage()
		e.y = moved
		e.chain = moved
	}
	start := e.y
	if e.y > 0 || before > 0 {
		e.y += before
	}
	for i := 0; i < lines; i++ {
		if e.y > 0 && e.y+lineH > e.height {
			e.page++
			e.y = 0
			start = 0
		}
		e.y += lineH
	}
	e.y += after
	if e.y > e.height {
		e.y = e.height
	}
	if keepNext {
		e.chain += e.y - start
	} else {
		e.chain = 0
	}
}

// table places a table row by row; a row does not split (the built-in
// tables' rows cannot), and header rows repeat on each new page.
func (e *pageEstimate) table(t *node) string {
	widths := gridWidths(t)
	if len(widths) == 0 {
		return "表格没有列宽"
	}
	header := 0
	started := false
	for _, tr := range filter(t.children, "tr") {
		h, why := e.rowHeight(t, tr, widths)
		if why != "" {
			return why
		}
		if tr.path("trPr", "tblHeader") != nil && !started {
			header += h
		} else {
			started = true
		}
		if e.y > 0 && e.y+h > e.height {
			moved := e.chain
			if moved >= e.y {
				moved = 0
			}
			e.newPage()
			e.y = moved
			if started {
				e.y += header
			}
		}
		e.y += h
		e.chain = 0
		if e.y > e.height {
			// A row taller than a page: it splits after all.
			e.page += e.y / e.height
			e.y %= e.height
		}
	}
	return ""
}

// tableHeight is the height of a table's rows.
func (e *pageEstimate) tableHeight(t *node) (int, string) {
	widths := gridWidths(t)
	if len(widths) == 0 {
		return 0, "表格没有列宽"
	}
	total := 0
	for _, tr := range filter(t.children, "tr") {
		h, why := e.rowHeight(t, tr, widths)
		if why != "" {
			return 0, why
		}
		total += h
	}
	return total, ""
}

func gridWidths(t *node) []int {
	var out []int
	for _, g := range filter(t.child("tblGrid").children, "gridCol") {
		w, _ := atoi(g.get("w"))
		out = append(out, w)
	}
	return out
}

// rowHeight is the height of a row: its tallest cell's paragraphs and
// margins, at least its w:trHeight.
func (e *pageEstimate) rowHeight(t, tr *node, widths []int) (int, string) {
	marTop, marBottom, marLeft, marRight := 0, 0, 108, 108
	if m := t.path("tblPr", "tblCellMar"); m != nil {
		marTop, _ = atoi(m.child("top").get("w"))
		marBottom, _ = atoi(m.child("bottom").get("w"))
		if v, ok := atoi(m.child("left").get("w")); ok {
			marLeft = v
		}
		if v, ok := atoi(m.child("right").get("w")); ok {
			marRight = v
		}
	}
	col, tallest := 0, 0
	for _, tc := range filter(tr.children, "tc") {
		span := 1
		if v, ok := atoi(tc.path("tcPr", "gridSpan").get("val")); ok && v > 1 {
			span = v
		}
		w := 0
		for i := col; i < col+span && i < len(widths); i++ {
			w += widths[i]
		}
		col += span
		// A vertically merged cell's text is the first cell's.
		if vm := tc.path("tcPr", "vMerge"); vm != nil && vm.get("val") != "restart" {
			continue
		}
		h := 0
		for _, c := range tc.children {
			switch c.name {
			case "p":
				sp := e.st.spacing(c)
				lines, lineH := e.lines(c, c, sp, w-marLeft-marRight)
				h += sp.before + lines*lineH + sp.after
			case "tbl":
				return 0, "表格中有嵌套表格"
			}
		}
		tallest = max(tallest, h)
	}
	h := tallest + marTop + marBottom + 20 // the row's border
	if v, ok := atoi(tr.path("trPr", "trHeight").get("val")); ok {
		if tr.path("trPr", "trHeight").get("hRule") == "exact" {
			return v, ""
		}
		h = max(h, v)
	}
	return h, ""
}

// paraSpacing is a paragraph's resolved w:spacing and grid setting.
type paraSpacing struct {
	before, after, line int
	rule                string // auto, exact, atLeast
	grid                bool   // snaps to the document grid
}

// spacing resolves w:spacing and w:snapToGrid through the style chain.
func (st *styleSet) spacing(p *node) paraSpacing {
	sp := paraSpacing{line: 240, rule: "auto", grid: true}
	apply := func(ppr *node) {
		if ppr == nil {
			return
		}
		if s := ppr.child("spacing"); s != nil {
			if v, ok := atoi(s.get("before")); ok {
				sp.before = v
			}
			if v, ok := atoi(s.get("after")); ok {
				sp.after = v
			}
			if v, ok := atoi(s.get("line")); ok {
				sp.line = v
				sp.rule = "auto"
			}
			if r := s.get("lineRule"); r != "" {
				sp.rule = r
			}
		}
		if g := ppr.child("snapToGrid"); g != nil {
			v := g.get("val")
			sp.grid = !(v == "0" || v == "false" || v == "off")
		}
	}
	apply(st.defPPr)
	for _, s := range st.chain(st.styleID(p)) {
		apply(s.ppr)
	}
	apply(p.child("pPr"))
	return sp
}

// fontHeight is a line's natural height over its font size: the CJK fonts
// LibreOffice falls back to when the 方正 and GB2312 fonts are missing are
// taller than the originals, so the larger.
const fontHeight = 1.5

// lines is how many lines the text of piece (the paragraph p or the part
// of it between page breaks) takes in width twips, and their height.
func (e *pageEstimate) lines(p, piece *node, sp paraSpacing, width int) (int, int) {
	look := e.st.paraProps(p)
	size, condense := 0, 0
	var text strings.Builder
	piece.walk(func(n *node) bool {
		switch n.name {
		case "pPr":
			return false
		case "r":
			r := e.st.runProps(p, n)
			if t := runText(n); t != "" {
				text.WriteString(t)
				if r.size > size {
					size, condense = r.size, r.spacing
				}
			}
			return false
		}
		return true
	})
	if size == 0 {
		r := e.st.runProps(p, nil)
		e.st.applyRPr(&r, p.path("pPr", "rPr"))
		size, condense = r.size, r.spacing
	}
	if size == 0 {
		size = 20 // the schema's default, 10 pt
	}
	adv := size*10 + condense // twips a CJK character takes
	width -= look.left + look.right
	n := countLines(text.String(), adv, width, look.firstLine)
	var lineH int
	switch sp.rule {
	case "exact":
		lineH = sp.line
	default:
		natural := int(float64(size*10)*fontHeight) * sp.line / 240
		if sp.rule == "atLeast" {
			natural = max(natural, sp.line)
		}
		lineH = natural
		if sp.grid && e.pitch > 0 {
			lineH = (natural + e.pitch - 1) / e.pitch * e.pitch
		}
	}
	return n, lineH
}

// runText is a run's text, with tabs as \t and line breaks as \n (page
// breaks are split off before).
func runText(r *node) string {
	var b strings.Builder
	for _, c := range r.children {
		switch c.name {
		case "t":
			b.WriteString(c.text)
		case "tab":
			b.WriteString("\t")
		case "br", "cr":
			if c.get("type") != "page" {
				b.WriteString("\n")
			}
		}
	}
	return b.String()
}

// splitPageBreaks returns the paragraph's content split at page breaks in
// its runs, as nodes holding the runs of each part.
func splitPageBreaks(p *node) []*node {
	parts := []*node{{name: "p"}}
	for _, c := range p.children {
		if c.name != "r" {
			parts[len(parts)-1].children = append(parts[len(parts)-1].children, c)
			continue
		}
		cur := &node{name: "r", attr: c.attr}
		for _, rc := range c.children {
			if rc.name == "br" && rc.get("type") == "page" {
				parts[len(parts)-1].children = append(parts[len(parts)-1].children, cur)
				parts = append(parts, &node{name: "p"})
				cur = &node{name: "r", attr: c.attr}
				continue
			}
			cur.children = append(cur.children, rc)
		}
		parts[len(parts)-1].children = append(parts[len(parts)-1].children, cur)
	}
	return parts
}

// countLines breaks s greedily into lines of width twips, the first line
// indented by first twips (negative: hanging), with CJK characters adv
// wide and other characters half that; a run of Latin letters and digits
// is not broken, and closing punctuation may hang past the line's end (as
// LibreOffice and Word both allow or squeeze it).
func countLines(s string, adv, width, first int) int {
	if adv <= 0 || width <= adv {
		return max(1, utf8.RuneCountInString(s))
	}
	lines := 1
	x := first
	if x < 0 {
		x = 0
	}
	rs := []rune(s)
	for i := 0; i < len(rs); {
		r := rs[i]
		if r == '\n' {
			lines++
			x = 0
			i++
			continue
		}
		if r == '\t' {
			// The next default tab stop, two characters on.
			stop := 2 * adv
			x = (x/stop + 1) * stop
			if x > width {
				lines++
				x = 0
			}
			i++
			continue
		}
		// A word: a run of Latin letters and digits, or one character.
		j := i + 1
		w := charWidth(r, adv)
		if latinWord(r) {
			for j < len(rs) && latinWord(rs[j]) {
				w += charWidth(rs[j], adv)
				j++
			}
		}
		if x+w > width && x > 0 && !hangs(r) {
			lines++
			x = 0
		}
		x += w
		i = j
	}
	return lines
}

func charWidth(r rune, adv int) int {
	if r < 0x2E80 && r != '—' && r != '…' && r != '“' && r != '”' && r != '‘' && r != '’' {
		return adv / 2
	}
	return adv
}

func latinWord(r rune) bool {
	return r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' || r == '-' || r == '/' || r == ':' || r == '%')
}

// hangs reports whether r may stand past the end of a line rather than
// open the next one.
func hangs(r rune) bool {
	return strings.ContainsRune("，。、；：？！）》」』”’,.;:?!)", r)
}

// pageStyles are the styles PlaceColophon measures with and the ids of the
// 版记's style. Every document built from one template has the same styles
// and theme, and parsing them was half of PlaceColophon's time: they are
// parsed once per styles and theme and kept (a styleSet is not changed
// once loaded), for the last few templates.
func pageStyles(pkg *opc.Package) (*styleSet, map[string]bool) {
	theme, _ := pkg.Read("word/theme/theme1.xml")
	styles, _ := pkg.Read("word/styles.xml")
	key := string(theme) + "\x00" + string(styles)
	styleCache.Lock()
	e, ok := styleCache.m[key]
	styleCache.Unlock()
	if ok {
		return e.st, e.colophon
	}
	l := &linter{pkg: pkg}
	e = styleEntry{l.loadStyles(), colophonStyles(pkg)}
	styleCache.Lock()
	if styleCache.m == nil || len(styleCache.m) >= maxStyleCache {
		styleCache.m = map[string]styleEntry{}
	}
	styleCache.m[key] = e
	styleCache.Unlock()
	return e.st, e.colophon
}

// maxStyleCache bounds pageStyles' memory in a long-running server that
// sees many templates of its users'.
const maxStyleCache = 16

type styleEntry struct {
	st       *styleSet
	colophon map[string]bool
}

var styleCache struct {
	sync.Mutex
	m map[string]styleEntry
}
