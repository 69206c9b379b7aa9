package ledger

import (
	"os"
	"testing"
	"unicode/utf8"
)

// FuzzYAMLSetField: for any task file the splicer accepts and any note, the
// edited file reads back with exactly that note, and nothing panics.
func FuzzYAMLSetField(f *testing.F) {
	src, err := os.ReadFile("testdata/campaign.yaml")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(src, "新备注")
	f.Add([]byte("tasks:\n  - id: a\n    notes: >\n      折叠\n      文字\n    status: 未启动\n"), "a: b # c")
	f.Add([]byte("tasks:\n- id: a\n  status: '推进中'"), "line\nbreak")
	f.Add([]byte("tasks:\n  - {id: a, status: 未启动}\n"), "x")
	f.Add([]byte("tasks:\r\n  - id: a\r\n    status: 未启动 # c\r\n"), "y")
	f.Fuzz(func(t *testing.T, src []byte, note string) {
		if !utf8.ValidString(note) || len(src) > 4096 {
			return
		}
		yt, err := Parse(src)
		if err != nil {
			return
		}
		for id, m := range yt.ByID {
			e, err := yt.SetField(m, "notes", Scalar(note, Value(m, "notes")), []string{"status"})
			if err != nil {
				continue
			}
			out := Apply(src, []Edit{e})
			yt2, err := Parse(out)
			if err != nil {
				t.Fatalf("edited file does not parse: %v\n%s", err, out)
			}
			m2 := yt2.ByID[id]
			if m2 == nil {
				t.Fatalf("task %q lost:\n%s", id, out)
			}
			if v := Value(m2, "notes"); v == nil || v.Value != note {
				got := "<nil>"
				if v != nil {
					got = v.Value
				}
				t.Fatalf("notes of %q = %q, want %q\n%s", id, got, note, out)
			}
		}
	})
}

func TestYAMLSetFieldCRLF(t *testing.T) {
	src := []byte("tasks:\r\n  - id: a\r\n    status: 未启动 # 注\r\n  - id: b\r\n    status: 推进中\r\n")
	yt, err := Parse(src)
	if err != nil {
		t.Fatal(err)
	}
	var edits []Edit
	for _, f := range []struct{ id, key, text string }{{"a", "status", "已完成"}, {"a", "done_on", "2013-02-01"}, {"b", "notes", "备注"}} {
		e, err := yt.SetField(yt.ByID[f.id], f.key, f.text, []string{"status"})
		if err != nil {
			t.Fatal(err)
		}
		edits = append(edits, e)
	}
	got := string(Apply(src, edits))
	want := "tasks:\r\n  - id: a\r\n    status: 已完成 # 注\r\n    done_on: 2013-02-01\r\n  - id: b\r\n    status: 推进中\r\n    notes: 备注\r\n"
	if got != want {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

func TestScalar(t *testing.T) {
	tests := []struct{ in, want string }{
		{"已完成", "已完成"},
		{"a: b", `'a: b'`},
		{"yes", `"yes"`},
		{"两行\n文字", `"两行\n文字"`},
		{"", `""`},
	}
	for _, tc := range tests {
		if got := Scalar(tc.in, nil); got != tc.want {
			t.Errorf("Scalar(%q) = %s, want %s", tc.in, got, tc.want)
		}
	}
}
