package outfile

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// mountTmpfs mounts a small tmpfs at a temporary folder, so that a full
// disk and a read-only disk are real ones. It needs root and a system that
// lets it mount; elsewhere the test says why it does not run (the writer
// seam in set_test.go covers the full disk there).
func mountTmpfs(t *testing.T, opts string) string {
	t.Helper()
	if os.Geteuid() != 0 {
		t.Skip("跳过：挂载 tmpfs 需要 root 权限")
	}
	dir := t.TempDir()
	if err := syscall.Mount("tmpfs", dir, "tmpfs", 0, opts); err != nil {
		t.Skipf("跳过：无法挂载 tmpfs（%v）", err)
	}
	t.Cleanup(func() { syscall.Unmount(dir, syscall.MNT_DETACH) })
	return dir
}

func TestDiskFull(t *testing.T) {
	dir := mountTmpfs(t, "size=256k")
	write(t, filepath.Join(dir, "a.docx"), "old a")
	s, err := NewSet(dir)
	if err != nil {
		t.Fatal(err)
	}
	big := make([]byte, 64<<10)
	var stageErr error
	for i := range 10 {
		if _, stageErr = s.StageBytes(fmt.Sprintf("f%d.docx", i), big); stageErr != nil {
			break
		}
	}
	if stageErr == nil {
		t.Fatal("256 KB took 640 KB")
	}
	var oe *Error
	if !errors.As(stageErr, &oe) || !errors.Is(stageErr, syscall.ENOSPC) || !strings.Contains(stageErr.Error(), "磁盘空间已满") {
		t.Errorf("err = %v", stageErr)
	}
	s.Abort()
	if got := names(t, dir); len(got) != 1 || read(t, filepath.Join(dir, "a.docx")) != "old a" {
		t.Errorf("after a full disk: %v", got)
	}
	// One file through Write: the same, and the old file stays.
	err = Write(filepath.Join(dir, "a.docx"), func(w io.Writer) error {
		_, err := w.Write(make([]byte, 512<<10))
		return err
	})
	if !errors.As(err, &oe) || !strings.Contains(err.Error(), "磁盘空间已满") {
		t.Errorf("Write: err = %v", err)
	}
	if got := names(t, dir); len(got) != 1 || read(t, filepath.Join(dir, "a.docx")) != "old a" {
		t.Errorf("after a full disk: %v", got)
	}
}

func TestReadOnlyFolder(t *testing.T) {
	dir := mountTmpfs(t, "size=256k")
	write(t, filepath.Join(dir, "a.docx"), "old a")
	if err := syscall.Mount("", dir, "", syscall.MS_REMOUNT|syscall.MS_RDONLY, ""); err != nil {
		t.Skipf("跳过：无法改为只读（%v）", err)
	}
	s, err := NewSet(dir)
	if err != nil {
		t.Fatal(err)
	}
	_, err = s.StageBytes("b.docx", []byte("b"))
	var oe *Error
	if !errors.As(err, &oe) || !strings.Contains(err.Error(), "只读") {
		t.Errorf("err = %v", err)
	}
	if _, err := NewSet(filepath.Join(dir, "sub")); err == nil || !strings.Contains(err.Error(), "创建文件夹") || !strings.Contains(err.Error(), "只读") {
		t.Errorf("NewSet: err = %v", err)
	}
	if _, err := Tidy(dir); err != nil {
		t.Errorf("Tidy of a read-only folder with nothing to tidy: %v", err)
	}
}
