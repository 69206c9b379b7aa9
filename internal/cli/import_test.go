package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"gongwen/internal/load"
	"gongwen/internal/xlsx"
)

// returned builds the 周工作清单 of week 8 from the test campaign and edits
// it as a unit would, returning the data file's and the workbook's paths.
func returned(t *testing.T, cells map[string]any) (data, book string) {
	t.Helper()
	dir := t.TempDir()
	src, err := os.ReadFile("testdata/import/campaign.yaml")
	if err != nil {
		t.Fatal(err)
	}
	data = filepath.Join(dir, "campaign.yaml")
	if err := os.WriteFile(data, src, 0o644); err != nil {
		t.Fatal(err)
	}
	c, _, err := load.Bytes(data, src)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := xlsx.Build(xlsx.Weekly, c, time.Date(2013, 2, 20, 0, 0, 0, 0, time.UTC), &b); err != nil {
		t.Fatal(err)
	}
	edited, err := xlsx.SetCells(b.Bytes(), cells)
	if err != nil {
		t.Fatal(err)
	}
	book = filepath.Join(dir, "第8周.xlsx")
	if err := os.WriteFile(book, edited, 0o644); err != nil {
		t.Fatal(err)
	}
	return data, book
}

func runImportTest(data, book string, dry bool) (err error, out, errOut string) {
	var o, e bytes.Buffer
	err = runImport(&importOptions{IO: &IOStreams{Out: &o, ErrOut: &e}, File: book, Data: data, DryRun: dry})
	return err, o.String(), e.String()
}

func TestImportRoundTrip(t *testing.T) {
	data, book := returned(t, map[string]any{
		"周工作清单!G4": "已完成", "周工作清单!H4": time.Date(2013, 2, 9, 0, 0, 0, 0, time.UTC), "周工作清单!I4": "按时完成",
		"周工作清单!G5": "推进中", "周工作清单!H5": nil, "周工作清单!I5": "第一行\n第三行",
		"周工作清单!I6": "新备注 'x'",
	})
	before, _ := os.ReadFile(data)

	err, out, errOut := runImportTest(data, book, true)
	if err != nil {
		t.Fatalf("dry run: %v\n%s", err, errOut)
	}
	if after, _ := os.ReadFile(data); !bytes.Equal(before, after) {
		t.Error("--dry-run wrote the file")
	}
	for _, want := range []string{
		"campaign.yaml:38: 任务 t1 的 status（来自 周工作清单!G4）\n-    status: 推进中   # 示例状态\n+    status: 已完成   # 示例状态\n",
		"+    done_on: 2013-02-09\n", "+    notes: 按时完成\n", "-    done_on: 2013-02-01\n", "共 7 处改动",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("dry-run output lacks %q:\n%s", want, out)
		}
	}

	if err, _, errOut := runImportTest(data, book, false); err != nil {
		t.Fatalf("import: %v\n%s", err, errOut)
	}
	got, _ := os.ReadFile(data)
	want := strings.NewReplacer(
		"    status: 推进中   # 示例状态\n", "    status: 已完成   # 示例状态\n    done_on: 2013-02-09\n    notes: 按时完成\n",
		"    status: 已完成\n    done_on: 2013-02-01\n    notes: |\n      第一行\n      第二行\n", "    status: 推进中\n    notes: \"第一行\\n第三行\"\n",
		`    notes: "旧的备注"`, `    notes: "新备注 'x'"`,
	).Replace(string(before))
	if string(got) != want {
		t.Errorf("data after import:\n%s\nwant:\n%s", got, want)
	}
	// A second import of the same workbook changes nothing.
	err, out, _ = runImportTest(data, book, false)
	if err != nil || !strings.Contains(out, "没有变化") {
		t.Errorf("second import: %v %q", err, out)
	}
	if again, _ := os.ReadFile(data); !bytes.Equal(again, got) {
		t.Error("second import changed the file")
	}
}

func TestImportErrors(t *testing.T) {
	tests := []struct {
		name  string
		cells map[string]any
		want  []string
	}{
		{"unknown task", map[string]any{"周工作清单!J5": "t9"}, []string{"周工作清单!J5: 任务标识 t9 在"}},
		{"bad status", map[string]any{"周工作清单!G4": "差不多了"}, []string{"周工作清单!G4: 状态“差不多了”不是"}},
		{"bad date", map[string]any{"周工作清单!G4": "已完成", "周工作清单!H4": "昨天"}, []string{"周工作清单!H4: 完成日期“昨天”无法识别"}},
		{"done without date", map[string]any{"周工作清单!G4": "已完成"}, []string{"周工作清单!H4: 状态为“已完成”的任务须填写完成日期"}},
		{"date without done", map[string]any{"周工作清单!H6": "2013-02-19"}, []string{"周工作清单!H6: 填了完成日期，但状态是“未启动”"}},
		{"several", map[string]any{"周工作清单!J5": "t9", "周工作清单!G6": "好"}, []string{"周工作清单!G6"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			data, book := returned(t, tc.cells)
			before, _ := os.ReadFile(data)
			err, _, errOut := runImportTest(data, book, false)
			if err == nil || exitCode(err) != exitBadInput {
				t.Fatalf("err %v, want exit 1", err)
			}
			for _, w := range tc.want {
				if !strings.Contains(errOut, w) {
					t.Errorf("stderr lacks %q:\n%s", w, errOut)
				}
			}
			if after, _ := os.ReadFile(data); !bytes.Equal(before, after) {
				t.Error("the data file changed")
			}
		})
	}
}

func exitCode(err error) int {
	if ee, ok := err.(*exitError); ok {
		return ee.code
	}
	return exitInternal
}

func TestImportNotAWorkbook(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "x.xlsx")
	os.WriteFile(bad, []byte("not a zip"), 0o644)
	err, _, _ := runImportTest("testdata/import/campaign.yaml", bad, true)
	if err == nil || exitCode(err) != exitBadInput || !strings.Contains(err.Error(), "x.xlsx") {
		t.Errorf("err %v", err)
	}
	err, _, _ = runImportTest("testdata/import/campaign.yaml", filepath.Join(dir, "missing.xlsx"), true)
	if err == nil || exitCode(err) != exitBadInput {
		t.Errorf("missing file: %v", err)
	}
}

func TestYAMLString(t *testing.T) {
	tests := []struct{ in, want string }{
		{"已完成", "已完成"},
		{"a: b", `'a: b'`},
		{"yes", `"yes"`},
		{"两行\n文字", `"两行\n文字"`},
		{"", `""`},
	}
	for _, tc := range tests {
		if got := yamlString(tc.in, nil); got != tc.want {
			t.Errorf("yamlString(%q) = %s, want %s", tc.in, got, tc.want)
		}
	}
}
