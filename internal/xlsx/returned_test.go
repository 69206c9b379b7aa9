package xlsx

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"gongwen/internal/clients"
)

func built(t *testing.T, kind string) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := Build(kind, campaign(), buildDate, &b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestReadReturnedWeekly(t *testing.T) {
	edited, err := SetCells(built(t, Weekly), map[string]any{
		"周工作清单!G4": "已完成", "周工作清单!H4": day(2, 19), "周工作清单!I4": "已召开\n效果好",
		"周工作清单!G5": "推进中", "周工作清单!H5": "2013年2月21日",
		"周工作清单!H6": "2月22日",
	})
	if err != nil {
		t.Fatal(err)
	}
	ups, err := ReadReturned("w.xlsx", edited, 2013)
	if err != nil {
		t.Fatal(err)
	}
	if len(ups) != 4 {
		t.Fatalf("%d updates, want 4: %+v", len(ups), ups)
	}
	u := ups[0]
	if u.TaskID != "t2" || *u.Status != "已完成" || !u.DoneOn.Equal(day(2, 19)) || *u.Notes != "已召开\n效果好" || u.StatusCell != "周工作清单!G4" {
		t.Errorf("first update %+v", u)
	}
	if !ups[1].DoneOn.Equal(day(2, 21)) || !ups[2].DoneOn.Equal(day(2, 22)) {
		t.Errorf("text dates: %v %v", ups[1].DoneOn, ups[2].DoneOn)
	}
	if ups[3].DoneOn != nil || ups[3].Notes != nil {
		t.Errorf("untouched row %+v", ups[3])
	}
}

func TestReadReturnedDivision(t *testing.T) {
	edited, err := SetCells(built(t, Division), map[string]any{"责任分工!G5": "专栏已开设"})
	if err != nil {
		t.Fatal(err)
	}
	ups, err := ReadReturned("d.xlsx", edited, 2013)
	if err != nil {
		t.Fatal(err)
	}
	if len(ups) != 7 || ups[1].TaskID != "t3" || ups[1].Notes == nil || *ups[1].Notes != "专栏已开设" || ups[1].Status != nil {
		t.Errorf("updates %+v", ups)
	}
}

func TestReadReturnedErrors(t *testing.T) {
	tests := []struct {
		name  string
		cells map[string]any
		want  []string
	}{
		{"status", map[string]any{"周工作清单!G4": "完成了"}, []string{"周工作清单!G4: 状态“完成了”不是"}},
		{"date", map[string]any{"周工作清单!H5": "下周一"}, []string{"周工作清单!H5: 完成日期“下周一”无法识别"}},
		{"no such day", map[string]any{"周工作清单!H5": "2013-02-30"}, []string{"周工作清单!H5: 完成日期“2013-02-30”不存在"}},
		{"duplicate id", map[string]any{"周工作清单!J5": "t2"}, []string{"周工作清单!J5: 任务标识 t2 重复"}},
		{"lost id", map[string]any{"周工作清单!J6": nil}, []string{"周工作清单!J6: 此行填写了“状态”但没有任务标识"}},
		{"all at once", map[string]any{"周工作清单!G4": "x", "周工作清单!H7": "y"}, []string{"周工作清单!G4", "周工作清单!H7"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			edited, err := SetCells(built(t, Weekly), tc.cells)
			if err != nil {
				t.Fatal(err)
			}
			_, err = ReadReturned("w.xlsx", edited, 2013)
			if err == nil {
				t.Fatal("no error")
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error\n%v\nlacks %q", err, w)
				}
			}
		})
	}
}

func TestReadReturnedNotOurs(t *testing.T) {
	b := book(t, "S", map[string]string{"A1": "x"}, nil)
	if _, err := ReadReturned("x.xlsx", b, 2013); err == nil || !strings.Contains(err.Error(), "任务标识") {
		t.Errorf("error %v", err)
	}
	if _, err := ReadReturned("x.xlsx", []byte("not a zip"), 2013); err == nil {
		t.Error("no error for a non-workbook")
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in      string
		numeric bool
		want    time.Time
		bad     bool
	}{
		{"41325", true, day(2, 20), false},
		{"2013-2-20", false, day(2, 20), false},
		{"2013/02/20", false, day(2, 20), false},
		{"2013.2.20", false, day(2, 20), false},
		{"2013年2月20日", false, day(2, 20), false},
		{"2月20日", false, day(2, 20), false},
		{"2013-13-01", false, time.Time{}, true},
		{"0", true, time.Time{}, true},
		{"明天", false, time.Time{}, true},
	}
	for _, tc := range tests {
		got, err := parseDate(tc.in, tc.numeric, 2013)
		if (err != nil) != tc.bad || !tc.bad && !got.Equal(tc.want) {
			t.Errorf("parseDate(%q) = %v, %v", tc.in, got, err)
		}
	}
}

func FuzzReadReturned(f *testing.F) {
	var b bytes.Buffer
	if err := Build(Weekly, campaign(), buildDate, &b); err != nil {
		f.Fatal(err)
	}
	f.Add(b.Bytes())
	f.Add([]byte("PK\x03\x04"))
	f.Fuzz(func(t *testing.T, data []byte) {
		_, _ = ReadReturned("f.xlsx", data, 2013)
	})
}

// TestReadReturnedAfterLibreOffice: a unit opens the list in an office
// suite, edits it and saves it; the reader must still find every row.
// LibreOffice stands in for that suite.
func TestReadReturnedAfterLibreOffice(t *testing.T) {
	clients.RequireLibreOffice(t)
	edited, err := SetCells(built(t, Weekly), map[string]any{
		"周工作清单!G4": "已完成", "周工作清单!H4": day(2, 19), "周工作清单!I4": "已召开",
	})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "in", "清单.xlsx")
	os.MkdirAll(filepath.Dir(in), 0o755)
	if err := os.WriteFile(in, edited, 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out")
	cmd := exec.Command("soffice", "-env:UserInstallation=file://"+filepath.Join(dir, "profile"), "--headless",
		"--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", out, in)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, b)
	}
	resaved, err := os.ReadFile(filepath.Join(out, "清单.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	want, err := ReadReturned("a.xlsx", edited, 2013)
	if err != nil {
		t.Fatal(err)
	}
	got, err := ReadReturned("b.xlsx", resaved, 2013)
	if err != nil {
		t.Fatalf("after LibreOffice: %v", err)
	}
	if len(got) != len(want) {
		t.Fatalf("%d rows after LibreOffice, %d before", len(got), len(want))
	}
	for i := range want {
		g, w := got[i], want[i]
		if g.TaskID != w.TaskID || str(g.Status) != str(w.Status) || str(g.Notes) != str(w.Notes) || date(g.DoneOn) != date(w.DoneOn) {
			t.Errorf("row %d after LibreOffice: %+v, before %+v", i, g, w)
		}
	}
}

func str[T ~string](p *T) string {
	if p == nil {
		return "<nil>"
	}
	return string(*p)
}

func date(p *time.Time) string {
	if p == nil {
		return "<nil>"
	}
	return p.Format("2006-01-02")
}
