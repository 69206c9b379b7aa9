package gbt9704

import (
	"bytes"
	"strings"
	"testing"

	"gongwen/internal/opc"
	"gongwen/templates"
)

// A letter's template gets a first-page footer holding the lower red
// double rule (thin over thick, 170 mm, 20 mm above the page's bottom) and
// no page number; the other pages keep theirs.
func TestLetterFirstPage(t *testing.T) {
	data, err := templates.Read("tongzhi.docx")
	if err != nil {
		t.Fatal(err)
	}
	out, err := LetterFirstPage(data, "c00000")
	if err != nil {
		t.Fatal(err)
	}
	pkg, err := opc.Open(bytes.NewReader(out), int64(len(out)), opc.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	doc, _ := pkg.Read("word/document.xml")
	sect := string(doc[bytes.LastIndex(doc, []byte("<w:sectPr")):])
	for _, want := range []string{`<w:titlePg/>`, `w:type="first"`, `w:type="default" r:id="rId5"`, `w:type="even" r:id="rId6"`} {
		if !strings.Contains(sect, want) {
			t.Errorf("last section lacks %s: %s", want, sect)
		}
	}
	if strings.Index(sect, "<w:titlePg/>") > strings.Index(sect, "<w:docGrid") {
		t.Errorf("w:titlePg after w:docGrid (schema order): %s", sect)
	}
	var first string
	for _, name := range pkg.Names() {
		b, _ := pkg.Read(name)
		if strings.HasPrefix(name, "word/footer") && bytes.Contains(b, []byte("w:framePr")) {
			first = string(b)
		}
	}
	if first == "" {
		t.Fatal("no footer with the lower double rule")
	}
	for _, want := range []string{`w:color="C00000"`, `w:w="9638"`, `w:vAnchor="page"`} {
		if !strings.Contains(first, want) {
			t.Errorf("first-page footer lacks %s: %s", want, first)
		}
	}
	if strings.Contains(first, "PAGE") {
		t.Error("first-page footer of a letter has a page number")
	}
	if err := pkg.Check("word/document.xml"); err != nil {
		t.Errorf("package: %v", err)
	}
	fs, err := Lint(pkg)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range fs {
		if f.Rule == "page-number" {
			t.Errorf("lint: %s", f)
		}
	}
	if _, err := LetterFirstPage(data, "red"); err == nil {
		t.Error("a red that is not RRGGBB: no error")
	}
}
