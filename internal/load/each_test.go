package load

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// listAt returns what Raw finds under keys, for comparing with EachJSON.
func listAt(v any, keys []string) ([]any, bool) {
	for _, k := range keys {
		m, ok := v.(map[string]any)
		if !ok {
			return nil, false
		}
		v = m[k]
	}
	l, ok := v.([]any)
	return l, ok && len(l) > 0
}

func eachOf(t testing.TB, data []byte, keys []string) ([]any, bool) {
	path := filepath.Join(t.TempDir(), "d.json")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	var got []any
	n, ok, err := EachJSON(path, keys, func(v any) error { got = append(got, v); return nil })
	if err != nil {
		t.Fatal(err)
	}
	if ok && n != len(got) {
		t.Fatalf("n = %d, yielded %d", n, len(got))
	}
	// Whatever EachJSON takes, CountJSON counts alike (it may take more:
	// it checks less).
	if c, cok := CountJSON(path, keys); ok && (!cok || c != n) {
		t.Fatalf("CountJSON = %d, %v; EachJSON yielded %d", c, cok, n)
	}
	// Windows so small that every value is cut off somewhere and read
	// again: the same answer.
	defer func(w int) { eachWindow = w }(eachWindow)
	for _, w := range []int{1, 2, 5} {
		eachWindow = w
		var again []any
		_, ok2, _ := EachJSON(path, keys, func(v any) error { again = append(again, v); return nil })
		if ok2 != ok || (ok && !reflect.DeepEqual(again, got)) {
			t.Fatalf("window of %d bytes: ok = %v, %#v; with 64 KiB: ok = %v, %#v", w, ok2, again, ok, got)
		}
		if c, cok := CountJSON(path, keys); ok && (!cok || c != n) {
			t.Fatalf("window of %d bytes: CountJSON = %d, %v; EachJSON yielded %d", w, c, cok, n)
		}
	}
	return got, ok
}

// CountJSON declines what is plainly not a list of items.
func TestCountJSONDeclines(t *testing.T) {
	for _, in := range []string{
		`{"Records": [{"a": "unterminated}]}`,
		`{"Records": [1, 2`,
		`{"Records": []}`,
		`{"Other": [1]}`,
		`{"Records": [{"a": "x\u0001` + "\x01" + `"}]}`,
		`{"Records": [1]} trailing`,
		`{"Records": [?]}`,
	} {
		path := filepath.Join(t.TempDir(), "d.json")
		if err := os.WriteFile(path, []byte(in), 0o644); err != nil {
			t.Fatal(err)
		}
		if n, ok := CountJSON(path, []string{"Records"}); ok {
			t.Errorf("CountJSON(%s) = %d, true", in, n)
		}
	}
}

// EachJSON yields exactly the items Raw finds, and declines everything Raw
// must report (or that is not a non-empty list).
func TestEachJSON(t *testing.T) {
	rec := []string{"Records"}
	tests := []struct {
		name, in string
		keys     []string
		ok       bool
	}{
		{"records", `{"Records": [{"a": 1}, {"a": "中文"}], "Other": {"x": [1, 2]}}`, rec, true},
		{"records last", `{"Other": true, "Records": [1, 2.5, "x", null]}`, rec, true},
		{"top-level list", "\n[{\"a\": 1}, {\"b\": 2}]\n", nil, true},
		{"nested keys", `{"A": {"B": [1]}}`, []string{"A", "B"}, true},
		{"missing key", `{"Other": [1]}`, rec, false},
		{"not a list", `{"Records": {"a": 1}}`, rec, false},
		{"empty list", `{"Records": []}`, rec, false},
		{"duplicate key outside", `{"Records": [1], "x": 1, "x": 2}`, rec, false},
		{"duplicate key inside", `{"Records": [{"a": 1, "a": 2}]}`, rec, false},
		{"duplicate list key", `{"Records": [1], "Records": [2]}`, rec, false},
		{"trailing comma", `{"Records": [1,]}`, rec, false},
		{"trailing text", `{"Records": [1]} x`, rec, false},
		{"second value", `{"Records": [1]} {}`, rec, false},
		{"byte order mark", "\xEF\xBB\xBF{\"Records\": [1]}", rec, false},
		{"gbk bytes", "{\"Records\": [\"\xD6\xD0\xCE\xC4\"]}", rec, false},
		{"gbk key", "{\"\xD6\xD0\": 1, \"Records\": [1]}", rec, false},
		{"yaml", "Records:\n  - 1\n", rec, false},
		{"brackets and quotes in strings", `{"Records": [{"a": "]}\\\"{["}, "}", "\\"], "b": "[{"}`, rec, true},
		{"numbers and words", "{\"Records\":[1,-2.5e3,true,false,null]\r\n}\n\t", rec, true},
		{"number then garbage", `{"Records": [1x]}`, rec, false},
		{"word then garbage", `{"Records": [nulls]}`, rec, false},
		{"unclosed list", `{"Records": [1, 2`, rec, false},
		{"unclosed string", `{"Records": ["abc]}`, rec, false},
		{"missing colon", `{"Records" [1]}`, rec, false},
		{"key not a string", `{Records: [1]}`, rec, false},
		{"nul after the value", "{\"Records\": [1]}\x00", rec, false},
		{"empty object", `{}`, rec, false},
		{"mismatched brackets", `{"Records": [{"a": 1]}]}`, rec, false},
		{"too deep", `{"Records": [` + strings.Repeat("[", MaxDepth) + strings.Repeat("]", MaxDepth) + `]}`, rec, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := eachOf(t, []byte(tt.in), tt.keys)
			if ok != tt.ok {
				t.Fatalf("ok = %v, want %v", ok, tt.ok)
			}
			if !ok {
				return
			}
			v, err := RawBytes("d.json", []byte(tt.in))
			if err != nil {
				t.Fatalf("EachJSON took what Raw reports: %v", err)
			}
			want, _ := listAt(v, tt.keys)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("EachJSON = %#v\nRaw       = %#v", got, want)
			}
		})
	}
}

// yield's error stops the reading and comes back.
func TestEachJSONStops(t *testing.T) {
	path := filepath.Join(t.TempDir(), "d.json")
	os.WriteFile(path, []byte(`[1, 2, 3]`), 0o644)
	stop := errors.New("stop")
	n, ok, err := EachJSON(path, nil, func(v any) error {
		if v == 2 {
			return stop
		}
		return nil
	})
	if n != 1 || ok || err != stop {
		t.Errorf("n, ok, err = %d, %v, %v; want 1, false, stop", n, ok, err)
	}
}

// FuzzEachJSON: whatever EachJSON accepts, Raw accepts with the same list.
func FuzzEachJSON(f *testing.F) {
	f.Add([]byte(`{"Records": [{"a": 1}, {"b": [true]}], "c": "中"}`))
	f.Add([]byte(`{"Records": [1], "Records": [2]}`))
	f.Add([]byte(`[1, {"x": null}]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, keys := range [][]string{nil, {"Records"}} {
			got, ok := eachOf(t, data, keys)
			if !ok {
				continue
			}
			v, err := RawBytes("d.json", data)
			if err != nil {
				t.Fatalf("EachJSON took %q, Raw says: %v", data, err)
			}
			want, _ := listAt(v, keys)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("%q: EachJSON = %#v, Raw = %#v", data, got, want)
			}
		}
	})
}
