package xlsx

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"gongwen/internal/clients"
)

func unzipPart(t *testing.T, b []byte, name string) string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range zr.File {
		if f.Name == name {
			r, err := f.Open()
			if err != nil {
				t.Fatal(err)
			}
			defer r.Close()
			s, err := io.ReadAll(r)
			if err != nil {
				t.Fatal(err)
			}
			return string(s)
		}
	}
	t.Fatalf("no %s", name)
	return ""
}

// stringsTemplate has static texts before and after template cells in the
// shared-string table, on two sheets, a repeated row and a typed cell.
func stringsTemplate(t *testing.T) []byte {
	return book(t, "任务", map[string]string{
		"A1": "标题", "B1": "{{.Title}}",
		"A2": "{{range .Rows}}{{.Name}}", "B2": "{{.Lead}}{{end}}",
		"A3": "合计", "B3": "{{len .Rows}}",
	}, func(f *excelize.File) {
		f.NewSheet("说明")
		f.SetCellStr("说明", "A1", "{{.Note}}")
		f.SetCellStr("说明", "A2", "不变的说明")
		f.SetCellStr("说明", "A3", "标题") // shared with 任务!A1
	})
}

type sm = map[string]any

var stringsData = sm{"Title": "分工", "Note": "注：无", "Rows": []sm{{"Name": "甲", "Lead": "一处"}, {"Name": "乙", "Lead": "二处"}}}

func TestUnusedSharedStringsDropped(t *testing.T) {
	tp, err := Parse("t.xlsx", stringsTemplate(t), Options{})
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := tp.Execute(&out, stringsData, ExecOptions{}); err != nil {
		t.Fatal(err)
	}
	sst := unzipPart(t, out.Bytes(), "xl/sharedStrings.xml")
	if strings.Contains(sst, "{{") || strings.Contains(sst, "range") {
		t.Errorf("template tags left in the shared strings:\n%s", sst)
	}
	for _, s := range []string{"标题", "合计", "不变的说明", "分工", "甲", "一处", "注：无"} {
		if strings.Count(sst, ">"+s+"<") != 1 {
			t.Errorf("%q not once in the shared strings:\n%s", s, sst)
		}
	}
	if !strings.Contains(sst, `count="10"`) || !strings.Contains(sst, `uniqueCount="9"`) {
		t.Errorf("counts:\n%s", sst)
	}
	f, err := excelize.OpenReader(bytes.NewReader(out.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	want := map[string]string{"任务!A1": "标题", "任务!B1": "分工", "任务!A2": "甲", "任务!B2": "一处", "任务!A3": "乙", "任务!B3": "二处",
		"任务!A4": "合计", "任务!B4": "2", "说明!A1": "注：无", "说明!A2": "不变的说明", "说明!A3": "标题"}
	for ref, w := range want {
		sheet, cell, _ := strings.Cut(ref, "!")
		if v, _ := f.GetCellValue(sheet, cell); v != w {
			t.Errorf("%s = %q, want %q", ref, v, w)
		}
	}
	// The same input gives the same bytes.
	var again bytes.Buffer
	if err := tp.Execute(&again, stringsData, ExecOptions{}); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(out.Bytes(), again.Bytes()) {
		t.Error("output differs between runs")
	}

	clients.RequirePython(t, "openpyxl")
	path := filepath.Join(t.TempDir(), "out.xlsx")
	if err := os.WriteFile(path, out.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	sheets := clients.ReadXlsx(t, path)
	var got []string
	for _, name := range []string{"任务", "说明"} {
		for _, r := range sheets[name].Rows {
			for _, c := range r {
				if c != nil {
					got = append(got, *c)
				}
			}
		}
	}
	if strings.Join(got, "|") != "标题|分工|甲|一处|乙|二处|合计|2|注：无|不变的说明|标题" {
		t.Errorf("openpyxl reads %q", got)
	}
}

func TestPruneStringsKeepsAWorkbookWithoutWaste(t *testing.T) {
	src := book(t, "Sheet1", map[string]string{"A1": "甲", "A2": "乙"}, nil)
	out, err := pruneStrings(src)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(out, src) {
		t.Error("a workbook whose strings are all used was rewritten")
	}
}

// FuzzPruneStrings feeds the shared-string table and sheet scanner
// whatever a workbook may hold: no panic, and a result that is a zip.
func FuzzPruneStrings(f *testing.F) {
	f.Add([]byte(`<sst count="2" uniqueCount="2"><si><t>a</t></si><si><t>{{.X}}</t></si></sst>`), []byte(`<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"/></row></sheetData>`))
	f.Add([]byte(`<sst><si/><si><t>b</t></si>`), []byte(`<c t="s"><v>9</v></c><cols><col/></cols><c t="s"><v>x</v></c>`))
	f.Add([]byte(`<si><t>a</t>`), []byte(`<c t="s"><v>0`))
	f.Fuzz(func(t *testing.T, sst, sheet []byte) {
		var b bytes.Buffer
		zw := zip.NewWriter(&b)
		for name, data := range map[string][]byte{sstPart: sst, "xl/worksheets/sheet1.xml": sheet} {
			w, _ := zw.Create(name)
			w.Write(data)
		}
		zw.Close()
		out, err := pruneStrings(b.Bytes())
		if err != nil {
			return
		}
		if _, err := zip.NewReader(bytes.NewReader(out), int64(len(out))); err != nil {
			t.Fatalf("not a zip: %v", err)
		}
	})
}
