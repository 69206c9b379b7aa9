package gbt9704

import (
	"bytes"
	"strconv"
	"strings"
	"unicode/utf8"
)

// parseXMLFast is parseXMLSpans without encoding/xml, for the markup Word,
// WPS, LibreOffice and gongwen write: elements, attributes in quotes, text,
// the five predefined entities and character references, comments and the
// XML declaration. It gives the same tree and spans as encoding/xml's
// RawToken would, and ok false for anything else — a CDATA section, a
// DOCTYPE, a carriage return, a name outside ASCII, malformed markup —
// which the caller then reads with encoding/xml, errors and all. encoding/xml
// reads a byte at a time through interfaces: it was most of the time of
// PlaceColophon's estimate, run on every notice a build writes, and of
// reading the templates' styles (FuzzParseXMLFast holds the two equal).
func parseXMLFast(data []byte) (root *node, spans []bodySpan, ok bool) {
	p, ok := newXMLScanner(data)
	if !ok {
		return nil, nil, false
	}
	root = &node{name: "#root"}
	stack := []*node{root}
	depth, bodyDepth, start := 0, -1, 0
	var t xmlTok
	for p.next(&t) {
		switch t.kind {
		case tokStart:
			if len(stack) > 200 {
				return nil, nil, false // encoding/xml's reader says 嵌套过深
			}
			depth++
			if t.local == "body" && bodyDepth < 0 {
				bodyDepth = depth
			} else if bodyDepth > 0 && depth == bodyDepth+1 {
				start = t.off
			}
			n := &node{name: t.local}
			if len(t.attrs) > 0 {
				n.attr = make(map[string]string, len(t.attrs))
				for _, a := range t.attrs {
					n.attr[a.local] = a.value
				}
			}
			top := stack[len(stack)-1]
			top.children = append(top.children, n)
			stack = append(stack, n)
		case tokEnd:
			if bodyDepth > 0 && depth == bodyDepth+1 {
				spans = append(spans, bodySpan{t.local, start, p.i})
			}
			if depth == bodyDepth {
				bodyDepth = 0 // the body's end: later elements are not its children
			}
			depth--
			if len(stack) > 1 {
				stack = stack[:len(stack)-1]
			}
		case tokText:
			if top := stack[len(stack)-1]; top.name == "t" || top.name == "instrText" {
				text, _ := unescapeXML(t.raw, false)
				top.text += text
			}
		}
	}
	if p.bad {
		return nil, nil, false
	}
	return root, spans, true
}

// Kinds of xmlTok.
const (
	tokStart = iota + 1
	tokEnd
	tokText
)

// xmlTok is a token of xmlScanner.next, as encoding/xml's RawToken gives
// it: a start tag (with its attributes, values unescaped), an end tag (a
// self-closing tag gives both), or character data (raw: escaped, checked).
// Comments and processing instructions are skipped.
type xmlTok struct {
	kind         int
	space, local string
	attrs        []xmlAttr
	raw          []byte
	off          int // where the token starts; it ends at the scanner's i
}

type xmlAttr struct{ space, local, value string }

// newXMLScanner starts reading data; ok is false when it holds what
// encoding/xml rejects anywhere: invalid UTF-8, U+FFFE or U+FFFF.
func newXMLScanner(data []byte) (*xmlScanner, bool) {
	if !utf8.Valid(data) || bytes.Contains(data, []byte("\xef\xbf\xbe")) || bytes.Contains(data, []byte("\xef\xbf\xbf")) {
		return nil, false
	}
	return &xmlScanner{data: data, names: map[string]string{}}, true
}

// next reads the next token into t; false at the end of the data or at
// the first thing the fast reader does not read (then bad is set).
func (p *xmlScanner) next(t *xmlTok) bool {
	if p.bad {
		return false
	}
	if p.pendingEnd {
		p.pendingEnd = false
		t.kind, t.off, t.attrs = tokEnd, p.i, t.attrs[:0]
		return true
	}
	data := p.data
	for p.i < len(data) {
		off := p.i
		if data[p.i] != '<' {
			k := bytes.IndexByte(data[p.i:], '<')
			if k < 0 {
				k = len(data) - p.i
			}
			raw := data[p.i : p.i+k]
			p.i += k
			if !checkText(raw, false) {
				return p.fail()
			}
			*t = xmlTok{kind: tokText, raw: raw, off: off, attrs: t.attrs[:0]}
			return true
		}
		if p.i+1 >= len(data) {
			return p.fail()
		}
		switch data[p.i+1] {
		case '/':
			p.i += 2
			space, local, ok := p.name()
			if !ok {
				return p.fail()
			}
			p.space()
			if p.i >= len(data) || data[p.i] != '>' {
				return p.fail()
			}
			p.i++
			t.kind, t.space, t.local, t.off, t.attrs = tokEnd, space, local, off, t.attrs[:0]
			return true
		case '?':
			if !p.procInst() {
				return p.fail()
			}
		case '!':
			if !bytes.HasPrefix(data[p.i:], []byte("<!--")) {
				return p.fail() // DOCTYPE, CDATA: encoding/xml's
			}
			// The comment ends at its first "--", which must be "-->".
			j := bytes.Index(data[p.i+4:], []byte("--"))
			if j < 0 || p.i+4+j+2 >= len(data) || data[p.i+4+j+2] != '>' {
				return p.fail()
			}
			p.i += 4 + j + 3
		default:
			p.i++
			space, local, ok := p.name()
			if !ok {
				return p.fail()
			}
			t.kind, t.space, t.local, t.off, t.attrs = tokStart, space, local, off, t.attrs[:0]
			for {
				sp := p.space()
				if p.i >= len(data) {
					return p.fail()
				}
				if data[p.i] == '>' {
					p.i++
					return true
				}
				if data[p.i] == '/' {
					if p.i+1 >= len(data) || data[p.i+1] != '>' {
						return p.fail()
					}
					p.i += 2
					p.pendingEnd = true
					return true
				}
				if !sp {
					return p.fail() // attributes are separated by space
				}
				aspace, alocal, ok := p.name()
				if !ok {
					return p.fail()
				}
				p.space()
				if p.i >= len(data) || data[p.i] != '=' {
					return p.fail()
				}
				p.i++
				p.space()
				val, ok := p.attrValue()
				if !ok {
					return p.fail()
				}
				t.attrs = append(t.attrs, xmlAttr{aspace, alocal, val})
			}
		}
	}
	return false
}

func (p *xmlScanner) fail() bool {
	p.bad = true
	return false
}

// xmlScanner is parseXMLFast's position in data; names holds each name
// once.
type xmlScanner struct {
	data       []byte
	i          int
	names      map[string]string
	pendingEnd bool // a self-closing tag's end is next
	bad        bool // stopped at what the fast reader does not read
}

// space skips white space and reports whether there was any.
func (p *xmlScanner) space() bool {
	j := p.i
	for p.i < len(p.data) && (p.data[p.i] == ' ' || p.data[p.i] == '\t' || p.data[p.i] == '\n') {
		p.i++
	}
	return p.i > j
}

// name reads a name of ASCII letters, digits and _ - . with at most one
// colon, split as encoding/xml splits it: "w:p" is w and p, "a:" or ":a"
// are a local name of their own.
func (p *xmlScanner) name() (space, local string, ok bool) {
	j := p.i
	colons := 0
	for p.i < len(p.data) {
		c := p.data[p.i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', c == '_':
		case '0' <= c && c <= '9', c == '-', c == '.':
			if p.i == j {
				return "", "", false
			}
		case c == ':':
			colons++
		default:
			goto done
		}
		p.i++
	}
done:
	if p.i == j || colons > 1 {
		return "", "", false
	}
	if p.i < len(p.data) && p.data[p.i] >= utf8.RuneSelf {
		return "", "", false // a name outside ASCII: encoding/xml's tables decide
	}
	s := p.data[j:p.i]
	if k := bytes.IndexByte(s, ':'); k > 0 && k < len(s)-1 {
		return p.intern(s[:k]), p.intern(s[k+1:]), true
	}
	return "", p.intern(s), true
}

func (p *xmlScanner) intern(b []byte) string {
	if s, ok := p.names[string(b)]; ok {
		return s
	}
	s := string(b)
	p.names[s] = s
	return s
}

// attrValue reads a quoted attribute value, unescaped.
func (p *xmlScanner) attrValue() (string, bool) {
	if p.i >= len(p.data) || p.data[p.i] != '"' && p.data[p.i] != '\'' {
		return "", false
	}
	q := p.data[p.i]
	k := bytes.IndexByte(p.data[p.i+1:], q)
	if k < 0 {
		return "", false
	}
	raw := p.data[p.i+1 : p.i+1+k]
	p.i += k + 2
	if bytes.IndexByte(raw, '<') >= 0 {
		return "", false
	}
	return unescapeXML(raw, true)
}

// procInst skips a processing instruction; the XML declaration is read
// only when it declares version 1.0 and UTF-8 or no encoding, as
// encoding/xml would without a CharsetReader.
func (p *xmlScanner) procInst() bool {
	p.i += 2
	space, target, ok := p.name()
	if !ok || space != "" {
		return false
	}
	k := bytes.Index(p.data[p.i:], []byte("?>"))
	if k < 0 || k > 0 && !p.space() {
		return false
	}
	k = bytes.Index(p.data[p.i:], []byte("?>"))
	rest := string(p.data[p.i : p.i+k])
	if target == "xml" {
		for _, kv := range strings.Fields(rest) {
			name, val, ok := strings.Cut(kv, "=")
			if !ok || len(val) < 2 || (val[0] != '"' && val[0] != '\'') || val[len(val)-1] != val[0] ||
				strings.ContainsAny(val[1:len(val)-1], "=\"'") {
				return false
			}
			val = val[1 : len(val)-1]
			switch name {
			case "version":
				if val != "1.0" {
					return false
				}
			case "encoding":
				if !strings.EqualFold(val, "utf-8") {
					return false
				}
			case "standalone":
			default:
				return false
			}
		}
	}
	p.i += k + 2
	return true
}

// checkText reports whether encoding/xml reads the escaped text b (text
// or, attr, an attribute value) as unescapeXML does: no other entity, no
// carriage return or control character, no "]]>" in text, no bad
// character reference.
func checkText(b []byte, attr bool) bool {
	amp := false
	for i, c := range b {
		switch {
		case c == '&':
			amp = true
		case c < 0x20 && c != '\t' && c != '\n':
			return false
		case c == '>' && !attr && i >= 2 && b[i-1] == ']' && b[i-2] == ']':
			return false
		}
	}
	if amp {
		_, ok := unescapeXML(b, attr)
		return ok
	}
	return true
}

// unescapeXML replaces the five predefined entities and character
// references; ok is false for anything encoding/xml would reject or
// change otherwise (another entity, a carriage return, a control
// character, "]]>" in text).
func unescapeXML(b []byte, attr bool) (string, bool) {
	plain := true
	for i, c := range b {
		switch {
		case c == '&':
			plain = false
		case c < 0x20 && c != '\t' && c != '\n':
			return "", false
		case c == '>' && !attr && i >= 2 && b[i-1] == ']' && b[i-2] == ']':
			return "", false
		}
	}
	if plain {
		return string(b), true
	}
	var out strings.Builder
	out.Grow(len(b))
	for i := 0; i < len(b); {
		c := b[i]
		if c != '&' {
			out.WriteByte(c)
			i++
			continue
		}
		semi := bytes.IndexByte(b[i:], ';')
		if semi < 2 {
			return "", false
		}
		ent := string(b[i+1 : i+semi])
		switch ent {
		case "lt":
			out.WriteByte('<')
		case "gt":
			out.WriteByte('>')
		case "amp":
			out.WriteByte('&')
		case "apos":
			out.WriteByte('\'')
		case "quot":
			out.WriteByte('"')
		default:
			var n uint64
			var err error
			switch {
			case strings.HasPrefix(ent, "#x"):
				n, err = strconv.ParseUint(ent[2:], 16, 32)
			case strings.HasPrefix(ent, "#"):
				n, err = strconv.ParseUint(ent[1:], 10, 32)
			default:
				return "", false
			}
			r := rune(n)
			if err != nil || len(ent) < 2 || ent[1] == '+' || ent[1] == '-' || !inXMLRange(r) {
				return "", false
			}
			out.WriteRune(r)
		}
		i += semi + 1
	}
	return out.String(), true
}

// inXMLRange is encoding/xml's test of a character reference.
func inXMLRange(r rune) bool {
	return r == 0x09 || r == 0x0A || r == 0x0D ||
		r >= 0x20 && r <= 0xD7FF ||
		r >= 0xE000 && r <= 0xFFFD ||
		r >= 0x10000 && r <= 0x10FFFF
}
