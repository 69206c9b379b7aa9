package docx

import (
	"errors"
	"fmt"
	"path"
	"strings"
	"testing"

	dt "gongwen/internal/docx/docxtest"
)

// withHeadersFooters gives d's package first-page and even-page headers and
// footers, referenced from the body's section as Word writes them, and a
// header part no section uses.
func withHeadersFooters(d dt.Doc, parts map[string]string) dt.Doc {
	d.Parts = map[string][]byte{}
	rels := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
		`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
		`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>`
	refs := ""
	i := 10
	for _, name := range []string{"header1", "header2", "footer1", "footer2", "header9"} {
		text, ok := parts[name]
		if !ok {
			continue
		}
		root, kind := "hdr", "header"
		if strings.HasPrefix(name, "footer") {
			root, kind = "ftr", "footer"
		}
		d.Parts["word/"+name+".xml"] = []byte(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
			`<w:` + root + ` ` + dt.Namespaces + `><w:p><w:r><w:t>` + text + `</w:t></w:r></w:p></w:` + root + `>`)
		id := "rId" + string(rune('0'+i/10)) + string(rune('0'+i%10))
		i++
		rels += `<Relationship Id="` + id + `" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/` + kind + `" Target="` + name + `.xml"/>`
		typ := map[string]string{"header1": "first", "header2": "even", "footer1": "first", "footer2": "default"}[name]
		if typ != "" {
			refs += `<w:` + kind + `Reference w:type="` + typ + `" r:id="` + id + `"/>`
		}
	}
	d.Parts["word/_rels/document.xml.rels"] = []byte(rels + `</Relationships>`)
	body := string(dt.BodyXML(d.Body...))
	d.Parts["word/document.xml"] = []byte(strings.Replace(body, "<w:sectPr>", "<w:sectPr>"+refs+"<w:titlePg/>", 1))
	return d
}

// TestPlacesAPersonCanFind: every error names the place as Word shows it.
func TestPlacesAPersonCanFind(t *testing.T) {
	long := "关于在全省开展学习贯彻十八大争创发展新业绩主题实践活动的通知，请认真贯彻执行"
	tests := []struct {
		name  string
		doc   dt.Doc
		parts map[string]string
		want  string
	}{
		{"paragraph's opening words when the action stands further in",
			dt.Doc{Body: []dt.Block{dt.P("标题"), dt.P(long + "{{.A.}}")}}, nil,
			"正文“关于在全省开展学习贯彻十…”「…动的通知，请认真贯彻执行{{.A.}}」"},
		{"no opening words when the context shows them",
			dt.Doc{Body: []dt.Block{dt.P("标题{{.A.}}")}}, nil,
			"正文「标题{{.A.}}」"},
		{"a paragraph of actions only: what stands before it",
			dt.Doc{Body: []dt.Block{dt.P("鄂办发〔2013〕5号"), dt.P("签发人：张三"), dt.P("{{.A.}}")}}, nil,
			"正文“签发人：张三”之后「{{.A.}}」"},
		{"a paragraph of actions only after a table",
			dt.Doc{Body: []dt.Block{dt.P("前"), dt.TextTable([]string{"a"}), dt.P("{{.A.}}")}}, nil,
			"正文 第 1 个表格之后「{{.A.}}」"},
		{"table, row and cell",
			dt.Doc{Body: []dt.Block{dt.P("前"), dt.TextTable([]string{"a"}), dt.Tbl(dt.TR(dt.C("序号"), dt.C("单位")), dt.TR(dt.C("1"), dt.C("{{.A.}}")))}}, nil,
			"正文 第 2 个表格第 2 行第 2 列「{{.A.}}」"},
		{"first-page header",
			dt.Doc{Body: []dt.Block{dt.P("x")}}, map[string]string{"header1": "{{.A.}}", "footer2": "页码"},
			"第一页页眉「{{.A.}}」"},
		{"even-page header",
			dt.Doc{Body: []dt.Block{dt.P("x")}}, map[string]string{"header2": "{{.A.}}"},
			"偶数页页眉「{{.A.}}」"},
		{"first-page footer",
			dt.Doc{Body: []dt.Block{dt.P("x")}}, map[string]string{"footer1": "— {{.A.}} —"},
			"第一页页脚「— {{.A.}} —」"},
		{"footer of every page",
			dt.Doc{Body: []dt.Block{dt.P("x")}}, map[string]string{"footer2": "{{.A.}}"},
			"t.docx: 页脚「{{.A.}}」"},
		{"a header no section uses keeps its part name",
			dt.Doc{Body: []dt.Block{dt.P("x")}}, map[string]string{"header9": "{{.A.}}"},
			"页眉(word/header9.xml)"},
		{"footnote by its number",
			dt.Doc{Body: []dt.Block{dt.P("x")}, Footnotes: []string{"一", "二{{.A.}}"}}, nil,
			"第 2 个脚注「 二{{.A.}}」"},
		{"a paragraph of actions only after one that begins with an action: its own words",
			dt.Doc{Body: []dt.Block{dt.P("{{showif .X}}签发人：{{.S}}"), dt.P("{{.A.}}")}}, nil,
			"正文“签发人：”之后「{{.A.}}」"},
		{"paragraphs that begin alike: more of their words",
			dt.Doc{Body: []dt.Block{dt.P("{{showif .Remark}}{{.Remark}}"), dt.P("{{showif .Recipents}}{{.A.}}")}}, nil,
			"正文“{{showif .Recipent…”「….Recipents}}{{.A.}}」"},
		{"paragraphs that read the same: the how-manieth",
			dt.Doc{Body: []dt.Block{dt.P("{{pstyle .Style}}{{keepnext .KeepNext}}{{.Text}}"), dt.P("附件"), dt.P("{{pstyle .Style}}{{keepnext .KeepNext}}{{.A.}}")}}, nil,
			"正文第 2 个以“{{pstyle .Style}}{{keepnext .KeepNext}}{{.…”开头的段落"},
		{"text box",
			dt.Doc{Body: []dt.Block{dt.P(dt.Raw(`<w:r><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>{{.A.}}</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>`))}}, nil,
			"正文 文本框中「{{.A.}}」"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := tc.doc
			if tc.parts != nil {
				d = withHeadersFooters(d, tc.parts)
			}
			_, err := try(d, M{}, Options{})
			var es Errors
			if !errors.As(err, &es) || len(es) != 1 {
				t.Fatalf("want one error, got %v", err)
			}
			if got := es[0].Loc.String(); !strings.Contains(got, tc.want) {
				t.Errorf("place\n got %s\nwant %s", got, tc.want)
			}
		})
	}
}

// TestTwinPlacesDiffer: the two body lines of a notice, its own and its
// attachment's, read the same; a misspelt field in both is reported at
// two places that differ (QA: both read 正文“{{pstyle .St…”).
func TestTwinPlacesDiffer(t *testing.T) {
	line := "{{pstyle .Style}}{{keepnext .KeepNext}}{{.Number}}{{.Heading}}{{.Styl}}"
	d := dt.Doc{Body: []dt.Block{dt.P("{{range .Body}}"), dt.P(line), dt.P("{{end}}"), dt.P("附件"),
		dt.P("{{range .Body}}"), dt.P(line), dt.P("{{end}}")}}
	_, err := try(d, M{"Body": []M{{"Style": "", "KeepNext": false, "Number": "", "Heading": ""}}}, Options{})
	var es Errors
	if !errors.As(err, &es) || len(es) != 2 {
		t.Fatalf("want the two lines, got %v", err)
	}
	if a, b := es[0].Loc.String(), es[1].Loc.String(); a == b || !strings.Contains(b, "第 2 个以“{{pstyle .Style}}") {
		t.Errorf("places\n%s\n%s", a, b)
	}
}

// TestMissingOncePerParagraph: {{showif .Recipents}}{{.Recipents}} is one
// mistake, reported once, at its first action (QA: once for showif, once
// for the value).
func TestMissingOncePerParagraph(t *testing.T) {
	d := dt.Doc{Body: []dt.Block{dt.P("{{showif .Recipents}}{{.Recipents}}"), dt.P("{{.Recipents}}又一处"), dt.P("{{.Other}}")}}
	_, err := try(d, M{"Recipients": "各市州："}, Options{})
	var es Errors
	if !errors.As(err, &es) {
		t.Fatalf("err = %v", err)
	}
	var got []string
	for _, e := range es {
		got = append(got, fmt.Sprint(e.Loc.Para, e.Loc.Action, e.Path))
	}
	want := []string{"1{{showif .Recipents}}.Recipents", "2{{.Recipents}}.Recipents", "3{{.Other}}.Other"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("errors\n got %q\nwant %q", got, want)
	}
}

// FuzzTwinPlaces: whatever the paragraphs, no two of them outside tables
// are named alike.
func FuzzTwinPlaces(f *testing.F) {
	f.Add("{{showif .Remark}}{{.Remark}}", "{{showif .Recipients}}{{.R}}", "{{showif .Remark}}{{.Remark}}")
	f.Add("a", "a", "a")
	f.Add("", " ", "{{.A}}")
	f.Fuzz(func(t *testing.T, a, b, c string) {
		c0 := &compiler{}
		for i, s := range []string{a, b, c} {
			c0.paras = append(c0.paras, &para{full: s, index: i + 1})
		}
		c0.numberTwins()
		seen := map[string]bool{}
		for _, p := range c0.paras {
			if strings.TrimSpace(p.full) == "" {
				continue
			}
			name := opening(p.full)
			if p.opening != "" {
				name = fmt.Sprintf("%s#%d", p.opening, p.nth)
			}
			if seen[name] {
				t.Fatalf("%q: two paragraphs named %q", []string{a, b, c}, name)
			}
			seen[name] = true
		}
	})
}

// TestPlaceAtExecution: errors found while rendering name the place the
// same way.
func TestPlaceAtExecution(t *testing.T) {
	d := withHeadersFooters(dt.Doc{Body: []dt.Block{dt.P("x")}}, map[string]string{"footer1": "{{.Nope}}"})
	_, err := try(d, M{}, Options{})
	if err == nil || !strings.Contains(err.Error(), "第一页页脚「{{.Nope}}」: 数据中没有「Nope」") {
		t.Fatalf("err = %v", err)
	}
}

// TestPlaceOfPartErrors: an error of a whole part (here the output cap)
// names the part as Word shows it too.
func TestPlaceOfPartErrors(t *testing.T) {
	d := withHeadersFooters(dt.Doc{Body: []dt.Block{dt.P("x")}}, map[string]string{"footer1": "{{range 100000}}很长的页脚文字{{end}}"})
	tp, err := parsePackage("t.docx", docPackage(d), Options{MaxOutput: 1000})
	if err != nil {
		t.Fatal(err)
	}
	_, err = tp.Render(M{}, ExecOptions{})
	var es Errors
	if !errors.As(err, &es) || !strings.HasPrefix(es[0].Loc.Where(), "第一页页脚") {
		t.Fatalf("err = %v", err)
	}
}

// TestAreaLabelsOfSections: with several sections whose headers differ,
// the label says which section; a part used twice keeps its first label.
func TestAreaLabelsOfSections(t *testing.T) {
	parts := dt.Doc{}.Files()
	parts["word/_rels/document.xml.rels"] = []byte(`<Relationships><Relationship Id="rId7" Type="x/header" Target="header1.xml"/>` +
		`<Relationship Id="rId8" Target="/word/footer1.xml" Type="x/footer"/><Relationship Id="rId9" Type="x/footer" Target="footer2.xml"/></Relationships>`)
	parts["word/document.xml"] = []byte(`<w:document><w:body><w:p><w:pPr><w:sectPr><w:headerReference w:type="default" r:id="rId7"/>` +
		`<w:footerReference r:id="rId8" w:type="first"/><w:pgSz w:w="11906"/></w:sectPr></w:pPr></w:p>` +
		`<w:sectPr><w:headerReference w:type="default" r:id="rId7"/><w:footerReference w:type="even" r:id="rId9"/></w:sectPr></w:body></w:document>`)
	got := areaLabels(newMemPackage(parts))
	want := map[string]string{"word/header1.xml": "第 1 节页眉", "word/footer1.xml": "第 1 节第一页页脚", "word/footer2.xml": "第 2 节偶数页页脚"}
	for part, label := range want {
		if got[part] != label {
			t.Errorf("%s: got %q, want %q", part, got[part], label)
		}
	}
	if len(got) != len(want) {
		t.Errorf("labels %v", got)
	}
}

// FuzzAreaLabels: any document.xml and relationships give labels without
// panicking, and only for parts some relationship names.
func FuzzAreaLabels(f *testing.F) {
	d := withHeadersFooters(dt.Doc{Body: []dt.Block{dt.P("x")}}, map[string]string{"header1": "a", "footer2": "b"})
	f.Add(string(d.Parts["word/document.xml"]), string(d.Parts["word/_rels/document.xml.rels"]))
	f.Add(`<w:sectPr/><w:sectPr><w:headerReference r:id="x"/></w:sectPr>`, `<Relationship Id="x" Target="/word/h.xml"/>`)
	f.Fuzz(func(t *testing.T, doc, rels string) {
		parts := dt.Doc{}.Files()
		parts["word/document.xml"] = []byte(doc)
		parts["word/_rels/document.xml.rels"] = []byte(rels)
		for part, label := range areaLabels(newMemPackage(parts)) {
			if !strings.Contains(rels, strings.TrimPrefix(path.Base(part), "/")) || label == "" {
				t.Fatalf("label %q for %q", label, part)
			}
		}
	})
}

// FuzzWithoutActions: what a paragraph shows besides its actions is never
// longer than its text and keeps no closed action.
func FuzzWithoutActions(f *testing.F) {
	for _, s := range []string{"签发人：{{.Signers}}", "{{.A}}", "｛｛.A｝｝正文", "未闭合{{.B", "}}{{", "{{if .X}}是{{else}}否{{end}}"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := withoutActions(s)
		if len(got) > len(s) {
			t.Fatalf("withoutActions(%q) = %q, longer", s, got)
		}
		if strings.Contains(s, "{{.A}}") && strings.Contains(got, "{{.A}}") {
			t.Fatalf("withoutActions(%q) = %q keeps an action", s, got)
		}
	})
}
