package serve

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
)

// Only the Bearer scheme carries the token, its name in any case; a bare
// token or another scheme is refused.
func TestBearerOnly(t *testing.T) {
	const token = "0123456789abcdef-token"
	_, ts := testServer(t, Config{Token: token})
	for _, c := range []struct {
		auth string
		want int
	}{
		{"Bearer " + token, 200},
		{"bearer " + token, 200},
		{"BEARER  " + token, 200},
		{token, 401},
		{"Basic " + token, 401},
		{"Token " + token, 401},
		{"Bearer", 401},
		{"Bearer " + token[:5], 401},
	} {
		req, _ := http.NewRequest("GET", ts.URL+"/api/templates", nil)
		req.Header.Set("Authorization", c.auth)
		resp, _ := do(t, req)
		if resp.StatusCode != c.want {
			t.Errorf("Authorization %q: %d, want %d", c.auth, resp.StatusCode, c.want)
		}
	}
}

func xlsxBook(t *testing.T, cells map[string]string) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	for ref, v := range cells {
		if err := f.SetCellStr("Sheet1", ref, v); err != nil {
			t.Fatal(err)
		}
	}
	var b bytes.Buffer
	if err := f.Write(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// The limits come back with the codes docs/api.md documents, from both
// engines, and a render stopped at its deadline gives its slot back.
func TestLimitCodes(t *testing.T) {
	data := repoFile(t, "data/xuechuang.yaml")
	tpl := func(name string, b []byte) map[string]file {
		return map[string]file{"template_file": {name, b}, "data": {"xuechuang.yaml", data}}
	}
	big := map[string]string{}
	for _, ref := range []string{"A1", "A2", "A3", "A4", "A5"} {
		big[ref] = "{{range 3000}}xxxxxxxxxx{{end}}"
	}
	cases := []struct {
		name    string
		timeout bool // run under a short deadline
		files   map[string]file
		code    string
		where   string
	}{
		{"docx output cap", false, tpl("t.docx", minimalDocx(t, para("{{range 1000000000}}公文{{end}}"))), "output_too_large", "正文"},
		{"docx printf doubling", false, tpl("t.docx", minimalDocx(t, para(`{{$s := "xxxxxxxxxxxxxxxx"}}{{range 40}}{{$s = printf "%s%s" $s $s}}{{end}}{{$s}}`))),
			"output_too_large", "模板函数累计生成的文字超过 100000 字节"}, // the render's cap, before the call's 1 MiB
		{"docx silent loop", true, tpl("t.docx", minimalDocx(t, para("{{range 1000000000}}{{end}}"))), "render_timeout", "渲染超时"},
		{"docx deep nesting", false, tpl("t.docx", minimalDocx(t, para(strings.Repeat("{{if 1}}", 20000)+strings.Repeat("{{end}}", 20000)))),
			"template_invalid", "嵌套超过 100 层"},
		{"docx DOCTYPE", false, tpl("t.docx", docxPart(t, `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><w:document xmlns:w="x">&x;</w:document>`)),
			"template_unsafe", "word/document.xml 第 1 行"},
		{"xlsx output cap", false, tpl("t.xlsx", xlsxBook(t, big)), "output_too_large", "Sheet1"},
		{"xlsx silent loop", true, tpl("t.xlsx", xlsxBook(t, map[string]string{"A1": "{{range 1000000000}}{{end}}"})), "render_timeout", "渲染超时"},
		{"xlsx cell loop", false, tpl("t.xlsx", xlsxBook(t, map[string]string{"A1": "{{range 1000000000}}x{{end}}"})), "output_too_large", "Sheet1!A1"},
	}
	slow, tsSlow := testServer(t, Config{MaxOutput: 100000, RenderTimeout: 20 * time.Second})
	fast, tsFast := testServer(t, Config{MaxOutput: 100000, RenderTimeout: 300 * time.Millisecond})
	for _, c := range cases {
		url := tsSlow.URL
		if c.timeout {
			url = tsFast.URL
		}
		resp, body := post(t, url+"/api/render", nil, c.files)
		e := decodeError(t, resp, body)
		all := e.Message
		for _, p := range e.Problems {
			all += "|" + p.Where + "|" + p.Msg
		}
		if resp.StatusCode != 422 || e.Code != c.code || !strings.Contains(all, c.where) {
			t.Errorf("%s: %d %s, want 422 %s with %q: %s", c.name, resp.StatusCode, e.Code, c.code, c.where, body)
		}
		if strings.Contains(all, "context") || strings.Contains(all, "/tmp") {
			t.Errorf("%s: Go's words or a server path reach the client: %s", c.name, body)
		}
	}
	waitSlotsFree(t, slow)
	waitSlotsFree(t, fast)
}

// waitSlotsFree fails unless every render slot is given back within a
// generous bound: a cancelled render stops itself.
func waitSlotsFree(t *testing.T, s *Server) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for s.metrics.rendersRunning.Load() != 0 && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	if n := s.metrics.rendersRunning.Load(); n != 0 {
		t.Fatalf("%d render slots still held", n)
	}
}

// A client sending its body a byte at a time holds a connection, not a
// render slot: with the only slot free, other requests are served, and
// the slow one is cut off at the body deadline.
func TestSlowBodyHoldsNoSlot(t *testing.T) {
	_, ts := testServer(t, Config{MaxRenders: 1, MaxQueue: 1, QueueWait: 100 * time.Millisecond, BodyTimeout: time.Second})
	data := repoFile(t, "data/xuechuang.yaml")
	conn, err := net.Dial("tcp", strings.TrimPrefix(ts.URL, "http://"))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	fmt.Fprintf(conn, "POST /api/validate HTTP/1.1\r\nHost: x\r\nContent-Type: application/yaml\r\nContent-Length: 100000\r\n\r\nyear: 2013\n")
	for range 3 {
		resp, body := post(t, ts.URL+"/api/validate", nil, map[string]file{"data": {"x.yaml", data}})
		if resp.StatusCode != 200 {
			t.Fatalf("with a slow body pending: %d %.300s", resp.StatusCode, body)
		}
	}
	// Three answers, not 503s: the slow request never held the only slot.
	conn.SetReadDeadline(time.Now().Add(10 * time.Second))
	answer, _ := io.ReadAll(conn)
	if !bytes.Contains(answer, []byte("408")) || !bytes.Contains(answer, []byte("没有在时限内传完")) {
		t.Errorf("the slow body's answer: %.300s", answer)
	}
}

// Admission control: a request needing more memory than the server ever
// gives one is 413; one that does not fit now is 503 with Retry-After;
// when the reservations are given back, it is served.
func TestMemoryAdmission(t *testing.T) {
	s, ts := testServer(t, Config{MemoryLimit: 128 << 20}) // 96 MiB to reserve
	small := repoFile(t, "data/xuechuang.yaml")
	resp, body := post(t, ts.URL+"/api/validate", nil, map[string]file{"data": {"x.yaml", append(bytes.Repeat([]byte("# 注释\n"), 200000), small...)}})
	if e := decodeError(t, resp, body); resp.StatusCode != 413 || e.Code != "too_large" || !strings.Contains(e.Message, "内存") {
		t.Errorf("a body needing too much memory: %d %s", resp.StatusCode, body)
	}
	release, ae := s.memory.reserve(90 << 20)
	if ae != nil {
		t.Fatal(ae)
	}
	resp, body = post(t, ts.URL+"/api/validate", nil, map[string]file{"data": {"x.yaml", small}})
	if e := decodeError(t, resp, body); resp.StatusCode != 503 || e.Code != "busy" || resp.Header.Get("Retry-After") == "" {
		t.Errorf("memory used up: %d %s (Retry-After %q)", resp.StatusCode, body, resp.Header.Get("Retry-After"))
	}
	release()
	if resp, body := post(t, ts.URL+"/api/validate", nil, map[string]file{"data": {"x.yaml", small}}); resp.StatusCode != 200 {
		t.Errorf("after release: %d %.300s", resp.StatusCode, body)
	}
}

// /healthz says a server whose every slot has been held past the render
// deadline is stuck, and recovers when one is given back.
func TestHealthzStuck(t *testing.T) {
	s, ts := testServer(t, Config{MaxRenders: 1, RenderTimeout: 50 * time.Millisecond})
	if resp, _ := get(t, ts.URL+"/healthz"); resp.StatusCode != 200 {
		t.Fatalf("idle: %d", resp.StatusCode)
	}
	held, ae := s.renders.acquire(context.Background())
	if ae != nil {
		t.Fatal(ae)
	}
	time.Sleep(120 * time.Millisecond)
	resp, body := get(t, ts.URL+"/healthz")
	if resp.StatusCode != 503 || !bytes.Contains(body, []byte("stuck")) {
		t.Errorf("all slots held past the deadline: %d %s", resp.StatusCode, body)
	}
	held.done()
	if resp, _ := get(t, ts.URL+"/healthz"); resp.StatusCode != 200 {
		t.Errorf("after release: %d", resp.StatusCode)
	}
}

// Broken bodies and a preview without a file are answered in Chinese.
func TestBodyMessages(t *testing.T) {
	_, ts := testServer(t, Config{})
	req, _ := http.NewRequest("POST", ts.URL+"/api/validate", strings.NewReader("--b\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\nv"))
	req.Header.Set("Content-Type", "multipart/form-data; boundary=b")
	resp, body := do(t, req)
	if e := decodeError(t, resp, body); resp.StatusCode != 400 || strings.Contains(e.Message, "multipart: ") || strings.Contains(e.Message, "EOF") {
		t.Errorf("truncated multipart: %d %s", resp.StatusCode, body)
	}
	resp, body = post(t, ts.URL+"/api/preview", nil, map[string]file{"data": {"x.yaml", repoFile(t, "data/xuechuang.yaml")}})
	if e := decodeError(t, resp, body); resp.StatusCode != 501 && (resp.StatusCode != 400 || !strings.Contains(e.Message, "缺少字段 file")) {
		t.Errorf("preview without file: %d %s", resp.StatusCode, body)
	}
}
