package docx

import (
	"slices"
	"testing"
)

// Actions reads a fragment's actions as Parse does: across runs and what
// word processors put between them, normalised, without braces and trim
// markers.
func TestActions(t *testing.T) {
	tests := []struct {
		name, frag string
		want       []string
	}{
		{"one run", `<w:p><w:r><w:t>{{range .Appendices}}</w:t></w:r></w:p>`, []string{"range .Appendices"}},
		{"split with Word's marks", `<w:p><w:r w:rsidR="00A1"><w:t>{{range .</w:t></w:r><w:proofErr w:type="spellStart"/>` +
			`<w:r w:rsidRPr="00B2"><w:rPr><w:b/></w:rPr><w:t>Appendices</w:t></w:r><w:proofErr w:type="spellEnd"/>` +
			`<w:bookmarkStart w:id="0" w:name="_GoBack"/><w:bookmarkEnd w:id="0"/><w:r><w:t xml:space="preserve">}}</w:t></w:r></w:p>`,
			[]string{"range .Appendices"}},
		{"IME braces and trim markers", `<w:p><w:r><w:t>｛｛- .Label -｝｝附件</w:t></w:r></w:p>`, []string{".Label"}},
		{"capitalised keyword, curly quotes", `<w:p><w:r><w:t>{{Range .X}}{{printf “%s” .Y}}{{End}}</w:t></w:r></w:p>`,
			[]string{"range .X", `printf "%s" .Y`, "end"}},
		{"a table's paragraphs in order", `<w:tbl><w:tr><w:tc><w:p><w:r><w:t>{{range columns .Heads.Task}}</w:t></w:r></w:p>` +
			`<w:p><w:r><w:t>{{.}}{{end}}</w:t></w:r></w:p></w:tc></w:tr></w:tbl>`, []string{"range columns .Heads.Task", ".", "end"}},
		{"deleted text is not text", `<w:p><w:del><w:r><w:delText>{{.Gone}}</w:delText></w:r></w:del><w:r><w:t>{{.Here}}</w:t></w:r></w:p>`, []string{".Here"}},
		{"entities", `<w:p><w:r><w:t>{{if and .A (eq .B &quot;x&quot;)}}</w:t></w:r></w:p>`, []string{`if and .A (eq .B "x")`}},
		{"not XML", `<w:p><w:r><w:t>{{.X}}</w:r>`, nil},
		{"no paragraph", `<w:r><w:t>{{.X}}</w:t></w:r>`, nil},
	}
	for _, tt := range tests {
		if got := Actions([]byte(tt.frag)); !slices.Equal(got, tt.want) {
			t.Errorf("%s: Actions = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// Actions never panics, whatever the bytes.
func FuzzActions(f *testing.F) {
	f.Add([]byte(`<w:p><w:r><w:t>{{range .</w:t></w:r><w:proofErr/><w:r><w:t>X}}</w:t></w:r></w:p>`))
	f.Add([]byte(`<w:p><w:r><w:t>｛｛“</w:t></w:r></w:p>`))
	f.Fuzz(func(t *testing.T, b []byte) {
		for _, a := range Actions(b) {
			if len(a) > len(b) {
				t.Fatalf("action %q longer than the fragment", a)
			}
		}
	})
}
