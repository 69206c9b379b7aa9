package gbt9704

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"strings"
)

// node is an element of a parsed XML part, by local names: the linter
// reads WordprocessingML whatever prefixes a producer chose.
type node struct {
	name     string
	attr     map[string]string
	children []*node
	text     string // character data directly inside (w:t, w:instrText)
}

// parseXML reads a whole part into a tree. Depth is bounded so a hostile
// document cannot exhaust the stack of the walkers.
func parseXML(data []byte) (*node, error) {
	root, _, err := parseXMLSpans(data)
	return root, err
}

// parseXMLSpans is parseXML that also returns what bodyChildren would:
// the byte spans of the elements directly inside the first body, read in
// the same pass instead of a second one over the document.
func parseXMLSpans(data []byte) (*node, []bodySpan, error) {
	if root, spans, ok := parseXMLFast(data); ok {
		return root, spans, nil
	}
	return parseXMLDecoder(data)
}

// parseXMLDecoder is parseXMLSpans with encoding/xml, for what
// parseXMLFast does not read.
func parseXMLDecoder(data []byte) (*node, []bodySpan, error) {
	dec := xml.NewDecoder(bytes.NewReader(data))
	root := &node{name: "#root"}
	stack := []*node{root}
	var spans []bodySpan
	depth, bodyDepth, start := 0, -1, 0
	for {
		off := int(dec.InputOffset())
		tok, err := dec.RawToken()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if len(stack) > 200 {
				return nil, nil, fmt.Errorf("XML 嵌套过深")
			}
			depth++
			if t.Name.Local == "body" && bodyDepth < 0 {
				bodyDepth = depth
			} else if bodyDepth > 0 && depth == bodyDepth+1 {
				start = off
			}
			// Most elements have no attributes: no map for them (get
			// reads a nil map as empty).
			n := &node{name: t.Name.Local}
			if len(t.Attr) > 0 {
				n.attr = make(map[string]string, len(t.Attr))
				for _, a := range t.Attr {
					n.attr[a.Name.Local] = a.Value
				}
			}
			top := stack[len(stack)-1]
			top.children = append(top.children, n)
			stack = append(stack, n)
		case xml.EndElement:
			if bodyDepth > 0 && depth == bodyDepth+1 {
				spans = append(spans, bodySpan{t.Name.Local, start, int(dec.InputOffset())})
			}
			if depth == bodyDepth {
				bodyDepth = 0 // the body's end: later elements are not its children
			}
			depth--
			if len(stack) > 1 {
				stack = stack[:len(stack)-1]
			}
		case xml.CharData:
			top := stack[len(stack)-1]
			if top.name == "t" || top.name == "instrText" {
				top.text += string(t)
			}
		}
	}
	return root, spans, nil
}

// child returns the first child named name, or nil.
func (n *node) child(name string) *node {
	if n == nil {
		return nil
	}
	for _, c := range n.children {
		if c.name == name {
			return c
		}
	}
	return nil
}

// path follows a chain of child names.
func (n *node) path(names ...string) *node {
	for _, name := range names {
		n = n.child(name)
	}
	return n
}

// get returns an attribute, "" on a nil node.
func (n *node) get(name string) string {
	if n == nil {
		return ""
	}
	return n.attr[name]
}

// find calls f for every descendant in document order; f returns false to
// skip a subtree.
func (n *node) walk(f func(*node) bool) {
	if n == nil {
		return
	}
	for _, c := range n.children {
		if f(c) {
			c.walk(f)
		}
	}
}

// paraText is the visible text of a paragraph: w:t, tabs as "\t", breaks as
// "\n"; field instructions are not text.
func paraText(p *node) string {
	var b strings.Builder
	p.walk(func(c *node) bool {
		switch c.name {
		case "t":
			b.WriteString(c.text)
		case "tab":
			b.WriteString("\t")
		case "br", "cr":
			b.WriteString("\n")
		case "instrText", "delText", "pPr", "rPr":
			return false
		}
		return true
	})
	return b.String()
}
