package docx

import (
	"archive/zip"
	"bytes"
	"io"
	"regexp"
	"sort"
	"testing"

	"gongwen/internal/docx/docxtest"
)

// memPackage is a Package over parts in memory, for tests that do not need
// the zip layer.
type memPackage struct {
	names []string
	parts map[string][]byte
}

func newMemPackage(parts map[string][]byte) *memPackage {
	p := &memPackage{parts: parts}
	for n := range parts {
		p.names = append(p.names, n)
	}
	sort.Strings(p.names)
	return p
}

func (p *memPackage) Names() []string { return p.names }
func (p *memPackage) Read(name string) ([]byte, error) {
	b, ok := p.parts[name]
	if !ok {
		return nil, io.ErrUnexpectedEOF
	}
	return b, nil
}
func (p *memPackage) Write(w io.Writer, changes map[string][]byte) error {
	zw := zip.NewWriter(w)
	names := append([]string(nil), p.names...)
	for n := range changes {
		if _, ok := p.parts[n]; !ok {
			names = append(names, n)
		}
	}
	for _, n := range names {
		b, ok := changes[n]
		if !ok {
			b = p.parts[n]
		}
		if b == nil {
			continue
		}
		f, err := zw.Create(n)
		if err != nil {
			return err
		}
		f.Write(b)
	}
	return zw.Close()
}

func docPackage(d docxtest.Doc) *memPackage { return newMemPackage(d.Files()) }

func mustParse(t testing.TB, d docxtest.Doc, opts Options) *Template {
	t.Helper()
	tp, err := parsePackage("t.docx", docPackage(d), opts)
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	return tp
}

func renderDoc(t testing.TB, tp *Template, data any) map[string][]byte {
	t.Helper()
	out, err := tp.Render(data, ExecOptions{})
	if err != nil {
		t.Fatalf("render: %v", err)
	}
	return out
}

func bodyOf(t testing.TB, parts map[string][]byte) docxtest.Content {
	t.Helper()
	c, err := docxtest.Read(parts["word/document.xml"])
	if err != nil {
		t.Fatalf("output is not well-formed: %v\n%s", err, parts["word/document.xml"])
	}
	return c
}

var _ = bytes.NewReader

func regexpAll(re, s string) []string {
	var out []string
	for _, m := range regexp.MustCompile(re).FindAllStringSubmatch(s, -1) {
		out = append(out, m[1])
	}
	return out
}
