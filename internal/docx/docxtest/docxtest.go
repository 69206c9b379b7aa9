// Package docxtest writes small, valid .docx files for tests: paragraphs made
// of runs (split wherever the test wants), proofing marks, bookmarks, tables,
// a header and a footer, numbering, core properties. It also reads the text
// back out of a .docx, so tests can assert on what a renderer produced
// without a real client.
//
// Everything is deterministic: the same Doc gives the same bytes.
package docxtest

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
)

// Namespaces declared on every part's root, as Word writes them (with
// mc:Ignorable), so engines are tested against realistic roots.
const Namespaces = `xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" ` +
	`xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ` +
	`xmlns:o="urn:schemas-microsoft-com:office:office" ` +
	`xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ` +
	`xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" ` +
	`xmlns:v="urn:schemas-microsoft-com:vml" ` +
	`xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" ` +
	`xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ` +
	`xmlns:w10="urn:schemas-microsoft-com:office:word" ` +
	`xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ` +
	`xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" ` +
	`xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" ` +
	`xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" ` +
	`mc:Ignorable="w14 wp14"`

// Block is a body-level item: a Para, a Table or Raw XML.
type Block interface{ blockXML(b *strings.Builder) }

// Inline is an item of a paragraph: a Run or Raw XML (proofErr, bookmarks…).
type Inline interface{ inlineXML(b *strings.Builder) }

// Raw is XML written as is, as a block or between runs.
type Raw string

func (r Raw) blockXML(b *strings.Builder)  { b.WriteString(string(r)) }
func (r Raw) inlineXML(b *strings.Builder) { b.WriteString(string(r)) }

// Run is one w:r with one w:t. Props is the inner XML of w:rPr.
type Run struct {
	Text  string
	Props string
	RsidR string // w:rsidR on the run, as Word writes revision ids
}

func (r Run) inlineXML(b *strings.Builder) {
	b.WriteString("<w:r")
	if r.RsidR != "" {
		fmt.Fprintf(b, ` w:rsidR="%s"`, r.RsidR)
	}
	b.WriteString(">")
	if r.Props != "" {
		b.WriteString("<w:rPr>" + r.Props + "</w:rPr>")
	}
	// Word writes xml:space only when the text has edge spaces; do the same.
	if strings.TrimSpace(r.Text) != r.Text {
		b.WriteString(`<w:t xml:space="preserve">`)
	} else {
		b.WriteString("<w:t>")
	}
	xml.EscapeText(writerOf(b), []byte(r.Text))
	b.WriteString("</w:t></w:r>")
}

type sbWriter struct{ b *strings.Builder }

func (w sbWriter) Write(p []byte) (int, error) { return w.b.Write(p) }

func writerOf(b *strings.Builder) io.Writer { return sbWriter{b} }

// T is a plain run, B a bold run, R a run with the given rPr inner XML.
func T(text string) Run          { return Run{Text: text} }
func B(text string) Run          { return Run{Text: text, Props: "<w:b/>"} }
func R(text, props string) Run   { return Run{Text: text, Props: props} }
func Rsid(text, rsid string) Run { return Run{Text: text, RsidR: rsid} }
func Color(text, hex string) Run { return Run{Text: text, Props: `<w:color w:val="` + hex + `"/>`} }
func Size(text string, halfPt int) Run {
	return Run{Text: text, Props: fmt.Sprintf(`<w:sz w:val="%d"/>`, halfPt)}
}

// Proofing marks and page-break hints that Word puts between runs.
const (
	ProofStart Raw = `<w:proofErr w:type="spellStart"/>`
	ProofEnd   Raw = `<w:proofErr w:type="spellEnd"/>`
	GramStart  Raw = `<w:proofErr w:type="gramStart"/>`
	GramEnd    Raw = `<w:proofErr w:type="gramEnd"/>`
	// RenderedBreak is a run holding only w:lastRenderedPageBreak.
	RenderedBreak Raw = `<w:r><w:lastRenderedPageBreak/></w:r>`
)

// BookmarkStart and BookmarkEnd are the two halves of a bookmark.
func BookmarkStart(id int, name string) Raw {
	return Raw(fmt.Sprintf(`<w:bookmarkStart w:id="%d" w:name="%s"/>`, id, name))
}
func BookmarkEnd(id int) Raw { return Raw(fmt.Sprintf(`<w:bookmarkEnd w:id="%d"/>`, id)) }

// Para is a w:p. Props is the inner XML of w:pPr; ParaID sets w14:paraId.
type Para struct {
	Props  string
	ParaID string
	Items  []Inline
}

// P builds a paragraph; each string becomes its own plain run.
func P(items ...any) Para {
	var p Para
	for _, it := range items {
		switch v := it.(type) {
		case string:
			p.Items = append(p.Items, T(v))
		case Inline:
			p.Items = append(p.Items, v)
		default:
			panic(fmt.Sprintf("docxtest.P: %T is not a run", it))
		}
	}
	return p
}

// BlockXML writes the paragraph's XML to b.
func (p Para) BlockXML(b *strings.Builder) { p.blockXML(b) }

// Styled returns p with the given pPr inner XML.
func (p Para) Styled(props string) Para { p.Props = props; return p }

func (p Para) blockXML(b *strings.Builder) {
	b.WriteString("<w:p")
	if p.ParaID != "" {
		fmt.Fprintf(b, ` w14:paraId="%s" w14:textId="77777777"`, p.ParaID)
	}
	b.WriteString(">")
	if p.Props != "" {
		b.WriteString("<w:pPr>" + p.Props + "</w:pPr>")
	}
	for _, it := range p.Items {
		it.inlineXML(b)
	}
	b.WriteString("</w:p>")
}

// Cell is a w:tc holding paragraphs (at least one is written).
type Cell struct {
	Props string
	Paras []Para
}

// Row is a w:tr. Props is the inner XML of w:trPr.
type Row struct {
	Props string
	Cells []Cell
}

// Table is a w:tbl with a grid of equal columns.
type Table struct{ Rows []Row }

// C makes a cell of one paragraph from the items (as P does).
func C(items ...any) Cell { return Cell{Paras: []Para{P(items...)}} }

// TR makes a row from cells.
func TR(cells ...Cell) Row { return Row{Cells: cells} }

// Tbl makes a table from rows. Put a paragraph between two tables, as Word
// always does: readers merge adjacent tables into one.
func Tbl(rows ...Row) Table { return Table{Rows: rows} }

// TextTable makes a table whose cells each hold one run with the text.
func TextTable(rows ...[]string) Table {
	var t Table
	for _, r := range rows {
		var row Row
		for _, c := range r {
			row.Cells = append(row.Cells, C(c))
		}
		t.Rows = append(t.Rows, row)
	}
	return t
}

// BlockXML writes the table's XML to b.
func (t Table) BlockXML(b *strings.Builder) { t.blockXML(b) }

func (t Table) blockXML(b *strings.Builder) {
	cols := 0
	for _, r := range t.Rows {
		cols = max(cols, len(r.Cells))
	}
	b.WriteString(`<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>`)
	for range cols {
		fmt.Fprintf(b, `<w:gridCol w:w="%d"/>`, 9000/max(cols, 1))
	}
	b.WriteString("</w:tblGrid>")
	for _, r := range t.Rows {
		b.WriteString("<w:tr>")
		if r.Props != "" {
			b.WriteString("<w:trPr>" + r.Props + "</w:trPr>")
		}
		for _, c := range r.Cells {
			b.WriteString("<w:tc><w:tcPr>")
			fmt.Fprintf(b, `<w:tcW w:w="%d" w:type="dxa"/>`, 9000/max(cols, 1))
			b.WriteString(c.Props + "</w:tcPr>")
			if len(c.Paras) == 0 {
				b.WriteString("<w:p/>")
			}
			for _, p := range c.Paras {
				p.blockXML(b)
			}
			b.WriteString("</w:tc>")
		}
		b.WriteString("</w:tr>")
	}
	b.WriteString("</w:tbl>")
}

// Doc describes a whole document.
type Doc struct {
	Body    []Block
	Header  []Block // written as word/header1.xml when not nil
	Footer  []Block // written as word/footer1.xml when not nil
	Title   string  // dc:title in docProps/core.xml
	Subject string  // dc:subject
	// Numbering adds word/numbering.xml with one decimal list: numId 1
	// (abstractNumId 0). Paragraphs use it with NumPr(1, 0).
	Numbering bool
	// Footnotes are the texts of footnotes 1, 2, …, referenced with
	// FootnoteRef(n); written as word/footnotes.xml with Word's separators.
	Footnotes []string
	// Parts are extra parts written as is (name → content), e.g. media.
	Parts map[string][]byte
}

// FootnoteRef is a run referencing footnote n (1-based, see Doc.Footnotes).
func FootnoteRef(n int) Raw {
	return Raw(fmt.Sprintf(`<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="%d"/></w:r>`, n))
}

// NumPr is the pPr inner XML that puts a paragraph in list numId at level ilvl.
func NumPr(numID, ilvl int) string {
	return fmt.Sprintf(`<w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>`, ilvl, numID)
}

// BodyXML returns word/document.xml for the blocks.
func BodyXML(blocks ...Block) []byte {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n")
	b.WriteString(`<w:document ` + Namespaces + `><w:body>`)
	for _, bl := range blocks {
		bl.blockXML(&b)
	}
	b.WriteString(`<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr></w:body></w:document>`)
	return []byte(b.String())
}

func hdrFtrXML(root string, blocks []Block) []byte {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n")
	b.WriteString(`<w:` + root + ` ` + Namespaces + `>`)
	if len(blocks) == 0 {
		b.WriteString("<w:p/>")
	}
	for _, bl := range blocks {
		bl.blockXML(&b)
	}
	b.WriteString(`</w:` + root + `>`)
	return []byte(b.String())
}

// Bytes returns the .docx file.
func (d Doc) Bytes() []byte {
	parts := d.Files()
	names := make([]string, 0, len(parts))
	for n := range parts {
		names = append(names, n)
	}
	// [Content_Types].xml first, as Word writes it; the rest sorted.
	sort.Slice(names, func(i, j int) bool {
		a, b := names[i] == "[Content_Types].xml", names[j] == "[Content_Types].xml"
		if a != b {
			return a
		}
		return names[i] < names[j]
	})
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, n := range names {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: n, Method: zip.Deflate,
			Modified: time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)})
		if err != nil {
			panic(err)
		}
		w.Write(parts[n])
	}
	if err := zw.Close(); err != nil {
		panic(err)
	}
	return buf.Bytes()
}

// Files returns every part of the package by name (the unzipped .docx).
func (d Doc) Files() map[string][]byte {
	p := map[string][]byte{}
	ct := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
		`<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
		`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
		`<Default Extension="xml" ContentType="application/xml"/>` +
		`<Default Extension="png" ContentType="image/png"/>` +
		`<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
		`<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>` +
		`<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>`
	rels := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
		`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
		`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>`
	body := d.Body
	var sect string
	if d.Header != nil {
		ct += `<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>`
		rels += `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>`
		p["word/header1.xml"] = hdrFtrXML("hdr", d.Header)
		sect += `<w:headerReference w:type="default" r:id="rId2"/>`
	}
	if d.Footer != nil {
		ct += `<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>`
		rels += `<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>`
		p["word/footer1.xml"] = hdrFtrXML("ftr", d.Footer)
		sect += `<w:footerReference w:type="default" r:id="rId3"/>`
	}
	if d.Numbering {
		ct += `<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>`
		rels += `<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>`
		p["word/numbering.xml"] = []byte(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
			`<w:numbering ` + Namespaces + `><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>` +
			`<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl>` +
			`</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`)
	}
	if len(d.Footnotes) > 0 {
		ct += `<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>`
		rels += `<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>`
		var fb strings.Builder
		fb.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" + `<w:footnotes ` + Namespaces + `>` +
			`<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>` +
			`<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>`)
		for i, f := range d.Footnotes {
			fmt.Fprintf(&fb, `<w:footnote w:id="%d"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>`, i+1)
			T(" " + f).inlineXML(&fb)
			fb.WriteString(`</w:p></w:footnote>`)
		}
		fb.WriteString(`</w:footnotes>`)
		p["word/footnotes.xml"] = []byte(fb.String())
	}
	ct += `</Types>`
	rels += `</Relationships>`
	doc := string(BodyXML(body...))
	if sect != "" {
		doc = strings.Replace(doc, "<w:sectPr>", "<w:sectPr>"+sect, 1)
	}
	p["[Content_Types].xml"] = []byte(ct)
	p["_rels/.rels"] = []byte(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
		`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
		`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>` +
		`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
		`</Relationships>`)
	p["word/_rels/document.xml.rels"] = []byte(rels)
	p["word/document.xml"] = []byte(doc)
	p["word/styles.xml"] = []byte(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
		`<w:styles ` + Namespaces + `><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="Noto Serif CJK SC" w:hAnsi="Times New Roman"/><w:sz w:val="24"/></w:rPr></w:rPrDefault></w:docDefaults>` +
		`<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>` +
		`<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style></w:styles>`)
	var cb strings.Builder
	cb.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
		`<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>`)
	xml.EscapeText(writerOf(&cb), []byte(d.Title))
	cb.WriteString(`</dc:title><dc:subject>`)
	xml.EscapeText(writerOf(&cb), []byte(d.Subject))
	cb.WriteString(`</dc:subject><dc:creator>docxtest</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2025-01-01T00:00:00Z</dcterms:created></cp:coreProperties>`)
	p["docProps/core.xml"] = []byte(cb.String())
	for n, b := range d.Parts {
		p[n] = b
	}
	return p
}

// Write writes the document to dir/name and returns the path.
func Write(t testing.TB, dir, name string, d Doc) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, d.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// SmartQuotes turns straight double and single quotes into the curly pairs
// Word's AutoFormat types (“ ” ‘ ’), alternating open and close.
func SmartQuotes(s string) string {
	var b strings.Builder
	dq, sq := false, false
	for _, r := range s {
		switch r {
		case '"':
			if dq {
				b.WriteRune('”')
			} else {
				b.WriteRune('“')
			}
			dq = !dq
		case '\'':
			if sq {
				b.WriteRune('’')
			} else {
				b.WriteRune('‘')
			}
			sq = !sq
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Split cuts s into runs at the given byte offsets, alternating plain and
// bold runs, the way an author's formatting change splits a tag.
func Split(s string, at ...int) []any {
	var out []any
	prev := 0
	for i, a := range append(at, len(s)) {
		piece := s[prev:a]
		prev = a
		if i%2 == 0 {
			out = append(out, T(piece))
		} else {
			out = append(out, B(piece))
		}
	}
	return out
}

// Drawing is a run holding an inline picture frame with the given wp:docPr
// id (no picture data: enough for id and structure checks).
func Drawing(id int) Raw {
	return Raw(fmt.Sprintf(`<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="914400" cy="914400"/>`+
		`<wp:docPr id="%d" name="图片 %d"/></wp:inline></w:drawing></w:r>`, id, id))
}

// Hyperlink wraps runs in a w:hyperlink to an anchor (a bookmark name).
func Hyperlink(anchor string, runs ...Run) Raw {
	var b strings.Builder
	fmt.Fprintf(&b, `<w:hyperlink w:anchor="%s" w:history="1">`, anchor)
	for _, r := range runs {
		r.inlineXML(&b)
	}
	b.WriteString(`</w:hyperlink>`)
	return Raw(b.String())
}

// Field is a complex field (fldChar begin/separate/end) with its
// instruction and its current result, as Word writes PAGE or REF fields.
func Field(instr, result string) Raw {
	var b strings.Builder
	b.WriteString(`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> `)
	xml.EscapeText(writerOf(&b), []byte(instr))
	b.WriteString(` </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>`)
	T(result).inlineXML(&b)
	b.WriteString(`<w:r><w:fldChar w:fldCharType="end"/></w:r>`)
	return Raw(b.String())
}

// ContentControl wraps runs in an inline w:sdt (a plain-text content control).
func ContentControl(tag string, runs ...Run) Raw {
	var b strings.Builder
	fmt.Fprintf(&b, `<w:sdt><w:sdtPr><w:tag w:val="%s"/><w:text/></w:sdtPr><w:sdtContent>`, tag)
	for _, r := range runs {
		r.inlineXML(&b)
	}
	b.WriteString(`</w:sdtContent></w:sdt>`)
	return Raw(b.String())
}
