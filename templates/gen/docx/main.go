// Command docx writes fengong.docx, the built-in 责任分工 template with its
// Word table, from source: every part is WordprocessingML written by the Go
// code in this folder, with the figures of package gbt9704, and zipped
// deterministically (fixed timestamps and order), so the same source
// always gives the same file. The other built-in Word templates are
// maintained as .docx files (see ../../generate.go). It runs from
// `go generate ./templates` and writes into the current folder, or into the
// folder given by -o.
package main

import (
	"archive/zip"
	"bytes"
	"flag"
	"fmt"
	"gongwen/internal/outfile"
	"os"
	"path/filepath"
	"time"
)

// epoch is the timestamp of every zip entry (the zip format's earliest).
var epoch = time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)

// parts returns the parts of a template in the order they are zipped.
func parts(b builtin) [][2]string {
	return [][2]string{
		{"[Content_Types].xml", contentTypes},
		{"_rels/.rels", rootRels},
		{"docProps/core.xml", core(b.title)},
		{"docProps/app.xml", app},
		{"word/document.xml", document(b.body...)},
		{"word/_rels/document.xml.rels", documentRels},
		{"word/styles.xml", styles()},
		{"word/settings.xml", settings},
		{"word/fontTable.xml", fontTable()},
		{"word/theme/theme1.xml", theme()},
		{"word/footer1.xml", footer(true)},
		{"word/footer2.xml", footer(false)},
	}
}

// pack zips the parts of a template.
func pack(b builtin) ([]byte, error) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, p := range parts(b) {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: p[0], Method: zip.Deflate, Modified: epoch})
		if err != nil {
			return nil, err
		}
		if _, err := w.Write([]byte(p[1])); err != nil {
			return nil, err
		}
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// Files returns every built-in template by file name.
func Files() (map[string][]byte, error) {
	out := map[string][]byte{}
	for _, b := range builtins() {
		data, err := pack(b)
		if err != nil {
			return nil, fmt.Errorf("生成 %s：%w", b.name, err)
		}
		out[b.name] = data
	}
	return out, nil
}

func main() {
	dir := flag.String("o", ".", "输出目录")
	flag.Parse()
	files, err := Files()
	if err == nil {
		for _, b := range builtins() {
			if err = write(filepath.Join(*dir, b.name), files[b.name]); err != nil {
				break
			}
		}
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen/docx:", err)
		os.Exit(1)
	}
}

// write writes a generated template atomically, and not at all when the
// committed file already holds these bytes.
func write(path string, data []byte) error {
	_, err := outfile.WriteBytes(path, data)
	return err
}
