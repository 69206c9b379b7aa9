package xlsx

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"gongwen/internal/clients"
)

// book builds a template workbook in memory: sheet → cell → value (a
// string starting with = is a formula), then lets more set it up.
func book(t *testing.T, sheet string, cells map[string]string, more func(f *excelize.File)) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	if sheet != "Sheet1" {
		if err := f.SetSheetName("Sheet1", sheet); err != nil {
			t.Fatal(err)
		}
	}
	for ref, v := range cells {
		var err error
		if strings.HasPrefix(v, "=") {
			err = f.SetCellFormula(sheet, ref, v[1:])
		} else {
			err = f.SetCellStr(sheet, ref, v)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	if more != nil {
		more(f)
	}
	var b bytes.Buffer
	if err := f.Write(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func run(t *testing.T, tpl []byte, data any) *excelize.File {
	t.Helper()
	tp, err := Parse("t.xlsx", tpl, Options{})
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	var out bytes.Buffer
	if err := tp.Execute(&out, data, ExecOptions{}); err != nil {
		t.Fatalf("Execute: %v", err)
	}
	f, err := excelize.OpenReader(&out)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

func cell(t *testing.T, f *excelize.File, sheet, ref string) string {
	t.Helper()
	v, err := f.GetCellValue(sheet, ref, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	return v
}

type row struct {
	Name  string
	Count int
	Due   time.Time
	Ratio float64
}

func TestPlainCells(t *testing.T) {
	due := time.Date(2013, 2, 20, 0, 0, 0, 0, time.UTC)
	tpl := book(t, "表", map[string]string{
		"A1": "{{.Title}}",
		"B1": "共{{.N}}项",
		"C1": "{{.N}}",
		"D1": "{{.Due}}",
		"E1": "{{.R}}",
		"F1": "{{ .Missing | printf “%s” }}",
		"J1": "｛｛.N｝｝件",
		"G1": "{{.Bad}}",
		"H1": "static",
		"I1": "=C1*2",
	}, nil)
	data := map[string]any{"Title": "a&<b>\x01", "N": 7, "Due": due, "R": 0.25, "Missing": "x", "Bad": nil}
	f := run(t, tpl, data)
	tests := []struct{ ref, want string }{
		{"A1", "a&<b>"}, {"B1", "共7项"}, {"C1", "7"}, {"D1", "41325"}, {"E1", "0.25"},
		{"F1", "x"}, {"G1", ""}, {"H1", "static"}, {"J1", "7件"},
	}
	for _, tc := range tests {
		if got := cell(t, f, "表", tc.ref); got != tc.want {
			t.Errorf("%s = %q, want %q", tc.ref, got, tc.want)
		}
	}
	if typ, _ := f.GetCellType("表", "C1"); typ != excelize.CellTypeNumber && typ != excelize.CellTypeUnset {
		t.Errorf("C1 type %v, want number", typ)
	}
	if typ, _ := f.GetCellType("表", "B1"); typ != excelize.CellTypeSharedString && typ != excelize.CellTypeInlineString {
		t.Errorf("B1 type %v, want string", typ)
	}
	if v, _ := f.GetCellValue("表", "D1"); v != "2013年2月20日" {
		t.Errorf("D1 formatted %q, want 2013年2月20日", v)
	}
	if fo, _ := f.GetCellFormula("表", "I1"); fo != "C1*2" {
		t.Errorf("I1 formula %q", fo)
	}
}

func tinyPNG(t *testing.T) []byte {
	img := image.NewRGBA(image.Rect(0, 0, 4, 4))
	img.Set(1, 1, color.RGBA{255, 0, 0, 255})
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// rangeTemplate is a sheet with everything a repeated row must move or
// grow: merges, a validation, a conditional format, totals, print area and
// titles, a picture below.
func rangeTemplate(t *testing.T) ([]byte, map[string]any) {
	const s = "清单"
	tpl := book(t, s, map[string]string{
		"A1": "{{.Title}}",
		"A2": "序号", "B2": "名称", "C2": "数量", "D2": "期限", "E2": "两倍", "F2": "备注",
		"A3": "{{range $i, $r := .Rows}}{{add $i 1}}",
		"B3": "{{$r.Name}}",
		"C3": "{{.Count}}",
		"D3": "{{.Due}}",
		"E3": "=C3*2",
		"F3": "固定",
		"H3": "{{end}}",
		"A4": "合计", "C4": "=SUM(C3:C3)", "D4": `=COUNTIF(F3:F3,"固定")`, "E4": "=$C$3",
		"A6": "{{.Foot}}",
	}, func(f *excelize.File) {
		must(t, f.MergeCell(s, "F3", "G3"))
		must(t, f.MergeCell(s, "A1", "F1"))
		must(t, f.MergeCell(s, "A6", "C7"))
		st, _ := f.NewStyle(&excelize.Style{Border: []excelize.Border{{Type: "left", Color: "000000", Style: 1}}, Alignment: &excelize.Alignment{WrapText: true}})
		must(t, f.SetCellStyle(s, "A3", "F3", st))
		must(t, f.SetRowHeight(s, 3, 30))
		dv := excelize.NewDataValidation(true)
		dv.Sqref = "F3"
		must(t, dv.SetDropList([]string{"未启动", "推进中"}))
		must(t, f.AddDataValidation(s, dv))
		red, _ := f.NewConditionalStyle(&excelize.Style{Fill: excelize.Fill{Type: "pattern", Color: []string{"FFC7CE"}, Pattern: 1}})
		must(t, f.SetConditionalFormat(s, "A3:F3", []excelize.ConditionalFormatOptions{{Type: "formula", Criteria: "$C3>1", Format: &red}}))
		must(t, f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Area", RefersTo: "'清单'!$A$1:$H$3", Scope: s}))
		must(t, f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", RefersTo: "'清单'!$2:$2", Scope: s}))
		must(t, f.AddPictureFromBytes(s, "B6", &excelize.Picture{Extension: ".png", File: tinyPNG(t), Format: &excelize.GraphicOptions{}}))
	})
	d := func(day int) time.Time { return time.Date(2013, 3, day, 0, 0, 0, 0, time.UTC) }
	data := map[string]any{
		"Title": "标题", "Foot": "页脚",
		"Rows": []row{{"甲", 1, d(1), 0}, {"乙", 2, d(2), 0}, {"丙", 3, d(3), 0}},
	}
	return tpl, data
}

func TestRangeRow(t *testing.T) {
	const s = "清单"
	tpl, data := rangeTemplate(t)
	f := run(t, tpl, data)
	for i, want := range [][]string{
		{"1", "甲", "1", "41334", "", "固定"},
		{"2", "乙", "2", "41335", "", "固定"},
		{"3", "丙", "3", "41336", "", "固定"},
	} {
		r := 3 + i
		for c, w := range want {
			ref, _ := excelize.CoordinatesToCellName(c+1, r)
			if got := cell(t, f, s, ref); got != w && w != "" {
				t.Errorf("%s = %q, want %q", ref, got, w)
			}
		}
		ref := fmt.Sprintf("E%d", r)
		if fo, _ := f.GetCellFormula(s, ref); fo != fmt.Sprintf("C%d*2", r) {
			t.Errorf("%s formula %q, want C%d*2", ref, fo, r)
		}
		if h, _ := f.GetRowHeight(s, r); h != 30 {
			t.Errorf("row %d height %v, want 30", r, h)
		}
		st3, _ := f.GetCellStyle(s, "B3")
		if st, _ := f.GetCellStyle(s, fmt.Sprintf("B%d", r)); st != st3 || st == 0 {
			t.Errorf("B%d style %d, want %d", r, st, st3)
		}
	}
	// Totals grow, absolute references stay.
	for ref, want := range map[string]string{"C6": "SUM(C3:C5)", "D6": `COUNTIF(F3:F5,"固定")`, "E6": "$C$3"} {
		if fo, _ := f.GetCellFormula(s, ref); fo != want {
			t.Errorf("%s formula %q, want %q", ref, fo, want)
		}
	}
	if got := cell(t, f, s, "A8"); got != "页脚" {
		t.Errorf("A8 = %q, want 页脚 (moved from A6)", got)
	}
	merges, _ := f.GetMergeCells(s)
	var ms []string
	for _, m := range merges {
		ms = append(ms, m.GetStartAxis()+":"+m.GetEndAxis())
	}
	for _, want := range []string{"A1:F1", "F3:G3", "F4:G4", "F5:G5", "A8:C9"} {
		if !contains(ms, want) {
			t.Errorf("merged %v, want %s among them", ms, want)
		}
	}
	dvs, _ := f.GetDataValidations(s)
	if len(dvs) != 1 || dvs[0].Sqref != "F3:F5" {
		var got []string
		for _, dv := range dvs {
			got = append(got, dv.Sqref)
		}
		t.Errorf("validations %v, want [F3:F5]", got)
	}
	cfs, _ := f.GetConditionalFormats(s)
	if cf, ok := cfs["A3:F5"]; !ok || len(cfs) != 1 || len(cf) != 1 || cf[0].Criteria != "$C3>1" || cf[0].Format == nil {
		t.Errorf("conditional formats %v (%+v), want A3:F5 with $C3>1", keys(cfs), cfs)
	}
	names := map[string]string{}
	for _, dn := range f.GetDefinedName() {
		names[dn.Name] = dn.RefersTo
	}
	if got := strings.ReplaceAll(names["_xlnm.Print_Area"], "'", ""); got != "清单!$A$1:$H$5" {
		t.Errorf("print area %q, want '清单'!$A$1:$H$5", got)
	}
	if got := strings.ReplaceAll(names["_xlnm.Print_Titles"], "'", ""); got != "清单!$2:$2" {
		t.Errorf("print titles %q, want '清单'!$2:$2", got)
	}
	if pics, _ := f.GetPictures(s, "B8"); len(pics) != 1 {
		t.Errorf("picture not moved to B8 (%d found)", len(pics))
	}
}

func keys[V any](m map[string]V) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func TestRangeRowEmpty(t *testing.T) {
	tpl := book(t, "S", map[string]string{
		"A1": "头", "A2": "{{range .Rows}}{{.Name}}", "B2": "{{end}}", "A3": "尾",
	}, nil)
	f := run(t, tpl, map[string]any{"Rows": []row{}})
	if got := cell(t, f, "S", "A2"); got != "尾" {
		t.Errorf("A2 = %q, want 尾 (the empty range row removed)", got)
	}
}

func TestInlineRangeIsNotARow(t *testing.T) {
	tpl := book(t, "S", map[string]string{"A1": "{{range .L}}{{.}}、{{end}}", "A2": "下"}, nil)
	f := run(t, tpl, map[string]any{"L": []string{"甲", "乙"}})
	if got := cell(t, f, "S", "A1"); got != "甲、乙、" {
		t.Errorf("A1 = %q", got)
	}
	if got := cell(t, f, "S", "A2"); got != "下" {
		t.Errorf("A2 = %q", got)
	}
}

func TestRangeOverMapAndInt(t *testing.T) {
	tpl := book(t, "S", map[string]string{
		"A1": "{{range $k, $v := .M}}{{$k}}", "B1": "{{$v}}{{end}}",
		"A3": "{{range .N}}{{.}}", "B3": "x{{end}}",
	}, nil)
	f := run(t, tpl, map[string]any{"M": map[string]int{"b": 2, "a": 1}, "N": 2})
	for ref, want := range map[string]string{"A1": "a", "B1": "1", "A2": "b", "B2": "2", "A4": "0", "A5": "1", "B5": "x"} {
		if got := cell(t, f, "S", ref); got != want {
			t.Errorf("%s = %q, want %q", ref, got, want)
		}
	}
}

func TestErrors(t *testing.T) {
	tests := []struct {
		name  string
		cells map[string]string
		data  any
		parse bool // error at Parse rather than Execute
		want  []string
	}{
		{"unclosed", map[string]string{"B2": "{{.A"}, nil, true, []string{"责任分工!B2: "}},
		{"all parse errors", map[string]string{"B2": "{{if .A}}", "C3": "{{.A | nofunc}}"}, nil, true,
			[]string{"责任分工!B2: ", "责任分工!C3: 未定义的函数 \"nofunc\""}},
		{"range without end", map[string]string{"A5": "{{range .R}}{{.X}}", "C5": "{{.Y}}"}, nil, true,
			[]string{"责任分工!C5: 本行以 {{range}} 开始（A5），但最后一个非空单元格没有以 {{end}} 结束"}},
		{"else in range row", map[string]string{"A5": "{{range .R}}{{.X}}", "B5": "{{else}}无{{end}}"}, nil, true,
			[]string{"责任分工!B5: 重复行中不支持 {{else}}"}},
		{"missing key", map[string]string{"C5": "{{.Nope}}", "D6": "{{.Also}}"}, map[string]any{}, false,
			[]string{"责任分工!C5: <.Nope>: 数据中没有键 \"Nope\"", "责任分工!D6: <.Also>"}},
		{"missing in item", map[string]string{"A5": "{{range .R}}{{.X}}", "B5": "{{.Y}}{{end}}"},
			map[string]any{"R": []map[string]any{{"X": 1, "Y": 2}, {"X": 1}}}, false,
			[]string{"责任分工!B5: 第2项: <.Y>: 数据中没有键 \"Y\""}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tpl := book(t, "责任分工", tc.cells, nil)
			tp, err := Parse("t.xlsx", tpl, Options{})
			if err == nil && !tc.parse {
				err = tp.Execute(&bytes.Buffer{}, tc.data, ExecOptions{})
			}
			if err == nil {
				t.Fatal("no error")
			}
			var es Errors
			if !errors.As(err, &es) {
				t.Fatalf("error %T %v, want Errors", err, err)
			}
			if len(es) != len(tc.want) {
				t.Errorf("%d errors, want %d:\n%v", len(es), len(tc.want), err)
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error\n%v\nlacks %q", err, w)
				}
			}
		})
	}
}

// TestTenThousandRows checks the template path at the size the issue
// names; it asserts results, not time.
func TestTenThousandRows(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	tpl := book(t, "S", map[string]string{
		"A1": "序号", "A2": "{{range $i, $r := .}}{{add $i 1}}", "B2": "{{.Name}}", "C2": "{{.Count}}{{end}}",
		"A3": "合计", "C3": "=SUM(C2:C2)",
	}, func(f *excelize.File) {
		dv := excelize.NewDataValidation(true)
		dv.Sqref = "B2"
		must(t, dv.SetDropList([]string{"a", "b"}))
		must(t, f.AddDataValidation("S", dv))
	})
	rows := make([]row, 10000)
	for i := range rows {
		rows[i] = row{Name: fmt.Sprintf("任务%d", i+1), Count: i}
	}
	f := run(t, tpl, rows)
	if got := cell(t, f, "S", "B10001"); got != "任务10000" {
		t.Errorf("B10001 = %q", got)
	}
	if fo, _ := f.GetCellFormula("S", "C10002"); fo != "SUM(C2:C10001)" {
		t.Errorf("total formula %q", fo)
	}
}

func TestDeterministic(t *testing.T) {
	tpl := book(t, "S", map[string]string{"A1": "{{range .}}{{.Name}}", "B1": "{{.Due}}{{end}}"}, nil)
	tp, err := Parse("t.xlsx", tpl, Options{})
	if err != nil {
		t.Fatal(err)
	}
	data := []row{{Name: "a", Due: time.Date(2013, 1, 2, 0, 0, 0, 0, time.UTC)}}
	var a, b bytes.Buffer
	must(t, tp.Execute(&a, data, ExecOptions{}))
	time.Sleep(1100 * time.Millisecond)
	must(t, tp.Execute(&b, data, ExecOptions{}))
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two executions differ")
	}
}

func TestRangeRowEmptyKeepsTotals(t *testing.T) {
	tpl := book(t, "S", map[string]string{
		"A1": "头", "A2": "{{range .Rows}}{{.Name}}", "B2": "{{.Count}}{{end}}", "A3": "合计", "B3": "=SUM(B2:B2)",
	}, nil)
	f := run(t, tpl, map[string]any{"Rows": []row{}})
	if got := cell(t, f, "S", "A2"); got != "" {
		t.Errorf("A2 = %q, want empty (the row stays for the total)", got)
	}
	if fo, _ := f.GetCellFormula("S", "B3"); fo != "SUM(B2:B2)" {
		t.Errorf("B3 formula %q, want SUM(B2:B2)", fo)
	}
}

func TestConcurrentExecute(t *testing.T) {
	tpl := book(t, "S", map[string]string{"A1": "{{range .}}{{.Name}}", "B1": "{{.Count}}{{end}}"}, nil)
	tp, err := Parse("t.xlsx", tpl, Options{})
	if err != nil {
		t.Fatal(err)
	}
	outs := make([][]byte, 4)
	done := make(chan int)
	for i := range outs {
		go func() {
			var b bytes.Buffer
			if err := tp.Execute(&b, []row{{Name: fmt.Sprint("r", i), Count: i}}, ExecOptions{}); err != nil {
				t.Error(err)
			}
			outs[i] = b.Bytes()
			done <- i
		}()
	}
	for range outs {
		<-done
	}
	for i, o := range outs {
		f, err := excelize.OpenReader(bytes.NewReader(o))
		if err != nil {
			t.Fatal(err)
		}
		if v, _ := f.GetCellValue("S", "A1"); v != fmt.Sprint("r", i) {
			t.Errorf("execution %d wrote %q", i, v)
		}
		f.Close()
	}
}

// TestEngineClients opens a filled template with openpyxl and LibreOffice.
func TestEngineClients(t *testing.T) {
	tpl, data := rangeTemplate(t)
	tp, err := Parse("t.xlsx", tpl, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := tp.Execute(&b, data, ExecOptions{}); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "filled.xlsx")
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	sh := clients.ReadXlsx(t, path)["清单"]
	for _, m := range []string{"F3:G3", "F4:G4", "F5:G5", "A8:C9"} {
		if !contains(sh.Merged, m) {
			t.Errorf("openpyxl merged %v lack %s", sh.Merged, m)
		}
	}
	if len(sh.Validations) != 1 || sh.Validations[0].Sqref != "F3:F5" {
		t.Errorf("openpyxl validations %+v", sh.Validations)
	}
	if sh.PrintTitleRows == nil || *sh.PrintTitleRows != "2:2" && *sh.PrintTitleRows != "$2:$2" {
		t.Errorf("openpyxl print titles %v", sh.PrintTitleRows)
	}
	if v := sh.Rows[4][1]; v == nil || *v != "丙" {
		t.Errorf("B5 %v", v)
	}
	// The print area grew to the last item: 页脚 (row 8) is outside it.
	text, _ := clients.PDFText(t, clients.ToPDF(t, path))
	if sq := clients.Squash(text); !strings.Contains(sq, "甲") || !strings.Contains(sq, "丙") || strings.Contains(sq, "页脚") {
		t.Errorf("PDF text %q", text)
	}
}

func TestPaths(t *testing.T) {
	tpl := book(t, "S", map[string]string{
		"A1": "{{.Title}}", "B1": "{{with .Office}}{{.Name}}{{end}}",
		"A2": "{{range $i, $r := .Rows}}{{add $i 1}}", "B2": "{{$r.Name}}", "C2": "{{.Count}}{{end}}",
		"A3": "{{range .Tags}}{{.}}{{end}}",
	}, nil)
	tp, err := Parse("t.xlsx", tpl, Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(tp.Paths(), " ")
	if want := ".Title .Office .Office.Name .Tags[] .Rows[].Name .Rows[].Count"; got != want {
		t.Errorf("Paths = %s, want %s", got, want)
	}
	places := tp.Places()
	for path, want := range map[string]string{".Title": "S!A1", ".Office.Name": "S!B1", ".Rows.Name": "S!B2", ".Rows.Count": "S!C2", ".Tags": "S!A3"} {
		if places[path] != want {
			t.Errorf("Places[%s] = %q, want %q", path, places[path], want)
		}
	}
}

// TestRangeRowMovesComments: excelize leaves comments behind when rows are
// inserted or removed; the engine moves them with their cells.
func TestRangeRowMovesComments(t *testing.T) {
	for _, tc := range []struct {
		n    int
		want string
	}{{3, "A6"}, {0, "A3"}} {
		tpl := book(t, "S", map[string]string{"A2": "{{range .}}{{.Name}}", "B2": "{{end}}", "A4": "尾"}, func(f *excelize.File) {
			must(t, f.AddComment("S", excelize.Comment{Author: "综合组", Cell: "A4", Text: "说明"}))
		})
		f := run(t, tpl, make([]row, tc.n))
		cs, _ := f.GetComments("S")
		if len(cs) != 1 || cs[0].Cell != tc.want || cs[0].Text != "说明" {
			t.Errorf("%d items: comments %+v, want one at %s", tc.n, cs, tc.want)
		}
		if got := cell(t, f, "S", tc.want); got != "尾" {
			t.Errorf("%d items: %s = %q", tc.n, tc.want, got)
		}
	}
}

func TestRangeRowGrowsOtherSheets(t *testing.T) {
	tpl := book(t, "S", map[string]string{"A2": "{{range .}}{{.Name}}", "B2": "{{.Count}}{{end}}"}, func(f *excelize.File) {
		_, err := f.NewSheet("汇总")
		must(t, err)
		must(t, f.SetCellFormula("汇总", "A1", "SUM(S!B2:B2)"))
		must(t, f.SetCellFormula("汇总", "A2", "S!B2"))
	})
	f := run(t, tpl, []row{{Count: 1}, {Count: 2}, {Count: 3}})
	if fo, _ := f.GetCellFormula("汇总", "A1"); fo != "SUM(S!B2:B4)" {
		t.Errorf("汇总!A1 = %q, want SUM(S!B2:B4)", fo)
	}
	if fo, _ := f.GetCellFormula("汇总", "A2"); fo != "S!B2" {
		t.Errorf("汇总!A2 = %q, want S!B2", fo)
	}
}

func TestMessagesInChinese(t *testing.T) {
	tests := []struct{ cell, want string }{
		{"{{.T.X}}", "表!A1: <.T.X>: 数据中没有字段 X（在 interface {} 中）"},
		{"{{index .L 5}}", "表!A1: <index .L 5>: 调用 index 出错：下标越界：5"},
		{"{{.F 1}}", "表!A1: <.F>: F 不是方法，不能带参数"},
		{"{{range .T}}{{.}}{{end}}", "表!A1: <.T>: 无法逐项重复“x”：它不是列表"},
	}
	for _, tc := range tests {
		tp, err := Parse("t.xlsx", book(t, "表", map[string]string{"A1": tc.cell}, nil), Options{})
		if err != nil {
			t.Fatal(err)
		}
		err = tp.Execute(&bytes.Buffer{}, map[string]any{"T": "x", "L": []int{1}}, ExecOptions{})
		if err == nil || err.Error() != tc.want {
			t.Errorf("%s: %v, want %s", tc.cell, err, tc.want)
		}
	}
}

func TestOpenLimits(t *testing.T) {
	tpl := book(t, "S", map[string]string{"A1": "{{.X}}"}, nil)
	if _, err := Parse("t.xlsx", tpl, Options{MaxUnzipSize: 1000, MaxXMLSize: 500}); err == nil || !strings.Contains(err.Error(), "t.xlsx：解压后超过大小上限") {
		t.Errorf("over the unzip limit: %v", err)
	}
	if _, err := Parse("t.xlsx", []byte("not a zip"), Options{}); err == nil || !strings.Contains(err.Error(), "不是有效的 Excel 工作簿") {
		t.Errorf("not a zip: %v", err)
	}
}

// A date written into a styled cell gets a copy of the cell's style with a
// date format. excelize reads colours back as ARGB (FF1F4E79) but takes
// them as RGB when making a style, so the copy said rgb="FFFF1F4E79": ten
// digits, which openpyxl refuses to open and Excel repairs.
func TestDateStyleKeepsColours(t *testing.T) {
	tpl := book(t, "表", map[string]string{"A1": "{{.Due}}", "B1": "{{.Name}}"}, func(f *excelize.File) {
		st, err := f.NewStyle(&excelize.Style{
			Font:   &excelize.Font{Color: "1F4E79", Bold: true},
			Fill:   excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"#FFF2CC"}},
			Border: []excelize.Border{{Type: "bottom", Color: "000000", Style: 1}},
		})
		if err != nil {
			t.Fatal(err)
		}
		if err := f.SetCellStyle("表", "A1", "B1", st); err != nil {
			t.Fatal(err)
		}
	})
	// openpyxl writes black as 00000000; excelize cannot be told to.
	tpl = rezip(t, tpl, "xl/styles.xml", strings.NewReplacer(`rgb="FF000000"`, `rgb="00000000"`))
	f := run(t, tpl, row{Name: "甲", Due: time.Date(2013, 3, 31, 0, 0, 0, 0, time.UTC)})
	var out bytes.Buffer
	if err := f.Write(&out); err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(out.Bytes()), int64(out.Len()))
	if err != nil {
		t.Fatal(err)
	}
	var styles []byte
	for _, zf := range zr.File {
		if zf.Name == "xl/styles.xml" {
			rc, err := zf.Open()
			if err != nil {
				t.Fatal(err)
			}
			styles, _ = io.ReadAll(rc)
			rc.Close()
		}
	}
	for _, m := range regexp.MustCompile(`rgb="([^"]*)"`).FindAllSubmatch(styles, -1) {
		if !regexp.MustCompile(`^[0-9A-Fa-f]{8}$`).Match(m[1]) {
			t.Errorf("styles.xml has rgb=%q: not eight hex digits (ARGB)", m[1])
		}
	}
	id, err := f.GetCellStyle("表", "A1")
	if err != nil {
		t.Fatal(err)
	}
	s, err := f.GetStyle(id)
	if err != nil {
		t.Fatal(err)
	}
	rgb := func(c string) string {
		if c = strings.ToUpper(c); len(c) == 8 {
			return c[2:]
		}
		return c
	}
	if s.Font == nil || rgb(s.Font.Color) != "1F4E79" || !s.Font.Bold {
		t.Errorf("the date cell's font is %+v, want bold 1F4E79 as in the template", s.Font)
	}
	if len(s.Fill.Color) == 0 || rgb(s.Fill.Color[0]) != "FFF2CC" {
		t.Errorf("the date cell's fill is %v, want FFF2CC as in the template", s.Fill.Color)
	}
	if s.CustomNumFmt == nil || *s.CustomNumFmt != DateFormat {
		t.Errorf("the date cell's format is %v, want %s", s.CustomNumFmt, DateFormat)
	}
}
