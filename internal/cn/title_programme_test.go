package cn

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
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

// 督办 titles name the unit they go to; a unit's name comes from the data
// and no dictionary holds it, so the names given are kept whole — long
// district units, collective units with brackets, at every width a title
// is set in — and the text is never changed.
func TestTitleLinesKeepingNames(t *testing.T) {
	names := []string{"综合规划科", "流通业发展科", "对外贸易科", "区人力资源和社会保障局", "区住房和城乡建设局",
		"各县（市、区）商务主管部门", "宁川市立山区经济开发区管理委员会", "立山区人民政府", "区政府"}
	titles := []string{
		"关于对综合规划科有关工作任务进行督办的通知",
		"关于对流通业发展科有关工作任务进行督办的通知",
		"关于对对外贸易科有关工作任务进行督办的通知",
		"关于对区人力资源和社会保障局有关工作任务进行督办的通知",
		"关于对区住房和城乡建设局有关工作任务进行督办的通知",
		"关于对各县（市、区）商务主管部门有关工作任务进行督办的通知",
		"关于对宁川市立山区经济开发区管理委员会有关工作任务进行督办的通知",
		"立山区人民政府关于印发《立山区政府2023年重点工作任务分解和责任分工方案》的通知",
	}
	for _, title := range titles {
		for max := 10; max <= 22; max++ {
			lines, err := TitleLinesKeeping(title, max, names)
			if err != nil {
				t.Fatalf("%s at %d: %v", title, max, err)
			}
			if strings.Join(lines, "") != title {
				t.Fatalf("%q lost text", lines)
			}
			for _, name := range names {
				if len([]rune(name)) > max || !strings.Contains(title, name) {
					continue
				}
				found := false
				for _, l := range lines {
					found = found || strings.Contains(l, name)
				}
				if !found {
					t.Errorf("TitleLinesKeeping(%q, %d) = %q splits %s", title, max, lines, name)
				}
			}
		}
	}
	// Without the names, the dictionary alone splits them: the case the
	// names are there for.
	if lines, _ := TitleLines("关于对综合规划科有关工作任务进行督办的通知", 20); !strings.Contains(strings.Join(lines, "|"), "综合规划|科") {
		t.Logf("the dictionary alone now keeps 综合规划科: %q", lines)
	}
	// A name longer than a line is not kept (the title still breaks).
	lines, err := TitleLinesKeeping("关于对宁川市立山区经济开发区管理委员会有关工作任务进行督办的通知", 10, names)
	if err != nil || strings.Join(lines, "") != "关于对宁川市立山区经济开发区管理委员会有关工作任务进行督办的通知" {
		t.Errorf("a name longer than the line: %q, %v", lines, err)
	}
}

func FuzzTitleLinesKeeping(f *testing.F) {
	f.Add("关于对各县（市、区）商务主管部门有关工作任务进行督办的通知", 12, "各县（市、区）商务主管部门")
	f.Add("关于对综合规划科有关工作任务进行督办的通知", 20, "综合规划科")
	f.Add("“”《》", 2, "”《")
	f.Fuzz(func(t *testing.T, title string, max int, name string) {
		if max < 2 || max > 40 || len(title) > 200 || !utf8.ValidString(title) || !utf8.ValidString(name) {
			return // titles come from YAML, which is UTF-8
		}
		lines, err := TitleLinesKeeping(title, max, []string{name, name + name})
		if err != nil {
			return
		}
		// Spaces may go (TitleLines drops them); nothing else may.
		bare := func(s string) string { return strings.Join(strings.Fields(s), "") }
		if got := strings.Join(lines, ""); bare(got) != bare(title) {
			t.Errorf("TitleLinesKeeping(%q, %d, %q) = %q lost text", title, max, name, lines)
		}
	})
}

// 督办 titles name one unit of the data (the default data's and the
// examples'): they take the fewest lines their width needs — 「关于对综合规划科
// 有关工作任务 / 进行督办的通知」, not three — keep the unit's name whole when
// it fits a line, and break a longer one between its words (「…群众路线
// 教育实践活动 / 领导小组办公室…」, not inside 实践活动).
func TestTitleLinesSupervision(t *testing.T) {
	units := []string{"综合规划科", "对外贸易科", "流通业发展科", "市场运行和消费促进科", "电子商务和信息化科", "各县（市、区）商务主管部门",
		"中共湖北省委宣传部", "中共湖北省委组织部", "湖北省发展和改革委员会", "省委党的群众路线教育实践活动领导小组办公室",
		"区人力资源和社会保障局", "区发展和改革委员会", "区工业和信息化局", "区市场监督管理局", "各街道"}
	exact := map[string][]string{
		"综合规划科": {"关于对综合规划科有关工作任务", "进行督办的通知"},
		"对外贸易科": {"关于对对外贸易科有关工作任务", "进行督办的通知"},
		"省委党的群众路线教育实践活动领导小组办公室": {"关于对省委党的群众路线教育实践活动", "领导小组办公室有关工作任务", "进行督办的通知"},
	}
	const max = 20 // the built-in templates' title line
	for _, u := range units {
		title := "关于对" + u + "有关工作任务进行督办的通知"
		lines, err := TitleLinesKeeping(title, max, units)
		if err != nil {
			t.Fatal(err)
		}
		fewest := (titleWidth(title) + 2*max - 1) / (2 * max)
		if want, ok := exact[u]; ok && strings.Join(lines, "|") != strings.Join(want, "|") {
			t.Errorf("%s: %q, want %q", u, lines, want)
		}
		if len(lines) > fewest && utf8.RuneCountInString(u) <= max-7 {
			t.Errorf("%s: %d lines %q where %d fit", u, len(lines), lines, fewest)
		}
		if utf8.RuneCountInString(u) <= max && !slices.ContainsFunc(lines, func(l string) bool { return strings.Contains(l, u) }) {
			t.Errorf("%s: the name is broken: %q", u, lines)
		}
		if faults := TitleLineFaults(lines); len(faults) > 0 {
			t.Errorf("%q: %v", lines, faults)
		}
	}
}
