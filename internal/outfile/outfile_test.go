package outfile

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestWriteFailureKeepsOldFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a.docx")
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	boom := errors.New("boom")
	err := Write(path, func(w io.Writer) error {
		w.Write([]byte("partial"))
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("err = %v, want boom", err)
	}
	got, _ := os.ReadFile(path)
	if string(got) != "old" {
		t.Errorf("file = %q, want the old content", got)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("left behind: %v", entries)
	}
}

func TestWriteBytesSkipsUnchanged(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sub", "b.xlsx")
	for i, tc := range []struct {
		data      string
		wantWrote bool
	}{{"one", true}, {"one", false}, {"two", true}} {
		before, _ := os.Stat(path)
		wrote, err := WriteBytes(path, []byte(tc.data))
		if err != nil {
			t.Fatal(err)
		}
		if wrote != tc.wantWrote {
			t.Errorf("step %d: wrote = %v, want %v", i, wrote, tc.wantWrote)
		}
		if !wrote && before != nil {
			after, _ := os.Stat(path)
			if !after.ModTime().Equal(before.ModTime()) {
				t.Errorf("step %d: unchanged file was touched", i)
			}
		}
		got, _ := os.ReadFile(path)
		if string(got) != tc.data {
			t.Errorf("step %d: content %q, want %q", i, got, tc.data)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func timeAgo(d time.Duration) time.Time { return time.Now().Add(-d) }
