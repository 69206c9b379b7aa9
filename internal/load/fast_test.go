package load

import (
	"fmt"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"unsafe"
)

// The one-pass decoder gives the values of the positioned one, and gives up
// on everything the positioned one must report.
func TestFastJSON(t *testing.T) {
	tests := []struct {
		name, in string
		ok       bool
	}{
		{"object", `{"a": 1, "b": "中文", "c": [true, false, null], "d": {}}`, true},
		{"numbers", `[0, -0, 12, -7, 1.5, 1e3, 2E-2, -0.0, 9007199254740993]`, true},
		{"escapes", `{"s": "a\"b\\c\/d\u4e2d\ud83d\ude00\n\t"}`, true},
		{"empty containers", `{"a": [], "b": {}, "c": ""}`, true},
		{"blank around", " \n\t{\"a\" : [ 1 , 2 ] }\r\n", true},
		{"bare value", `"text"`, true},
		{"duplicate key", `{"a": 1, "a": 2}`, false},
		{"duplicate nested", `[{"x": 1}, {"y": 1, "y": 2}]`, false},
		{"trailing comma", `{"a": 1,}`, false},
		{"comment", "{\"a\": 1} // c", false},
		{"trailing text", `{"a": 1} x`, false},
		{"single quotes", `{'a': 1}`, false},
		{"leading zero", `[01]`, false},
		{"bare fraction", `[1.]`, false},
		{"big integer", `[123456789012345678901234567890]`, false},
		{"huge float", `[1e400]`, false},
		{"control character", "[\"a\x01b\"]", false},
		{"unterminated", `{"a": "b`, false},
		{"bad escape", `["\x"]`, false},
		{"too deep", strings.Repeat("[", MaxDepth+1) + strings.Repeat("]", MaxDepth+1), false},
		{"deep enough", strings.Repeat("[", MaxDepth) + strings.Repeat("]", MaxDepth), true},
		{"true prefix", `[tru]`, false},
		{"empty", ``, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := fastJSON([]byte(tt.in))
			if ok != tt.ok {
				t.Fatalf("ok = %v, want %v", ok, tt.ok)
			}
			if !ok {
				return
			}
			want, err := rawPositioned("f.json", []byte(tt.in))
			if err != nil {
				t.Fatalf("fast path accepted what the positioned path rejects: %v", err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("fast = %#v\nslow = %#v", got, want)
			}
		})
	}
}

// RawBytes still places every problem the fast path gives up on.
func TestRawJSONProblemsPlaced(t *testing.T) {
	_, err := RawBytes("d.json", []byte("{\n  \"a\": 1,\n  \"a\": 2\n}"))
	if err == nil || !strings.Contains(err.Error(), "d.json:3:3:") || !strings.Contains(err.Error(), "重复") {
		t.Fatalf("err = %v, want the duplicate at 3:3", err)
	}
	_, err = RawBytes("d.json", []byte("{\n  \"a\": [1, 2,]\n}"))
	if err == nil || !strings.Contains(err.Error(), "d.json:2:") {
		t.Fatalf("err = %v, want a syntax error on line 2", err)
	}
}

// FuzzFastJSON: wherever the one-pass decoder succeeds, the positioned
// reader succeeds too with the same value; wherever the positioned reader
// succeeds on JSON the one-pass decoder accepts, they agree.
func FuzzFastJSON(f *testing.F) {
	f.Add([]byte(`{"a": [1, 2.5, "x", null, true], "b": {"c": "中"}}`))
	f.Add([]byte(`{"a": 1, "a": 2}`))
	f.Add([]byte(`["\u00e9\ud800", -0, 1e2]`))
	f.Add([]byte(`{"a": 1,}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		text, _, fail := decodeText("f.json", data)
		if fail != nil {
			return // RawBytes never hands such bytes to fastJSON
		}
		got, ok := fastJSON(text)
		if split, splitOK := fastJSONSplit(text, 0); splitOK != ok || ok && !reflect.DeepEqual(split, got) {
			t.Fatalf("%q: cut in two: %#v, %v; one goroutine: %#v, %v", data, split, splitOK, got, ok)
		}
		if !ok {
			return
		}
		want, err := rawPositioned("f.json", data)
		if err != nil {
			t.Fatalf("fast path accepted %q, positioned path says: %v", data, err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%q:\nfast = %#v\nslow = %#v", data, got, want)
		}
	})
}

// A key that every row repeats is one string in memory, not one per row.
func TestFastJSONInternsKeys(t *testing.T) {
	v, ok := fastJSON([]byte(`[{"负责单位": 1, "b\u0041": 2}, {"负责单位": 3, "bA": 4}]`))
	if !ok {
		t.Fatal("not decoded")
	}
	rows := v.([]any)
	key := func(row any, want string) string {
		for k := range row.(map[string]any) {
			if k == want {
				return k
			}
		}
		t.Fatalf("no key %q in %v", want, row)
		return ""
	}
	if a, b := key(rows[0], "负责单位"), key(rows[1], "负责单位"); unsafe.StringData(a) != unsafe.StringData(b) {
		t.Error("the same key is two strings")
	}
	// A key with escapes is decoded each time, and equal all the same.
	if a, b := key(rows[0], "bA"), key(rows[1], "bA"); a != b {
		t.Errorf("%q != %q", a, b)
	}
}

// Decoding a list in two halves on two goroutines gives what one gives,
// wherever the text is cut, and gives up where one gives up.
func TestFastJSONSplit(t *testing.T) {
	if runtime.GOMAXPROCS(0) < 2 {
		t.Skip("one processor: the text is never split")
	}
	rows := make([]string, 50)
	for i := range rows {
		rows[i] = fmt.Sprintf(`{"序号": %d, "名称": "a\"],{b%d", "子": [%d, {"x": [1, 2]}]}`, i, i, i)
	}
	table := `{"标题": "表", "Rows": [` + strings.Join(rows, ",\n") + `], "尾": [1, 2, 3]}`
	tests := []struct {
		name, in string
		ok       bool
	}{
		{"table", table, true},
		{"bare list", `[` + strings.Join(rows, ",") + `]`, true},
		{"list in list", `[[` + strings.Join(rows, ",") + `], [1]]`, true},
		{"middle in a string", `{"a": "` + strings.Repeat("x", 500) + `", "b": [1, 2, 3]}`, true},
		{"duplicate after the cut", `[` + strings.Join(rows, ",") + `, {"a": 1, "a": 2}]`, false},
		{"trailing comma after the cut", `[` + strings.Join(rows, ",") + `,]`, false},
		{"unclosed", `[` + strings.Join(rows, ","), false},
		{"garbage after", `[` + strings.Join(rows, ",") + `] x`, false},
		{"bad before the cut", `[{"a": 01}, ` + strings.Join(rows, ",") + `]`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if arr, comma, _, ok := findSplit([]byte(tt.in)); tt.ok && tt.name != "middle in a string" && (!ok || tt.in[arr] != '[' || tt.in[comma] != ',') {
				t.Fatalf("no cut found (%d, %d, %v)", arr, comma, ok)
			}
			got, ok := fastJSONSplit([]byte(tt.in), 0)
			want, wantOK := fastJSON([]byte(tt.in))
			if ok != tt.ok || wantOK != tt.ok {
				t.Fatalf("split ok = %v, one goroutine ok = %v, want %v", ok, wantOK, tt.ok)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("split = %#v\none   = %#v", got, want)
			}
		})
	}
}
