package build

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func run(t *testing.T, out string, prune bool, jobs ...Job) *Report {
	t.Helper()
	rep, err := Run(context.Background(), jobs, Options{Out: out, Prune: prune})
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

func ls(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

// TestStaleFiles: a build of another date no longer makes some documents.
// They are reported, removed only with Prune, and only if gongwen wrote
// them and nobody changed them since; files gongwen never wrote stay.
func TestStaleFiles(t *testing.T) {
	out := t.TempDir()
	os.WriteFile(filepath.Join(out, "用户自己的.docx"), []byte("mine"), 0o644)
	run(t, out, false, textJob("甲", "a"), textJob("七月简报", "b"), textJob("改过的", "c"))
	record, err := os.ReadFile(filepath.Join(out, RecordName))
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(out, "改过的.docx"), []byte("edited by hand"), 0o644)

	rep := run(t, out, false, textJob("甲", "a"), textJob("八月简报", "d"))
	if !slices.Equal(rep.Stale, []string{"七月简报.docx"}) || len(rep.Pruned) != 0 {
		t.Errorf("stale %v, pruned %v", rep.Stale, rep.Pruned)
	}
	if !slices.Equal(rep.Edited, []string{"改过的.docx"}) {
		t.Errorf("edited %v", rep.Edited)
	}
	// The record keeps the stale file, so that a later --prune finds it.
	rep = run(t, out, false, textJob("甲", "a"), textJob("八月简报", "d"))
	if !slices.Equal(rep.Stale, []string{"七月简报.docx"}) {
		t.Errorf("second time: stale %v", rep.Stale)
	}
	rep = run(t, out, true, textJob("甲", "a"), textJob("八月简报", "d"))
	if !slices.Equal(rep.Pruned, []string{"七月简报.docx"}) || len(rep.Stale) != 0 {
		t.Errorf("prune: stale %v, pruned %v", rep.Stale, rep.Pruned)
	}
	got := ls(t, out)
	want := []string{RecordName, "八月简报.docx", "改过的.docx", "甲.docx", "用户自己的.docx"}
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("folder %v, want %v", got, want)
	}
	// The record is the same for the same build: no time, sorted.
	rep = run(t, out, true, textJob("甲", "a"), textJob("七月简报", "b"), textJob("改过的", "c"))
	again, _ := os.ReadFile(filepath.Join(out, RecordName))
	if string(again) != string(record) {
		t.Errorf("record differs for the same build:\n%s\n%s", record, again)
	}
}

// A damaged record is no record: nothing counts as an earlier build's.
func TestBadRecordRemovesNothing(t *testing.T) {
	out := t.TempDir()
	run(t, out, false, textJob("甲", "a"), textJob("乙", "b"))
	os.WriteFile(filepath.Join(out, RecordName), []byte(`{"files":[{"name":"../x","sha256":"`), 0o644)
	rep := run(t, out, true, textJob("甲", "a"))
	if len(rep.Stale)+len(rep.Pruned)+len(rep.Edited) != 0 {
		t.Errorf("%+v", rep)
	}
	if !slices.Contains(ls(t, out), "乙.docx") {
		t.Error("乙.docx removed")
	}
	// A record naming files outside the folder is not followed.
	os.WriteFile(filepath.Join(out, RecordName), []byte(`{"files":[{"name":"../甲.docx","sha256":"x","size":1}]}`), 0o644)
	if rep := run(t, out, true, textJob("甲", "a")); len(rep.Pruned) != 0 {
		t.Errorf("pruned %v", rep.Pruned)
	}
}

// TestWriteFailsMidway: the third file's name is taken by a folder. The
// build says which files it replaced and which it could not.
func TestWriteFailsMidway(t *testing.T) {
	out := t.TempDir()
	run(t, out, false, textJob("a", "old a"), textJob("b", "old b"))
	os.Mkdir(filepath.Join(out, "c.docx"), 0o755)
	os.WriteFile(filepath.Join(out, "c.docx", "x"), nil, 0o644)
	_, err := Run(context.Background(), []Job{textJob("a", "new a"), textJob("b", "old b"), textJob("c", "c"), textJob("d", "d")},
		Options{Out: out})
	var we *WriteError
	if !errors.As(err, &we) {
		t.Fatalf("err = %v, want a WriteError", err)
	}
	if !slices.Equal(we.Written, []string{"a.docx"}) || !slices.Equal(we.NotWritten, []string{"c.docx", "d.docx"}) {
		t.Errorf("written %v, not written %v", we.Written, we.NotWritten)
	}
	msg := err.Error()
	for _, want := range []string{"已有同名的文件夹", "共 4 个文件，已写入 1 个，2 个未写入", "未写入 c.docx", "已写入 a.docx"} {
		if !strings.Contains(msg, want) {
			t.Errorf("message lacks %q:\n%s", want, msg)
		}
	}
	for _, n := range ls(t, out) {
		if strings.HasSuffix(n, ".tmp") || n == "d.docx" {
			t.Errorf("left %s", n)
		}
	}
}
