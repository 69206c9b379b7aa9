package cli

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"gongwen/internal/build"
	"gongwen/internal/outfile"
)

// Fault tests (issue 13.7): a build killed with SIGKILL in its write
// window, a full disk, a read-only folder. Each must lose no file, say in
// Chinese what happened, exit 1 for the environment's faults, and leave
// nothing the next run does not clean up.

// gongwenCmd runs this test binary as the gongwen program (TestMain).
func gongwenCmd(dir string, args ...string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], args...)
	cmd.Args[0] = "gongwen"
	cmd.Dir = dir
	return cmd
}

// project makes a folder with the seed campaign, as a clerk's project.
func project(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	src, err := os.ReadFile(filepath.Join(repoRoot(t), "data", "xuechuang.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	os.MkdirAll(filepath.Join(dir, "data"), 0o755)
	if err := os.WriteFile(filepath.Join(dir, "data", "xuechuang.yaml"), src, 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// snapshot maps each file of dir to its sha256.
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		data, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		sum := sha256.Sum256(data)
		out[e.Name()] = hex.EncodeToString(sum[:])
	}
	return out
}

func copyDir(t *testing.T, from, to string) {
	t.Helper()
	os.RemoveAll(to)
	os.MkdirAll(to, 0o755)
	for name := range snapshot(t, from) {
		data, _ := os.ReadFile(filepath.Join(from, name))
		if err := os.WriteFile(filepath.Join(to, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func buildInto(t *testing.T, dir, date, out string) {
	t.Helper()
	cmd := gongwenCmd(dir, "build", "--date", date, "-o", out)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("build --date %s: %v\n%s", date, err, b)
	}
}

// TestBuildKilledInWriteWindow kills `gongwen build` again and again at
// points of its write phase: when its first temporary file appears, when
// its journal appears, and a little after. Whatever the moment, the
// folder holds each file whole, as the old build or the new one wrote it;
// once the killed run's leftovers are tidied it is entirely the old build
// or entirely the new one, never a mix; the next build cleans up and
// completes.
func TestBuildKilledInWriteWindow(t *testing.T) {
	dir := project(t)
	buildInto(t, dir, "2013-07-15", "old")
	buildInto(t, dir, "2013-08-30", "new")
	oldState, newState := snapshot(t, filepath.Join(dir, "old")), snapshot(t, filepath.Join(dir, "new"))
	changed := 0
	for n, sum := range newState {
		if oldState[n] != sum {
			changed++
		}
	}
	if changed < 10 {
		t.Fatalf("only %d files differ between the two builds", changed)
	}
	out := filepath.Join(dir, "out")
	triggers := []struct {
		name  string
		delay time.Duration
		seen  func(names []string) bool
	}{
		{"first temporary file", 0, func(ns []string) bool { return hasPrefix(ns, ".gongwen-") }},
		{"journal", 0, func(ns []string) bool { return contains(ns, ".gongwen-commit.json") }},
		{"journal+200µs", 200 * time.Microsecond, func(ns []string) bool { return contains(ns, ".gongwen-commit.json") }},
		{"journal+1ms", time.Millisecond, func(ns []string) bool { return contains(ns, ".gongwen-commit.json") }},
	}
	outcomes := map[string]int{}
	for round := range 2 {
		for _, tr := range triggers {
			copyDir(t, filepath.Join(dir, "old"), out)
			cmd := gongwenCmd(dir, "build", "--date", "2013-08-30", "-o", "out")
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			done := make(chan struct{})
			go func() { cmd.Wait(); close(done) }()
			killed := false
		poll:
			for {
				select {
				case <-done:
					break poll
				default:
				}
				entries, _ := os.ReadDir(out)
				var ns []string
				for _, e := range entries {
					ns = append(ns, e.Name())
				}
				if tr.seen(ns) {
					if tr.delay > 0 {
						time.Sleep(tr.delay)
					}
					cmd.Process.Signal(syscall.SIGKILL)
					killed = true
					<-done
					break
				}
			}
			got := snapshot(t, out)
			// Every file whole: the old build's or the new one's.
			for n, sum := range got {
				if n == build.RecordName {
					// Whole, and one of the two builds' (the new one's also
					// lists the old files it keeps, so differs from "new").
					if rec, err := os.ReadFile(filepath.Join(out, n)); err != nil || !json.Valid(rec) {
						t.Errorf("round %d, %s: the build record is not whole: %v", round, tr.name, err)
					}
					continue
				}
				if strings.HasPrefix(n, ".gongwen-") {
					continue // the killed run's temporary files and journal
				}
				if sum != oldState[n] && sum != newState[n] {
					t.Errorf("round %d, %s: %s is neither the old nor the new build's", round, tr.name, n)
				}
			}
			for n := range oldState {
				if _, ok := got[n]; !ok {
					t.Errorf("round %d, %s: %s lost", round, tr.name, n)
				}
			}
			// Tidied, the folder is one build, not a mix.
			if _, err := outfile.Tidy(out); err != nil {
				t.Fatal(err)
			}
			got = snapshot(t, out)
			state := ""
			switch {
			case maps.Equal(got, oldState):
				state = "old"
			case isNewBuild(got, oldState, newState):
				state = "new"
			default:
				t.Errorf("round %d, %s: after tidying, the folder mixes two builds", round, tr.name)
			}
			outcomes[fmt.Sprintf("%s→%s(killed=%v)", tr.name, state, killed)]++

			// The next build cleans up and completes.
			cmd = gongwenCmd(dir, "build", "--date", "2013-08-30", "-o", "out")
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			if err := cmd.Run(); err != nil {
				t.Fatalf("the build after the kill: %v\n%s", err, stderr.String())
			}
			got = snapshot(t, out)
			if !isNewBuild(got, oldState, newState) {
				t.Errorf("round %d, %s: the next build did not complete the folder", round, tr.name)
			}
			for n := range got {
				if strings.HasPrefix(n, ".gongwen-") && n != build.RecordName {
					t.Errorf("round %d, %s: %s left after the next build", round, tr.name, n)
				}
			}
		}
	}
	t.Logf("outcomes: %v", outcomes)
}

// isNewBuild: the folder holds the new build, plus the old build's files
// the new one does not make, unchanged.
func isNewBuild(got, oldState, newState map[string]string) bool {
	for n, sum := range newState {
		if n == build.RecordName {
			continue // also lists the old build's files it keeps
		}
		if got[n] != sum {
			return false
		}
	}
	for n, sum := range got {
		if _, ok := newState[n]; !ok && oldState[n] != sum {
			return false
		}
	}
	_, ok := got[build.RecordName]
	return ok
}

func hasPrefix(ns []string, p string) bool {
	for _, n := range ns {
		if strings.HasPrefix(n, p) && strings.HasSuffix(n, ".tmp") {
			return true
		}
	}
	return false
}

func contains(ns []string, s string) bool {
	for _, n := range ns {
		if n == s {
			return true
		}
	}
	return false
}

// mountTmpfs mounts a small tmpfs, so that the full disk and the read-only
// folder are real. It needs root and a system that lets it mount; where it
// cannot, the test says why (internal/outfile's writer seam covers a full
// disk everywhere).
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

func TestBuildOnFullDisk(t *testing.T) {
	dir := project(t)
	disk := mountTmpfs(t, "size=128k")
	os.WriteFile(filepath.Join(disk, "旧文件.docx"), []byte("old"), 0o644)
	before := snapshot(t, disk)
	cmd := gongwenCmd(dir, "build", "--date", "2013-07-15", "-o", disk)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	if code := cmd.ProcessState.ExitCode(); code != 1 {
		t.Fatalf("exit %d (%v), want 1\n%s", code, err, stderr.String())
	}
	msg := stderr.String()
	for _, want := range []string{"磁盘空间已满", "本次构建共 46 个文件，未写入任何文件", "原有的文件保持原样"} {
		if !strings.Contains(msg, want) {
			t.Errorf("stderr lacks %q:\n%s", want, msg)
		}
	}
	if strings.Contains(msg, "no space") {
		t.Errorf("English on stderr:\n%s", msg)
	}
	if after := snapshot(t, disk); !maps.Equal(before, after) {
		t.Errorf("the folder changed: %v", after)
	}
	// render says the same, with the same exit code.
	cmd = gongwenCmd(dir, "render", "--doc", "zhz-fa", "-d", "data/xuechuang.yaml", "--date", "2013-07-15", "-o", filepath.Join(disk, "方案.docx"))
	cmd.Stderr = &stderr
	stderr.Reset()
	os.WriteFile(filepath.Join(disk, "fill"), make([]byte, 120<<10), 0o644)
	cmd.Run()
	if code := cmd.ProcessState.ExitCode(); code != 1 || !strings.Contains(stderr.String(), "磁盘空间已满") {
		t.Errorf("render: exit %d\n%s", code, stderr.String())
	}
}

func TestBuildIntoReadOnlyFolder(t *testing.T) {
	dir := project(t)
	disk := mountTmpfs(t, "size=4m")
	buildInto(t, dir, "2013-07-15", disk)
	before := snapshot(t, disk)
	if err := syscall.Mount("", disk, "", syscall.MS_REMOUNT|syscall.MS_RDONLY, ""); err != nil {
		t.Skipf("跳过：无法改为只读（%v）", err)
	}
	for _, args := range [][]string{
		{"build", "--date", "2013-08-30", "-o", disk},
		{"render", "--doc", "zhz-fa", "-d", "data/xuechuang.yaml", "--date", "2013-08-30", "-o", filepath.Join(disk, "方案.docx")},
	} {
		cmd := gongwenCmd(dir, args...)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		cmd.Run()
		if code := cmd.ProcessState.ExitCode(); code != 1 {
			t.Errorf("%s: exit %d, want 1\n%s", args[0], code, stderr.String())
		}
		if !strings.Contains(stderr.String(), "只读") || strings.Contains(stderr.String(), "read-only") {
			t.Errorf("%s: stderr\n%s", args[0], stderr.String())
		}
	}
	if after := snapshot(t, disk); !maps.Equal(before, after) {
		t.Error("the read-only folder changed")
	}
}
