package gbt9704_test

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"gongwen/internal/clients"
	"gongwen/internal/docdata"
	"gongwen/internal/docx"
	"gongwen/internal/funcs"
	"gongwen/internal/gbt9704"
	"gongwen/internal/load"
	"gongwen/internal/model"
	"gongwen/internal/opc"
	"gongwen/templates"
)

// pageRendered renders a view with the kind's built-in template, prepared
// by PageRules when the view sets its 版记 on a page of its own, as gongwen
// build does.
func pageRendered(t *testing.T, k *docdata.Kind, v any) []byte {
	t.Helper()
	data, err := templates.Read(k.Template)
	if err != nil {
		t.Fatal(err)
	}
	if docdata.OwnColophonPage(v) {
		if data, err = docdata.PageRules(data); err != nil {
			t.Fatal(err)
		}
	}
	pkg, err := opc.Open(bytes.NewReader(data), int64(len(data)), opc.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	tpl, err := docx.Parse(k.Template, pkg, docx.Options{Funcs: funcs.Map(funcs.Options{Date: time.Date(2013, 12, 31, 0, 0, 0, 0, time.UTC)})})
	if err != nil {
		t.Fatalf("parse %s: %v", k.Template, err)
	}
	var buf bytes.Buffer
	if err := tpl.Execute(&buf, v, docx.ExecOptions{}); err != nil {
		t.Fatalf("render %s: %v", k.Template, err)
	}
	return buf.Bytes()
}

// pdfPage is what one page of a PDF shows: its page number ("" for none),
// whether it carries the 版记's 印发 line, and whether it is blank.
type pdfPage struct {
	number   string
	colophon bool
	blank    bool
}

var (
	rePageNumber = regexp.MustCompile(`—\s*(\d+)\s*—`)
	rePrinted    = regexp.MustCompile(`\d+\s*年\s*\d+\s*月\s*\d+\s*日\s*印发`)
)

func pdfPages(text string) []pdfPage {
	parts := strings.Split(text, "\f")
	if len(parts) > 0 && strings.TrimSpace(parts[len(parts)-1]) == "" {
		parts = parts[:len(parts)-1]
	}
	var out []pdfPage
	for _, p := range parts {
		pg := pdfPage{colophon: rePrinted.MatchString(p), blank: strings.TrimSpace(p) == ""}
		if m := rePageNumber.FindAllStringSubmatch(p, -1); len(m) > 0 {
			pg.number = m[len(m)-1][1]
		}
		out = append(out, pg)
	}
	return out
}

func (p pdfPage) String() string {
	s := "·"
	if p.number != "" {
		s = p.number
	}
	if p.colophon {
		s += "+版记"
	}
	if p.blank {
		s += "(空白)"
	}
	return s
}

// TestColophonPageInLibreOffice lays out notices whose bodies end on page
// 1, 2 and 3 and checks GB/T 9704 7.4 and 7.5.1 page by page: body pages
// numbered 1, 2, …; the 版记 alone on the last page, an even one, without a
// number; a blank page before it, when there is one, without a number. A
// notice without a 版记 keeps its numbers on every page.
func TestColophonPageInLibreOffice(t *testing.T) {
	if testing.Short() {
		t.Skip("LibreOffice conversions are slow")
	}
	clients.RequireLibreOffice(t)
	c, _, err := load.File(filepath.Join("..", "..", "data", "xuechuang.yaml"))
	if err != nil {
		t.Fatalf("load default data: %v", err)
	}
	date := time.Date(2013, 3, 1, 0, 0, 0, 0, time.UTC)
	// A notice of one organ, so its head is the usual height.
	var doc *model.Document
	for i := range c.Documents {
		d := &c.Documents[i]
		if d.Kind != model.Notice {
			continue
		}
		if v, err := docdata.ForNotice(c, d, date, docdata.Options{}); err == nil && len(v.Joint) == 0 && !v.Letter {
			doc = d
			break
		}
	}
	if doc == nil {
		t.Fatal("the default data has no notice of one organ")
	}
	// Each paragraph is three lines of 28 characters.
	filler := strings.Repeat("各地各部门要把主题实践活动作为一项重要政治任务，", 3) + "确保各项工作落到实处。"
	// The last paragraph keeps with the signature, as the views set it.
	body := func(n int) []docdata.Block {
		out := []docdata.Block{{Text: "现将有关事项通知如下。"}}
		for range n {
			out = append(out, docdata.Block{Text: filler})
		}
		out[len(out)-1] = out[len(out)-1].WithKeepNext()
		return out
	}
	tests := []struct {
		name      string
		paras     int
		colophon  bool
		bodyPages int // pages with body text
		pages     int // pages in all
	}{
		{"one page", 0, true, 1, 2},
		{"two pages", 7, true, 2, 4},
		{"three pages", 13, true, 3, 4},
		{"two pages without 版记", 7, false, 2, 2},
	}
	dir := t.TempDir()
	if d := os.Getenv("GW_PAGES_DIR"); d != "" {
		dir = d
	}
	var paths []string
	for _, tt := range tests {
		v, err := docdata.ForNotice(c, doc, date, docdata.Options{})
		if err != nil {
			t.Fatal(err)
		}
		v.Body, v.Appendices, v.Notes, v.Remark = body(tt.paras), nil, nil, ""
		if !tt.colophon {
			v.Colophon, v.ColophonPage, v.CC, v.Printer = nil, nil, nil, ""
		}
		p := filepath.Join(dir, strconv.Itoa(tt.paras)+strconv.FormatBool(tt.colophon)+".docx")
		data := pageRendered(t, docdata.Notice, v)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		pkg, err := opc.Open(bytes.NewReader(data), int64(len(data)), opc.DefaultLimits)
		if err != nil {
			t.Fatal(err)
		}
		fs, err := gbt9704.Lint(pkg)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range fs {
			if f.Rule == "colophon-page" || f.Rule == "page-number" {
				t.Errorf("%s: lint: %s", tt.name, f)
			}
		}
		paths = append(paths, p)
	}
	pdfs := clients.ToPDFs(t, paths...)
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, _ := clients.PDFText(t, pdfs[i])
			pages := pdfPages(text)
			t.Logf("%s: %v", tt.name, pages)
			if len(pages) != tt.pages {
				t.Fatalf("%d pages, want %d: %v", len(pages), tt.pages, pages)
			}
			raw := strings.Split(text, "\f")
			if fs := gbt9704.CheckPages(raw[:len(pages)]); len(fs) > 0 {
				t.Errorf("CheckPages: %v", fs)
			}
			for i, pg := range pages {
				switch {
				case i < tt.bodyPages:
					if pg.number != strconv.Itoa(i+1) || pg.colophon || pg.blank {
						t.Errorf("page %d of the body shows %v, want its number %d and no 版记", i+1, pg, i+1)
					}
				case i == len(pages)-1:
					if !pg.colophon || pg.number != "" {
						t.Errorf("last page shows %v, want the 版记 without a page number", pg)
					}
				default:
					if !pg.blank {
						t.Errorf("page %d before the 版记 shows %v, want it blank without a number", i+1, pg)
					}
				}
			}
			if tt.colophon && len(pages)%2 != 0 {
				t.Errorf("%d pages: the 版记 page must be even (封四)", len(pages))
			}
		})
	}
}

// TestPlaceColophonInLibreOffice grows a notice's body a paragraph of three
// lines at a time, from ending early on page 2 to ending on page 3, lets
// PlaceColophon decide each as gongwen build does, and lays each out in
// LibreOffice: whatever was decided, the 版记 is on the last page, an even
// one, after the body; when it was left under the body, there is no blank
// page and the document has as many pages as the estimate said. Both
// decisions occur.
func TestPlaceColophonInLibreOffice(t *testing.T) {
	if testing.Short() {
		t.Skip("LibreOffice conversions are slow")
	}
	clients.RequireLibreOffice(t)
	c, _, err := load.File(filepath.Join("..", "..", "data", "xuechuang.yaml"))
	if err != nil {
		t.Fatalf("load default data: %v", err)
	}
	date := time.Date(2013, 3, 1, 0, 0, 0, 0, time.UTC)
	var doc *model.Document
	for i := range c.Documents {
		d := &c.Documents[i]
		if d.Kind != model.Notice {
			continue
		}
		if v, err := docdata.ForNotice(c, d, date, docdata.Options{}); err == nil && len(v.Joint) == 0 && !v.Letter {
			doc = d
			break
		}
	}
	if doc == nil {
		t.Fatal("the default data has no notice of one organ")
	}
	filler := strings.Repeat("各地各部门要把主题实践活动作为一项重要政治任务，", 3) + "确保各项工作落到实处。"
	dir := t.TempDir()
	var paths []string
	var placed []gbt9704.Placement
	for n := 4; n <= 13; n++ {
		v, err := docdata.ForNotice(c, doc, date, docdata.Options{})
		if err != nil {
			t.Fatal(err)
		}
		body := []docdata.Block{{Text: "现将有关事项通知如下。"}}
		for range n {
			body = append(body, docdata.Block{Text: filler})
		}
		body[len(body)-1] = body[len(body)-1].WithKeepNext()
		v.Body, v.Appendices, v.Notes, v.Remark = body, nil, nil, ""
		data, pl, err := gbt9704.PlaceColophon(pageRendered(t, docdata.Notice, v))
		if err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(dir, strconv.Itoa(n)+".docx")
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
		placed = append(placed, pl)
	}
	under, own := 0, 0
	pdfs := clients.ToPDFs(t, paths...)
	for i, pl := range placed {
		text, _ := clients.PDFText(t, pdfs[i])
		pages := pdfPages(text)
		t.Logf("%d paragraphs: estimate page %d, %.1f lines, under=%v (%s): %v", i+4, pl.Page, float64(pl.Used)/gbt9704.LinePitch, pl.Under, pl.Why, pages)
		if len(pages)%2 != 0 {
			t.Errorf("%d paragraphs: %d pages, want an even count", i+4, len(pages))
		}
		for j, pg := range pages {
			if pg.colophon != (j == len(pages)-1) {
				t.Errorf("%d paragraphs: page %d shows %v; the 版记 belongs on the last page only", i+4, j+1, pg)
			}
		}
		if pl.Under {
			under++
			if len(pages) != pl.Page {
				t.Errorf("%d paragraphs: %d pages, the estimate said the body ends on page %d", i+4, len(pages), pl.Page)
			}
			for j, pg := range pages {
				if pg.blank || pg.number != strconv.Itoa(j+1) {
					t.Errorf("%d paragraphs: page %d shows %v, want its number and no blank page", i+4, j+1, pg)
				}
			}
		} else {
			own++
		}
	}
	if under == 0 || own == 0 {
		t.Errorf("%d documents with the 版记 under the body, %d with a page of its own: want both", under, own)
	}
}
