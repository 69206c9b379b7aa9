package cli

import (
	"bytes"
	"context"
	"errors"
	"io"
	"mime/multipart"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// startServe runs gongwen serve in-process on a free loopback port and
// returns its base URL, the function that stops it (as SIGTERM would), and
// the channel runServe's result arrives on.
func startServe(t *testing.T, opts *serveOptions) (string, context.CancelFunc, <-chan error) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	addr := make(chan string, 1)
	var errOut bytes.Buffer
	opts.IO = &IOStreams{In: strings.NewReader(""), Out: io.Discard, ErrOut: &errOut}
	opts.Addr = "127.0.0.1:0"
	if opts.MaxBody == "" {
		opts.MaxBody, opts.MaxOutput, opts.Timeout, opts.Grace = "32MiB", "64MiB", 30*time.Second, 30*time.Second
	}
	opts.ready = func(a string) { addr <- a }
	done := make(chan error, 1)
	go func() { done <- runServe(ctx, opts) }()
	select {
	case a := <-addr:
		t.Cleanup(cancel)
		return "http://" + a, cancel, done
	case err := <-done:
		cancel()
		t.Fatalf("serve did not start: %v\n%s", err, errOut.String())
	}
	return "", nil, nil
}

// TestServeFinishesRequestsInFlight stops the server while a request is
// still arriving: the request is answered in full, then serve returns.
func TestServeFinishesRequestsInFlight(t *testing.T) {
	base, stop, done := startServe(t, &serveOptions{Data: filepath.Join(repoRoot(t), "data")})
	if resp, err := http.Get(base + "/healthz"); err != nil || resp.StatusCode != 200 {
		t.Fatalf("healthz: %v %v", resp, err)
	}
	data, err := os.ReadFile(filepath.Join(repoRoot(t), "data", "xuechuang.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	pr, pw := io.Pipe()
	mw := multipart.NewWriter(pw)
	req, _ := http.NewRequest("POST", base+"/api/build", pr)
	req.Header.Set("Content-Type", mw.FormDataContentType())
	type answer struct {
		resp *http.Response
		body []byte
		err  error
	}
	got := make(chan answer, 1)
	go func() {
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			got <- answer{err: err}
			return
		}
		defer resp.Body.Close()
		b, err := io.ReadAll(resp.Body)
		got <- answer{resp, b, err}
	}()
	w, _ := mw.CreateFormFile("data", "xuechuang.yaml")
	w.Write(data[:len(data)/2]) // the request is under way…
	time.Sleep(100 * time.Millisecond)
	stop() // …when the server is told to stop
	time.Sleep(100 * time.Millisecond)
	w.Write(data[len(data)/2:])
	mw.Close()
	pw.Close()
	a := <-got
	if a.err != nil {
		t.Fatalf("request in flight failed: %v", a.err)
	}
	if a.resp.StatusCode != 200 || a.resp.Header.Get("Content-Type") != "application/zip" || len(a.body) < 1000 {
		t.Fatalf("request in flight: %d %.200s", a.resp.StatusCode, a.body)
	}
	if err := <-done; err != nil {
		t.Fatalf("serve: %v", err)
	}
	if _, err := http.Get(base + "/healthz"); err == nil {
		t.Errorf("server still answers after shutdown")
	}
}

func TestServeToken(t *testing.T) {
	t.Setenv("GONGWEN_TOKEN", "from-env")
	base, _, _ := startServe(t, &serveOptions{})
	req, _ := http.NewRequest("GET", base+"/api/templates", nil)
	if resp, err := http.DefaultClient.Do(req); err != nil || resp.StatusCode != 401 {
		t.Fatalf("without token: %v %v", resp, err)
	}
	req.Header.Set("Authorization", "Bearer from-env")
	if resp, err := http.DefaultClient.Do(req); err != nil || resp.StatusCode != 200 {
		t.Fatalf("with token: %v %v", resp, err)
	}
}

func TestCheckAddr(t *testing.T) {
	tests := []struct {
		addr string
		want string // "" means valid
	}{
		{"127.0.0.1:8080", ""},
		{":8080", ""},
		{"localhost:0", ""},
		{"[::1]:8080", ""},
		{"0.0.0.0:http", ""},
		{"oa.example.cn:9000", ""},
		{"nonsense", "缺少端口"},
		{"127.0.0.1", "缺少端口"},
		{"127.0.0.1:", "缺少端口"},
		{"::1", "无法分出主机和端口"},
		{"[::1:80", "无法分出主机和端口"},
		{"127.0.0.1:65536", "超出"},
		{"127.0.0.1:port", "不是数字"},
		{"a_b:80", "不是 IP 地址或主机名"},
		{"-a:80", "不是 IP 地址或主机名"},
	}
	for _, tt := range tests {
		err := checkAddr(tt.addr)
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("checkAddr(%q) = %v, want valid", tt.addr, err)
		case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
			t.Errorf("checkAddr(%q) = %v, want %q", tt.addr, err, tt.want)
		}
	}
}

// TestServeAddressInUse: a port another program holds is bad input, said
// in Chinese.
func TestServeAddressInUse(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	var errOut bytes.Buffer
	opts := &serveOptions{IO: &IOStreams{In: strings.NewReader(""), Out: io.Discard, ErrOut: &errOut},
		Addr: ln.Addr().String(), Data: t.TempDir(), MaxBody: "1MiB", MaxOutput: "1MiB", Timeout: time.Second, Grace: time.Second}
	err = runServe(context.Background(), opts)
	var ee *exitError
	if !errors.As(err, &ee) || ee.code != exitBadInput || !strings.Contains(err.Error(), "端口已被占用") ||
		strings.Contains(err.Error(), "address already in use") {
		t.Errorf("err = %v", err)
	}
}
