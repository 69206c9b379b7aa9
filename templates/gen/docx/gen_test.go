package main

import (
	"bytes"
	"encoding/xml"
	"gongwen/internal/docx/docxtest"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// unzip reads a package's parts as text, through the fixture reader the
// engine's tests use.
func unzip(t *testing.T, data []byte) map[string]string {
	t.Helper()
	parts, err := docxtest.Unzip(data)
	if err != nil {
		t.Fatal(err)
	}
	out := make(map[string]string, len(parts))
	for name, b := range parts {
		out[name] = string(b)
	}
	return out
}

// TestCommittedTemplatesMatchGenerator fails when templates/*.docx drift from
// this generator: run `go generate ./templates` and commit. Parts are
// compared uncompressed, so a change in the compressor of a new Go release
// is not drift.
func TestCommittedTemplatesMatchGenerator(t *testing.T) {
	files, err := Files()
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range builtins() {
		committed, err := os.ReadFile(filepath.Join("..", "..", b.name))
		if err != nil {
			t.Errorf("%s: %v (run go generate ./templates)", b.name, err)
			continue
		}
		want, got := unzip(t, files[b.name]), unzip(t, committed)
		for name, w := range want {
			if got[name] != w {
				t.Errorf("%s: part %s differs from the generator (run go generate ./templates)", b.name, name)
			}
		}
		for name := range got {
			if _, ok := want[name]; !ok {
				t.Errorf("%s: part %s is not written by the generator", b.name, name)
			}
		}
	}
}

func TestDeterministic(t *testing.T) {
	a, err := Files()
	if err != nil {
		t.Fatal(err)
	}
	b, _ := Files()
	for name := range a {
		if !bytes.Equal(a[name], b[name]) {
			t.Errorf("%s: two runs differ", name)
		}
	}
}

// TestWellFormed parses every XML part, and checks that each template
// action stands whole in one w:t, so no editor-style run merging is needed.
func TestWellFormed(t *testing.T) {
	files, err := Files()
	if err != nil {
		t.Fatal(err)
	}
	for name, data := range files {
		for part, text := range unzip(t, data) {
			dec := xml.NewDecoder(strings.NewReader(text))
			var inT bool
			for {
				tok, err := dec.Token()
				if err == io.EOF {
					break
				}
				if err != nil {
					t.Fatalf("%s %s: %v", name, part, err)
				}
				switch tok := tok.(type) {
				case xml.StartElement:
					inT = tok.Name.Local == "t"
				case xml.EndElement:
					inT = false
				case xml.CharData:
					s := string(tok)
					if inT && strings.Count(s, "{{") != strings.Count(s, "}}") {
						t.Errorf("%s %s: unbalanced action in %q", name, part, s)
					}
				}
			}
		}
	}
}

// TestActionsBalance counts block openers against {{end}} per document.
func TestActionsBalance(t *testing.T) {
	for _, b := range builtins() {
		doc := document(b.body...)
		open := 0
		for _, kw := range []string{"{{range ", "{{if ", "{{with "} {
			open += strings.Count(doc, kw)
		}
		if ends := strings.Count(doc, "{{end}}"); ends != open {
			t.Errorf("%s: %d blocks opened, %d {{end}}", b.name, open, ends)
		}
	}
}
