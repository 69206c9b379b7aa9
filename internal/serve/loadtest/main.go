// Command loadtest measures gongwen serve on loopback: a bounded number of
// POST /api/render requests at a fixed concurrency, with latency
// percentiles, throughput, errors and the server's peak memory; then, for
// comparison, the same document rendered by the CLI (gongwen build of one
// notice), one process per document.
//
//	go build -o /tmp/gongwen ./cmd/gongwen
//	go run ./internal/serve/loadtest -bin /tmp/gongwen -n 2000 -c 16
//
// With -bin the server is started as a child process on a free loopback
// port and its peak resident memory (VmHWM) is read from /proc. With -addr
// an already running server is measured (loopback only). Requests go to
// 127.0.0.1 and nowhere else, and their number is capped.
package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"mime/multipart"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
)

const (
	maxRequests    = 100000
	maxConcurrency = 256
)

func main() {
	var (
		n        = flag.Int("n", 2000, "requests to send (at most 100000)")
		c        = flag.Int("c", 16, "requests in flight at once (at most 256)")
		bin      = flag.String("bin", "", "gongwen binary: start `gongwen serve` on a free loopback port and measure it")
		addr     = flag.String("addr", "", "measure a running server at this loopback host:port instead")
		data     = flag.String("data", "data/xuechuang.yaml", "campaign data file")
		tpl      = flag.String("template", "tongzhi.docx", "built-in template to render")
		cliRuns  = flag.Int("cli", 20, "documents to render with the CLI for comparison (0: none; needs -bin)")
		maxProcs = flag.Int("server-procs", 0, "GOMAXPROCS of the started server (0: all cores)")
		vary     = flag.Bool("vary", false, "send different data bytes with every request (a comment line), so the server cannot reuse a loaded campaign")
	)
	flag.Parse()
	if err := run(*n, *c, *bin, *addr, *data, *tpl, *cliRuns, *maxProcs, *vary); err != nil {
		fmt.Fprintln(os.Stderr, "loadtest:", err)
		os.Exit(1)
	}
}

func run(n, c int, bin, addr, dataPath, tpl string, cliRuns, procs int, vary bool) error {
	if n <= 0 || n > maxRequests || c <= 0 || c > maxConcurrency {
		return fmt.Errorf("-n must be 1..%d and -c 1..%d", maxRequests, maxConcurrency)
	}
	data, err := os.ReadFile(dataPath)
	if err != nil {
		return err
	}
	var pid int
	switch {
	case bin != "" && addr == "":
		cmd, a, err := startServer(bin, procs)
		if err != nil {
			return err
		}
		defer func() {
			cmd.Process.Signal(syscall.SIGTERM)
			cmd.Wait()
		}()
		addr, pid = a, cmd.Process.Pid
	case addr != "":
		host, _, err := net.SplitHostPort(addr)
		if ip := net.ParseIP(host); err != nil || (host != "localhost" && (ip == nil || !ip.IsLoopback())) {
			return fmt.Errorf("-addr %s: only loopback servers are measured", addr)
		}
	default:
		return errors.New("give -bin (start a server) or -addr (a running loopback server)")
	}
	bodyFor := func(i int) ([]byte, string) {
		if !vary {
			return form(tpl, filepath.Base(dataPath), data)
		}
		return form(tpl, filepath.Base(dataPath), fmt.Appendf(bytes.Clone(data), "\n# request %d\n", i))
	}
	body, ctype := bodyFor(-1)
	url := "http://" + addr + "/api/render"
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: c, MaxConnsPerHost: c}, Timeout: 2 * time.Minute}

	// Warm up: compile the template once, open the connections.
	for range c {
		if _, err := renderOnce(client, url, body, ctype); err != nil {
			return fmt.Errorf("warm-up request: %w", err)
		}
	}
	rssBefore := vmKB(pid, "VmRSS")

	lat := make([]time.Duration, n)
	errs := map[string]int{}
	var mu sync.Mutex
	next := make(chan int)
	var wg sync.WaitGroup
	start := time.Now()
	for range c {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				body, ctype := body, ctype
				if vary {
					body, ctype = bodyFor(i)
				}
				d, err := renderOnce(client, url, body, ctype)
				lat[i] = d
				if err != nil {
					mu.Lock()
					errs[err.Error()]++
					mu.Unlock()
				}
			}
		}()
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
	wall := time.Since(start)

	slices.Sort(lat)
	failed := 0
	for _, k := range errs {
		failed += k
	}
	same := "the same data every time"
	if vary {
		same = "different data bytes every time"
	}
	fmt.Printf("gongwen serve, POST /api/render template=%s, %s, %d requests at concurrency %d on %s\n", tpl, same, n, c, addr)
	fmt.Printf("  errors      %d\n", failed)
	for msg, k := range errs {
		fmt.Printf("    %5d × %s\n", k, msg)
	}
	fmt.Printf("  latency     p50 %s  p90 %s  p99 %s  max %s\n", ms(pct(lat, 50)), ms(pct(lat, 90)), ms(pct(lat, 99)), ms(lat[len(lat)-1]))
	fmt.Printf("  throughput  %.0f documents/s (%s wall)\n", float64(n)/wall.Seconds(), wall.Round(time.Millisecond))
	if pid != 0 {
		fmt.Printf("  server RSS  %.1f MiB after warm-up, peak %.1f MiB (VmHWM)\n", float64(rssBefore)/1024, float64(vmKB(pid, "VmHWM"))/1024)
	}
	if cliRuns > 0 && bin != "" {
		if err := compareCLI(bin, dataPath, cliRuns); err != nil {
			return fmt.Errorf("CLI comparison: %w", err)
		}
	}
	if failed > 0 {
		return fmt.Errorf("%d of %d requests failed", failed, n)
	}
	return nil
}

// startServer runs `bin serve` on a free loopback port and waits until
// /healthz answers.
func startServer(bin string, procs int) (*exec.Cmd, string, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, "", err
	}
	addr := ln.Addr().String()
	ln.Close()
	cmd := exec.Command(bin, "serve", "--addr", addr)
	cmd.Stderr = os.Stderr
	cmd.Env = os.Environ()
	if procs > 0 {
		cmd.Env = append(cmd.Env, "GOMAXPROCS="+strconv.Itoa(procs))
	}
	if err := cmd.Start(); err != nil {
		return nil, "", err
	}
	for range 100 {
		resp, err := http.Get("http://" + addr + "/healthz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == 200 {
				return cmd, addr, nil
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	cmd.Process.Kill()
	cmd.Wait()
	return nil, "", fmt.Errorf("%s serve did not answer /healthz on %s", bin, addr)
}

func form(tpl, name string, data []byte) ([]byte, string) {
	var b bytes.Buffer
	mw := multipart.NewWriter(&b)
	mw.WriteField("template", tpl)
	w, _ := mw.CreateFormFile("data", name)
	w.Write(data)
	mw.Close()
	return b.Bytes(), mw.FormDataContentType()
}

// renderOnce sends one request and checks that a whole .docx came back.
func renderOnce(client *http.Client, url string, body []byte, ctype string) (time.Duration, error) {
	t0 := time.Now()
	resp, err := client.Post(url, ctype, bytes.NewReader(body))
	if err != nil {
		return time.Since(t0), errors.New("transport: " + strings.SplitN(err.Error(), ": ", 2)[0])
	}
	got, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	d := time.Since(t0)
	switch {
	case err != nil:
		return d, errors.New("reading the body")
	case resp.StatusCode != 200:
		return d, fmt.Errorf("HTTP %d", resp.StatusCode)
	case !bytes.HasPrefix(got, []byte("PK")) || strconv.Itoa(len(got)) != resp.Header.Get("Content-Length"):
		return d, errors.New("not a whole .docx")
	}
	return d, nil
}

// compareCLI renders the same notice with `gongwen build`, one process per
// document, and reports latency, throughput and peak memory of a run.
func compareCLI(bin, dataPath string, runs int) error {
	dir, err := os.MkdirTemp("", "gongwen-load-*")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	abs, err := filepath.Abs(dataPath)
	if err != nil {
		return err
	}
	manifest := filepath.Join(dir, "gongwen.yaml")
	m := fmt.Sprintf("data: %q\nout: out\ndate: 2013-07-15\noutputs:\n  - kind: notice\n    only: [tz-kaizhan]\n", abs)
	if err := os.WriteFile(manifest, []byte(m), 0o644); err != nil {
		return err
	}
	lat := make([]time.Duration, runs)
	var peak int64
	start := time.Now()
	for i := range runs {
		cmd := exec.CommandContext(context.Background(), bin, "build", "-f", manifest, "--out", filepath.Join(dir, "out"))
		t0 := time.Now()
		if out, err := cmd.CombinedOutput(); err != nil {
			return fmt.Errorf("%v: %s", err, out)
		}
		lat[i] = time.Since(t0)
		if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
			peak = max(peak, ru.Maxrss)
		}
	}
	wall := time.Since(start)
	slices.Sort(lat)
	fmt.Printf("gongwen build (CLI), the same notice, %d runs one after another\n", runs)
	fmt.Printf("  latency     p50 %s  max %s (a process each: start, load, compile, render, write)\n", ms(pct(lat, 50)), ms(lat[len(lat)-1]))
	fmt.Printf("  throughput  %.1f documents/s\n", float64(runs)/wall.Seconds())
	fmt.Printf("  peak RSS    %.1f MiB per process\n", float64(peak)/1024)
	return nil
}

func pct(sorted []time.Duration, p int) time.Duration {
	i := (len(sorted)*p + 99) / 100
	return sorted[max(0, min(len(sorted)-1, i-1))]
}

func ms(d time.Duration) string { return fmt.Sprintf("%.1f ms", float64(d.Microseconds())/1000) }

// vmKB reads a field such as VmHWM from /proc/PID/status, in KiB.
func vmKB(pid int, field string) int64 {
	if pid == 0 {
		return 0
	}
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, field+":"); ok {
			n, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
			return n
		}
	}
	return 0
}
