package xlsx

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"gongwen/internal/clients"
	"gongwen/internal/load"
	"gongwen/internal/model"
	"gongwen/internal/period"
	"gongwen/templates"
)

var buildDate = day(2, 20) // 2月中旬, ISO week 8 (2月18日—24日)

func buildFile(t *testing.T, kind string) (*excelize.File, string) {
	t.Helper()
	var b bytes.Buffer
	if err := Build(kind, campaign(), buildDate, &b); err != nil {
		t.Fatalf("Build %s: %v", kind, err)
	}
	path := filepath.Join(t.TempDir(), kind+".xlsx")
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&b)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f, path
}

func TestCommittedTemplatesMatchGenerator(t *testing.T) {
	files, err := TemplateFiles()
	if err != nil {
		t.Fatal(err)
	}
	again, _ := TemplateFiles()
	for i, tf := range files {
		if !bytes.Equal(tf.Data, again[i].Data) {
			t.Errorf("%s: two generator runs differ", tf.Name)
		}
		got, err := templates.Read(tf.Name)
		if err != nil || !bytes.Equal(got, tf.Data) {
			t.Errorf("templates/%s is not what the generator writes; run go generate ./templates", tf.Name)
		}
		if _, err := Parse(tf.Name, tf.Data, Options{}); err != nil {
			t.Errorf("%s does not parse: %v", tf.Name, err)
		}
	}
}

func TestBuildDeterministic(t *testing.T) {
	for _, b := range Workbooks() {
		var x, y bytes.Buffer
		if err := b.Build(campaign(), buildDate, &x); err != nil {
			t.Fatal(err)
		}
		if err := b.Build(campaign(), buildDate, &y); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(x.Bytes(), y.Bytes()) {
			t.Errorf("%s: two builds differ", b.Kind)
		}
	}
}

func TestBuildUnknown(t *testing.T) {
	err := Build("无此表", campaign(), buildDate, &bytes.Buffer{})
	if err == nil || !strings.Contains(err.Error(), "责任分工表") {
		t.Errorf("error %v should list the kinds", err)
	}
}

func TestDivision(t *testing.T) {
	f, _ := buildFile(t, Division)
	s := DivisionSheet
	want := [][]string{
		{"群众路线教育", "1", "筹备召开电视电话动员会", "省委组织部", "省委宣传部", "2月中旬", "会场已落实", "t2"},
		{"", "2", "在省内各大媒体开设专栏", "省委组织部", "省委宣传部、省发展改革委", "2月中旬", "", "t3"},
		{"三抓一促", "3", "制定各专项活动方案", "省发展改革委", "省委组织部、省委宣传部", "2月下旬", "", "t4"},
	}
	for i, w := range want {
		for c, v := range w {
			ref, _ := excelize.CoordinatesToCellName(c+1, 4+i)
			got, _ := f.GetCellValue(s, ref)
			// The cell's own line breaks (layCell) are not part of the names.
			got = strings.ReplaceAll(got, "\n", "")
			if v != "" && !strings.HasPrefix(got, v) {
				t.Errorf("%s = %q, want %q", ref, got, v)
			}
		}
	}
	// A task of no special activity is in no invented group (面上工作).
	if got, _ := f.GetCellValue(s, "A10"); got != "" {
		t.Errorf("A10 = %q, want empty", got)
	}
	if got, _ := f.GetCellValue(s, "A3"); got != "专项活动" {
		t.Errorf("A3 = %q, want 专项活动", got)
	}
	merges, _ := f.GetMergeCells(s)
	var ms []string
	for _, m := range merges {
		ms = append(ms, m.GetStartAxis()+":"+m.GetEndAxis())
	}
	for _, w := range []string{"A1:G1", "A4:A5", "A6:A7", "A8:A10"} {
		if !contains(ms, w) {
			t.Errorf("merges %v lack %s", ms, w)
		}
	}
	h3, _ := f.GetRowHeight(s, 5)
	h1, _ := f.GetRowHeight(s, 4)
	if h3 <= h1 {
		t.Errorf("row 5 (long task) height %v not above row 4's %v", h3, h1)
	}
	if v, _ := f.GetColVisible(s, "H"); v {
		t.Error("task id column H is visible")
	}
	names := map[string]string{}
	for _, dn := range f.GetDefinedName() {
		names[dn.Name] = strings.ReplaceAll(dn.RefersTo, "'", "")
	}
	if names["_xlnm.Print_Titles"] != "责任分工!$3:$3" || names["_xlnm.Print_Area"] != "责任分工!$A$1:$G$10" {
		t.Errorf("defined names %v", names)
	}
	// The profile's body font replaced the template's.
	st, _ := f.GetCellStyle(s, "C4")
	style, _ := f.GetStyle(st)
	if style.Font == nil || style.Font.Family != "方正仿宋_GBK" {
		t.Errorf("C4 font %+v, want 方正仿宋_GBK", style.Font)
	}
}

func TestWeekly(t *testing.T) {
	f, _ := buildFile(t, Weekly)
	s := WeeklySheet
	if got, _ := f.GetCellValue(s, "A2"); got != "2013年2月18日—2月24日" {
		t.Errorf("A2 = %q", got)
	}
	ids := []string{}
	for r := 4; r <= 7; r++ {
		v, _ := f.GetCellValue(s, "J"+itoa(r))
		ids = append(ids, v)
	}
	if strings.Join(ids, ",") != "t2,t4,t3,t5" {
		t.Errorf("task ids %v, want t2,t4,t3,t5 (by group, current and overdue)", ids)
	}
	if got, _ := f.GetCellValue(s, "G4"); got != "推进中" {
		t.Errorf("G4 = %q", got)
	}
	if fo, _ := f.GetCellFormula(s, "C8"); fo != `COUNTIF($G$4:$G$7,"未启动")` {
		t.Errorf("C8 formula %q", fo)
	}
	dvs, _ := f.GetDataValidations(s)
	if len(dvs) != 1 || dvs[0].Sqref != "G4:G7" {
		t.Errorf("validations %+v", dvs)
	}
	cfs, _ := f.GetConditionalFormats(s)
	if cf, ok := cfs["A4:I7"]; !ok || len(cf) != 1 || cf[0].Criteria != overdueRule || cf[0].Format == nil {
		t.Errorf("conditional formats %+v, want A4:I7 with the overdue rule", cfs)
	}
	if typ, _ := f.GetCellType(s, "K4"); typ == excelize.CellTypeSharedString {
		t.Error("K4 (due date) is text, want a date")
	}
	merges, _ := f.GetMergeCells(s)
	var ms []string
	for _, m := range merges {
		ms = append(ms, m.GetStartAxis()+":"+m.GetEndAxis())
	}
	if !contains(ms, "B4:B5") {
		t.Errorf("merges %v lack B4:B5 (综合组)", ms)
	}
}

func itoa(n int) string { ref, _ := excelize.CoordinatesToCellName(1, n); return ref[1:] }

func TestMatrix(t *testing.T) {
	f, _ := buildFile(t, Matrix)
	s := MatrixSheet
	header, _ := f.GetRows(s)
	if got := strings.Join(header[1], ","); got != "序号,工作任务,组织部,宣传部,发改委" {
		t.Errorf("header %q (unused units left out)", got)
	}
	// t3: activity qzlx lead zzb; own units xcb, fgw.
	row := header[3]
	if strings.Join(row[2:], ",") != "●,○,○" {
		t.Errorf("t3 row %q", row)
	}
	// Tasks without units (t5, t7) are not rows, as in Campaign.Matrix.
	if fo, _ := f.GetCellFormula(s, "C8"); fo != `COUNTIF(C3:C7,"●")` {
		t.Errorf("C8 formula %q", fo)
	}
	if fo, _ := f.GetCellFormula(s, "D9"); fo != `COUNTIF(D3:D7,"○")` {
		t.Errorf("D9 formula %q", fo)
	}
}

func TestSchedule(t *testing.T) {
	f, _ := buildFile(t, Schedule)
	s := ScheduleSheet
	rows, _ := f.GetRows(s)
	if rows[3][0] != "一、宣传发动" || rows[4][1] != "制定总体方案" {
		t.Errorf("rows 4–5: %q %q", rows[3], rows[4])
	}
	// 2月中旬 is 旬 index 4: column D+4 = H. Its header is the marked one.
	hdr, _ := f.GetCellStyle(s, "H3")
	other, _ := f.GetCellStyle(s, "G3")
	if hdr == other {
		t.Error("the build date's 旬 (H3) is not marked")
	}
	// t1 (2月初 = 2月上旬, index 3 → G) is filled, its next 旬 is not.
	filled, _ := f.GetCellStyle(s, "G5")
	empty, _ := f.GetCellStyle(s, "I5")
	fs, _ := f.GetStyle(filled)
	es, _ := f.GetStyle(empty)
	if len(fs.Fill.Color) == 0 || len(es.Fill.Color) != 0 {
		t.Errorf("G5 fill %v, I5 fill %v", fs.Fill.Color, es.Fill.Color)
	}
	// The 全年 task fills all 36 旬.
	for c := 4; c < 40; c++ {
		ref, _ := excelize.CoordinatesToCellName(c, 10)
		id, _ := f.GetCellStyle(s, ref)
		st, _ := f.GetStyle(id)
		if len(st.Fill.Color) == 0 {
			t.Errorf("%s (全年) not filled", ref)
			break
		}
	}
}

// TestClients opens every built-in workbook with openpyxl and converts it
// with LibreOffice.
func TestClients(t *testing.T) {
	for _, b := range Workbooks() {
		t.Run(b.Kind, func(t *testing.T) {
			_, path := buildFile(t, b.Kind)
			sheets := clients.ReadXlsx(t, path)
			if len(sheets) != 1 {
				t.Fatalf("sheets %v", sheets)
			}
			for name, sh := range sheets {
				switch b.Kind {
				case Division:
					if sh.PrintTitleRows == nil || *sh.PrintTitleRows != "3:3" && *sh.PrintTitleRows != "$3:$3" {
						t.Errorf("%s print titles %v", name, sh.PrintTitleRows)
					}
					if !contains(sh.Merged, "A4:A5") {
						t.Errorf("%s merged %v", name, sh.Merged)
					}
					if v := sh.Rows[3][2]; v == nil || *v != "筹备召开电视电话动员会" {
						t.Errorf("C4 %v", v)
					}
				case Weekly:
					if len(sh.Validations) != 1 || sh.Validations[0].Sqref != "G4:G7" || !strings.Contains(sh.Validations[0].Formula1, "已销号") {
						t.Errorf("validations %+v", sh.Validations)
					}
					if sh.PrintTitleRows == nil {
						t.Error("no print titles")
					}
				case Matrix:
					if v := sh.Rows[3][2]; v == nil || *v != MarkLead {
						t.Errorf("C4 %v", v)
					}
				case Schedule:
					if v := sh.Rows[2][3]; v == nil || *v != "上" {
						t.Errorf("D3 %v", v)
					}
				}
			}
			pdf := clients.ToPDF(t, path)
			text, pages := clients.PDFText(t, pdf)
			if pages < 1 {
				t.Errorf("PDF has no pages")
			}
			want := map[string]string{Division: "筹备召开电视电话动员会", Weekly: "周工作清单", Matrix: "责任矩阵", Schedule: "推进计划"}[b.Kind]
			if !strings.Contains(clients.Squash(text), want) {
				t.Errorf("PDF text lacks %q:\n%s", want, text)
			}
		})
	}
}

// BenchmarkMatrix100k writes the responsibility matrix of a campaign with
// 100 000 tasks and 30 units through the StreamWriter.
func BenchmarkMatrix100k(b *testing.B) {
	c := campaign()
	c.Activities = nil
	c.Units = nil
	for i := 0; i < 30; i++ {
		id := "u" + itoa(i+1)
		c.Units = append(c.Units, model.Unit{ID: id, Name: "单位" + id, Short: "单位" + id})
	}
	c.Tasks = make([]model.Task, 100000)
	for i := range c.Tasks {
		c.Tasks[i] = model.Task{ID: "t" + itoa(i+1), Title: "第" + itoa(i+1) + "项工作任务：组织协调、督促检查",
			Lead: []string{c.Units[i%30].ID}, Units: []string{c.Units[(i+7)%30].ID, c.Units[(i+13)%30].ID}}
	}
	b.ReportAllocs()
	for b.Loop() {
		if os.Getenv("MATRIX_DATA_ONLY") != "" {
			continue // measures the process without the build, for the memory figure
		}
		if err := Build(Matrix, c, buildDate, io.Discard); err != nil {
			b.Fatal(err)
		}
	}
}

// TestSeedData builds every workbook from the default data set and checks
// them against the model, and with openpyxl.
func TestSeedData(t *testing.T) {
	const path = "../../data/xuechuang.yaml"
	if _, err := os.Stat(path); err != nil {
		t.Skip("data/xuechuang.yaml not present")
	}
	c, _, err := load.File(path)
	if err != nil {
		t.Fatalf("load: %v", err)
	}
	date := time.Date(2013, 7, 15, 0, 0, 0, 0, time.UTC)
	for _, b := range Workbooks() {
		var out bytes.Buffer
		if err := b.Build(c, date, &out); err != nil {
			t.Fatalf("%s: %v", b.Kind, err)
		}
		p := filepath.Join(t.TempDir(), b.File)
		if err := os.WriteFile(p, out.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		sheets := clients.ReadXlsx(t, p)
		for _, sh := range sheets {
			var ids []string
			switch b.Kind {
			case Division:
				for _, r := range sh.Rows[3:] {
					if len(r) > 7 && r[7] != nil {
						ids = append(ids, *r[7])
					}
				}
				if len(ids) != len(c.Tasks) {
					t.Errorf("责任分工表 has %d tasks, data %d", len(ids), len(c.Tasks))
				}
			case Weekly:
				for _, r := range sh.Rows[3:] {
					if len(r) > 9 && r[9] != nil {
						ids = append(ids, *r[9])
					}
				}
				want := c.WeekList(period.WeekOf(date))
				if len(ids) != len(want.Items) {
					t.Errorf("周工作清单 has %d tasks, WeekList %d", len(ids), len(want.Items))
				}
			case Matrix:
				m := c.Matrix()
				if got := len(sh.Rows[1]) - 2; got != len(m.Units) {
					t.Errorf("责任矩阵 has %d unit columns, Matrix %d", got, len(m.Units))
				}
				if got := len(sh.Rows) - 4; got != len(m.Rows) {
					t.Errorf("责任矩阵 has %d task rows, Matrix %d", got, len(m.Rows))
				}
			}
		}
	}
}

func TestWeeklyEmpty(t *testing.T) {
	c := campaign()
	c.Tasks = nil
	var b bytes.Buffer
	if err := Build(Weekly, c, buildDate, &b); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&b)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if fo, _ := f.GetCellFormula(WeeklySheet, "C5"); fo != `COUNTIF($G$4:$G$4,"未启动")` {
		t.Errorf("C5 formula %q", fo)
	}
	if v, _ := f.GetCellValue(WeeklySheet, "C4"); v != "" {
		t.Errorf("C4 = %q, want empty", v)
	}
}

// TestBuilderData runs the built-in templates by hand with Builder.Data,
// as `gongwen build` does with an office's own version of them.
func TestBuilderData(t *testing.T) {
	for _, b := range Workbooks() {
		if b.Template == "" {
			if b.Data != nil {
				t.Errorf("%s: Data without Template", b.Kind)
			}
			continue
		}
		src, err := templates.Read(b.Template)
		if err != nil {
			t.Fatal(err)
		}
		tp, err := Parse(b.Template, src, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if err := tp.Execute(io.Discard, b.Data(campaign(), buildDate), ExecOptions{}); err != nil {
			t.Errorf("%s: %v", b.Kind, err)
		}
	}
}
