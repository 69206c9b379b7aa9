package build_test

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"gongwen/internal/build"
	"gongwen/internal/clients"
	"gongwen/internal/load"
)

// A programme's division table (表格 layout) as published: the 印发
// notice's attachment, the standalone 责任分工 and the Excel table show the
// same categories and tasks in the same order — the outline's, not the
// data's (the data lists a task of the second category first, a task of no
// category in the middle). Without a 类别 column each category, nested
// ones too, is a row of its own above its tasks; with one, the 类别 cells
// name them.
const programmeTableData = `name: 某区2023年重点工作任务分解表
year: 2023
profile:
  organs:
    - {id: qzf, name: 某区人民政府, short: 区政府, doc_prefix: 某政发}
units:
  - {id: fgj, name: 区发改局}
  - {id: czj, name: 区财政局}
categories:
  - {id: zb, name: 主要经济社会发展指标}
  - {id: zd, name: 重点工作任务}
  - {id: wz, name: 稳增长工作, parent: zd}
tasks:
  - {id: t3, title: 推进重大项目建设, category: wz, units: [czj]}
  - {id: t9, title: 没有类别的任务, lead: [czj]}
  - {id: t1, title: 地区生产总值增长7%以上, category: zb, lead: [fgj]}
  - {id: t2, title: 优化营商环境, category: zd, lead: [fgj], units: [czj]}
division:
  layout: 表格
  columns: COLUMNS
documents:
  - id: tz
    kind: 印发通知
    organs: [qzf]
    doc_no: 某政发〔2023〕5号
    title: 某区人民政府关于印发2023年重点工作任务分解表的通知
    recipients: [各街道办事处，区政府各部门]
    opening: 现将《某区2023年重点工作任务分解表》印发给你们，请认真组织落实。
    attachments:
      - {title: 某区2023年重点工作任务分解表, source: division}
    date: 2023-01-30
`

const programmeTableManifest = `data: data.yaml
out: out
date: 2023-01-30
outputs:
  - issue-notice
  - division
  - division-table
`

func TestProgrammeTableSameEverywhere(t *testing.T) {
	tasks := []string{"地区生产总值增长7%以上", "优化营商环境", "推进重大项目建设", "没有类别的任务"}
	for _, tc := range []struct {
		columns string
		word    []string // what the Word tables read, in order
		excel   []string
	}{
		// The task of no category first (model.Outline). In Word a
		// sub-category's row is 分列 (「（一）」 in 序号, its name in the
		// task column); Excel keeps it in one cell.
		{"[序号, 目标任务, 牵头单位, 责任单位]",
			[]string{tasks[3], "一、主要经济社会发展指标", tasks[0], "二、重点工作任务", tasks[1], "（一）|稳增长工作", tasks[2]},
			[]string{tasks[3], "一、主要经济社会发展指标", tasks[0], "二、重点工作任务", tasks[1], "（一）稳增长工作", tasks[2]}},
		{"[类别, 序号, 目标任务, 牵头单位, 责任单位]",
			[]string{tasks[3], "主要经济社会发展指标", tasks[0], "重点工作任务", tasks[1], "稳增长工作", tasks[2]},
			[]string{tasks[3], "主要经济社会发展指标", tasks[0], "重点工作任务", tasks[1], "稳增长工作", tasks[2]}},
	} {
		t.Run(tc.columns, func(t *testing.T) {
			dir := t.TempDir()
			data := strings.Replace(programmeTableData, "COLUMNS", tc.columns, 1)
			if err := os.WriteFile(filepath.Join(dir, "data.yaml"), []byte(data), 0o644); err != nil {
				t.Fatal(err)
			}
			m, err := build.ParseManifest(dir, "gongwen.yaml", []byte(programmeTableManifest))
			if err != nil {
				t.Fatal(err)
			}
			c, diags, err := load.File(m.Path(m.Data))
			if err != nil {
				t.Fatalf("load: %v %v", err, diags)
			}
			jobs, err := build.Plan(context.Background(), m, c, m.Date)
			if err != nil {
				t.Fatal(err)
			}
			res, err := build.Run(context.Background(), jobs, build.Options{Out: filepath.Join(dir, "out")})
			if err != nil {
				t.Fatal(err)
			}
			seen := map[string]bool{}
			for _, r := range res.Results {
				seen[r.Kind] = true
				var cells []string
				want := tc.word
				switch filepath.Ext(r.Path) {
				case ".docx":
					d := clients.ReadDocx(t, r.Path)
					if len(d.Tables) == 0 {
						t.Fatalf("%s: no table", r.Kind)
					}
					for _, row := range d.Tables[0] {
						cells = append(cells, row...)
					}
				case ".xlsx":
					want = tc.excel
					for _, sh := range clients.ReadXlsx(t, r.Path) {
						for _, row := range sh.Rows {
							for _, v := range row {
								if v != nil {
									cells = append(cells, *v)
								}
							}
						}
					}
				}
				// A category cell breaks its name over lines where its
				// column is narrow.
				text := strings.ReplaceAll(strings.Join(cells, "|"), "\n", "")
				inOrder(t, r.Kind, text, want)
			}
			for _, k := range []string{"印发通知", "责任分工", "责任分工表"} {
				if !seen[k] {
					t.Errorf("no %s built: %v", k, seen)
				}
			}
		})
	}
}

// inOrder checks that each of want is in text, after the one before it.
func inOrder(t *testing.T, what, text string, want []string) {
	t.Helper()
	last := -1
	for _, w := range want {
		at := strings.Index(text[last+1:], w)
		if at < 0 {
			t.Errorf("%s: %q missing, or not after what precedes it, in\n%s", what, w, text)
			return
		}
		last += 1 + at
	}
}

// The list layout as published: a task's text (sub-items （1）…（4）) stands
// under its line before 责任单位, in the notice's attachment and the
// standalone 责任分工 alike; a task's line ends as the data chooses —
// division.heading_end 无 (or the 责任分工 document's own heading_end)
// prints it as written, the default adds 「。」.
func TestProgrammeListTextAndEnd(t *testing.T) {
	const data = `name: 运城市应急体系建设规划责任分解
year: 2017
profile:
  organs:
    - {id: szf, name: 运城市人民政府办公厅, short: 市政府办公厅, doc_prefix: 运政办发}
units:
  - {id: yg, name: 市应急办}
  - {id: gx, name: 各县（市、区）人民政府}
categories:
  - {id: ya, name: 应急预案体系建设}
tasks:
  - id: t1
    title: 完善应急预案体系
    category: ya
    units: [yg, gx]
    text: |
      （1）加强应急预案管理，规范应急预案编制。
      （2）推进政府及其部门应急预案“精编化”。
  - {id: t2, title: 加强应急平台建设, category: ya, units: [yg]}
division:
  layout: 列表
  numbering: [（一）, 1.]
END
documents:
  - id: tz
    kind: 印发通知
    organs: [szf]
    doc_no: 运政办发〔2017〕1号
    title: 运城市人民政府办公厅关于印发应急体系建设规划责任分解的通知
    recipients: [各县（市、区）人民政府，市直各有关单位]
    opening: 现将《运城市应急体系建设规划责任分解》印发给你们，请认真贯彻落实。
    attachments:
      - {title: 运城市应急体系建设规划责任分解, source: SOURCE}
    date: 2017-04-13
DOC`
	const manifest = "data: data.yaml\nout: out\ndate: 2017-04-13\noutputs:\n  - issue-notice\n  - division\n"
	fg := "  - {id: fg, kind: 责任分工, title: 运城市应急体系建设规划责任分解, heading_end: 无}\n"
	for _, tc := range []struct {
		name, end, source, doc, line string
	}{
		{"division.heading_end 无", "  heading_end: 无\n", "division", "", "1.完善应急预案体系"},
		{"default", "", "division", "", "1.完善应急预案体系。"},
		{"the document's heading_end", "", "fg", fg, "1.完善应急预案体系"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			src := strings.NewReplacer("END\n", tc.end, "SOURCE", tc.source, "DOC", tc.doc).Replace(data)
			if err := os.WriteFile(filepath.Join(dir, "data.yaml"), []byte(src), 0o644); err != nil {
				t.Fatal(err)
			}
			m, err := build.ParseManifest(dir, "gongwen.yaml", []byte(manifest))
			if err != nil {
				t.Fatal(err)
			}
			c, diags, err := load.File(m.Path(m.Data))
			if err != nil {
				t.Fatalf("load: %v %v", err, diags)
			}
			jobs, err := build.Plan(context.Background(), m, c, m.Date)
			if err != nil {
				t.Fatal(err)
			}
			res, err := build.Run(context.Background(), jobs, build.Options{Out: filepath.Join(dir, "out")})
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Results) != 2 {
				t.Fatalf("%d files built", len(res.Results))
			}
			for _, r := range res.Results {
				paras := clients.ReadDocx(t, r.Path).Paragraphs
				at := slices.Index(paras, tc.line)
				want := []string{tc.line, "（1）加强应急预案管理，规范应急预案编制。", "（2）推进政府及其部门应急预案“精编化”。",
					"责任单位：市应急办、各县（市、区）人民政府"}
				if at < 0 || at+len(want) > len(paras) || !slices.Equal(paras[at:at+len(want)], want) {
					t.Errorf("%s: want the lines %q in order, read\n%s", r.Kind, want, strings.Join(paras, "\n"))
				}
			}
		})
	}
}
