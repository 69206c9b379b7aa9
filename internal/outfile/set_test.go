package outfile

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
)

func names(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range entries {
		out = append(out, e.Name())
	}
	return out
}

func write(t *testing.T, path, data string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

func read(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestSetCommitAndAbort(t *testing.T) {
	for _, strategy := range []string{"serial", "parallel", "syncfs", "auto"} {
		if strategies[strategy] == nil {
			continue
		}
		t.Run(strategy, func(t *testing.T) {
			defer func(s string) { Strategy = s }(Strategy)
			Strategy = strategy
			dir := t.TempDir()
			write(t, filepath.Join(dir, "a.docx"), "old a")
			write(t, filepath.Join(dir, "same.docx"), "same")
			s, err := NewSet(dir)
			if err != nil {
				t.Fatal(err)
			}
			for i := range 30 {
				if _, err := s.StageBytes(fmt.Sprintf("n%02d.docx", i), []byte("new")); err != nil {
					t.Fatal(err)
				}
			}
			if _, err := s.StageBytes("a.docx", []byte("new a")); err != nil {
				t.Fatal(err)
			}
			if staged, _ := s.StageBytes("same.docx", []byte("same")); staged {
				t.Error("a file that already holds the bytes was staged")
			}
			// Before Commit the folder shows only the old files (and our
			// temporary ones).
			if got := read(t, filepath.Join(dir, "a.docx")); got != "old a" {
				t.Errorf("before commit a.docx = %q", got)
			}
			if err := s.Commit(); err != nil {
				t.Fatal(err)
			}
			got := names(t, dir)
			if len(got) != 32 || slices.ContainsFunc(got, func(n string) bool { return strings.HasPrefix(n, ".") }) {
				t.Errorf("after commit: %v", got)
			}
			if got := read(t, filepath.Join(dir, "a.docx")); got != "new a" {
				t.Errorf("a.docx = %q", got)
			}

			// Abort leaves the folder as it was.
			s, _ = NewSet(dir)
			s.StageBytes("a.docx", []byte("newer"))
			s.StageBytes("b.docx", []byte("b"))
			s.Abort()
			if got := read(t, filepath.Join(dir, "a.docx")); got != "new a" {
				t.Errorf("after abort a.docx = %q", got)
			}
			if n := len(names(t, dir)); n != 32 {
				t.Errorf("after abort %d files, want 32", n)
			}
		})
	}
}

func TestStageRefusesPaths(t *testing.T) {
	s, _ := NewSet(t.TempDir())
	for _, name := range []string{"", "../x.docx", "sub/x.docx", ".gongwen-1-2.tmp", journalName} {
		if _, err := s.StageBytes(name, []byte("x")); err == nil {
			t.Errorf("%q was staged", name)
		}
	}
}

// deadPID is the id of a process that has ended.
func deadPID(t *testing.T) int {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	if err := cmd.Run(); err != nil {
		t.Fatal(err)
	}
	return cmd.Process.Pid
}

func TestTidyRemovesOnlyOurStaleTemps(t *testing.T) {
	dir := t.TempDir()
	dead := deadPID(t)
	keep := []string{
		"a.docx",
		fmt.Sprintf(".gongwen-%d-123.tmp", os.Getpid()), // this process's: in use
		".gongwen-1-5.tmp",      // pid 1 runs: another run's, in use
		".gongwen-x.tmp",        // not our pattern
		".gongwen-12a-3.tmp",    // not our pattern
		"gongwen-5-5.tmp",       // not hidden: not ours
		".a.docx.123.tmp",       // not ours
		".gongwen-5-5.tmp.docx", // not ours
		".gongwen-99.tmp",       // ours without a pid, but young
	}
	gone := []string{
		fmt.Sprintf(".gongwen-%d-1.tmp", dead),
		fmt.Sprintf(".gongwen-%d-2222.tmp", dead),
	}
	for _, n := range append(append([]string{}, keep...), gone...) {
		write(t, filepath.Join(dir, n), "x")
	}
	old := filepath.Join(dir, ".gongwen-42.tmp")
	write(t, old, "x")
	past := timeAgo(2 * legacyAge)
	os.Chtimes(old, past, past)
	os.Mkdir(filepath.Join(dir, fmt.Sprintf(".gongwen-%d-3.tmp", dead)), 0o755) // a folder: never
	keep = append(keep, fmt.Sprintf(".gongwen-%d-3.tmp", dead))

	td, err := Tidy(dir)
	if err != nil {
		t.Fatal(err)
	}
	if td.Removed != 3 {
		t.Errorf("removed %d, want 3", td.Removed)
	}
	got := names(t, dir)
	for _, n := range keep {
		if !slices.Contains(got, n) {
			t.Errorf("%s was removed", n)
		}
	}
	for _, n := range append(gone, ".gongwen-42.tmp") {
		if slices.Contains(got, n) {
			t.Errorf("%s was kept", n)
		}
	}
	if _, err := Tidy(filepath.Join(dir, "missing")); err != nil {
		t.Errorf("a missing folder: %v", err)
	}
}

// TestTidyFinishesInterruptedCommit: a run killed between its journal and
// its last rename leaves some files new, some old; Tidy puts the rest of
// the batch in place.
func TestTidyFinishesInterruptedCommit(t *testing.T) {
	dir := t.TempDir()
	dead := deadPID(t)
	write(t, filepath.Join(dir, "a.docx"), "new a") // renamed before the kill
	write(t, filepath.Join(dir, "b.docx"), "old b")
	tb := fmt.Sprintf(".gongwen-%d-2.tmp", dead)
	tc := fmt.Sprintf(".gongwen-%d-3.tmp", dead)
	write(t, filepath.Join(dir, tb), "new b")
	write(t, filepath.Join(dir, tc), "new c")
	j := journal{PID: dead, Files: []journalEntry{
		{fmt.Sprintf(".gongwen-%d-1.tmp", dead), "a.docx"}, {tb, "b.docx"}, {tc, "c.docx"},
		{"../escape", "x.docx"}, {tc, "../x.docx"}, // not ours: ignored
	}}
	data, _ := json.Marshal(j)
	write(t, filepath.Join(dir, journalName), string(data))
	td, err := Tidy(dir)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(td.Finished, []string{"b.docx", "c.docx"}) {
		t.Errorf("finished %v", td.Finished)
	}
	for n, want := range map[string]string{"a.docx": "new a", "b.docx": "new b", "c.docx": "new c"} {
		if got := read(t, filepath.Join(dir, n)); got != want {
			t.Errorf("%s = %q, want %q", n, got, want)
		}
	}
	if got := names(t, dir); len(got) != 3 {
		t.Errorf("left: %v", got)
	}
}

// A journal of a run that is still going is not ours to finish.
func TestTidyLeavesLiveJournal(t *testing.T) {
	dir := t.TempDir()
	data, _ := json.Marshal(journal{PID: 1, Files: []journalEntry{{".gongwen-1-2.tmp", "b.docx"}}})
	write(t, filepath.Join(dir, journalName), string(data))
	write(t, filepath.Join(dir, ".gongwen-1-2.tmp"), "x")
	if td, _ := Tidy(dir); len(td.Finished) != 0 || td.Removed != 0 {
		t.Errorf("tidied a live run: %+v", td)
	}
	if len(names(t, dir)) != 2 {
		t.Errorf("left: %v", names(t, dir))
	}
}

func TestErrorsAreChinese(t *testing.T) {
	for _, tc := range []struct {
		err  error
		want string
	}{
		{syscall.ENOSPC, "磁盘空间已满"},
		{&os.PathError{Op: "open", Path: "/x", Err: syscall.EROFS}, "只读"},
		{fmt.Errorf("deep: %w", &os.PathError{Op: "open", Path: "/x", Err: syscall.EACCES}), "没有写入权限"},
		{syscall.EDQUOT, "磁盘配额"},
	} {
		e := wrap("写入", "out/a.docx", tc.err)
		if !strings.Contains(e.Error(), tc.want) || !strings.HasPrefix(e.Error(), "写入 out/a.docx 失败：") {
			t.Errorf("%v → %q, want %q", tc.err, e, tc.want)
		}
		if strings.ContainsAny(e.Error(), "abcdefghijklmnopqrstuvwxyz") && !strings.Contains(e.Error(), "docx") {
			t.Errorf("English in %q", e)
		}
	}
}

// failingWriter stands in for a file on a full disk: a fill that meets
// ENOSPC and wraps it in its own words still reports a full disk.
func TestFillOnFullDiskIsReportedAsSuch(t *testing.T) {
	dir := t.TempDir()
	defer func(f func(io.Writer) io.Writer) { faulty = f }(faulty)
	faulty = func(w io.Writer) io.Writer { return &fullDisk{w: w, room: 100} }
	s, _ := NewSet(dir)
	err := s.Stage("a.docx", func(w io.Writer) error {
		for range 10 {
			if _, err := w.Write(make([]byte, 30)); err != nil {
				// An engine's own words, without the cause wrapped.
				return fmt.Errorf("模板执行失败：%v", err)
			}
		}
		return nil
	})
	var oe *Error
	if !errors.As(err, &oe) || !strings.Contains(err.Error(), "磁盘空间已满") {
		t.Errorf("err = %v", err)
	}
	// A render error stays the render's.
	boom := errors.New("模板第 3 行出错")
	if err := s.Stage("a.docx", func(w io.Writer) error { return boom }); err != boom {
		t.Errorf("err = %v, want the render's", err)
	}
	if got := names(t, dir); len(got) != 0 {
		t.Errorf("left: %v", got)
	}
}

// fullDisk takes room bytes, then fails as a full disk does.
type fullDisk struct {
	w    io.Writer
	room int
}

func (f *fullDisk) Write(p []byte) (int, error) {
	if len(p) > f.room {
		n, _ := f.w.Write(p[:f.room])
		f.room = 0
		return n, &os.PathError{Op: "write", Path: "x", Err: syscall.ENOSPC}
	}
	f.room -= len(p)
	return f.w.Write(p)
}

// With Queue, files rendered by several goroutines are written by the
// set's own and committed as without it; a file bigger than what Stage
// gathers in memory goes on in its file.
func TestSetQueue(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "f7.docx"), "old")
	s, err := NewSet(dir)
	if err != nil {
		t.Fatal(err)
	}
	s.Queue(4)
	t.Cleanup(s.Abort)
	big := strings.Repeat("大", spillAt) // 3 MB: spills
	content := func(i int) string {
		if i == 3 {
			return big
		}
		return fmt.Sprintf("file %d", i)
	}
	errs := make(chan error, 4)
	for g := range 4 {
		go func() {
			var first error
			for i := g; i < 100; i += 4 {
				err := s.Stage(fmt.Sprintf("f%d.docx", i), func(w io.Writer) error {
					c := content(i)
					for len(c) > 0 { // in pieces, as an engine writes
						n := min(len(c), 1000)
						if _, err := io.WriteString(w, c[:n]); err != nil {
							return err
						}
						c = c[n:]
					}
					return nil
				})
				if err != nil && first == nil {
					first = err
				}
			}
			errs <- first
		}()
	}
	for range 4 {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
	for _, n := range names(t, dir) {
		if !isTemp(n) && n != "f7.docx" {
			t.Fatalf("before Commit the folder holds %s", n)
		}
	}
	if read(t, filepath.Join(dir, "f7.docx")) != "old" {
		t.Fatal("f7.docx replaced before Commit")
	}
	if err := s.Commit(); err != nil {
		t.Fatal(err)
	}
	got := names(t, dir)
	if len(got) != 100 {
		t.Fatalf("%d files after Commit: %v", len(got), got[:min(len(got), 5)])
	}
	for i := range 100 {
		if c := read(t, filepath.Join(dir, fmt.Sprintf("f%d.docx", i))); c != content(i) {
			t.Fatalf("f%d.docx holds %.20q…, want %.20q…", i, c, content(i))
		}
	}
}

// A file the queue's writer cannot write fails the batch: the failure is
// a full disk, said so, and the folder is left as it was.
func TestSetQueueFullDisk(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "a.docx"), "old a")
	defer func(f func(io.Writer) io.Writer) { faulty = f }(faulty)
	n := 0
	var mu sync.Mutex
	faulty = func(w io.Writer) io.Writer {
		mu.Lock()
		defer mu.Unlock()
		if n++; n == 5 {
			return &fullDisk{w: w, room: 3}
		}
		return w
	}
	s, _ := NewSet(dir)
	s.Queue(2)
	t.Cleanup(s.Abort)
	var err error
	for i := range 20 {
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
	if !errors.As(err, &oe) || !strings.Contains(err.Error(), "磁盘空间已满") || !strings.Contains(err.Error(), ".docx") {
		t.Errorf("err = %v", err)
	}
	if got := names(t, dir); len(got) != 1 || read(t, filepath.Join(dir, "a.docx")) != "old a" {
		t.Errorf("after a failed batch: %v", got)
	}
}
