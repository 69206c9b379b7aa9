package spell

import (
	"strings"
	"testing"
)

func TestDistance(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"", "", 0},
		{"notice", "notice", 0},
		{"notise", "notice", 1},
		{"ntoice", "notice", 1}, // a swap of neighbours costs one
		{"shortname", "short_name", 1},
		{"已完成了", "已完成", 1},
		{"推进", "推进中", 1},
		{"zzbb", "zzb", 1},
		{"", "abc", 3},
		{"kitten", "sitting", 3},
		{strings.Repeat("a", 65), "a", 1 << 20},
	}
	for _, tc := range tests {
		if got := Distance(tc.a, tc.b); got != tc.want {
			t.Errorf("Distance(%q, %q) = %d, want %d", tc.a, tc.b, got, tc.want)
		}
		if got := Distance(tc.b, tc.a); got != tc.want {
			t.Errorf("Distance(%q, %q) = %d, want %d (not symmetric)", tc.b, tc.a, got, tc.want)
		}
	}
}

func TestNearest(t *testing.T) {
	kinds := []string{"notice", "plan", "speech", "summary"}
	if got, ok := Nearest("notise", kinds, 2); !ok || got != "notice" {
		t.Errorf("Nearest(notise) = %q, %v", got, ok)
	}
	if _, ok := Nearest("briefing", kinds, 2); ok {
		t.Error("briefing is not near any kind")
	}
}

func FuzzDistance(f *testing.F) {
	f.Add("notise", "notice")
	f.Add("已完成了", "已完成")
	f.Fuzz(func(t *testing.T, a, b string) {
		d := Distance(a, b)
		if d < 0 || (a == b && d != 0) {
			t.Fatalf("Distance(%q, %q) = %d", a, b, d)
		}
	})
}
