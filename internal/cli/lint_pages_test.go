package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gongwen/internal/build"
	"gongwen/internal/clients"
	"gongwen/internal/load"
	"gongwen/internal/opc"
)

// lint --pages lays a built notice out with LibreOffice and finds its 版记
// on its own even page without a number; the same notice with the 版记's
// section starting on the next page, not the next even one, puts the 版记
// on page 3: an error located on that page.
func TestLintPages(t *testing.T) {
	if testing.Short() {
		t.Skip("LibreOffice conversions are slow")
	}
	clients.RequireLibreOffice(t)
	root := repoRoot(t)
	m, err := build.ParseManifest(root, "default.yaml", build.DefaultManifest())
	if err != nil {
		t.Fatal(err)
	}
	c, _, err := load.File(m.Path(m.Data))
	if err != nil {
		t.Fatal(err)
	}
	mm := *m
	mm.Outputs = []build.Entry{{Kind: "notice"}}
	jobs, err := build.Plan(context.Background(), &mm, c, m.Date)
	if err != nil {
		t.Fatal(err)
	}
	var good []byte
	for _, j := range jobs {
		if strings.Contains(j.Title, "成立") && j.Ext == ".docx" {
			var buf bytes.Buffer
			if err := j.Render(context.Background(), &buf); err != nil {
				t.Fatal(err)
			}
			good = buf.Bytes()
		}
	}
	if good == nil {
		t.Fatal("the default data has no notice 关于成立…")
	}
	pkg, err := opc.Open(bytes.NewReader(good), int64(len(good)), opc.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	doc, _ := pkg.Read("word/document.xml")
	if !bytes.Contains(doc, []byte(`<w:type w:val="evenPage"/>`)) {
		t.Fatal("the built notice has no section starting on an even page")
	}
	var bad bytes.Buffer
	if err := pkg.Write(&bad, map[string][]byte{"word/document.xml": bytes.Replace(doc,
		[]byte(`<w:type w:val="evenPage"/>`), []byte(`<w:type w:val="nextPage"/>`), 1)}); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	goodPath, badPath := filepath.Join(dir, "good.docx"), filepath.Join(dir, "bad.docx")
	os.WriteFile(goodPath, good, 0o644)
	os.WriteFile(badPath, bad.Bytes(), 0o644)

	var out, errOut bytes.Buffer
	err = runLint(&lintOptions{IO: &IOStreams{Out: &out, ErrOut: &errOut}, Files: []string{goodPath, badPath}, JSON: true, Pages: true})
	if err == nil {
		t.Error("lint --pages of a 版记 on page 3: exit 0")
	}
	var reports []lintReport
	if err := json.Unmarshal(out.Bytes(), &reports); err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	if len(reports) != 2 {
		t.Fatalf("%d reports", len(reports))
	}
	for _, f := range reports[0].Findings {
		if f.Rule == "colophon-page" || f.Rule == "page-number" {
			t.Errorf("built notice: %s", f)
		}
	}
	var pages, static bool
	for _, f := range reports[1].Findings {
		if f.Rule == "colophon-page" && f.Part == "排版结果" && f.Where == "第3页" && strings.Contains(f.Msg, "单页") {
			pages = true
		}
		if f.Rule == "colophon-page" && f.Part == "word/document.xml" && strings.Contains(f.Msg, "偶数页") {
			static = true
		}
	}
	if !pages || !static {
		t.Errorf("版记 on page 3: laid-out finding %v, section finding %v; got %v", pages, static, reports[1].Findings)
	}
}
