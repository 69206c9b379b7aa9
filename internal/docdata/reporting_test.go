package docdata

import (
	"strings"
	"testing"
	"time"

	"gongwen/internal/docx/docxtest"
	"gongwen/internal/load"
	"gongwen/internal/meetings"
)

// 蔡甸's notice (蔡政办〔2023〕1号) asks every unit for its progress each
// quarter (每季度最后一个月的30日前…进展情况报区人民政府办公室) and prints
// no 完成时限 on the targets. A report missed is worded as one in the
// 督办通知, its table and the 汇总 — 「第一季度进展情况未按时报送」 — and a
// target with a deadline of its own is overdue in the old words beside it.
const caidianReporting = `name: 2023年区《政府工作报告》确定的主要目标任务责任分解方案
year: 2023
region: 蔡甸区
organiser: 区人民政府
profile:
  organs:
    - {id: qzfb, name: 蔡甸区人民政府办公室, short: 区人民政府办公室, doc_prefix: 蔡政办}
units:
  - {id: fgj, name: 区发展和改革局}
  - {id: kjj, name: 区科技和经信局}
categories:
  - {id: mb, name: 2023年全区经济社会发展的主要预期目标}
reporting:
  - period: 每季度最后一个月的30日前
    what: 进展情况
tasks:
  - {id: gdp, title: 地区生产总值增长7%以上, category: mb, units: [fgj]}
  - {id: gdtz, title: 固定资产投资增长10%以上, category: mb, units: [fgj], submitted: [2023-03-29]}
  - {id: gyzjz, title: 规上工业增加值增长12%以上, category: mb, units: [kjj], period: 3月底前}
`

func TestSupervisionOfReports(t *testing.T) {
	c, _, err := load.Bytes("caidian.yaml", []byte(caidianReporting))
	if err != nil {
		t.Fatal(err)
	}
	s, err := meetings.Supervise(c, nil, meetings.SuperviseOptions{Date: time.Date(2023, 4, 6, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	letters := map[string]string{}
	for _, l := range s.Letters {
		v, err := ForSupervision(c, s, l, Options{})
		if err != nil {
			t.Fatal(err)
		}
		parts, err := docxtest.Unzip(render(t, Supervision.Template, viewOf(c, v)))
		if err != nil {
			t.Fatal(err)
		}
		body, err := docxtest.Read(parts["word/document.xml"])
		if err != nil {
			t.Fatal(err)
		}
		var rows []string
		for _, r := range v.Items {
			rows = append(rows, strings.Join([]string{r.Due, r.Delay, r.Status}, "/"))
		}
		letters[l.Owner] = strings.Join(body.Paras, "\n") + "\n" + strings.Join(rows, "\n")
	}
	for owner, want := range map[string][]string{
		"fgj": {"你单位承担的工作任务中，1项第一季度进展情况未按时报送（见下表），现予督办。",
			"2023年3月30日（报送第一季度进展情况）/逾期4个工作日/未报送"},
		"kjj": {"你单位承担的工作任务中，1项已超过完成时限尚未完成，1项第一季度进展情况未按时报送（见下表），现予督办。",
			"2023年3月31日（3月底前）/逾期3个工作日/未启动", "2023年3月30日（报送第一季度进展情况）/逾期4个工作日/未报送"},
	} {
		for _, w := range want {
			if !strings.Contains(letters[owner], w) {
				t.Errorf("letter to %s lacks %q:\n%s", owner, w, letters[owner])
			}
		}
	}
	if strings.Contains(letters["fgj"], "已超过完成时限") {
		t.Errorf("a missed report is called a task overdue:\n%s", letters["fgj"])
	}
	sum := ForSupervisionSummary(c, s, Options{})
	var text []string
	for _, b := range sum.Body {
		text = append(text, b.Text)
	}
	for _, u := range sum.Units {
		text = append(text, u.Unit+":"+u.Titles)
	}
	got := strings.Join(text, "\n")
	for _, w := range []string{"逾期的3项中，2项是进展情况未按时报送。",
		"区发展和改革局:地区生产总值增长7%以上（第一季度进展情况未报送）",
		"区科技和经信局:规上工业增加值增长12%以上；规上工业增加值增长12%以上（第一季度进展情况未报送）"} {
		if !strings.Contains(got, w) {
			t.Errorf("汇总 lacks %q:\n%s", w, got)
		}
	}
}

func TestReportWording(t *testing.T) {
	c, _, err := load.Bytes("caidian.yaml", []byte(caidianReporting))
	if err != nil {
		t.Fatal(err)
	}
	r := &c.Reporting[0]
	task := &c.Tasks[0]
	late := func(name string) meetings.Item {
		return meetings.Item{Task: task, Overdue: 2, Report: r, Occurrence: name}
	}
	for _, tt := range []struct {
		items           []meetings.Item
		overdue, atRisk int
		reports         string
	}{
		{nil, 0, 0, ""},
		{[]meetings.Item{{Task: task, Overdue: 1}, {Task: task, Left: 2}}, 1, 1, ""},
		{[]meetings.Item{late("第一季度进展情况"), late("第一季度进展情况"), late("第二季度进展情况")}, 0, 0,
			"2项第一季度进展情况未按时报送，1项第二季度进展情况未按时报送"},
		{[]meetings.Item{{Task: task, Left: 1, Report: r, Occurrence: "第二季度进展情况"}}, 0, 0, "1项第二季度进展情况须在3个工作日内报送"},
	} {
		o, a, rep := reportWording(tt.items, 3)
		if o != tt.overdue || a != tt.atRisk || rep != tt.reports {
			t.Errorf("reportWording(%d items) = %d, %d, %q; want %d, %d, %q", len(tt.items), o, a, rep, tt.overdue, tt.atRisk, tt.reports)
		}
	}
}
