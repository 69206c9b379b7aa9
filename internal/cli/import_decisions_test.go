package cli

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"gongwen/internal/load"
	"gongwen/internal/xlsx"
)

// weeklyWithDecisions builds, with gongwen build, the 周工作清单 of
// 2013-07-15 from a copy of the default data (edited by prepare first) and
// returns the copy's path and the workbook's bytes.
func weeklyWithDecisions(t *testing.T, prepare func(string) string) (data string, book []byte) {
	t.Helper()
	data, books := buildDefault(t, prepare, "weekly")
	if len(books) != 1 {
		t.Fatalf("build wrote %v", books)
	}
	book, err := os.ReadFile(books[0])
	if err != nil {
		t.Fatal(err)
	}
	return data, book
}

// buildDefault runs gongwen build on a copy of the default data for the
// outputs and returns the copy's path and the workbooks written.
func buildDefault(t *testing.T, prepare func(string) string, outputs string) (data string, books []string) {
	t.Helper()
	dir := t.TempDir()
	src, err := os.ReadFile("../../data/xuechuang.yaml")
	if err != nil {
		t.Fatal(err)
	}
	data = filepath.Join(dir, "xuechuang.yaml")
	if err := os.WriteFile(data, []byte(prepare(string(src))), 0o644); err != nil {
		t.Fatal(err)
	}
	manifest := filepath.Join(dir, "gongwen.yaml")
	if err := os.WriteFile(manifest, []byte("data: xuechuang.yaml\nout: out\ndate: 2013-07-15\noutputs: ["+outputs+"]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var o, e bytes.Buffer
	if err := runBuild(context.Background(), &buildOptions{IO: &IOStreams{Out: &o, ErrOut: &e}, Manifest: manifest, explicit: true}); err != nil {
		t.Fatalf("build: %v\n%s", err, e.String())
	}
	books, _ = filepath.Glob(filepath.Join(dir, "out", "*.xlsx"))
	return data, books
}

func writeBook(t *testing.T, book []byte, cells map[string]any) string {
	t.Helper()
	edited, err := xlsx.SetCells(book, cells)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "第29周清单.xlsx")
	if err := os.WriteFile(path, edited, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// A unit fills in the 会议议定事项 sheet of the weekly list; import writes
// the decisions' status, completion date and notes back into the meetings
// of the data file, changing only those lines.
func TestImportDecisionsRoundTrip(t *testing.T) {
	// bgs-2-jy1 loses its status, so the sheet shows 未启动 and the import
	// must insert the key under the decision.
	const bgs2 = "        due: 2013-07-25\n        status: 推进中\n"
	data, book := weeklyWithDecisions(t, func(s string) string {
		if strings.Count(s, bgs2) != 1 {
			t.Fatalf("the default data changed: %q not found once", bgs2)
		}
		return strings.Replace(s, bgs2, "        due: 2013-07-25\n", 1)
	})
	before, _ := os.ReadFile(data)

	// Unedited, the sheet says what the data says: 未启动 for no status.
	if err, out, errOut := runImportTest(data, writeBook(t, book, nil), false); err != nil || !strings.Contains(out, "没有变化") {
		t.Fatalf("unedited import: %v %q %s", err, out, errOut)
	}

	// Row 4 is qtdw-1-jy1 (the 发改委's overdue decision), row 5 bgs-2-jy1.
	cells := map[string]any{
		"会议议定事项!F4": "已完成", "会议议定事项!G4": time.Date(2013, 7, 16, 0, 0, 0, 0, time.UTC),
		"会议议定事项!H4": "四项专项活动上半年进展情况均已报送",
		"会议议定事项!F5": "推进中", "会议议定事项!H5": "现场推进会定于7月24日召开，会务方案已报批",
	}
	path := writeBook(t, book, cells)
	err, out, errOut := runImportTest(data, path, true)
	if err != nil {
		t.Fatalf("dry run: %v\n%s", err, errOut)
	}
	for _, want := range []string{
		"议定事项 qtdw-1-jy1 的 status（来自 会议议定事项!F4）\n-        status: 推进中\n+        status: 已完成\n",
		"议定事项 bgs-2-jy1 的 status（来自 会议议定事项!F5）\n+        status: 推进中\n",
		"共 5 处改动",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("dry-run output lacks %q:\n%s", want, out)
		}
	}
	if err, _, errOut := runImportTest(data, path, false); err != nil {
		t.Fatalf("import: %v\n%s", err, errOut)
	}
	got, _ := os.ReadFile(data)

	// Line by line: only the decisions' lines change.
	want := strings.NewReplacer(
		"        status: 推进中\n        notes: 已汇总三项专项活动进展情况，群众路线教育实践活动情况待报\n",
		"        status: 已完成\n        done_on: 2013-07-16\n        notes: 四项专项活动上半年进展情况均已报送\n",
		"        due: 2013-07-25\n",
		"        due: 2013-07-25\n        status: 推进中\n        notes: 现场推进会定于7月24日召开，会务方案已报批\n",
	).Replace(string(before))
	gl, wl := strings.Split(string(got), "\n"), strings.Split(want, "\n")
	if len(gl) != len(wl) || len(gl) != len(strings.Split(string(before), "\n"))+3 {
		t.Errorf("%d lines after import, want %d (%d before)", len(gl), len(wl), len(strings.Split(string(before), "\n")))
	}
	for i := 0; i < len(gl) && i < len(wl); i++ {
		if gl[i] != wl[i] {
			t.Errorf("line %d: got %q, want %q", i+1, gl[i], wl[i])
		}
	}

	// The data reads back with the decisions checked off.
	c, _, err := load.File(data)
	if err != nil {
		t.Fatal(err)
	}
	d := c.Meetings[2].Decisions[0]
	if d.State() != "已完成" || d.DoneOn == nil || d.DoneOn.Format(time.DateOnly) != "2013-07-16" {
		t.Errorf("qtdw-1-jy1 after import: %+v", d)
	}

	// A second import of the same workbook changes nothing.
	err, out, _ = runImportTest(data, path, false)
	if err != nil || !strings.Contains(out, "没有变化") {
		t.Errorf("second import: %v %q", err, out)
	}
	if again, _ := os.ReadFile(data); !bytes.Equal(again, got) {
		t.Error("second import changed the file")
	}
}

func TestImportDecisionErrors(t *testing.T) {
	data, book := weeklyWithDecisions(t, func(s string) string { return s })
	tests := []struct {
		name  string
		cells map[string]any
		want  []string
	}{
		{"unknown key", map[string]any{"会议议定事项!I4": "qtdw-1-jy9"}, []string{"会议议定事项!I4: 议定事项标识 qtdw-1-jy9 即会议 qtdw-1 的第 9 项议定事项", "不存在"}},
		{"malformed key", map[string]any{"会议议定事项!I5": "bgs-2"}, []string{"会议议定事项!I5: 议定事项标识 bgs-2 不是“会议标识-jy序号”的形式"}},
		{"date while open", map[string]any{"会议议定事项!G5": time.Date(2013, 7, 16, 0, 0, 0, 0, time.UTC)}, []string{"会议议定事项!G5: 填了完成日期，但状态是“推进中”"}},
		{"done without date", map[string]any{"会议议定事项!F5": "已销号"}, []string{"会议议定事项!G5: 状态为“已销号”的议定事项须填写完成日期"}},
		{"bad status", map[string]any{"会议议定事项!F4": "完成"}, []string{"会议议定事项!F4", "不是 未启动、推进中、已完成、已销号 之一"}},
	}
	before, _ := os.ReadFile(data)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err, _, errOut := runImportTest(data, writeBook(t, book, tt.cells), false)
			if err == nil {
				t.Fatal("no error")
			}
			for _, w := range tt.want {
				if !strings.Contains(errOut, w) {
					t.Errorf("stderr lacks %q:\n%s", w, errOut)
				}
			}
			if after, _ := os.ReadFile(data); !bytes.Equal(before, after) {
				t.Error("a failed import wrote the file")
			}
		})
	}
}

// The build's 督办 lists the 发改委's overdue decision in its 督办事项回复表
// under the derived task id; importing the reply checks the decision off.
func TestImportDecisionFromSupervisionReply(t *testing.T) {
	data, books := buildDefault(t, func(s string) string { return s }, "supervision")
	var reply string
	for _, b := range books {
		if strings.Contains(b, "湖北省发展和改革委员会") {
			reply = b
		}
	}
	if reply == "" {
		t.Fatalf("no reply form for 发改委 in %v", books)
	}
	book, err := os.ReadFile(reply)
	if err != nil {
		t.Fatal(err)
	}
	ups, err := xlsx.ReadReturned(reply, book, 2013)
	if err != nil {
		t.Fatal(err)
	}
	var row *xlsx.Update
	for i := range ups {
		if ups[i].TaskID == "qtdw-1-jy1" {
			row = &ups[i]
		}
	}
	if row == nil {
		t.Fatalf("qtdw-1-jy1 not in the reply form: %+v", ups)
	}
	before, _ := os.ReadFile(data)
	path := writeBook(t, book, map[string]any{row.StatusCell: "已完成", row.DoneCell: time.Date(2013, 7, 17, 0, 0, 0, 0, time.UTC)})
	if err, _, errOut := runImportTest(data, path, false); err != nil {
		t.Fatalf("import: %v\n%s", err, errOut)
	}
	got, _ := os.ReadFile(data)
	want := strings.Replace(string(before), "        status: 推进中\n        notes: 已汇总",
		"        status: 已完成\n        done_on: 2013-07-17\n        notes: 已汇总", 1)
	if string(got) != want {
		t.Errorf("data after import differs from the expected edit")
	}
}
