package docx

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"text/template"
	"text/template/parse"

	"gongwen/internal/funcs"
)

// builtinFuncs names text/template's predefined functions for parse.Parse,
// which only asks whether a name is defined (TestBuiltinFuncs keeps the
// list whole).
var builtinFuncs = map[string]any{
	"and": true, "call": true, "html": true, "index": true, "slice": true, "js": true,
	"len": true, "not": true, "or": true, "print": true, "printf": true, "println": true,
	"urlquery": true, "eq": true, "ge": true, "gt": true, "le": true, "lt": true, "ne": true,
}

// The compiled template uses delimiters that cannot occur in XML (XML 1.0
// forbids these control characters), so nothing in the part's own bytes —
// field codes, attribute values, stray braces in text — is ever read as an
// action.
const (
	leftDelim  = "\x1e"
	rightDelim = "\x1f"
)

// Markers are in-band instructions for the execution writer: 0x01, an
// opcode byte, a payload, 0x02. XML forbids both bytes and the escaper
// removes them from values, so only the compiler and document functions
// can produce them.
const (
	markStart = '\x01'
	markEnd   = '\x02'
)

func marker(op byte, payload string) string {
	return string([]byte{markStart, op}) + payload + string([]byte{markEnd})
}

// host is the formatting of the paragraph and run around an action, which
// the paras function copies into the paragraphs it creates.
type host struct {
	pPr, rPr string
	prefix   string // namespace prefix of WordprocessingML, "w"
}

// partSource is the result of compiling one part: the template text and
// the actions it holds, in the order they appear in the text.
type partSource struct {
	name  string
	text  string
	acts  []*action // in template order
	offs  []int     // offset of each action's left delimiter in text
	hosts []host
	plain bool // a plain XML part (core.xml): values are escaped without run markup
}

// compiler turns one part into template text.
type compiler struct {
	file   string // template file name, for errors
	part   string
	area   string // the part as Word shows it (see areaLabels)
	src    []byte
	root   *node
	funcs  template.FuncMap
	out    strings.Builder
	paras  []*para
	acts   []*action
	errs   []*Error
	before map[*node][]*action // row → actions emitted before it
	after  map[*node][]*action // row → actions emitted after it
	marker map[*node][]*action // marker row → its actions
	cells  map[*node]bool      // cells that may lose all their paragraphs
	tables map[*node]bool      // tables that may lose all their rows
	res    partSource
	paraOf map[*node]*para
	// numbering is set when the template restarts list numbering, so
	// paragraphs' w:numId values pass through the writer.
	numbering             bool
	images                bool                      // the part calls image
	plainText             map[*node]*para           // text nodes with actions in plain parts
	vmCells               map[*node]string          // cells holding vmerge → merge site
	vmTables              map[*node]bool            // tables holding vmerge cells
	cellBefore, cellAfter map[*node][]*action       // column loops around a cell
	gridWrap              map[*node]map[int]*action // table → grid column index → column loop
	propParas             map[*para]bool            // paragraphs whose properties actions set (pstyle…)
	// showRows are the rows with showif in a cell: a row whose cells all
	// lose their paragraphs to it goes, as a table whose rows all go does.
	showRows map[*node]bool
	// lastShown is the opening of the last paragraph outside tables with
	// text besides actions (see para.after).
	lastShown string
}

func (c *compiler) errAt(a *action, format string, args ...any) {
	c.errs = append(c.errs, &Error{Loc: c.loc(a), Msg: fmt.Sprintf(format, args...)})
}

func (c *compiler) loc(a *action) Location {
	if a == nil {
		return Location{Template: c.file, Part: c.part, Area: c.area}
	}
	return locOf(c.file, c.part, a)
}

// collect walks the part, numbering paragraphs and table cells, and finds
// the actions of every paragraph.
func (c *compiler) collect() {
	type frame struct {
		tbl, row, cell int
		rowNode        *node
		cellNode       *node
	}
	tables := 0
	var walk func(n *node, f frame)
	walk = func(n *node, f frame) {
		for _, k := range n.kids {
			if k.kind != kindElem {
				continue
			}
			switch {
			case k.is("tbl"):
				tables++
				walk(k, frame{tbl: tables})
				continue
			case k.is("tr") && f.tbl > 0:
				f.row++
				f.cell = 0
				g := f
				g.rowNode = k
				walk(k, g)
				continue
			case k.is("tc") && f.rowNode != nil:
				f.cell++
				g := f
				g.cellNode = k
				walk(k, g)
				continue
			case k.is("p"):
				p := &para{n: k, part: c.part, index: len(c.paras) + 1, tbl: f.tbl, row: f.row, cell: f.cell,
					rowNode: f.rowNode, cellNode: f.cellNode}
				c.paras = append(c.paras, p)
				c.paraOf[k] = p
				collectSegs(c.src, p)
				c.namePara(p)
				switch {
				case f.tbl > 0:
					c.lastShown = fmt.Sprintf("第 %d 个表格", f.tbl)
				case withoutActions(p.full) == "":
					p.after = c.lastShown
				default:
					c.lastShown = "“" + shownOpening(p.full) + "”"
				}
				c.findIn(p)
			}
			walk(k, f)
		}
	}
	walk(c.root, frame{})
	c.numberTwins()
}

// numberTwins makes the places of paragraphs outside tables that begin
// as another does read differently: first by more of their words (up to
// twinRunes), then, for paragraphs that still begin alike, by their place
// among them. Templates begin many paragraphs with an action
// ({{showif .Re…: .Recipients and .Remark).
func (c *compiler) numberTwins() {
	var ps []*para
	for _, p := range c.paras {
		if p.tbl == 0 && strings.TrimSpace(p.full) != "" {
			ps = append(ps, p)
		}
	}
	for n := openingRunes; n <= twinRunes && len(ps) > 0; n += 6 {
		count := map[string]int{}
		for _, p := range ps {
			count[openingN(p.full, n)]++
		}
		var twins []*para
		for _, p := range ps {
			if o := openingN(p.full, n); count[o] > 1 {
				twins = append(twins, p)
			} else if n > openingRunes {
				p.opening = o
			}
		}
		ps = twins
	}
	count, seen := map[string]int{}, map[string]int{}
	for _, p := range ps {
		count[openingN(p.full, twinRunes)]++
	}
	for _, p := range ps {
		o := openingN(p.full, twinRunes)
		seen[o]++
		p.opening, p.nth, p.twins = o, seen[o], count[o]
	}
}

func (c *compiler) findIn(p *para) {
	if !strings.ContainsAny(p.full, "{｛") {
		return
	}
	raws, unclosed := findActions(p.full)
	for _, u := range unclosed {
		a := &action{p: p, start: u, end: min(len(p.full), u+len(p.full[u:]))}
		a.typed = p.full[u:a.end]
		if r := []rune(a.typed); len(r) > 20 {
			a.typed = string(r[:20]) + "…"
		}
		c.errAt(a, "「{{」没有对应的「}}」")
	}
	for _, r := range raws {
		a := &action{p: p, start: r.start, end: r.end, typed: p.full[r.start:r.end], inner: r.inner}
		a.kw = keyword(a.inner)
		a.seq = len(c.acts)
		p.acts = append(p.acts, a)
		c.acts = append(c.acts, a)
	}
}

// Bounds on one part's template, checked while compiling, where no
// timeout applies: real templates nest a few levels and hold a few
// thousand actions.
const (
	maxNesting = 100
	maxActions = 50000
)

// enclosing returns the openers around a, outermost first.
func (a *action) enclosing() []*action {
	var out []*action
	for o := a.outer; o != nil; o = o.outer {
		out = append(out, o)
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out
}

// pair matches openers with their else branches and ends, and records the
// innermost opener around every action. It reports false when the part is
// too deep or too big to compile further.
func (c *compiler) pair() bool {
	if len(c.acts) > maxActions {
		c.errAt(c.acts[maxActions], "模板的这一部分有 %d 个 {{…}}，超过上限 %d", len(c.acts), maxActions)
		return false
	}
	var stack []*action
	for _, a := range c.acts {
		if len(stack) > 0 {
			a.outer = stack[len(stack)-1]
		}
		if a.opener() && len(stack) >= maxNesting {
			c.errAt(a, "控制语句（if、range、with 等）嵌套超过 %d 层", maxNesting)
			return false
		}
		switch {
		case a.kw == "define" && len(stack) > 0:
			c.errAt(a, "「%s」只能写在最外层，不能放在「%s」之内", a.typed, stack[len(stack)-1].typed)
			stack = append(stack, a)
		case a.opener():
			stack = append(stack, a)
		case a.kw == "else":
			if len(stack) == 0 || stack[len(stack)-1].kw == "define" || stack[len(stack)-1].kw == "block" {
				c.errAt(a, "「%s」不在 if、range 或 with 之中", a.typed)
				continue
			}
			top := stack[len(stack)-1]
			a.open = top
			top.mids = append(top.mids, a)
		case a.kw == "end":
			if len(stack) == 0 {
				c.errAt(a, "多余的「%s」：前面没有对应的 if、range、with 或 define", a.typed)
				continue
			}
			top := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			a.open = top
			top.close = a
		case a.kw == "break" || a.kw == "continue":
			in := false
			for _, o := range stack {
				in = in || o.kw == "range"
			}
			if !in {
				c.errAt(a, "「%s」只能用在 range 之中", a.typed)
			}
		}
	}
	for _, o := range stack {
		c.errAt(o, "「%s」没有对应的「{{end}}」", o.typed)
	}
	return true
}

// varDeclRE finds the variables an action declares.
var varDeclRE = lazyRE(`(\$[\pL\pN_]+)\s*(?:,\s*(\$[\pL\pN_]+)\s*)?:=`)

// syntax parses every action on its own so that all syntax errors of the
// template are reported at once, each at its place.
func (c *compiler) syntax() {
	// Variables are declared by some actions and used by later ones; each
	// action is parsed with the variables visible at its place declared
	// before it, so an undefined variable is reported where it is used.
	// Only the variables the action names are declared for it, so the
	// work stays linear in the template however many variables it has.
	type scope struct {
		vars    map[string]bool
		barrier bool // a define or block body sees only its own variables
	}
	stack := []scope{{barrier: true}}
	visible := func(a *action) string {
		var b strings.Builder
		seen := map[string]bool{}
		for _, v := range varUseRE.Compiled().FindAllString(a.inner, -1) {
			if seen[v] {
				continue
			}
			seen[v] = true
			for i := len(stack) - 1; i >= 0; i-- {
				if stack[i].vars[v] {
					b.WriteString(leftDelim + v + " := 0" + rightDelim)
					break
				}
				if stack[i].barrier {
					break
				}
			}
		}
		return b.String()
	}
	declare := func(s *scope, vars []string) {
		if s.vars == nil {
			s.vars = map[string]bool{}
		}
		for _, v := range vars {
			s.vars[v] = true
		}
	}
	declared := func(a *action) []string {
		var out []string
		for _, m := range varDeclRE.FindAllStringSubmatch(a.inner, -1) {
			for _, v := range m[1:] {
				if v != "" {
					out = append(out, v)
				}
			}
		}
		return out
	}
	act := func(s string) string { return leftDelim + s + rightDelim }
	for _, a := range c.acts {
		var text string
		switch {
		case a.kw == "end":
			if len(stack) > 1 {
				stack = stack[:len(stack)-1]
			}
			continue
		case a.opener():
			text = act(a.inner) + act("end")
		case a.kw == "else":
			kw := "if"
			if a.open != nil && (a.open.kw == "with" || a.open.kw == "range") {
				kw = a.open.kw
			}
			text = act(kw+" 1") + act(a.inner) + act("end")
		case a.kw == "break" || a.kw == "continue":
			text = act("range 1") + act(a.inner) + act("end")
		default:
			text = act(a.inner)
		}
		// The parser itself, given the func map as it is: a template's
		// Funcs copies and checks all ~300 functions, and doing that for
		// every action was a quarter of build's CPU.
		_, err := parse.Parse("x", visible(a)+text, leftDelim, rightDelim, c.funcs, builtinFuncs)
		if err != nil {
			msg := cleanTemplateMsg(err.Error())
			if m := undefinedFuncRE.FindStringSubmatch(msg); m != nil {
				msg = funcs.Hint(m[1])
			}
			if m := undefinedVarRE.FindStringSubmatch(msg); m != nil {
				msg = fmt.Sprintf("变量 %s 在这里没有定义（变量只在定义它的 range、with、if 或 define 之内有效）", m[1])
			}
			c.errAt(a, "语法错误：%s", TemplateMessage(msg))
		}
		switch {
		case a.opener():
			sc := scope{barrier: a.kw == "define" || a.kw == "block"}
			declare(&sc, declared(a))
			stack = append(stack, sc)
		default:
			declare(&stack[len(stack)-1], declared(a))
		}
	}
}

var varUseRE = lazyRE(`\$[\pL\pN_]+`)

var defineRE = lazyRE(`^\s*-?\s*(define|block|template)\s+"([^"]*)"`)

var undefinedVarRE = lazyRE(`^undefined variable "([^"]*)"$`)

var undefinedFuncRE = lazyRE(`^function "([^"]*)" not defined$`)

var tmplPrefixRE = lazyRE(`^template: [^:]*:\d+:(\d+:)? ?`)

// cleanTemplateMsg strips text/template's "template: name:line:" prefix,
// which points into the compiled text rather than the document.
func cleanTemplateMsg(s string) string {
	s = tmplPrefixRE.ReplaceAllString(s, "")
	s = strings.ReplaceAll(s, leftDelim, "{{")
	return strings.ReplaceAll(s, rightDelim, "}}")
}

// place decides where every action goes: row loops, paragraphs of control
// actions only, marker rows; the rest stays inline.
func (c *compiler) place() {
	c.before, c.after, c.marker = map[*node][]*action{}, map[*node][]*action{}, map[*node][]*action{}
	c.cells, c.tables = map[*node]bool{}, map[*node]bool{}
	// Row loops: an opener and its end in different cells of one row.
	for _, a := range c.acts {
		e := a.close
		if !a.opener() || e == nil || a.p.rowNode == nil || a.p.rowNode != e.p.rowNode || a.p.cellNode == e.p.cellNode {
			continue
		}
		if len(a.mids) > 0 {
			c.errAt(a.mids[0], "表格行中的「%s」…「%s」跨越单元格时不能有「%s」", a.typed, e.typed, a.mids[0].typed)
			continue
		}
		a.place, e.place = placeRowBefore, placeRowAfter
		c.before[a.p.rowNode] = append(c.before[a.p.rowNode], a)
		c.after[a.p.rowNode] = append(c.after[a.p.rowNode], e)
		c.tables[a.p.rowNode.parent] = true
	}
	// Column loops: {{range columns …}} … {{end}} within one cell repeats
	// the cell (and its grid column).
	c.cellBefore, c.cellAfter, c.gridWrap = map[*node][]*action{}, map[*node][]*action{}, map[*node]map[int]*action{}
	for _, a := range c.acts {
		e := a.close
		if a.kw != "range" || e == nil || a.place != placeInline || !columnsRE.MatchString(a.inner) {
			continue
		}
		if a.p.cellNode == nil {
			c.errAt(a, "「%s」重复表格的列，只能写在表格单元格中", a.typed)
			continue
		}
		if e.p.cellNode != a.p.cellNode || len(a.mids) > 0 {
			c.errAt(a, "「%s」要重复表格列，须与它的「{{end}}」在同一单元格中，且不能有 else", a.typed)
			continue
		}
		cell := a.p.cellNode
		a.place, e.place = placeCellBefore, placeCellAfter
		c.cellBefore[cell] = append(c.cellBefore[cell], a)
		c.cellAfter[cell] = append([]*action{e}, c.cellAfter[cell]...)
		tbl := cell.parent.parent
		col := gridIndex(c.src, cell)
		if c.gridWrap[tbl] == nil {
			c.gridWrap[tbl] = map[int]*action{}
		}
		if _, ok := c.gridWrap[tbl][col]; !ok && !strings.Contains(strings.SplitN(a.inner, "columns", 2)[1], "$") {
			c.gridWrap[tbl][col] = a
		}
	}
	// Paragraphs of silent actions only are removed.
	for _, p := range c.paras {
		if len(p.acts) == 0 {
			continue
		}
		n, rest := 0, 0
		var b strings.Builder
		last := 0
		for _, a := range p.acts {
			b.WriteString(p.full[last:a.start])
			last = a.end
			if a.place != placeInline {
				continue
			}
			n++
			if !a.silent() && a.kw != "template" {
				rest++
			}
		}
		b.WriteString(p.full[last:])
		if n == 0 || rest > 0 || strings.TrimSpace(strings.ReplaceAll(b.String(), "\u3000", "")) != "" {
			continue
		}
		if !p.plain {
			p.keptBy = contentName(p.content) // said if its block's parts disagree
			continue
		}
		p.structural = true
		for _, a := range p.acts {
			if a.place == placeInline {
				a.place = placeBlock
			}
		}
	}
	// Marker rows: rows whose cells hold only removed paragraphs and
	// empty ones.
	rows := map[*node][]*para{}
	var order []*node
	for _, p := range c.paras {
		if p.rowNode != nil {
			if _, ok := rows[p.rowNode]; !ok {
				order = append(order, p.rowNode)
			}
			rows[p.rowNode] = append(rows[p.rowNode], p)
		}
	}
	for _, r := range order {
		ps := rows[r]
		any, ok := false, true
		for _, p := range ps {
			switch {
			case p.structural:
				any = true
			case len(p.acts) == 0 && strings.TrimSpace(p.full) == "" && p.plain && len(p.breaks) == 0:
			default:
				ok = false
			}
		}
		if !any || !ok || !cellsOnly(r) {
			continue
		}
		for _, p := range ps {
			p.structural = false
			for _, a := range p.acts {
				if a.place == placeBlock {
					a.place = placeRowMarker
					c.marker[r] = append(c.marker[r], a)
				}
			}
		}
		c.tables[r.parent] = true
	}
	// Containers that must keep at least one paragraph.
	for _, p := range c.paras {
		if par := p.n.parent; p.structural && par != nil &&
			(par.is("tc") || par.is("hdr") || par.is("ftr") || par.is("footnote") || par.is("endnote") || par.is("txbxContent")) {
			c.cells[par] = true
		}
	}
}

// cellsOnly reports whether the row's cells hold paragraphs only (no
// nested tables), so removing the row loses nothing but markers.
func cellsOnly(tr *node) bool {
	for _, tc := range tr.kids {
		if !tc.is("tc") {
			continue
		}
		for _, k := range tc.kids {
			if k.kind == kindElem && !k.is("tcPr") && !k.is("p") {
				return false
			}
		}
	}
	return true
}

// chain names the ancestry of n, e.g. "w:body/w:tbl/w:tr/w:tc/w:p/w:r/w:t".
func chain(n *node) string {
	var names []string
	for ; n != nil && n.kind == kindElem; n = n.parent {
		names = append(names, n.name)
	}
	for i, j := 0, len(names)-1; i < j; i, j = i+1, j-1 {
		names[i], names[j] = names[j], names[i]
	}
	return strings.Join(names, "/")
}

// levels checks that the parts of every if/range/with stand at the same
// depth of the XML, so that repeating or dropping what lies between them
// always gives well-formed XML.
func (c *compiler) levels() {
	for _, a := range c.acts {
		switch a.place {
		case placeInline:
			a.level = chain(a.startSeg().t)
		case placeBlock:
			a.level = chain(a.p.n.parent) + "|段落"
		case placeRowBefore, placeRowAfter, placeRowMarker:
			a.level = chain(a.p.rowNode.parent) + "|表格行"
		case placeCellBefore, placeCellAfter:
			a.level = chain(a.p.cellNode.parent) + "|单元格"
		case placeText:
			a.level = chain(a.textParent)
		}
	}
	// A defined template must be called where its body fits: paragraphs
	// where paragraphs go, text where text goes.
	defs := map[string]*action{}
	for _, a := range c.acts {
		if m := defineRE.FindStringSubmatch(a.inner); m != nil && (a.kw == "define" || a.kw == "block") {
			defs[m[2]] = a
		}
	}
	for _, a := range c.acts {
		m := defineRE.FindStringSubmatch(a.inner)
		if a.kw != "template" || m == nil || defs[m[2]] == nil {
			continue
		}
		if d := defs[m[2]]; d.level != a.level {
			c.errAt(a, "「%s」所在位置与模板「%s」的定义（%s）不一致：%s，%s", a.typed, m[2], c.loc(d).Where(), describeLevel(a), describeLevel(d))
		}
	}
	for _, a := range c.acts {
		if !a.opener() || a.close == nil {
			continue
		}
		for _, m := range append(append([]*action(nil), a.mids...), a.close) {
			if m.level != a.level {
				c.errAt(a, "「%s」与「%s」（%s）不在同一层级：%s，%s；控制语句要么各自独占一段，要么在同一段落里，要么在同一表格行的不同单元格",
					a.typed, m.typed, c.loc(m).Where(), describeLevel(a), describeLevel(m))
				break
			}
		}
	}
}

func describeLevel(a *action) string {
	in := "正文中"
	if a.p != nil && a.p.tbl > 0 {
		in = "表格单元格中"
	}
	switch a.place {
	case placeBlock:
		return "「" + a.typed + "」在" + in + "独占一段"
	case placeRowBefore, placeRowAfter, placeRowMarker:
		return "「" + a.typed + "」控制表格行"
	}
	if a.p != nil && a.p.keptBy != "" {
		return "「" + a.typed + "」所在段落还有" + a.p.keptBy + "，不能整段作为控制段落（请把它们移到别的段落）"
	}
	if a.p != nil && a.p.tbl > 0 {
		return "「" + a.typed + "」在表格单元格的文字中"
	}
	return "「" + a.typed + "」在段落文字中"
}

// startSeg returns the w:t where the action begins.
func (a *action) startSeg() *seg {
	segs := a.p.segs
	i := sort.Search(len(segs), func(i int) bool { return segs[i].off+len(segs[i].text) > a.start })
	if i == len(segs) {
		i = len(segs) - 1
	}
	return &segs[i]
}

var columnsRE = lazyRE(`^\s*-?\s*range\s+(\$[\pL\pN_]*\s*(,\s*\$[\pL\pN_]*\s*)?:=\s*)?columns\b`)

// gridIndex is the grid column where cell tc starts (gridSpans counted).
func gridIndex(src []byte, tc *node) int {
	col := 0
	for _, k := range tc.parent.kids {
		if k == tc {
			return col
		}
		if k.is("tc") {
			col += span(src, k)
		}
	}
	return col
}

func span(src []byte, tc *node) int {
	for _, k := range tc.kids {
		if k.is("tcPr") {
			for _, g := range k.kids {
				if g.is("gridSpan") {
					if v, _, _, ok := attr(src, g, "w:val"); ok {
						if n, err := strconv.Atoi(v); err == nil && n > 0 {
							return n
						}
					}
				}
			}
		}
	}
	return 1
}
