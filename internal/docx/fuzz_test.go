package docx

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"strings"
	"testing"
	"time"

	dt "gongwen/internal/docx/docxtest"
)

func wellFormed(b []byte) error {
	d := xml.NewDecoder(bytes.NewReader(b))
	for {
		_, err := d.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

var fuzzData = M{"A": "R&D<\n\t>", "B": []string{"x", "y"}, "C": true, "D": M{"E": "e"}}

// FuzzMerge cuts a paragraph's text into runs at arbitrary places, with
// proofing marks and bookmarks between them: parsing must not panic, and a
// render that succeeds must give well-formed XML with the same text as the
// unsplit paragraph.
func FuzzMerge(f *testing.F) {
	f.Add("前{{.A}}后", uint64(0x1234))
	f.Add("{{range .B}}{{.}}、{{end}}", uint64(0xdeadbeef))
	f.Add("{{if .C}}是{{else}}否{{end}}", uint64(7))
	f.Add("｛｛.D.E｝｝“{{printf “%s” .A}}”", uint64(99))
	f.Add("{{.A", uint64(3))
	f.Fuzz(func(t *testing.T, text string, cuts uint64) {
		if len(text) > 300 {
			return
		}
		var items []any
		prev := 0
		k := 0
		for i := range text {
			if i > prev && cuts>>(uint(i)%64)&1 == 1 {
				items = append(items, piece4(text[prev:i], k))
				if k%3 == 1 {
					items = append(items, dt.ProofStart)
				}
				if k%5 == 2 {
					items = append(items, dt.BookmarkStart(k, "b"), dt.BookmarkEnd(k))
				}
				prev = i
				k++
			}
		}
		items = append(items, piece4(text[prev:], k))
		whole, err1 := try(dt.Doc{Body: []dt.Block{dt.P(text)}}, fuzzData, Options{Missing: "empty", Timeout: time.Second, MaxOutput: 1 << 20})
		split, err2 := try(dt.Doc{Body: []dt.Block{dt.P(items...)}}, fuzzData, Options{Missing: "empty", Timeout: time.Second, MaxOutput: 1 << 20})
		if (err1 == nil) != (err2 == nil) {
			t.Fatalf("split changes the outcome: %v / %v", err1, err2)
		}
		if err2 != nil {
			return
		}
		if err := wellFormed(split["word/document.xml"]); err != nil {
			t.Fatalf("malformed output: %v\n%s", err, split["word/document.xml"])
		}
		a, _ := dt.Read(whole["word/document.xml"])
		b, _ := dt.Read(split["word/document.xml"])
		if strings.Join(a.Paras, "\x00") != strings.Join(b.Paras, "\x00") {
			t.Fatalf("text differs: %q vs %q", a.Paras, b.Paras)
		}
	})
}

func piece4(s string, k int) dt.Run {
	switch k % 4 {
	case 1:
		return dt.B(s)
	case 2:
		return dt.Rsid(s, "00AB12CD")
	case 3:
		return dt.Color(s, "FF0000")
	}
	return dt.T(s)
}

// FuzzCompile feeds arbitrary document.xml to the compiler: it must not
// panic; when the input is well-formed and the template renders, the output
// is well-formed too.
func FuzzCompile(f *testing.F) {
	f.Add(string(dt.BodyXML(dt.P("{{.A}}"))))
	f.Add(string(dt.BodyXML(dt.P("{{range .B}}"), dt.P("{{.}}"), dt.P("{{end}}"))))
	f.Add(string(dt.BodyXML(dt.Tbl(dt.TR(dt.C("{{range .B}}{{.}}"), dt.C("{{end}}"))))))
	f.Add(string(dt.BodyXML(dt.Tbl(dt.TR(dt.C("{{range .B}}")), dt.TR(dt.C("{{vmerge .}}")), dt.TR(dt.C("{{end}}"))))))
	f.Add(`<w:document xmlns:w="x"><w:body><w:p><w:r><w:t>{{if .C}}</w:t></w:r></w:p><w:p><w:r><w:t>{{end}}</w:t></w:r></w:p></w:body></w:document>`)
	f.Fuzz(func(t *testing.T, doc string) {
		if len(doc) > 4000 {
			return
		}
		watch := time.AfterFunc(5*time.Second, func() { panic(fmt.Sprintf("slow input %q", doc)) })
		defer watch.Stop()
		parts := dt.Doc{}.Files()
		parts["word/document.xml"] = []byte(doc)
		tp, err := parsePackage("f.docx", newMemPackage(parts), Options{Missing: "empty", Timeout: time.Second, MaxOutput: 1 << 20})
		if err != nil {
			return
		}
		out, err := tp.Render(fuzzData, ExecOptions{})
		if err != nil {
			return
		}
		if b, ok := out["word/document.xml"]; ok && wellFormed([]byte(doc)) == nil {
			if err := wellFormed(b); err != nil {
				t.Fatalf("malformed output: %v\n%s\n%s", err, doc, b)
			}
		}
	})
}

// FuzzPlacement arranges actions in paragraphs and table cells at random:
// lines are paragraphs, lines starting with "T:" are table rows whose cells
// are separated by "|". Whatever the arrangement, Parse either reports
// errors or the output is well-formed XML.
func FuzzPlacement(f *testing.F) {
	f.Add("{{range .B}}\n{{.}}\n{{end}}")
	f.Add("T:h1|h2\nT:{{range .B}}{{.}}|x{{end}}\nafter")
	f.Add("T:{{range .B}}\nT:{{.}}|{{vmerge .}}\nT:{{end}}")
	f.Add("{{if .C}}\nT:{{range columns .B}}{{.}}{{end}}|b\n{{else}}\nno\n{{end}}")
	f.Add("a{{range .B}}<{{.}}\n>{{end}}b\nT:{{if .C}}|{{end}}")
	f.Fuzz(func(t *testing.T, spec string) {
		if len(spec) > 1000 {
			return
		}
		var body []dt.Block
		var rows []dt.Row
		flush := func() {
			if rows != nil {
				body = append(body, dt.Table{Rows: rows})
				rows = nil
			}
		}
		for _, line := range strings.Split(spec, "\n") {
			if r, ok := strings.CutPrefix(line, "T:"); ok {
				var row dt.Row
				for _, c := range strings.Split(r, "|") {
					var ps []dt.Para
					for _, p := range strings.Split(c, "¶") {
						ps = append(ps, dt.P(p))
					}
					row.Cells = append(row.Cells, dt.Cell{Paras: ps})
				}
				rows = append(rows, row)
				continue
			}
			flush()
			body = append(body, dt.P(line))
		}
		flush()
		d := dt.Doc{Body: body}
		missing := "empty"
		if len(spec)%2 == 1 {
			missing = "error" // exercises the probe of missing values
		}
		tp, err := parsePackage("f.docx", docPackage(d), Options{Missing: missing, Timeout: time.Second, MaxOutput: 1 << 20})
		if err != nil {
			return
		}
		out, err := tp.Render(fuzzData, ExecOptions{})
		if err != nil {
			return
		}
		if err := wellFormed(out["word/document.xml"]); err != nil {
			t.Fatalf("malformed output: %v\n%s\n%s", err, spec, out["word/document.xml"])
		}
	})
}
