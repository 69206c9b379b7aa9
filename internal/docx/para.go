package docx

import (
	"strings"
	"unicode/utf8"
)

// seg is the text of one w:t of a paragraph, decoded, and where it sits in
// the paragraph's concatenated text.
type seg struct {
	t    *node  // the w:t element
	run  *node  // the w:r holding it
	text string // decoded text
	off  int    // offset of text in para.full
	mark bool   // a w:tab, w:br or w:cr standing for "\t" or "\n"
}

// para is one w:p with the actions found in its text.
type para struct {
	n              *node
	part           string
	index          int // 1-based, in document order within the part
	tbl, row, cell int // 1-based position in the outermost enclosing table; 0 outside tables
	rowNode        *node
	cellNode       *node
	full           string // concatenated text of the w:t elements
	segs           []seg
	acts           []*action
	plain          bool // holds only text runs, proofing marks, bookmarks, breaks and tabs
	sectPr         bool // its pPr carries a section break
	// What an editor leaves in a paragraph that holds nothing else: page
	// and column breaks (as typed or as LibreOffice writes a following
	// paragraph's page-break-before), a page-break-before of its own, and
	// bookmarks. When the paragraph is removed for holding only control
	// actions, these are moved out (see moveOut), never an error.
	breaks     []string // "page" or "column", in order
	pageBefore bool     // its pPr asks for a page break before it
	marks      []*node  // bookmarkStart and bookmarkEnd elements
	content    string   // the first element that makes it more than text (w:drawing…), for messages
	keptBy     string   // it holds control actions only but is kept for this content (Chinese)
	// Set by moveOut: where the moved-out things are written among the
	// paragraph's actions, breaks with nowhere to go, bookmarks that stay;
	// and on the receiving paragraph, a page break before it and column
	// breaks at its start.
	split           int
	stranded        []string
	keepMarks       []*node
	breakBefore     bool
	lead            []string
	structural      bool // removed; only its actions remain
	pPr             string
	hasFieldOrImage bool
	area            string // the part as Word shows it (see areaLabels); empty: named from the part
	note            int    // number of the footnote or endnote holding it
	box             bool   // in a text box
	// after names what stands before a paragraph that holds only actions:
	// how the nearest paragraph with text of its own begins (“…”), or the
	// table (第 N 个表格). Word numbers no paragraphs; this is how a person
	// finds it.
	after string
	// nth is the paragraph's place among the paragraphs of its part,
	// outside tables, that begin with the same words (opening), when
	// there are several (twins): the two body lines of a notice, its own
	// and its attachment's, are told apart as the 1st and the 2nd.
	nth, twins int
	// opening is how the paragraph begins in its place, when its first
	// openingRunes characters are another paragraph's too.
	opening string
}

// placement says where an action goes in the compiled template.
type placement uint8

const (
	placeInline     placement = iota // inside the w:t of the run where it starts
	placeBlock                       // in place of its paragraph (the paragraph is removed)
	placeRowBefore                   // before the table row holding it (row loop start)
	placeRowAfter                    // after the table row holding it (row loop end)
	placeRowMarker                   // in place of its marker row (the row is removed)
	placeText                        // in the character data of a plain XML part (core.xml)
	placeCellBefore                  // before the table cell holding it (column loop start)
	placeCellAfter                   // after the table cell holding it (column loop end)
)

// action is one {{ … }} as the author typed it.
type action struct {
	p          *para
	start, end int    // byte range in p.full, delimiters included
	typed      string // as typed
	inner      string // normalised, between the delimiters (trim markers kept)
	kw         string // first word: if, range, with, else, end, define, block, break, continue, template, comment, decl, or ""
	place      placement
	open       *action   // for else/end: the action that opened the block
	mids       []*action // for openers: else branches
	close      *action   // for openers: the matching end
	outer      *action   // the innermost opener around it (a chain, not a copy of the stack: deep nesting stays linear)
	host       int       // index into the part's hosts (+1) when the action calls paras
	level      string    // the XML ancestry of its place; members of one block must agree
	seq        int       // index in the part's action list
	textParent *node     // for placeText: the element holding the text
	locate     bool      // its functions may fail in the writer: mark where it runs
}

// silent reports whether the action prints nothing, so that a paragraph of
// silent actions only can be removed.
func (a *action) silent() bool {
	switch a.kw {
	case "if", "range", "with", "else", "end", "define", "block", "break", "continue", "comment", "decl":
		return true
	}
	return false
}

func (a *action) opener() bool {
	switch a.kw {
	case "if", "range", "with", "define", "block":
		return true
	}
	return false
}

// rawAct is an action found in a text, before it is tied to a paragraph.
type rawAct struct {
	start, end int
	inner      string
}

var (
	openDelims  = []string{"{{", "｛｛", "{｛", "｛{"}
	closeDelims = []string{"}}", "｝｝", "}｝", "｝}"}
)

func hasDelimAt(s string, i int, delims []string) int {
	for _, d := range delims {
		if strings.HasPrefix(s[i:], d) {
			return len(d)
		}
	}
	return 0
}

// findActions finds the actions in s. It accepts the full-width braces a
// Chinese IME types, and skips string literals (straight or curly quotes)
// when looking for the closing braces. unclosed holds the offsets of
// opening braces that are never closed.
func findActions(s string) (acts []rawAct, unclosed []int) {
	i := 0
	for i < len(s) {
		j := strings.IndexAny(s[i:], "{｛")
		if j < 0 {
			break
		}
		i += j
		ol := hasDelimAt(s, i, openDelims)
		if ol == 0 {
			_, sz := utf8.DecodeRuneInString(s[i:])
			i += sz
			continue
		}
		start := i
		k := i + ol
		// A comment may hold quotes of any kind: skip to its "*/".
		if rest := strings.TrimLeft(strings.TrimPrefix(strings.TrimLeft(s[k:], " "), "-"), " 　"); strings.HasPrefix(rest, "/*") {
			if j := strings.Index(rest, "*/"); j >= 0 {
				k = len(s) - len(rest) + j + 2
			}
		}
		end := actionEnd(s, k, true)
		if end < 0 {
			end = actionEnd(s, k, false)
		}
		if end < 0 {
			unclosed = append(unclosed, start)
			i = start + ol
			continue
		}
		innerEnd := end - closeLen(s[:end])
		acts = append(acts, rawAct{start: start, end: end, inner: keywordCase(normalise(s[start+ol : innerEnd]))})
		i = end
	}
	return acts, unclosed
}

// actionEnd is the offset just past the closing braces of the action whose
// text starts at k, or -1 when it is not closed before the next action opens
// or the text ends. String literals are skipped. strict: a string opened
// with a straight quote is closed only by a straight quote, so curly quotes
// inside it are text ({{printf "“%s”" .Title}}); a string opened with a
// curly quote (Word's AutoCorrect) is closed by any double quote. Callers try
// strict first and fall back to lenient when that never closes (or a strict
// string runs into the next action's braces).
func actionEnd(s string, k int, strict bool) int {
	var quote rune // 0, '"', '`' or '\''
	var straight bool
	for k < len(s) {
		r, sz := utf8.DecodeRuneInString(s[k:])
		if quote != 0 {
			switch {
			case quote == '"' && r == '\\' || quote == '\'' && r == '\\':
				k += sz
				if k < len(s) {
					_, sz = utf8.DecodeRuneInString(s[k:])
				}
			case quote == '`' && r == '`':
				quote = 0
			case closesQuote(quote, straight && strict, r):
				quote = 0
			case strict && straight && quote == '"' && hasDelimAt(s, k, openDelims) > 0:
				// More likely a straight quote closed by a curly one,
				// running on into the next action: let lenient decide.
				return -1
			}
			k += sz
			continue
		}
		quote, straight = opensQuote(r)
		if quote != 0 {
			k += sz
			continue
		}
		if cl := hasDelimAt(s, k, closeDelims); cl > 0 {
			return k + cl
		}
		if hasDelimAt(s, k, openDelims) > 0 {
			return -1 // a new action starts: this one was never closed
		}
		k += sz
	}
	return -1
}

// opensQuote says which literal r opens outside a string: '"', '`', '\” or
// 0 for none; straight is true for the ASCII quote characters.
func opensQuote(r rune) (quote rune, straight bool) {
	switch r {
	case '"':
		return '"', true
	case '“', '”', '„', '＂':
		return '"', false
	case '`':
		return '`', true
	case '\'':
		return '\'', true
	case '‘', '’', '＇':
		return '\'', false
	}
	return 0, false
}

// closesQuote reports whether r ends a string or character literal opened
// by quote ('"' or '\”). onlyStraight: only the ASCII quote does.
func closesQuote(quote rune, onlyStraight bool, r rune) bool {
	switch quote {
	case '"':
		return r == '"' || !onlyStraight && (r == '”' || r == '“' || r == '＂')
	case '\'':
		return r == '\'' || !onlyStraight && (r == '’' || r == '‘' || r == '＇')
	}
	return false
}

func closeLen(s string) int {
	for _, d := range closeDelims {
		if strings.HasSuffix(s, d) {
			return len(d)
		}
	}
	return 2
}

// normalise undoes what word processors do to an action's text: curly
// quotes that delimit a string become straight, full-width and no-break
// spaces become spaces, and outside string literals the full-width
// punctuation of a Chinese IME becomes ASCII. Inside a string opened with a
// straight quote, curly quotes are the author's text and stay
// ({{printf "“%s”" .Title}}); if such a string is never closed by a straight
// quote, the curly one is taken as its end after all.
func normalise(s string) string {
	if out, closed := normaliseQuotes(s, true); closed {
		return out
	}
	out, _ := normaliseQuotes(s, false)
	return out
}

// normaliseQuotes is normalise with the strictness of actionEnd; closed is
// false when a string literal is still open at the end.
func normaliseQuotes(s string, strict bool) (string, bool) {
	var b strings.Builder
	b.Grow(len(s))
	var quote rune
	var straight bool
	for i := 0; i < len(s); {
		r, sz := utf8.DecodeRuneInString(s[i:])
		i += sz
		if quote != 0 {
			switch {
			case r == '\\' && quote != '`' && i < len(s):
				b.WriteRune(r)
				r2, sz2 := utf8.DecodeRuneInString(s[i:])
				i += sz2
				b.WriteRune(r2)
				continue
			case quote == '`' && r == '`':
				quote = 0
			case quote != '`' && closesQuote(quote, straight && strict, r):
				r, quote = quote, 0
			}
			b.WriteRune(r)
			continue
		}
		if q, st := opensQuote(r); q != 0 {
			quote, straight, r = q, st, q
			b.WriteRune(r)
			continue
		}
		switch r {
		case '\u3000', '\u00a0', '\u2002', '\u2003', '\u2009', '\t', '\n':
			r = ' '
		case '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad':
			continue // invisible characters some editors insert
		case '。':
			r = '.'
		case '＿':
			r = '_'
		case '（':
			r = '('
		case '）':
			r = ')'
		case '｜':
			r = '|'
		case '，':
			r = ','
		case '：':
			r = ':'
		case '＝':
			r = '='
		case '＄':
			r = '$'
		case '．':
			r = '.'
		case '–', '—', '−', '－':
			r = '-'
		}
		b.WriteRune(r)
	}
	return b.String(), quote == 0
}

// keywordCase lowercases a capitalised keyword at the start of an action
// ("{{Range .X}}", "{{End}}"): Word's AutoCorrect capitalises the first
// letter of a paragraph.
func keywordCase(inner string) string {
	i := 0
	for i < len(inner) && (inner[i] == ' ' || inner[i] == '-') {
		if inner[i] == '-' && (i+1 >= len(inner) || inner[i+1] != ' ') {
			break
		}
		i++
	}
	j := i
	for j < len(inner) && inner[j] >= 'A' && inner[j] <= 'z' {
		j++
	}
	w := inner[i:j]
	if w == "" || w[0] < 'A' || w[0] > 'Z' {
		return inner
	}
	switch l := strings.ToLower(w); l {
	case "if", "range", "with", "else", "end", "define", "block", "template", "break", "continue":
		if w == strings.ToUpper(w[:1])+l[1:] {
			return inner[:i] + l + inner[j:]
		}
	}
	return inner
}

var declRE = lazyRE(`^\$[\pL\pN_]*\s*(,\s*\$[\pL\pN_]*\s*)?(:=|=)`)

// keyword classifies an action by its first word.
func keyword(inner string) string {
	s := strings.TrimSpace(inner)
	s = strings.TrimPrefix(s, "-")
	s = strings.TrimSuffix(s, "-")
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "/*") {
		return "comment"
	}
	if declRE.MatchString(s) {
		return "decl"
	}
	w := s
	if i := strings.IndexAny(s, " \t\n("); i >= 0 {
		w = s[:i]
	}
	switch w {
	case "if", "range", "with", "else", "end", "define", "block", "break", "continue", "template":
		return w
	}
	return ""
}

// around returns the text of p around the action, for error messages.
func (a *action) around() string {
	const n = 12
	before := []rune(a.p.full[:a.start])
	after := []rune(a.p.full[a.end:])
	pre, post := "", ""
	if len(before) > n {
		before, pre = before[len(before)-n:], "…"
	}
	if len(after) > n {
		after, post = after[:n], "…"
	}
	return pre + string(before) + a.typed + string(after) + post
}

// contentElems are what a paragraph shows besides text; a paragraph with
// any of them is never removed for holding only control actions.
// Wrappers (w:ins, w:smartTag, w:customXml, w:hyperlink, w:sdt) and marks
// (comments, permissions) are not content.
var contentElems = map[string]bool{
	"w:drawing": true, "w:pict": true, "w:object": true, "w:fldChar": true, "w:fldSimple": true,
	"w:instrText": true, "w:tab": true, "w:br": true, "w:cr": true, "w:sym": true, "w:ptab": true,
	"w:footnoteReference": true, "w:endnoteReference": true, "w:txbxContent": true, "w:delText": true,
	"w:noBreakHyphen": true, "w:softHyphen": true, "w:ruby": true, "w:fldData": true,
}

// collectSegs gathers the w:t texts of paragraph p, in order, skipping text
// boxes (their paragraphs are paragraphs of their own).
func collectSegs(src []byte, p *para) {
	var walk func(n *node, run *node)
	var b strings.Builder
	plain := true
	walk = func(n *node, run *node) {
		for _, k := range n.kids {
			if k.kind != kindElem {
				continue
			}
			switch {
			case k.is("txbxContent"):
				if plain {
					p.content = k.name
				}
				plain = false
				continue
			case k.is("r"):
				walk(k, k)
				continue
			case k.is("t") && run != nil:
				var txt strings.Builder
				for _, c := range k.kids {
					if c.kind == kindText {
						txt.WriteString(unescape(src[c.start:c.end]))
					} else if c.kind == kindOther && strings.HasPrefix(string(src[c.start:c.end]), "<![CDATA[") {
						txt.Write(src[c.start+9 : c.end-3])
					}
				}
				p.segs = append(p.segs, seg{t: k, run: run, text: txt.String(), off: b.Len()})
				b.WriteString(txt.String())
				continue
			case (k.is("tab") || k.is("br") || k.is("cr")) && run != nil:
				// A tab or line break typed inside an action is white
				// space there; outside actions it stays as it is. A page
				// or column break does not keep a paragraph of control
				// actions: the paragraph goes and the break moves out.
				txt := "\t"
				if !k.is("tab") {
					txt = "\n"
				}
				typ, _, _, _ := attr(src, k, "w:type")
				if k.is("br") && (typ == "page" || typ == "column") {
					p.breaks = append(p.breaks, typ)
				} else {
					if plain {
						p.content = k.name
					}
					plain = false
				}
				p.segs = append(p.segs, seg{t: k, run: run, text: txt, off: b.Len(), mark: true})
				b.WriteString(txt)
				continue
			case k.is("pPr") && n == p.n:
				p.pPr = string(src[k.start:k.end])
				for _, c := range k.kids {
					switch {
					case c.is("sectPr"):
						p.sectPr = true
					case c.is("pageBreakBefore"):
						p.pageBefore = onOff(src, c)
					}
				}
				continue
			case k.is("bookmarkStart"), k.is("bookmarkEnd"):
				p.marks = append(p.marks, k)
				continue
			case k.is("rPr"), k.is("proofErr"), k.is("lastRenderedPageBreak"):
				continue
			}
			if contentElems[k.name] || !strings.HasPrefix(k.name, "w:") {
				if plain {
					p.content = k.name
				}
				plain = false
			}
			walk(k, run)
		}
	}
	walk(p.n, nil)
	p.full = b.String()
	p.plain = plain
}

// onOff reads a WordprocessingML on/off property: present means on unless
// its w:val says 0, false or off.
func onOff(src []byte, n *node) bool {
	v, _, _, ok := attr(src, n, "w:val")
	return !ok || (v != "0" && v != "false" && v != "off")
}

// contentName says in Chinese what kind of content an element is, for the
// message that a paragraph of control actions cannot be removed.
func contentName(name string) string {
	switch name {
	case "w:drawing", "w:pict", "w:object":
		return "图片或图形"
	case "w:fldChar", "w:fldSimple", "w:instrText", "w:fldData":
		return "域（页码、日期等）"
	case "w:txbxContent":
		return "文本框"
	case "w:footnoteReference", "w:endnoteReference":
		return "脚注或尾注的引用"
	case "w:sym":
		return "符号"
	case "w:tab", "w:ptab":
		return "制表符"
	case "w:br", "w:cr":
		return "换行符"
	case "w:delText":
		return "修订中删除的文字"
	case "w:noBreakHyphen", "w:softHyphen", "w:ruby":
		return "特殊字符"
	}
	return "其他内容（" + name + "）"
}
