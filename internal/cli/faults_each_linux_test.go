package cli

import (
	"archive/zip"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// A mail merge into a new folder goes through a staging folder renamed
// into place once (outfile.NewFolderSet). Killed at any moment, the output
// folder is absent or holds the whole batch, every file whole; the next
// run removes what the killed one left and completes.
func TestEachKilledIntoNewFolder(t *testing.T) {
	if testing.Short() {
		t.Skip("跳过：-short")
	}
	dir := t.TempDir()
	const n = 300
	var b strings.Builder
	b.WriteString(`{"Cities": [`)
	for i := range n {
		if i > 0 {
			b.WriteString(",\n")
		}
		fmt.Fprintf(&b, `{"City": "城市%d", "Due": "3月%d日", "What": "材料"}`, i, i%28+1)
	}
	b.WriteString("]}")
	if err := os.WriteFile(filepath.Join(dir, "cities.json"), []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	tpl := filepath.Join(repoRoot(t), "internal", "e2e", "testdata", "city_notice.docx")
	args := []string{"render", "--raw", "-t", tpl, "-d", "cities.json", "--each", ".Cities", "-o", "out"}
	for round, delay := range []time.Duration{0, 2 * time.Millisecond, 5 * time.Millisecond, 10 * time.Millisecond,
		20 * time.Millisecond, 40 * time.Millisecond, 80 * time.Millisecond, 160 * time.Millisecond} {
		os.RemoveAll(filepath.Join(dir, "out"))
		cmd := gongwenCmd(dir, args...)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(delay)
		cmd.Process.Signal(syscall.SIGKILL)
		cmd.Wait()
		out := filepath.Join(dir, "out")
		entries, err := os.ReadDir(out)
		switch {
		case os.IsNotExist(err):
		case err != nil:
			t.Fatal(err)
		case len(entries) != n:
			t.Fatalf("round %d (killed after %v): the folder holds %d files, not none or all %d", round, delay, len(entries), n)
		default:
			for _, e := range entries {
				zr, err := zip.OpenReader(filepath.Join(out, e.Name()))
				if err != nil {
					t.Fatalf("round %d: %s is not whole: %v", round, e.Name(), err)
				}
				zr.Close()
			}
		}
		// The next run cleans up and completes.
		if msg, err := gongwenCmd(dir, args...).CombinedOutput(); err != nil {
			t.Fatalf("round %d: the run after the kill: %v\n%s", round, err, msg)
		}
		if entries, _ := os.ReadDir(out); len(entries) != n {
			t.Fatalf("round %d: %d files after the next run", round, len(entries))
		}
		for _, e := range mustReadDir(t, dir) {
			if strings.HasPrefix(e.Name(), ".gongwen-") {
				t.Errorf("round %d: %s left beside the output", round, e.Name())
			}
		}
	}
}

func mustReadDir(t *testing.T, dir string) []os.DirEntry {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	return entries
}
