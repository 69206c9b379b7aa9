// Package docs_test runs what deploy.md tells an administrator to run: the
// systemd unit's ExecStart line, the container's command line and the
// Kubernetes container's arguments, each against the real binary, so the
// recipes cannot drift from the flags the program has.
package docs_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"go.yaml.in/yaml/v3"
)

const token = "deploy-test-token"

// gongwen builds the binary once for all the recipes.
func gongwen(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "gongwen")
	cmd := exec.Command("go", "build", "-o", bin, "../cmd/gongwen")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

func deployMD(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile("deploy.md")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// recipes are the three command lines of deploy.md, as argument lists
// with the program first.
func recipes(t *testing.T, md string) map[string][]string {
	t.Helper()
	out := map[string][]string{}
	if m := regexp.MustCompile(`(?m)^ExecStart=(.+)$`).FindStringSubmatch(md); m != nil {
		out["systemd"] = strings.Fields(m[1])
	}
	if m := regexp.MustCompile(`(?s)podman run (.+?)\n` + "```").FindStringSubmatch(md); m != nil {
		line := strings.Fields(strings.ReplaceAll(m[1], "\\\n", " "))
		for i, f := range line {
			if strings.HasPrefix(f, "registry.example.com/gongwen") {
				// The image's entry point is the program itself (ko).
				out["container"] = append([]string{"/ko-app/gongwen"}, line[i+1:]...)
			}
		}
	}
	if m := regexp.MustCompile(`(?m)^\s+args: (\[.+\])\s*$`).FindStringSubmatch(md); m != nil {
		var args []string
		if err := yaml.Unmarshal([]byte(m[1]), &args); err != nil {
			t.Fatalf("the Kubernetes args %s: %v", m[1], err)
		}
		out["kubernetes"] = append([]string{"/ko-app/gongwen"}, args...)
	}
	for _, k := range []string{"systemd", "container", "kubernetes"} {
		if len(out[k]) < 3 {
			t.Fatalf("deploy.md: no %s command line found", k)
		}
	}
	return out
}

func freePort(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	_, port, _ := net.SplitHostPort(ln.Addr().String())
	return port
}

// TestDeployRecipes starts the service as each recipe says, checks it
// answers, edits a task through the page's API where the recipe allows it
// (and is refused where it is read-only), and stops it with SIGTERM.
func TestDeployRecipes(t *testing.T) {
	if testing.Short() {
		t.Skip("skipped in -short: builds and runs the binary")
	}
	bin := gongwen(t)
	seed, err := os.ReadFile("../data/xuechuang.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for name, argv := range recipes(t, deployMD(t)) {
		t.Run(name, func(t *testing.T) {
			root := t.TempDir()
			data, tpl := filepath.Join(root, "data"), filepath.Join(root, "templates")
			os.MkdirAll(data, 0o755)
			os.MkdirAll(tpl, 0o755)
			if err := os.WriteFile(filepath.Join(data, "xuechuang.yaml"), seed, 0o644); err != nil {
				t.Fatal(err)
			}
			port := freePort(t)
			paths := strings.NewReplacer("/usr/local/bin/gongwen", bin, "/ko-app/gongwen", bin,
				"/var/lib/gongwen/data", data, "/var/lib/gongwen/templates", tpl, ":8080", ":"+port)
			args := make([]string, len(argv))
			readOnly := false
			for i, a := range argv {
				args[i] = paths.Replace(a)
				switch a {
				case "/data":
					args[i] = data
				case "/templates":
					args[i] = tpl
				case "--read-only":
					readOnly = true
				}
			}
			cmd := exec.Command(args[0], args[1:]...)
			cmd.Env = append(os.Environ(), "GONGWEN_TOKEN="+token, "HOME="+root)
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			exited := make(chan error, 1)
			go func() { exited <- cmd.Wait() }()
			defer func() {
				cmd.Process.Kill()
			}()
			base := "http://127.0.0.1:" + port
			waitHealthy(t, base, exited, &stderr)
			editThroughAPI(t, base, filepath.Join(data, "xuechuang.yaml"), readOnly)
			cmd.Process.Signal(syscall.SIGTERM)
			select {
			case err := <-exited:
				if err != nil {
					t.Errorf("%s exited after SIGTERM with %v\n%s", name, err, stderr.String())
				}
			case <-time.After(time.Minute):
				t.Errorf("%s did not stop within a minute of SIGTERM", name)
			}
		})
	}
}

func waitHealthy(t *testing.T, base string, exited chan error, stderr *bytes.Buffer) {
	t.Helper()
	deadline := time.Now().Add(time.Minute)
	for time.Now().Before(deadline) {
		select {
		case err := <-exited:
			t.Fatalf("the service exited: %v\n%s", err, stderr.String())
		default:
		}
		if r, err := http.Get(base + "/healthz"); err == nil {
			r.Body.Close()
			if r.StatusCode == http.StatusOK {
				return
			}
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("no answer on %s/healthz\n%s", base, stderr.String())
}

func call(t *testing.T, method, url, ctype string, body []byte) (int, []byte) {
	t.Helper()
	req, _ := http.NewRequest(method, url, bytes.NewReader(body))
	req.Header.Set("Authorization", "Bearer "+token)
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
	}
	r, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Body.Close()
	var b bytes.Buffer
	b.ReadFrom(r.Body)
	return r.StatusCode, b.Bytes()
}

func editThroughAPI(t *testing.T, base, path string, readOnly bool) {
	t.Helper()
	// Without the token: refused.
	if r, err := http.Post(base+"/api/edit", "application/json", strings.NewReader("{}")); err != nil || r.StatusCode != http.StatusUnauthorized {
		t.Errorf("an edit without the token: %v %v", r.StatusCode, err)
	}
	code, body := call(t, http.MethodPost, base+"/api/work?data_name=xuechuang.yaml", "application/x-www-form-urlencoded", nil)
	var work struct{ Version string }
	if code != http.StatusOK || json.Unmarshal(body, &work) != nil {
		t.Fatalf("work view: %d %s", code, body)
	}
	edit := fmt.Sprintf(`{"data_name":"xuechuang.yaml","version":%q,"who":"部署测试","tasks":[{"id":"hyzd","notes":"部署测试的备注"}]}`, work.Version)
	code, body = call(t, http.MethodPost, base+"/api/edit", "application/json", []byte(edit))
	after, _ := os.ReadFile(path)
	if readOnly {
		if code != http.StatusForbidden || strings.Contains(string(after), "部署测试的备注") {
			t.Errorf("read-only service: edit answered %d %s", code, body)
		}
		return
	}
	if code != http.StatusOK || !strings.Contains(string(after), "notes: 部署测试的备注") {
		t.Errorf("edit: %d %s", code, body)
	}
	if _, err := os.Stat(strings.TrimSuffix(path, ".yaml") + ".history.jsonl"); err != nil {
		t.Errorf("no history beside the data: %v", err)
	}
}
