package cli

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"gongwen/internal/clients"
	"gongwen/internal/gbt9704"
)

// sectionPages are the page orientations of a built document's sections,
// in order, read from its w:pgSz elements.
func sectionPages(t *testing.T, path string) []string {
	t.Helper()
	doc := zipPart(t, path, "word/document.xml")
	var out []string
	for _, m := range regexp.MustCompile(`<w:pgSz\b[^>]*/>`).FindAllString(doc, -1) {
		if strings.Contains(m, `w:orient="landscape"`) {
			out = append(out, "横")
		} else {
			out = append(out, "纵")
		}
	}
	return out
}

// zipPart is one part of a package.
func zipPart(t *testing.T, path, name string) string {
	t.Helper()
	zr, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	for _, f := range zr.File {
		if f.Name == name {
			rc, err := f.Open()
			if err != nil {
				t.Fatal(err)
			}
			defer rc.Close()
			b, err := io.ReadAll(rc)
			if err != nil {
				t.Fatal(err)
			}
			return string(b)
		}
	}
	t.Fatalf("%s has no %s", path, name)
	return ""
}

// rewritePart writes a copy of the package src to dst with part name's
// text changed by edit.
func rewritePart(t *testing.T, src, dst, name string, edit func(string) string) {
	t.Helper()
	zr, err := zip.OpenReader(src)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		if f.Name == name {
			b = []byte(edit(string(b)))
		}
		w, err := zw.Create(f.Name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(b)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dst, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// A clerk exports the built-in 印发通知 template, opens it in LibreOffice
// and saves it (the runs come back split its own way), and builds a notice
// whose data asks for 横向 with it: the attachment's table still stands on
// landscape pages — in the document's sections and in LibreOffice's PDF —
// between the portrait body and 版记, and nothing is warned. (The build
// used to skip the page and width pass for any template of the user's own
// and printed the attachment on portrait pages without a word.) A template
// whose attachment the pass cannot find gets a warning naming the file and
// what could not be done.
func TestResavedTemplateKeepsLandscapeAttachment(t *testing.T) {
	if testing.Short() {
		t.Skip("LibreOffice conversions are slow")
	}
	clients.RequireLibreOffice(t)
	dir := t.TempDir()
	if code, out, errOut := run("templates", "export", "yinfa", filepath.Join(dir, "tpl")); code != 0 {
		t.Fatalf("templates export: exit %d\n%s%s", code, out, errOut)
	}
	resaved := clients.ResaveDocx(t, filepath.Join(dir, "re"), filepath.Join(dir, "tpl", "yinfa.docx"))[0]
	// The same template with the attachment's label taken out: the pass
	// cannot tell where the attachment starts.
	broken := filepath.Join(dir, "re", "nolabel.docx")
	rewritePart(t, resaved, broken, "word/document.xml", func(s string) string {
		if !strings.Contains(s, "{{.Label}}") {
			t.Fatalf("LibreOffice's copy has no {{.Label}} in one run")
		}
		return strings.Replace(s, "{{.Label}}", "附件", 1)
	})
	if err := os.WriteFile(filepath.Join(dir, "swj.yaml"), []byte(landscapeAttachment), 0o644); err != nil {
		t.Fatal(err)
	}
	build := func(tpl string) (docx, stderr string) {
		t.Helper()
		manifest := "data: swj.yaml\nout: out\ndate: 2024-01-22\noutputs:\n  - kind: issue-notice\n"
		name := "builtin"
		if tpl != "" {
			manifest += "    template: " + tpl + "\n"
			name = strings.TrimSuffix(filepath.Base(tpl), ".docx")
		}
		if err := os.WriteFile(filepath.Join(dir, "gongwen.yaml"), []byte(manifest), 0o644); err != nil {
			t.Fatal(err)
		}
		out := filepath.Join(dir, "out-"+name)
		code, stdout, errOut := run("build", "-f", filepath.Join(dir, "gongwen.yaml"), "--out", out)
		if code != 0 {
			t.Fatalf("build with %s: exit %d\n%s%s", tpl, code, stdout, errOut)
		}
		return filepath.Join(out, "宁川市商务局关于印发2024年工作要点任务分工的通知.docx"), errOut
	}

	// pages are the orientations of the document's sections and of its
	// PDF's pages as LibreOffice lays it out.
	pages := func(path string) (sections, sheets string) {
		t.Helper()
		pdf := clients.ToPDF(t, path)
		info, err := exec.Command("pdfinfo", "-f", "1", "-l", "99", pdf).Output()
		if err != nil {
			t.Fatal(err)
		}
		text, _ := clients.PDFText(t, pdf)
		texts := strings.Split(text, "\f")
		var sizes []string
		for i, m := range regexp.MustCompile(`Page +\d+ size: +([0-9.]+) x ([0-9.]+)`).FindAllStringSubmatch(string(info), -1) {
			w, _ := strconv.ParseFloat(m[1], 64)
			h, _ := strconv.ParseFloat(m[2], 64)
			if w > h {
				sizes = append(sizes, "横")
			} else {
				sizes = append(sizes, "纵")
			}
			if i < len(texts) && strings.Contains(clients.Squash(texts[i]), "工作任务责任科室完成时限") && w < h {
				t.Errorf("%s: page %d holds the table's header but is portrait", filepath.Base(filepath.Dir(path)), i+1)
			}
		}
		return strings.Join(sectionPages(t, path), ""), strings.Join(sizes, "")
	}

	path, errOut := build("re/yinfa.docx")
	if strings.Contains(errOut, "警告") {
		t.Errorf("the re-saved template warns:\n%s", errOut)
	}
	sections, sheets := pages(path)
	builtin, _ := build("")
	wantSections, wantSheets := pages(builtin)
	if !strings.Contains(wantSections, "横") || !regexp.MustCompile(`^纵横+纵+$`).MatchString(wantSheets) {
		t.Fatalf("the built-in template: sections %s, PDF pages %s; want the attachment landscape", wantSections, wantSheets)
	}
	if sections != wantSections || sheets != wantSheets {
		t.Errorf("re-saved template: sections %s, PDF pages %s; the built-in's: %s, %s", sections, sheets, wantSections, wantSheets)
	}

	// The landscape pages' numbers stand where the portrait pages' do on
	// the sheet as bound (GB/T 9704 §8), in the built-in's document, the
	// re-saved template's, and the built document re-saved by LibreOffice.
	again := clients.ResaveDocx(t, filepath.Join(dir, "again"), builtin)[0]
	for _, p := range []string{builtin, path, again} {
		checkTurnedPageNumbers(t, clients.ToPDF(t, p))
	}

	path, errOut = build("re/nolabel.docx")
	if !strings.Contains(errOut, "警告：模板 ") || !strings.Contains(errOut, "nolabel.docx") ||
		!strings.Contains(errOut, "{{.Label}}") || !strings.Contains(errOut, "附件仍排在纵向页上") {
		t.Errorf("no warning naming the template and what could not be done:\n%s", errOut)
	}
	if got := sectionPages(t, path); strings.Contains(strings.Join(got, ""), "横") {
		t.Errorf("sections %v turned though the build warned", got)
	}
}

// pdfWord is a word of pdftotext -bbox.
type pdfWord struct {
	x0, y0, x1, y1 float64
	text           string
}

var bboxPage = regexp.MustCompile(`(?s)<page width="([0-9.]+)" height="([0-9.]+)">(.*?)</page>`)
var bboxWord = regexp.MustCompile(`<word xMin="([0-9.]+)" yMin="([0-9.]+)" xMax="([0-9.]+)" yMax="([0-9.]+)">([^<]*)</word>`)

// checkTurnedPageNumbers reads where LibreOffice printed the page numbers
// of pdf: on a portrait page at the foot, odd pages right and even pages
// left of it; on a landscape page of the attachment at the left edge —
// the foot of the sheet turned to bind it — as far in from that edge as
// the portrait number is from the foot, along it where the portrait
// number is along the foot (odd pages toward the landscape page's foot,
// even pages toward its top), each character turned (taller than wide no
// more), and reading 「— N —」 from top to bottom with N the page's number.
func checkTurnedPageNumbers(t *testing.T, pdf string) {
	t.Helper()
	out, err := exec.Command("pdftotext", "-bbox", pdf, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	num := func(v string) float64 { f, _ := strconv.ParseFloat(v, 64); return f }
	type page struct {
		w, h  float64
		words []pdfWord
	}
	var pages []page
	for _, m := range bboxPage.FindAllStringSubmatch(string(out), -1) {
		pg := page{w: num(m[1]), h: num(m[2])}
		for _, w := range bboxWord.FindAllStringSubmatch(m[3], -1) {
			pg.words = append(pg.words, pdfWord{num(w[1]), num(w[2]), num(w[3]), num(w[4]), w[5]})
		}
		pages = append(pages, pg)
	}
	// The number: the dashes and what stands between them, near an edge.
	numberOf := func(pg page, n int) []pdfWord {
		var ws []pdfWord
		for _, w := range pg.words {
			if w.text == "—" || w.text == strconv.Itoa(n) {
				ws = append(ws, w)
			}
		}
		return ws
	}
	var foot [2]float64 // the portrait number's distance from the sheet's foot: nearest, farthest
	var along [2]float64
	turned := 0
	for i, pg := range pages {
		n := i + 1
		ws := numberOf(pg, n)
		if pg.w < pg.h {
			if n == 1 {
				var below []pdfWord // under the type area
				for _, w := range ws {
					if w.y0 > pg.h-float64(gbt9704.MarginBottom)/20 {
						below = append(below, w)
					}
				}
				ws = below
				if len(ws) != 3 {
					t.Fatalf("%s: page 1 has no number 「— 1 —」: %v", pdf, ws)
				}
				foot = [2]float64{pg.h - ws[0].y1, pg.h - ws[0].y0}
				along = [2]float64{ws[0].x0, ws[len(ws)-1].x1}
			}
			continue
		}
		turned++
		var edge []pdfWord
		for _, w := range ws {
			if w.x1 < float64(gbt9704.MarginBottom)/20 { // outside the turned type area
				edge = append(edge, w)
			}
		}
		if len(edge) != 3 || edge[0].text != "—" || edge[1].text != strconv.Itoa(n) || edge[2].text != "—" ||
			!(edge[0].y0 < edge[1].y0 && edge[1].y0 < edge[2].y0) {
			t.Errorf("%s: landscape page %d: no 「— %d —」 down its left edge: %v", pdf, n, n, ws)
			continue
		}
		digit := edge[1]
		if digit.x1-digit.x0 <= digit.y1-digit.y0 {
			t.Errorf("%s: landscape page %d: the number %q is not turned (%.1f wide, %.1f high)", pdf, n, digit.text, digit.x1-digit.x0, digit.y1-digit.y0)
		}
		if d := max(abs(edge[0].x0-foot[0]), abs(edge[0].x1-foot[1])); d > 3 {
			t.Errorf("%s: landscape page %d: the number %.1f–%.1f pt from the left edge, the portrait one %.1f–%.1f pt from the foot", pdf, n, edge[0].x0, edge[0].x1, foot[0], foot[1])
		}
		top, bottom := edge[0].y0, edge[2].y1
		if n%2 == 1 {
			// Odd: where page 1's is along its foot.
			if abs(top-along[0]) > 3 || abs(bottom-along[1]) > 3 {
				t.Errorf("%s: odd landscape page %d: the number at %.1f–%.1f pt from the top, page 1's at %.1f–%.1f pt from the left", pdf, n, top, bottom, along[0], along[1])
			}
		} else if want := float64(gbt9704.MarginLeft)/20 + (pg.h - float64(gbt9704.MarginRight)/20 - along[1]); abs(top-want) > 3 {
			// Even: mirrored in the type area, one character in from its start.
			t.Errorf("%s: even landscape page %d: the number starts %.1f pt from the top, want %.1f (mirroring page 1's)", pdf, n, top, want)
		}
	}
	if turned == 0 {
		t.Errorf("%s: no landscape page", pdf)
	}
}

func abs(f float64) float64 {
	if f < 0 {
		return -f
	}
	return f
}
