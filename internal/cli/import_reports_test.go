package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"gongwen/internal/load"
	"gongwen/internal/meetings"
	"gongwen/internal/xlsx"
)

// The weekly list lists each task's report under the notice's reporting
// rule as a row of its own, keyed gdp@报送2023-03-30; filled 已完成 with a
// date it records that report in submitted and nothing else — the task's
// status stays as it was (未启动 here, as the README promises: a report is
// not the task's own work), and its own deadline and later reports are
// still due.
func TestImportReportRows(t *testing.T) {
	src, err := os.ReadFile("testdata/script/reporting.txtar")
	if err != nil {
		t.Fatal(err)
	}
	// The 蔡甸 fixture of the script, reused.
	text := string(src)
	text = text[strings.Index(text, "-- caidian.yaml --\n")+len("-- caidian.yaml --\n"):]
	text = text[:strings.Index(text, "-- bad.yaml --")]
	dir := t.TempDir()
	data := filepath.Join(dir, "caidian.yaml")
	if err := os.WriteFile(data, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	c, _, err := load.File(data)
	if err != nil {
		t.Fatal(err)
	}
	day := time.Date(2023, 4, 6, 0, 0, 0, 0, time.UTC)
	var b bytes.Buffer
	if err := xlsx.Build(xlsx.Weekly, c, day, &b); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(b.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	rows, _ := f.GetRows(xlsx.WeeklySheet)
	f.Close()
	keys := map[string]int{}
	for i, r := range rows {
		if len(r) > 9 && r[9] != "" {
			keys[r[9]] = i + 1
		}
	}
	// gdtz reported in March; gyzjz is also overdue on its own deadline.
	for _, k := range []string{"gdp@报送2023-03-30", "gyzjz@报送2023-03-30", "gyzjz", "gytz@报送2023-03-30"} {
		if keys[k] == 0 {
			t.Errorf("no row %s among %v", k, keys)
		}
	}
	if keys["gdtz@报送2023-03-30"] != 0 {
		t.Errorf("gdtz's March report, made on 3月29日, is listed again")
	}
	n := strconv.Itoa(keys["gyzjz@报送2023-03-30"])
	edited, err := xlsx.SetCells(b.Bytes(), map[string]any{"周工作清单!G" + n: "已完成",
		"周工作清单!H" + n: time.Date(2023, 4, 7, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	book := filepath.Join(dir, "filled.xlsx")
	if err := os.WriteFile(book, edited, 0o644); err != nil {
		t.Fatal(err)
	}
	if err, out, errOut := runImportTest(data, book, false); err != nil || !strings.Contains(out, "submitted") {
		t.Fatalf("import: %v\n%s%s", err, out, errOut)
	}
	after, _, err := load.File(data)
	if err != nil {
		t.Fatal(err)
	}
	tk := after.TaskByID("gyzjz")
	if len(tk.Submitted) != 1 || !tk.Submitted[0].Equal(time.Date(2023, 4, 7, 0, 0, 0, 0, time.UTC)) || len(tk.Reported) != 0 || tk.DoneOn != nil || tk.Status != "未启动" {
		t.Errorf("gyzjz after import: submitted %v reported %v done_on %v status %q", tk.Submitted, tk.Reported, tk.DoneOn, tk.Status)
	}
	s, err := meetings.Supervise(after, nil, meetings.SuperviseOptions{Date: time.Date(2023, 4, 10, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	var items []string
	for _, l := range s.Letters {
		for _, it := range l.Items {
			items = append(items, it.Task.ID+":"+it.Occurrence)
		}
	}
	// The report is made; the target's own deadline is still overdue.
	if got := strings.Join(items, " "); got != "gdp:第一季度进展情况 gyzjz:" {
		t.Errorf("supervised after the import: %q", got)
	}
	if err, out, _ := runImportTest(data, book, false); err != nil || !strings.Contains(out, "没有变化") {
		t.Errorf("second import: %v %q", err, out)
	}
}
