package docx

import (
	"bytes"
	"fmt"
	"math"
	"strconv"
	"strings"
	"sync"
	"text/template"
)

// Paragraph properties from data. A template action sits in a run's text,
// after its paragraph's properties have been written, so pstyle, keepnext,
// pagebefore, align and fontsize print a marker ('Y') that the writer
// keeps for the paragraph holding the action; when the paragraph ends
// ('k', written by the compiler after every paragraph that calls one of
// them) the writer rewrites the paragraph's w:pPr, and for fontsize its
// runs' w:rPr, in the order the schema wants. Until then the paragraph
// stays in the writer's buffer.

// propKind is the first byte of a 'Y' marker's payload.
const (
	propStyle      = 's'
	propKeepNext   = 'k'
	propPageBefore = 'b'
	propAlign      = 'j'
	propSize       = 'z'
	propDrop       = 'd' // showif with a false value: the paragraph goes
)

// propFuncsRE finds the actions that call a paragraph-property function,
// whose paragraphs the compiler brackets with 'K' and 'k'.
var propFuncsRE = lazyRE(`(^|[^\pL\pN_.$])(` + strings.Join(propFuncNames, "|") + `)($|[^\pL\pN_])`)

// propFuncNames are the paragraph-property functions (propFuncsRE, and the
// quick test before it, mayCallProp).
var propFuncNames = []string{"pstyle", "keepnext", "pagebefore", "align", "fontsize", "showif"}

func propMarker(kind byte, val string) Raw { return Raw(marker('Y', string(kind)+val)) }

// truth is text/template's idea of true, for keepnext and pagebefore;
// with no argument the property is set.
func truth(fn string, args []any) (bool, error) {
	switch len(args) {
	case 0:
		return true, nil
	case 1:
		ok, _ := template.IsTrue(args[0])
		return ok, nil
	}
	return false, fmt.Errorf("%s 最多接受一个参数（是否设置），收到 %d 个", fn, len(args))
}

// keepOffer is a false value that turns 与下段同页 off explicitly
// (<w:keepNext w:val="0"/>), against a paragraph style that keeps with
// the next: a run-in 一、 heading whose style is 一级标题.
type keepOffer interface{ KeepNextOff() bool }

func keepNextFunc(args ...any) (Raw, error) {
	if len(args) == 1 {
		if o, ok := args[0].(keepOffer); ok && o.KeepNextOff() {
			return propMarker(propKeepNext, "0"), nil
		}
	}
	ok, err := truth("keepnext", args)
	if !ok || err != nil {
		return "", err
	}
	return propMarker(propKeepNext, ""), nil
}

func pageBeforeFunc(args ...any) (Raw, error) {
	ok, err := truth("pagebefore", args)
	if !ok || err != nil {
		return "", err
	}
	return propMarker(propPageBefore, ""), nil
}

// showIfFunc keeps its paragraph only when its value is true (not empty,
// zero or false): an optional line of a document — 份号, 主送, 附注 — is
// one paragraph of the template with the field in it, where {{if}} and
// {{end}} would take two more lines of their own.
func showIfFunc(v any) (Raw, error) {
	if ok, _ := template.IsTrue(v); ok {
		return "", nil
	}
	return propMarker(propDrop, ""), nil
}

// alignments maps what a clerk may write to w:jc values.
var alignments = map[string]string{
	"left": "left", "start": "left", "center": "center", "centre": "center", "right": "right", "end": "right",
	"both": "both", "justify": "both", "distribute": "distribute",
	"左": "left", "左对齐": "left", "居中": "center", "中": "center", "右": "right", "右对齐": "right",
	"两端对齐": "both", "两端": "both", "分散对齐": "distribute", "分散": "distribute",
}

func alignFunc(v any) (Raw, error) {
	s := strings.ToLower(strings.TrimSpace(plainString(v)))
	if s == "" {
		return "", nil
	}
	jc, ok := alignments[s]
	if !ok {
		return "", fmt.Errorf("align 不认识对齐方式“%s”：可写 左对齐、居中、右对齐、两端对齐、分散对齐（或 left、center、right、both、distribute）", plainString(v))
	}
	return propMarker(propAlign, jc), nil
}

// chineseSizes are the 字号 names of Chinese word processors, in points.
var chineseSizes = map[string]float64{
	"初号": 42, "小初": 36, "一号": 26, "小一": 24, "二号": 22, "小二": 18, "三号": 16, "小三": 15,
	"四号": 14, "小四": 12, "五号": 10.5, "小五": 9, "六号": 7.5, "小六": 6.5, "七号": 5.5, "八号": 5,
}

// parseFontSize reads a size in points: 22, 10.5, "22pt", "22磅", "二号",
// "小二". The result is in half-points, as w:sz holds it; 0 for an empty
// value or zero, which leave the paragraph as it is.
func parseFontSize(v any) (int, error) {
	var pt float64
	switch x := v.(type) {
	case int:
		pt = float64(x)
	case int64:
		pt = float64(x)
	case float64:
		pt = x
	default:
		s := strings.TrimSpace(plainString(v))
		if s == "" {
			return 0, nil
		}
		if p, ok := chineseSizes[s]; ok {
			pt = p
			break
		}
		num := strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(strings.ToLower(s), "pt"), "磅"), "号"))
		f, err := strconv.ParseFloat(num, 64)
		if err != nil {
			return 0, fmt.Errorf("fontsize 不认识字号“%s”：请写磅数（如 22、10.5、22pt）或字号名（如 二号、小二）", s)
		}
		pt = f
	}
	if pt == 0 {
		return 0, nil // no size in the data: the paragraph keeps its own
	}
	// Word takes 1 to 1638 points, in half points.
	if math.IsNaN(pt) || pt < 1 || pt > 1638 {
		return 0, fmt.Errorf("fontsize 的字号 %v 磅超出范围：应在 1 至 1638 磅之间", v)
	}
	return int(math.Round(pt * 2)), nil
}

func fontSizeFunc(v any) (Raw, error) {
	hp, err := parseFontSize(v)
	if hp == 0 || err != nil {
		return "", err
	}
	return propMarker(propSize, strconv.Itoa(hp)), nil
}

// plainString is v as text, for the functions' arguments.
func plainString(v any) string {
	s, _ := valueString(v)
	return s
}

// docStyle is a paragraph style of the template's styles part.
type docStyle struct {
	id, name string // name as stored (built-in styles in English)
	shown    string // as a Chinese Word shows it
	aliases  []string
}

// shownNames are the names a Chinese Word or WPS shows for built-in
// styles, whose stored names are English.
var shownNames = map[string]string{
	"normal": "正文", "title": "标题", "subtitle": "副标题", "list paragraph": "列表段落", "no spacing": "无间隔",
	"quote": "引用", "intense quote": "明显引用", "header": "页眉", "footer": "页脚", "caption": "题注",
	"footnote text": "脚注文本", "endnote text": "尾注文本", "body text": "正文文本", "plain text": "纯文本",
	"date": "日期", "salutation": "称呼", "closing": "结束语", "signature": "签名", "normal (web)": "普通(网站)",
	"body text indent": "正文文本缩进", "normal indent": "正文缩进", "toc heading": "TOC 标题",
}

func shownName(name string) string {
	l := strings.ToLower(name)
	if s, ok := shownNames[l]; ok {
		return s
	}
	for _, p := range [][2]string{{"heading ", "标题 "}, {"toc ", "目录 "}} {
		if n, ok := strings.CutPrefix(l, p[0]); ok && len(n) == 1 && n[0] >= '1' && n[0] <= '9' {
			return p[1] + n
		}
	}
	return name
}

// styleKey folds a style name for lookup: case, spaces (标题1 and 标题 1).
func styleKey(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(s), ""))
}

// paraStyles reads the paragraph styles of the template's styles part.
type paraStyles struct {
	once   sync.Once
	list   []docStyle
	lookup map[string]string // styleKey of id, name, shown name, alias → id
}

func (ps *paraStyles) load(pkg pkgSource) {
	ps.once.Do(func() {
		ps.lookup = map[string]string{}
		b, err := pkg.Read("word/styles.xml")
		if err != nil {
			return
		}
		root, err := parseXML(b)
		if err != nil {
			return
		}
		var styles *node
		for _, k := range root.kids {
			if k.is("styles") {
				styles = k
			}
		}
		if styles == nil {
			return
		}
		for _, s := range styles.kids {
			if !s.is("style") {
				continue
			}
			if typ, _, _, _ := attr(b, s, "w:type"); typ != "paragraph" {
				continue
			}
			id, _, _, ok := attr(b, s, "w:styleId")
			if !ok || id == "" {
				continue
			}
			st := docStyle{id: id, name: id}
			for _, k := range s.kids {
				switch {
				case k.is("name"):
					if v, _, _, ok := attr(b, k, "w:val"); ok && v != "" {
						st.name = unescape([]byte(v))
					}
				case k.is("aliases"):
					if v, _, _, ok := attr(b, k, "w:val"); ok {
						for _, a := range strings.Split(unescape([]byte(v)), ",") {
							if a = strings.TrimSpace(a); a != "" {
								st.aliases = append(st.aliases, a)
							}
						}
					}
				}
			}
			st.shown = shownName(st.name)
			ps.list = append(ps.list, st)
		}
		// Ids win over names, names over what Word shows, over aliases.
		for i := len(ps.list) - 1; i >= 0; i-- {
			st := ps.list[i]
			for _, a := range st.aliases {
				ps.lookup[styleKey(a)] = st.id
			}
		}
		for i := len(ps.list) - 1; i >= 0; i-- {
			ps.lookup[styleKey(ps.list[i].shown)] = ps.list[i].id
		}
		for i := len(ps.list) - 1; i >= 0; i-- {
			ps.lookup[styleKey(ps.list[i].name)] = ps.list[i].id
		}
		for i := len(ps.list) - 1; i >= 0; i-- {
			ps.lookup[styleKey(ps.list[i].id)] = ps.list[i].id
		}
	})
}

// styleFunc is pstyle for template t: the style named by v, by its id or
// its name as Word shows it; an empty value leaves the paragraph's style.
func (t *Template) styleFunc(v any) (Raw, error) {
	s := strings.TrimSpace(plainString(v))
	if s == "" {
		return "", nil
	}
	t.styles.load(t.pkg)
	if id, ok := t.styles.lookup[styleKey(s)]; ok {
		return propMarker(propStyle, escapeAttr(id)), nil
	}
	var names []string
	for _, st := range t.styles.list {
		n := st.shown
		if st.id != st.name && st.id != n {
			n += "（" + st.id + "）"
		}
		names = append(names, n)
	}
	if len(names) == 0 {
		return "", fmt.Errorf("pstyle：模板中没有段落样式“%s”——模板没有定义任何段落样式", s)
	}
	if len(names) > 30 {
		names = append(names[:30], "…")
	}
	return "", fmt.Errorf("pstyle：模板中没有段落样式“%s”；模板的段落样式有：%s", s, strings.Join(names, "、"))
}

// escapeAttr is escapeText for a double-quoted attribute value.
func escapeAttr(s string) string {
	return strings.ReplaceAll(string(escapeText(nil, s)), `"`, "&quot;")
}

// propFrame is a paragraph whose properties document functions set: where
// its start tag begins in the writer's buffer and what was asked, by kind.
type propFrame struct {
	start int
	set   map[byte]string
	// cell is the index in writer.cells of the cell holding the
	// paragraph (-1 outside cells) and hadPara whether the cell had a
	// paragraph before it, for when showif drops it.
	cell    int
	hadPara bool
}

// setProp records a 'Y' marker for the innermost open paragraph.
func (w *writer) setProp(raw []byte) error {
	n := len(w.props)
	if n == 0 || len(raw) == 0 {
		return errPropPlace
	}
	f := &w.props[n-1]
	if f.set == nil {
		f.set = map[byte]string{}
	}
	f.set[raw[0]] = string(raw[1:])
	return nil
}

var errPropPlace = fmt.Errorf("pstyle、keepnext、pagebefore、align、fontsize、showif 须直接写在要设置的段落中（不能经由变量或 template 带到别处）")

var errDropSection = fmt.Errorf("showif 所在的段落带有分节符（页面设置在此处改变），不能省去；请把 showif 写在别的段落中")

// endProps rewrites the paragraph of the innermost frame (and the
// paragraphs paras made from it) with the properties asked for.
func (w *writer) endProps() error {
	n := len(w.props)
	if n == 0 {
		return nil
	}
	f := w.props[n-1]
	w.props = w.props[:n-1]
	if len(f.set) == 0 || f.start > len(w.buf) {
		return nil
	}
	if _, drop := f.set[propDrop]; drop {
		return w.dropFrame(f)
	}
	region := w.buf[f.start:]
	root, err := parseXML(region)
	if err != nil {
		return fmt.Errorf("docx: internal error: paragraph properties: %v", err)
	}
	var eds []edit
	for _, p := range root.kids {
		if p.is("p") {
			eds = paraEdits(region, p, f.set, eds)
		}
	}
	if len(eds) == 0 {
		return nil
	}
	var out []byte
	at := 0
	for _, e := range eds {
		out = append(out, region[at:e.pos]...)
		out = append(out, e.text...)
		at = e.pos + e.old
	}
	out = append(out, region[at:]...)
	moved := func(off int) int {
		if off < f.start {
			return off
		}
		rel, d := off-f.start, 0
		for _, e := range eds {
			if e.pos+e.old <= rel {
				d += len(e.text) - e.old
			}
		}
		return off + d
	}
	for i := range w.vm {
		c := &w.vm[i]
		c.insertAt, c.valStart, c.valEnd = moved(c.insertAt), moved(c.valStart), moved(c.valEnd)
	}
	for i := range w.tables {
		w.tables[i].off = moved(w.tables[i].off)
	}
	if w.lastNumAt >= f.start {
		w.lastNumLen = 0 // inside the rewritten pPr: restartnum has acted already
	}
	w.buf = append(w.buf[:f.start], out...)
	return w.check()
}

// dropFrame removes the paragraph of frame f (showif with a false value)
// and what the writer noted inside it.
func (w *writer) dropFrame(f propFrame) error {
	if bytes.Contains(w.buf[f.start:], []byte("<w:sectPr")) {
		return errDropSection
	}
	if f.cell >= 0 && f.cell < len(w.cells) {
		w.cells[f.cell] = f.hadPara // the cell may now need an empty paragraph
		if r := len(w.rows); r > 0 && w.rows[r-1].depth == f.cell {
			w.rows[r-1].dropped = true
		}
	}
	for i := range w.vm {
		if w.vm[i].valStart >= f.start {
			w.vm[i].hasVal = false
		}
	}
	if w.lastNumAt >= f.start {
		w.lastNumLen = 0
	}
	w.buf = w.buf[:f.start]
	return nil
}

// edit replaces old bytes at pos of a region with text.
type edit struct {
	pos, old int
	text     string
}

// pPrOrder is the order of w:pPr's children (CT_PPr).
var pPrOrder = order("pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr suppressLineNumbers pBdr shd tabs " +
	"suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct autoSpaceDE autoSpaceDN bidi adjustRightInd snapToGrid " +
	"spacing ind contextualSpacing mirrorIndents suppressOverlap jc textDirection textAlignment textboxTightWrap outlineLvl " +
	"divId cnfStyle rPr sectPr pPrChange")

// rPrOrder is the order of w:rPr's children (CT_RPr, CT_ParaRPr).
var rPrOrder = order("ins del moveFrom moveTo rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss " +
	"imprint noProof snapToGrid vanish webHidden color spacing w kern position sz szCs highlight u effect bdr shd fitText " +
	"vertAlign rtl cs em lang eastAsianLayout specVanish oMath rPrChange")

func order(s string) map[string]int {
	m := map[string]int{}
	for i, n := range strings.Fields(s) {
		m[n] = i + 1
	}
	return m
}

// paraEdits adds the edits that give paragraph p of src the properties.
func paraEdits(src []byte, p *node, set map[byte]string, eds []edit) []edit {
	var pPr *node
	for _, k := range p.kids {
		if k.kind == kindElem {
			if k.is("pPr") {
				pPr = k
			}
			break
		}
	}
	var want []child
	if v, ok := set[propStyle]; ok {
		want = append(want, child{"pStyle", `<w:pStyle w:val="` + v + `"/>`})
	}
	if v, ok := set[propKeepNext]; ok {
		el := `<w:keepNext/>`
		if v == "0" {
			el = `<w:keepNext w:val="0"/>`
		}
		want = append(want, child{"keepNext", el})
	}
	if _, ok := set[propPageBefore]; ok {
		want = append(want, child{"pageBreakBefore", `<w:pageBreakBefore/>`})
	}
	if v, ok := set[propAlign]; ok {
		want = append(want, child{"jc", `<w:jc w:val="` + v + `"/>`})
	}
	size, sized := set[propSize]
	var sz []child
	if sized {
		sz = []child{{"sz", `<w:sz w:val="` + size + `"/>`}, {"szCs", `<w:szCs w:val="` + size + `"/>`}}
	}
	var kids []child
	if pPr != nil {
		kids = children(src, pPr)
	}
	kids = withChildren(kids, want, pPrOrder)
	if sized {
		// The paragraph mark's size, so an empty paragraph and the line
		// height follow too.
		var rkids []child
		for _, k := range pPrKid(src, pPr, "rPr") {
			rkids = children(src, k)
		}
		kids = withChildren(kids, []child{{"rPr", "<w:rPr>" + joinChildren(withChildren(rkids, sz, rPrOrder)) + "</w:rPr>"}}, pPrOrder)
	}
	text := "<w:pPr>" + joinChildren(kids) + "</w:pPr>"
	switch {
	case p.closeStart == p.end: // <w:p/>
		tag := string(src[p.start:p.tagEnd])
		tag = strings.TrimSuffix(strings.TrimSpace(strings.TrimSuffix(tag, "/>")), "/") + ">"
		return append(eds, edit{pos: p.start, old: p.end - p.start, text: tag + text + "</w:p>"})
	case pPr != nil:
		eds = append(eds, edit{pos: pPr.start, old: pPr.end - pPr.start, text: text})
	default:
		eds = append(eds, edit{pos: p.tagEnd, text: text})
	}
	if sized {
		eds = runEdits(src, p, sz, eds)
	}
	return eds
}

func pPrKid(src []byte, pPr *node, local string) []*node {
	if pPr == nil {
		return nil
	}
	for _, k := range pPr.kids {
		if k.is(local) {
			return []*node{k}
		}
	}
	return nil
}

// runEdits sets the size of every run of the paragraph, text boxes aside
// (their paragraphs are paragraphs of their own).
func runEdits(src []byte, n *node, sz []child, eds []edit) []edit {
	for _, k := range n.kids {
		if k.kind != kindElem || k.is("pPr") || k.is("txbxContent") {
			continue
		}
		if !k.is("r") || k.closeStart == k.end {
			eds = runEdits(src, k, sz, eds)
			continue
		}
		var rPr *node
		for _, c := range k.kids {
			if c.kind == kindElem {
				if c.is("rPr") {
					rPr = c
				}
				break
			}
		}
		if rPr == nil {
			eds = append(eds, edit{pos: k.tagEnd, text: "<w:rPr>" + joinChildren(sz) + "</w:rPr>"})
		} else {
			eds = append(eds, edit{pos: rPr.start, old: rPr.end - rPr.start,
				text: "<w:rPr>" + joinChildren(withChildren(children(src, rPr), sz, rPrOrder)) + "</w:rPr>"})
		}
		eds = runEdits(src, k, sz, eds)
	}
	return eds
}

// child is one child element of a properties element: its local name (""
// for what is not a w: element) and its bytes.
type child struct {
	local string
	xml   string
}

func children(src []byte, n *node) []child {
	var out []child
	for _, k := range n.kids {
		switch {
		case k.kind == kindElem && strings.HasPrefix(k.name, "w:"):
			out = append(out, child{k.local(), string(src[k.start:k.end])})
		case k.kind == kindText && len(bytes.TrimSpace(src[k.start:k.end])) == 0:
		default:
			out = append(out, child{"", string(src[k.start:k.end])})
		}
	}
	return out
}

// withChildren replaces or inserts each of want among kids where order
// puts it; kids of unknown names keep their places.
func withChildren(kids, want []child, order map[string]int) []child {
	for _, w := range want {
		pos := order[w.local]
		at := -1
		for i, k := range kids {
			if k.local == w.local {
				at = i
				break
			}
		}
		if at >= 0 {
			kids[at] = w
			continue
		}
		at = len(kids)
		for i, k := range kids {
			if o := order[k.local]; o > pos {
				at = i
				break
			}
		}
		kids = append(kids, child{})
		copy(kids[at+1:], kids[at:])
		kids[at] = w
	}
	return kids
}

func joinChildren(kids []child) string {
	var b strings.Builder
	for _, k := range kids {
		b.WriteString(k.xml)
	}
	return b.String()
}
