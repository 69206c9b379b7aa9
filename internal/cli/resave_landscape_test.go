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

	path, errOut = build("re/nolabel.docx")
	if !strings.Contains(errOut, "警告：模板 ") || !strings.Contains(errOut, "nolabel.docx") ||
		!strings.Contains(errOut, "{{.Label}}") || !strings.Contains(errOut, "附件仍排在纵向页上") {
		t.Errorf("no warning naming the template and what could not be done:\n%s", errOut)
	}
	if got := sectionPages(t, path); strings.Contains(strings.Join(got, ""), "横") {
		t.Errorf("sections %v turned though the build warned", got)
	}
}
