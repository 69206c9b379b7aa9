package cli

import (
	"path/filepath"
	"strings"
	"testing"

	"gongwen/internal/clients"
)

// qinxianLead is modelled on 沁县's 2025 任务清单 (附件1): the category
// 「一、县示范区管委会牵头工作（8项）」 names the lead unit, the tasks under
// it are bare 「1.…」 lines; one task here names its own lead, which wins.
const qinxianLead = `name: 2025年县政府工作报告任务清单
year: 2025
profile:
  organs:
    - {id: xzfb, name: 沁县人民政府办公室, short: 县政府办公室, doc_prefix: 沁政办发}
units:
  - {id: sfq, name: 县示范区管委会}
  - {id: fgj, name: 县发改局}
categories:
  - {id: sfq, name: 县示范区管委会牵头工作（8项）, lead: [sfq]}
tasks:
  - {id: dx, title: 投资3000万元建设南美白对虾工厂化循环水养殖基地。, category: sfq, period: 3月底前}
  - {id: syj, title: 打造食用菌酵素生产基地。, category: sfq, period: 3月底前}
  - {id: cyy, title: 建设3个劳动密集型产业园。, category: sfq, lead: [fgj], period: 3月底前}
division:
  layout: 列表
  numbering: [一、, 1.]
documents:
  - {id: qd, kind: 责任分工, title: 2025年县政府工作报告任务清单}
`

// The category's lead answers for its bare tasks everywhere a unit is
// needed — supervise, the 督办, the weekly list, the tables — while the
// list prints no 「牵头单位：…」 line under them, only under the task that
// names its own lead.
func TestCategoryLead(t *testing.T) {
	clients.RequirePython(t, "docx")
	clients.RequirePython(t, "openpyxl")
	dir := t.TempDir()
	data := filepath.Join(dir, "qinxian.yaml")
	writeProject(t, dir, "qinxian.yaml", qinxianLead, "2025-04-07", "division, division-table, weekly, supervision")

	code, out, errOut := run("supervise", "--data", data, "--date", "2025-04-07")
	if code != 0 {
		t.Fatalf("supervise: exit %d\n%s%s", code, out, errOut)
	}
	for _, w := range []string{"县示范区管委会（逾期 2 项", "投资3000万元建设南美白对虾", "县发改局（逾期 1 项"} {
		if !strings.Contains(out, w) {
			t.Errorf("supervise lacks %q:\n%s", w, out)
		}
	}
	if strings.Contains(out+errOut, "未明确牵头单位") {
		t.Errorf("a task of a category with a lead is reported without one:\n%s%s", out, errOut)
	}

	buildProject(t, dir, "--draft=false")
	docs, _ := filepath.Glob(filepath.Join(dir, "out", "*.docx"))
	var list, duban string
	for _, d := range docs {
		text := strings.Join(clients.ReadDocx(t, d).Paragraphs, "\n")
		switch {
		case strings.Contains(d, "督办"):
			if strings.Contains(text, "县示范区管委会") {
				duban += text
			}
		case strings.Contains(text, "县示范区管委会牵头工作"):
			list = text
		}
	}
	if want := "一、县示范区管委会牵头工作（8项）\n1.投资3000万元建设南美白对虾工厂化循环水养殖基地。\n完成时限：3月底前\n2.打造食用菌酵素生产基地。\n完成时限：3月底前\n3.建设3个劳动密集型产业园。\n牵头单位：县发改局\n"; !strings.Contains(list, want) {
		t.Errorf("the list lacks\n%s\nin\n%s", want, list)
	}
	if duban == "" {
		t.Errorf("no 督办通知 to 县示范区管委会 among %v", docs)
	}

	xls, _ := filepath.Glob(filepath.Join(dir, "out", "*.xlsx"))
	found := map[string]bool{}
	for _, x := range xls {
		for _, sh := range clients.ReadXlsx(t, x) {
			for _, row := range sh.Rows {
				var cells []string
				for _, c := range row {
					if c != nil {
						cells = append(cells, *c)
					}
				}
				line := strings.Join(cells, "|")
				hay := line
				if strings.Contains(x, "督办事项回复表") {
					hay = "|" + strings.TrimSuffix(strings.TrimPrefix(filepath.Base(x), "督办事项回复表（"), "）.xlsx") + "|"
				}
				for _, w := range []string{"南美白对虾", "食用菌酵素", "劳动密集型"} {
					if strings.Contains(line, w) {
						found[filepath.Base(x)+" "+w] = true
						lead := "|县示范区管委会|"
						if w == "劳动密集型" {
							lead = "|县发改局|"
						}
						if !strings.Contains(hay, lead) {
							t.Errorf("%s: the row of %s lacks %s: %q", filepath.Base(x), w, lead, line)
						}
					}
				}
			}
		}
	}
	for _, book := range []string{"责任分工表", "周工作清单", "督办事项回复表"} {
		n := 0
		for k := range found {
			if strings.Contains(k, book) {
				n++
			}
		}
		if n != 3 {
			t.Errorf("%s: %d of 3 tasks found (%v)", book, n, found)
		}
	}
}
