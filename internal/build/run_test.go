package build

import (
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func textJob(title, body string) Job {
	return Job{Kind: "通知", Title: title, Ext: ".docx", Render: func(_ context.Context, w io.Writer) error {
		_, err := io.WriteString(w, body)
		return err
	}}
}

func TestRunWritesNothingWhenAJobFails(t *testing.T) {
	out := t.TempDir()
	old := filepath.Join(out, "甲.docx")
	os.WriteFile(old, []byte("old"), 0o644)
	bad := Job{Kind: "简报", Title: "第1期", Ext: ".docx", Render: func(context.Context, io.Writer) error {
		return errors.New("缺少字段 .Issue")
	}}
	_, err := Run(context.Background(), []Job{textJob("甲", "new"), bad, textJob("乙", "b")}, Options{Out: out})
	var je *JobError
	if !errors.As(err, &je) || je.Title != "第1期" {
		t.Fatalf("err = %v, want the failed job named", err)
	}
	if got, _ := os.ReadFile(old); string(got) != "old" {
		t.Errorf("甲.docx = %q: a failed build must not write", got)
	}
	if _, err := os.Stat(filepath.Join(out, "乙.docx")); !os.IsNotExist(err) {
		t.Errorf("乙.docx written by a failed build")
	}
}

func TestRunReportsUnchanged(t *testing.T) {
	out := t.TempDir()
	jobs := []Job{textJob("甲", "a"), textJob("乙", "b")}
	var calls int
	opts := Options{Out: out, Workers: 2, Progress: func(done, total int) { calls++ }}
	r1, err := Run(context.Background(), jobs, opts)
	if err != nil {
		t.Fatal(err)
	}
	r2, err := Run(context.Background(), jobs, opts)
	if err != nil {
		t.Fatal(err)
	}
	first, second := r1.Results, r2.Results
	for i := range jobs {
		if !first[i].Wrote || second[i].Wrote {
			t.Errorf("job %d: wrote %v then %v, want true then false", i, first[i].Wrote, second[i].Wrote)
		}
		if first[i].SHA256 != second[i].SHA256 {
			t.Errorf("job %d: hash changed", i)
		}
	}
	if calls != 4 {
		t.Errorf("progress called %d times, want 4", calls)
	}
}

func TestFileNames(t *testing.T) {
	jobs := []Job{
		{Title: "关于印发《方案》的通知", Ext: ".docx"},
		{Title: "关于印发《方案》的通知", Ext: ".docx"},
		{Title: "关于印发《方案》的通知", Ext: ".xlsx"},
		{Title: "a/b:c*?\"<>|\n  d", Ext: ".docx"},
		{Title: "", Kind: "简报", Ext: ".docx"},
		{Title: "../..", Ext: ".docx"},
	}
	want := []string{
		"关于印发《方案》的通知.docx",
		"关于印发《方案》的通知（2）.docx",
		"关于印发《方案》的通知.xlsx",
		"a／b：c＊？＂＜＞｜ d.docx",
		"简报.docx",
		"／.docx",
	}
	got := FileNames(jobs)
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("name %d = %q, want %q", i, got[i], want[i])
		}
	}
}

// TestLongTitleFitsTheFileSystem: a title of a hundred Chinese characters
// (300 bytes) is cut to a name the file system takes, and written.
func TestLongTitleFitsTheFileSystem(t *testing.T) {
	title := strings.Repeat("关于进一步加强", 15) + "的通知"
	jobs := []Job{textJob(title, "a"), textJob(title, "b")}
	for _, n := range FileNames(jobs) {
		if len(n) > 255 {
			t.Errorf("name of %d bytes: %s", len(n), n)
		}
	}
	res, err := Run(context.Background(), jobs, Options{Out: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	if res.Results[0].Path == res.Results[1].Path {
		t.Error("two long titles share a file")
	}
}
