package gbt9704

import (
	"bytes"
	"strings"
	"testing"

	"gongwen/internal/opc"
	"gongwen/templates"
)

// A landscape section ended by a section break gets footers of its own:
// the portrait footers' page-number paragraphs, whole, in a cell of text
// running top to bottom, floating along the page's left edge, odd and
// even apart; the portrait sections and the last one keep theirs. Without
// a landscape section, or without a page number to turn, nothing changes.
func TestTurnedFooterChanges(t *testing.T) {
	data, err := templates.Read("yinfa.docx")
	if err != nil {
		t.Fatal(err)
	}
	pkg, err := opc.Open(bytes.NewReader(data), int64(len(data)), opc.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := pkg.Read("word/document.xml")
	if err != nil {
		t.Fatal(err)
	}
	last := bytes.LastIndex(doc, []byte("<w:sectPr"))
	body := string(doc[last : bytes.LastIndex(doc, []byte("</w:sectPr>"))+len("</w:sectPr>")])
	turned := strings.Replace(pgSzOf.ReplaceAllString(body, `<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>`),
		`w:top="2098" w:right="1474" w:bottom="1984" w:left="1588"`, `w:top="1588" w:right="2098" w:bottom="1474" w:left="1984"`, 1)
	if turned == body || !strings.Contains(turned, `w:top="1588"`) {
		t.Fatalf("cannot turn the template's section: %s", body)
	}
	brk := func(sect string) string { return `<w:p><w:pPr>` + sect + `</w:pPr></w:p>` }
	withTurned := append(append([]byte{}, doc[:last]...), brk(body)+brk(turned)+string(doc[last:])...)

	if ch, err := TurnedFooterChanges(pkg, doc); err != nil || ch != nil {
		t.Errorf("no landscape section: changes %d, %v", len(ch), err)
	}
	ch, err := TurnedFooterChanges(pkg, withTurned)
	if err != nil {
		t.Fatal(err)
	}
	var odd, even string
	for name, b := range ch {
		if strings.HasPrefix(name, "word/footer") {
			if strings.Contains(string(b), `w:jc w:val="right"`) {
				odd = string(b)
			} else {
				even = string(b)
			}
		}
	}
	if odd == "" || even == "" || len(ch) != 5 {
		t.Fatalf("changes %d parts, odd footer %t, even footer %t", len(ch), odd != "", even != "")
	}
	for _, f := range []string{odd, even} {
		for _, want := range []string{`<w:textDirection w:val="tbRl"/>`, `w:horzAnchor="page"`, `w:tblpX="1304"`, `w:tblpY="1588"`,
			`<w:trHeight w:val="8844" w:hRule="exact"/>`, `PAGE`, `<w:pStyle w:val="gwPageNum"/>`, `— `} {
			if !strings.Contains(f, want) {
				t.Errorf("turned footer lacks %s:\n%s", want, f)
			}
		}
	}
	if !strings.Contains(even, `<w:ind w:left="320"/>`) || !strings.Contains(odd, `<w:ind w:right="320"/>`) {
		t.Errorf("the footers lost their one-character indent:\n%s\n%s", odd, even)
	}
	out := string(ch["word/document.xml"])
	sects := sectSpan.FindAllString(out, -1)
	if len(sects) != 3 {
		t.Fatalf("%d sections", len(sects))
	}
	if sects[0] != body || sects[2] != body {
		t.Errorf("the portrait sections changed:\n%s\n%s", sects[0], sects[2])
	}
	if sects[1] == turned || strings.Count(sects[1], "footerReference") != 2 || strings.Contains(sects[1], `r:id="rId5"`) {
		t.Errorf("the landscape section keeps the portrait footers: %s", sects[1])
	}
	// Written, the package holds the new footers and lints as GB/T 9704
	// page numbers: a PAGE field between dashes, right on odd pages.
	var buf bytes.Buffer
	if err := pkg.Write(&buf, ch); err != nil {
		t.Fatal(err)
	}
	got, err := opc.Open(bytes.NewReader(buf.Bytes()), int64(buf.Len()), opc.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	if err := got.Check("word/document.xml"); err != nil {
		t.Errorf("package: %v", err)
	}
	fs, err := Lint(got)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range fs {
		if f.Rule == "page-number" {
			t.Errorf("lint: %s %s", f.Part, f.Msg)
		}
	}

	// A template whose footers hold no page number keeps them.
	noNumber := map[string][]byte{}
	for _, name := range pkg.Names() {
		if strings.HasPrefix(name, "word/footer") {
			noNumber[name] = []byte(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
				`<w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p/></w:ftr>`)
		}
	}
	buf.Reset()
	if err := pkg.Write(&buf, noNumber); err != nil {
		t.Fatal(err)
	}
	bare, err := opc.Open(bytes.NewReader(buf.Bytes()), int64(buf.Len()), opc.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	if ch, err := TurnedFooterChanges(bare, withTurned); err != nil || ch != nil {
		t.Errorf("footers without a page number: changes %d, %v", len(ch), err)
	}
}

// A template's 版记 footer that holds actions is the template's branches,
// not the page's number, however a re-save splits the actions over runs:
// lint does not report a number on the 版记 page for it.
func TestColophonFooterActionsAcrossRuns(t *testing.T) {
	data, err := templates.Read("yinfa.docx")
	if err != nil {
		t.Fatal(err)
	}
	prepared, err := ColophonPage(data)
	if err != nil {
		t.Fatal(err)
	}
	pkg, err := opc.Open(bytes.NewReader(prepared), int64(len(prepared)), opc.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	var empty string
	for _, name := range pkg.Names() {
		if b, _ := pkg.Read(name); strings.HasPrefix(name, "word/footer") && !bytes.Contains(b, []byte("PAGE")) {
			empty = name
		}
	}
	if empty == "" {
		t.Fatal("no 版记 footer")
	}
	number := `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>` +
		`<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`
	for _, tt := range []struct {
		name, para string
		reported   bool
	}{
		{"a page number", `<w:p><w:r><w:t xml:space="preserve">— </w:t></w:r>` + number + `<w:r><w:t xml:space="preserve"> —</w:t></w:r></w:p>`, true},
		{"an action in one run", `<w:p><w:r><w:t>{{if .Numbered}}— </w:t></w:r>` + number + `<w:r><w:t> —{{end}}</w:t></w:r></w:p>`, false},
		{"an action split over runs", `<w:p><w:r><w:t>{</w:t></w:r><w:proofErr w:type="spellStart"/><w:r w:rsidR="00A1"><w:t>{if .Numbered}}— </w:t></w:r>` +
			number + `<w:r><w:t> —{</w:t></w:r><w:r><w:t>{end}}</w:t></w:r></w:p>`, false},
	} {
		ftr := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
			`<w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` + tt.para + `</w:ftr>`
		var buf bytes.Buffer
		if err := pkg.Write(&buf, map[string][]byte{empty: []byte(ftr)}); err != nil {
			t.Fatal(err)
		}
		got, err := opc.Open(bytes.NewReader(buf.Bytes()), int64(buf.Len()), opc.DefaultLimits)
		if err != nil {
			t.Fatal(err)
		}
		fs, err := Lint(got)
		if err != nil {
			t.Fatal(err)
		}
		reported := false
		for _, f := range fs {
			if f.Rule == "colophon-page" && f.Part == empty {
				reported = true
			}
		}
		if reported != tt.reported {
			t.Errorf("%s: reported %v, want %v (%v)", tt.name, reported, tt.reported, fs)
		}
	}
}
