package xlsx

import "testing"

func TestShiftRelativeRows(t *testing.T) {
	tests := []struct {
		in   string
		by   int
		want string
	}{
		{"C5*2", 1, "C6*2"},
		{"SUM($C$2:C4)", 2, "SUM($C$2:C6)"},
		{`COUNTIF(G5,"A1")&"B2"`, 1, `COUNTIF(G6,"A1")&"B2"`},
		{"'清单 一'!A1+清单!$B2", 3, "'清单 一'!A4+清单!$B5"},
		{"LOG10(A1)", 1, "LOG10(A2)"},
		{"XA1B+A1", 1, "XA1B+A2"},
		{`"say ""A1"""&A1`, 1, `"say ""A1"""&A2`},
	}
	for _, tc := range tests {
		if got := shiftRelativeRows(tc.in, tc.by); got != tc.want {
			t.Errorf("shift(%q, %d) = %q, want %q", tc.in, tc.by, got, tc.want)
		}
	}
}

func TestGrowRanges(t *testing.T) {
	tests := []struct {
		in, sheet string
		onSheet   bool
		want      string
	}{
		{"SUM(C5:C5)", "S", true, "SUM(C5:C9)"},
		{"SUM($C$3:$C$5)", "S", true, "SUM($C$3:$C$9)"},
		{"SUM(C5:C6)", "S", true, "SUM(C5:C6)"},
		{"SUM(C5)", "S", true, "SUM(C5)"},
		{"SUM(T!C5:C5)", "S", true, "SUM(T!C5:C5)"},
		{"SUM('S'!C5:C5)", "S", false, "SUM('S'!C5:C9)"},
		{"SUM(C5:C5)", "S", false, "SUM(C5:C5)"},
	}
	for _, tc := range tests {
		if got := growRanges(tc.in, tc.sheet, tc.onSheet, 5, 9); got != tc.want {
			t.Errorf("grow(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	if got, ok := growSqref("G5 A5:C5 A1:A3", 5, 9); !ok || got != "G5:G9 A5:C9 A1:A3" {
		t.Errorf("growSqref = %q %v", got, ok)
	}
}

// FuzzShiftRelativeRows: shifting down and back up is the identity for
// formulas whose rows stay positive, and nothing panics.
func FuzzShiftRelativeRows(f *testing.F) {
	for _, s := range []string{"C5*2", `SUM($C$2:C4)&"x"`, "'a''b'!A1:B2", `"unterminated`, "A1:", "$$A$1", "表!Z99"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		down := shiftRelativeRows(s, 3)
		if back := shiftRelativeRows(down, -3); back != s {
			t.Errorf("%q → %q → %q", s, down, back)
		}
	})
}

// FuzzParse feeds arbitrary bytes and mutated templates to Parse: errors,
// never panics.
func FuzzParse(f *testing.F) {
	f.Add(book(&testing.T{}, "S", map[string]string{"A1": "{{range .R}}{{.X}}", "B1": "{{end}}", "A2": "{{.T}}"}, nil))
	f.Add([]byte("PK\x03\x04garbage"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if tp, err := Parse("f.xlsx", data, Options{MaxUnzipSize: 8 << 20}); err == nil {
			_ = tp.Execute(discard{}, map[string]any{"R": []map[string]any{{"X": 1}}, "T": "t"}, ExecOptions{})
		}
	})
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }
