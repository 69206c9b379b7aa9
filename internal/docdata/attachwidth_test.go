package docdata

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"gongwen/internal/clients"
	"gongwen/internal/gbt9704"
	"gongwen/internal/model"
	"gongwen/internal/opc"
	"gongwen/templates"
)

// Each attachment's table is set for its own columns and content: the
// notice templates' attachment table is set once for the data's division
// and once for each attachment of its own (picks or columns), each copy
// shown for its Heads.Layout alone; the copies' grids are the widths
// DivisionColumnWidths gives each attachment's rows. Data whose
// attachments are all the data's division keeps one table.
func TestAttachmentTablesOwnWidths(t *testing.T) {
	for _, tc := range []struct {
		name    string
		data    func() *model.Campaign
		layouts []int // the Appendix.Layout of each attachment
	}{
		{"衢州's three tables", quzhou, []int{1, 2, 3}},
		{"one table of the data's", func() *model.Campaign {
			c := quzhou()
			c.Documents[0].Attachments = c.Documents[0].Attachments[:1]
			c.Documents[0].Attachments[0].Categories = nil
			c.Division = model.DivisionLayout{Layout: model.LayoutTable}
			return c
		}, []int{0}},
	} {
		c := tc.data()
		tpl, err := templates.Read("yinfa.docx")
		if err != nil {
			t.Fatal(err)
		}
		out, notes, err := PrepareDivision(tpl, c, false)
		if err != nil || len(notes) > 0 {
			t.Fatalf("%s: %v %q", tc.name, err, notes)
		}
		pkg, err := opc.Open(bytes.NewReader(out), int64(len(out)), opc.DefaultLimits)
		if err != nil {
			t.Fatal(err)
		}
		doc, _ := pkg.Read("word/document.xml")
		own := ownTables(c)
		if n := strings.Count(string(doc), "{{if eq .Heads.Layout "); n != len(own)+1 && len(own) > 0 || len(own) == 0 && n != 0 {
			t.Errorf("%s: %d copies of the table for %d attachments of their own", tc.name, n, len(own))
		}
		// The k-th copy's grid is the k-th attachment's widths.
		for k, a := range own {
			cc := c.ForAttachment(a)
			rows, heads := divisionRows(cc), divisionHeads(cc)
			fillCells(cc, rows, heads)
			w := DivisionColumnWidths(rows, heads, gbt9704.TypeWidth)
			var want []string
			for _, s := range slotOrder(cc) {
				want = append(want, fmt.Sprint(w[s]))
			}
			at := strings.Index(string(doc), fmt.Sprintf("{{if eq .Heads.Layout %d}}", k+1))
			grid := regexp.MustCompile(`<w:gridCol w:w="(\d+)"/>`).FindAllStringSubmatch(string(doc[at:]), len(want))
			var got []string
			for _, m := range grid {
				got = append(got, m[1])
			}
			if strings.Join(got, ",") != strings.Join(want, ",") {
				t.Errorf("%s: attachment %q's grid starts %v, want %v", tc.name, a.Title, got, want)
			}
		}
		// The view picks its copy.
		for i := range c.Documents[0].Attachments {
			if got := tableLayout(c, &c.Documents[0], i); got != tc.layouts[i] {
				t.Errorf("%s: attachment %d shows table %d, want %d", tc.name, i, got, tc.layouts[i])
			}
		}
	}
}

// A clerk's template exported before the values' and the detail's columns
// had cells of their own: the data's 分值 and 目标任务 columns cannot be
// printed there, and the build says which, naming the template's missing
// loops, rather than drop them unsaid.
func TestPrepareDivisionOldTemplate(t *testing.T) {
	tpl, err := templates.Read("fengong.docx")
	if err != nil {
		t.Fatal(err)
	}
	pkg, err := opc.Open(bytes.NewReader(tpl), int64(len(tpl)), opc.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	doc, _ := pkg.Read("word/document.xml")
	// Without the last two grid columns and their cells, as before.
	old := regexp.MustCompile(`(?s)<w:tc>.*?</w:tc>`).ReplaceAllFunc(doc, func(tc []byte) []byte {
		if regexp.MustCompile(`\.(?:Heads|Cells)\.(?:Detail|Values)\b`).Match(tc) {
			return nil
		}
		return tc
	})
	old = regexp.MustCompile(`<w:gridCol w:w="2894"/><w:gridCol w:w="800"/></w:tblGrid>`).ReplaceAll(old, []byte(`</w:tblGrid>`))
	old = bytes.ReplaceAll(old, []byte(`<w:gridSpan w:val="11"/>`), []byte(`<w:gridSpan w:val="9"/>`))
	if bytes.Contains(old, []byte("Cells.Values")) || bytes.Count(old, []byte("<w:gridCol ")) != 9 {
		t.Fatal("the old template is not as it was")
	}
	var buf bytes.Buffer
	if err := pkg.Write(&buf, map[string][]byte{"word/document.xml": old}); err != nil {
		t.Fatal(err)
	}
	c := programme(false)
	c.Tasks[0].Values = map[string]string{"分值": "3"}
	c.Tasks[0].Text = "年终根据全省平均水平综合考核"
	c.Division = model.DivisionLayout{Layout: model.LayoutTable, Columns: []string{"类别", "指标", "分值", "目标任务", "监考单位"}}
	_, notes, err := PrepareDivision(buf.Bytes(), c, false)
	if err != nil {
		t.Fatal(err)
	}
	all := strings.Join(notes, "\n")
	for _, want := range []string{"数据选用了“分值”列，但模板的责任分工表中没有这一列（{{range columns .Heads.Values}}",
		"数据选用了“目标任务”列，但模板的责任分工表中没有这一列（{{range columns .Heads.Detail}}"} {
		if !strings.Contains(all, want) {
			t.Errorf("notes\n%s\nlack %s", all, want)
		}
	}
	// The built-in template has them: nothing to say.
	if _, notes, _ := PrepareDivision(tpl, c, false); len(notes) > 0 {
		t.Errorf("the built-in template: notes %q", notes)
	}
}

// A 责任分工 that picks its tasks in its own columns (衢州's 民生实事 as a
// document of its own) is set for them too: its view shows the copy of
// fengong.docx's table measured for its three columns.
func TestDivisionDocumentOwnWidths(t *testing.T) {
	c, doc := quzhouMinsheng(t)
	v := doc.View.(*DivisionView)
	if v.Heads.Layout != len(ownTables(c)) {
		t.Fatalf("the document shows table %d, want %d (its attachment is the last of its own)", v.Heads.Layout, len(ownTables(c)))
	}
	tpl, err := templates.Read("fengong.docx")
	if err != nil {
		t.Fatal(err)
	}
	out, _, err := PrepareDivision(tpl, c, false)
	if err != nil {
		t.Fatal(err)
	}
	pkg, err := opc.Open(bytes.NewReader(out), int64(len(out)), opc.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := pkg.Read("word/document.xml")
	cc := c.ForAttachment(&c.Documents[1].Attachments[0])
	rows, heads := divisionRows(cc), divisionHeads(cc)
	fillCells(cc, rows, heads)
	w := DivisionColumnWidths(rows, heads, gbt9704.TypeWidth)
	at := strings.Index(string(body), fmt.Sprintf("{{if eq .Heads.Layout %d}}", v.Heads.Layout))
	if at < 0 {
		t.Fatal("no copy of the table for the document")
	}
	grid := regexp.MustCompile(`<w:gridCol w:w="(\d+)"/>`).FindAllStringSubmatch(string(body[at:]), 3)
	if got, want := grid[0][1]+","+grid[1][1]+","+grid[2][1], fmt.Sprintf("%d,%d,%d", w[slotNo], w[slotTask], w[slotUnits]); got != want {
		t.Errorf("the document's table starts %s, want 序号, 项目名称, 责任单位 %s", got, want)
	}
	// Rendered through the prepared template, the document shows its own
	// copy alone, as python-docx reads it.
	path := filepath.Join(t.TempDir(), "ms.docx")
	if err := os.WriteFile(path, renderTemplate(t, "fengong.docx", out, viewOf(c, v)), 0o644); err != nil {
		t.Fatal(err)
	}
	d := clients.ReadDocx(t, path)
	if len(d.Tables) != 1 || len(d.Tables[0]) < 2 || strings.Join(d.Tables[0][0], "|") != "序号|项目名称|责任单位" {
		t.Fatalf("python-docx reads %q", d.Tables)
	}
	if got := strings.Join(d.Tables[0][len(d.Tables[0])-1], "|"); got != "1|新建中小学10所|市教育局" {
		t.Errorf("the task's row reads %q", got)
	}
}

// Each value column stands at its own width (崇川's 推进情况 of sentences
// beside 是否达序 of 「是」), in the built-in template and in its
// LibreOffice re-save (runs split), read back by python-docx under the
// data's headers with each task's values.
func TestValueColumnsOwnWidths(t *testing.T) {
	c := programme(false)
	c.Tasks[0].Values = map[string]string{"推进情况": "已进场施工，正在推进点位选址、场地硬化，第一批451个厢房正在加装制作。", "是否达序": "是"}
	c.Tasks[1].Values = map[string]string{"推进情况": "已建成建筑垃圾中转站7个。", "是否达序": "否"}
	c.Division = model.DivisionLayout{Layout: model.LayoutTable, Columns: []string{"序号", "主要任务", "责任单位", "推进情况", "是否达序"}}
	if errs := c.Check(); len(errs) > 0 {
		t.Fatal(errs)
	}
	built, err := templates.Read("fengong.docx")
	if err != nil {
		t.Fatal(err)
	}
	resaved, err := os.ReadFile("testdata/fengong-libreoffice.docx")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		tpl  []byte
	}{{"as built", built}, {"LibreOffice re-save", resaved}} {
		out, notes, err := PrepareDivision(tc.tpl, c, false)
		if err != nil || len(notes) > 0 {
			t.Fatalf("%s: %v %q", tc.name, err, notes)
		}
		v := ForDivision(c, time.Date(2023, 2, 1, 0, 0, 0, 0, time.UTC))
		path := filepath.Join(t.TempDir(), "fg.docx")
		if err := os.WriteFile(path, renderTemplate(t, "fengong.docx", out, viewOf(c, v)), 0o644); err != nil {
			t.Fatal(err)
		}
		g := regexp.MustCompile(`<w:gridCol w:w="(\d+)"/>`).FindAllSubmatch(fileXML(t, path), -1)
		if len(g) != 5 {
			t.Fatalf("%s: %d grid columns, want 5", tc.name, len(g))
		}
		if string(g[3][1]) == string(g[4][1]) {
			t.Errorf("%s: 推进情况 and 是否达序 both %s twips wide", tc.name, g[3][1])
		}
		d := clients.ReadDocx(t, path)
		if len(d.Tables) != 1 || strings.Join(d.Tables[0][0], "|") != "序号|主要任务|责任单位|推进情况|是否达序" {
			t.Fatalf("%s: python-docx reads %q", tc.name, d.Tables)
		}
		found := false
		for _, r := range d.Tables[0] {
			if len(r) == 5 && strings.HasPrefix(r[1], "地区生产总值") {
				found = strings.HasPrefix(strings.ReplaceAll(r[3], "\n", ""), "已进场施工") && r[4] == "是"
			}
		}
		if !found {
			t.Errorf("%s: the first task's values are not in its row: %q", tc.name, d.Tables[0])
		}
	}
}

// fileXML is the document part of the .docx at path.
func fileXML(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return []byte(docXML(t, b))
}
