package docdata

import (
	"slices"
	"strings"
	"testing"
)

// TestTextWidthAgainstLibreOffice holds textWidth to the widths LibreOffice
// sets these texts at in the table's 小四 (its PDF of 繁昌's table, twips
// from the first glyph's left to the last one's right): never narrower —
// a text estimated to fit must fit — and not more than a character wider.
func TestTextWidthAgainstLibreOffice(t *testing.T) {
	for _, tt := range []struct {
		s  string
		lo int // LibreOffice 7's width in twips
	}{
		// 2023 at 352.5–382.236 pt, 年 from 384.7, 12 from 399.1, 月底 from
		// 416.5 to 440.2, 前 a character more.
		{"2023", 595},
		{"2023年12月底", 1754},
		{"2023年12月底前", 1989},
		{"8.5%", 594},
	} {
		got := textWidth(tt.s)
		if got < tt.lo || got > tt.lo+tableChar {
			t.Errorf("textWidth(%q) = %d, LibreOffice sets it %d wide", tt.s, got, tt.lo)
		}
	}
}

// TestDueLines: a date breaks after its 年, then its 月, or not at all.
func TestDueLines(t *testing.T) {
	for _, tt := range []struct {
		s     string
		chars int // room in characters
		want  []string
	}{
		{"2023年12月底前", 9, []string{"2023年12月底前"}},
		{"2023年12月底前", 8, []string{"2023年", "12月底前"}},
		{"2023年12月底前", 3, []string{"2023年", "12月", "底前"}},
		{"6月30日前", 6, []string{"6月30日前"}},
		{"6月30日前", 5, []string{"6月", "30日前"}},
		{"12月底前", 2, []string{"12月", "底前"}},
		{"30日前", 2, []string{"30日前"}}, // nowhere to break
		{"每季度最后一个月30日前", 8, []string{"每季度最后一个月", "30日前"}},
	} {
		got := dueLines(tt.s, tt.chars*tableChar)
		if !slices.Equal(got, tt.want) {
			t.Errorf("dueLines(%q, %d characters) = %q, want %q", tt.s, tt.chars, got, tt.want)
		}
	}
}

// TestHeadLines: a header its column cannot hold breaks between its words.
func TestHeadLines(t *testing.T) {
	for _, tt := range []struct {
		head  string
		chars int // the column's room in characters
		want  string
	}{
		{"具体任务分解", 6, "具体任务分解"},
		{"具体任务分解", 5, "具体/任务分解"},
		{"市政府分管领导", 5, "市政府/分管领导"},
		{"牵头区领导", 4, "牵头区/领导"},
		{"分管省领导", 4, "分管省/领导"},
		{"责任单位（部门）", 5, "责任单位/（部门）"},
		{"完成时限要求", 5, "完成时限/要求"}, // not 完成时 / 限要求
		{"完成时间节点", 4, "完成时间/节点"},
	} {
		var w [divisionKinds]int
		w[7] = tt.chars*tableChar + tableMargin
		got := headLines(DivisionCells{Leaders: []string{tt.head}}, w).Leaders[0]
		if got = strings.ReplaceAll(got, "\u2028", "/"); got != tt.want {
			t.Errorf("headLines(%q, %d characters) = %q, want %q", tt.head, tt.chars, got, tt.want)
		}
	}
}

// TestSlotsAreLists: every list of lists() has its slot, in its order.
func TestSlotsAreLists(t *testing.T) {
	var d DivisionCells
	for i, p := range d.slots() {
		if p == nil {
			t.Fatalf("kind %d has no slot", i)
		}
		*p = []string{strings.Repeat("x", i+1)}
	}
	for i, l := range d.lists() {
		if len(l) != 1 || len(l[0]) != i+1 {
			t.Errorf("kind %d: lists() has %q", i, l)
		}
	}
}
