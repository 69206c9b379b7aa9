package cn

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// Names in table cells break between words at the widths the division
// tables give their unit and category columns.
func TestCellLines(t *testing.T) {
	tests := []struct {
		text  string
		chars int
		want  string // lines joined by "/"
	}{
		{"中共湖北省纪律检查委员会", 7, "中共湖北省/纪律检查委员会"},
		{"中共湖北省纪律检查委员会", 6, "中共湖北省/纪律检查/委员会"},
		{"中共湖北省委组织部", 6, "中共湖北省委/组织部"},
		{"湖北省经济和信息化委员会", 6, "湖北省经济和/信息化委员会"},
		{"湖北省发展和改革委员会", 6, "湖北省发展和/改革委员会"},
		{"省委党的群众路线教育实践活动领导小组办公室", 7, "省委党的/群众路线/教育实践活动/领导小组办公室"},
		{"市场运行和消费促进科", 7, "市场运行和/消费促进科"},
		{"各县（市、区）商务主管部门", 7, "各县（市、区）/商务主管部门"},
		{"电子商务和信息化科", 6, "电子商务和/信息化科"},
		{"市生态环境局宁川分局", 6, "市生态环境局/宁川分局"},
		{"全力提振消费", 4, "全力提振/消费"},
		{"稳住外贸外资基本盘", 5, "稳住外贸/外资基本盘"},
		{"每季度最后一个月30日前", 8, "每季度最后一个月/30日前"},
		{"湖北省民政厅", 6, "湖北省民政厅"},
	}
	for _, tt := range tests {
		if got := strings.Join(CellLines(tt.text, 2*tt.chars), "/"); got != tt.want {
			t.Errorf("CellLines(%q, %d chars) = %q, want %q", tt.text, tt.chars, got, tt.want)
		}
	}
}

// FuzzCellLines: the lines hold the text (spaces aside), none wider than
// asked when the width allows two characters, none a lone character
// unless the text is.
func FuzzCellLines(f *testing.F) {
	for _, s := range []string{"中共湖北省纪律检查委员会", "各县（市、区）商务主管部门", "每季度最后一个月30日前", "“五个湖北”", "a b c"} {
		f.Add(s, 12)
	}
	f.Fuzz(func(t *testing.T, s string, width int) {
		if width > 200 || width < -5 || len(s) > 200 || !utf8.ValidString(s) {
			return
		}
		lines := CellLines(s, width)
		strip := func(x string) string { return strings.Join(strings.Fields(x), "") }
		if strip(strings.Join(lines, "")) != strip(s) {
			t.Fatalf("CellLines(%q, %d) = %q loses text", s, width, lines)
		}
		if len(lines) < 2 {
			return
		}
		for _, l := range lines {
			w := 0
			for _, r := range l {
				w += runeWidth(r)
			}
			if w > width {
				t.Fatalf("CellLines(%q, %d) = %q: %q too wide", s, width, lines, l)
			}
		}
	})
}

// A category column as wide as CellWordWidth keeps each word and short
// quoted name whole.
func TestCellWordWidth(t *testing.T) {
	tests := []struct {
		text string
		want int // half-characters
	}{
		{"学习贯彻十八大精神、扎实推进“五个湖北”建设", 12}, // “五个湖北”
		{"全力提振消费", 4},
		{"各县（市、区）商务主管部门", 10}, // （市、区）
		{"党的群众路线教育实践活动", 8},
	}
	for _, tt := range tests {
		got := CellWordWidth(tt.text)
		if got != tt.want {
			t.Errorf("CellWordWidth(%q) = %d, want %d", tt.text, got, tt.want)
		}
		lines := CellLines(tt.text, max(got, 8))
		joined := strings.Join(lines, "/")
		for _, keep := range []string{"“五个湖北”", "提振", "（市、区）"} {
			if strings.Contains(tt.text, keep) && !strings.Contains(joined, keep) {
				t.Errorf("CellLines(%q, %d) = %s splits %s", tt.text, max(got, 8), joined, keep)
			}
		}
	}
}
