package cli

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gongwen/templates"
)

// faulty writes the built-in notice template with its page number
// written between ASCII hyphens and its top margin at 25 mm.
func faulty(t *testing.T) string {
	t.Helper()
	data, err := templates.Read("tongzhi.docx")
	if err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range zr.File {
		rc, _ := f.Open()
		b, _ := io.ReadAll(rc)
		rc.Close()
		s := string(b)
		switch f.Name {
		case "word/footer1.xml":
			s = strings.ReplaceAll(s, "—", "-")
		case "word/document.xml":
			s = strings.Replace(s, `w:top="2098"`, `w:top="1417"`, 1)
		}
		w, _ := zw.Create(f.Name)
		w.Write([]byte(s))
	}
	zw.Close()
	path := filepath.Join(t.TempDir(), "bad.docx")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestRunLint(t *testing.T) {
	bad := faulty(t)
	var out, errOut bytes.Buffer
	ios := &IOStreams{Out: &out, ErrOut: &errOut}
	err := runLint(&lintOptions{IO: ios, Files: []string{bad}})
	var ee *exitError
	if !errorsAs(err, &ee) || ee.code != exitBadInput {
		t.Fatalf("want exit 1, got %v", err)
	}
	for _, want := range []string{"word/footer1.xml 第1段「- N -」", "U+2014", "上（天头）页边距应为 37 mm"} {
		if !strings.Contains(strings.ReplaceAll(out.String(), "- 1 -", "- N -"), want) && !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
	if !strings.Contains(errOut.String(), "2 个错误") {
		t.Errorf("summary: %s", errOut.String())
	}

	out.Reset()
	err = runLint(&lintOptions{IO: ios, Files: []string{bad}, JSON: true})
	if err == nil {
		t.Fatal("want an error exit with --json too")
	}
	var reports []lintReport
	if err := json.Unmarshal(out.Bytes(), &reports); err != nil {
		t.Fatalf("json: %v\n%s", err, out.String())
	}
	if len(reports) != 1 || reports[0].Errors != 2 {
		t.Errorf("reports: %+v", reports)
	}
}

func TestRunTemplatesExport(t *testing.T) {
	dir := t.TempDir()
	var out, errOut bytes.Buffer
	ios := &IOStreams{Out: &out, ErrOut: &errOut}
	if err := runTemplatesExport(&templatesOptions{IO: ios, Name: "通知", Dir: dir}); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(filepath.Join(dir, "tongzhi.docx"))
	want, _ := templates.Read("tongzhi.docx")
	if !bytes.Equal(got, want) {
		t.Error("exported file differs from the built-in one")
	}
	os.WriteFile(filepath.Join(dir, "tongzhi.docx"), []byte("mine"), 0o644)
	if err := runTemplatesExport(&templatesOptions{IO: ios, Name: "tongzhi", Dir: dir}); err == nil {
		t.Error("overwrote without --force")
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "tongzhi.docx")); string(b) != "mine" {
		t.Error("the user's file was touched")
	}
	if err := runTemplatesExport(&templatesOptions{IO: ios, Name: "tongzhi", Dir: dir, Force: true}); err != nil {
		t.Fatal(err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("temporary files left behind: %v", entries)
	}
}

func errorsAs(err error, target **exitError) bool {
	for err != nil {
		if e, ok := err.(*exitError); ok {
			*target = e
			return true
		}
		u, ok := err.(interface{ Unwrap() error })
		if !ok {
			return false
		}
		err = u.Unwrap()
	}
	return false
}

// TestLintFileNotWord checks what lint says of files it cannot check: each
// names what the file is instead, never "文件不存在" for a file that exists.
func TestLintFileNotWord(t *testing.T) {
	dir := t.TempDir()
	zipOf := func(names ...string) []byte {
		var buf bytes.Buffer
		zw := zip.NewWriter(&buf)
		for _, n := range names {
			w, _ := zw.Create(n)
			w.Write([]byte("<x/>"))
		}
		zw.Close()
		return buf.Bytes()
	}
	files := map[string][]byte{
		"book.xlsx":  zipOf("[Content_Types].xml", "xl/workbook.xml"),
		"deck.pptx":  zipOf("[Content_Types].xml", "ppt/presentation.xml"),
		"other.docx": zipOf("[Content_Types].xml", "a.xml"),
		"old.doc":    []byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1rest"),
		"text.docx":  []byte("plain text"),
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct{ name, want string }{
		{"book.xlsx", "是 Excel 工作簿，不是 Word 文档"},
		{"deck.pptx", "是 PowerPoint 演示文稿"},
		{"other.docx", "不是 Word 文档（包中没有 word/document.xml）"},
		{"old.doc", "Word 97-2003 文档（.doc）"},
		{"text.docx", "不是 Word 文档：不是有效的 zip 文件"},
		{"none.docx", "文件不存在"},
		{".", "是文件夹"},
	}
	for _, tt := range tests {
		_, _, err := lintFile(filepath.Join(dir, tt.name))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: %v, want %q", tt.name, err, tt.want)
		}
		if tt.name != "none.docx" && err != nil && strings.Contains(err.Error(), "不存在") {
			t.Errorf("%s: %v", tt.name, err)
		}
	}
}
