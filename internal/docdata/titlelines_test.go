package docdata

import (
	"strings"
	"testing"

	"gongwen/internal/cn"
	"gongwen/internal/load"
)

// Every title of the default data and the examples, at the 20 characters
// a line of 2号 takes: the lines as GB/T 9704 sets them (梯形 or 菱形,
// balanced), no break inside a word, a number with its unit, a unit's
// name or a short quoted name; the campaign's long quoted name breaks at
// a word inside it only where that saves lines (the 组成人员 notice: 3
// lines, not 5), and stays whole inside the name of a document issued.
func TestTitleLinesOfTheData(t *testing.T) {
	want := map[string]string{
		"省委“学习贯彻十八大、争创发展新业绩”主题实践活动总体方案":                                             "省委“学习贯彻十八大、争创发展新业绩”/主题实践活动总体方案",
		"省委“学习贯彻十八大、争创发展新业绩”主题实践活动责任分工":                                             "省委“学习贯彻十八大、争创发展新业绩”/主题实践活动责任分工",
		"在全省“学习贯彻十八大、争创发展新业绩”主题实践活动电视电话动员会上的讲话":                                     "在全省“学习贯彻十八大、争创发展新业绩”/主题实践活动电视电话动员会上的讲话",
		"关于在全省开展“学习贯彻十八大、争创发展新业绩”主题实践活动的通知":                                         "关于在全省开展/“学习贯彻十八大、争创发展新业绩”/主题实践活动的通知",
		"关于成立省委“学习贯彻十八大、争创发展新业绩”主题实践活动领导小组的通知":                                      "关于成立省委/“学习贯彻十八大、争创发展新业绩”/主题实践活动领导小组的通知",
		"关于省委“学习贯彻十八大、争创发展新业绩”主题实践活动领导小组办公室组成人员和内设机构及主要职责的通知":                       "关于省委“学习贯彻十八大、争创发展/新业绩”主题实践活动领导小组办公室/组成人员和内设机构及主要职责的通知",
		"关于印发《省委“学习贯彻十八大、争创发展新业绩”主题实践活动牵头单位主要职责》《省委“学习贯彻十八大、争创发展新业绩”主题实践活动责任分工》的通知": "关于印发/《省委“学习贯彻十八大、争创发展新业绩”/主题实践活动牵头单位主要职责》《省委/“学习贯彻十八大、争创发展新业绩”/主题实践活动责任分工》的通知",
		"省委“学习贯彻十八大、争创发展新业绩”主题实践活动领导小组办公室综合组工作方案":                                   "省委“学习贯彻十八大、争创发展新业绩”/主题实践活动领导小组办公室/综合组工作方案",
		"关于召开市州“学创”活动现场推进会的通知":                                                      "关于召开市州“学创”活动现场推进会的通知",
		"关于全省“学习贯彻十八大、争创发展新业绩”主题实践活动开展情况的汇报":                                        "关于全省/“学习贯彻十八大、争创发展新业绩”/主题实践活动开展情况的汇报",
		"宁川市商务局关于印发2024年工作要点任务分工的通知":                                                "宁川市商务局关于印发2024年/工作要点任务分工的通知",
		"宁川区人民政府关于印发宁川区2023年重点工作任务分解和责任分工方案的通知":                                     "宁川区人民政府/关于印发宁川区2023年重点工作任务/分解和责任分工方案的通知",
		"立山区人民政府关于印发《立山区政府2023年重点工作任务分解和责任分工方案》的通知":                                 "立山区人民政府关于印发/《立山区政府2023年重点工作任务/分解和责任分工方案》的通知",
		"立山区政府2023年重点工作任务分解和责任分工方案":                                                 "立山区政府2023年重点工作任务/分解和责任分工方案",
	}
	seen := map[string]bool{}
	for _, f := range []string{"../../data/xuechuang.yaml", "../../data/examples/yaodian/yaodian.yaml",
		"../../data/examples/quzhengfu/renwu.yaml", "../../data/examples/lishan/lishan.yaml"} {
		c, _, err := load.File(f)
		if err != nil {
			t.Fatal(err)
		}
		var titles []string
		for _, d := range c.Documents {
			titles = append(titles, d.Title)
			for _, a := range d.Attachments {
				titles = append(titles, a.Title)
			}
		}
		for _, title := range titles {
			if title == "" {
				continue
			}
			lines := TitleLines(title, 20, titleNames(c)...)
			if strings.Join(lines, "") != strings.Join(strings.Fields(title), "") {
				t.Errorf("%q: lines %q lose text", title, lines)
			}
			if faults := cn.TitleLineFaults(lines); len(faults) > 0 {
				t.Errorf("%q: %v", lines, faults)
			}
			if len(lines) > 3 && !strings.Contains(title, "》《") {
				t.Errorf("%q takes %d lines", lines, len(lines))
			}
			for _, l := range lines {
				// A short quoted name (“学创”) is never broken.
				if strings.Count(l, "“") != strings.Count(l, "”") && (strings.HasSuffix(l, "“学") || strings.HasPrefix(l, "创”")) {
					t.Errorf("%q breaks a short quotation", lines)
				}
			}
			if w, ok := want[title]; ok {
				seen[title] = true
				if got := strings.Join(lines, "/"); got != w {
					t.Errorf("%s:\n got %s\nwant %s", title, got, w)
				}
			}
		}
	}
	for title := range want {
		if !seen[title] {
			t.Errorf("no document of the data is titled %s", title)
		}
	}
}
