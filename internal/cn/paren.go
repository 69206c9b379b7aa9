package cn

import "strings"

// Paren puts s in full-width brackets as a note after a date or a name
// (「6月30日（每季度末）」), without nesting: brackets already around the
// whole of s are not doubled (「（每季度）」 stays one pair), and a bracketed
// part inside s becomes a clause after a comma
// (「每季度末（分别在6月、9月和12月底）」 → 「（每季度末，分别在6月、9月和12月底）」),
// since Chinese official text does not nest （（ ）） and a reader takes the
// inner pair for the end of the note. "" stays "".
func Paren(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	// Strip pairs around the whole, however many (bounded by its length).
	for len(s) > 0 && strings.HasPrefix(s, "（") && strings.HasSuffix(s, "）") && closes(s) == len(s)-len("）") {
		s = strings.TrimSpace(s[len("（") : len(s)-len("）")])
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	b.WriteString("（")
	depth := 0
	for _, r := range s {
		switch r {
		case '（', '(':
			if depth == 0 && b.Len() > len("（") && !strings.HasSuffix(b.String(), "，") {
				b.WriteString("，")
			}
			depth++
		case '）', ')':
			if depth > 0 {
				depth--
			}
		default:
			b.WriteRune(r)
		}
	}
	b.WriteString("）")
	return b.String()
}

// closes is the byte offset of the bracket that closes the one s opens
// with, or -1.
func closes(s string) int {
	depth := 0
	for i, r := range s {
		switch r {
		case '（':
			depth++
		case '）':
			depth--
			if depth == 0 {
				return i
			}
		}
	}
	return -1
}
