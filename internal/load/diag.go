package load

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/width"
)

// Diagnostic is one problem found in a data file: where it is (1-based line
// and column, counted in characters, not bytes; 0 when the problem concerns
// the whole file), the key path of the value (tasks[3].lead[0]; empty for
// syntax errors) and a Chinese message. A Warning does not stop loading.
type Diagnostic struct {
	File    string `json:"file"`
	Line    int    `json:"line"`
	Col     int    `json:"col"`
	Path    string `json:"path,omitempty"`
	Msg     string `json:"msg"`
	Warning bool   `json:"warning,omitempty"`
	// Advice marks a warning about what the data leaves out of a
	// document build writes (model.Campaign.Advice), which commands
	// that only read the data need not repeat.
	Advice bool `json:"advice,omitempty"`
}

// String formats the diagnostic as editors and compilers do:
// file:line:col: 消息（路径 tasks[3].lead）. Warnings say so.
func (d Diagnostic) String() string {
	var b strings.Builder
	b.WriteString(d.File)
	if d.Line > 0 {
		fmt.Fprintf(&b, ":%d", d.Line)
		if d.Col > 0 {
			fmt.Fprintf(&b, ":%d", d.Col)
		}
	}
	b.WriteString(": ")
	if d.Warning {
		b.WriteString("警告：")
	}
	b.WriteString(d.Msg)
	if d.Path != "" {
		fmt.Fprintf(&b, "（路径 %s）", d.Path)
	}
	return b.String()
}

// Diagnostics is a list of problems; as an error it stands for all of them.
// Load functions return it sorted by line and column.
type Diagnostics []Diagnostic

// Error joins the diagnostics one per line.
func (ds Diagnostics) Error() string {
	lines := make([]string, len(ds))
	for i, d := range ds {
		lines[i] = d.String()
	}
	return strings.Join(lines, "\n")
}

// Errors returns the diagnostics that are not warnings.
func (ds Diagnostics) Errors() Diagnostics {
	var out Diagnostics
	for _, d := range ds {
		if !d.Warning {
			out = append(out, d)
		}
	}
	return out
}

// Warnings returns the diagnostics that are warnings.
func (ds Diagnostics) Warnings() Diagnostics {
	var out Diagnostics
	for _, d := range ds {
		if d.Warning {
			out = append(out, d)
		}
	}
	return out
}

// SortDiagnostics orders by file, line, column; equal places keep their
// order.
func SortDiagnostics(ds Diagnostics) {
	sort.SliceStable(ds, func(i, j int) bool {
		a, b := ds[i], ds[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Col < b.Col
	})
}

// Excerpt renders the source line of a diagnostic with a caret under its
// column, as compilers do:
//
//	5 | year: abc
//	  |       ^
//
// src is the decoded text of the file (see Source). It returns "" when the
// line is not in src. Wide (CJK) characters take two columns, so the caret
// stands under the right character in a terminal; tabs are shown as one space.
func Excerpt(src []byte, line, col int) string {
	if line <= 0 {
		return ""
	}
	text, ok := nthLine(src, line)
	if !ok {
		return ""
	}
	text = strings.ReplaceAll(text, "\t", " ")
	const maxRunes = 120
	if utf8.RuneCountInString(text) > maxRunes {
		r := []rune(text)
		if col > maxRunes-10 {
			// Keep the column in view: cut the start instead.
			start := min(col-maxRunes/2, len(r))
			text = "…" + string(r[start:min(len(r), start+maxRunes)])
			col = col - start + 1
		} else {
			text = string(r[:maxRunes]) + "…"
		}
	}
	num := fmt.Sprintf("%5d", line)
	var b strings.Builder
	fmt.Fprintf(&b, "%s | %s\n", num, text)
	if col > 0 {
		pad := displayWidth(prefixRunes(text, col-1))
		fmt.Fprintf(&b, "%s | %s^\n", strings.Repeat(" ", len(num)), strings.Repeat(" ", pad))
	}
	return b.String()
}

// nthLine returns the 1-based line n of src without its line ending.
func nthLine(src []byte, n int) (string, bool) {
	s := string(src)
	for i := 1; i < n; i++ {
		j := strings.IndexByte(s, '\n')
		if j < 0 {
			return "", false
		}
		s = s[j+1:]
	}
	if j := strings.IndexByte(s, '\n'); j >= 0 {
		s = s[:j]
	}
	return strings.TrimSuffix(s, "\r"), true
}

func prefixRunes(s string, n int) string {
	i := 0
	for pos := range s {
		if i == n {
			return s[:pos]
		}
		i++
	}
	return s
}

// displayWidth counts terminal columns: East Asian wide and full-width
// characters take two.
func displayWidth(s string) int {
	w := 0
	for _, r := range s {
		switch width.LookupRune(r).Kind() {
		case width.EastAsianWide, width.EastAsianFullwidth:
			w += 2
		default:
			w++
		}
	}
	return w
}
