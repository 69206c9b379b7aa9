package outfile

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FlushAhead syncs in the background while a big batch is staged and
// changes nothing of what Commit and Abort leave; a small batch, or a
// strategy that does not sync the whole disk, gets no background syncs.
func TestFlushAhead(t *testing.T) {
	big := strings.Repeat("x", aheadEvery/4+1) // every 4th file wakes it
	tests := []struct {
		name     string
		folder   bool // NewFolderSet of a new folder
		queue    bool
		n        int
		strategy string
		commit   bool
		ahead    bool // background syncs expected
	}{
		{"folder, queue, commit", true, true, 40, "auto", true, true},
		{"folder, abort", true, false, 40, "auto", false, true},
		{"files, commit", false, false, 40, "auto", true, true},
		{"files, queue, abort", false, true, 40, "syncfs", false, true},
		{"small batch", true, true, 5, "auto", true, false},
		{"parallel fsyncs", false, false, 40, "parallel", true, false},
		{"empty batch", true, false, 0, "syncfs", true, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			defer func(s string) { Strategy = s }(Strategy)
			Strategy = tt.strategy
			parent := t.TempDir()
			dir := filepath.Join(parent, "out")
			var s *Set
			var err error
			if tt.folder {
				s, err = NewFolderSet(dir)
			} else {
				os.Mkdir(dir, 0o755)
				write(t, filepath.Join(dir, "old.docx"), "old")
				s, err = NewSet(dir)
			}
			if err != nil {
				t.Fatal(err)
			}
			if tt.queue {
				s.Queue(4)
			}
			s.FlushAhead(tt.n)
			a := s.ahead
			if (a != nil) != (tt.ahead && syncsWhole(tt.n)) {
				t.Fatalf("background syncs started: %v", a != nil)
			}
			for i := range tt.n {
				if _, err := s.StageBytes(fmt.Sprintf("f%d.docx", i), []byte(big)); err != nil {
					t.Fatal(err)
				}
			}
			if tt.commit {
				if err := s.Commit(); err != nil {
					t.Fatal(err)
				}
			} else {
				s.Abort()
			}
			if s.ahead != nil {
				t.Error("background syncs still running after the batch")
			}
			if a != nil {
				// At least the first sync, and one per 4 files if they
				// were not all staged while one was under way.
				if got := a.syncs.Load(); got < 1 {
					t.Errorf("%d background syncs", got)
				}
			}
			if !tt.commit && tt.folder {
				if _, err := os.Lstat(dir); !os.IsNotExist(err) || len(stages(t, parent)) != 0 {
					t.Errorf("after Abort: %v, stages %v", err, stages(t, parent))
				}
				return
			}
			got := names(t, dir)
			switch {
			case !tt.commit:
				if len(got) != 1 || read(t, filepath.Join(dir, "old.docx")) != "old" {
					t.Errorf("after Abort: %v", got)
				}
			default:
				want := tt.n
				if !tt.folder {
					want++
				}
				if len(got) != want {
					t.Errorf("%d files after Commit, want %d", len(got), want)
				}
				for i := range tt.n {
					if c := read(t, filepath.Join(dir, fmt.Sprintf("f%d.docx", i))); c != big {
						t.Fatalf("f%d.docx holds %d bytes", i, len(c))
					}
				}
			}
		})
	}
}
