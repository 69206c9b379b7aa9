package data_test

import (
	"context"
	"fmt"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"gongwen/internal/build"
	"gongwen/internal/clients"
	"gongwen/internal/load"
)

// TestColophonPagesInLibreOffice builds the default data and every example
// and lays each document with a 版记 out in LibreOffice (blank pages kept,
// as printed): GB/T 9704 wants the 版记 on the last page, an even one, and
// gongwen leaves it under the body when the body ends on an even page with
// room for it, else on a page of its own. For each document: the page
// count is even; the 版记's 印发 line is on the last page only, after all
// body text; no page is blank but the one before a 版记 page without body
// text; every paragraph of body text is in the PDF. A 督办通知 of a page
// and a half prints on 2 pages, not 4.
func TestColophonPagesInLibreOffice(t *testing.T) {
	clients.RequireLibreOffice(t)
	manifests, err := filepath.Glob("examples/*/gongwen.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var docs []colophonDoc
	for _, manifest := range append([]string{"../gongwen.yaml"}, manifests...) {
		docs = append(docs, buildColophonDocs(t, manifest)...)
	}
	if len(docs) < 20 {
		t.Fatalf("%d documents with a 版记, want the 20 or more of the default data and the examples", len(docs))
	}
	paths := make([]string, len(docs))
	for i, d := range docs {
		paths[i] = d.path
	}
	pdfs := clients.ToPDFs(t, paths...)
	duban := 0
	for i, d := range docs {
		text, _ := clients.PDFText(t, pdfs[i])
		pages := strings.Split(strings.TrimSuffix(text, "\f"), "\f")
		name := d.set + "/" + filepath.Base(d.path)
		t.Logf("%s: %d 页", name, len(pages))
		for _, f := range colophonPageFaults(pages, d.colophon, d.paras) {
			t.Errorf("%s: %s", name, f)
		}
		if d.kind == "督办通知" {
			duban++
			if len(pages) != 2 {
				t.Errorf("%s: %d pages, want 2 (body on pages 1–2, the 版记 at the foot of page 2)", name, len(pages))
			}
		}
	}
	if duban < 13 {
		t.Errorf("%d 督办通知 checked, want the 4 + 5 + 4 of the default data, quzhengfu and yaodian", duban)
	}
}

type colophonDoc struct {
	set, kind, path string
	colophon        string   // the 版记's 印发 line, squashed
	paras           []string // body paragraphs outside tables, squashed
}

// buildColophonDocs builds a manifest's outputs into a temporary folder and
// returns its Word documents with a 版记 ending in 印发.
func buildColophonDocs(t *testing.T, manifest string) []colophonDoc {
	t.Helper()
	m, err := build.ReadManifest(manifest, true)
	if err != nil {
		t.Fatal(err)
	}
	c, _, err := load.File(filepath.Join(filepath.Dir(manifest), m.Data))
	if err != nil {
		t.Fatal(err)
	}
	jobs, err := build.Plan(context.Background(), m, c, m.Date)
	if err != nil {
		t.Fatal(err)
	}
	rep, err := build.Run(context.Background(), jobs, build.Options{Out: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	set := filepath.Base(filepath.Dir(manifest))
	if set == ".." {
		set = "默认数据"
	}
	var out []colophonDoc
	for _, r := range rep.Results {
		if filepath.Ext(r.Path) != ".docx" {
			continue
		}
		doc := clients.ReadDocx(t, r.Path)
		d := colophonDoc{set: set, kind: r.Kind, path: r.Path}
		// The 版记 is the last table; its last row is the 印发 line.
		if n := len(doc.Tables); n > 0 && len(doc.Tables[n-1]) > 0 {
			rows := doc.Tables[n-1]
			if row := rows[len(rows)-1]; len(row) > 0 {
				if s := clients.Squash(row[0]); strings.HasSuffix(s, "印发") {
					d.colophon = s
				}
			}
		}
		for _, p := range doc.Paragraphs {
			if s := clients.Squash(p); s != "" {
				d.paras = append(d.paras, s)
			}
		}
		if d.colophon != "" {
			out = append(out, d)
		}
	}
	return out
}

var pageNumber = regexp.MustCompile(`^—\d+—$`)

// colophonPageFaults checks the pages of a document (pdftotext -layout,
// split at form feeds) against the 版记 page rules; colophon is the 印发
// line and paras the body's paragraphs, all squashed.
func colophonPageFaults(pages []string, colophon string, paras []string) []string {
	var faults []string
	n := len(pages)
	if n%2 != 0 {
		faults = append(faults, fmt.Sprintf("%d 页，不是双数", n))
	}
	squashed := make([]string, n)
	for i, p := range pages {
		squashed[i] = clients.Squash(p)
	}
	for i := 0; i < n-1; i++ {
		if strings.Contains(squashed[i], colophon) {
			faults = append(faults, fmt.Sprintf("版记在第 %d 页，不在最后一页", i+1))
		}
	}
	last := squashed[n-1]
	at := strings.Index(last, colophon)
	if at < 0 {
		faults = append(faults, "最后一页没有版记")
		return faults
	}
	if rest := last[at+len(colophon):]; rest != "" && !pageNumber.MatchString(rest) {
		faults = append(faults, fmt.Sprintf("版记之后还有文字 %q", rest))
	}
	// The 版记 alone on its page: the page before it may be blank (the
	// blank 封三 before a 封四).
	lone := bodyless(pages[n-1])
	for i := 0; i < n-1; i++ {
		if squashed[i] != "" {
			continue
		}
		if i == n-2 && lone {
			continue
		}
		faults = append(faults, fmt.Sprintf("第 %d 页是空白页", i+1))
	}
	// A paragraph that runs on to the next page has the page number in
	// between.
	var body strings.Builder
	for _, p := range pages {
		for _, l := range strings.Split(p, "\n") {
			if l := clients.Squash(l); !pageNumber.MatchString(l) {
				body.WriteString(l)
			}
		}
	}
	all := body.String()
	for _, p := range paras {
		if !strings.Contains(all, p) {
			faults = append(faults, fmt.Sprintf("正文 %q 不在 PDF 中", p))
		}
	}
	return faults
}

// bodyless reports whether the 版记's page has no page number: it has no
// body text (GB/T 9704 7.5.1).
func bodyless(page string) bool {
	for _, l := range strings.Split(page, "\n") {
		if pageNumber.MatchString(clients.Squash(l)) {
			return false
		}
	}
	return true
}
