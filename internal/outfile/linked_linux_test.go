package outfile

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
)

// A staging folder's files are created unnamed and linked when whole, by
// two writers: every file arrives with its content and the permissions an
// ordinary new file gets; a name staged twice keeps its last content; a
// full disk fails the batch and leaves nothing.
func TestLinkedWriters(t *testing.T) {
	noLinked.Store(false)
	probe := t.TempDir()
	if ok, err := writeLinked(probe, "probe", []byte("x")); !ok || err != nil {
		t.Skipf("跳过：此文件系统不支持 O_TMPFILE 或没有 /proc（%v）", err)
	}
	old := syscall.Umask(0o022)
	syscall.Umask(old)
	parent := t.TempDir()
	dir := filepath.Join(parent, "out")
	s, err := NewFolderSet(dir)
	if err != nil {
		t.Fatal(err)
	}
	s.Queue(4)
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for i := g; i < 200; i += 4 {
				if _, err := s.StageBytes(fmt.Sprintf("%03d.docx", i), []byte(fmt.Sprintf("file %d", i))); err != nil {
					t.Error(err)
				}
			}
		})
	}
	wg.Wait()
	if err := s.Commit(); err != nil {
		t.Fatal(err)
	}
	if noLinked.Load() {
		t.Fatal("the linked way was given up")
	}
	for i := range 200 {
		p := filepath.Join(dir, fmt.Sprintf("%03d.docx", i))
		if got := read(t, p); got != fmt.Sprintf("file %d", i) {
			t.Fatalf("%s holds %q", p, got)
		}
		st, _ := os.Stat(p)
		if want := os.FileMode(0o644) &^ os.FileMode(old); st.Mode().Perm() != want {
			t.Fatalf("%s: mode %v, want %v", p, st.Mode().Perm(), want)
		}
	}

	// A name already there is left to the ordinary way (which replaces it).
	stage := t.TempDir()
	if ok, err := writeLinked(stage, "a.docx", []byte("first")); !ok || err != nil {
		t.Fatal(ok, err)
	}
	if ok, err := writeLinked(stage, "a.docx", []byte("second")); ok || err != nil {
		t.Fatalf("a taken name: ok %v, err %v", ok, err)
	}
	if got := read(t, filepath.Join(stage, "a.docx")); got != "first" {
		t.Errorf("a taken name was changed: %q", got)
	}

	// A full disk while writing.
	defer func(f func(io.Writer) io.Writer) { faulty = f }(faulty)
	faulty = func(w io.Writer) io.Writer { return &fullDisk{w: w, room: 3} }
	dir2 := filepath.Join(parent, "full")
	s, _ = NewFolderSet(dir2)
	s.Queue(2)
	for i := range 10 {
		if _, err = s.StageBytes(fmt.Sprintf("f%d.docx", i), []byte("0123456789")); err != nil {
			break
		}
	}
	if err == nil {
		err = s.Commit()
	} else {
		s.Abort()
	}
	var oe *Error
	if !errors.As(err, &oe) || !strings.Contains(err.Error(), "磁盘空间已满") {
		t.Errorf("err = %v", err)
	}
	if _, err := os.Lstat(dir2); !os.IsNotExist(err) || len(stages(t, parent)) != 0 {
		t.Errorf("after a full disk: %v, stages %v", err, stages(t, parent))
	}
}
