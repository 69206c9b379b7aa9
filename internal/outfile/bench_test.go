package outfile

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkWrite1000 writes 1000 files of 8 KB — the size of a one-page
// notice, as in a W2 mail merge — the way each strategy makes them durable:
// "before" as render --each and build did before batches (a sync and a
// rename per file), "each" through Write (which now also syncs the folder
// after each rename), and a Set with every batch strategy. The folder is
// A new folder through NewFolderSet ("folder") is the last. The folder is
// GONGWEN_BENCH_DIR when set (put it on the disk to measure; tmpfs makes
// every sync free), else the test's temporary folder.
//
//	go test ./internal/outfile -run '^$' -bench Write1000 -benchtime 5x
func BenchmarkWrite1000(b *testing.B) {
	body := make([]byte, 8<<10)
	for i := range body {
		body[i] = byte(i)
	}
	fill := func(w io.Writer) error { _, err := w.Write(body); return err }
	base := os.Getenv("GONGWEN_BENCH_DIR")
	folder := func(b *testing.B, i int) string {
		if base == "" {
			return filepath.Join(b.TempDir(), fmt.Sprint(i))
		}
		dir, err := os.MkdirTemp(base, "bench-")
		if err != nil {
			b.Fatal(err)
		}
		b.Cleanup(func() { os.RemoveAll(dir) })
		return dir
	}
	// before: what render --each and build did until batches: a sync per
	// file, then a rename, no folder sync.
	b.Run("before", func(b *testing.B) {
		for i := range b.N {
			dir := folder(b, i)
			if err := os.MkdirAll(dir, 0o755); err != nil {
				b.Fatal(err)
			}
			for n := range 1000 {
				f, err := os.CreateTemp(dir, ".gongwen-*.tmp")
				if err != nil {
					b.Fatal(err)
				}
				f.Write(body)
				if err := f.Sync(); err != nil {
					b.Fatal(err)
				}
				f.Close()
				if err := os.Rename(f.Name(), filepath.Join(dir, fmt.Sprintf("%04d.docx", n))); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
	b.Run("each", func(b *testing.B) {
		for i := range b.N {
			dir := folder(b, i)
			for n := range 1000 {
				if err := Write(filepath.Join(dir, fmt.Sprintf("%04d.docx", n)), fill); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
	// folder: NewFolderSet into a new folder (a staging folder renamed
	// into place once), with the default strategy.
	b.Run("folder", func(b *testing.B) {
		for i := range b.N {
			s, err := NewFolderSet(filepath.Join(folder(b, i), "out"))
			if err != nil {
				b.Fatal(err)
			}
			s.Queue(4)
			for n := range 1000 {
				if err := s.Stage(fmt.Sprintf("%04d.docx", n), fill); err != nil {
					b.Fatal(err)
				}
			}
			if err := s.Commit(); err != nil {
				b.Fatal(err)
			}
		}
	})
	for _, strategy := range []string{"serial", "parallel", "syncfs", "auto"} {
		if strategies[strategy] == nil {
			continue
		}
		b.Run("set-"+strategy, func(b *testing.B) {
			defer func(s string) { Strategy = s }(Strategy)
			Strategy = strategy
			for i := range b.N {
				s, err := NewSet(folder(b, i))
				if err != nil {
					b.Fatal(err)
				}
				for n := range 1000 {
					if err := s.Stage(fmt.Sprintf("%04d.docx", n), fill); err != nil {
						b.Fatal(err)
					}
				}
				if err := s.Commit(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
