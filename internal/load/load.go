package load

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"

	"go.yaml.in/yaml/v3"

	"gongwen/internal/model"
)

// File reads the campaign data file at path (YAML, or JSON when the name
// ends in .json). On success it returns the campaign and the warnings; when
// the input is bad the error is a Diagnostics holding every problem found,
// warnings included, sorted by place.
func File(path string) (*model.Campaign, []Diagnostic, error) {
	data, d := readFile(path)
	if d != nil {
		return nil, nil, Diagnostics{*d}
	}
	return Bytes(path, data)
}

// Bytes is File for data already read; name is used in messages and its
// extension decides between YAML and JSON.
func Bytes(name string, data []byte) (*model.Campaign, []Diagnostic, error) {
	text, doc, diags := prepare(name, data)
	if doc == nil {
		return nil, nil, finish(diags)
	}
	c := &model.Campaign{}
	d := newDecoder(name, doc, len(text))
	root := doc.Content[0]
	d.value(root, reflect.ValueOf(c).Elem(), "", 1, nil)
	diags = append(diags, d.diags...)
	if !d.stop {
		c.ResolvePeriods()
		diags = append(diags, d.place(c.Check())...)
		for _, a := range d.place(c.Advice()) {
			a.Warning, a.Advice = true, true
			diags = append(diags, a)
		}
	}
	diags = dedupe(diags)
	if len(diags.Errors()) > 0 {
		return nil, nil, finish(diags)
	}
	SortDiagnostics(diags)
	return c, diags, nil
}

// dedupe drops a diagnostic that repeats an earlier one at the same place:
// a mistake inside an anchor is met again at every alias that uses it.
func dedupe(ds Diagnostics) Diagnostics {
	type key struct {
		line, col int
		msg       string
	}
	seen := map[key]bool{}
	out := ds[:0]
	for _, d := range ds {
		k := key{d.Line, d.Col, d.Msg}
		if d.Line > 0 && seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, d)
	}
	return out
}

// Source returns the text of a file as the loader decodes it (UTF-8, byte
// order mark removed), for excerpts; nil when it is not text at all.
func Source(path string) []byte {
	data, d := readFile(path)
	if d != nil {
		return nil
	}
	text, _, fail := decodeText(path, data)
	if fail != nil {
		// Show a text with broken bytes (mixed encodings) with them
		// replaced, so the excerpt points at them; not a binary file.
		if bytes.IndexByte(data, 0) >= 0 || int64(len(data)) > maxFileSize() {
			return nil
		}
		return bytes.ToValidUTF8(data, []byte("\uFFFD"))
	}
	return text
}

func finish(diags Diagnostics) error {
	SortDiagnostics(diags)
	return diags
}

// readFile reads a file within the size limit, explaining failures.
func readFile(path string) ([]byte, *Diagnostic) {
	fail := func(format string, a ...any) ([]byte, *Diagnostic) {
		return nil, &Diagnostic{File: path, Msg: fmt.Sprintf(format, a...)}
	}
	f, err := os.Open(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fail("文件不存在")
	case errors.Is(err, fs.ErrPermission):
		return fail("没有读取权限")
	case err != nil:
		return fail("无法打开：%v", err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return fail("无法读取：%v", err)
	}
	if st.IsDir() {
		return fail("这是一个文件夹，不是数据文件")
	}
	limit := maxFileSize()
	if st.Size() > limit {
		return fail("%s", tooLarge(st.Size()))
	}
	// Read one byte past the limit: the file may grow, or not be regular.
	// The buffer is the file's size plus one, filled in place: a
	// bytes.Buffer wants 512 bytes free before each read, so it doubled
	// (and cleared) a copy of every file at its end — a fifth of the
	// time of render --raw on a 2 MB file.
	data, err := readAll(io.LimitReader(f, limit+1), st.Size()+1)
	if err != nil {
		return fail("无法读取：%v", err)
	}
	if int64(len(data)) > limit {
		return fail("%s", tooLarge(int64(len(data))))
	}
	return data, nil
}

// readAll reads r to its end into a buffer of size bytes, grown only when
// r holds more than that.
func readAll(r io.Reader, size int64) ([]byte, error) {
	data := make([]byte, 0, max(size, 512))
	for {
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)]
		}
		n, err := r.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err == io.EOF {
			return data, nil
		}
		if err != nil {
			return nil, err
		}
	}
}

// prepare decodes the text and parses it; doc is nil when that failed.
func prepare(name string, data []byte) ([]byte, *yaml.Node, Diagnostics) {
	text, diags, fail := decodeText(name, data)
	if fail != nil {
		return nil, nil, append(diags, *fail)
	}
	if len(strings.TrimSpace(string(text))) == 0 {
		return text, nil, append(diags, Diagnostic{File: name, Msg: "文件是空的，没有任何数据"})
	}
	diags = append(diags, mojibakeWarnings(name, text)...)
	doc, fail := parse(name, text, isJSON(name))
	if fail != nil {
		diags = append(diags, *fail)
		if fail.Msg == tabMsg {
			diags = append(diags, tabLines(name, text, fail.Line)...)
		}
		return text, nil, diags
	}
	return text, doc, diags
}

func isJSON(name string) bool { return strings.EqualFold(filepath.Ext(name), ".json") }
