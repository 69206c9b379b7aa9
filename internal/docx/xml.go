package docx

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// nodeKind says what a node of the part's tree is.
type nodeKind uint8

const (
	kindRoot  nodeKind = iota
	kindElem           // an element, with its start and end tags
	kindText           // character data between tags
	kindOther          // declaration, comment, processing instruction, CDATA
)

// node is one item of a part, addressed by byte offsets into the part's
// source. The tree is only an index: output copies the source bytes of every
// node that the engine does not change, so namespaces, prefixes, attribute
// order and unknown elements survive byte for byte.
type node struct {
	kind       nodeKind
	name       string // qualified name, e.g. "w:p"
	start, end int    // the whole node: src[start:end]
	tagEnd     int    // end of the start tag
	closeStart int    // start of the end tag (== end when self-closing)
	kids       []*node
	parent     *node
}

// local returns the name without its prefix.
func (n *node) local() string {
	if i := strings.IndexByte(n.name, ':'); i >= 0 {
		return n.name[i+1:]
	}
	return n.name
}

// prefix returns the namespace prefix of the name ("w" for "w:p").
func (n *node) prefix() string {
	if i := strings.IndexByte(n.name, ':'); i >= 0 {
		return n.name[:i]
	}
	return ""
}

// is reports whether n is a WordprocessingML element with the local name.
// Word always binds the main namespace to "w"; so do WPS and LibreOffice.
func (n *node) is(local string) bool {
	return n.kind == kindElem && len(n.name) == len(local)+2 && n.name[0] == 'w' && n.name[1] == ':' && n.name[2:] == local
}

// xmlError is a malformed-part error with a byte offset.
type xmlError struct {
	off int
	msg string
}

func (e *xmlError) Error() string {
	return fmt.Sprintf("XML 格式错误（字节 %d）：%s", e.off, e.msg)
}

// maxDepth bounds element nesting; Word documents stay far below it, and
// the tree is walked recursively.
const maxDepth = 2000

// parseXML builds the tree of src. It checks only what the engine relies on
// (tags balanced, names matching); it does not resolve namespaces.
func parseXML(src []byte) (*node, error) {
	root := &node{kind: kindRoot, end: len(src), tagEnd: 0, closeStart: len(src)}
	cur := root
	i, depth := 0, 0
	for i < len(src) {
		if src[i] != '<' {
			j := bytes.IndexByte(src[i:], '<')
			if j < 0 {
				j = len(src) - i
			}
			cur.kids = append(cur.kids, &node{kind: kindText, start: i, end: i + j, parent: cur})
			i += j
			continue
		}
		rest := src[i:]
		end := -1
		after := func(close string, from int) {
			if j := bytes.Index(rest[from:], []byte(close)); j >= 0 {
				end = from + j + len(close)
			}
		}
		switch {
		case bytes.HasPrefix(rest, []byte("<?")):
			after("?>", 2)
		case bytes.HasPrefix(rest, []byte("<!--")):
			after("-->", 4)
		case bytes.HasPrefix(rest, []byte("<![CDATA[")):
			after("]]>", 9)
		case bytes.HasPrefix(rest, []byte("<!")):
			after(">", 2)
		case bytes.HasPrefix(rest, []byte("</")):
			e := bytes.IndexByte(rest, '>')
			if e < 0 {
				return nil, &xmlError{i, "结束标签未闭合"}
			}
			name := string(bytes.TrimSpace(rest[2:e]))
			if cur.kind != kindElem || cur.name != name {
				return nil, &xmlError{i, fmt.Sprintf("结束标签 </%s> 与开始标签不匹配", name)}
			}
			cur.closeStart = i
			cur.end = i + e + 1
			cur = cur.parent
			depth--
			i += e + 1
			continue
		default:
			e, err := tagEnd(src, i)
			if err != nil {
				return nil, err
			}
			j := i + 1
			for j < e && !isSpace(src[j]) && src[j] != '/' && src[j] != '>' {
				j++
			}
			n := &node{kind: kindElem, name: string(src[i+1 : j]), start: i, tagEnd: e, parent: cur}
			cur.kids = append(cur.kids, n)
			if src[e-2] == '/' {
				n.end, n.closeStart = e, e
			} else {
				cur = n
				if depth++; depth > maxDepth {
					return nil, &xmlError{i, fmt.Sprintf("元素嵌套超过 %d 层", maxDepth)}
				}
			}
			i = e
			continue
		}
		if end < 0 {
			return nil, &xmlError{i, "标记未闭合"}
		}
		cur.kids = append(cur.kids, &node{kind: kindOther, start: i, end: i + end, parent: cur})
		i += end
	}
	if cur != root {
		return nil, &xmlError{len(src), fmt.Sprintf("元素 <%s> 未闭合", cur.name)}
	}
	return root, nil
}

// tagEnd returns the offset just past the '>' of the start tag at i,
// skipping quoted attribute values.
func tagEnd(src []byte, i int) (int, error) {
	var q byte
	for j := i + 1; j < len(src); j++ {
		c := src[j]
		switch {
		case q != 0:
			if c == q {
				q = 0
			}
		case c == '"' || c == '\'':
			q = c
		case c == '>':
			return j + 1, nil
		}
	}
	return 0, &xmlError{i, "开始标签未闭合"}
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// attr finds attribute name in the start tag of n and returns its raw value
// and the value's offsets in src.
func attr(src []byte, n *node, name string) (val string, vs, ve int, ok bool) {
	tag := src[n.start:n.tagEnd]
	j := 1 + len(n.name)
	for j < len(tag) {
		for j < len(tag) && isSpace(tag[j]) {
			j++
		}
		k := j
		for k < len(tag) && tag[k] != '=' && !isSpace(tag[k]) && tag[k] != '>' && tag[k] != '/' {
			k++
		}
		if k == j {
			break
		}
		an := string(tag[j:k])
		for k < len(tag) && isSpace(tag[k]) {
			k++
		}
		if k >= len(tag) || tag[k] != '=' {
			break
		}
		k++
		for k < len(tag) && isSpace(tag[k]) {
			k++
		}
		if k >= len(tag) {
			break
		}
		q := tag[k]
		e := bytes.IndexByte(tag[k+1:], q)
		if e < 0 {
			break
		}
		if an == name {
			return string(tag[k+1 : k+1+e]), n.start + k + 1, n.start + k + 1 + e, true
		}
		j = k + 1 + e + 1
	}
	return "", 0, 0, false
}

// unescape decodes the entities and character references of XML text.
func unescape(s []byte) string {
	if bytes.IndexByte(s, '&') < 0 {
		return string(s)
	}
	var b strings.Builder
	for len(s) > 0 {
		i := bytes.IndexByte(s, '&')
		if i < 0 {
			b.Write(s)
			break
		}
		b.Write(s[:i])
		s = s[i:]
		j := bytes.IndexByte(s, ';')
		if j < 0 {
			b.Write(s)
			break
		}
		ent := string(s[1:j])
		switch {
		case ent == "amp":
			b.WriteByte('&')
		case ent == "lt":
			b.WriteByte('<')
		case ent == "gt":
			b.WriteByte('>')
		case ent == "quot":
			b.WriteByte('"')
		case ent == "apos":
			b.WriteByte('\'')
		case strings.HasPrefix(ent, "#x") || strings.HasPrefix(ent, "#X"):
			v, err := strconv.ParseUint(ent[2:], 16, 32)
			if err != nil {
				b.Write(s[:j+1])
			} else {
				b.WriteRune(rune(v))
			}
		case strings.HasPrefix(ent, "#"):
			v, err := strconv.ParseUint(ent[1:], 10, 32)
			if err != nil {
				b.Write(s[:j+1])
			} else {
				b.WriteRune(rune(v))
			}
		default:
			b.Write(s[:j+1])
		}
		s = s[j+1:]
	}
	return b.String()
}

// validXMLRune reports whether XML 1.0 allows r in a document.
func validXMLRune(r rune) bool {
	return r == 0x9 || r == 0xA || r == 0xD ||
		(r >= 0x20 && r <= 0xD7FF) || (r >= 0xE000 && r <= 0xFFFD) || (r >= 0x10000 && r <= 0x10FFFF)
}

// escapeText appends s to b as XML character data: & < > escaped, characters
// XML 1.0 forbids (and invalid UTF-8) dropped.
func escapeText(b []byte, s string) []byte {
	last := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			var rep string
			switch {
			case c == '&':
				rep = "&amp;"
			case c == '<':
				rep = "&lt;"
			case c == '>':
				rep = "&gt;"
			case c < 0x20 && c != '\t' && c != '\n' && c != '\r':
				rep = ""
			default:
				i++
				continue
			}
			b = append(b, s[last:i]...)
			b = append(b, rep...)
			i++
			last = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if (r == utf8.RuneError && size == 1) || !validXMLRune(r) {
			b = append(b, s[last:i]...)
			i += size
			last = i
			continue
		}
		i += size
	}
	return append(b, s[last:]...)
}
