package serve

import (
	"archive/zip"
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"mime/multipart"
	"net"
	"net/http"
	"os"
	"os/exec"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// The adversarial suite: every reproduction of issue 13 that once killed
// or wedged the server, sent to a real server in a child process under a
// hard address-space limit (ulimit -v) and a Go memory limit. Each attack
// must get a 4xx/503 JSON answer in Chinese within a bounded time; the
// child's peak resident memory must stay bounded; afterwards the server
// must be alive, /healthz 200, and a normal render must succeed.

const (
	advEnv      = "GONGWEN_ADVERSARIAL_SERVER"
	advMemLimit = 512 << 20        // the server's --memory
	advVirtKB   = 6 << 20          // ulimit -v for the child, in KiB (6 GiB: Go reserves address space)
	advPeakRSS  = 1200 << 20       // the bound asserted on the child's peak RSS
	advAnswer   = 90 * time.Second // the longest any answer may take
	advTimeout  = 5 * time.Second  // the child server's render deadline
	advBody     = 3 * time.Second  // the child server's body deadline
	advWorkers  = 4                // render slots in the child
)

// TestAdversarialServerProcess is the child: it serves until stdin closes.
func TestAdversarialServerProcess(t *testing.T) {
	if os.Getenv(advEnv) == "" {
		t.Skip("the child process of TestAdversarial, not a test of its own")
	}
	debug.SetMemoryLimit(advMemLimit)
	s, err := New(Config{MemoryLimit: advMemLimit, RenderTimeout: advTimeout, BodyTimeout: advBody,
		MaxRenders: advWorkers, MaxOutput: 64 << 20})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	fmt.Printf("ADDR %s\n", ln.Addr())
	hs := &http.Server{Handler: s.Handler(), ReadHeaderTimeout: 5 * time.Second}
	go hs.Serve(ln)
	io.Copy(io.Discard, os.Stdin)
	hs.Close()
}

func TestAdversarial(t *testing.T) {
	if runtime.GOOS != "linux" {
		if os.Getenv("CI") == "true" {
			t.Fatal("the adversarial suite needs Linux (/proc, ulimit)")
		}
		t.Skip("the adversarial suite needs Linux (/proc for the peak memory, ulimit -v)")
	}
	if testing.Short() {
		t.Skip("-short: the adversarial suite runs a server process")
	}
	// sh applies the hard limit, then becomes the test binary.
	cmd := exec.Command("/bin/sh", "-c", fmt.Sprintf("ulimit -v %d && exec \"$0\" -test.run='^TestAdversarialServerProcess$' -test.v=false", advVirtKB), os.Args[0])
	cmd.Env = append(os.Environ(), advEnv+"=1", "GOMEMLIMIT=")
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	defer func() {
		stdin.Close()
		select {
		case <-exited:
		case <-time.After(10 * time.Second):
			cmd.Process.Kill()
		}
	}()
	sc := bufio.NewScanner(stdout)
	addr := ""
	for sc.Scan() {
		if a, ok := strings.CutPrefix(sc.Text(), "ADDR "); ok {
			addr = a
			break
		}
	}
	if addr == "" {
		t.Fatalf("the server did not start: %s", stderr.String())
	}
	go io.Copy(io.Discard, stdout)
	go func() { exited <- cmd.Wait() }()
	base := "http://" + addr
	client := &http.Client{Timeout: advAnswer}
	alive := func(when string) {
		t.Helper()
		select {
		case err := <-exited:
			t.Fatalf("%s: the server died (%v): %.2000s", when, err, stderr.String())
		default:
		}
	}

	data := repoFile(t, "data/xuechuang.yaml")
	tpl := func(name string, b []byte) map[string]file {
		return map[string]file{"template_file": {name, b}, "data": {"xuechuang.yaml", data}}
	}
	attacks := []struct {
		name  string
		path  string
		files map[string]file
	}{
		{"alias bomb data", "/api/validate", map[string]file{"data": {"bomb.yaml", aliasBomb(t, data)}}},
		{"nested ifs", "/api/render", tpl("t.docx", minimalDocx(t, para(strings.Repeat("{{if 1}}", 20000)+strings.Repeat("{{end}}", 20000))))},
		{"xlsx huge cell", "/api/render", tpl("t.xlsx", xlsxBook(t, map[string]string{"A1": "{{range 1000000000}}x{{end}}"}))},
		{"xlsx doubling", "/api/render", tpl("t.xlsx", xlsxBook(t, map[string]string{"A1": `{{$s := "xxxxxxxxxxxxxxxx"}}{{range 40}}{{$s = printf "%s%s" $s $s}}{{end}}{{$s}}`}))},
		{"xlsx far cell", "/api/render", tpl("t.xlsx", farCell(t))},
		{"billion laughs", "/api/render", tpl("t.docx", docxPart(t, `<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><w:document xmlns:w="x">&c;</w:document>`))},
		{"silent loop", "/api/render", tpl("t.docx", minimalDocx(t, para("{{range 1000000000}}{{end}}")))},
	}
	for _, fn := range []string{`printf "%s%s" $s $s`, `print $s $s`, `cat $s $s`, `html $s $s`, `js $s $s`, `urlquery $s $s`, `quote $s $s`, `upper (print $s $s)`} {
		attacks = append(attacks, struct {
			name  string
			path  string
			files map[string]file
		}{"doubling with " + strings.Fields(fn)[0], "/api/render",
			tpl("t.docx", minimalDocx(t, para(`{{$s := "xxxxxxxxxxxxxxxx"}}{{range 40}}{{$s = `+fn+`}}{{end}}{{$s}}`)))})
	}
	send := func(path string, files map[string]file) (int, apiError, error) {
		body, ct := multipartBody(t, nil, files)
		resp, err := client.Post(base+path, ct, bytes.NewReader(body))
		if err != nil {
			return 0, apiError{}, err
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		var e apiError
		json.Unmarshal(b, &e)
		if e.Code == "" {
			e.Message = string(b)
		}
		return resp.StatusCode, e, nil
	}
	for _, a := range attacks {
		code, e, err := send(a.path, a.files)
		alive(a.name)
		if err != nil {
			t.Errorf("%s: no answer within %s: %v", a.name, advAnswer, err)
			continue
		}
		t.Logf("%s: %d %s %.80s", a.name, code, e.Code, e.Message)
		if code < 400 || code >= 500 && code != 503 || e.Code == "" || e.Code == "internal" || !hasHan(e.Message) {
			t.Errorf("%s: %d %s %q, want a 4xx or 503 JSON error in Chinese", a.name, code, e.Code, e.Message)
		}
	}
	// Slow bodies and a burst of far-cell workbooks at once.
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c, err := net.Dial("tcp", addr)
			if err != nil {
				return
			}
			defer c.Close()
			fmt.Fprintf(c, "POST /api/render HTTP/1.1\r\nHost: x\r\nContent-Type: application/yaml\r\nContent-Length: 100000\r\n\r\n")
			for range 3 {
				c.Write([]byte("#"))
				time.Sleep(time.Second)
			}
		}()
	}
	far := tpl("t.xlsx", farCell(t))
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			send("/api/render", far)
		}()
	}
	wg.Wait()
	alive("slow bodies and far cells")

	// A burst of legal work: eight builds at once of a campaign grown to
	// 3000 more tasks. Admission control answers what does not fit with
	// 503; the peak this leaves is deploy.md's memory figure.
	legal := bigCampaign(data, 500)
	var okN, busyN, slowN int
	var mu sync.Mutex
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			code, e, err := send("/api/build", map[string]file{"data": {"big.yaml", legal}})
			mu.Lock()
			defer mu.Unlock()
			switch {
			case err == nil && code == 200:
				okN++
			case err == nil && code == 503 && e.Code == "busy":
				busyN++
			case err == nil && code == 422 && e.Code == "render_timeout":
				slowN++ // a loaded machine; the deadline held
			default:
				t.Errorf("legal build: %d %s %.200s %v", code, e.Code, e.Message, err)
			}
		}()
	}
	wg.Wait()
	alive("legal burst")
	t.Logf("legal burst of 8 builds (%d KiB of data each): %d built, %d answered 503, %d past the deadline; peak RSS so far %d MiB",
		len(legal)>>10, okN, busyN, slowN, peakRSS(t, cmd.Process.Pid)>>20)

	// Alive and useful: healthy, and a normal render succeeds.
	// Renders stopped at their deadline give their slots back: /healthz
	// is 200 again within a bound.
	healthy := false
	for end := time.Now().Add(advAnswer); time.Now().Before(end); time.Sleep(200 * time.Millisecond) {
		resp, err := client.Get(base + "/healthz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == 200 {
				healthy = true
				break
			}
		}
	}
	if !healthy {
		t.Errorf("/healthz not 200 within %s of the attacks", advAnswer)
	}
	body, ct := multipartBody(t, map[string]string{"template": "tongzhi.docx"}, map[string]file{"data": {"xuechuang.yaml", data}})
	r, err := client.Post(base+"/api/render", ct, bytes.NewReader(body))
	if err != nil {
		t.Errorf("a normal render after the attacks: %v", err)
	} else {
		b, _ := io.ReadAll(r.Body)
		r.Body.Close()
		if r.StatusCode != 200 {
			t.Errorf("a normal render after the attacks: %d %.500s", r.StatusCode, b)
		}
	}
	alive("the normal render")
	peak := peakRSS(t, cmd.Process.Pid)
	t.Logf("child peak RSS %d MiB", peak>>20)
	if peak > advPeakRSS {
		t.Errorf("the server's peak RSS was %d MiB, bound %d MiB", peak>>20, advPeakRSS>>20)
	}
}

// peakRSS is the highest resident set of process pid (VmHWM). The child
// is sh exec'ed into the test binary, so pid is the server.
func peakRSS(t *testing.T, pid int) int64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		t.Fatalf("reading the peak memory: %v", err)
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
			return kb << 10
		}
	}
	t.Fatal("no VmHWM in /proc status")
	return 0
}

func hasHan(s string) bool {
	for _, r := range s {
		if r >= 0x4e00 && r <= 0x9fff {
			return true
		}
	}
	return false
}

// aliasBomb is the campaign with one 1 MB text repeated through 300
// aliases: 3 MB of file, 300 MB once expanded.
func aliasBomb(t *testing.T, data []byte) []byte {
	src := string(data)
	i := strings.Index(src, "\ngoal: ")
	j := strings.Index(src[i+1:], "\n") + i + 1
	src = src[:i] + "\ngoal: &big " + strings.Repeat("很长的目标", 70000) + src[j:]
	tasks := strings.Index(src, "tasks:\n") + len("tasks:\n")
	var extra strings.Builder
	for n := range 300 {
		fmt.Fprintf(&extra, "  - id: bomb%d\n    title: 重复\n    period: 2月\n    notes: *big\n", n)
	}
	return []byte(src[:tasks] + extra.String() + src[tasks:])
}

// farCell is a workbook with an action in A1 and a value in XFD1048576,
// written by moving B2 (excelize takes seconds to set the far cell).
func farCell(t *testing.T) []byte {
	src := xlsxBook(t, map[string]string{"A1": "{{.Name}}", "B2": "x"})
	zr, err := zip.NewReader(bytes.NewReader(src), int64(len(src)))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, f := range zr.File {
		rc, _ := f.Open()
		b, _ := io.ReadAll(rc)
		rc.Close()
		if f.Name == "xl/worksheets/sheet1.xml" {
			b = []byte(strings.NewReplacer(`<row r="2">`, `<row r="1048576">`, `r="B2"`, `r="XFD1048576"`).Replace(string(b)))
		}
		w, _ := zw.Create(f.Name)
		w.Write(b)
	}
	zw.Close()
	return out.Bytes()
}

// multipartBody is a form as post sends it.
func multipartBody(t *testing.T, fields map[string]string, files map[string]file) ([]byte, string) {
	var b bytes.Buffer
	mw := multipart.NewWriter(&b)
	for k, v := range fields {
		mw.WriteField(k, v)
	}
	for k, f := range files {
		w, err := mw.CreateFormFile(k, f.name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(f.data)
	}
	mw.Close()
	return b.Bytes(), mw.FormDataContentType()
}

// bigCampaign is the campaign with n more tasks, a legal large upload.
func bigCampaign(data []byte, n int) []byte {
	src := string(data)
	tasks := strings.Index(src, "tasks:\n") + len("tasks:\n")
	var extra strings.Builder
	for i := range n {
		fmt.Fprintf(&extra, "  - id: extra%d\n    title: 第%d项补充任务，按计划推进并按月报送进展情况\n    period: 3月\n    phase: ss\n    group: zhz\n    status: 推进中\n    notes: 已部署，正在推进（示例）\n", i, i)
	}
	return []byte(src[:tasks] + extra.String() + src[tasks:])
}
