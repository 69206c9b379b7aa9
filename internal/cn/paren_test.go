package cn

import "testing"

func TestParen(t *testing.T) {
	for in, want := range map[string]string{
		"":        "",
		"每季度":     "（每季度）",
		"（每季度）":   "（每季度）",
		"（（每季度））": "（每季度）",
		"每季度末（分别在6月、9月和12月底）": "（每季度末，分别在6月、9月和12月底）",
		"进展情况（3月30日）":         "（进展情况，3月30日）",
		"（一）（二）":              "（一，二）",
		"报送进展情况":              "（报送进展情况）",
		"a（b（c））d":            "（a，bcd）",
	} {
		if got := Paren(in); got != want {
			t.Errorf("Paren(%q) = %q, want %q", in, got, want)
		}
	}
}

func FuzzParen(f *testing.F) {
	for _, s := range []string{"每季度", "（每季度）", "a（b）c", "（", "）（", "（（a）"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Paren(s)
		if got == "" {
			return
		}
		// One pair outside, none inside.
		inner := got[len("（") : len(got)-len("）")]
		for _, r := range inner {
			if r == '（' || r == '）' || r == '(' || r == ')' {
				t.Fatalf("Paren(%q) = %q nests", s, got)
			}
		}
	})
}
