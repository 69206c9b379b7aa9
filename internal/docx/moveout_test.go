package docx

import (
	"bytes"
	"encoding/xml"
	"io"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	dt "gongwen/internal/docx/docxtest"
)

// Artefacts editors leave in paragraphs of control actions.
const (
	pageBreak   dt.Raw = `<w:r><w:br w:type="page"/></w:r>`
	columnBreak dt.Raw = `<w:r><w:br w:type="column"/></w:r>`
	emptyRun    dt.Raw = `<w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr></w:r>`
	sectPr             = `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>`
)

// breakTexts reads the body's paragraphs as a reader sees them, a page
// break (typed, or a paragraph's page-break-before) as "[分页]", a column
// break as "[分栏]", a paragraph ending a section as "[分节]".
func breakTexts(t *testing.T, part []byte) []string {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(part))
	var out []string
	var cur *strings.Builder
	inT := false
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return out
		}
		if err != nil {
			t.Fatalf("output is not well-formed: %v\n%s", err, part)
		}
		switch x := tok.(type) {
		case xml.StartElement:
			switch x.Name.Local {
			case "p":
				cur = &strings.Builder{}
			case "t":
				inT = true
			case "pageBreakBefore":
				if cur != nil && (len(x.Attr) == 0 || x.Attr[0].Value == "1" || x.Attr[0].Value == "true") {
					cur.WriteString("[分页]")
				}
			case "sectPr":
				if cur != nil {
					cur.WriteString("[分节]")
				}
			case "br":
				if cur != nil {
					for _, a := range x.Attr {
						cur.WriteString(map[string]string{"page": "[分页]", "column": "[分栏]"}[a.Value])
					}
				}
			}
		case xml.EndElement:
			switch x.Name.Local {
			case "t":
				inT = false
			case "p":
				out = append(out, cur.String())
				cur = nil
			}
		case xml.CharData:
			if inT && cur != nil {
				cur.Write(x)
			}
		}
	}
}

// TestEditorArtefactsInControlParagraphs: what Word, WPS and LibreOffice
// leave in or next to a paragraph of control actions never stops it being
// removed; breaks keep their effect on the paragraphs the reader sees.
func TestEditorArtefactsInControlParagraphs(t *testing.T) {
	items := M{"Items": []string{"甲", "乙"}, "A": true}
	tests := []struct {
		name string
		body []dt.Block
		want []string
	}{
		{"page break LibreOffice wrote into {{range}}: every item on a new page",
			[]dt.Block{dt.P("前"), dt.P("{{range .Items}}", pageBreak), dt.P("项：{{.}}"), dt.P("{{end}}"), dt.P("后")},
			[]string{"前", "[分页]项：甲", "[分页]项：乙", "后"}},
		{"page break typed before {{range}}",
			[]dt.Block{dt.P("前"), dt.P(pageBreak, "{{range .Items}}"), dt.P("{{.}}"), dt.P("{{end}}")},
			[]string{"前", "[分页]甲", "[分页]乙"}},
		{"page break after {{end}}: the next paragraph starts a page",
			[]dt.Block{dt.P("{{range .Items}}"), dt.P("{{.}}"), dt.P("{{end}}", pageBreak), dt.P("后")},
			[]string{"甲", "乙", "[分页]后"}},
		{"page break passes over other control paragraphs",
			[]dt.Block{dt.P("{{if .A}}", pageBreak), dt.P("{{range .Items}}"), dt.P("{{.}}"), dt.P("{{end}}"), dt.P("{{end}}")},
			[]string{"[分页]甲", "[分页]乙"}},
		{"the control paragraph's own page-break-before",
			[]dt.Block{dt.P("前"), dt.P("{{range .Items}}").Styled("<w:pageBreakBefore/>"), dt.P("{{.}}"), dt.P("{{end}}")},
			[]string{"前", "[分页]甲", "[分页]乙"}},
		{"page-break-before set off is not a break",
			[]dt.Block{dt.P("{{if .A}}").Styled(`<w:pageBreakBefore w:val="0"/>`), dt.P("x"), dt.P("{{end}}")},
			[]string{"x"}},
		{"column break",
			[]dt.Block{dt.P("{{if .A}}", columnBreak), dt.P("x"), dt.P("{{end}}")},
			[]string{"[分栏]x"}},
		{"page break with no paragraph after it stays as one",
			[]dt.Block{dt.P("{{range .Items}}"), dt.P("{{.}}"), dt.P("{{end}}", pageBreak), dt.TextTable([]string{"表"})},
			[]string{"甲", "乙", "[分页]", "表"}},
		{"section break in {{range}} ends the section before the loop",
			[]dt.Block{dt.P("前"), dt.P("{{range .Items}}").Styled(sectPr), dt.P("{{.}}"), dt.P("{{end}}")},
			[]string{"前", "[分节]", "甲", "乙"}},
		{"section break in {{end}} ends the section after the loop",
			[]dt.Block{dt.P("{{range .Items}}"), dt.P("{{.}}"), dt.P("{{end}}").Styled(sectPr), dt.P("后")},
			[]string{"甲", "乙", "[分节]", "后"}},
		{"bookmark within the paragraph (_GoBack)",
			[]dt.Block{dt.P(dt.BookmarkStart(5, "_GoBack"), "{{if .A}}", dt.BookmarkEnd(5)), dt.P("x"), dt.P("{{end}}")},
			[]string{"x"}},
		{"bookmark reaching into content",
			[]dt.Block{dt.P(dt.BookmarkStart(7, "附件"), "{{range .Items}}"), dt.P("{{.}}", dt.BookmarkEnd(7)), dt.P("{{end}}")},
			[]string{"甲", "乙"}},
		{"proofing marks, rendered page break, revision ids, paraId and empty runs",
			[]dt.Block{dt.Para{ParaID: "1A2B3C4D", Items: []dt.Inline{dt.ProofStart, dt.Rsid("{{ran", "00A1B2C3"), dt.RenderedBreak,
				dt.Rsid("ge .Items}}", "00D4E5F6"), dt.ProofEnd, emptyRun}}, dt.P("{{.}}"), dt.P(emptyRun, dt.GramStart, "{{end}}", dt.GramEnd)},
			[]string{"甲", "乙"}},
		{"in a table cell",
			[]dt.Block{dt.Tbl(dt.TR(dt.Cell{Paras: []dt.Para{dt.P("{{range .Items}}", pageBreak), dt.P("{{.}}"), dt.P("{{end}}")}}))},
			[]string{"[分页]甲", "[分页]乙"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, err := try(dt.Doc{Body: tc.body}, items, Options{})
			if err != nil {
				t.Fatal(err)
			}
			x := out["word/document.xml"]
			if got := breakTexts(t, x); strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("paragraphs\n got %q\nwant %q\n%s", got, tc.want, x)
			}
		})
	}
}

// TestMovedBreakKeepsPropertyOrder: the page-break-before given to the next
// paragraph stands where the schema wants it (Word refuses a file
// otherwise), replaces one that said off, and keeps the other properties.
func TestMovedBreakKeepsPropertyOrder(t *testing.T) {
	body := []dt.Block{dt.P("{{if .A}}", pageBreak),
		dt.P("x").Styled(`<w:pStyle w:val="gwLabel"/><w:keepNext/><w:pageBreakBefore w:val="false"/><w:jc w:val="center"/>`), dt.P("{{end}}")}
	out, err := try(dt.Doc{Body: body}, M{"A": true}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := `<w:pPr><w:pStyle w:val="gwLabel"/><w:keepNext/><w:pageBreakBefore/><w:jc w:val="center"/></w:pPr>`
	if x := string(out["word/document.xml"]); !strings.Contains(x, want) || strings.Count(x, "pageBreakBefore") != 1 {
		t.Errorf("want %s in\n%s", want, x)
	}
	// A paragraph written <w:p/> is opened to take it.
	body = []dt.Block{dt.P("{{if .A}}", pageBreak), dt.Raw(`<w:p w:rsidR="00AB12CD"/>`), dt.P("{{end}}")}
	if out, err = try(dt.Doc{Body: body}, M{"A": true}, Options{}); err != nil {
		t.Fatal(err)
	}
	if x := string(out["word/document.xml"]); !strings.Contains(x, `<w:p><w:pPr><w:pageBreakBefore/></w:pPr></w:p>`) {
		t.Errorf("empty paragraph:\n%s", x)
	}
}

// TestMovedBookmarksStayBalanced: a bookmark that begins in a removed
// paragraph and ends in content keeps both ends, once, even in a loop.
func TestMovedBookmarksStayBalanced(t *testing.T) {
	body := []dt.Block{dt.P(dt.BookmarkStart(7, "附件"), "{{range .Items}}"), dt.P("{{.}}"), dt.P("{{end}}", dt.BookmarkEnd(7)),
		dt.P(dt.BookmarkStart(5, "_GoBack"), "{{if .A}}", dt.BookmarkEnd(5)), dt.P("x"), dt.P("{{end}}")}
	out, err := try(dt.Doc{Body: body}, M{"Items": []string{"甲", "乙"}, "A": true}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	x := string(out["word/document.xml"])
	starts, ends := regexpAll(`<w:bookmarkStart w:id="(\d+)"`, x), regexpAll(`<w:bookmarkEnd w:id="(\d+)"`, x)
	if strings.Join(starts, ",") != "7" || strings.Join(ends, ",") != "7" || strings.Contains(x, "_GoBack") {
		t.Errorf("bookmarks: starts %v, ends %v\n%s", starts, ends, x)
	}
	// The start stays before the loop, the end after it.
	if i, j, k := strings.Index(x, "bookmarkStart"), strings.Index(x, "甲"), strings.Index(x, "bookmarkEnd"); !(i < j && j < k) {
		t.Errorf("bookmark around the loop:\n%s", x)
	}
}

// TestControlParagraphWithContentSaysWhy: a paragraph of control actions
// that also holds something the reader sees (a picture) stays, and the
// message says what keeps it, so the author can find and move it.
func TestControlParagraphWithContentSaysWhy(t *testing.T) {
	body := []dt.Block{dt.P("{{range .Items}}", dt.Drawing(1)), dt.P("{{.}}"), dt.P("{{end}}")}
	_, err := try(dt.Doc{Body: body}, M{"Items": []string{"甲"}}, Options{})
	if err == nil || !strings.Contains(err.Error(), "所在段落还有图片或图形") {
		t.Fatalf("err = %v", err)
	}
	body = []dt.Block{dt.P("{{range .Items}}", dt.Raw(`<w:r><w:tab/></w:r>`)), dt.P("{{.}}"), dt.P("{{end}}")}
	if _, err = try(dt.Doc{Body: body}, M{"Items": []string{"甲"}}, Options{}); err == nil || !strings.Contains(err.Error(), "所在段落还有制表符") {
		t.Fatalf("err = %v", err)
	}
}

// FuzzEditorArtefacts puts what editors leave — page and column breaks,
// page-break-before, section breaks, bookmarks (some reaching into the
// next paragraph), proofing marks, rendered page breaks, empty runs — into
// the paragraphs of a template (lines of spec) at random. A template that
// builds without them builds with them, to well-formed XML with the same
// text: the artefacts never turn into an error.
func FuzzEditorArtefacts(f *testing.F) {
	f.Add("前\n{{range .B}}\n项{{.}}\n{{end}}\n后", uint64(0x5a5a5a5a5a5a))
	f.Add("{{if .C}}\n{{range .B}}\n{{.}}\n{{end}}\n{{else}}\n否\n{{end}}", uint64(0xfedcba9876543210))
	f.Add("{{define \"x\"}}\n定义{{.}}\n{{end}}\n{{template \"x\" .A}}\n{{with .D}}\n{{.E}}\n{{end}}", uint64(0x123456789))
	f.Add("a{{range .B}}<{{.}}\n>{{end}}b\n{{/* 注 */}}\n{{$x := 1}}\n{{$x}}", uint64(0xffffffffffffffff))
	f.Fuzz(func(t *testing.T, spec string, seed uint64) {
		if len(spec) > 600 {
			return
		}
		lines := strings.Split(spec, "\n")
		clean := make([]dt.Block, len(lines))
		dirty := make([]dt.Block, len(lines))
		bit := func(i, k int) bool { return seed>>(uint(i*7+k)%64)&1 == 1 }
		openBookmark := -1
		for i, line := range lines {
			clean[i] = dt.P(line)
			var items []any
			var props string
			if openBookmark >= 0 {
				items = append(items, dt.BookmarkEnd(openBookmark))
				openBookmark = -1
			}
			if bit(i, 0) {
				items = append(items, pageBreak)
			}
			if bit(i, 1) {
				items = append(items, dt.ProofStart, dt.RenderedBreak, emptyRun)
			}
			if bit(i, 2) {
				items = append(items, dt.BookmarkStart(100+i, "_GoBack"), dt.BookmarkEnd(100+i))
			}
			half := len(line) / 2
			for half > 0 && !utf8.RuneStart(line[half]) {
				half--
			}
			items = append(items, dt.Split(line, half)...)
			if bit(i, 3) {
				items = append(items, columnBreak, dt.ProofEnd)
			}
			if bit(i, 4) && i+1 < len(lines) {
				items = append(items, dt.BookmarkStart(i, "附件"))
				openBookmark = i
			}
			if bit(i, 5) {
				props += "<w:pageBreakBefore/>"
			}
			if bit(i, 6) && !bit(i, 5) {
				props += sectPr
			}
			dirty[i] = dt.P(items...).Styled(props)
		}
		opts := Options{Missing: "empty", Timeout: time.Second, MaxOutput: 1 << 20}
		render := func(body []dt.Block) (map[string][]byte, error) {
			tp, err := parsePackage("f.docx", docPackage(dt.Doc{Body: body}), opts)
			if err != nil {
				return nil, err
			}
			return tp.Render(fuzzData, ExecOptions{})
		}
		want, err := render(clean)
		if err != nil {
			return
		}
		got, err := render(dirty)
		if err != nil {
			t.Fatalf("artefacts made an error: %v\n%q", err, spec)
		}
		text := func(part []byte) string {
			var out []string
			for _, p := range breakTexts(t, part) {
				for _, m := range []string{"[分页]", "[分栏]", "[分节]"} {
					p = strings.ReplaceAll(p, m, "")
				}
				if p != "" {
					out = append(out, p)
				}
			}
			return strings.Join(out, "|")
		}
		if w, g := text(want["word/document.xml"]), text(got["word/document.xml"]); w != g {
			t.Fatalf("text differs\nwant %q\n got %q\n%s", w, g, got["word/document.xml"])
		}
	})
}
