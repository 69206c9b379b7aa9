package cli

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gongwen/internal/docdata"
	"gongwen/templates"
)

// TestCheckKindBuiltins checks every built-in template, as exported,
// against its own kind: none may report a problem.
func TestCheckKindBuiltins(t *testing.T) {
	dir := t.TempDir()
	for _, k := range templateKinds() {
		t.Run(k.Name, func(t *testing.T) {
			if code, _, errOut := run("templates", "export", k.Name, dir); code != 0 {
				t.Fatalf("export: %d %s", code, errOut)
			}
			code, out, errOut := run("check", filepath.Join(dir, k.Template), "--kind", k.Label)
			if code != 0 || errOut != "" || !strings.Contains(out, "0 个不是") {
				t.Errorf("check --kind %s: exit %d\n%s%s", k.Label, code, out, errOut)
			}
		})
	}
}

// TestCheckKindMisspelt checks templates with a misspelt field: the field
// is named with its place and the closest field of the kind.
func TestCheckKindMisspelt(t *testing.T) {
	cases := []struct {
		kind, from, to, want string
	}{
		{"通知", "{{.DocNo}}", "{{.DocNum}}", "通知的数据中没有字段 .DocNum，您是不是要写 .DocNo？"},
		{"notice", ".Recipients", ".Recipents", "您是不是要写 .Recipients？"},
		{"简报", ".Briefing.Issue", ".Briefing.Isue", "您是不是要写 .Briefing.Issue？"},
		{"责任分工", ".Cells.Task", ".Cells.Tsk", "您是不是要写 .Division[].Cells.Task？"},
		{"周工作清单", "{{.Task}}", "{{.Tsk}}", "周工作清单的数据中没有字段 .Rows[].Tsk，您是不是要写 .Rows[].Task？"},
		{"division-table", "{{.Subtitle}}", "{{.Subtitel}}", "您是不是要写 .Subtitle？"},
	}
	for _, c := range cases {
		t.Run(c.kind+c.to, func(t *testing.T) {
			k, err := lookupKind(c.kind)
			if err != nil {
				t.Fatal(err)
			}
			src, err := templates.Read(k.Template)
			if err != nil {
				t.Fatal(err)
			}
			path := filepath.Join(t.TempDir(), "mine"+filepath.Ext(k.Template))
			if err := os.WriteFile(path, replaceInDocx(t, src, c.from, c.to), 0o644); err != nil {
				t.Fatal(err)
			}
			code, _, errOut := run("check", path, "--kind", c.kind)
			if code != 1 || !strings.Contains(errOut, c.want) || !strings.Contains(errOut, "模板中：") {
				t.Errorf("exit %d, want 1 and %q with its place:\n%s", code, c.want, errOut)
			}
		})
	}
}

// TestCheckDataBuiltins checks every built-in template, as exported and
// unedited, against the default data as the README shows (check 模板 数据):
// it is compared with what its kind receives from the data, not with the
// data file, so it checks clean. Under a clerk's own file name a misspelt
// field still fails, with the closest field and the paragraph's words.
func TestCheckDataBuiltins(t *testing.T) {
	data := filepath.Join(repoRoot(t), "data", "xuechuang.yaml")
	dir := t.TempDir()
	for _, k := range templateKinds() {
		t.Run(k.Name, func(t *testing.T) {
			if code, _, errOut := run("templates", "export", k.Name, dir); code != 0 {
				t.Fatalf("export: %d %s", code, errOut)
			}
			code, out, errOut := run("check", filepath.Join(dir, k.Template), data)
			want := "按“" + k.Label + "”检查"
			if code != 0 || errOut != "" || !strings.Contains(out, want) || !strings.Contains(out, "0 个不是") {
				t.Errorf("check %s 数据: exit %d, want 0 and %q\n%s%s", k.Template, code, want, out, errOut)
			}
		})
	}
	t.Run("misspelt", func(t *testing.T) {
		src, err := templates.Read(docdata.Notice.Template)
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(t.TempDir(), "我的通知.docx")
		if err := os.WriteFile(path, replaceInDocx(t, src, "{{.DocNo}}", "{{.DocNum}}"), 0o644); err != nil {
			t.Fatal(err)
		}
		code, out, errOut := run("check", path, data)
		for _, want := range []string{"您是不是要写 .DocNo？", "模板中：", "{{.DocNum}}"} {
			if !strings.Contains(errOut, want) {
				t.Errorf("missing %q", want)
			}
		}
		if code != 1 || !strings.Contains(out, "按“通知”检查") || !strings.Contains(out, "1 个不是通知的字段") {
			t.Errorf("exit %d, want 1, checked as a 通知:\n%s%s", code, out, errOut)
		}
	})
}

func TestCheckKindUsage(t *testing.T) {
	path := filepath.Join(t.TempDir(), "t.docx")
	src, _ := templates.Read(docdata.Notice.Template)
	os.WriteFile(path, src, 0o644)
	for _, c := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"check", path, "--kind", "通之"}, 2, "没有文种“通之”，您是不是要写“通知”？"},
		{[]string{"check", path, "--kind", "通知", "--doc", "x"}, 2, "只能给出一个"},
		{[]string{"check", path}, 2, "按文种检查请加 --kind"},
	} {
		code, _, errOut := run(c.args...)
		if code != c.code || !strings.Contains(errOut, c.want) {
			t.Errorf("%v: exit %d, want %d and %q: %s", c.args, code, c.code, c.want, errOut)
		}
	}
}

// replaceInDocx replaces text in the document part of a .docx (the
// sheets and shared strings of a .xlsx).
func replaceInDocx(t *testing.T, src []byte, from, to string) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(src), int64(len(src)))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	found := false
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		data, _ := io.ReadAll(rc)
		rc.Close()
		if f.Name == "word/document.xml" || strings.HasPrefix(f.Name, "xl/worksheets/") || f.Name == "xl/sharedStrings.xml" {
			found = found || bytes.Contains(data, []byte(from))
			data = bytes.ReplaceAll(data, []byte(from), []byte(to))
		}
		w, _ := zw.Create(f.Name)
		w.Write(data)
	}
	zw.Close()
	if !found {
		t.Fatalf("%q is not in the template", from)
	}
	return buf.Bytes()
}

// TestFieldsDoc keeps docs/fields.md what gongwen fields --markdown writes
// at the top of the repository (regenerate it with that command).
func TestFieldsDoc(t *testing.T) {
	root := repoRoot(t)
	t.Chdir(root)
	code, out, errOut := run("fields", "--markdown")
	if code != 0 {
		t.Fatalf("fields --markdown: exit %d: %s", code, errOut)
	}
	doc, err := os.ReadFile(filepath.Join(root, "docs", "fields.md"))
	if err != nil {
		t.Fatal(err)
	}
	if string(doc) != out {
		t.Errorf("docs/fields.md is out of date: run  go run ./cmd/gongwen fields --markdown > docs/fields.md")
	}
	for _, k := range docdata.Kinds() {
		if !strings.Contains(out, "## "+k.Label+"（"+k.Name+"）") {
			t.Errorf("docs/fields.md lacks %s", k.Label)
		}
	}
}

// TestFieldsCommand lists a kind by each of its names, with examples from
// the data, and refuses an unknown kind with the closest one.
func TestFieldsCommand(t *testing.T) {
	t.Chdir(repoRoot(t))
	for _, name := range []string{"通知", "notice", "tongzhi.docx"} {
		code, out, errOut := run("fields", name)
		if code != 0 || !strings.Contains(out, "{{.DocNo}}") || !strings.Contains(out, "发文字号") ||
			!strings.Contains(out, `例："鄂发〔2013〕4号"`) || !strings.Contains(out, "{{range .Body}}…{{end}}") {
			t.Errorf("fields %s: exit %d\n%s%s", name, code, out, errOut)
		}
	}
	code, out, _ := run("fields", "--json", "简报")
	if code != 0 || !strings.Contains(out, `"path": ".Briefing.Issue"`) {
		t.Errorf("fields --json 简报: exit %d\n%.500s", code, out)
	}
	if code, _, errOut := run("fields", "通之"); code != 2 || !strings.Contains(errOut, "您是不是要写“通知”") {
		t.Errorf("fields 通之: exit %d: %s", code, errOut)
	}
}

// TestRenderMisspeltField: rendering a kind's template with a misspelt
// field says what the data is in Chinese and which field was meant.
func TestRenderMisspeltField(t *testing.T) {
	root := repoRoot(t)
	src, err := templates.Read(docdata.Notice.Template)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	tpl := filepath.Join(dir, "mine.docx")
	if err := os.WriteFile(tpl, replaceInDocx(t, src, "{{.DocNo}}", "{{.DocNum}}"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errOut := run("render", "-d", filepath.Join(root, "data", "xuechuang.yaml"), "--doc", "tz-kaizhan",
		"-t", tpl, "-o", filepath.Join(dir, "out.docx"))
	want := "此处的数据是通知的数据，没有这个字段；您是不是要写 .DocNo？"
	if code != 1 || !strings.Contains(errOut, want) || strings.Contains(errOut, "View") {
		t.Errorf("exit %d, want 1 and %q:\n%s", code, want, errOut)
	}
}

// TestFieldsWorkbooks: the Excel workbooks made from a template have
// their fields listed in Chinese; those drawn from the data say they have
// no template.
func TestFieldsWorkbooks(t *testing.T) {
	t.Chdir(repoRoot(t))
	code, out, errOut := run("fields", "周工作清单")
	for _, want := range []string{"周工作清单（weekly，内置模板 zhouqingdan.xlsx）", "{{range .Rows}}…{{end}}", "工作任务", "日期"} {
		if !strings.Contains(out, want) {
			t.Errorf("fields 周工作清单: no %q (exit %d)\n%s%s", want, code, out, errOut)
		}
	}
	code, _, errOut = run("fields", "推进计划")
	if code != 2 || !strings.Contains(errOut, "按数据直接绘制，没有模板") {
		t.Errorf("fields 推进计划: exit %d\n%s", code, errOut)
	}
	code, out, _ = run("fields")
	if code != 0 || !strings.Contains(out, "责任分工表（division-table，内置模板 fengongbiao.xlsx）") {
		t.Errorf("fields: exit %d, no 责任分工表", code)
	}
}

// TestFieldTypesInChinese: every field of every kind (Word and Excel)
// names its type in Chinese in fields and inspect — 数字, not float64.
func TestFieldTypesInChinese(t *testing.T) {
	for _, k := range templateKinds() {
		// A list's items are named from the item (.Level); inspect names
		// them from the top (.Body[].Level).
		var walk func(list string, fs []docdata.Field)
		walk = func(list string, fs []docdata.Field) {
			for _, f := range fs {
				path := list + f.Path
				if f.Type == "" || !strings.ContainsFunc(f.Type, func(r rune) bool { return r > 0x2E80 }) {
					t.Errorf("%s %s: type %q", k.Label, path, f.Type)
				}
				if got := k.FieldType(path); got != f.Type {
					t.Errorf("%s %s: inspect says %q, fields %q", k.Label, path, got, f.Type)
				}
				if f.Type == "列表" {
					walk(path+"[]", f.Items)
				} else {
					walk(list, f.Items)
				}
			}
		}
		walk("", k.Fields(nil))
	}
	if got := wordKind(docdata.Notice).FieldType(".MarkPt"); got != "数字" {
		t.Errorf(".MarkPt is %q", got)
	}
}

// TestFieldsExamples: the examples are the kind's own, from the default
// data — a 通知 has a 版记 (有), three blank lines before its mark, title
// lines to write with paras — and there are none without data, where an
// empty view's 「0 项」 read as what the kind gives (QA).
func TestFieldsExamples(t *testing.T) {
	t.Chdir(repoRoot(t))
	code, out, errOut := run("fields", "通知")
	if code != 0 {
		t.Fatalf("fields 通知: exit %d: %s", code, errOut)
	}
	for _, want := range []string{"{{showif .Colophon}}", "例：有（1 项）", "{{paras .HeadGap}}", "例：3 个空行", "{{paras .TitleLines}}", `例："关于在全省开展" 等 3 项`} {
		if !strings.Contains(out, want) {
			t.Errorf("fields 通知: no %q\n%s", want, out)
		}
	}
	if strings.Contains(out, "例：0 项") || strings.Contains(out, "例： 等") {
		t.Errorf("fields 通知: an empty list as an example\n%s", out)
	}
	var walk func(fs []docdata.Field)
	walk = func(fs []docdata.Field) {
		for _, f := range fs {
			if f.Example != "" {
				t.Errorf("no data, yet %s has the example %q", f.Path, f.Example)
			}
			walk(f.Items)
		}
	}
	for _, k := range templateKinds() {
		if k.book == nil {
			walk(k.Fields(nil))
		}
	}
}
