package gbt9704

import (
	"fmt"
	"maps"
	"path"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"gongwen/internal/opc"
)

// Severity says whether a finding breaks the standard (error) or is
// questionable practice (warning).
type Severity string

// The two severities.
const (
	Error   Severity = "error"
	Warning Severity = "warning"
)

// Finding is one problem of a document, with where it is.
type Finding struct {
	Rule     string   `json:"rule"`     // page, margin, grid, font, size, docno, date, page-number, red-rule, colophon
	Severity Severity `json:"severity"` // error or warning
	Part     string   `json:"part"`     // word/document.xml, word/footer1.xml, …
	Para     int      `json:"paragraph,omitempty"`
	Where    string   `json:"where,omitempty"`   // 表格1第2行第3列, when in a table
	Excerpt  string   `json:"excerpt,omitempty"` // the start of the paragraph's text
	Msg      string   `json:"message"`           // in Chinese
}

// String reads "word/document.xml 第12段「鄂办发[2013]5号」：错误：…".
func (f Finding) String() string {
	var b strings.Builder
	b.WriteString(f.Part)
	if f.Para > 0 {
		fmt.Fprintf(&b, " 第%d段", f.Para)
	}
	if f.Where != "" {
		b.WriteString("（" + f.Where + "）")
	}
	if f.Excerpt != "" {
		b.WriteString("「" + f.Excerpt + "」")
	}
	sev := "警告"
	if f.Severity == Error {
		sev = "错误"
	}
	return b.String() + "：" + sev + "：" + f.Msg
}

// Errors counts the findings of severity error.
func Errors(fs []Finding) int {
	n := 0
	for _, f := range fs {
		if f.Severity == Error {
			n++
		}
	}
	return n
}

// LintFile checks the Word file at path.
func LintFile(file string) ([]Finding, error) {
	pkg, err := opc.OpenFile(file, opc.DefaultLimits)
	if err != nil {
		return nil, err
	}
	return Lint(pkg)
}

// Lint checks a Word package against GB/T 9704: page size, margins and
// grid; the fonts and sizes of the title, body text and the four heading
// levels; the form of the 发文字号 and of dates; the page numbers (— N — in
// U+2014, odd pages right, even pages left); the red rule under a
// 发文机关标志; the 版记's rules, form and place. Text holding template
// actions ({{…}}) is exempt from the checks of its wording, so built-in and
// user templates can be linted as well as rendered documents.
//
// A document whose first text ends in 纪要 is a 会议纪要 and is checked
// against the 纪要格式 as well (see LintMinutes).
func Lint(pkg *opc.Package) ([]Finding, error) {
	fs, err := lintGeneral(pkg)
	if err != nil || !isMinutes(pkg) {
		return fs, err
	}
	return minutesChecks(pkg, fs)
}

func lintGeneral(pkg *opc.Package) ([]Finding, error) {
	l := &linter{pkg: pkg}
	docXML, err := pkg.Read("word/document.xml")
	if err != nil {
		return nil, fmt.Errorf("不是 Word 文档：%w", err)
	}
	doc, err := parseXML(docXML)
	if err != nil {
		return nil, fmt.Errorf("word/document.xml 不是有效的 XML：%w", err)
	}
	l.st = l.loadStyles()
	body := doc.path("document", "body")
	if body == nil {
		return nil, fmt.Errorf("word/document.xml 没有正文（w:body）")
	}
	l.collect(body, "", nil, nil)
	l.checkSections(body)
	l.checkStyles()
	l.checkParagraphs()
	l.checkFooters(body)
	// Findings in reading order: the text first, then styles, settings,
	// theme and footers; within a part by paragraph.
	rank := func(part string) int {
		for i, p := range []string{"word/document.xml", "word/styles.xml", "word/settings.xml", "word/theme/"} {
			if strings.HasPrefix(part, p) {
				return i
			}
		}
		return 9
	}
	sort.SliceStable(l.out, func(i, j int) bool {
		a, b := l.out[i], l.out[j]
		if rank(a.Part) != rank(b.Part) {
			return rank(a.Part) < rank(b.Part)
		}
		if a.Part != b.Part {
			return a.Part < b.Part
		}
		return a.Para < b.Para
	})
	return l.out, nil
}

type linter struct {
	pkg   *opc.Package
	st    *styleSet
	paras []*para
	out   []Finding
	tbls  int
	// titleLines are the paragraphs of the title (inTitle), found on first use.
	titleLines map[*para]bool
}

// para is a paragraph of the body with its place.
type para struct {
	n     *node
	index int    // 1-based, in document order, tables included
	where string // table place
	table *node
	row   *node // the table row, when in a table
	text  string
}

// docNumber is the 发文字号 of the head, the paragraphs from..to: its text
// (before a 签发人 on the same line) and its paragraph, or "".
func (l *linter) docNumber(from, to int) (string, *para) {
	for i := max(from, 0); i <= to && i < len(l.paras); i++ {
		p := l.paras[i]
		no := strings.TrimSpace(strings.Split(strings.Split(strings.TrimSpace(p.text), "\t")[0], "签发人")[0])
		if reDocNoL.MatchString(no) {
			return no, p
		}
	}
	return "", nil
}

// blankDocNumber is a 发文字号 with its number left blank in the head
// (鄂学创办〔2013〕　　号) and its paragraph, or "".
func (l *linter) blankDocNumber(from, to int) (string, *para) {
	for i := max(from, 0); i <= to && i < len(l.paras); i++ {
		p := l.paras[i]
		if no := strings.TrimSpace(p.text); reDocNoBlank.MatchString(no) {
			return no, p
		}
	}
	return "", nil
}

// DocNo is the 发文字号 of a Word document — in its head, above the first
// rule (the red one of the 文件 format, the upper of the 信函 format's
// double rule) or just under it — and its paragraph number; "" when the
// document has none. Lint of a set of documents compares them: two
// documents with one number is an error.
func DocNo(pkg *opc.Package) (string, int, error) {
	l := &linter{pkg: pkg}
	docXML, err := pkg.Read("word/document.xml")
	if err != nil {
		return "", 0, fmt.Errorf("不是 Word 文档：%w", err)
	}
	doc, err := parseXML(docXML)
	if err != nil {
		return "", 0, fmt.Errorf("word/document.xml 不是有效的 XML：%w", err)
	}
	l.st = l.loadStyles()
	body := doc.path("document", "body")
	if body == nil {
		return "", 0, nil
	}
	l.collect(body, "", nil, nil)
	rule := -1
	for i, p := range l.paras {
		pp := l.st.paraProps(p.n)
		if pp.bottom != "" || pp.top != "" {
			rule = i
			break
		}
	}
	if rule < 0 {
		return "", 0, nil
	}
	// The 信函格式 writes the number under the upper rule.
	if no, p := l.docNumber(0, rule+2); no != "" {
		return no, p.index, nil
	}
	return "", 0, nil
}

func excerpt(s string) string {
	s = strings.TrimSpace(strings.ReplaceAll(s, "\t", " "))
	if utf8.RuneCountInString(s) > 24 {
		return string([]rune(s)[:24]) + "…"
	}
	return s
}

func (l *linter) add(rule string, sev Severity, part string, p *para, format string, a ...any) {
	f := Finding{Rule: rule, Severity: sev, Part: part, Msg: fmt.Sprintf(format, a...)}
	if p != nil {
		f.Para, f.Where, f.Excerpt = p.index, p.where, excerpt(p.text)
	}
	l.out = append(l.out, f)
}

// collect lists the paragraphs of the body in order, with their tables.
func (l *linter) collect(n *node, where string, tbl, tr *node) {
	for _, c := range n.children {
		switch c.name {
		case "p":
			l.paras = append(l.paras, &para{n: c, index: len(l.paras) + 1, where: where, table: tbl, row: tr, text: paraText(c)})
		case "tbl":
			l.tbls++
			t := l.tbls
			for ri, r := range filter(c.children, "tr") {
				for ci, tc := range filter(r.children, "tc") {
					l.collect(tc, fmt.Sprintf("表格%d第%d行第%d列", t, ri+1, ci+1), c, r)
				}
			}
		case "sdt":
			l.collect(c.child("sdtContent"), where, tbl, tr)
		case "customXml", "smartTag", "ins":
			l.collect(c, where, tbl, tr)
		}
	}
}

func filter(ns []*node, name string) []*node {
	var out []*node
	for _, n := range ns {
		if n.name == name {
			out = append(out, n)
		}
	}
	return out
}

func atoi(s string) (int, bool) {
	n, err := strconv.Atoi(strings.TrimSpace(s))
	return n, err == nil
}

// checkSections checks page size, margins and grid of every section.
func (l *linter) checkSections(body *node) {
	var sects []*node
	for _, p := range l.paras {
		if s := p.n.path("pPr", "sectPr"); s != nil {
			sects = append(sects, s)
		}
	}
	if s := body.child("sectPr"); s != nil {
		sects = append(sects, s)
	}
	const part = "word/document.xml"
	if len(sects) == 0 {
		l.add("page", Error, part, nil, "没有页面设置（w:sectPr），纸张、页边距无法确认为 A4 和标准版心")
		return
	}
	for i, s := range sects {
		name := "页面设置"
		if len(sects) > 1 {
			name = fmt.Sprintf("第%d节页面设置", i+1)
		}
		pg := s.child("pgSz")
		w, _ := atoi(pg.get("w"))
		h, _ := atoi(pg.get("h"))
		landscape := pg.get("orient") == "landscape"
		if landscape {
			w, h = h, w
		}
		if abs(w-PageWidth) > 20 || abs(h-PageHeight) > 20 {
			l.add("page", Error, part, nil, "%s：纸张应为 A4（210×297 mm，w:pgSz 11906×16838），实际为 %.0f×%.0f mm", name, mm(w), mm(h))
		}
		mar := s.child("pgMar")
		for _, m := range []struct {
			attr, label string
			want        int
		}{{"top", "上（天头）", MarginTop}, {"bottom", "下", MarginBottom}, {"left", "左（订口）", MarginLeft}, {"right", "右", MarginRight}} {
			if landscape {
				continue
			}
			v, ok := atoi(mar.get(m.attr))
			if !ok || abs(abs(v)-m.want) > MarginTolerance {
				l.add("margin", Error, part, nil, "%s：%s页边距应为 %.0f mm（±1 mm），实际为 %.0f mm", name, m.label, mm(m.want), mm(v))
			}
		}
		if v, ok := atoi(mar.get("footer")); ok && !landscape {
			// The page number's top edge is 7 mm (397 twips) under the type area.
			if gap := MarginBottom - v - PageNumberLine; abs(gap-397) > 170 {
				l.add("page-number", Warning, part, nil, "%s：页码应位于版心下边缘之下约 7 mm，页脚距边界 %.1f mm 使其相距约 %.0f mm", name, mm(v), mm(gap))
			}
		}
		grid := s.child("docGrid")
		pitch, _ := atoi(grid.get("linePitch"))
		switch typ := grid.get("type"); {
		case grid == nil || typ == "" || typ == "default":
			if !l.st.exactLines() {
				l.add("grid", Warning, part, nil, "%s：未设置文档网格，无法保证每页 22 行（应设置行网格，行距 %d，即 28.95 磅）", name, LinePitch)
			}
		case abs(pitch-LinePitch) > 6:
			l.add("grid", Error, part, nil, "%s：文档网格行距为 %d，每页 22 行应为 %d（28.95 磅）", name, pitch, LinePitch)
		case typ == "linesAndChars" || typ == "snapToChars":
			cs, _ := atoi(grid.get("charSpace"))
			if cs < CharSpace-120 || cs > CharSpace+120 {
				l.add("grid", Warning, part, nil, "%s：字符网格 w:charSpace=%d，每行 28 字应约为 %d", name, cs, CharSpace)
			}
		default:
			// A line grid only: 28 characters a line need characters no
			// wider than the type area / 28, by size and run spacing.
			look := l.st.runProps(&node{name: "p"}, nil)
			if look.size > 0 {
				w := look.size*10 + look.spacing
				if n := TypeWidth / w; n != CharsPerLine {
					l.add("grid", Warning, part, nil, "%s：正文每行可排 %d 字，标准为 28 字（可将正文字符间距紧缩 0.25 磅，或使用字符网格）", name, n)
				}
			}
		}
	}
}

func mm(twips int) float64 { return float64(twips) * 25.4 / 1440 }

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

var (
	reH1    = lazyRE(`^[一二三四五六七八九十]+、`)
	reH2    = lazyRE(`^[（(][一二三四五六七八九十]+[）)]`)
	reH3    = lazyRE(`^\d+[.．、](\D|$)`)
	reH4    = lazyRE(`^[（(]\d+[）)]`)
	reDocNo = lazyRE(DocNoPattern)
	// reDocNoBlank is a 发文字号 whose number is left blank.
	reDocNoBlank = lazyRE(`^\S{1,20}〔\d{4}〕[\s\x{3000}]*号$`)
	reDocNoL     = lazyRE(`^\S{1,20}[〔\[［(（【{｛]\s*\d{2,4}\s*[〕\]］)）】}｝]\s*第?\s*\d+\s*号$`)
	reDate       = lazyRE(DatePattern)
	reDateL      = lazyRE(`^[0-9０-９〇○零一二三四五六七八九十]{2,4}\s*年\s*[0-9０-９〇○零一二三四五六七八九十]{1,3}\s*月\s*[0-9０-９〇○零一二三四五六七八九十]{1,3}\s*日$`)
	reAction     = lazyRE(`\{\{.*?\}\}`)
	// reControl is a paragraph of control actions only, which the engine
	// removes from the output.
	reControl = lazyRE(`^\s*(\{\{-?\s*(if|else|end|range|with|define|template|block)\b.*?\}\}\s*)+$`)
)

// headingLevel is the level of a heading paragraph by its style or, outside
// templates, by its number.
func headingLevel(style, text string) int {
	switch style {
	case StyleH1:
		return 1
	case StyleH2:
		return 2
	case StyleH3:
		return 3
	case StyleH4:
		return 4
	}
	switch {
	case reH1.MatchString(text):
		return 1
	case reH2.MatchString(text):
		return 2
	case reH4.MatchString(text):
		return 4
	case reH3.MatchString(text):
		return 3
	}
	return 0
}

// numberedBody tells a paragraph of body text that begins with a number
// (「一、各责任单位要高度重视，……」, as notices number whole paragraphs)
// from a heading, when no heading style says which it is: a heading stands
// on one line and ends without a full stop, the paragraph runs longer or
// ends as a sentence does.
func numberedBody(text string) bool {
	text = strings.TrimSpace(text)
	r, _ := utf8.DecodeLastRuneInString(text)
	return utf8.RuneCountInString(text) > CharsPerLine || strings.ContainsRune("。：；！？", r)
}

func isFangsong(f string) bool {
	return strings.Contains(f, "仿宋") || strings.Contains(strings.ToLower(f), "fangsong")
}
func isKai(f string) bool {
	return strings.Contains(f, "楷") || strings.Contains(strings.ToLower(f), "kai")
}
func isHei(f string) bool {
	return strings.Contains(f, "黑") || strings.Contains(strings.ToLower(f), "hei") || strings.Contains(f, "Sans")
}
func isTitleFont(f string) bool {
	return strings.Contains(f, "标宋") || strings.Contains(f, "小标宋")
}

// isRed reports whether a w:color value is a red.
func isRed(c string) bool {
	if len(c) != 6 {
		return false
	}
	v, err := strconv.ParseUint(c, 16, 32)
	if err != nil {
		return false
	}
	r, g, b := v>>16, (v>>8)&0xFF, v&0xFF
	return r >= 0xB0 && g <= 0x60 && b <= 0x60
}

func hasCJK(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			return true
		}
	}
	return false
}

// textRuns lists the runs of a paragraph that carry text (hyperlinks,
// fields and smart tags included), each with its text.
func textRuns(p *node) []*node {
	var out []*node
	p.walk(func(c *node) bool {
		switch c.name {
		case "r":
			if strings.TrimSpace(paraText(c)) != "" {
				out = append(out, c)
			}
			return false
		case "pPr":
			return false
		}
		return true
	})
	return out
}

// head finds the 发文机关标志, the red rule and the title's first line
// (−1 for each not found).
func (l *linter) head() (mark, rule, title int) {
	mark, rule, title = -1, -1, -1
	for i, p := range l.paras {
		style := l.st.paraStyle(p.n)
		pp := l.st.paraProps(p.n)
		if mark < 0 && title < 0 && strings.TrimSpace(p.text) != "" {
			rp := l.st.firstRunProps(p.n)
			if style == StyleMark || isRed(rp.color) && rp.size >= 36 {
				mark = i
			}
		}
		if rule < 0 && title < 0 && (pp.bottom != "" || pp.top != "") {
			rule = i
		}
		if title < 0 && p.table == nil && strings.TrimSpace(p.text) != "" {
			rp := l.st.firstRunProps(p.n)
			// The title is the first centred paragraph under the red rule,
			// or, in a document without one, the first large centred one.
			afterRule := mark >= 0 && rule >= 0 && i > rule
			if style == StyleTitle || style != StyleMark && style != StyleDocNo && style != StyleArticle && i > mark && (mark < 0 || i > rule) &&
				pp.jc == "center" && (rp.size >= 36 || afterRule) && !isRed(rp.color) && !reDocNoL.MatchString(strings.TrimSpace(p.text)) {
				title = i
			}
		}
	}
	return mark, rule, title
}

// inTitle reports whether p is a line of the title: the title's first
// paragraph and those after it in the same style, size and alignment. A
// joint 印发通知's second line 「北京市石景山区人民政府办公室印发」 ends in
// 印发 and was taken for the 版记 (QA s9 high 4).
func (l *linter) inTitle(p *para) bool {
	if l.titleLines == nil {
		l.titleLines = map[*para]bool{}
		if _, _, title := l.head(); title >= 0 {
			first := l.paras[title]
			style, jc, size := l.st.paraStyle(first.n), l.st.paraProps(first.n).jc, l.st.firstRunProps(first.n).size
			for _, q := range l.paras[title:] {
				if q.table != nil || strings.TrimSpace(q.text) == "" || l.st.paraStyle(q.n) != style ||
					l.st.paraProps(q.n).jc != jc || l.st.firstRunProps(q.n).size != size {
					break
				}
				l.titleLines[q] = true
			}
		}
	}
	return l.titleLines[p]
}

// checkParagraphs finds the roles of the body's paragraphs and checks each.
func (l *linter) checkParagraphs() {
	const part = "word/document.xml"
	mark, rule, title := l.head()
	if mark >= 0 {
		if rp := l.st.firstRunProps(l.paras[mark].n); !isRed(rp.color) {
			l.add("red-rule", Error, part, l.paras[mark], "发文机关标志应为红色，实际颜色为 %s", rp.color)
		}
		switch {
		case rule < 0:
			l.add("red-rule", Error, part, l.paras[mark], "有发文机关标志，但其下没有红色分隔线")
		default:
			pp := l.st.paraProps(l.paras[rule].n)
			color := pp.bottom
			if color == "" {
				color = pp.top
			}
			if !isRed(color) {
				l.add("red-rule", Error, part, l.paras[rule], "发文字号之下的分隔线应为红色，实际颜色为 %s", color)
			}
			if pp.left > Char || pp.right > Char {
				l.add("red-rule", Warning, part, l.paras[rule], "红色分隔线应与版心等宽（156 mm），该段有左右缩进")
			}
		}
	}
	// A 文件-format head (the mark ends in 文件) has its 发文字号 between
	// the mark and the red rule (GB/T 9704 7.2.4).
	if mark >= 0 && rule >= mark {
		file, tmpl := false, false
		for i := mark; i <= rule; i++ {
			t := strings.TrimSpace(l.paras[i].text)
			file = file || strings.HasSuffix(t, "文件")
			tmpl = tmpl || strings.Contains(t, "{{")
		}
		if no, _ := l.docNumber(mark, rule); file && !tmpl && no == "" {
			if blank, p := l.blankDocNumber(mark, rule); blank != "" {
				// A draft for 核稿 (gongwen build --draft): the number
				// is written in when the document is issued.
				l.add("docno", Warning, part, p, "发文字号“%s”未编号（试生成的核稿稿）：印发前须填上序号（GB/T 9704 7.2.4）", blank)
			} else {
				l.add("docno", Error, part, l.paras[mark], "文件格式的公文须有发文字号：发文机关标志与红色分隔线之间没有发文字号（GB/T 9704 7.2.4）")
			}
		}
	}
	if title >= 0 {
		p := l.paras[title]
		rp := l.st.firstRunProps(p.n)
		if !isTitleFont(rp.font) {
			l.add("font", Error, part, p, "标题应为小标宋体（如 %s），实际为“%s”", FontTitle, rp.font)
		}
		if rp.size != SizeTitle {
			l.add("size", Error, part, p, "标题应为 2 号字（22 磅），实际为 %s", pt(rp.size))
		}
	}
	if title >= 0 {
		l.checkFirstPage(title)
	}
	lastContent := -1
	for i, p := range l.paras {
		if strings.TrimSpace(reAction.ReplaceAllString(p.text, "")) != "" {
			lastContent = i
		}
	}
	colophonChecked := map[*node]bool{}
	for i, p := range l.paras {
		text := strings.TrimSpace(p.text)
		if text == "" || i == mark || i == title {
			continue
		}
		hasAction := strings.Contains(text, "{{")
		style := l.st.paraStyle(p.n)
		rp := l.st.firstRunProps(p.n)
		// 发文字号
		if !hasAction && i < max(title, 0)+1 {
			no := strings.TrimSpace(strings.Split(strings.Split(text, "\t")[0], "签发人")[0])
			if reDocNoL.MatchString(no) && !reDocNo.MatchString(no) {
				l.add("docno", Error, part, p, "发文字号“%s”不合规范：应为“机关代字〔年份〕序号号”，年份四位、用六角括号〔〕，序号不编虚位、不加“第”", no)
			}
		}
		// Dates: 成文日期 and 印发日期.
		if !hasAction {
			d := strings.Trim(text, "\u3000 \t")
			if strings.Contains(d, "\t") {
				parts := strings.Split(d, "\t")
				d = strings.TrimSpace(parts[len(parts)-1])
			}
			d = strings.TrimSuffix(d, "印发")
			if reDateL.MatchString(d) && !reDate.MatchString(d) {
				l.add("date", Error, part, p, "日期“%s”应使用阿拉伯数字写全年份，月、日不编虚位（如 2013年4月9日）", d)
			}
		}
		// 版记
		if l.isColophon(p) {
			l.checkColophon(p, i, lastContent, colophonChecked)
			continue
		}
		if p.table != nil {
			continue
		}
		level := 0
		if !hasAction || strings.HasPrefix(style, "gwH") {
			level = headingLevel(style, strings.TrimLeft(text, " \u3000"))
		}
		if level > 0 && !strings.HasPrefix(style, "gwH") && numberedBody(text) {
			level = 0 // checked as body text below
		}
		if level > 0 {
			want, ok := "黑体", isHei(rp.font)
			switch level {
			case 2:
				want, ok = "楷体", isKai(rp.font)
			case 3, 4:
				want, ok = "仿宋", isFangsong(rp.font)
			}
			if !ok {
				l.add("font", Error, part, p, "%d级标题（%s）应为%s，实际为“%s”", level, []string{"", "一、", "（一）", "1.", "（1）"}[level], want, rp.font)
			}
			if rp.size != SizeBody {
				l.add("size", Error, part, p, "%d级标题应为 3 号字（16 磅），实际为 %s", level, pt(rp.size))
			}
			if rp.bold {
				l.add("font", Warning, part, p, "%d级标题不宜加粗", level)
			}
			continue
		}
		if i <= title || title < 0 && mark < 0 && i == 0 {
			continue
		}
		pp := l.st.paraProps(p.n)
		if style != StyleBody && pp.firstLine < Char*3/2 && !strings.HasPrefix(p.text, "\u3000\u3000") {
			continue // not indented body text: signature, date, headings of other kinds
		}
		for _, r := range textRuns(p.n) {
			t := paraText(r)
			if strings.Contains(t, "{{") && !hasCJK(reAction.ReplaceAllString(t, "")) {
				props := l.st.runProps(p.n, r)
				if props.size != SizeBody {
					l.add("size", Error, part, p, "正文应为 3 号字（16 磅），实际为 %s", pt(props.size))
					break
				}
				continue
			}
			props := l.st.runProps(p.n, r)
			if hasCJK(t) && !isFangsong(props.font) && !isKai(props.font) {
				l.add("font", Error, part, p, "正文应为仿宋（如 %s），实际为“%s”", FontBody, props.font)
				break
			}
			if props.size != SizeBody {
				l.add("size", Error, part, p, "正文应为 3 号字（16 磅），实际为 %s", pt(props.size))
				break
			}
		}
	}
}

func pt(halfPoints int) string {
	if halfPoints == 0 {
		return "未设置"
	}
	return strconv.FormatFloat(float64(halfPoints)/2, 'f', -1, 64) + " 磅"
}

// checkColophon checks the 版记: its lines in 4号, the 印发 line's date, the
// rules around it, and that it ends the document.
func (l *linter) checkColophon(p *para, i, lastContent int, seen map[*node]bool) {
	const part = "word/document.xml"
	text := strings.TrimSpace(p.text)
	if r := l.st.firstRunProps(p.n); r.size != 0 && r.size != SizeColophon {
		l.add("colophon", Warning, part, p, "版记文字应为 4 号字（14 磅），实际为 %s", pt(r.size))
	}
	if p.row != nil {
		text = strings.TrimSpace(paraText(p.row)) // 抄送： and the organs may stand in two cells
	}
	if !strings.Contains(text, "{{") && strings.HasPrefix(text, "抄送") && !strings.HasSuffix(text, "。") {
		l.add("colophon", Warning, part, p, "抄送机关之后应加句号")
	}
	if p.table == nil {
		l.checkColophonParagraph(p, i, lastContent)
		return
	}
	if seen[p.table] {
		return
	}
	seen[p.table] = true
	for _, side := range []struct{ name, label string }{{"top", "首条"}, {"bottom", "末条"}} {
		e := colophonRule(p.table, side.name)
		sz, _ := atoi(e.get("sz"))
		if e == nil {
			l.add("colophon", Error, part, p, "版记缺少%s分隔线", side.label)
		} else if sz < ColophonThick-2 {
			l.add("colophon", Warning, part, p, "版记%s分隔线应为粗线（0.35 mm），实际为 %.2f mm", side.label, float64(sz)/8*0.3528)
		}
	}
	for _, q := range l.paras[i+1 : max(lastContent+1, i+1)] {
		if q.table != p.table {
			l.add("colophon", Warning, part, p, "版记应位于文件最后一页的末尾，其后不应再有正文")
			return
		}
	}
}

// isColophon reports whether a paragraph is a line of a 版记 (or of a
// briefing's 报/送/发 footer).
func (l *linter) isColophon(p *para) bool {
	plain := strings.TrimSpace(reAction.ReplaceAllString(p.text, ""))
	if l.st.paraStyle(p.n) == StyleColophon {
		return true
	}
	return (strings.HasPrefix(plain, "抄送") || strings.HasSuffix(plain, "印发")) && !l.inTitle(p)
}

// neighbour is the nearest paragraph before (step −1) or after (+1) i that
// is not only template actions, or nil.
func (l *linter) neighbour(i, step int) *para {
	for j := i + step; j >= 0 && j < len(l.paras); j += step {
		if !reControl.MatchString(l.paras[j].text) {
			return l.paras[j]
		}
	}
	return nil
}

// checkColophonParagraph checks a 版记 made of paragraphs: a rule above
// the first line (its top border or the bottom border of the paragraph
// before), a rule under the 印发 line, and its place at the end.
func (l *linter) checkColophonParagraph(p *para, i, lastContent int) {
	const part = "word/document.xml"
	pp := l.st.paraProps(p.n)
	prev := l.neighbour(i, -1)
	first := prev == nil || !l.isColophon(prev)
	if first && prev != nil && strings.TrimSpace(prev.text) == "" {
		// A rule paragraph between two lines (抄送 and 印发) is a middle rule.
		if before := l.neighbour(prev.index-1, -1); before != nil && l.isColophon(before) {
			first = false
		}
	}
	if first {
		sz := pp.topSz
		if pp.top == "" && prev != nil {
			if pl := l.st.paraProps(prev.n); pl.bottom != "" {
				sz = pl.bottomSz
			}
		}
		switch {
		case sz == 0:
			l.add("colophon", Error, part, p, "版记缺少首条分隔线")
		case sz < ColophonThick-2:
			l.add("colophon", Warning, part, p, "版记首条分隔线应为粗线（0.35 mm），实际为 %.2f mm", float64(sz)/8*0.3528)
		}
	}
	if next := l.neighbour(i, 1); next == nil || !l.isColophon(next) {
		sz := pp.bottomSz
		if pp.bottom == "" && next != nil {
			if nl := l.st.paraProps(next.n); nl.bottom != "" {
				sz = nl.bottomSz
			}
		}
		if sz == 0 {
			l.add("colophon", Error, part, p, "版记缺少末条分隔线")
		}
	}
	if pp.frameBottom {
		return
	}
	for _, q := range l.paras[i+1 : max(lastContent+1, i+1)] {
		if !l.isColophon(q) {
			l.add("colophon", Warning, part, p, "版记应位于文件最后一页的末尾，其后不应再有正文")
			return
		}
	}
}

// checkStyles checks that the styles the document uses name an east-Asian
// font and that the theme sets one, so Word and WPS do not substitute
// fonts. A style nothing uses is not shown, whatever its font: office
// suites add their own (LibreOffice's List, Caption and Index on re-saving).
func (l *linter) checkStyles() {
	if !l.pkg.Has("word/styles.xml") {
		l.add("font", Warning, "word/styles.xml", nil, "文档没有样式表，字体由软件默认决定")
		return
	}
	used := l.usedStyles()
	for _, id := range l.st.order {
		s := l.st.byID[id]
		f := s.rpr.child("rFonts")
		if f == nil || s.typ == "table" || s.typ == "numbering" || !used[id] {
			continue
		}
		if f.get("eastAsia") == "" && f.get("eastAsiaTheme") == "" {
			l.add("font", Warning, "word/styles.xml", nil, "样式“%s”设置了西文字体但没有中文字体（w:eastAsia）", s.name)
		}
	}
	if l.st.theme && l.st.minorEA == "" && l.st.majorEA == "" {
		l.add("font", Warning, "word/theme/theme1.xml", nil, "主题没有设置东亚字体（a:ea），WPS 可能提示缺少字体")
	}
}

// styleRef finds the styles a part's paragraphs, runs and tables name.
var styleRef = lazyRE(`<w:(?:pStyle|rStyle|tblStyle)\s+w:val="([^"]*)"`)

// usedStyles are the ids of the styles that shape some text: those the
// document's parts name, the default paragraph and character styles, and
// the styles these are based on.
func (l *linter) usedStyles() map[string]bool {
	used := map[string]bool{}
	var mark func(id string)
	mark = func(id string) {
		s := l.st.byID[id]
		if s == nil || used[id] {
			return
		}
		used[id] = true
		mark(s.basedOn)
	}
	mark(l.st.defaultPara)
	for _, id := range l.st.order {
		if s := l.st.byID[id]; s.isDefault && s.typ != "paragraph" {
			mark(id)
		}
	}
	for _, name := range l.pkg.Names() {
		if !strings.HasPrefix(name, "word/") || !strings.HasSuffix(name, ".xml") || name == "word/styles.xml" {
			continue
		}
		data, err := l.pkg.Read(name)
		if err != nil {
			continue
		}
		for _, m := range styleRef.FindAllSubmatch(data, -1) {
			mark(string(m[1]))
		}
	}
	return used
}

// checkFooters checks the page numbers: a PAGE field between em dashes in
// every footer of the body's sections, right on odd pages and left on even
// pages; and the 版记 page (see checkColophonPage).
func (l *linter) checkFooters(body *node) {
	secs := l.sections(body)
	rels := l.rels("word/_rels/document.xml.rels")
	// A section without a footer reference of a kind inherits the one of
	// the section before (ECMA-376 17.10.5).
	refs := make([]map[string]string, len(secs))
	prev := map[string]string{}
	for i, sc := range secs {
		cur := maps.Clone(prev)
		if sc.sect != nil {
			for _, c := range sc.sect.children {
				if c.name == "footerReference" {
					typ := c.get("type")
					if typ == "" {
						typ = "default"
					}
					cur[typ] = path.Join("word", rels[c.get("id")])
				}
			}
		}
		refs[i], prev = cur, cur
	}
	const part = "word/document.xml"
	colophon := -1
	if n := len(secs); n > 1 && l.colophonOnly(secs[n-1]) {
		colophon = n - 1
	}
	if len(refs) == 0 || len(refs[0]) == 0 {
		l.add("page-number", Error, part, nil, "文件没有页脚，缺少页码（应为“— 1 —”，单页居右、双页居左）")
		return
	}
	even := false
	if data, err := l.pkg.Read("word/settings.xml"); err == nil {
		if s, err := parseXML(data); err == nil {
			even = s.path("settings", "evenAndOddHeaders") != nil && s.path("settings", "evenAndOddHeaders").get("val") != "0" &&
				s.path("settings", "evenAndOddHeaders").get("val") != "false"
		}
	}
	if !even {
		l.add("page-number", Error, "word/settings.xml", nil, "未设置奇偶页不同（w:evenAndOddHeaders），页码无法单页居右、双页居左")
	}
	checked := map[string]bool{}
	for i := range secs {
		if i == colophon {
			continue
		}
		for _, typ := range []string{"default", "even"} {
			name, ok := refs[i][typ]
			label := map[string]string{"default": "单页", "even": "双页"}[typ]
			if !ok {
				if even && i == 0 {
					l.add("page-number", Error, part, nil, "缺少%s页脚，%s没有页码", label, label)
				}
				continue
			}
			if !checked[name] {
				checked[name] = true
				l.checkFooter(name, typ, label)
			}
		}
	}
	l.checkColophonPage(body, secs, refs, colophon)
}

// section is a section of the body: its properties (nil when a document
// has none) and its paragraphs, l.paras[first:end].
type section struct {
	sect       *node
	first, end int
}

// sections lists the body's sections in order. Only paragraphs outside
// tables end a section.
func (l *linter) sections(body *node) []section {
	var out []section
	first := 0
	for i, p := range l.paras {
		if p.table != nil {
			continue
		}
		if s := p.n.path("pPr", "sectPr"); s != nil {
			out = append(out, section{s, first, i + 1})
			first = i + 1
		}
	}
	return append(out, section{body.child("sectPr"), first, len(l.paras)})
}

// colophonOnly reports whether a section holds a 版记 and nothing else to
// read: every paragraph with text is a line of the 版记 or in its table.
func (l *linter) colophonOnly(sc section) bool {
	found := false
	tables := map[*node]bool{}
	for _, p := range l.paras[sc.first:sc.end] {
		if p.table != nil && l.isColophon(p) {
			tables[p.table] = true
		}
	}
	for _, p := range l.paras[sc.first:sc.end] {
		plain := strings.TrimSpace(reAction.ReplaceAllString(p.text, ""))
		switch {
		case l.isColophon(p) || p.table != nil && tables[p.table]:
			found = found || plain != ""
		case plain != "":
			return false
		}
	}
	return found
}

// checkColophonPage checks GB/T 9704 7.5.1 and the 封四 practice: the 版记
// on the last page, an even page, with no page number on it (when it holds
// no body text) nor on a blank page before it. Where the body ends is
// known only when the document is laid out, so a document meets this when
// the 版记 is a section of its own that starts on an even page (Word, WPS
// and LibreOffice insert the blank page) with footers without a number —
// what gongwen build writes (see ColophonPage). colophon is the index of
// that section in secs, or −1.
func (l *linter) checkColophonPage(body *node, secs []section, refs []map[string]string, colophon int) {
	const part = "word/document.xml"
	if colophon < 0 {
		last := secs[len(secs)-1]
		// The 版记 of a 公文 ends with its 印发 line; a briefing's 报/送/发
		// has none and no such rules.
		var line *para
		for _, p := range l.paras[last.first:last.end] {
			if l.isColophon(p) && strings.HasSuffix(strings.TrimSpace(reAction.ReplaceAllString(p.text, "")), "印发") {
				line = p
			}
		}
		if line == nil || l.letterHead() || l.templated() {
			return
		}
		// gongwen build leaves the 版记 under the body when the body is
		// estimated to end on an even page with room for it
		// (PlaceColophon); the same estimate accepts it here.
		if at := topIndex(body, line); at >= 0 && last.sect != nil && colophonUnder(body.children, at, at, last.sect, l.st).Under {
			return
		}
		l.add("colophon-page", Warning, part, line, "版记与正文在同一节中：正文结束在单页时版记落在单页上，版记单独成页时该页仍有页码。GB/T 9704 要求版记在最后一页（双面印刷时为双页）、版记页及其前的空白页不编页码；可在版记前插入“偶数页”分节符，并让版记所在节的页脚不显示页码（gongwen build 生成的文件即如此），或用 gongwen lint --pages 按排版结果检查")
		return
	}
	sc := secs[colophon]
	first := l.paras[sc.first]
	if typ := sc.sect.child("type").get("val"); typ != "evenPage" {
		if typ == "" {
			typ = "nextPage"
		}
		l.add("colophon-page", Error, part, first, "版记所在的节从“%s”开始，应为“偶数页”（w:type=evenPage）：版记应在最后一页，双面印刷时为双页（封四）", typ)
	}
	kinds := []string{"default", "even"}
	if sc.sect.child("titlePg") != nil && sc.sect.child("titlePg").get("val") != "0" && sc.sect.child("titlePg").get("val") != "false" {
		kinds = append(kinds, "first")
	}
	for _, typ := range kinds {
		name, ok := refs[colophon][typ]
		if !ok {
			continue
		}
		data, err := l.pkg.Read(name)
		if err != nil {
			l.add("page-number", Error, name, nil, "页脚部件缺失：%v", err)
			continue
		}
		ftr, err := parseXML(data)
		if err != nil {
			l.add("page-number", Error, name, nil, "页脚不是有效的 XML：%v", err)
			continue
		}
		// A template's footer: its branches are not the page. Its actions
		// are read in the paragraphs' text, across the runs a re-save
		// splits them over.
		templated := false
		ftr.walk(func(n *node) bool {
			if t := paraText(n); n.name == "p" && (strings.Contains(t, "{{") || strings.Contains(t, "｛｛")) {
				templated = true
			}
			return !templated
		})
		if templated {
			continue
		}
		has := false
		ftr.walk(func(n *node) bool {
			if n.name == "p" {
				_, h := pageText(n)
				has = has || h
				return false
			}
			return true
		})
		if has {
			l.add("colophon-page", Error, name, nil, "版记所在节的页脚有页码：版记页没有正文时不编排页码（GB/T 9704 7.5.1），请让该节的页脚不显示页码（取消“链接到前一节”后删去页码）")
		}
	}
}

// topIndex is the index in body of the element holding p: the paragraph
// itself or its table; −1 when p is deeper.
func topIndex(body *node, p *para) int {
	for i, k := range body.children {
		if k == p.n || p.table != nil && k == p.table {
			return i
		}
	}
	return -1
}

// letterHead reports whether the document is in the 信函格式: a double
// rule (thick over thin) under its head, which has no 版记 page rules.
func (l *linter) letterHead() bool {
	for i, p := range l.paras {
		if i > 12 {
			break
		}
		if v := p.n.path("pPr", "pBdr", "bottom").get("val"); v == "thickThinSmallGap" || v == "thickThinMediumGap" || v == "thickThinLargeGap" || v == "double" {
			return true
		}
	}
	return false
}

// templated reports whether the body holds template actions: a template's
// sections are what gongwen build gives the document it renders.
func (l *linter) templated() bool {
	for _, p := range l.paras {
		if strings.Contains(p.text, "{{") {
			return true
		}
	}
	return false
}

func (l *linter) checkFooter(name, typ, label string) {
	data, err := l.pkg.Read(name)
	if err != nil {
		l.add("page-number", Error, name, nil, "页脚部件缺失：%v", err)
		return
	}
	ftr, err := parseXML(data)
	if err != nil {
		l.add("page-number", Error, name, nil, "页脚不是有效的 XML：%v", err)
		return
	}
	var paras []*node
	ftr.walk(func(n *node) bool {
		if n.name == "p" {
			paras = append(paras, n)
			return false
		}
		return true
	})
	for i, p := range paras {
		text, has := pageText(p)
		if !has {
			continue
		}
		loc := &para{n: p, index: i + 1, text: text}
		t := strings.TrimSpace(text)
		if !regexp.MustCompile(`^— ?N ?—$`).MatchString(t) {
			l.add("page-number", Error, name, loc, "页码应为“— N —”（两侧为一字线 U+2014），实际为“%s”", strings.ReplaceAll(t, "N", "1"))
		}
		pp := l.st.paraProps(p)
		want := map[string]string{"default": "right", "even": "left"}[typ]
		jc := pp.jc
		switch jc {
		case "end":
			jc = "right"
		case "start", "", "both":
			jc = "left"
		}
		if jc != want {
			l.add("page-number", Error, name, loc, "%s页码应%s（空一字），实际对齐方式为 %s", label, map[string]string{"right": "居右", "left": "居左"}[want], pp.jc)
		}
		rp := l.st.firstRunProps(p)
		if rp.size != SizePageNumber {
			l.add("page-number", Warning, name, loc, "页码应为 4 号字（14 磅），实际为 %s", pt(rp.size))
		}
		return
	}
	l.add("page-number", Error, name, nil, "%s页脚中没有页码域（PAGE）", label)
}

// pageText is the text of a footer paragraph with the PAGE field's result
// written as N; has says whether there is such a field.
func pageText(p *node) (string, bool) {
	var b strings.Builder
	has := false
	inField, inResult := false, false
	var instr strings.Builder
	var visit func(n *node)
	visit = func(n *node) {
		for _, c := range n.children {
			switch c.name {
			case "fldSimple":
				if strings.Contains(strings.ToUpper(c.get("instr")), "PAGE") {
					has = true
					b.WriteString("N")
					continue
				}
				visit(c)
			case "fldChar":
				switch c.get("fldCharType") {
				case "begin":
					inField, inResult = true, false
					instr.Reset()
				case "separate":
					inResult = true
					if strings.Contains(strings.ToUpper(instr.String()), "PAGE") {
						has = true
						b.WriteString("N")
					}
				case "end":
					if inField && !inResult && strings.Contains(strings.ToUpper(instr.String()), "PAGE") {
						has = true
						b.WriteString("N")
					}
					inField, inResult = false, false
				}
			case "instrText":
				instr.WriteString(c.text)
			case "t":
				if !inField {
					b.WriteString(c.text)
				}
			case "pPr", "rPr":
			default:
				visit(c)
			}
		}
	}
	visit(p)
	return b.String(), has
}

// rels maps relationship ids to targets.
func (l *linter) rels(name string) map[string]string {
	out := map[string]string{}
	data, err := l.pkg.Read(name)
	if err != nil {
		return out
	}
	r, err := parseXML(data)
	if err != nil {
		return out
	}
	for _, c := range r.path("Relationships").children {
		out[c.get("Id")] = strings.TrimPrefix(c.get("Target"), "/word/")
	}
	return out
}
