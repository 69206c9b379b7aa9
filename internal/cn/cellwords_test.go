package cn

import (
	"strings"
	"testing"
)

// TestCellLinesAtWords: a cell breaks only where a reader is sure of it —
// after a mark or between two words the word list knows — or not at all
// (QA s10 9: 「黄埔区、南⏎沙区政府」, 「大湾区国⏎家技术创新中心」).
func TestCellLinesAtWords(t *testing.T) {
	tests := []struct {
		text  string
		width int
		want  string // lines joined by "/"; "" for none
	}{
		{"黄埔区、南沙区政府", 10, "黄埔区、/南沙区政府"},
		{"荔湾区、黄埔区政府", 12, "荔湾区、/黄埔区政府"},
		{"黄埔区、南沙区政府", 20, "黄埔区、南沙区政府"},
		{"中共湖北省纪律检查委员会", 14, "中共湖北省/纪律检查委员会"},
		{"加快建设大湾区国家技术创新中心。", 18, ""},
		{"湖北省发展和改革委员会", 12, "湖北省发展和/改革委员会"},
		{"地方政府债务率：年终按财政部认可警戒线比较考核", 24, ""},
		{"地方政府债务率：年终按财政部认可警戒线比较考核", 30, "地方政府债务率：/年终按财政部认可警戒线比较考核"},
	}
	for _, tt := range tests {
		got := strings.Join(CellLinesAtWords(tt.text, tt.width), "/")
		if got != tt.want {
			t.Errorf("CellLinesAtWords(%q, %d) = %q, want %q", tt.text, tt.width, got, tt.want)
		}
		for _, l := range CellLinesAtWords(tt.text, tt.width) {
			if textHalves(l) > tt.width {
				t.Errorf("%q: line %q wider than %d", tt.text, l, tt.width)
			}
		}
	}
}

func FuzzCellLinesAtWords(f *testing.F) {
	f.Add("黄埔区、南沙区政府", 10)
	f.Add("加快建设大湾区国家技术创新中心。", 18)
	f.Add("各县（市、区）商务主管部门", 8)
	f.Fuzz(func(t *testing.T, s string, w int) {
		if w < 0 || w > 200 || len(s) > 300 {
			return
		}
		lines := CellLinesAtWords(s, w)
		if lines != nil && strings.Join(lines, "") != strings.TrimSpace(s) {
			t.Errorf("lines %q lose text of %q", lines, s)
		}
	})
}
