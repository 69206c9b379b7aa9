package cli

import (
	"path/filepath"
	"strings"
	"testing"

	"gongwen/internal/clients"
)

// nocategory is 谯城's table (QA session 8) with a task of no category,
// as QA's nocat folder had it: printed after the last category's rows it
// read as that category's (QA s8 #13).
const nocategory = `name: 重点工作任务分解表
year: 2025
profile:
  organs:
    - {id: qzf, name: 亳州市谯城区人民政府, short: 区政府, doc_prefix: 谯政}
units:
  - {id: fgw, name: 区发改委}
  - {id: cz, name: 区财政局}
  - {id: gx, name: 区工信局}
categories:
  - {id: mb, name: 2025年经济社会发展的主要预期目标}
  - {id: gz, name: 重点工作}
tasks:
  - {id: t1, title: 地区生产总值增长6.5%左右。, category: mb, lead: [fgw]}
  - {id: t2, title: 一般公共预算收入增长5%左右。, category: mb, lead: [cz]}
  - {id: t3, title: 规模以上工业增加值增长10%左右。, category: gz, lead: [gx]}
  - {id: t0, title: 全面完成省市下达的约束性指标。, lead: [fgw]}
division:
  layout: 表格
  columns: [序号, 重点工作任务, 牵头单位]
documents:
  - {id: fg, kind: 责任分工, title: 重点工作任务分解表, date: 2025-03-28}
  - id: yf
    kind: 印发通知
    organs: [qzf]
    doc_no: 谯政〔2025〕4号
    title: 亳州市谯城区人民政府关于印发重点工作任务分解表的通知
    recipients: [各乡镇人民政府、街道办事处，区政府各部门]
    opening: 现将《重点工作任务分解表》印发给你们，请认真贯彻落实。
    attachments:
      - {title: 重点工作任务分解表, source: fg, listed: true}
    date: 2025-03-28
`

// A task of no category in a programme with categories stands before the
// first category, in the Word table, the 印发通知's attachment table, the
// list and the Excel table alike (python-docx, openpyxl).
func TestUncategorisedFirst(t *testing.T) {
	clients.RequirePython(t, "docx")
	clients.RequirePython(t, "openpyxl")
	dir := t.TempDir()
	build := func(yaml string) (docs []clients.Docx, sheet []string) {
		t.Helper()
		writeProject(t, dir, "qc.yaml", yaml, "2025-03-28", "division, issue-notice, division-table")
		buildProject(t, dir)
		files, _ := filepath.Glob(filepath.Join(dir, "out", "*.docx"))
		for _, f := range files {
			docs = append(docs, clients.ReadDocx(t, f))
		}
		xls, _ := filepath.Glob(filepath.Join(dir, "out", "*.xlsx"))
		if len(files) != 2 || len(xls) != 1 {
			t.Fatalf("built %v %v", files, xls)
		}
		for _, sh := range clients.ReadXlsx(t, xls[0]) {
			for _, r := range sh.Rows {
				var row []string
				for _, c := range r {
					if c != nil && *c != "" {
						row = append(row, *c)
					}
				}
				sheet = append(sheet, strings.Join(row, "|"))
			}
		}
		return docs, sheet
	}
	// order is the position of each text's first line that contains it.
	order := func(lines []string, texts ...string) []int {
		var at []int
		for _, s := range texts {
			at = append(at, -1)
			for i, l := range lines {
				if strings.Contains(l, s) {
					at[len(at)-1] = i
					break
				}
			}
		}
		return at
	}
	before := func(what string, lines []string) {
		t.Helper()
		at := order(lines, "全面完成省市下达的约束性指标", "一、2025年经济社会发展的主要预期目标", "二、重点工作", "规模以上工业增加值")
		if at[0] < 0 || at[1] < 0 || !(at[0] < at[1] && at[1] < at[2] && at[2] < at[3]) {
			t.Errorf("%s: positions %v of the free task and the categories, want it first:\n%s", what, at, strings.Join(lines, "\n"))
		}
	}
	docs, sheet := build(nocategory)
	for _, d := range docs {
		if len(d.Tables) == 0 {
			t.Fatal("no table")
		}
		var rows []string
		for _, r := range d.Tables[0] {
			rows = append(rows, strings.Join(r, "|"))
		}
		before("table", rows)
		if rows[1] != "1|全面完成省市下达的约束性指标。|区发改委" {
			t.Errorf("the first row %q, want the free task numbered 1", rows[1])
		}
	}
	before("Excel", sheet)
	docs, _ = build(strings.Replace(nocategory, "  layout: 表格\n  columns: [序号, 重点工作任务, 牵头单位]\n", "  layout: 列表\n  numbering: [一、, 1.]\n", 1))
	for _, d := range docs {
		before("list", d.Paragraphs)
	}
}
