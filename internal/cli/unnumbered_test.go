package cli

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"gongwen/internal/clients"
)

// unnumbered is modelled on 咸安's 2023 分解方案 (QA finding 6): tasks 1.–3.
// run on across 一、 and 二、, and the third level 「加强基础设施建设」 has no
// number (numbering: [一、, （一）, 无]).
const unnumbered = `name: 2023年区《政府工作报告》确定的重点工作任务责任分解方案
year: 2023
profile:
  organs:
    - {id: qzf, name: 咸宁市咸安区人民政府, short: 区政府}
units:
  - {id: fgj, name: 区发改局}
  - {id: jtj, name: 区交通运输局}
categories:
  - {id: mb, name: 2023年全区经济社会发展主要预期目标}
  - {id: ap, name: 2023年七个方面主要工作安排}
  - {id: zz, name: 坚定不移做强增长引擎, parent: ap}
  - {id: jc, name: 加强基础设施建设, parent: zz}
tasks:
  - {id: t1, title: 地区生产总值增长8%以上, category: mb, lead: [fgj]}
  - {id: t2, title: 固定资产投资增长16%以上, category: mb, lead: [fgj]}
  - {id: t3, title: 启动南外环高速公路建设, category: jc, lead: [jtj], units: [fgj]}
division:
  layout: 列表
  numbering: [一、, （一）, 无]
  task_number: 1.
  continuous: true
  heading_end: 无
documents:
  - {id: fg, kind: 责任分工, title: 2023年区《政府工作报告》确定的重点工作任务责任分解方案}
`

// A level numbered 无 prints its headings without a number, in the list
// (python-docx reads the paragraphs) and in the Excel table's category
// column, and validate lists 无 among the number forms.
func TestUnnumberedLevel(t *testing.T) {
	clients.RequirePython(t, "docx")
	clients.RequirePython(t, "openpyxl")
	dir := t.TempDir()
	data := filepath.Join(dir, "xianan.yaml")
	if err := os.WriteFile(data, []byte(unnumbered), 0o644); err != nil {
		t.Fatal(err)
	}
	manifest := "data: xianan.yaml\nout: out\ndate: 2023-02-01\noutputs: [division, division-table]\n"
	if err := os.WriteFile(filepath.Join(dir, "gongwen.yaml"), []byte(manifest), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, out, errOut := run("build", "-f", filepath.Join(dir, "gongwen.yaml"), "--out", filepath.Join(dir, "out")); code != 0 {
		t.Fatalf("build: exit %d\n%s%s", code, out, errOut)
	}
	docs, _ := filepath.Glob(filepath.Join(dir, "out", "*.docx"))
	xls, _ := filepath.Glob(filepath.Join(dir, "out", "*.xlsx"))
	if len(docs) != 1 || len(xls) != 1 {
		t.Fatalf("built %v %v", docs, xls)
	}
	var got []string
	for _, p := range clients.ReadDocx(t, docs[0]).Paragraphs {
		p = strings.TrimSpace(p)
		if strings.HasPrefix(p, "一、") || len(got) > 0 && p != "" && !strings.HasPrefix(p, "牵头单位") && !strings.HasPrefix(p, "责任单位") {
			got = append(got, p)
		}
	}
	want := []string{"一、2023年全区经济社会发展主要预期目标", "1.地区生产总值增长8%以上", "2.固定资产投资增长16%以上",
		"二、2023年七个方面主要工作安排", "（一）坚定不移做强增长引擎", "加强基础设施建设", "3.启动南外环高速公路建设"}
	if !slices.Equal(got, want) {
		t.Errorf("the list reads\n%q\nwant\n%q", got, want)
	}
	var cells []string
	for _, sh := range clients.ReadXlsx(t, xls[0]) {
		for _, row := range sh.Rows {
			for _, c := range row {
				if c != nil {
					cells = append(cells, *c)
				}
			}
		}
	}
	joined := strings.Join(cells, "|")
	// The 类别 cell lists the headings down to the task's, one a line.
	if !strings.Contains(joined, "做强增长引擎\n加强基础设施建设|3|") || strings.Contains(joined, "无加强") {
		t.Errorf("the Excel table's category rows: %q", cells)
	}

	bad := strings.Replace(unnumbered, "[一、, （一）, 无]", "[一、, （一）, 甲]", 1)
	if err := os.WriteFile(data, []byte(bad), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errOut := run("validate", data)
	if code != 1 || !strings.Contains(errOut, "① 无") {
		t.Errorf("validate: exit %d, want 1 with 无 among the forms:\n%s", code, errOut)
	}
}
