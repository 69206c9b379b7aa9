package cn

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestClip(t *testing.T) {
	tests := []struct {
		in   string
		n    int
		want string
	}{
		{"召开市州现场推进会", 16, "召开市州现场推进会"},
		{"落实助企纾困政策，规上工业企业增加值增长8%", 16, "落实助企纾困政策，规上工业企业…"},
		// The quotation closes 3 characters after the cut: kept whole,
		// and the two characters after it are not worth an ….
		{"开展食品安全“守底线、查隐患、保安全”行动", 16, "开展食品安全“守底线、查隐患、保安全”行动"},
		{"开展食品安全“守底线、查隐患、保安全”专项整治行动", 16, "开展食品安全“守底线、查隐患、保安全”…"},
		// It closes too far on: left out with what follows.
		{"开展食品安全“守底线、查隐患、保安全、促发展、惠民生”专项行动", 16, "开展食品安全…"},
		{"印发《关于在全省开展主题实践活动的通知》并组织学习", 12, "印发…"},
		// A pause mark before the … goes.
		{"制定方案、细化分工、明确时限并报审定", 10, "制定方案、细化分工…"},
		{"“五个湖北”建设专题研讨和现场观摩会", 8, "“五个湖北”建…"},
		{"“学习贯彻十八大、争创发展新业绩”主题实践活动", 8, "“学习贯彻十八…”"},
	}
	for _, tt := range tests {
		if got := Clip(tt.in, tt.n); got != tt.want {
			t.Errorf("Clip(%q, %d) = %q, want %q", tt.in, tt.n, got, tt.want)
		}
	}
}

// FuzzClip: a clipped text is a prefix of the text (plus … and at most a
// closing mark), never much longer than asked, and leaves no quotation
// open that was closed in the text.
func FuzzClip(f *testing.F) {
	for _, s := range []string{"开展食品安全“守底线、查隐患、保安全”行动", "《通知》", "“", "a“b”c（d）e", ""} {
		f.Add(s, 5)
	}
	f.Fuzz(func(t *testing.T, s string, n int) {
		if !utf8.ValidString(s) || n > 1000 {
			return
		}
		got := Clip(s, n)
		if got == s {
			return
		}
		body := strings.TrimSuffix(got, "…")
		if body == got {
			// Closed at the cut: … and the closing mark.
			rs := []rune(got)
			if len(rs) < 2 || rs[len(rs)-2] != '…' {
				t.Fatalf("Clip(%q, %d) = %q: no …", s, n, got)
			}
			body = string(rs[:len(rs)-2])
		}
		if !strings.HasPrefix(s, body) {
			t.Fatalf("Clip(%q, %d) = %q: not a prefix", s, n, got)
		}
		if utf8.RuneCountInString(got) > n+n/3+2 {
			t.Fatalf("Clip(%q, %d) = %q: too long", s, n, got)
		}
	})
}

func TestEtc(t *testing.T) {
	for _, tc := range []struct {
		items []string
		n     int
		sep   string
		want  string
	}{
		{nil, 3, "", ""},
		{[]string{"“甲”"}, 3, "", "“甲”"},
		{[]string{"“甲”", "“乙”", "“丙”"}, 3, "", "“甲”“乙”“丙”"},
		{[]string{"甲", "乙", "丙", "丁"}, 3, "、", "甲、乙、丙等"},
		{[]string{"甲", "乙"}, 0, "、", "等"},
	} {
		if got := Etc(tc.items, tc.n, tc.sep); got != tc.want {
			t.Errorf("Etc(%q, %d, %q) = %q, want %q", tc.items, tc.n, tc.sep, got, tc.want)
		}
	}
}
