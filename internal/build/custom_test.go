package build_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"gongwen/internal/build"
	"gongwen/internal/load"
	"gongwen/internal/opc"
	"gongwen/internal/xlsx"
	"gongwen/templates"
)

// TestCustomTemplates: a manifest entry may point at an office's own copy
// of a built-in template, Word or Excel; the copy is used with the same data.
func TestCustomTemplates(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"jianbao.docx", "fengongbiao.xlsx"} {
		b, err := templates.Read(name)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "my-"+name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	src := "outputs:\n  - kind: briefing\n    template: my-jianbao.docx\n  - kind: division-table\n    template: my-fengongbiao.xlsx\n  - kind: matrix\n"
	m, err := build.ParseManifest(dir, "m.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	c, _, err := load.File("../../data/xuechuang.yaml")
	if err != nil {
		t.Fatal(err)
	}
	jobs, err := build.Plan(context.Background(), m, c, m.Date)
	if err != nil {
		t.Fatal(err)
	}
	for _, j := range jobs {
		var buf bytes.Buffer
		if err := j.Render(context.Background(), &buf); err != nil {
			t.Errorf("%s: %v", j.Title, err)
		}
	}

	// A workbook drawn by code has no template to replace: said, not ignored.
	m, _ = build.ParseManifest(dir, "m.yaml", []byte("outputs:\n  - kind: matrix\n    template: x.xlsx\n"))
	if _, err := build.Plan(context.Background(), m, c, m.Date); err == nil || !strings.Contains(err.Error(), "没有可替换的模板") {
		t.Errorf("matrix with a template: err = %v", err)
	}
	// A missing custom template is named.
	m, _ = build.ParseManifest(dir, "m.yaml", []byte("outputs:\n  - kind: notice\n    template: nothere.docx\n"))
	if _, err := build.Plan(context.Background(), m, c, m.Date); err == nil || !strings.Contains(err.Error(), "nothere.docx") {
		t.Errorf("missing template: err = %v", err)
	}
	// Templates compile in the background while later entries are planned:
	// the problem reported is still the first in the manifest's order.
	for _, tc := range []struct{ src, want, not string }{
		{"outputs:\n  - kind: notice\n    template: nothere.docx\n  - kind: matrix\n    template: x.xlsx\n", "nothere.docx", "没有可替换的模板"},
		{"outputs:\n  - kind: matrix\n    template: x.xlsx\n  - kind: notice\n    template: nothere.docx\n", "没有可替换的模板", "nothere.docx"},
	} {
		m, err := build.ParseManifest(dir, "m.yaml", []byte(tc.src))
		if err != nil {
			t.Fatal(err)
		}
		_, err = build.Plan(context.Background(), m, c, m.Date)
		if err == nil || !strings.Contains(err.Error(), tc.want) || strings.Contains(err.Error(), tc.not) {
			t.Errorf("%q: err = %v, want the problem of %s first", tc.src, err, tc.want)
		}
	}
}

// TestDocument renders every document of the default data by its id, as
// gongwen render --doc does, and names a mistyped id's nearest match.
func TestDocument(t *testing.T) {
	m := &build.Manifest{Dir: ".", Name: "render"}
	c, _, err := load.File("../../data/xuechuang.yaml")
	if err != nil {
		t.Fatal(err)
	}
	date := time.Date(2013, 7, 15, 0, 0, 0, 0, time.UTC)
	for _, d := range c.Documents {
		j, err := build.Document(m, c, date, d.ID, "")
		if err != nil {
			t.Errorf("%s: %v", d.ID, err)
			continue
		}
		var buf bytes.Buffer
		if err := j.Render(context.Background(), &buf); err != nil {
			t.Errorf("%s: %v", d.ID, err)
		}
		if j.Ext != ".docx" || buf.Len() == 0 {
			t.Errorf("%s: %s, %d bytes", d.ID, j.Ext, buf.Len())
		}
	}
	if _, err := build.Document(m, c, date, "tz-kaizhn", ""); err == nil || !strings.Contains(err.Error(), "您是不是要写“tz-kaizhan”") {
		t.Errorf("mistyped id: %v", err)
	}
}

// A cancelled build stops inside the runaway loop of an office's own
// workbook template: the context reaches the engine.
func TestCustomWorkbookCancelled(t *testing.T) {
	dir := t.TempDir()
	f := excelize.NewFile()
	f.SetCellValue("Sheet1", "A1", "{{$n := 0}}{{range 2000000000}}{{$n = 1}}{{end}}{{.Title}}")
	if err := f.SaveAs(filepath.Join(dir, "loop.xlsx")); err != nil {
		t.Fatal(err)
	}
	m, err := build.ParseManifest(dir, "m.yaml", []byte("outputs:\n  - kind: weekly\n    template: loop.xlsx\n"))
	if err != nil {
		t.Fatal(err)
	}
	c, _, err := load.File("../../data/xuechuang.yaml")
	if err != nil {
		t.Fatal(err)
	}
	jobs, err := build.Plan(context.Background(), m, c, m.Date)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	go func() { time.Sleep(200 * time.Millisecond); cancel() }()
	_, err = build.Run(ctx, jobs, build.Options{Out: t.TempDir()})
	// 已取消: stopped by the cancelled context, not by the engine's own
	// one-minute limit (which says 超过时限).
	if !errors.Is(err, xlsx.ErrTimeout) || !strings.Contains(err.Error(), "已取消") {
		t.Fatalf("err = %v, want the render stopped by the cancellation (xlsx.ErrTimeout, 已取消)", err)
	}
}

// TestTemplateProblemsOnce: a mistake in an office's own 督办 template —
// one in the task table, one in the footer — stops every 督办通知 built
// from it; each mistake is told once, at the place Word shows (the table's
// row and column, the footer), with the documents it stops.
func TestTemplateProblemsOnce(t *testing.T) {
	src, err := templates.Read("duban.docx")
	if err != nil {
		t.Fatal(err)
	}
	edited := rezipped(t, src, map[string]func(string) string{
		"word/document.xml": func(s string) string { return strings.Replace(s, "{{.Task}}", "{{.Taks}}", 1) },
		"word/footer1.xml":  func(s string) string { return strings.Replace(s, "> —</w:t>", "> —{{.Nope}}</w:t>", 1) },
	})
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "my-duban.docx"), edited, 0o644); err != nil {
		t.Fatal(err)
	}
	m, err := build.ParseManifest(dir, "m.yaml", []byte("outputs:\n  - kind: supervision\n    template: my-duban.docx\n"))
	if err != nil {
		t.Fatal(err)
	}
	c, _, err := load.File("../../data/xuechuang.yaml")
	if err != nil {
		t.Fatal(err)
	}
	jobs, err := build.Plan(context.Background(), m, c, time.Date(2013, 7, 15, 0, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	if len(jobs) < 2 {
		t.Fatalf("%d jobs; the test needs several 督办通知", len(jobs))
	}
	_, err = build.Run(context.Background(), jobs, build.Options{Out: filepath.Join(dir, "out")})
	if err == nil {
		t.Fatal("no error")
	}
	msg := err.Error()
	for _, want := range []string{"第 2 个表格第 2 行第 2 列「{{.Taks}}」", "页脚「— 1 —{{.Nope}}」"} {
		if n := strings.Count(msg, want); n != 1 {
			t.Errorf("%q is told %d times:\n%s", want, n, msg)
		}
	}
	if !strings.Contains(msg, "个文件（督办通知《") || strings.Contains(msg, " 第 ") && strings.Contains(msg, " 段") {
		t.Errorf("the documents are not listed, or a paragraph is numbered:\n%s", msg)
	}
	// The table row's data is named by the list that holds it, as the
	// template and `gongwen fields` show it, not by a Go type.
	if !strings.Contains(msg, "此处的数据是“.") || !strings.Contains(msg, "中的一项") || strings.Contains(msg, " 类型") {
		t.Errorf("the row's data is not named by its list:\n%s", msg)
	}
}

// rezipped is the package src with some parts' text changed.
func rezipped(t *testing.T, src []byte, edit map[string]func(string) string) []byte {
	t.Helper()
	pkg, err := opc.Open(bytes.NewReader(src), int64(len(src)), opc.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	parts := map[string][]byte{}
	for name, f := range edit {
		b, err := pkg.Read(name)
		if err != nil {
			t.Fatal(err)
		}
		changed := f(string(b))
		if changed == string(b) {
			t.Fatalf("%s: the edit changed nothing", name)
		}
		parts[name] = []byte(changed)
	}
	var out bytes.Buffer
	if err := pkg.Write(&out, parts); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}
