package gbt9704

import (
	"strconv"
	"strings"
)

// styleSet is what the linter needs of word/styles.xml and the theme:
// enough to compute the font, size and colour a run shows and the
// alignment, indents and borders of a paragraph.
type styleSet struct {
	byID map[string]*styleDef
	// known maps the id of a style named as one of the built-in
	// templates' styles (公文标题, 版记, …) to that style's id (gwTitle,
	// gwColophon): an office suite that re-saves a template renumbers
	// the ids (LibreOffice: Style15) but keeps the names Word shows.
	known       map[string]string
	order       []string
	defRPr      *node
	defPPr      *node
	defaultPara string
	theme       bool
	minorEA     string
	majorEA     string
}

type styleDef struct {
	id, name, typ, basedOn string
	ppr, rpr               *node
	isDefault              bool // w:default: the style of text that names none
}

// runLook is the resolved look of a run.
type runLook struct {
	font  string // east-Asian font
	size  int    // half-points
	color string
	bold  bool
	// spacing is w:spacing of the run (twentieths of a point).
	spacing int
}

// paraLook is the resolved layout of a paragraph.
type paraLook struct {
	jc                     string
	firstLine, left, right int
	top, bottom            string // colours of top and bottom borders, "" when none
	topSz, bottomSz        int    // their widths in eighths of a point
	frameBottom            bool   // in a frame at the bottom of the type area or page
	keepNext               bool   // 与下段同页
	pageBreakBefore        bool   // 段前分页
}

func (l *linter) loadStyles() *styleSet {
	st := &styleSet{byID: map[string]*styleDef{}, known: map[string]string{}}
	if data, err := l.pkg.Read("word/theme/theme1.xml"); err == nil {
		if t, err := parseXML(data); err == nil {
			st.theme = true
			fs := t.path("theme", "themeElements", "fontScheme")
			ea := func(kind string) string {
				f := fs.child(kind)
				if v := f.child("ea").get("typeface"); v != "" {
					return v
				}
				for _, c := range f.children {
					if c.name == "font" && c.get("script") == "Hans" {
						return c.get("typeface")
					}
				}
				return ""
			}
			st.minorEA, st.majorEA = ea("minorFont"), ea("majorFont")
		}
	}
	data, err := l.pkg.Read("word/styles.xml")
	if err != nil {
		return st
	}
	root, err := parseXML(data)
	if err != nil {
		l.add("font", Warning, "word/styles.xml", nil, "样式表不是有效的 XML：%v", err)
		return st
	}
	styles := root.child("styles")
	st.defRPr = styles.path("docDefaults", "rPrDefault", "rPr")
	st.defPPr = styles.path("docDefaults", "pPrDefault", "pPr")
	for _, s := range filter(styles.children, "style") {
		d := &styleDef{id: s.get("styleId"), name: s.child("name").get("val"), typ: s.get("type"),
			basedOn: s.child("basedOn").get("val"), ppr: s.child("pPr"), rpr: s.child("rPr"),
			isDefault: s.get("default") == "1" || s.get("default") == "true"}
		if d.name == "" {
			d.name = d.id
		}
		if _, dup := st.byID[d.id]; !dup {
			st.order = append(st.order, d.id)
		}
		st.byID[d.id] = d
		if d.typ == "paragraph" && (s.get("default") == "1" || s.get("default") == "true") {
			st.defaultPara = d.id
		}
	}
	for _, id := range st.order {
		d := st.byID[id]
		if d.typ != "paragraph" && d.typ != "" {
			continue
		}
		if known, ok := builtinStyles[d.name]; ok && st.byID[known] == nil {
			st.known[id] = known
		}
	}
	return st
}

// builtinStyles are the paragraph styles of the built-in templates by the
// name Word and WPS show for them, which a re-saving suite keeps.
var builtinStyles = map[string]string{
	"公文标题":   StyleTitle,
	"发文机关标志": StyleMark,
	"发文字号":   StyleDocNo,
	"公文正文":   StyleBody,
	"一级标题":   StyleH1,
	"二级标题":   StyleH2,
	"三级标题":   StyleH3,
	"四级标题":   StyleH4,
	"版记":     StyleColophon,
	"页码":     StylePageNum,
	"表格文字":   StyleTable,
	"主送机关":   StyleRecipient,
	"文章标题":   StyleArticle,
}

// chain lists a style and its bases, base first; cycles are cut.
func (st *styleSet) chain(id string) []*styleDef {
	var out []*styleDef
	seen := map[string]bool{}
	for id != "" && !seen[id] && len(out) < 20 {
		seen[id] = true
		s := st.byID[id]
		if s == nil {
			break
		}
		out = append([]*styleDef{s}, out...)
		id = s.basedOn
	}
	return out
}

// styleID is the id of a paragraph's style in this document, for its
// look.
func (st *styleSet) styleID(p *node) string {
	if id := p.path("pPr", "pStyle").get("val"); id != "" {
		return id
	}
	return st.defaultPara
}

// paraStyle is the role of a paragraph's style: its id, or the built-in
// template's id when the style is a built-in one under another id (see
// known).
func (st *styleSet) paraStyle(p *node) string {
	id := st.styleID(p)
	if known, ok := st.known[id]; ok {
		return known
	}
	return id
}

func (st *styleSet) applyRPr(look *runLook, r *node) {
	if r == nil {
		return
	}
	if f := r.child("rFonts"); f != nil {
		switch {
		case f.get("eastAsia") != "":
			look.font = f.get("eastAsia")
		case f.get("eastAsiaTheme") != "":
			look.font = st.minorEA
			if strings.HasPrefix(f.get("eastAsiaTheme"), "major") {
				look.font = st.majorEA
			}
		}
	}
	if v, ok := atoi(r.child("sz").get("val")); ok {
		look.size = v
	}
	if v, ok := atoi(r.child("spacing").get("val")); ok {
		look.spacing = v
	}
	if c := r.child("color"); c != nil {
		look.color = strings.ToUpper(c.get("val"))
	}
	if b := r.child("b"); b != nil {
		v := b.get("val")
		look.bold = v == "" || v == "1" || v == "true" || v == "on"
	}
}

// runProps resolves a run: document defaults, the paragraph style chain,
// the character style chain, the run's own properties.
func (st *styleSet) runProps(p, r *node) runLook {
	look := runLook{font: st.minorEA}
	st.applyRPr(&look, st.defRPr)
	for _, s := range st.chain(st.styleID(p)) {
		st.applyRPr(&look, s.rpr)
	}
	if r != nil {
		rpr := r.child("rPr")
		for _, s := range st.chain(rpr.child("rStyle").get("val")) {
			st.applyRPr(&look, s.rpr)
		}
		st.applyRPr(&look, rpr)
	}
	return look
}

// firstRunProps resolves the first run that has text, or the paragraph
// mark's look when none has.
func (st *styleSet) firstRunProps(p *node) runLook {
	if rs := textRuns(p); len(rs) > 0 {
		return st.runProps(p, rs[0])
	}
	look := st.runProps(p, nil)
	st.applyRPr(&look, p.path("pPr", "rPr"))
	return look
}

func (st *styleSet) applyPPr(look *paraLook, p *node) {
	if p == nil {
		return
	}
	if jc := p.child("jc").get("val"); jc != "" {
		look.jc = jc
	}
	if ind := p.child("ind"); ind != nil {
		if v, ok := atoi(ind.get("firstLineChars")); ok {
			look.firstLine = v * Char / 100
		} else if v, ok := atoi(ind.get("firstLine")); ok {
			look.firstLine = v
		}
		if _, ok := atoi(ind.get("hanging")); ok {
			look.firstLine = 0
		}
		for _, a := range []struct {
			attr string
			dst  *int
		}{{"left", &look.left}, {"start", &look.left}, {"right", &look.right}, {"end", &look.right}} {
			if v, ok := atoi(ind.get(a.attr)); ok {
				*a.dst = v
			}
		}
	}
	if b := p.child("pBdr"); b != nil {
		side := func(name string) string {
			e := b.child(name)
			if e == nil || e.get("val") == "nil" || e.get("val") == "none" {
				return ""
			}
			c := strings.ToUpper(e.get("color"))
			if c == "" || c == "AUTO" {
				c = "000000"
			}
			return c
		}
		look.top, look.bottom = side("top"), side("bottom")
		look.topSz, _ = atoi(b.child("top").get("sz"))
		look.bottomSz, _ = atoi(b.child("bottom").get("sz"))
	}
	on := func(e *node) bool { v := e.get("val"); return v != "0" && v != "false" && v != "off" }
	if k := p.child("keepNext"); k != nil {
		look.keepNext = on(k)
	}
	if k := p.child("pageBreakBefore"); k != nil {
		look.pageBreakBefore = on(k)
	}
	if f := p.child("framePr"); f != nil {
		look.frameBottom = f.get("yAlign") == "bottom" || f.get("yAlign") == "outside"
	}
}

// paraProps resolves a paragraph's layout through its style chain.
func (st *styleSet) paraProps(p *node) paraLook {
	var look paraLook
	st.applyPPr(&look, st.defPPr)
	for _, s := range st.chain(st.styleID(p)) {
		st.applyPPr(&look, s.ppr)
	}
	st.applyPPr(&look, p.child("pPr"))
	return look
}

// exactLines reports whether the default paragraph has an exact 28–29 pt
// line spacing, the other way offices get 22 lines a page.
func (st *styleSet) exactLines() bool {
	for _, s := range st.chain(st.defaultPara) {
		sp := s.ppr.child("spacing")
		if v, err := strconv.Atoi(sp.get("line")); err == nil && sp.get("lineRule") == "exact" && v >= 550 && v <= 590 {
			return true
		}
	}
	return false
}
