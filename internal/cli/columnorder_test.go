package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gongwen/internal/clients"
)

// huoshan is 霍山经济开发区's 2025 list of key work (QA session 8,
// https://www.ahhuoshan.gov.cn/public/6598161/37968314.html), whose table
// prints 责任领导 before 责任单位: 序号 | 重点工作 | 责任领导 | 责任单位 |
// 完成时限. The notice that issues it is made up, to carry the table as an
// attachment.
const huoshan = `name: 2025年开发区重点工作及责任清单
year: 2025
profile:
  organs:
    - {id: kfq, name: 霍山经济开发区管理委员会, short: 开发区管委会, doc_prefix: 霍开管}
units:
  - {id: zs, name: 招商工作部}
  - {id: as, name: 安商工作部}
  - {id: gg, name: 改革办}
  - {id: gh, name: 规划建设局}
tasks:
  - {id: t1, title: 坚持服务跟着项目走，全力服务重大项目落地见效。, leaders: [叶林], persons: [王敏], units: [zs, as], period: 全年}
  - {id: t2, title: 全力推进开发区“空间再造”，盘活存量土地400亩。, leaders: [马振明], units: [gg], period: 全年}
  - {id: t3, title: 持续提升园区承载能力，加快推进污水处理厂提升项目。, leaders: [张云峰], units: [gh], period: 全年}
division:
  layout: 表格
  columns: [序号, 重点工作, 责任领导, 责任单位, 完成时限]
documents:
  - {id: qd, kind: 责任分工, title: 2025年开发区重点工作及责任清单, date: 2025-03-01}
  - id: yf
    kind: 印发通知
    organs: [kfq]
    doc_no: 霍开管〔2025〕3号
    title: 霍山经济开发区管理委员会关于印发2025年开发区重点工作及责任清单的通知
    recipients: [各工作部、局、办]
    opening: 现将《2025年开发区重点工作及责任清单》印发给你们，请认真抓好落实。
    attachments:
      - {title: 2025年开发区重点工作及责任清单, source: qd, listed: true}
    date: 2025-03-01
`

// The division table stands its columns in the order the data writes
// them, in the Word 责任分工, the 印发通知's attachment and the Excel
// 责任分工表 alike, as python-docx and openpyxl read them: 霍山's order, a
// date first, and 责任领导 and 责任人 both in one table.
func TestDivisionColumnOrder(t *testing.T) {
	clients.RequirePython(t, "docx")
	clients.RequirePython(t, "openpyxl")
	dir := t.TempDir()
	build := func(yaml string) (docs map[string]clients.Docx, sheet [][]string, errOut string) {
		t.Helper()
		writeProject(t, dir, "huoshan.yaml", yaml, "2025-03-01", "division, issue-notice, division-table")
		_, errOut = buildProject(t, dir)
		files, _ := filepath.Glob(filepath.Join(dir, "out", "*.docx"))
		docs = map[string]clients.Docx{}
		for _, f := range files {
			docs[filepath.Base(f)] = clients.ReadDocx(t, f)
		}
		xls, _ := filepath.Glob(filepath.Join(dir, "out", "*.xlsx"))
		if len(files) != 2 || len(xls) != 1 {
			t.Fatalf("built %v %v", files, xls)
		}
		for _, sh := range clients.ReadXlsx(t, xls[0]) {
			for _, r := range sh.Rows {
				var row []string
				for _, c := range r {
					if c != nil {
						row = append(row, strings.ReplaceAll(*c, "\n", ""))
					}
				}
				sheet = append(sheet, row)
			}
		}
		return docs, sheet, errOut
	}
	tableRows := func(d clients.Docx) []string {
		var rows []string
		if len(d.Tables) == 0 {
			return nil
		}
		for _, r := range d.Tables[0] { // the division table; the 版记 follows
			rows = append(rows, strings.ReplaceAll(strings.Join(r, "|"), "\n", "、"))
		}
		return rows
	}
	for _, tc := range []struct {
		name  string
		cols  string
		rows  []string // the Word table's header and first two rows
		excel []string // the Excel table's header and first row
		note  string   // what build says is not in the table
	}{
		{"霍山", "[序号, 重点工作, 责任领导, 责任单位, 完成时限]",
			[]string{"序号|重点工作|责任领导|责任单位|完成时限",
				"1|坚持服务跟着项目走，全力服务重大项目落地见效。|叶林|招商工作部、安商工作部|全年",
				"2|全力推进开发区“空间再造”，盘活存量土地400亩。|马振明|改革办|全年"},
			// As published: no 备注 the data's columns do not have.
			[]string{"序号|重点工作|责任领导|责任单位|完成时限|任务标识",
				"1|坚持服务跟着项目走，全力服务重大项目落地见效。|叶林|招商工作部、安商工作部|全年|t1"},
			"1 项任务（“坚持服务跟着项目走，全力服务重大项目落地见效。”）的责任人没有出现在责任分工表中"},
		{"both", "[完成时限, 责任人, 重点工作, 责任领导, 责任单位, 序号, 备注]",
			[]string{"完成时限|责任人|重点工作|责任领导|责任单位|序号|备注",
				"全年|王敏|坚持服务跟着项目走，全力服务重大项目落地见效。|叶林|招商工作部、安商工作部|1|",
				// A task of no 责任人 leaves the cell empty: its leader is in his own column.
				"全年||全力推进开发区“空间再造”，盘活存量土地400亩。|马振明|改革办|2|"},
			[]string{"完成时限|责任人|重点工作|责任领导|责任单位|序号|备注|任务标识",
				"全年|王敏|坚持服务跟着项目走，全力服务重大项目落地见效。|叶林|招商工作部、安商工作部|1||t1"}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			yaml := strings.Replace(huoshan, "[序号, 重点工作, 责任领导, 责任单位, 完成时限]", tc.cols, 1)
			docs, sheet, errOut := build(yaml)
			if tc.note == "" && strings.Contains(errOut, "没有出现在责任分工表中") || !strings.Contains(errOut, tc.note) {
				t.Errorf("build says\n%s\nwant %q", errOut, tc.note)
			}
			for name, d := range docs {
				rows := tableRows(d)
				if len(rows) != 4 || rows[0] != tc.rows[0] || rows[1] != tc.rows[1] || rows[2] != tc.rows[2] {
					t.Errorf("%s: the table reads\n%q\nwant it to begin\n%q", name, rows, tc.rows)
				}
			}
			var got []string
			for _, r := range sheet {
				if len(r) > 0 && (r[0] == tc.excel[0][:strings.IndexByte(tc.excel[0], '|')] || strings.HasSuffix(strings.Join(r, "|"), "|t1")) {
					got = append(got, strings.Join(r, "|"))
				}
			}
			if len(got) != 2 || got[0] != tc.excel[0] || got[1] != tc.excel[1] {
				t.Errorf("the Excel table reads %q, want %q", got, tc.excel)
			}
		})
	}

	// A header of no kind, or a kind twice: the message lists the kinds
	// and how a header names each.
	for _, cols := range []string{"[序号, 重点工作, 经办, 责任单位]", "[序号, 重点工作, 责任领导, 分管领导]"} {
		if err := os.WriteFile(filepath.Join(dir, "huoshan.yaml"), []byte(strings.Replace(huoshan, "[序号, 重点工作, 责任领导, 责任单位, 完成时限]", cols, 1)), 0o644); err != nil {
			t.Fatal(err)
		}
		code, _, errOut := run("validate", filepath.Join(dir, "huoshan.yaml"))
		if code != 1 || !strings.Contains(errOut, "可用的列有：序号（表头含序号、编号），") || !strings.Contains(errOut, "责任领导（表头含领导），责任人（表头含责任人、负责人）") {
			t.Errorf("validate %s: exit %d, want 1 listing the kinds:\n%s", cols, code, errOut)
		}
	}
}
