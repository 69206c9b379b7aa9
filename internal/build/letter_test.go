package build_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"gongwen/internal/build"
	"gongwen/internal/clients"
	"gongwen/internal/load"
	"gongwen/internal/model"
	"gongwen/internal/opc"
)

// An office that sends its notices as letters (profile.letters) gets them
// in the 信函格式 with the lower red double rule on page 1 and no page
// number there (GB/T 9704 10.1), and without the 文件 format's 版记 page.
func TestLetterFirstPage(t *testing.T) {
	m, err := build.ParseManifest("../..", "default.yaml", build.DefaultManifest())
	if err != nil {
		t.Fatal(err)
	}
	c, _, err := load.File(m.Path(m.Data))
	if err != nil {
		t.Fatal(err)
	}
	c.Profile.Letters = []model.DocumentKind{model.Notice}
	mm := *m
	mm.Outputs = []build.Entry{{Kind: "notice"}}
	jobs, err := build.Plan(context.Background(), &mm, c, m.Date)
	if err != nil {
		t.Fatal(err)
	}
	var data []byte
	for _, j := range jobs {
		if strings.Contains(j.Title, "成立") {
			var buf bytes.Buffer
			if err := j.Render(context.Background(), &buf); err != nil {
				t.Fatal(err)
			}
			data = buf.Bytes()
		}
	}
	if data == nil {
		t.Fatal("no notice 关于成立…")
	}
	pkg, err := opc.Open(bytes.NewReader(data), int64(len(data)), opc.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	doc, _ := pkg.Read("word/document.xml")
	if !bytes.Contains(doc, []byte("<w:titlePg/>")) || bytes.Contains(doc, []byte("evenPage")) {
		t.Error("letter: want a first page of its own and no 版记 section on an even page")
	}
	found := false
	for _, name := range pkg.Names() {
		b, _ := pkg.Read(name)
		found = found || strings.HasPrefix(name, "word/footer") && bytes.Contains(b, []byte(`w:framePr`))
	}
	if !found {
		t.Error("letter: no lower red double rule")
	}
	if testing.Short() {
		return
	}
	path := filepath.Join(t.TempDir(), "letter.docx")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	text, pages := clients.PDFText(t, clients.ToPDF(t, path))
	first := strings.Split(text, "\f")[0]
	if regexp.MustCompile(`—\s*\d+\s*—`).MatchString(first) {
		t.Errorf("letter: page 1 shows a page number:\n%s", first)
	}
	if pages > 1 && !regexp.MustCompile(`—\s*2\s*—`).MatchString(strings.Split(text, "\f")[1]) {
		t.Errorf("letter: page 2 lacks its number")
	}
}
