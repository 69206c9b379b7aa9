package docx

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"gongwen/internal/clients"
	dt "gongwen/internal/docx/docxtest"
	"gongwen/internal/opc"
)

// propStyles is a styles part with Word's built-in headings (stored in
// English, shown in Chinese) and two custom styles.
var propStyles = []byte(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
	`<w:styles ` + dt.Namespaces + `>` +
	`<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>` +
	`<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/></w:style>` +
	`<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/></w:style>` +
	`<w:style w:type="paragraph" w:customStyle="1" w:styleId="gwH3"><w:name w:val="三级标题"/><w:aliases w:val="H3,三级"/></w:style>` +
	`<w:style w:type="paragraph" w:customStyle="1" w:styleId="gwBody"><w:name w:val="公文正文"/></w:style>` +
	`<w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/></w:style>` +
	`</w:styles>`)

func propDoc(body ...dt.Block) dt.Doc {
	return dt.Doc{Body: body, Parts: map[string][]byte{"word/styles.xml": propStyles}}
}

// pPrs returns the w:pPr (or "" when none) of every body paragraph, and
// the w:rPr of its runs joined by "|".
func pPrs(t *testing.T, doc []byte) (ppr, rpr []string) {
	t.Helper()
	root, err := parseXML(doc)
	if err != nil {
		t.Fatalf("%v\n%s", err, doc)
	}
	var walk func(n *node)
	walk = func(n *node) {
		for _, k := range n.kids {
			if !k.is("p") {
				walk(k)
				continue
			}
			p, runs := "", []string{}
			for _, c := range k.kids {
				if c.is("pPr") {
					p = string(doc[c.start:c.end])
				}
				if c.is("r") {
					r := ""
					for _, x := range c.kids {
						if x.is("rPr") {
							r = string(doc[x.start:x.end])
						}
					}
					runs = append(runs, r)
				}
			}
			ppr = append(ppr, p)
			rpr = append(rpr, strings.Join(runs, "|"))
		}
	}
	walk(root)
	return ppr, rpr
}

func TestParagraphProperties(t *testing.T) {
	sz := func(hp string) string { return `<w:sz w:val="` + hp + `"/><w:szCs w:val="` + hp + `"/>` }
	tests := []struct {
		name  string
		body  []dt.Block
		data  any
		paras []string // text of the paragraphs
		ppr   []string // their w:pPr
		rpr   []string // their runs' w:rPr, "|" between runs
	}{
		{"style by id", []dt.Block{dt.P(`{{pstyle .S}}一、总体要求`)}, M{"S": "gwH3"},
			[]string{"一、总体要求"}, []string{`<w:pPr><w:pStyle w:val="gwH3"/></w:pPr>`}, nil},
		{"style by Chinese name of a built-in", []dt.Block{dt.P(`{{pstyle "标题 1"}}甲`), dt.P(`{{pstyle "标题2"}}乙`), dt.P(`{{pstyle "Heading 1"}}丙`)}, nil,
			[]string{"甲", "乙", "丙"}, []string{`<w:pPr><w:pStyle w:val="1"/></w:pPr>`, `<w:pPr><w:pStyle w:val="2"/></w:pPr>`, `<w:pPr><w:pStyle w:val="1"/></w:pPr>`}, nil},
		{"style by custom name and alias", []dt.Block{dt.P(`{{pstyle "公文正文"}}甲`), dt.P(`{{pstyle "三级"}}乙`)}, nil,
			nil, []string{`<w:pPr><w:pStyle w:val="gwBody"/></w:pPr>`, `<w:pPr><w:pStyle w:val="gwH3"/></w:pPr>`}, nil},
		{"style replaces the paragraph's own, order kept", []dt.Block{dt.P(`{{pstyle "正文"}}x`).Styled(`<w:pStyle w:val="gwH3"/><w:spacing w:before="0"/><w:jc w:val="center"/>`)}, nil,
			nil, []string{`<w:pPr><w:pStyle w:val="Normal"/><w:spacing w:before="0"/><w:jc w:val="center"/></w:pPr>`}, nil},
		{"empty style leaves the paragraph", []dt.Block{dt.P(`{{pstyle .S}}x`).Styled(`<w:pStyle w:val="gwH3"/>`)}, M{"S": ""},
			nil, []string{`<w:pPr><w:pStyle w:val="gwH3"/></w:pPr>`}, nil},
		{"keepnext true goes after the style", []dt.Block{dt.P(`{{keepnext .K}}x`).Styled(`<w:pStyle w:val="gwBody"/><w:ind w:firstLine="640"/>`)}, M{"K": true},
			nil, []string{`<w:pPr><w:pStyle w:val="gwBody"/><w:keepNext/><w:ind w:firstLine="640"/></w:pPr>`}, nil},
		{"keepnext false leaves the paragraph", []dt.Block{dt.P(`{{keepnext .K}}x`).Styled(`<w:pStyle w:val="gwBody"/>`)}, M{"K": false},
			nil, []string{`<w:pPr><w:pStyle w:val="gwBody"/></w:pPr>`}, nil},
		{"keepnext off turns the style's keeping off", []dt.Block{dt.P(`{{keepnext .K}}x`).Styled(`<w:pStyle w:val="gwH1"/>`)}, M{"K": keepOffValue(false)},
			nil, []string{`<w:pPr><w:pStyle w:val="gwH1"/><w:keepNext w:val="0"/></w:pPr>`}, nil},
		{"keepnext without argument", []dt.Block{dt.P(`{{keepnext}}x`)}, nil,
			nil, []string{`<w:pPr><w:keepNext/></w:pPr>`}, nil},
		{"pagebefore and align", []dt.Block{dt.P(`{{pagebefore .First}}{{align "居中"}}附件`)}, M{"First": 1},
			[]string{"附件"}, []string{`<w:pPr><w:pageBreakBefore/><w:jc w:val="center"/></w:pPr>`}, nil},
		{"align replaces jc", []dt.Block{dt.P(`{{align .A}}x`).Styled(`<w:jc w:val="both"/>`)}, M{"A": "right"},
			nil, []string{`<w:pPr><w:jc w:val="right"/></w:pPr>`}, nil},
		{"fontsize in points on every run and the mark", []dt.Block{dt.P(dt.R("{{fontsize .Size}}{{.Mark}}", `<w:rFonts w:eastAsia="方正小标宋简体"/><w:color w:val="FF0000"/><w:u w:val="none"/>`), "文件")}, M{"Size": 27, "Mark": "某某市人民政府"},
			[]string{"某某市人民政府文件"}, []string{`<w:pPr><w:rPr>` + sz("54") + `</w:rPr></w:pPr>`},
			[]string{`<w:rPr><w:rFonts w:eastAsia="方正小标宋简体"/><w:color w:val="FF0000"/>` + sz("54") + `<w:u w:val="none"/></w:rPr>|<w:rPr>` + sz("54") + `</w:rPr>`}},
		{"fontsize replaces sizes", []dt.Block{dt.P(dt.Size("{{fontsize .Size}}x", 44)).Styled(`<w:rPr><w:b/><w:sz w:val="44"/></w:rPr>`)}, M{"Size": "小二"},
			nil, []string{`<w:pPr><w:rPr><w:b/>` + sz("36") + `</w:rPr></w:pPr>`}, []string{`<w:rPr>` + sz("36") + `</w:rPr>`}},
		{"fontsize strings", []dt.Block{dt.P(`{{fontsize "10.5pt"}}a`), dt.P(`{{fontsize "三号"}}b`), dt.P(`{{fontsize "22磅"}}c`), dt.P(`{{fontsize 10.5}}d`)}, nil,
			nil, nil, []string{`<w:rPr>` + sz("21") + `</w:rPr>`, `<w:rPr>` + sz("32") + `</w:rPr>`, `<w:rPr>` + sz("44") + `</w:rPr>`, `<w:rPr>` + sz("21") + `</w:rPr>`}},
		{"zero or empty size leaves the paragraph", []dt.Block{dt.P(dt.Size("{{fontsize .Z}}x", 44)), dt.P(dt.Size("{{fontsize .E}}y", 44))}, M{"Z": 0, "E": ""},
			nil, []string{``, ``}, []string{`<w:rPr><w:sz w:val="44"/></w:rPr>`, `<w:rPr><w:sz w:val="44"/></w:rPr>`}},
		{"in a loop, each copy its own", []dt.Block{dt.P("{{range .B}}"), dt.P(`{{pstyle .S}}{{keepnext .K}}{{.T}}`), dt.P("{{end}}")},
			M{"B": []M{{"S": "标题 1", "K": false, "T": "一、"}, {"S": "", "K": true, "T": "正文"}}},
			[]string{"一、", "正文"}, []string{`<w:pPr><w:pStyle w:val="1"/></w:pPr>`, `<w:pPr><w:keepNext/></w:pPr>`}, nil},
		{"later call wins", []dt.Block{dt.P(`{{pstyle "标题 1"}}x{{pstyle "标题 2"}}`)}, nil,
			[]string{"x"}, []string{`<w:pPr><w:pStyle w:val="2"/></w:pPr>`}, nil},
		{"conditional call", []dt.Block{dt.P(`{{if .K}}{{keepnext}}{{end}}{{.T}}`)}, M{"K": false, "T": "x"},
			[]string{"x"}, []string{``}, nil},
		{"paras copies get the properties", []dt.Block{dt.P(`{{pstyle "正文"}}{{fontsize 16}}{{paras .T}}`)}, M{"T": "第一段\n第二段"},
			[]string{"第一段", "第二段"}, []string{`<w:pPr><w:pStyle w:val="Normal"/><w:rPr>` + sz("32") + `</w:rPr></w:pPr>`, `<w:pPr><w:pStyle w:val="Normal"/><w:rPr>` + sz("32") + `</w:rPr></w:pPr>`},
			[]string{`<w:rPr>` + sz("32") + `</w:rPr>`, `<w:rPr>` + sz("32") + `</w:rPr>`}},
		{"next paragraph untouched", []dt.Block{dt.P(`{{keepnext}}a`), dt.P("{{.T}}")}, M{"T": "b"},
			[]string{"a", "b"}, []string{`<w:pPr><w:keepNext/></w:pPr>`, ``}, nil},
		{"in a table cell with vmerge", []dt.Block{dt.Tbl(dt.TR(dt.C("{{range .R}}{{fontsize 12}}{{vmerge .A}}"), dt.C("{{.B}}{{end}}")))},
			M{"R": []M{{"A": "甲", "B": "1"}, {"A": "甲", "B": "2"}}},
			[]string{"甲", "1", "", "2"}, nil, nil},
		{"showif true keeps the paragraph as it is", []dt.Block{dt.P("前"), dt.P(`{{showif .C}}份号{{.C}}`).Styled(`<w:jc w:val="left"/>`), dt.P("后")}, M{"C": "000001"},
			[]string{"前", "份号000001", "后"}, []string{``, `<w:pPr><w:jc w:val="left"/></w:pPr>`, ``}, nil},
		{"showif empty drops the paragraph", []dt.Block{dt.P("前"), dt.P(`{{showif .C}}{{pstyle "标题 1"}}份号{{.C}}`), dt.P("后")}, M{"C": ""},
			[]string{"前", "后"}, nil, nil},
		{"showif of zero, false and an empty list", []dt.Block{dt.P(`{{showif .N}}a`), dt.P(`{{showif .B}}b`), dt.P(`{{showif .L}}c`), dt.P(`{{showif .M}}d`)},
			M{"N": 0, "B": false, "L": []string{}, "M": []string{"x"}},
			[]string{"d"}, nil, nil},
		{"showif in a loop, each copy its own", []dt.Block{dt.P("{{range .R}}"), dt.P(`{{showif .}}{{.}}`), dt.P("{{end}}")},
			M{"R": []string{"甲", "", "丙"}}, []string{"甲", "丙"}, nil, nil},
		{"showif drops a cell's only paragraph: the cell keeps an empty one", []dt.Block{dt.Tbl(dt.TR(dt.C(`{{showif .C}}{{.C}}`), dt.C("乙")))},
			M{"C": ""}, []string{"", "乙"}, nil, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, err := try(propDoc(tc.body...), tc.data, Options{})
			if err != nil {
				t.Fatal(err)
			}
			doc := out["word/document.xml"]
			c := bodyOf(t, out)
			if tc.paras != nil && strings.Join(c.Paras, "|") != strings.Join(tc.paras, "|") {
				t.Errorf("paragraphs %q, want %q\n%s", c.Paras, tc.paras, doc)
			}
			ppr, rpr := pPrs(t, doc)
			if tc.ppr != nil && strings.Join(ppr, "\n") != strings.Join(tc.ppr, "\n") {
				t.Errorf("pPr\n got %q\nwant %q", ppr, tc.ppr)
			}
			if tc.rpr != nil && strings.Join(rpr, "\n") != strings.Join(tc.rpr, "\n") {
				t.Errorf("rPr\n got %q\nwant %q", rpr, tc.rpr)
			}
			if bytes.ContainsAny(doc, "\x01\x02") {
				t.Errorf("markers left in the output")
			}
		})
	}
}

func TestParagraphPropertiesVMergeKept(t *testing.T) {
	body := dt.Tbl(dt.TR(dt.C("{{range .R}}{{fontsize 12}}{{vmerge .A}}"), dt.C("{{.B}}{{end}}")))
	out, err := try(propDoc(body), M{"R": []M{{"A": "甲", "B": "1"}, {"A": "甲", "B": "2"}, {"A": "乙", "B": "3"}}}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	doc := string(out["word/document.xml"])
	if strings.Count(doc, `<w:vMerge w:val="restart"/>`) != 2 || strings.Count(doc, `<w:vMerge/>`) != 1 {
		t.Errorf("vertical merge lost:\n%s", doc)
	}
	if strings.Count(doc, "甲") != 1 || !strings.Contains(doc, "乙") {
		t.Errorf("merged value:\n%s", doc)
	}
}

func TestParagraphPropertyErrors(t *testing.T) {
	tests := []struct {
		name string
		body []dt.Block
		data any
		want []string
	}{
		{"unknown style", []dt.Block{dt.P("前言"), dt.P(`{{pstyle .S}}一、标题`)}, M{"S": "标题 7"},
			[]string{"正文「{{pstyle .S}}一、标题」", "pstyle", "没有段落样式“标题 7”", "正文", "标题 1", "三级标题（gwH3）", "公文正文（gwBody）"}},
		{"character style is no paragraph style", []dt.Block{dt.P(`{{pstyle "Strong"}}x`)}, nil, []string{"没有段落样式“Strong”"}},
		{"bad size", []dt.Block{dt.P(`{{fontsize .S}}x`)}, M{"S": "大号"}, []string{"fontsize", "大号", "二号"}},
		{"size out of range", []dt.Block{dt.P(`{{fontsize 5000}}x`)}, nil, []string{"1638"}},
		{"bad alignment", []dt.Block{dt.P(`{{align "middle"}}x`)}, nil, []string{"middle", "居中"}},
		{"called through template", []dt.Block{dt.P(`{{define "k"}}{{keepnext}}{{end}}`), dt.P(`y{{template "k"}}`)}, nil, []string{"正文“{{define", "须直接写在要设置的段落中"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := try(propDoc(tc.body...), tc.data, Options{})
			if err == nil {
				t.Fatal("no error")
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q lacks %q", err, w)
				}
			}
			if englishRE.MatchString(err.Error()) {
				t.Errorf("English left in %v", err)
			}
		})
	}
}

// TestParagraphPropertiesStreamed checks that a paragraph waiting for its
// properties is not streamed out before they are written, however long.
func TestParagraphPropertiesStreamed(t *testing.T) {
	raw := propDoc(dt.P(`{{.Long}}{{pstyle "标题 1"}}`), dt.P("{{.Long}}")).Bytes()
	pkg, err := opc.Open(bytes.NewReader(raw), int64(len(raw)), opc.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	tp, err := Parse("t.docx", pkg, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !tp.streamable {
		t.Fatal("expected a streamed render")
	}
	var buf bytes.Buffer
	if err := tp.Execute(&buf, M{"Long": strings.Repeat("长", 100000)}, ExecOptions{}); err != nil {
		t.Fatal(err)
	}
	c, err := dt.ReadDocx(buf.Bytes(), "word/document.xml")
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Paras) != 2 {
		t.Fatalf("%d paragraphs", len(c.Paras))
	}
	parts, _ := dt.Unzip(buf.Bytes())
	ppr, _ := pPrs(t, parts["word/document.xml"])
	if ppr[0] != `<w:pPr><w:pStyle w:val="1"/></w:pPr>` || ppr[1] != "" {
		t.Errorf("pPr %q", ppr)
	}
}

// propClientFixture is a template as the built-ins will use the functions:
// the mark's size, headings by level, the last paragraph kept with the
// signature, an attachment label on a new page.
func propClientFixture() dt.Doc {
	return propDoc(
		dt.P(dt.R("{{fontsize .MarkSize}}{{.Mark}}", `<w:color w:val="FF0000"/>`)).Styled(`<w:jc w:val="center"/>`),
		dt.P("{{range .Body}}"),
		dt.P(`{{pstyle .Style}}{{keepnext .KeepNext}}{{.Text}}`).Styled(`<w:pStyle w:val="gwBody"/>`),
		dt.P("{{end}}"),
		dt.P(`{{pagebefore}}{{align "左对齐"}}附件`),
	)
}

var propClientData = M{
	"MarkSize": "小初", "Mark": "某某市人民政府文件",
	"Body": []M{{"Style": "标题 1", "KeepNext": false, "Text": "一、总体要求"}, {"Style": "", "KeepNext": false, "Text": "正文。"}, {"Style": "三级标题", "KeepNext": true, "Text": "1.末段。"}},
}

func renderPropFixture(t *testing.T, tpl []byte) string {
	t.Helper()
	pkg, err := opc.Open(bytes.NewReader(tpl), int64(len(tpl)), opc.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	tp, err := Parse("t.docx", pkg, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := tp.Execute(&buf, propClientData, ExecOptions{}); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "out.docx")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

const propScript = `
import sys, json, docx
d = docx.Document(sys.argv[1])
out = []
for p in d.paragraphs:
    f = p.paragraph_format
    out.append({"text": p.text, "style": p.style.name, "keep": bool(f.keep_with_next),
        "page": bool(f.page_break_before), "align": str(f.alignment),
        "sizes": [r.font.size.pt if r.font.size else 0 for r in p.runs]})
json.dump(out, sys.stdout, ensure_ascii=False)
`

type pyPara struct {
	Text  string    `json:"text"`
	Style string    `json:"style"`
	Keep  bool      `json:"keep"`
	Page  bool      `json:"page"`
	Align string    `json:"align"`
	Sizes []float64 `json:"sizes"`
}

func checkPropClient(t *testing.T, got []pyPara) {
	t.Helper()
	want := []pyPara{
		{Text: "某某市人民政府文件", Style: "Normal", Align: "CENTER (1)", Sizes: []float64{36}},
		{Text: "一、总体要求", Style: "Heading 1", Align: "None", Sizes: []float64{0}},
		{Text: "正文。", Style: "公文正文", Align: "None", Sizes: []float64{0}},
		{Text: "1.末段。", Style: "三级标题", Keep: true, Align: "None", Sizes: []float64{0}},
		{Text: "附件", Style: "Normal", Page: true, Align: "LEFT (0)", Sizes: []float64{0}},
	}
	a, _ := json.Marshal(got)
	b, _ := json.Marshal(want)
	if string(a) != string(b) {
		t.Errorf("python-docx sees\n%s\nwant\n%s", a, b)
	}
}

func TestPythonDocxSeesParagraphProperties(t *testing.T) {
	clients.RequirePython(t, "docx")
	path := renderPropFixture(t, propClientFixture().Bytes())
	var got []pyPara
	if err := json.Unmarshal(clients.RunPython(t, "docx", propScript, path), &got); err != nil {
		t.Fatal(err)
	}
	checkPropClient(t, got)
}

// TestParagraphPropertiesSurviveResave re-saves the template with
// LibreOffice and python-docx, as a clerk's editor would, and renders it
// again: the functions sit in the text, so the result is the same.
func TestParagraphPropertiesSurviveResave(t *testing.T) {
	dir := t.TempDir()
	src := dt.Write(t, dir, "tpl.docx", propClientFixture())
	var resaved []string
	resaved = append(resaved, clients.ResaveDocxPython(t, t.TempDir(), src)...)
	if !testing.Short() {
		resaved = append(resaved, clients.ResaveDocx(t, t.TempDir(), src)...)
	}
	for _, p := range resaved {
		tpl, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		out := renderPropFixture(t, tpl)
		var got []pyPara
		if err := json.Unmarshal(clients.RunPython(t, "docx", propScript, out), &got); err != nil {
			t.Fatal(err)
		}
		for i := range got {
			// LibreOffice writes its own defaults on the paragraphs.
			got[i].Style = regexp.MustCompile(`^(Normal|Default Paragraph Style|Standard)$`).ReplaceAllString(got[i].Style, "Normal")
		}
		var texts []string
		for _, g := range got {
			texts = append(texts, g.Text)
		}
		if strings.Join(texts, "|") != "某某市人民政府文件|一、总体要求|正文。|1.末段。|附件" {
			t.Errorf("%s: paragraphs %q", p, texts)
			continue
		}
		if got[1].Style != "Heading 1" || got[3].Style != "三级标题" || !got[3].Keep || !got[4].Page || got[0].Sizes[0] != 36 {
			t.Errorf("%s: %+v", p, got)
		}
	}
}

// keepOffValue is a value like docdata.Block.KeepNext's for a run-in 一、
// heading: false, and off against the heading style's 与下段同页.
type keepOffValue bool

func (keepOffValue) KeepNextOff() bool { return true }
