package cn

import (
	"strings"
	"testing"
)

// Titles of ordinary government programmes: numbers with their units, and
// no line that starts with 的, 和 or 与, at the widths titles are set in.
var programmeTitles = []string{
	"关于印发《××区人民政府2023年重点工作任务分解和责任分工方案》的通知",
	"××区人民政府办公室关于印发2023年《政府工作报告》确定的主要目标任务责任分解方案的通知",
	"关于印发××市发展和改革委员会2024年工作要点分工方案的通知",
	"××区2023年地区生产总值增长6.2%以上目标任务分解和落实情况的报告",
	"关于成立××区优化营商环境工作领导小组的通知",
	"××县人民政府关于2023年度安全生产和消防工作责任分工与考核办法的通知",
}

func TestTitleLinesProgrammes(t *testing.T) {
	for _, title := range programmeTitles {
		for max := 14; max <= 24; max++ {
			lines, err := TitleLines(title, max)
			if err != nil {
				t.Fatalf("%s: %v", title, err)
			}
			if strings.Join(lines, "") != title {
				t.Fatalf("%q lost text", lines)
			}
			if faults := TitleLineFaults(lines); len(faults) > 0 {
				t.Errorf("TitleLines(%q, %d) = %q: %v", title, max, lines, faults)
			}
		}
	}
}

func TestTitleLineFaults(t *testing.T) {
	tests := []struct {
		lines []string
		want  string // fragment; "" for none
	}{
		{[]string{"关于印发××区人民政府2023", "年重点工作任务分解方案的通知"}, "把数字和单位拆开了（“3|年”）"},
		{[]string{"地区生产总值增长6.", "2%以上"}, "拆开了数字"},
		{[]string{"地区生产总值增长6", ".2%以上"}, "拆开了数字"},
		{[]string{"增长6.2", "%以上的报告"}, "把数字和单位拆开了"},
		{[]string{"关于成立优化营商环境工作领导", "小组的通知"}, "拆开了词语“领导小组”"},
		{[]string{"关于印发重点工作任务分解方案", "的通知"}, "以“的”开头"},
		{[]string{"关于安全生产", "和消防工作的通知"}, "以“和”开头"},
		{[]string{"关于责任分工", "与考核办法的通知"}, "以“与”开头"},
		{[]string{"关于安全生产", "、消防工作的通知"}, "以“、”开头"},
		{[]string{"关于印发××区2023年", "重点工作任务分解方案的通知"}, ""},
		{[]string{"单行标题"}, ""},
	}
	for _, tt := range tests {
		got := strings.Join(TitleLineFaults(tt.lines), "；")
		switch {
		case tt.want == "" && got != "":
			t.Errorf("%q: %s", tt.lines, got)
		case tt.want != "" && !strings.Contains(got, tt.want):
			t.Errorf("%q: %q, want %q", tt.lines, got, tt.want)
		}
	}
}

func FuzzTitleLineFaults(f *testing.F) {
	f.Add("关于印发2023年重点工作", "的通知")
	f.Add("6.", "2%")
	f.Fuzz(func(t *testing.T, a, b string) {
		TitleLineFaults([]string{a, b})
	})
}
