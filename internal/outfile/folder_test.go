package outfile

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// stages lists the staging folders in dir.
func stages(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	for _, n := range names(t, dir) {
		if st, err := os.Stat(filepath.Join(dir, n)); err == nil && st.IsDir() && isTemp(n) {
			out = append(out, n)
		}
	}
	return out
}

// A new or empty folder is filled through a staging folder renamed into
// place once; a folder with files, or the current folder, file by file.
func TestFolderSet(t *testing.T) {
	if !folderSwap {
		t.Skip("跳过：此系统不能把文件夹改名覆盖空文件夹，NewFolderSet 即 NewSet")
	}
	tests := []struct {
		name    string
		prepare func(t *testing.T, dir string) // dir does not exist yet
		swap    bool
	}{
		{"new", func(*testing.T, string) {}, true},
		{"empty", func(t *testing.T, dir string) {
			if err := os.Mkdir(dir, 0o750); err != nil {
				t.Fatal(err)
			}
			os.Chmod(dir, 0o750)
		}, true},
		{"with a file", func(t *testing.T, dir string) {
			os.Mkdir(dir, 0o755)
			write(t, filepath.Join(dir, "old.docx"), "old")
		}, false},
		{"a link to an empty folder", func(t *testing.T, dir string) {
			real := dir + "-real"
			os.Mkdir(real, 0o755)
			if err := os.Symlink(real, dir); err != nil {
				t.Skip(err)
			}
		}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			parent := t.TempDir()
			dir := filepath.Join(parent, "out")
			tt.prepare(t, dir)
			before, _ := os.Lstat(dir)
			s, err := NewFolderSet(dir)
			if err != nil {
				t.Fatal(err)
			}
			if got := s.stage != ""; got != tt.swap {
				t.Fatalf("staging folder: %v, want %v", got, tt.swap)
			}
			s.Queue(2)
			for i := range 20 {
				if _, err := s.StageBytes(fmt.Sprintf("f%02d.docx", i), []byte(fmt.Sprint("content ", i))); err != nil {
					t.Fatal(err)
				}
			}
			// Until Commit the folder is as it was.
			if tt.swap {
				if st, err := os.Lstat(dir); (before == nil) != os.IsNotExist(err) || (before != nil && !os.SameFile(st, before)) {
					t.Fatalf("the folder changed before Commit: %v", err)
				}
				if got := stages(t, parent); len(got) != 1 {
					t.Fatalf("staging folders: %v", got)
				}
			}
			if err := s.Commit(); err != nil {
				t.Fatal(err)
			}
			got := names(t, dir)
			want := 20
			if tt.name == "with a file" {
				want = 21
			}
			if len(got) != want {
				t.Fatalf("%d files after Commit: %v", len(got), got)
			}
			for i := range 20 {
				if c := read(t, filepath.Join(dir, fmt.Sprintf("f%02d.docx", i))); c != fmt.Sprint("content ", i) {
					t.Errorf("f%02d.docx = %q", i, c)
				}
			}
			if got := stages(t, parent); len(got) != 0 {
				t.Errorf("staging folders left: %v", got)
			}
			if tt.name == "empty" {
				if st, _ := os.Stat(dir); st.Mode().Perm() != 0o750 {
					t.Errorf("permissions %v, want the empty folder's 0750", st.Mode().Perm())
				}
			}
			if tt.name == "a link to an empty folder" {
				if st, _ := os.Lstat(dir); st.Mode()&os.ModeSymlink == 0 {
					t.Error("the link was replaced")
				}
			}
		})
	}
}

// Abort, or a failed file, leaves neither the folder nor a staging folder.
func TestFolderSetAbort(t *testing.T) {
	parent := t.TempDir()
	dir := filepath.Join(parent, "out")
	s, err := NewFolderSet(dir)
	if err != nil {
		t.Fatal(err)
	}
	s.StageBytes("a.docx", []byte("a"))
	s.Abort()
	if got := names(t, parent); len(got) != 0 {
		t.Errorf("left after Abort: %v", got)
	}
}

// The current folder is never replaced, even empty: the shell in it would
// be left in a removed folder.
func TestFolderSetKeepsCurrentFolder(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	s, err := NewFolderSet(".")
	if err != nil {
		t.Fatal(err)
	}
	defer s.Abort()
	if s.stage != "" {
		t.Fatal("the current folder would be replaced")
	}
}

// A staging folder of a killed run goes at the next run; a live run's
// stays.
func TestFolderSetRemovesStaleStages(t *testing.T) {
	parent := t.TempDir()
	dead := deadPID(t)
	stale := filepath.Join(parent, fmt.Sprintf(".gongwen-%d-7.tmp", dead))
	live := filepath.Join(parent, ".gongwen-1-7.tmp")
	for _, d := range []string{stale, live} {
		os.Mkdir(d, 0o755)
		write(t, filepath.Join(d, "a.docx"), "half a batch")
	}
	s, err := NewFolderSet(filepath.Join(parent, "out"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Abort()
	got := names(t, parent)
	if slices.Contains(got, filepath.Base(stale)) || !slices.Contains(got, filepath.Base(live)) {
		t.Errorf("after NewFolderSet: %v", got)
	}
}
