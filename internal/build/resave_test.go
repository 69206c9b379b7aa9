package build_test

import (
	"bytes"
	"context"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"gongwen/internal/build"
	"gongwen/internal/clients"
	"gongwen/internal/docx/docxtest"
	"gongwen/internal/gbt9704"
	"gongwen/internal/load"
	"gongwen/internal/opc"
)

// TestResavedBuiltinsBuildTheSame exports every built-in Word template,
// re-saves it as a clerk's office suite would — LibreOffice (open, save as
// Word 2007 XML) and python-docx (open, save) — and builds the default data
// with the exported and with each re-saved copy: the documents must have
// the same text, page breaks included. The list of built-ins is whatever
// templates embeds; each is built by every manifest entry that renders it
// (the kinds it serves), so no list of kinds is kept here.
func TestResavedBuiltinsBuildTheSame(t *testing.T) {
	if testing.Short() {
		t.Skip("re-saving through LibreOffice is slow")
	}
	clients.RequireLibreOffice(t)
	clients.RequirePython(t, "docx")
	dir := t.TempDir()
	orig := clients.ExportBuiltinWord(t, filepath.Join(dir, "exported"))
	var names []string
	for _, p := range orig {
		names = append(names, filepath.Base(p))
	}
	for _, d := range []string{"libreoffice", "python-docx"} {
		os.MkdirAll(filepath.Join(dir, d), 0o755)
	}
	resaved := map[string][]string{
		"LibreOffice": clients.ResaveDocx(t, filepath.Join(dir, "libreoffice"), orig...),
		"python-docx": clients.ResaveDocxPython(t, filepath.Join(dir, "python-docx"), orig...),
	}

	m, err := build.ParseManifest("../..", "default.yaml", build.DefaultManifest())
	if err != nil {
		t.Fatal(err)
	}
	c, _, err := load.File(m.Path(m.Data))
	if err != nil {
		t.Fatal(err)
	}
	// render builds the manifest's entry kind with template file tpl; ok is
	// false when the template does not serve that kind (the plan or a
	// render fails), texts are the Word documents' texts by title.
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
			// The built document must also lint the same: LibreOffice moves
			// the 版记 table's rules onto the cells, which must still count,
			// and renames the styles' ids (gwTitle to Style15), which the
			// linter finds by name. Only the style sheet's own warnings are
			// left out: a suite adds styles of its own (List, Caption).
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
	for i, name := range names {
		served := 0
		for _, e := range m.Outputs {
			want, err := render(e.Kind, orig[i])
			if err != nil {
				continue // not a kind this template serves
			}
			served++
			for suite, files := range resaved {
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
	t.Logf("%d built-in Word templates, %d (template, kind, suite) builds compared", len(names), pairs)
}

// docText is the text of a built document as a reader sees it: the body's
// paragraphs in order, a page break (typed, or a paragraph's
// page-break-before) as "[分页]", then the headers' and footers' text, sorted
// (a suite may renumber those parts).
func docText(data []byte) (string, error) {
	parts, err := docxtest.Unzip(data)
	if err != nil {
		return "", err
	}
	body, err := paraTexts(parts["word/document.xml"])
	if err != nil {
		return "", err
	}
	var hf []string
	for name, b := range parts {
		if strings.HasPrefix(name, "word/header") || strings.HasPrefix(name, "word/footer") {
			ps, err := paraTexts(b)
			if err != nil {
				return "", err
			}
			if s := strings.TrimSpace(strings.Join(ps, "\n")); s != "" {
				hf = append(hf, s)
			}
		}
	}
	sort.Strings(hf)
	return strings.Join(body, "\n") + "\n--\n" + strings.Join(hf, "\n--\n"), nil
}

// paraTexts reads the paragraphs of a WordprocessingML part; empty ones
// are kept, since a suite must not add or drop lines either.
func paraTexts(part []byte) ([]string, error) {
	d := xml.NewDecoder(bytes.NewReader(part))
	var out []string
	var cur *strings.Builder
	inT := false
	// Field results (page numbers, dates) are the suite's cached values,
	// recomputed on opening: not text of the template.
	result, simple := 0, 0
	inRun := 0 // w:tab is a tab in a run, a tab stop in paragraph properties
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		switch x := tok.(type) {
		case xml.StartElement:
			switch x.Name.Local {
			case "p":
				cur = &strings.Builder{}
			case "t":
				inT = result == 0 && simple == 0
			case "fldSimple":
				simple++
			case "r":
				inRun++
			case "fldChar":
				switch attrValue(x, "fldCharType") {
				case "separate":
					result++
				case "end":
					result = max(0, result-1)
				}
			case "tab":
				if cur != nil && inRun > 0 {
					cur.WriteString("\t")
				}
			case "pageBreakBefore":
				if cur != nil && onValue(x) {
					cur.WriteString("[分页]")
				}
			case "br":
				if cur == nil {
					break
				}
				if attrValue(x, "type") == "page" {
					cur.WriteString("[分页]")
				} else {
					cur.WriteString("\n")
				}
			}
		case xml.EndElement:
			switch x.Name.Local {
			case "t":
				inT = false
			case "fldSimple":
				simple--
			case "r":
				inRun--
			case "p":
				if cur != nil {
					out = append(out, cur.String())
				}
				cur = nil
			}
		case xml.CharData:
			if inT && cur != nil {
				cur.Write(x)
			}
		}
	}
}

func attrValue(e xml.StartElement, local string) string {
	for _, a := range e.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

func onValue(e xml.StartElement) bool {
	switch attrValue(e, "val") {
	case "0", "false", "off":
		return false
	}
	return true
}

// lineDiff shows the first lines where two texts part.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	i := 0
	for i < len(w) && i < len(g) && w[i] == g[i] {
		i++
	}
	show := func(ls []string) string {
		end := min(len(ls), i+4)
		if i >= len(ls) {
			return "(end)"
		}
		return strings.Join(ls[i:end], "⏎")
	}
	return fmt.Sprintf("  line %d\n  want: %s\n   got: %s", i+1, show(w), show(g))
}
