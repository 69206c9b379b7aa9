package load

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzLoad feeds arbitrary bytes to the campaign and raw loaders: they must
// never panic, and every failure must be a Diagnostics whose places lie in
// the input.
func FuzzLoad(f *testing.F) {
	f.Add([]byte(minimal), false)
	f.Add([]byte(`{"name": "x", "year": 2013, "units": [{"id": "a"}]}`), true)
	f.Add([]byte("a: &a [*a]\n"), false)
	f.Add([]byte("\xEF\xBB\xBFname: x\n"), false)
	f.Add([]byte("\xFF\xFEn\x00a\x00"), false)
	for _, dir := range []string{"bad", "ok"} {
		files, _ := filepath.Glob(filepath.Join("..", "..", "testdata", dir, "*"))
		for _, p := range files {
			if b, err := os.ReadFile(p); err == nil && len(b) < 64<<10 {
				f.Add(b, filepath.Ext(p) == ".json")
			}
		}
	}
	f.Fuzz(func(t *testing.T, data []byte, json bool) {
		name := "f.yaml"
		if json {
			name = "f.json"
		}
		lines := 1
		for _, c := range data {
			if c == '\n' {
				lines++
			}
		}
		checkErr := func(err error) {
			if err == nil {
				return
			}
			var ds Diagnostics
			if !errors.As(err, &ds) || len(ds.Errors()) == 0 {
				t.Fatalf("error without diagnostics: %v", err)
			}
			for _, d := range ds {
				if d.Line < 0 || d.Line > lines || d.Col < 0 || d.Msg == "" || d.File != name {
					t.Fatalf("diagnostic out of the input (%d lines): %+v", lines, d)
				}
			}
		}
		c, _, err := Bytes(name, data)
		if err == nil && c == nil {
			t.Fatal("no campaign and no error")
		}
		checkErr(err)
		_, err = RawBytes(name, data)
		checkErr(err)
	})
}

// FuzzExcerpt: any text and any place give an excerpt without panicking,
// and the caret line ends in a caret.
func FuzzExcerpt(f *testing.F) {
	f.Add([]byte("name: x\n名称: 中文\n"), 2, 5)
	f.Add([]byte(strings.Repeat("长", 300)), 1, 500)
	f.Add([]byte("a\tb\r\n"), 1, 3)
	f.Fuzz(func(t *testing.T, src []byte, line, col int) {
		ex := Excerpt(src, line, col)
		if ex != "" && col > 0 && !strings.HasSuffix(ex, "^\n") {
			t.Fatalf("no caret: %q", ex)
		}
	})
}
