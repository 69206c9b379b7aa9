package resave

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"testing"

	"gongwen/internal/build"
	"gongwen/internal/clients"
	"gongwen/internal/docdata"
	"gongwen/internal/load"
)

// readerScript prints, for each .docx named, what python-docx reads: the
// body's paragraphs and every table's cells, row by row.
const readerScript = `
import sys, json, docx
out = {}
for p in sys.argv[1:]:
    d = docx.Document(p)
    out[p] = {"paragraphs": [x.text for x in d.paragraphs],
              "tables": [[[c.text for c in r.cells] for r in t.rows] for t in d.tables]}
json.dump(out, sys.stdout, ensure_ascii=False)
`

// read is a document as python-docx reads it.
type read struct {
	Paragraphs []string     `json:"paragraphs"`
	Tables     [][][]string `json:"tables"`
}

// built is one Word document of a build.
type built struct {
	kind, title string
	path        string // the .docx written
	pdf         string
}

// TestResavedTemplatesBuildAlike exports every built-in Word template,
// re-saves it with LibreOffice (open, save as Word 2007 XML — as a clerk who
// edits it there does), and builds the example data sets with the
// re-saved copies named in the manifest (template: …) and with the
// built-ins: every document must read the same to python-docx (paragraphs,
// table cells) and to LibreOffice (page count, each page's size — a
// landscape attachment stays landscape). The data sets are the default
// campaign and yaodian, whose 印发通知 and 任务分工 ask for 横向. The
// built-ins are whatever templates embeds; each entry of a manifest is
// built with the re-saved copy of its kind's template, so no list of kinds
// is kept here.
func TestResavedTemplatesBuildAlike(t *testing.T) {
	if testing.Short() {
		t.Skip("LibreOffice re-saves and converts some 100 documents")
	}
	clients.RequireLibreOffice(t)
	clients.RequirePython(t, "docx")
	dir := t.TempDir()
	exported := clients.ExportBuiltinWord(t, filepath.Join(dir, "exported"))
	if len(exported) < 10 {
		t.Fatalf("%d built-in Word templates", len(exported))
	}
	resaved := map[string]string{} // built-in name → its re-saved copy
	for i, p := range clients.ResaveDocx(t, filepath.Join(dir, "re"), exported...) {
		resaved[filepath.Base(exported[i])] = p
	}

	root := filepath.Join("..", "..", "..")
	sets := []string{filepath.Join(root, "gongwen.yaml"), filepath.Join(root, "data", "examples", "yaodian", "gongwen.yaml")}
	var orig, re []built
	used := map[string]bool{}
	for si, mpath := range sets {
		m, err := build.ReadManifest(mpath, true)
		if err != nil {
			t.Fatal(err)
		}
		// Both builds read the data afresh: a plan assigns 发文字号.
		buildWith := func(tag string, custom bool) []built {
			c, _, err := load.File(m.Path(m.Data))
			if err != nil {
				t.Fatal(err)
			}
			mm := *m
			mm.Outputs = slices.Clone(m.Outputs)
			for i, e := range mm.Outputs {
				k, ok := docdata.Lookup(e.Kind)
				if !custom || !ok || e.Template != "" {
					continue
				}
				if p, ok := resaved[k.Template]; ok {
					mm.Outputs[i].Template, _ = filepath.Abs(p)
					used[k.Template] = true
				}
			}
			jobs, err := build.Plan(context.Background(), &mm, c, m.Date)
			if err != nil {
				t.Fatalf("%s, %s: %v", mpath, tag, err)
			}
			var out []built
			for i, j := range jobs {
				if j.Ext != ".docx" {
					continue
				}
				var buf bytes.Buffer
				if err := j.Render(context.Background(), &buf); err != nil {
					t.Fatalf("%s, %s: 《%s》: %v", mpath, tag, j.Title, err)
				}
				// Short, distinct names: one soffice run converts them all.
				p := filepath.Join(dir, "out", fmt.Sprintf("%s-%d-%03d.docx", tag, si, i))
				if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(p, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				out = append(out, built{kind: j.Kind, title: j.Title, path: p})
			}
			return out
		}
		o, r := buildWith("o", false), buildWith("r", true)
		if len(o) != len(r) {
			t.Fatalf("%s: %d documents from the built-ins, %d from the re-saved copies", mpath, len(o), len(r))
		}
		orig, re = append(orig, o...), append(re, r...)
	}
	for name := range resaved {
		if !used[name] {
			t.Errorf("%s: no entry of the example manifests builds with it", name)
		}
	}

	var paths []string
	for _, d := range slices.Concat(orig, re) {
		paths = append(paths, d.path)
	}
	pdfs := clients.ToPDFs(t, paths...)
	for i := range orig {
		orig[i].pdf = pdfs[i]
		re[i].pdf = pdfs[len(orig)+i]
	}
	var texts map[string]read
	if err := json.Unmarshal(clients.RunPython(t, "docx", readerScript, paths...), &texts); err != nil {
		t.Fatal(err)
	}

	for i, o := range orig {
		r := re[i]
		what := fmt.Sprintf("%s《%s》", o.kind, o.title)
		if r.title != o.title {
			t.Errorf("%s: the re-saved templates' build has 《%s》 in its place", what, r.title)
			continue
		}
		ot, rt := texts[o.path], texts[r.path]
		if d := firstDiff(ot.Paragraphs, rt.Paragraphs); d != "" {
			t.Errorf("%s: paragraphs differ: %s", what, d)
		}
		if len(ot.Tables) != len(rt.Tables) {
			t.Errorf("%s: %d tables, re-saved %d", what, len(ot.Tables), len(rt.Tables))
		} else {
			for k := range ot.Tables {
				if d := firstDiff(cells(ot.Tables[k]), cells(rt.Tables[k])); d != "" {
					t.Errorf("%s: table %d differs: %s", what, k+1, d)
				}
			}
		}
		op, rp := pageSizes(t, o.pdf), pageSizes(t, r.pdf)
		if !slices.Equal(op, rp) {
			t.Errorf("%s: pages %v, re-saved %v", what, op, rp)
		}
	}
	t.Logf("%d built-in Word templates re-saved, %d documents compared", len(resaved), len(orig))
}

// cells are a table's cells, one line each, "row:cell text".
func cells(rows [][]string) []string {
	var out []string
	for i, r := range rows {
		for _, c := range r {
			out = append(out, fmt.Sprintf("%d:%s", i+1, c))
		}
	}
	return out
}

// firstDiff describes where two lists of texts part, "" when they do not.
func firstDiff(want, got []string) string {
	i := 0
	for i < len(want) && i < len(got) && want[i] == got[i] {
		i++
	}
	if i == len(want) && i == len(got) {
		return ""
	}
	at := func(l []string) string {
		if i >= len(l) {
			return "(end)"
		}
		return fmt.Sprintf("%q", l[i])
	}
	return fmt.Sprintf("line %d: built-in %s, re-saved %s (%d and %d lines)", i+1, at(want), at(got), len(want), len(got))
}

var pageSizeRE = regexp.MustCompile(`Page +\d+ size: +([0-9.]+) x ([0-9.]+)`)

// pageSizes are a PDF's pages as pdfinfo gives their sizes, "595x842"
// rounded to the point.
func pageSizes(t *testing.T, pdf string) []string {
	t.Helper()
	out, err := exec.Command("pdfinfo", "-f", "1", "-l", "999", pdf).Output()
	if err != nil {
		t.Fatalf("pdfinfo %s: %v", pdf, err)
	}
	var sizes []string
	for _, m := range pageSizeRE.FindAllStringSubmatch(string(out), -1) {
		var w, h float64
		fmt.Sscan(m[1], &w)
		fmt.Sscan(m[2], &h)
		sizes = append(sizes, fmt.Sprintf("%.0fx%.0f", w, h))
	}
	if len(sizes) == 0 {
		t.Fatalf("pdfinfo %s: no pages", pdf)
	}
	return sizes
}
