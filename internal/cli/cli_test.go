package cli

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

// TestMain lets the scripts run `gongwen` as a real program: testscript
// re-executes this test binary under that name.
func TestMain(m *testing.M) {
	// check lays a faulty template out with LibreOffice to name pages:
	// a minute a check on a loaded machine. Only the tests of that
	// (check_pages_test.go) ask for it.
	os.Setenv("GONGWEN_CHECK_PAGES", "0")
	testscript.Main(m, map[string]func(){
		"gongwen": func() { os.Exit(Main(os.Args[1:])) },
	})
}

// repoRoot is the module root, for scripts that read the repository's
// data ($REPO/data/xuechuang.yaml).
func repoRoot(t testing.TB) string {
	t.Helper()
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	return root
}

// TestScripts runs testdata/script/*.txtar. Each script runs in a fresh
// directory with its files; $REPO is the repository root. Besides the
// standard commands, `exits N cmd args…` runs a command and requires exit
// code N (0 ok, 1 bad input, 2 usage, 3 internal).
func TestScripts(t *testing.T) {
	root := repoRoot(t)
	testscript.Run(t, testscript.Params{
		Dir:                 "testdata/script",
		RequireExplicitExec: true,
		Setup: func(env *testscript.Env) error {
			env.Setenv("REPO", root)
			env.Setenv("GONGWEN_CHECK_PAGES", "0")
			return nil
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"exits": cmdExits,
		},
	})
}

func cmdExits(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 2 {
		ts.Fatalf("usage: exits N command [args...]")
	}
	want, err := strconv.Atoi(args[0])
	if err != nil {
		ts.Fatalf("exits: bad code %q", args[0])
	}
	got := 0
	if err := ts.Exec(args[1], args[2:]...); err != nil {
		var ee *exec.ExitError
		if !errors.As(err, &ee) {
			ts.Fatalf("exits: %v", err)
		}
		got = ee.ExitCode()
	}
	if got != want {
		ts.Fatalf("exit code %d, want %d", got, want)
	}
}

// run executes one command line in-process and returns its exit code and
// output, as the commands' own tests do.
func run(args ...string) (code int, stdout, stderr string) {
	var out, errOut bytes.Buffer
	code = Run(args, &IOStreams{In: strings.NewReader(""), Out: &out, ErrOut: &errOut})
	return code, out.String(), errOut.String()
}

// TestValidateBadCorpus runs validate on every file of testdata/bad: exit
// 1, the expected located message on stderr, nothing on stdout, no panic
// (exit 3) and no file written or changed next to the input.
func TestValidateBadCorpus(t *testing.T) {
	dir := filepath.Join(repoRoot(t), "testdata", "bad")
	want := readCorpusExpect(t, filepath.Join(dir, "expect.txt"))
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	count := 0
	for _, e := range entries {
		name := e.Name()
		if name == "expect.txt" {
			continue
		}
		count++
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join(dir, name))
			if err != nil {
				t.Fatal(err)
			}
			work := t.TempDir()
			if err := os.WriteFile(filepath.Join(work, name), data, 0o644); err != nil {
				t.Fatal(err)
			}
			t.Chdir(work)
			code, stdout, stderr := run("validate", name)
			if code != exitBadInput {
				t.Fatalf("exit %d, want 1\n%s", code, stderr)
			}
			if stdout != "" {
				t.Errorf("stdout: %q", stdout)
			}
			for _, x := range want[name] {
				if !strings.Contains(stderr, name+x.place+" ") || !strings.Contains(stderr, x.text) {
					t.Errorf("stderr lacks %s%s … %s:\n%s", name, x.place, x.text, stderr)
				}
				if x.place != ":" && !strings.Contains(x.text, "二进制") && (!strings.Contains(stderr, " | ") || !strings.Contains(stderr, "^\n")) {
					t.Errorf("no source excerpt with a caret:\n%s", stderr)
				}
			}
			if len(want[name]) == 0 {
				t.Errorf("%s has no line in testdata/bad/expect.txt", name)
			}
			after, _ := os.ReadDir(work)
			if len(after) != 1 {
				t.Errorf("validate wrote files: %v", after)
			}
			if got, _ := os.ReadFile(filepath.Join(work, name)); !bytes.Equal(got, data) {
				t.Error("validate changed its input")
			}

			code, stdout, stderr = run("validate", "--json", name)
			if code != exitBadInput || stderr != "" || !strings.Contains(stdout, `"ok": false`) {
				t.Errorf("--json: exit %d, stdout %q, stderr %q", code, stdout, stderr)
			}
		})
	}
	if count < 30 {
		t.Errorf("%d files in testdata/bad, want at least 30", count)
	}
}

type corpusExpect struct{ place, text string }

// readCorpusExpect reads file<TAB>line:col<TAB>text lines; place becomes
// ":line:col:" (or ":" for a whole-file problem) as printed after the name.
func readCorpusExpect(t *testing.T, path string) map[string][]corpusExpect {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out := map[string][]corpusExpect{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		l := sc.Text()
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		p := strings.SplitN(l, "\t", 3)
		if len(p) != 3 {
			t.Fatalf("%s: bad line %q", path, l)
		}
		place := ":"
		if p[1] != "-" {
			place = ":" + p[1] + ":"
		}
		out[p[0]] = append(out[p[0]], corpusExpect{place, p[2]})
	}
	return out
}

func TestValidateLimits(t *testing.T) {
	t.Chdir(t.TempDir())
	f, err := os.Create("big.yaml")
	if err != nil {
		t.Fatal(err)
	}
	// Sparse: over the loader's highest limit (4 GiB) without writing it.
	if err := f.Truncate(5 << 30); err != nil {
		t.Fatal(err)
	}
	f.Close()
	code, stdout, stderr := run("validate", "big.yaml")
	if code != exitBadInput || stdout != "" || !strings.HasPrefix(stderr, "big.yaml: 文件过大") {
		t.Errorf("oversized: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}

	var many strings.Builder
	many.WriteString("name: x\nyear: 2013\n")
	for i := range 300 {
		fmt.Fprintf(&many, "k%d: 1\n", i)
	}
	if err := os.WriteFile("many.yaml", []byte(many.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr = run("validate", "many.yaml")
	if code != exitBadInput || strings.Count(stderr, "未知的键") != maxShown || !strings.Contains(stderr, "另有 100 个问题未显示") ||
		!strings.HasSuffix(stderr, "发现 300 个错误，未通过检查\n") {
		t.Errorf("many problems: exit %d\n%s", code, stderr[max(0, len(stderr)-300):])
	}
	code, stdout, _ = run("validate", "--json", "many.yaml")
	if code != exitBadInput || strings.Count(stdout, "未知的键") != 300 {
		t.Errorf("--json does not list all 300 problems")
	}
}

// TestValidateDefaultData checks the repository's own campaign, the file
// validate reads when given none.
func TestValidateDefaultData(t *testing.T) {
	t.Chdir(repoRoot(t))
	code, stdout, stderr := run("validate")
	if code != exitOK {
		t.Fatalf("gongwen validate: exit %d\n%s", code, stderr)
	}
	if !strings.HasPrefix(stdout, defaultDataFile+"：检查通过") {
		t.Errorf("stdout %q", stdout)
	}
}
