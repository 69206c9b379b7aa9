package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gongwen/internal/clients"
)

// qiaochengGroups is modelled on 谯城's 2025 table (区委督查考核办): the
// 协同配合单位 cell reads 「区工信局、区住建局、区卫健委，各乡镇人民政府、
// 街道办事处，谯城经开区管委会」 — 、 within a group, ， between groups,
// and a collective unit whose name holds 、.
const qiaochengGroups = `name: 谯城区2025年政府工作报告重点工作任务分解表
year: 2025
profile:
  organs:
    - {id: qzf, name: 亳州市谯城区人民政府办公室, short: 区政府办公室}
units:
  - {id: fgw, name: 区发改委}
  - {id: gxj, name: 区工信局}
  - {id: zjj, name: 区住建局}
  - {id: wjw, name: 区卫健委}
  - {id: xzjd, name: 各乡镇人民政府、街道办事处}
  - {id: kfq, name: 谯城经开区管委会}
categories:
  - {id: mb, name: 2025年经济社会发展的主要预期目标}
tasks:
  - id: gdzc
    title: 固定资产投资增长7.5%左右。
    category: mb
    lead: [fgw]
    units: [gxj, zjj, wjw, ，, xzjd, ，, kfq]
    period: 3月底前
  - id: jmsr
    title: 城镇、农村常住居民人均可支配收入分别增长5.2%、8%左右。
    category: mb
    lead: [fgw]
    units: [xzjd]
    period: 4月起每季度第1个月的20日前
division:
  layout: 表格
  columns: [序号, 重点工作任务, 主要责任单位, 协同配合单位]
documents:
  - {id: fg, kind: 责任分工, title: 谯城区2025年政府工作报告重点工作任务分解表}
`

const qiaochengCell = "区工信局、区住建局、区卫健委，各乡镇人民政府、街道办事处，谯城经开区管委会"

// The groups print as the data writes them in the Word table and list,
// the Excel 责任分工表 and the weekly list; supervision counts the
// collective unit as one.
func TestUnitGroups(t *testing.T) {
	clients.RequirePython(t, "docx")
	clients.RequirePython(t, "openpyxl")
	dir := t.TempDir()
	data := filepath.Join(dir, "qiaocheng.yaml")
	build := func(yaml string) []string {
		t.Helper()
		writeProject(t, dir, "qiaocheng.yaml", yaml, "2025-03-31", "division, division-table, weekly")
		buildProject(t, dir, "--draft=false")
		files, _ := filepath.Glob(filepath.Join(dir, "out", "*"))
		return files
	}
	files := build(qiaochengGroups)

	code, out, errOut := run("supervise", "--data", data, "--date", "2025-04-07")
	if code != 0 {
		t.Fatalf("supervise: exit %d\n%s%s", code, out, errOut)
	}
	if !strings.Contains(out, "区发改委（逾期 1 项") {
		t.Errorf("supervise does not route the task to its lead unit:\n%s", out)
	}

	var seen []string
	for _, f := range files {
		switch filepath.Ext(f) {
		case ".docx":
			d := clients.ReadDocx(t, f)
			if len(d.Tables) != 1 {
				t.Fatalf("%s: %d tables", f, len(d.Tables))
			}
			// A cell too narrow for its units lists them one a paragraph
			// (layout's rule for Word); the collective unit keeps its 、
			// (docdata's TestWholeUnits holds that it is one paragraph).
			cell := d.Tables[0][2][3]
			if got, want := strings.ReplaceAll(cell, "\n", ""), "区工信局区住建局区卫健委各乡镇人民政府、街道办事处谯城经开区管委会"; got != want && got != qiaochengCell {
				t.Errorf("the Word cell reads %q, want %q or %q", got, want, qiaochengCell)
			}
			seen = append(seen, "docx")
		case ".xlsx":
			for _, sh := range clients.ReadXlsx(t, f) {
				for _, row := range sh.Rows {
					for _, c := range row {
						if c != nil && strings.Contains(*c, "\n") {
							t.Errorf("%s: a cell holds a line break the data does not have: %q", filepath.Base(f), *c)
						}
						if c != nil && strings.Contains(*c, "区住建局") {
							want := qiaochengCell
							if strings.Contains(f, "周工作清单") {
								want = "区工信局、区住建局、区卫健委，各乡镇人民政府、街道办事处，谯城经开区管委会"
							}
							if got := *c; got != want {
								t.Errorf("%s: the cell reads %q, want %q", filepath.Base(f), got, want)
							}
							seen = append(seen, filepath.Base(f))
						}
					}
				}
			}
		}
	}
	if len(seen) != 3 {
		t.Errorf("the units were found in %v, want the Word table, the 责任分工表 and the 周工作清单", seen)
	}

	list := strings.Replace(qiaochengGroups, "  layout: 表格\n  columns: [序号, 重点工作任务, 主要责任单位, 协同配合单位]\n", "  layout: 列表\n  numbering: [一、, 1.]\n", 1)
	for _, f := range build(list) {
		if filepath.Ext(f) == ".docx" {
			text := strings.Join(clients.ReadDocx(t, f).Paragraphs, "\n")
			if !strings.Contains(text, "\n责任单位："+qiaochengCell+"\n") {
				t.Errorf("the list lacks the line 责任单位：%s:\n%s", qiaochengCell, text)
			}
		}
	}

	bad := strings.Replace(qiaochengGroups, "units: [gxj,", "units: [，, gxj,", 1)
	if err := os.WriteFile(data, []byte(bad), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, errOut := run("validate", data); code != 1 || !strings.Contains(errOut, "分组符“，”只能写在两个单位之间") {
		t.Errorf("validate: exit %d, want 1 naming the misplaced break:\n%s", code, errOut)
	}
}
