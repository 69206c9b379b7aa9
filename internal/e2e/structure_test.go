package e2e

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"gongwen/internal/clients"
	"gongwen/internal/opc"
)

// structureData is a programme as published notices lay out their
// division, written inline: a 方案 of its own prose sections and then its
// categories (荆门: 「一、总体要求」 in prose, then 「二、主要指标」 with the
// lead-in 「到2025年……如下：」 and its tasks), issued by a notice that
// attaches it.
const structureData = `name: 某市规划纲要任务分工方案
year: 2021
region: 某市
organiser: 市政府办公室
profile:
  seal: true
  organs:
    - {id: bgs, name: 某市人民政府办公室, short: 市政府办公室, mark: 某市人民政府办公室, doc_prefix: 某政办发}
units:
  - {id: fgw, name: 市发改委}
  - {id: czj, name: 市财政局}
categories:
  - id: zb
    name: 主要指标
    intro: 到2025年，全市经济社会发展主要指标如下：
  - {id: rw, name: 重点任务}
tasks:
  - {id: gdp, title: 地区生产总值年均增长7%以上, category: zb, lead: [fgw]}
  - {id: cz, title: 一般公共预算收入稳步增长, category: zb, lead: [czj]}
  - {id: xm, title: 推进重大项目建设, category: rw, lead: [fgw]}
division:
  layout: 列表
  numbering: [一、, 1.]
documents:
  - id: yf
    kind: 印发通知
    organs: [bgs]
    doc_no: 某政办发〔2021〕9号
    title: 某市人民政府办公室关于印发某市规划纲要任务分工方案的通知
    recipients: [各县市区人民政府，市政府各部门]
    opening: 《某市规划纲要任务分工方案》已经市人民政府同意，现印发给你们，请认真贯彻执行。
    attachments:
      - {title: 某市规划纲要任务分工方案, source: fa}
    date: 2021-12-31
  - id: fa
    kind: 责任分工
    title: 某市规划纲要任务分工方案
    subtitle: （共计{{n}}项）
    opening: 为确保《纲要》有效实施，制定本方案。
    sections:
      - heading: 总体要求
        paragraphs: [坚持分类精准施策，推动《纲要》部署全面落实。]
    attachments:
      - {title: 某市规划纲要任务分工方案, source: division}
    date: 2021-12-31
`

// subtitlePara is a paragraph of the style 副标题 holding the subtitle.
var subtitlePara = regexp.MustCompile(`<w:p>(<w:pPr>)?<w:pStyle w:val="gwSub"/>.{0,400}?（共计3项）</w:t>`)

// buildInline writes data and a manifest of outputs into a folder, builds
// it and returns the text of each Word output by kind, each paragraph a
// line (programmeDocxText), and the build's stderr.
func buildInline(t *testing.T, data string, outputs ...string) (map[string]string, string) {
	t.Helper()
	return buildInlineIn(t, t.TempDir(), data, outputs...)
}

// buildInlineIn is buildInline in the folder dir, whose out/ then holds
// the outputs.
func buildInlineIn(t *testing.T, dir, data string, outputs ...string) (map[string]string, string) {
	t.Helper()
	if err := os.WriteFile(filepath.Join(dir, "data.yaml"), []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	manifest := "data: data.yaml\nout: out\ndate: 2021-12-31\noutputs: [" + strings.Join(outputs, ", ") + "]\n"
	if err := os.WriteFile(filepath.Join(dir, "gongwen.yaml"), []byte(manifest), 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := gongwen(t, "build", "-f", filepath.Join(dir, "gongwen.yaml"), "-o", filepath.Join(dir, "out"), "--draft", "--json")
	if code != 0 {
		t.Fatalf("build exits %d:\n%s", code, stderr)
	}
	var rep struct {
		Outputs []struct{ Kind, Path string }
	}
	if err := json.Unmarshal([]byte(stdout), &rep); err != nil {
		t.Fatalf("build --json: %v\n%s", err, stdout)
	}
	texts := map[string]string{}
	for _, o := range rep.Outputs {
		if filepath.Ext(o.Path) == ".docx" {
			texts[o.Kind] = programmeDocxText(t, o.Path)
		}
	}
	return texts, stderr
}

// inOrder says where the lines want do not stand in text in this order,
// each a whole paragraph (a line of text), with nothing but other lines
// between; "" when they do.
func inOrder(text string, want []string) string {
	lines := strings.Split(text, "\n")
	i := 0
	for _, l := range lines {
		if i < len(want) && strings.TrimSpace(l) == want[i] {
			i++
		}
	}
	if i == len(want) {
		return ""
	}
	return "missing, in order, the line " + want[i]
}

// TestDivisionStructureAsPublished reads back the 方案 and the notice's
// attachment: the subtitle under the title with its count from the data,
// the categories going on from the 方案's own sections (二、 after
// 一、总体要求, never 一、 again), a category's lead-in once under its
// heading, and no heading printed twice.
func TestDivisionStructureAsPublished(t *testing.T) {
	dir := t.TempDir()
	texts, _ := buildInlineIn(t, dir, structureData, "issue-notice", "division", "division-table")
	// The Excel table numbers the categories as the 方案 prints them.
	f, err := excelize.OpenFile(filepath.Join(dir, "out", "责任分工表.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	rows, err := f.GetRows(f.GetSheetName(0))
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	var cats []string
	for _, r := range rows {
		for _, v := range r {
			if strings.HasSuffix(v, "主要指标") || strings.HasSuffix(v, "重点任务") {
				cats = append(cats, v)
			}
		}
	}
	if len(cats) == 0 || cats[0] != "二、主要指标" || cats[len(cats)-1] != "三、重点任务" {
		t.Errorf("the Excel table names the categories %q, want 二、主要指标 … 三、重点任务", cats)
	}
	docXML := map[string]string{}
	for kind, name := range map[string]string{"责任分工": "某市规划纲要任务分工方案.docx", "印发通知": "某市人民政府办公室关于印发某市规划纲要任务分工方案的通知.docx"} {
		pkg, err := opc.OpenFile(filepath.Join(dir, "out", name), opc.DefaultLimits)
		if err != nil {
			t.Fatal(err)
		}
		data, err := pkg.Read("word/document.xml")
		if err != nil {
			t.Fatal(err)
		}
		docXML[kind] = string(data)
	}
	want := []string{
		"某市规划纲要任务分工方案",
		"（共计3项）",
		"为确保《纲要》有效实施，制定本方案。",
		"一、总体要求",
		"坚持分类精准施策，推动《纲要》部署全面落实。",
		"二、主要指标",
		"到2025年，全市经济社会发展主要指标如下：",
		"1.地区生产总值年均增长7%以上。",
		"牵头单位：市发改委",
		"2.一般公共预算收入稳步增长。",
		"牵头单位：市财政局",
		"三、重点任务",
		"1.推进重大项目建设。",
	}
	// The subtitle is set as the templates set a subtitle (副标题: 楷体,
	// centred), not as body text.
	for kind, xml := range docXML {
		if !subtitlePara.MatchString(xml) {
			t.Errorf("%s: the subtitle is not a paragraph of the style gwSub (副标题)", kind)
		}
	}
	for _, kind := range []string{"责任分工", "印发通知"} {
		text, ok := texts[kind]
		if !ok {
			t.Fatalf("no %s among the outputs", kind)
		}
		if miss := inOrder(text, want); miss != "" {
			t.Errorf("%s: %s\n%s", kind, miss, text)
		}
		for _, once := range []string{"主要指标\n", "到2025年，全市经济社会发展主要指标如下："} {
			if n := strings.Count(text, once); n != 1 {
				t.Errorf("%s: %q printed %d times, want once", kind, once, n)
			}
		}
		if strings.Contains(text, "一、主要指标") {
			t.Errorf("%s: the categories number afresh from 一、 after the sections", kind)
		}
	}
}

// flatData is a partial list that continues another attachment's
// numbering (广东 2022's attachment starts at 「11.」), with no categories.
const flatData = `name: 某省重点任务分工方案
year: 2022
region: 某省
organiser: 省政府
profile:
  organs:
    - {id: sf, name: 某省人民政府, short: 省政府, mark: 某省人民政府, doc_prefix: 某府}
units:
  - {id: sthj, name: 省生态环境厅}
tasks:
  - {id: aqi, title: 全省空气质量优良天数比率完成国家下达任务, lead: [sthj]}
  - {id: sz, title: 地表水水质优良率完成国家下达任务, lead: [sthj]}
division:
  layout: 列表
  task_number: 11.
documents:
  - id: fa
    kind: 责任分工
    title: 某省重点任务分工方案
    date: 2022-02-28
`

// TestListStartsAsPublished: a list written to start at 11. prints 11.
// and 12. in Word, and the Excel table numbers its rows so.
func TestListStartsAsPublished(t *testing.T) {
	dir := t.TempDir()
	texts, _ := buildInlineIn(t, dir, flatData, "division", "division-table")
	if miss := inOrder(texts["责任分工"], []string{
		"11.全省空气质量优良天数比率完成国家下达任务。", "牵头单位：省生态环境厅", "12.地表水水质优良率完成国家下达任务。",
	}); miss != "" {
		t.Errorf("责任分工: %s\n%s", miss, texts["责任分工"])
	}
	if strings.Contains("\n"+texts["责任分工"], "\n1.全省") {
		t.Errorf("the list starts at 1., not at 11.:\n%s", texts["责任分工"])
	}
	f, err := excelize.OpenFile(filepath.Join(dir, "out", "责任分工表.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows(f.GetSheetName(0))
	if err != nil {
		t.Fatal(err)
	}
	var nos []string
	for _, r := range rows {
		if len(r) > 1 && strings.Contains(r[1], "完成国家下达任务") {
			nos = append(nos, r[0])
		}
	}
	if strings.Join(nos, " ") != "11 12" {
		t.Errorf("the Excel table numbers the tasks %v, want 11 12", nos)
	}
}

// splitData is a table of two category levels and no 类别 column, as 广州
// prints it: the 大类 in a row across the table, the 小类's 「（一）」 in the
// 序号 column and its name in the 重点工作 column.
const splitData = `name: 某市政府工作报告部署工作责任分工
year: 2021
region: 某市
organiser: 市政府
profile:
  organs:
    - {id: sf, name: 某市人民政府, short: 市政府, mark: 某市人民政府, doc_prefix: 某府}
units:
  - {id: kjj, name: 市科技局}
categories:
  - {id: kc, name: 强化科技创新支撑能力。}
  - {id: zl, name: 加强战略科技力量建设。, parent: kc}
tasks:
  - {id: kcz, title: 加快建设科技创新轴。, category: zl, lead: [kjj]}
  - {id: jszx, title: 加快建设国家技术创新中心。, category: zl, lead: [kjj]}
division:
  layout: 表格
  numbering: [无, （一）]
  columns: [序号, 重点工作, 牵头单位, 备注]
documents:
  - id: yf
    kind: 印发通知
    organs: [sf]
    doc_no: 某府〔2021〕3号
    title: 某市人民政府关于印发某市政府工作报告部署工作责任分工的通知
    recipients: [各区人民政府，市政府各部门]
    opening: 《某市政府工作报告部署工作责任分工》已经市政府常务会议审议通过，现印发给你们。
    attachments:
      - {title: 某市政府工作报告部署工作责任分工, source: division}
    date: 2021-02-23
`

// TestSplitCategoryRows reads the table back with python-docx, in the
// 责任分工 and in the notice's attachment: the 大类 is one cell across the
// row, the 小类 stands in two cells, 「（一）」 | its name, in 黑体, and the
// tasks number on under it.
func TestSplitCategoryRows(t *testing.T) {
	dir := t.TempDir()
	buildInlineIn(t, dir, splitData, "issue-notice", "division")
	for _, name := range []string{"某市政府工作报告部署工作责任分工.docx", "某市人民政府关于印发某市政府工作报告部署工作责任分工的通知.docx"} {
		path := filepath.Join(dir, "out", name)
		d := clients.ReadDocx(t, path)
		var tbl [][]string
		for _, tb := range d.Tables {
			if len(tb) > 0 && len(tb[0]) > 0 && tb[0][0] == "序号" {
				tbl = tb
			}
		}
		want := [][]string{
			{"序号", "重点工作", "牵头单位", "备注"},
			{"强化科技创新支撑能力。", "强化科技创新支撑能力。", "强化科技创新支撑能力。", "强化科技创新支撑能力。"},
			{"（一）", "加强战略科技力量建设。", "", ""},
			{"1", "加快建设科技创新轴。", "市科技局", ""},
			{"2", "加快建设国家技术创新中心。", "市科技局", ""},
		}
		if !tableEqual(tbl, want) {
			t.Errorf("%s: the table reads\n%q\nwant\n%q", name, tbl, want)
		}
		doc := documentXML(t, path)
		if !heiCell.Match(doc) {
			t.Errorf("%s: the sub-category's name is not set in 黑体", name)
		}
	}
}

// heiCell is a run in 黑体 holding the sub-category's name.
var heiCell = regexp.MustCompile(`w:eastAsia="黑体"[^>]*/></w:rPr><w:t[^>]*>加强战略科技力量建设。</w:t>`)

// sectionData is a 方案 whose list stands in its second section, with a
// third after it (「一、总体要求 二、主要任务（任务） 三、保障措施」).
const sectionData = `name: 某区重点工作任务分工方案
year: 2023
region: 某区
organiser: 区政府办公室
profile:
  organs:
    - {id: bgs, name: 某区人民政府办公室, short: 区政府办公室, mark: 某区人民政府办公室, doc_prefix: 某政办发}
units:
  - {id: fgw, name: 区发展改革委}
categories:
  - {id: wz, name: 稳增长}
  - {id: ms, name: 惠民生}
tasks:
  - {id: xm, title: 推进重大项目建设, category: wz, lead: [fgw]}
  - {id: jy, title: 稳定就业, category: ms, lead: [fgw]}
documents:
  - id: fa
    kind: 责任分工
    title: 某区重点工作任务分工方案
    sections:
      - {heading: 总体要求, paragraphs: [坚持稳中求进。]}
      - {heading: 主要任务, tasks: true}
      - {heading: 保障措施, paragraphs: [各单位要加强领导。]}
    date: 2023-03-01
`

// TestListInSection: a section that says tasks: true holds the list, its
// categories a level below (（一）), and the sections after it follow it.
func TestListInSection(t *testing.T) {
	texts, stderr := buildInline(t, sectionData, "division")
	want := []string{
		"一、总体要求", "坚持稳中求进。", "二、主要任务",
		"（一）稳增长", "1.推进重大项目建设。", "牵头单位：区发展改革委",
		"（二）惠民生", "1.稳定就业。",
		"三、保障措施", "各单位要加强领导。",
	}
	if miss := inOrder(texts["责任分工"], want); miss != "" {
		t.Errorf("%s\n%s", miss, texts["责任分工"])
	}
	if strings.Contains(stderr, "写了 sections") {
		t.Errorf("build says the tasks are not printed:\n%s", stderr)
	}
}
