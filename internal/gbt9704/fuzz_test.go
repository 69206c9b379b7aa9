package gbt9704

import (
	"bytes"
	"testing"

	"gongwen/internal/opc"
)

// FuzzLint feeds arbitrary document.xml, styles.xml and footer text to the
// linter inside a valid package: it must report findings or an error,
// never panic.
func FuzzLint(f *testing.F) {
	pkg, doc := goodDocument(f)
	styles, _ := pkg.Read("word/styles.xml")
	footer, _ := pkg.Read("word/footer1.xml")
	f.Add([]byte(doc), styles, footer)
	f.Add([]byte(`<w:document><w:body><w:p><w:pPr><w:pStyle w:val="gwH1"/></w:pPr></w:p><w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl></w:body></w:document>`), []byte(`<w:styles/>`), []byte(`<w:ftr/>`))
	f.Add([]byte(`<w:document><w:body><w:sectPr><w:pgSz/><w:pgMar/><w:docGrid w:type="lines"/></w:sectPr></w:body></w:document>`),
		[]byte(`<w:styles><w:style w:styleId="a" w:type="paragraph"><w:basedOn w:val="a"/></w:style></w:styles>`), []byte(`<w:ftr><w:p><w:fldSimple w:instr="PAGE"/></w:p></w:ftr>`))
	f.Fuzz(func(t *testing.T, doc, styles, footer []byte) {
		var buf bytes.Buffer
		err := pkg.Write(&buf, map[string][]byte{"word/document.xml": doc, "word/styles.xml": styles, "word/footer1.xml": footer})
		if err != nil {
			t.Skip()
		}
		p, err := opc.Open(bytes.NewReader(buf.Bytes()), int64(buf.Len()), opc.DefaultLimits)
		if err != nil {
			t.Skip()
		}
		Lint(p)
	})
}
