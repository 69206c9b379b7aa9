package cn

import (
	"testing"
	"unicode/utf8"
)

func TestParseForm(t *testing.T) {
	tests := []struct {
		in    string
		form  string
		start int
		ok    bool
	}{
		{"一、", "一、", 1, true},
		{"三、", "一、", 3, true},
		{"十一、", "一、", 11, true},
		{"（一）", "（一）", 1, true},
		{"（四）", "（一）", 4, true},
		{"（二十）", "（一）", 20, true},
		{"1.", "1.", 1, true},
		{"11.", "1.", 11, true},
		{"1．", "1．", 1, true},
		{"12．", "1．", 12, true},
		{"1、", "1、", 1, true},
		{"7、", "1、", 7, true},
		{"（1）", "（1）", 1, true},
		{"（15）", "（1）", 15, true},
		{"①", "①", 1, true},
		{"⑤", "①", 5, true},
		{"⑳", "①", 20, true},
		{"无", "无", 1, true},
		{"999.", "1.", 999, true},
		{"九百九十九、", "一、", 999, true},
		// Not a form, or a start out of range.
		{"", "", 0, false},
		{"1000.", "", 0, false},
		{"0.", "", 0, false},
		{"01.", "", 0, false},
		{"一.", "", 0, false},
		{"十一", "", 0, false},
		{"（一", "", 0, false},
		{"(1)", "", 0, false},
		{"（a）", "", 0, false},
		{"一千、", "", 0, false},
		{"零、", "", 0, false},
		{"1.2.", "", 0, false},
		{"第一、", "", 0, false},
	}
	for _, tt := range tests {
		form, start, ok := ParseForm(tt.in)
		if form != tt.form || start != tt.start || ok != tt.ok {
			t.Errorf("ParseForm(%q) = %q, %d, %v; want %q, %d, %v", tt.in, form, start, ok, tt.form, tt.start, tt.ok)
		}
	}
}

// FuzzParseForm: a form read back writes its own first number — the
// number FormNumber gives its start is what was written (but 无) — and
// every start is in range.
func FuzzParseForm(f *testing.F) {
	for _, s := range []string{"一、", "三、", "（四）", "11.", "1．", "7、", "（15）", "⑤", "无", "1000.", "01.", "（一", "九百九十九、"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		form, start, ok := ParseForm(s)
		if !ok {
			if form != "" || start != 0 {
				t.Fatalf("ParseForm(%q) = %q, %d, false: want nothing", s, form, start)
			}
			return
		}
		if !utf8.ValidString(s) {
			t.Fatalf("ParseForm(%q) accepts invalid UTF-8", s)
		}
		if start < 1 || start > MaxFormStart {
			t.Fatalf("ParseForm(%q) start %d out of range", s, start)
		}
		if form == NoNumber {
			return
		}
		if again := FormNumber(form, start); again != s {
			t.Fatalf("ParseForm(%q) = %q from %d, which writes %q", s, form, start, again)
		}
		if f2, s2, ok2 := ParseForm(form); !ok2 || f2 != form || s2 != 1 {
			t.Fatalf("the form %q of %q does not read as itself: %q, %d, %v", form, s, f2, s2, ok2)
		}
	})
}
