package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gongwen/internal/clients"
)

// people is modelled on 郧阳's 2023 table (郧政发〔2023〕5号: 序号 目标任务
// 牵头单位 责任单位 责任人, category rows with 牵头领导) and, with layout
// 列表 and inline, on 咸安's 「12.……（责任领导：洪声耀；牵头单位：…；责任单位：…）」.
const people = `name: 2023年区政府工作目标任务
year: 2023
profile:
  organs:
    - {id: qzf, name: 十堰市郧阳区人民政府, short: 区政府}
units:
  - {id: fgj, name: 区发改局}
  - {id: tjj, name: 区统计局}
  - {id: jtj, name: 区交通运输局}
categories:
  - {id: zb, name: 主要经济社会发展指标, leaders: [成坤, 柯相国, 王俊]}
tasks:
  - {id: t1, title: 地区生产总值增长8%, category: zb, lead: [fgj], units: [tjj], persons: [区发改局局长], leaders: [柯相国]}
  - {id: t2, title: 确保107国道咸安绕城段建成通车, category: zb, lead: [jtj], units: [fgj, tjj], leaders: [洪声耀]}
division:
  layout: 表格
  columns: [序号, 目标任务, 牵头单位, 责任单位, 责任人]
  join: ，
  heading_end: 无
documents:
  - {id: fg, kind: 责任分工, title: 2023年区政府工作目标任务责任分解}
`

// 责任人 and 责任领导 are the data's, not notes: the table's 责任人 column
// and the Excel table show them, a category row ends with its 牵头领导;
// the list prints a line each, or with inline: true one bracket after the
// task; an unknown header's message lists 责任人 among the kinds.
func TestDivisionPeople(t *testing.T) {
	clients.RequirePython(t, "docx")
	clients.RequirePython(t, "openpyxl")
	dir := t.TempDir()
	data := filepath.Join(dir, "yunyang.yaml")
	build := func(yaml string) (string, string) {
		t.Helper()
		if err := os.WriteFile(data, []byte(yaml), 0o644); err != nil {
			t.Fatal(err)
		}
		manifest := "data: yunyang.yaml\nout: out\ndate: 2023-02-01\noutputs: [division, division-table]\n"
		if err := os.WriteFile(filepath.Join(dir, "gongwen.yaml"), []byte(manifest), 0o644); err != nil {
			t.Fatal(err)
		}
		os.RemoveAll(filepath.Join(dir, "out"))
		if code, out, errOut := run("build", "-f", filepath.Join(dir, "gongwen.yaml"), "--out", filepath.Join(dir, "out")); code != 0 {
			t.Fatalf("build: exit %d\n%s%s", code, out, errOut)
		}
		docs, _ := filepath.Glob(filepath.Join(dir, "out", "*.docx"))
		xls, _ := filepath.Glob(filepath.Join(dir, "out", "*.xlsx"))
		if len(docs) != 1 || len(xls) != 1 {
			t.Fatalf("built %v %v", docs, xls)
		}
		return docs[0], xls[0]
	}

	doc, xls := build(people)
	d := clients.ReadDocx(t, doc)
	if len(d.Tables) != 1 {
		t.Fatalf("%d tables", len(d.Tables))
	}
	var rows []string
	for _, r := range d.Tables[0] {
		rows = append(rows, strings.Join(r, "|"))
	}
	want := []string{"序号|目标任务|牵头单位|责任单位|责任人",
		strings.Repeat("|", 4)[:0] + "一、主要经济社会发展指标（牵头领导：成坤、柯相国、王俊）",
		"1|地区生产总值增长8%|区发改局|区统计局|区发改局局长",
		"2|确保107国道咸安绕城段建成通车|区交通运输局|区发改局，区统计局|洪声耀"}
	if len(rows) != len(want) || rows[0] != want[0] || !strings.HasPrefix(rows[1], want[1]) || rows[2] != want[2] || rows[3] != want[3] {
		t.Errorf("the table reads\n%q\nwant\n%q", rows, want)
	}
	var cells []string
	for _, sh := range clients.ReadXlsx(t, xls) {
		for _, row := range sh.Rows {
			for _, c := range row {
				if c != nil {
					cells = append(cells, *c)
				}
			}
		}
	}
	joined := strings.Join(cells, "|")
	for _, w := range []string{"|责任人|", "|区发改局局长|", "|洪声耀|", "（牵头领导：成坤、柯相国、王俊）"} {
		if !strings.Contains(joined, w) {
			t.Errorf("the Excel table lacks %q: %q", w, joined)
		}
	}

	list := strings.Replace(people, "  layout: 表格\n  columns: [序号, 目标任务, 牵头单位, 责任单位, 责任人]\n", "  layout: 列表\n  numbering: [一、, 1.]\n", 1)
	doc, _ = build(list)
	text := strings.Join(clients.ReadDocx(t, doc).Paragraphs, "\n")
	for _, w := range []string{"一、主要经济社会发展指标（牵头领导：成坤、柯相国、王俊）",
		"1.地区生产总值增长8%\n责任领导：柯相国\n牵头单位：区发改局\n责任单位：区统计局\n责任人：区发改局局长"} {
		if !strings.Contains(text, w) {
			t.Errorf("the list lacks %q:\n%s", w, text)
		}
	}
	doc, _ = build(strings.Replace(list, "  join: ，\n", "  join: ，\n  inline: true\n", 1))
	text = strings.Join(clients.ReadDocx(t, doc).Paragraphs, "\n")
	if w := "2.确保107国道咸安绕城段建成通车（责任领导：洪声耀；牵头单位：区交通运输局；责任单位：区发改局，区统计局）\n"; !strings.Contains(text, w) {
		t.Errorf("the inline list lacks %q:\n%s", w, text)
	}

	bad := strings.Replace(people, "责任人]", "经办]", 1)
	if err := os.WriteFile(data, []byte(bad), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, errOut := run("validate", data); code != 1 || !strings.Contains(errOut, "责任领导（表头含领导），责任人（表头含责任人、负责人）") {
		t.Errorf("validate: exit %d, want 1 listing 责任人:\n%s", code, errOut)
	}
}
