package xlsx

import (
	"strconv"
	"strings"

	"gongwen/internal/lazyre"
)

// cellRefRE finds A1-style references, optionally sheet-qualified and
// optionally a range. Boundaries are checked by the caller, since Go's
// regexp has no look-behind.
var cellRefRE = lazyre.New(`((?:'(?:[^']|'')+'|[^\s'"!(),;:+\-*/^&=<>{}%]+)!)?(\$?)([A-Z]{1,3})(\$?)([1-9][0-9]{0,6})(?::(\$?)([A-Z]{1,3})(\$?)([1-9][0-9]{0,6}))?`)

// ref is one reference found in a formula. End fields equal the start
// fields for a single cell; IsRange tells them apart.
type ref struct {
	Sheet            string // unquoted; "" when not qualified
	Col1, Col2       string
	Row1, Row2       int
	AbsC1, AbsR1     bool
	AbsC2, AbsR2     bool
	IsRange          bool
	sheetText        string // the prefix as written, "!" included
	hasSheetOrQuoted bool
}

func (r ref) String() string {
	var b strings.Builder
	b.WriteString(r.sheetText)
	part := func(c string, ac bool, row int, ar bool) {
		if ac {
			b.WriteByte('$')
		}
		b.WriteString(c)
		if ar {
			b.WriteByte('$')
		}
		b.WriteString(strconv.Itoa(row))
	}
	part(r.Col1, r.AbsC1, r.Row1, r.AbsR1)
	if r.IsRange {
		b.WriteByte(':')
		part(r.Col2, r.AbsC2, r.Row2, r.AbsR2)
	}
	return b.String()
}

func isNameByte(c byte) bool {
	return c == '_' || c == '.' || c == '$' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= 0x80
}

// mapRefs rewrites every cell reference of formula outside string
// literals with fn. Function names (SUM(), names that only look like
// references, and parts of longer identifiers are left alone.
func mapRefs(formula string, fn func(ref) ref) string {
	var out strings.Builder
	i := 0
	for i < len(formula) {
		// Copy string literals untouched.
		j := strings.IndexByte(formula[i:], '"')
		seg := formula[i:]
		if j >= 0 {
			seg = formula[i : i+j]
		}
		out.WriteString(mapRefsSegment(seg, fn))
		if j < 0 {
			break
		}
		i += j
		k := i + 1
		for k < len(formula) {
			if formula[k] == '"' {
				if k+1 < len(formula) && formula[k+1] == '"' {
					k += 2
					continue
				}
				break
			}
			k++
		}
		if k >= len(formula) {
			out.WriteString(formula[i:])
			break
		}
		out.WriteString(formula[i : k+1])
		i = k + 1
	}
	return out.String()
}

func mapRefsSegment(s string, fn func(ref) ref) string {
	matches := cellRefRE.FindAllStringSubmatchIndex(s, -1)
	if matches == nil {
		return s
	}
	var out strings.Builder
	last := 0
	for _, m := range matches {
		start, end := m[0], m[1]
		if start > 0 && isNameByte(s[start-1]) && m[2] < 0 {
			continue
		}
		if end < len(s) && (isNameByte(s[end]) || s[end] == '(') {
			continue
		}
		r := ref{IsRange: m[12] >= 0}
		if m[2] >= 0 {
			r.sheetText = s[m[2]:m[3]]
			name := strings.TrimSuffix(r.sheetText, "!")
			if strings.HasPrefix(name, "'") {
				name = strings.ReplaceAll(name[1:len(name)-1], "''", "'")
			}
			r.Sheet = name
		}
		r.AbsC1 = m[5] > m[4]
		r.Col1 = s[m[6]:m[7]]
		r.AbsR1 = m[9] > m[8]
		r.Row1, _ = strconv.Atoi(s[m[10]:m[11]])
		if r.IsRange {
			r.AbsC2 = m[13] > m[12]
			r.Col2 = s[m[14]:m[15]]
			r.AbsR2 = m[17] > m[16]
			r.Row2, _ = strconv.Atoi(s[m[18]:m[19]])
		} else {
			r.Col2, r.Row2, r.AbsC2, r.AbsR2 = r.Col1, r.Row1, r.AbsC1, r.AbsR1
		}
		out.WriteString(s[last:start])
		out.WriteString(fn(r).String())
		last = end
	}
	out.WriteString(s[last:])
	return out.String()
}

// shiftRelativeRows moves the relative row parts of every reference by
// offset, as Excel does when a formula is copied offset rows down.
func shiftRelativeRows(formula string, offset int) string {
	if offset == 0 {
		return formula
	}
	return mapRefs(formula, func(r ref) ref {
		if !r.AbsR1 {
			r.Row1 += offset
		}
		if !r.AbsR2 {
			r.Row2 += offset
		}
		return r
	})
}

// growRanges extends every range on sheet that ends on row (and starts at
// or above it) to end on newEnd. onSheet says whether an unqualified
// reference means sheet.
func growRanges(formula, sheet string, onSheet bool, row, newEnd int) string {
	return mapRefs(formula, func(r ref) ref {
		if !r.IsRange || r.Row2 != row || r.Row1 > row {
			return r
		}
		if r.Sheet == "" && !onSheet || r.Sheet != "" && r.Sheet != sheet {
			return r
		}
		r.Row2 = newEnd
		return r
	})
}

// rowRangeRE matches whole-row references such as 'Sheet'!$1:$3, used by
// print titles.
var rowRangeRE = lazyre.New(`^((?:'(?:[^']|'')+'|[^'!]+)!)?\$?([0-9]+):\$?([0-9]+)$`)

// growSqref extends the parts of a space-separated list of ranges
// (conditional formats, validations) that end on row.
func growSqref(sqref string, row, newEnd int) (string, bool) {
	parts := strings.Fields(sqref)
	changed := false
	for i, p := range parts {
		q := growRanges(p, "", true, row, newEnd)
		if !strings.Contains(p, ":") {
			// A single cell on the row becomes a column range.
			q = mapRefs(p, func(r ref) ref {
				if r.Row1 == row {
					r.IsRange = true
					r.Col2, r.AbsC2, r.AbsR2 = r.Col1, r.AbsC1, r.AbsR1
					r.Row2 = newEnd
				}
				return r
			})
		}
		if q != p {
			parts[i] = q
			changed = true
		}
	}
	return strings.Join(parts, " "), changed
}
