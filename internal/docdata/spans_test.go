package docdata

import (
	"bytes"
	"regexp"
	"testing"

	"gongwen/internal/opc"
	"gongwen/templates"
)

// The width pass's spans are the regular expressions' it replaced.
var (
	tableREWas = regexp.MustCompile(`(?s)<w:tbl>.*?</w:tbl>`)
	rowREWas   = regexp.MustCompile(`(?s)<w:tr\b.*?</w:tr>`)
)

func checkSpans(t *testing.T, doc []byte) {
	t.Helper()
	for _, c := range []struct {
		re          *regexp.Regexp
		open, close string
		word        bool
	}{
		{tableREWas, "<w:tbl>", "</w:tbl>", false},
		{rowREWas, "<w:tr", "</w:tr>", true},
	} {
		var want [][2]int
		for _, m := range c.re.FindAllIndex(doc, -1) {
			want = append(want, [2]int{m[0], m[1]})
		}
		got := elementSpans(doc, c.open, c.close, c.word)
		if len(got) != len(want) {
			t.Fatalf("%s in %q: %v, want %v", c.re, doc, got, want)
		}
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("%s in %q: %v, want %v", c.re, doc, got, want)
			}
		}
		mark := func(b []byte) []byte { return append(append([]byte("["), bytes.ToUpper(b)...), ']') }
		if g, w := replaceSpans(doc, got, mark), c.re.ReplaceAllFunc(doc, mark); !bytes.Equal(g, w) {
			t.Fatalf("%s: replaced %q, want %q", c.re, g, w)
		}
	}
}

func TestElementSpans(t *testing.T) {
	for _, doc := range []string{
		"",
		"<w:tbl>",
		"<w:tbl></w:tbl>",
		"a<w:tbl>x</w:tbl>b<w:tbl>y</w:tbl>c",
		"<w:tbl><w:tbl>nested</w:tbl></w:tbl>",
		"<w:tbl>no end <w:tbl>",
		"</w:tbl><w:tbl>\n</w:tbl>",
		"<w:tr><w:trPr/></w:tr>",
		"<w:trPr></w:tr><w:tr w:rsidR=\"1\">x</w:tr>",
		"<w:tr",
		"<w:tr</w:tr>",
		"<w:tr_x></w:tr><w:tr>",
		"<w:tr9></w:tr><w:tr-></w:tr>",
		"<w:tbl><w:tr><w:tc><w:tcW w:w=\"1\" w:type=\"dxa\"/></w:tc></w:tr></w:tbl>",
	} {
		checkSpans(t, []byte(doc))
	}
}

func FuzzElementSpans(f *testing.F) {
	f.Add([]byte("a<w:tbl>x</w:tbl>b<w:tr>y</w:tr><w:trPr></w:tr>"))
	f.Add([]byte("<w:tbl><w:tbl></w:tbl></w:tbl><w:tr"))
	f.Fuzz(func(t *testing.T, doc []byte) { checkSpans(t, doc) })
}

// BenchmarkTableSpans: the width pass's scan of a template for its tables,
// by the regular expression it used and by elementSpans.
func BenchmarkTableSpans(b *testing.B) {
	tpl, err := templates.Read("yinfa.docx")
	if err != nil {
		b.Fatal(err)
	}
	pkg, err := opc.Open(bytes.NewReader(tpl), int64(len(tpl)), opc.DefaultLimits)
	if err != nil {
		b.Fatal(err)
	}
	doc, err := pkg.Read("word/document.xml")
	if err != nil {
		b.Fatal(err)
	}
	b.Run("regexp", func(b *testing.B) {
		for b.Loop() {
			tableREWas.FindAllIndex(doc, -1)
		}
	})
	b.Run("index", func(b *testing.B) {
		for b.Loop() {
			tables(doc)
		}
	})
}
