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
	"gongwen/internal/gbt9704"
	"gongwen/internal/load"
	"gongwen/internal/opc"
)

// lint --pages lays a built notice out with LibreOffice and finds its 版记
// on its own even page without a number (the body ends on page 5, so the
// 版记 keeps a page of its own); the same notice with the 版记's section
// starting on the next odd page, not the next even one, puts the 版记 on
// page 7: an error located on that page.
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
		if strings.Contains(j.Title, "在全省开展") && j.Ext == ".docx" {
			var buf bytes.Buffer
			if err := j.Render(context.Background(), &buf); err != nil {
				t.Fatal(err)
			}
			good = buf.Bytes()
		}
	}
	if good == nil {
		t.Fatal("the default data has no notice 关于在全省开展…")
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
		[]byte(`<w:type w:val="evenPage"/>`), []byte(`<w:type w:val="oddPage"/>`), 1)}); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	goodPath, badPath := filepath.Join(dir, "good.docx"), filepath.Join(dir, "bad.docx")
	os.WriteFile(goodPath, good, 0o644)
	os.WriteFile(badPath, bad.Bytes(), 0o644)

	var out, errOut bytes.Buffer
	err = runLint(&lintOptions{IO: &IOStreams{Out: &out, ErrOut: &errOut}, Files: []string{goodPath, badPath}, JSON: true, Pages: true})
	if err == nil {
		t.Error("lint --pages of a 版记 on page 7: exit 0")
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
		if f.Rule == "colophon-page" && f.Part == "排版结果" && f.Where == "第7页" && strings.Contains(f.Msg, "单页") {
			pages = true
		}
		if f.Rule == "colophon-page" && f.Part == "word/document.xml" && strings.Contains(f.Msg, "偶数页") {
			static = true
		}
	}
	if !pages || !static {
		t.Errorf("版记 on page 7: laid-out finding %v, section finding %v; got %v", pages, static, reports[1].Findings)
	}
}

// The default 印发通知 is one sentence under a five-line title: built, its
// page 1 is set tighter and holds the signature and the date; rendered
// from the same template with an action of the user's added, as a user's
// own (which build does not tighten),
// the closing stands alone on page 2 and lint --pages reports it.
func TestLintPagesClosing(t *testing.T) {
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
	render := func(template string) []byte {
		mm := *m
		mm.Outputs = []build.Entry{{Kind: "issue-notice", Template: template}}
		jobs, err := build.Plan(context.Background(), &mm, c, m.Date)
		if err != nil {
			t.Fatal(err)
		}
		for _, j := range jobs {
			if j.Ext == ".docx" {
				var buf bytes.Buffer
				if err := j.Render(context.Background(), &buf); err != nil {
					t.Fatal(err)
				}
				return buf.Bytes()
			}
		}
		t.Fatal("the default data has no 印发通知")
		return nil
	}
	dir := t.TempDir()
	goodPath, badPath := filepath.Join(dir, "good.docx"), filepath.Join(dir, "bad.docx")
	os.WriteFile(goodPath, render(""), 0o644)
	// A user's own template: the built-in with an action of the user's
	// (build tightens a mere copy of a built-in, laid out as it is).
	own := filepath.Join(dir, "own.docx")
	tpl, err := os.ReadFile(filepath.Join(root, "templates", "yinfa.docx"))
	if err != nil {
		t.Fatal(err)
	}
	pkg, err := opc.Open(bytes.NewReader(tpl), int64(len(tpl)), opc.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := pkg.Read("word/document.xml")
	if err != nil {
		t.Fatal(err)
	}
	var edited bytes.Buffer
	if err := pkg.Write(&edited, map[string][]byte{"word/document.xml": bytes.Replace(doc,
		[]byte("{{showif .Remark}}"), []byte("{{showif .Remark}}{{/* 本单位 */}}"), 1)}); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(own, edited.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(badPath, render(own), 0o644)

	laid, err := layOut([]string{goodPath, badPath})
	if err != nil {
		t.Fatal(err)
	}
	page1 := clients.Squash(laid[goodPath][0])
	for _, want := range []string{"印发给你们", "省委“学创”活动领导小组", "2013年3月26日", "—1—"} {
		if !strings.Contains(page1, want) {
			t.Errorf("page 1 of the built 印发通知 lacks %q:\n%s", want, laid[goodPath][0])
		}
	}
	if strings.Contains(page1, "附件") {
		t.Errorf("the built 印发通知 has an 附件说明 (what it issues is not its attachment):\n%s", laid[goodPath][0])
	}

	var out, errOut bytes.Buffer
	err = runLint(&lintOptions{IO: &IOStreams{Out: &out, ErrOut: &errOut}, Files: []string{goodPath, badPath}, JSON: true, Pages: true})
	if err == nil {
		t.Error("lint --pages of a lone closing on page 2: exit 0")
	}
	var reports []lintReport
	if err := json.Unmarshal(out.Bytes(), &reports); err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	if len(reports) != 2 {
		t.Fatalf("%d reports", len(reports))
	}
	for _, f := range reports[0].Findings {
		if f.Severity == gbt9704.Error || f.Rule == "closing-page" {
			t.Errorf("built 印发通知: %s", f)
		}
	}
	var lone bool
	for _, f := range reports[1].Findings {
		if f.Rule == "closing-page" && f.Where == "第2页" && strings.Contains(f.Msg, "只有署名和成文日期") {
			lone = true
		}
	}
	if !lone {
		t.Errorf("untightened 印发通知: no closing-page finding on 第2页; got %v", reports[1].Findings)
	}
}
