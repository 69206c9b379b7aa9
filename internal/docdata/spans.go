package docdata

import "bytes"

// elementSpans finds what the regular expression (?s)OPEN.*?CLOSE finds —
// or, with word, (?s)OPEN\b.*?CLOSE — in doc: each span from an open tag
// to the first close after it, leftmost first, none overlapping. It is the
// regular expression's FindAllIndex without its engine: the division
// tables' width pass scanned every template's whole document.xml with
// `(?s)<w:tbl>.*?</w:tbl>`, 3% of a build's CPU time for the default set.
func elementSpans(doc []byte, open, close string, word bool) [][2]int {
	var out [][2]int
	for at := 0; at < len(doc); {
		i := bytes.Index(doc[at:], []byte(open))
		if i < 0 {
			break
		}
		start := at + i
		body := start + len(open)
		if word && !wordBoundary(doc, body) {
			at = start + 1
			continue
		}
		j := bytes.Index(doc[body:], []byte(close))
		if j < 0 {
			break // no close after this open, nor after any later one
		}
		end := body + j + len(close)
		out = append(out, [2]int{start, end})
		at = end
	}
	return out
}

// wordBoundary is \b at i, after a word character (open ends in one).
func wordBoundary(doc []byte, i int) bool {
	if i >= len(doc) {
		return true
	}
	c := doc[i]
	return !(c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z')
}

// replaceSpans is ReplaceAllFunc over elementSpans: each span replaced by
// what f returns for it.
func replaceSpans(doc []byte, spans [][2]int, f func([]byte) []byte) []byte {
	if len(spans) == 0 {
		return doc
	}
	var out []byte
	last := 0
	for _, s := range spans {
		out = append(out, doc[last:s[0]]...)
		out = append(out, f(doc[s[0]:s[1]])...)
		last = s[1]
	}
	return append(out, doc[last:]...)
}
