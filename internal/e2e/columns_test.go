package e2e

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"gongwen/internal/clients"
)

// columnsData is a target table as 旌阳 2016 publishes it (项目 | 分值 |
// 目标任务 | 监考单位, the 项目 split into 类别 and 指标), in a 通知, and
// the same targets in a 印发通知 of two attachments with columns of their
// own, as 衢州 issues several tables in one notice.
const columnsData = `name: 某区2016年度目标任务分解表
year: 2016
region: 某区
organiser: 区政府
profile:
  organs:
    - {id: qzf, name: 某区人民政府, short: 区政府, mark: 某区人民政府, doc_prefix: 某府发}
units:
  - {id: fgj, name: 区发改局}
  - {id: tjj, name: 区统计局}
  - {id: czj, name: 区财政局}
  - {id: jyj, name: 区教育局}
categories:
  - {id: hg, name: 宏观调控}
  - {id: ms, name: 民生实事}
tasks:
  - {id: m01, title: 地区生产总值增长率, text: 年终根据全省平均水平综合考核, category: hg, units: [fgj, tjj], values: {分值: 3}}
  - {id: m02, title: 地方政府债务率, text: 年终按财政部认可警戒线比较考核, category: hg, units: [czj], values: {分值: 0.5}}
  - {id: m03, title: 全社会固定资产投资额, text: "186", category: hg, units: [fgj, tjj], values: {分值: 2}}
  - {id: s01, title: 新建改扩建中小学校舍面积达到十二万平方米以上并按期交付使用, category: ms, units: [jyj], values: {分值: 1}}
division:
  layout: 表格
  columns: [类别, 指标, 分值, 目标任务, 监考单位]
documents:
  - id: xd
    kind: 通知
    organs: [qzf]
    title: 某区人民政府关于下达2016年度目标任务的通知
    recipients: [各乡镇人民政府]
    opening: 现将2016年度目标任务下达你们，请认真抓好落实。
    closing: 特此通知
    attachments:
      - {title: 2016年度目标任务分解表, source: division}
    date: 2016-08-18
  - id: yf
    kind: 印发通知
    organs: [qzf]
    title: 某区人民政府关于印发2016年度宏观调控指标和民生实事的通知
    recipients: [各乡镇人民政府]
    attachments:
      - {title: 2016年度宏观调控指标, source: division, listed: true, categories: [hg], division: {columns: [序号, 指标, 分值, 监考单位]}}
      - {title: 2016年度民生实事, source: division, listed: true, categories: [ms], division: {columns: [序号, 项目名称, 责任单位]}}
    date: 2016-08-18
`

// TestPublishedColumns builds columnsData and reads the outputs back as a
// reader's tools do: python-docx finds each table under the published
// headers in the published order, the 分值 of each task in its row (0.5
// as written); each attachment's table has its own grid, as many columns
// as its headers, none narrower than two characters; openpyxl finds the
// Excel table with the same headers, the 分值, and no 备注 the data never
// asked for; the build says the one value an attachment leaves out.
func TestPublishedColumns(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "data.yaml"), []byte(columnsData), 0o644); err != nil {
		t.Fatal(err)
	}
	manifest := filepath.Join(dir, "gongwen.yaml")
	if err := os.WriteFile(manifest, []byte("data: data.yaml\nout: out\ndate: 2016-08-18\noutputs: [notice, issue-notice, division-table]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out")
	code, stdout, stderr := gongwen(t, "build", "-f", manifest, "-o", out, "--draft", "--json")
	if code != 0 {
		t.Fatalf("build exits %d:\n%s", code, stderr)
	}
	if want := "附件“2016年度民生实事”的表格没有“分值”列，其中 1 项任务（“新建改扩建中小学校舍面积达到十二万平方米以上并按期交付使用”）的“分值”不印"; !strings.Contains(stderr, want) {
		t.Errorf("build says\n%s\nwant %s", stderr, want)
	}
	if strings.Contains(stderr, "很窄") {
		t.Errorf("build still says an attachment's column is narrow:\n%s", stderr)
	}
	var rep struct{ Outputs []struct{ Kind, Path string } }
	if err := json.Unmarshal([]byte(stdout), &rep); err != nil {
		t.Fatal(err)
	}
	paths := map[string]string{}
	for _, o := range rep.Outputs {
		paths[o.Kind] = o.Path
	}
	for _, tc := range []struct {
		kind   string
		tables [][][]string // each table's header row and first rows
	}{
		{"通知", [][][]string{{
			{"类别", "指标", "分值", "目标任务", "监考单位"},
			{"宏观调控", "地区生产总值增长率", "3", "年终根据全省平均水平综合考核", "区发改局、区统计局"},
			{"宏观调控", "地方政府债务率", "0.5", "年终按财政部认可警戒线比较考核", "区财政局"}}}},
		{"印发通知", [][][]string{
			{{"序号", "指标", "分值", "监考单位"}, {"1", "地区生产总值增长率", "3", "区发改局、区统计局"}, {"2", "地方政府债务率", "0.5", "区财政局"}},
			{{"序号", "项目名称", "责任单位"}, {"1", "新建改扩建中小学校舍面积达到十二万平方米以上并按期交付使用", "区教育局"}}}},
	} {
		path := paths[tc.kind]
		if path == "" {
			t.Fatalf("no %s in %v", tc.kind, rep.Outputs)
		}
		d := clients.ReadDocx(t, path)
		if len(d.Tables) < len(tc.tables) {
			t.Fatalf("%s: python-docx reads %d tables, want %d", tc.kind, len(d.Tables), len(tc.tables))
		}
		// The notice's own tables (the 版记) come after the attachments'.
		for i, want := range tc.tables {
			got := d.Tables[i]
			for r, w := range want {
				if r >= len(got) {
					t.Errorf("%s table %d: %d rows, want %d", tc.kind, i+1, len(got), len(want))
					break
				}
				cells := make([]string, len(got[r]))
				for k, c := range got[r] {
					cells[k] = strings.NewReplacer("\n", "", "\u2028", "").Replace(c)
				}
				if !slices.Equal(cells, w) {
					t.Errorf("%s table %d row %d reads %q, want %q", tc.kind, i+1, r, cells, w)
				}
			}
		}
		// Each table's grid is its own: as many columns as its headers,
		// none under two characters (480 twips and the margins).
		for i, g := range grids(t, path)[:len(tc.tables)] {
			if len(g) != len(tc.tables[i][0]) {
				t.Errorf("%s table %d: grid %v, want %d columns", tc.kind, i+1, g, len(tc.tables[i][0]))
			}
			for _, w := range g {
				if w < 480+114 {
					t.Errorf("%s table %d: a column %d twips wide in %v", tc.kind, i+1, w, g)
				}
			}
		}
	}
	sheets := clients.ReadXlsx(t, paths["责任分工表"])
	var sheet clients.Sheet
	for _, s := range sheets {
		sheet = s
	}
	row := func(i int) []string {
		var out []string
		for _, c := range sheet.Rows[i] {
			if c != nil {
				out = append(out, *c)
			}
		}
		return out
	}
	if got, want := row(2), []string{"类别", "指标", "分值", "目标任务", "监考单位", "任务标识"}; !slices.Equal(got, want) {
		t.Errorf("the Excel table's headers %q, want %q", got, want)
	}
	if got := row(4); !slices.Contains(got, "0.5") || !slices.Contains(got, "地方政府债务率") {
		t.Errorf("the Excel table's second task reads %q", got)
	}
}

var gridColRE = regexp.MustCompile(`<w:gridCol w:w="(\d+)"/>`)

// grids are the widths of each table's grid columns in the document at
// path, tables of one column (the 版记's lines) left out.
func grids(t *testing.T, path string) [][]int {
	t.Helper()
	doc := documentXML(t, path)
	var out [][]int
	for _, grid := range regexp.MustCompile(`(?s)<w:tblGrid>.*?</w:tblGrid>`).FindAll(doc, -1) {
		var g []int
		for _, m := range gridColRE.FindAllSubmatch(grid, -1) {
			n := 0
			for _, d := range m[1] {
				n = n*10 + int(d-'0')
			}
			g = append(g, n)
		}
		if len(g) > 1 {
			out = append(out, g)
		}
	}
	return out
}

// TestProgrammeColumnWidths builds every published programme of
// testdata/programmes and reads each Word table of three columns or more:
// none is narrower than two characters (a 序号 of one digit, a 分值 of
// 0.5 included) — the widths follow each table's own columns and content,
// an attachment's as well as the data's.
func TestProgrammeColumnWidths(t *testing.T) {
	manifests, err := filepath.Glob("../../testdata/programmes/*/gongwen.yaml")
	if err != nil {
		t.Fatal(err)
	}
	tables := 0
	for _, manifest := range manifests {
		name := filepath.Base(filepath.Dir(manifest))
		abs, err := filepath.Abs(manifest)
		if err != nil {
			t.Fatal(err)
		}
		out := t.TempDir()
		code, stdout, stderr := gongwen(t, "build", "-f", abs, "-o", out, "--draft", "--json")
		if code != 0 {
			t.Errorf("%s: build exits %d:\n%s", name, code, stderr)
			continue
		}
		var rep struct{ Outputs []struct{ Kind, Path string } }
		if err := json.Unmarshal([]byte(stdout), &rep); err != nil {
			t.Fatal(err)
		}
		for _, o := range rep.Outputs {
			if !strings.HasSuffix(o.Path, ".docx") {
				continue
			}
			for _, g := range grids(t, o.Path) {
				if len(g) < 3 {
					continue
				}
				tables++
				if slices.Min(g) < 2*240+114 {
					t.Errorf("%s, %s: a column %d twips wide in %v", name, filepath.Base(o.Path), slices.Min(g), g)
				}
			}
		}
	}
	if tables == 0 {
		t.Error("no table of three columns or more in the programmes")
	}
}
