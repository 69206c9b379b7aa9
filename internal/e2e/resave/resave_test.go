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
	"gongwen/internal/gbt9704"
	"gongwen/internal/load"
	"gongwen/internal/opc"
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

// TestResavedTemplatesBuildAlike exports every built-in Word template and
// re-saves it as a clerk's office suite would — LibreOffice (open, save as
// Word 2007 XML) and python-docx (open, save) — once, then checks what a
// reader of the built documents sees, in two ways:
//   - text and lint, both suites: the default data is built with every
//     template for every manifest entry it can render (a clerk may point
//     any kind at any template: fangan.docx serves eleven), and each
//     document must have the same text, page breaks and headers and
//     footers included, and the same lint findings (checkTextAndLint);
//   - python-docx and LibreOffice, LibreOffice's re-saves: the example data
//     sets (the default campaign and yaodian, whose 印发通知 and 任务分工
//     ask for 横向) are built with the built-ins and with the re-saved
//     copies named in the manifest (template: …), each entry with its
//     kind's template, and every document must read the same to
//     python-docx (paragraphs, table cells) and to LibreOffice (page count,
//     each page's size — a landscape attachment stays landscape).
//
// The built-ins are whatever templates embeds, so no list of kinds is kept
// here. It was two tests (internal/build's TestResavedBuiltinsBuildTheSame
// and this one), each exporting and re-saving every built-in.
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
	suites := map[string][]string{
		"LibreOffice": clients.ResaveDocx(t, filepath.Join(dir, "re"), exported...),
		"python-docx": clients.ResaveDocxPython(t, mkdir(t, filepath.Join(dir, "py")), exported...),
	}
	checkTextAndLint(t, exported, suites)

	resaved := map[string]string{} // built-in name → its copy re-saved by LibreOffice
	for i, p := range suites["LibreOffice"] {
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

func mkdir(t *testing.T, dir string) string {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// checkTextAndLint builds the default data with each built-in template of
// exported for every manifest entry that renders with it (the kinds it
// serves), and with each suite's re-saved copy of it (suites: the copies in
// the order of exported): the documents must have the same text, page
// breaks included (docText), and the same lint findings — LibreOffice moves
// the 版记 table's rules onto the cells, which must still count, and
// renames the styles' ids (gwTitle to Style15), which the linter finds by
// name. Only the style sheet's own findings are left out: a suite adds
// styles of its own (List, Caption).
func checkTextAndLint(t *testing.T, exported []string, suites map[string][]string) {
	t.Helper()
	m, err := build.ParseManifest(filepath.Join("..", "..", ".."), "default.yaml", build.DefaultManifest())
	if err != nil {
		t.Fatal(err)
	}
	c, _, err := load.File(m.Path(m.Data))
	if err != nil {
		t.Fatal(err)
	}
	// render builds the manifest's entry kind with template file tpl; an
	// error says the template does not serve that kind (the plan or a
	// render fails); texts are the Word documents' texts by title.
	render := func(kind, tpl string) (texts map[string]string, err error) {
		mm := *m
		mm.Outputs = []build.Entry{{Kind: kind, Template: tpl}}
		jobs, err := build.Plan(context.Background(), &mm, c, m.Date)
		if err != nil {
			return nil, err
		}
		texts = map[string]string{}
		for i, j := range jobs {
			if j.Ext != ".docx" {
				continue
			}
			var buf bytes.Buffer
			if err := j.Render(context.Background(), &buf); err != nil {
				return nil, err
			}
			s, err := docText(buf.Bytes())
			if err != nil {
				return nil, fmt.Errorf("%s: %w", j.Title, err)
			}
			pkg, err := opc.Open(bytes.NewReader(buf.Bytes()), int64(buf.Len()), opc.DefaultLimits)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", j.Title, err)
			}
			fs, err := gbt9704.Lint(pkg)
			if err != nil {
				return nil, fmt.Errorf("%s: lint: %w", j.Title, err)
			}
			for _, f := range fs {
				if f.Part != "word/styles.xml" {
					// The rule and the place, not the message: it quotes
					// values a suite writes its own way (a colour "" or AUTO).
					s += fmt.Sprintf("\n[lint] %s %s %s 第%d段「%s」", f.Rule, f.Severity, f.Part, f.Para, f.Excerpt)
				}
			}
			texts[fmt.Sprintf("%02d %s", i, j.Title)] = s
		}
		if len(texts) == 0 {
			return nil, fmt.Errorf("no Word document")
		}
		return texts, nil
	}
	pairs := 0
	for i, tpl := range exported {
		name := filepath.Base(tpl)
		served := 0
		for _, e := range m.Outputs {
			want, err := render(e.Kind, tpl)
			if err != nil {
				continue // not a kind this template serves
			}
			served++
			for suite, files := range suites {
				got, err := render(e.Kind, files[i])
				if err != nil {
					t.Errorf("%s re-saved by %s, built as %s: %v", name, suite, e.Kind, err)
					continue
				}
				pairs++
				for title, w := range want {
					if g := got[title]; g != w {
						t.Errorf("%s re-saved by %s, built as %s: 《%s》 differs:\n%s", name, suite, e.Kind, title, lineDiff(w, g))
					}
				}
			}
		}
		if served == 0 {
			t.Errorf("%s: no entry of the default manifest builds with it", name)
		}
	}
	t.Logf("text and lint: %d built-in Word templates, %d (template, kind, suite) builds compared", len(exported), pairs)
}
