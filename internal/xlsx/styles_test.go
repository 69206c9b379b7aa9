package xlsx

import (
	"strings"
	"testing"
)

func TestRowHeight(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		lines int
	}{
		{"short", []string{"制定总体方案"}, 1},
		{"fits exactly", []string{strings.Repeat("字", 9)}, 1},
		{"two lines", []string{strings.Repeat("字", 12)}, 2},
		{"newline", []string{"甲\n乙\n丙"}, 3},
		{"narrow ascii", []string{strings.Repeat("a", 16)}, 1},
		// 4 a line at width 10: 30 take 8 lines, as the program wraps
		// whole characters (the fraction of a fifth one fits no line).
		{"tallest cell wins", []string{"短", strings.Repeat("字", 30)}, 8},
		{"empty", []string{""}, 1},
	}
	for _, tc := range tests {
		got := rowHeight(tc.texts, []float64{20, 10}, 11)
		if lines := int((got-8)/(11*1.45) + 0.5); lines != tc.lines {
			t.Errorf("%s: height %v is %d lines, want %d", tc.name, got, lines, tc.lines)
		}
	}
}
