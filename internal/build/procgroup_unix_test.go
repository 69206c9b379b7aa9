//go:build unix

package build

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// soffice is a script that starts soffice.bin; killing the script alone
// left soffice.bin running at full CPU, holding the only LibreOffice slot.
// A stand-in soffice that starts a child and waits shows the whole group
// is killed at the deadline.
func TestConvertKillsChildren(t *testing.T) {
	dir := t.TempDir()
	pidFile := filepath.Join(dir, "child.pid")
	script := "#!/bin/sh\nsleep 600 &\necho $! > " + pidFile + "\nwait\n"
	if err := os.WriteFile(filepath.Join(dir, "soffice"), []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", dir+string(os.PathListSeparator)+os.Getenv("PATH"))
	doc := filepath.Join(dir, "a.docx")
	os.WriteFile(doc, []byte("x"), 0o644)
	ctx, cancel := context.WithTimeout(context.Background(), 500*time.Millisecond)
	defer cancel()
	done := make(chan error, 1)
	go func() { _, err := ConvertPDF(ctx, []string{doc}); done <- err }()
	select {
	case err := <-done:
		if err == nil {
			t.Fatal("a conversion killed at its deadline reported success")
		}
	case <-time.After(30 * time.Second):
		t.Fatal("the conversion outlived its deadline: soffice's children keep it waiting")
	}
	b, err := os.ReadFile(pidFile)
	if err != nil {
		t.Fatalf("the stand-in did not start its child: %v", err)
	}
	pid, _ := strconv.Atoi(strings.TrimSpace(string(b)))
	// Reaped by init once killed; give the kernel a moment.
	for end := time.Now().Add(5 * time.Second); time.Now().Before(end); time.Sleep(50 * time.Millisecond) {
		if syscall.Kill(pid, 0) != nil || zombie(pid) {
			return
		}
	}
	syscall.Kill(pid, syscall.SIGKILL)
	t.Fatalf("soffice's child %d outlived the conversion", pid)
}

// zombie reports whether pid has exited but not been reaped yet.
func zombie(pid int) bool {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return false
	}
	f := strings.Fields(string(b))
	return len(f) > 2 && f[2] == "Z"
}
