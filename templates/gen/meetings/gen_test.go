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

func generated(t *testing.T) map[string][]byte {
	t.Helper()
	base, err := os.ReadFile(filepath.Join("..", "..", "tongzhi.docx"))
	if err != nil {
		t.Fatal(err)
	}
	files, err := Files(base)
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// TestCommittedTemplatesMatchGenerator fails when the committed files
// drift from this generator or from tongzhi.docx: run
// `go generate ./templates` and commit. Parts are compared uncompressed.
func TestCommittedTemplatesMatchGenerator(t *testing.T) {
	files := generated(t)
	for _, tp := range templates() {
		committed, err := os.ReadFile(filepath.Join("..", "..", tp.name))
		if err != nil {
			t.Errorf("%s: %v (run go generate ./templates)", tp.name, err)
			continue
		}
		want, got := unzip(t, files[tp.name]), unzip(t, committed)
		for name, w := range want {
			if got[name] != w {
				t.Errorf("%s: part %s differs from the generator (run go generate ./templates)", tp.name, name)
			}
		}
		if len(got) != len(want) {
			t.Errorf("%s: %d parts, the generator writes %d", tp.name, len(got), len(want))
		}
	}
}

// Every document.xml is well-formed and every action marker balanced.
func TestWellFormed(t *testing.T) {
	for name, data := range generated(t) {
		doc := unzip(t, data)["word/document.xml"]
		d := xml.NewDecoder(strings.NewReader(doc))
		for {
			_, err := d.Token()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
		}
		open := strings.Count(doc, "{{range") + strings.Count(doc, "{{if")
		if end := strings.Count(doc, "{{end}}"); open != end {
			t.Errorf("%s: %d blocks opened, %d ended", name, open, end)
		}
	}
}

func TestDeterministic(t *testing.T) {
	a, b := generated(t), generated(t)
	for name := range a {
		if !bytes.Equal(a[name], b[name]) {
			t.Errorf("%s differs between two runs", name)
		}
	}
}

func TestMarkerMissing(t *testing.T) {
	if _, err := insertBefore("<w:body></w:body>", "if .Notes", "x"); err == nil {
		t.Error("no error for a missing marker")
	}
	if _, err := replaceBody("<w:document/>", "x"); err == nil {
		t.Error("no error for a missing body")
	}
}
