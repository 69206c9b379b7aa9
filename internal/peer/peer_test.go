package peer

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func decode(t *testing.T, s string) any {
	t.Helper()
	var v any
	if err := json.Unmarshal([]byte(s), &v); err != nil {
		t.Fatal(err)
	}
	return v
}

func TestDecoderRenamesKeys(t *testing.T) {
	v, err := newDecoder([]byte(`{"copy_no":"1","records":[{"doc_no":"x","no":1.5e3,"甲_乙":2}],"a__b":3,"CopyNoAlready":4}`), goKey).decodeAll()
	if err != nil {
		t.Fatal(err)
	}
	got, _ := json.Marshal(v)
	want := `{"AB":3,"CopyNo":"1","CopyNoAlready":4,"Records":[{"DocNo":"x","No":1.5e3,"甲乙":2}]}`
	if string(got) != want {
		t.Errorf("decoded %s, want %s", got, want)
	}
}

func TestEnterRecords(t *testing.T) {
	for _, tt := range []struct {
		in string
		n  int
		ok bool
	}{
		{`[{"a":1},{"a":2}]`, 2, true},
		{` {"meta":{"x":[1,2]},"records":[{"a":1}]}`, 1, true},
		{`{"Records":[]}`, 0, true},
		{`{"other":[]}`, 0, false},
		{`"text"`, 0, false},
		{`{"records":{}}`, 0, false},
		{`[{"a":1},]`, 1, false},
		{`[{"a":1}`, 1, false},
		{``, 0, false},
	} {
		dec := json.NewDecoder(strings.NewReader(tt.in))
		err := enterRecords(dec)
		n := 0
		for err == nil && dec.More() {
			var raw json.RawMessage
			if err = dec.Decode(&raw); err == nil {
				n++
			}
		}
		if err == nil {
			_, err = dec.Token() // the closing bracket
		}
		if (err == nil) != tt.ok || n != tt.n {
			t.Errorf("records of %s: %d, %v; want %d, ok %v", tt.in, n, err, tt.n, tt.ok)
		}
	}
}

func TestDecoderErrors(t *testing.T) {
	for _, in := range []string{``, `{`, `{"a"}`, `{"a":}`, `{"a":1,}`, `[1,]`, `01`, `-`, `1.`, `1e`, `.5`, `tru`, `nul`,
		`"abc`, "\"a\x01b\"", `"\x"`, `{"a":1} x`, `[` + strings.Repeat("[", maxDepth) + `]`, `{1:2}`, "\xef\xbb\xbf{}"} {
		if v, err := newDecoder([]byte(in), nil).decodeAll(); err == nil {
			t.Errorf("decodeAll(%q) = %v, want an error", in, v)
		}
	}
}

// FuzzDecoder checks the decoder against encoding/json: the same value for
// every input encoding/json accepts, an error for every input it refuses.
func FuzzDecoder(f *testing.F) {
	for _, s := range []string{`{"a":[1,-2.5e+3,"x\u00e9\n",true,false,null,{}],"b":{"c":[]}}`, "\"\xff\xfe\"", `[1,2`, `{"a":1,"a":2}`,
		`" \u2028 "`, `"\ud800"`, `-0.0E-0`, `  [ ]  `} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		dec := json.NewDecoder(bytes.NewReader(b))
		dec.UseNumber()
		var want any
		errStd := dec.Decode(&want)
		if errStd == nil {
			if _, err := dec.Token(); err != io.EOF {
				errStd = errors.New("trailing data")
			}
		}
		got, err := newDecoder(b, nil).decodeAll()
		if (err == nil) != (errStd == nil) {
			t.Fatalf("input %q: our error %v, encoding/json %v", b, err, errStd)
		}
		if err == nil && !reflect.DeepEqual(got, want) {
			t.Fatalf("input %q: got %#v, encoding/json %#v", b, got, want)
		}
	})
}

// fake renders a record as the text of its Title, and fails on "fail".
func fake(_ context.Context, w io.Writer, data any) error {
	m, _ := data.(map[string]any)
	title := fmt.Sprint(m["Title"])
	if title == "fail" {
		return errors.New("boom")
	}
	_, err := io.WriteString(w, title)
	return err
}

func TestRun(t *testing.T) {
	dir := t.TempDir()
	write := func(name, s string) string {
		p := filepath.Join(dir, name)
		os.WriteFile(p, []byte(s), 0o644)
		return p
	}
	single := write("single.json", `{"title":"one"}`)
	many := write("many.json", `{"records":[{"title":"a"},{"title":"b"},{"title":"c"}]}`)
	bad := write("bad.json", `{"records":[{"title":"a"},{"title":"fail"},{"title":"fail"}]}`)
	broken := write("broken.json", `{"records":[{"title":"a"},{"title":`)

	var times Times
	out := filepath.Join(dir, "s")
	if err := Run(context.Background(), fake, Options{Data: single, OutDir: out, Mode: "single"}, &times); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(filepath.Join(out, "out.docx")); string(b) != "one" || times.Docs != 1 {
		t.Errorf("single: %q, %+v", b, times)
	}

	out = filepath.Join(dir, "m")
	if err := Run(context.Background(), fake, Options{Data: many, OutDir: out, Mode: "many", Workers: 2}, &times); err != nil {
		t.Fatal(err)
	}
	for i, want := range []string{"a", "b", "c"} {
		if b, _ := os.ReadFile(filepath.Join(out, fmt.Sprintf("%06d.docx", i))); string(b) != want {
			t.Errorf("record %d: %q, want %q", i, b, want)
		}
	}
	if times.Docs != 3 || times.Workers != 2 {
		t.Errorf("times %+v", times)
	}

	err := Run(context.Background(), fake, Options{Data: bad, OutDir: filepath.Join(dir, "b"), Mode: "many"}, &times)
	if err == nil || !strings.Contains(err.Error(), "第 2 条记录") {
		t.Errorf("render failure: %v, want the first failing record", err)
	}
	var de *DataError
	if errors.As(err, &de) {
		t.Errorf("a render failure reported as a data error: %v", err)
	}
	for _, tc := range []Options{
		{Data: broken, OutDir: filepath.Join(dir, "x"), Mode: "many"},
		{Data: filepath.Join(dir, "none.json"), OutDir: filepath.Join(dir, "x"), Mode: "single"},
		{Data: single, OutDir: filepath.Join(dir, "x"), Mode: "several"},
	} {
		if err := Run(context.Background(), fake, tc, &times); !errors.As(err, &de) {
			t.Errorf("%+v: %v, want a DataError", tc, err)
		}
	}
}
