package templates_test

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"sort"
	"strings"

	"gongwen/internal/docx/docxtest"
)

// node is an element of a WordprocessingML part.
type node struct {
	name  string // local name
	attrs map[string]string
	kids  []*node
	text  string // character data of w:t and w:instrText
}

func parseTree(data []byte) (*node, error) {
	d := xml.NewDecoder(bytes.NewReader(data))
	root := &node{name: "#root"}
	stack := []*node{root}
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return root, nil
		}
		if err != nil {
			return nil, err
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			n := &node{name: tok.Name.Local, attrs: map[string]string{}}
			for _, a := range tok.Attr {
				n.attrs[a.Name.Local] = a.Value
			}
			top := stack[len(stack)-1]
			top.kids = append(top.kids, n)
			stack = append(stack, n)
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		case xml.CharData:
			stack[len(stack)-1].text += string(tok)
		}
	}
}

func (n *node) child(name string) *node {
	if n == nil {
		return nil
	}
	for _, k := range n.kids {
		if k.name == name {
			return k
		}
	}
	return nil
}

func (n *node) path(names ...string) *node {
	for _, name := range names {
		n = n.child(name)
	}
	return n
}

// on reports whether a toggle property (w:keepNext, w:pageBreakBefore) is
// present and not switched off.
func on(n *node) bool {
	if n == nil {
		return false
	}
	v := n.attrs["val"]
	return v != "0" && v != "false" && v != "off"
}

// style is what the text dump needs of a paragraph style, resolved along
// its basedOn chain.
type style struct {
	name               string
	keepNext, pageBrk  *bool
	jc, font, size     string
	basedOn            string
	resolvedOnce, busy bool
}

type styleSheet struct {
	byID        map[string]*style
	defaultPara string
	defFont     string
	defSize     string
	defJC       string
}

func readStyles(data []byte) (*styleSheet, error) {
	s := &styleSheet{byID: map[string]*style{}}
	if data == nil {
		return s, nil
	}
	root, err := parseTree(data)
	if err != nil {
		return nil, err
	}
	styles := root.child("styles")
	defs := styles.child("docDefaults")
	if r := defs.path("rPrDefault", "rPr"); r != nil {
		s.defFont = r.path("rFonts").attr("eastAsia")
		s.defSize = r.path("sz").attr("val")
	}
	s.defJC = defs.path("pPrDefault", "pPr", "jc").attr("val")
	for _, st := range styles.kids {
		if st.name != "style" || st.attrs["type"] != "paragraph" {
			continue
		}
		id := st.attrs["styleId"]
		x := &style{name: st.child("name").attr("val"), basedOn: st.child("basedOn").attr("val")}
		if x.name == "" {
			x.name = id
		}
		if p := st.child("pPr"); p != nil {
			if k := p.child("keepNext"); k != nil {
				v := on(k)
				x.keepNext = &v
			}
			if k := p.child("pageBreakBefore"); k != nil {
				v := on(k)
				x.pageBrk = &v
			}
			x.jc = p.child("jc").attr("val")
		}
		if r := st.child("rPr"); r != nil {
			x.font = r.child("rFonts").attr("eastAsia")
			x.size = r.child("sz").attr("val")
		}
		if st.attrs["default"] == "1" {
			s.defaultPara = id
		}
		s.byID[id] = x
	}
	return s, nil
}

func (n *node) attr(name string) string {
	if n == nil {
		return ""
	}
	return n.attrs[name]
}

// resolved is a paragraph style with everything its basedOn chain and the
// document defaults give it.
func (s *styleSheet) resolved(id string) style {
	var out style
	var keep, brk *bool
	for seen := map[string]bool{}; id != "" && !seen[id]; {
		seen[id] = true
		st := s.byID[id]
		if st == nil {
			break
		}
		if out.name == "" {
			out.name = st.name
		}
		if keep == nil {
			keep = st.keepNext
		}
		if brk == nil {
			brk = st.pageBrk
		}
		if out.jc == "" {
			out.jc = st.jc
		}
		if out.font == "" {
			out.font = st.font
		}
		if out.size == "" {
			out.size = st.size
		}
		id = st.basedOn
	}
	out.keepNext, out.pageBrk = keep, brk
	if out.jc == "" {
		out.jc = s.defJC
	}
	if out.font == "" {
		out.font = s.defFont
	}
	if out.size == "" {
		out.size = s.defSize
	}
	return out
}

// docText is a built document as the golden files hold it: each body
// paragraph on a line as [style name, keep-with-next, page break before,
// alignment] and its text, runs whose east-Asian font or size differ from
// the paragraph's style marked ⟨font/size:text⟩; each table as rows of
// cells; then the headers' and footers' paragraphs.
func docText(data []byte) (string, error) {
	parts, err := docxtest.Unzip(data)
	if err != nil {
		return "", err
	}
	ss, err := readStyles(parts["word/styles.xml"])
	if err != nil {
		return "", fmt.Errorf("styles.xml: %w", err)
	}
	doc, err := parseTree(parts["word/document.xml"])
	if err != nil {
		return "", fmt.Errorf("document.xml: %w", err)
	}
	var b strings.Builder
	body := doc.path("document", "body")
	if body == nil {
		return "", fmt.Errorf("document.xml has no body")
	}
	blocks(&b, ss, body, "")
	var hf []string
	for name := range parts {
		if strings.HasPrefix(name, "word/header") || strings.HasPrefix(name, "word/footer") {
			hf = append(hf, name)
		}
	}
	sort.Strings(hf)
	for _, name := range hf {
		root, err := parseTree(parts[name])
		if err != nil {
			return "", fmt.Errorf("%s: %w", name, err)
		}
		fmt.Fprintf(&b, "--- %s\n", name)
		for _, top := range root.kids {
			blocks(&b, ss, top, "")
		}
	}
	return b.String(), nil
}

func blocks(b *strings.Builder, ss *styleSheet, parent *node, indent string) {
	for _, k := range parent.kids {
		switch k.name {
		case "p":
			b.WriteString(indent + para(ss, k) + "\n")
		case "tbl":
			b.WriteString(indent + "┌表格\n")
			for _, tr := range k.kids {
				if tr.name != "tr" {
					continue
				}
				b.WriteString(indent + "├行\n")
				for _, tc := range tr.kids {
					if tc.name != "tc" {
						continue
					}
					mark := "│"
					if vm := tc.path("tcPr", "vMerge"); vm != nil && vm.attrs["val"] != "restart" {
						mark = "│(上格续)"
					}
					if span := tc.path("tcPr", "gridSpan").attr("val"); span != "" && span != "1" {
						mark += "(跨" + span + "列)"
					}
					b.WriteString(indent + mark + "\n")
					blocks(b, ss, tc, indent+"  ")
				}
			}
			b.WriteString(indent + "└表格\n")
		case "sdt":
			blocks(b, ss, k.child("sdtContent"), indent)
		}
	}
}

func para(ss *styleSheet, p *node) string {
	ppr := p.child("pPr")
	id := ppr.child("pStyle").attr("val")
	if id == "" {
		id = ss.defaultPara
	}
	st := ss.resolved(id)
	keep := st.keepNext != nil && *st.keepNext
	if k := ppr.child("keepNext"); k != nil {
		keep = on(k)
	}
	brk := st.pageBrk != nil && *st.pageBrk
	if k := ppr.child("pageBreakBefore"); k != nil {
		brk = on(k)
	}
	jc := st.jc
	if j := ppr.child("jc").attr("val"); j != "" {
		jc = j
	}
	head := []string{st.name}
	if keep {
		head = append(head, "与下段同页")
	}
	if brk {
		head = append(head, "段前分页")
	}
	if jc != "" && jc != "both" {
		head = append(head, jc)
	}
	var segs []segment
	runs(&segs, st, p)
	var text strings.Builder
	for _, s := range segs {
		if s.mark != "" {
			text.WriteString("⟨" + s.mark + ":" + s.text + "⟩")
		} else {
			text.WriteString(s.text)
		}
	}
	return "[" + strings.Join(head, "|") + "]" + text.String()
}

// segment is text of adjacent runs that differ from their paragraph's
// style alike (mark), so how a template splits its runs does not show.
type segment struct{ mark, text string }

// runs appends the text of the runs under n, in order.
func runs(segs *[]segment, st style, n *node) {
	for _, k := range n.kids {
		switch k.name {
		case "r":
			var t strings.Builder
			for _, x := range k.kids {
				switch x.name {
				case "t":
					t.WriteString(x.text)
				case "tab":
					t.WriteString("→")
				case "br":
					if x.attrs["type"] == "page" {
						t.WriteString("[分页符]")
					} else {
						t.WriteString("↵")
					}
				case "cr":
					t.WriteString("↵")
				}
			}
			if t.Len() == 0 {
				continue
			}
			rpr := k.child("rPr")
			var diff []string
			if f := rpr.child("rFonts").attr("eastAsia"); f != "" && f != st.font {
				diff = append(diff, f)
			}
			if sz := rpr.child("sz").attr("val"); sz != "" && sz != st.size {
				diff = append(diff, "sz"+sz)
			}
			mark := strings.Join(diff, "/")
			if n := len(*segs); n > 0 && (*segs)[n-1].mark == mark {
				(*segs)[n-1].text += t.String()
			} else {
				*segs = append(*segs, segment{mark, t.String()})
			}
		case "pPr", "rPr":
		default:
			runs(segs, st, k)
		}
	}
}
