package docxtest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gongwen/internal/clients"
)

func sample() Doc {
	return Doc{
		Title:     "标题",
		Numbering: true,
		Header:    []Block{P("页眉")},
		Footer:    []Block{P("页脚")},
		Body: []Block{
			P(T("{{.Na"), ProofStart, B("me}}"), ProofEnd, BookmarkStart(1, "b"), T(SmartQuotes(`"引号"`)), BookmarkEnd(1)),
			P(Split("一二三", 3, 6)...).Styled(NumPr(1, 0)),
			TextTable([]string{"a", "b"}, []string{"c", "d"}),
			P(Hyperlink("b", T("链接")), Field("PAGE", "1"), ContentControl("t", T("控件")), Drawing(1)),
		},
	}
}

func TestReadBack(t *testing.T) {
	c, err := ReadDocx(sample().Bytes(), "word/document.xml")
	if err != nil {
		t.Fatal(err)
	}
	want := "{{.Name}}“引号”|一二三|a|b|c|d|链接1控件"
	if got := strings.Join(c.Paras, "|"); got != want {
		t.Errorf("paras %q, want %q", got, want)
	}
	if len(c.Tables) != 1 || c.Tables[0][1][1] != "d" {
		t.Errorf("tables %q", c.Tables)
	}
	if string(sample().Bytes()) != string(sample().Bytes()) {
		t.Error("not deterministic")
	}
}

func TestPythonDocxOpens(t *testing.T) {
	clients.RequirePython(t, "docx")
	path := filepath.Join(t.TempDir(), "s.docx")
	if err := os.WriteFile(path, sample().Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	d := clients.ReadDocx(t, path)
	if len(d.Paragraphs) != 3 || d.Paragraphs[0] != "{{.Name}}“引号”" {
		t.Errorf("paragraphs %q", d.Paragraphs)
	}
}

func TestReadNestedTable(t *testing.T) {
	inner := TextTable([]string{"i1", "i2"})
	var b strings.Builder
	inner.blockXML(&b)
	d := Doc{Body: []Block{Tbl(TR(Cell{Paras: []Para{P("前")}}, C("x"))), P("-")}}
	x := strings.Replace(string(BodyXML(d.Body...)), "<w:p><w:r><w:t>前</w:t></w:r></w:p>", "<w:p><w:r><w:t>前</w:t></w:r></w:p>"+b.String()+"<w:p><w:r><w:t>后</w:t></w:r></w:p>", 1)
	c, err := Read([]byte(x))
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Tables) != 2 || strings.Join(c.Tables[1][0], "|") != "前\n后|x" || strings.Join(c.Tables[0][0], "|") != "i1|i2" {
		t.Errorf("%q", c.Tables)
	}
}
