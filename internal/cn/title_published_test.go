package cn

import (
	"strings"
	"testing"
)

// publishedTitles are titles of published 印发 notices of annual programmes
// (QA session 8, /tmp/qa8/titles): 洪山 2025, 亳州 2025, 石狮 2025, 海盐
// 2025, 鄂温克旗 2022, 武昌 2023, 甘肃, 高唐 2024, 武昌 2025, 谯城 2020.
var publishedTitles = []string{
	"区人民政府办公室关于印发2025年区《政府工作报告》确定的主要目标任务责任分解方案的通知",
	"亳州市人民政府办公室关于印发2025年政府工作报告主要目标任务分解的通知",
	"石狮市人民政府办公室关于2025年市《政府工作报告》目标任务责任分解的通知",
	"海盐县人民政府办公室关于印发2025年政府工作报告重点工作和民生实事项目责任分解的通知",
	"鄂温克族自治旗人民政府办公室关于印发2022年《政府工作报告》重点任务责任落实分工的通知",
	"区人民政府办公室关于印发《2023年省、市、区〈政府工作报告〉确定的主要目标任务办理责任分解方案》的通知",
	"甘肃省人民政府关于分解落实《政府工作报告》主要目标和重点工作的通知",
	"高唐县人民政府关于印发《2024年政府工作报告目标任务分工方案》的通知",
	"区人民政府办公室关于印发2025年省、市、区《政府工作报告》目标任务责任分解方案的通知",
	"亳州市谯城区人民政府办公室关于印发2020年政府工作报告重点工作任务分解表的通知",
}

// Every real title, at every width titles are set in, breaks without a
// fault — 主要目标任务 and 省、市、区 stay whole (QA #10: 「…主要目标 / 任务…」,
// 「…《2023年省、/ 市、区…」) — and keeps its text.
func TestTitleLinesPublishedProgrammes(t *testing.T) {
	for _, title := range publishedTitles {
		for max := 16; max <= 24; max++ {
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
			joined := "|" + strings.Join(lines, "|") + "|"
			for _, whole := range []string{"主要目标任务", "省、市、区", "目标任务", "政府工作报告"} {
				if strings.Contains(title, whole) && !strings.Contains(joined, whole) {
					t.Errorf("TitleLines(%q, %d) = %q splits %s", title, max, lines, whole)
				}
			}
		}
	}
}

// The two faults QA found in gongwen's own breaks, and breaks of the same
// titles that keep the words: lint (TitleLineFaults) tells them apart.
func TestTitleLineFaultsPublishedProgrammes(t *testing.T) {
	tests := []struct {
		lines []string
		want  []string // fragments, one per fault
	}{
		{[]string{"区人民政府办公室关于印发2025年区", "《政府工作报告》确定的主要目标", "任务责任分解方案的通知"},
			[]string{"标题第2、3行之间拆开了词语“主要目标任务”"}},
		{[]string{"区人民政府办公室关于印发《2023年省、", "市、区〈政府工作报告〉确定的主要目标", "任务办理责任分解方案》的通知"},
			[]string{"标题第1、2行之间拆开了并列的“省、市、区”", "标题第2、3行之间拆开了词语“主要目标任务”"}},
		{[]string{"区人民政府办公室关于印发2025年省、市、", "区《政府工作报告》目标任务责任分解方案的通知"},
			[]string{"标题第1、2行之间拆开了并列的“省、市、区”"}},
		{[]string{"区人民政府办公室关于印发2025年区", "《政府工作报告》确定的主要目标任务", "责任分解方案的通知"}, nil},
		{[]string{"区人民政府办公室关于印发", "《2023年省、市、区〈政府工作报告〉确定的", "主要目标任务办理责任分解方案》的通知"}, nil},
		// A 、 between words is no list of one-character items.
		{[]string{"关于做好安全生产、", "消防工作的通知"}, nil},
	}
	for _, tt := range tests {
		got := TitleLineFaults(tt.lines)
		if len(got) != len(tt.want) {
			t.Errorf("%q: %q, want %q", tt.lines, got, tt.want)
			continue
		}
		for i, w := range tt.want {
			if !strings.Contains(got[i], w) {
				t.Errorf("%q: fault %d %q, want %q", tt.lines, i, got[i], w)
			}
		}
	}
}
