package cli

import (
	"os"
	"testing"
	"unicode/utf8"
)

// FuzzYAMLSetField: for any task file the splicer accepts and any note, the
// edited file reads back with exactly that note, and nothing panics.
func FuzzYAMLSetField(f *testing.F) {
	src, err := os.ReadFile("testdata/import/campaign.yaml")
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
		yt, err := parseYAMLTasks(src)
		if err != nil {
			return
		}
		for id, m := range yt.byID {
			e, err := yt.setField(id, "notes", yamlString(note, mapValue(m, "notes")), []string{"status"})
			if err != nil {
				continue
			}
			out := applyEdits(src, []yamlEdit{e})
			yt2, err := parseYAMLTasks(out)
			if err != nil {
				t.Fatalf("edited file does not parse: %v\n%s", err, out)
			}
			m2 := yt2.byID[id]
			if m2 == nil {
				t.Fatalf("task %q lost:\n%s", id, out)
			}
			if v := mapValue(m2, "notes"); v == nil || v.Value != note {
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
	yt, err := parseYAMLTasks(src)
	if err != nil {
		t.Fatal(err)
	}
	var edits []yamlEdit
	for _, f := range []struct{ id, key, text string }{{"a", "status", "已完成"}, {"a", "done_on", "2013-02-01"}, {"b", "notes", "备注"}} {
		e, err := yt.setField(f.id, f.key, f.text, []string{"status"})
		if err != nil {
			t.Fatal(err)
		}
		edits = append(edits, e)
	}
	got := string(applyEdits(src, edits))
	want := "tasks:\r\n  - id: a\r\n    status: 已完成 # 注\r\n    done_on: 2013-02-01\r\n  - id: b\r\n    status: 推进中\r\n    notes: 备注\r\n"
	if got != want {
		t.Errorf("got %q\nwant %q", got, want)
	}
}
