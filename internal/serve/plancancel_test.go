package serve

import (
	"bytes"
	"context"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"gongwen/internal/build"
	"gongwen/internal/build/synth"
)

// A build whose client is gone stops planning and gives its slot back:
// with a campaign big enough that planning takes seconds, the client
// leaves once the request holds the only slot; the slot comes back and
// the plan was never finished (a finished plan of a memoised campaign is
// kept, so none is kept).
func TestBuildPlanStopsWhenClientLeaves(t *testing.T) {
	s, ts := testServer(t, Config{MaxRenders: 1, RenderTimeout: time.Minute})
	data := synth.Tasks(repoFile(t, "data/xuechuang.yaml"), 5000) // under loadCacheMax: memoised
	if len(data) > loadCacheMax {
		t.Fatalf("test data of %d bytes would not be memoised", len(data))
	}
	var b bytes.Buffer
	mw := multipart.NewWriter(&b)
	w, _ := mw.CreateFormFile("data", "big.yaml")
	w.Write(data)
	mw.Close()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, ts.URL+"/api/build", &b)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", mw.FormDataContentType())
	answered := make(chan error, 1)
	go func() {
		resp, err := http.DefaultClient.Do(req)
		if err == nil {
			resp.Body.Close()
		}
		answered <- err
	}()

	waitFor(t, "the build to take the slot", func() bool { return s.metrics.rendersRunning.Load() == 1 })
	cancel()
	if err := <-answered; err == nil {
		t.Fatal("the build was answered before the client left: planning took no time")
	}
	waitFor(t, "the slot to be given back", func() bool { return s.metrics.rendersRunning.Load() == 0 })
	s.cacheMu.Lock()
	loads, plans := len(s.loads), len(s.plans)
	s.cacheMu.Unlock()
	if plans != 0 {
		t.Errorf("the plan was finished (%d kept) though the client had left", plans)
	}
	if loads == 0 && plans == 0 {
		t.Log("the client left while the campaign was loading")
	}
}

// A plan asked for under a cancelled context is not made: the handler
// answers 503 cancelled and holds no slot afterwards.
func TestBuildPlanCancelledContext(t *testing.T) {
	s, _ := testServer(t, Config{MaxRenders: 1})
	var b bytes.Buffer
	mw := multipart.NewWriter(&b)
	w, _ := mw.CreateFormFile("data", "x.yaml")
	w.Write(repoFile(t, "data/xuechuang.yaml"))
	mw.Close()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	req := httptest.NewRequestWithContext(ctx, http.MethodPost, "/api/build", &b)
	req.Header.Set("Content-Type", mw.FormDataContentType())
	rec := httptest.NewRecorder()
	s.Handler().ServeHTTP(rec, req)
	if e := decodeError(t, rec.Result(), rec.Body.Bytes()); rec.Code != http.StatusServiceUnavailable || e.Code != "cancelled" {
		t.Errorf("cancelled build: %d %s", rec.Code, rec.Body)
	}
	if n := s.metrics.rendersRunning.Load(); n != 0 {
		t.Errorf("%d slots held after the handler returned", n)
	}
	s.cacheMu.Lock()
	defer s.cacheMu.Unlock()
	if len(s.plans) != 0 {
		t.Errorf("a plan was made under a cancelled context")
	}
}

// waitFor polls cond until it holds, failing after a generous while (the
// machine may be loaded; no duration is asserted).
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("waited a minute for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// /api/build reserves what the data's size says a build needs
// (build.MemoryNeed) before loading it: 413 when the server never has that
// much for one request, 503 with Retry-After while others hold it; the
// same data is still validated, which needs less.
func TestBuildMemoryEstimate(t *testing.T) {
	s, ts := testServer(t, Config{MemoryLimit: 256 << 20}) // 192 MiB to reserve
	seed := repoFile(t, "data/xuechuang.yaml")
	// The smallest data a build cannot have memory for, which a request
	// of its size otherwise can: the seed with comments after it.
	n := int64(len(seed))
	for build.MemoryNeed(n) <= s.memory.budget {
		n += 64 << 10
	}
	if requestCost(n) > s.memory.budget {
		t.Fatalf("no data size needs more than the budget for a build but not for a request")
	}
	big := append(append([]byte{}, seed...), bytes.Repeat([]byte("# 注释\n"), int(n-int64(len(seed)))/len("# 注释\n")+1)...)
	resp, body := post(t, ts.URL+"/api/build", nil, map[string]file{"data": {"big.yaml", big}})
	if e := decodeError(t, resp, body); resp.StatusCode != 413 || e.Code != "too_large" || !strings.Contains(e.Message, "未开始构建") {
		t.Errorf("a build needing too much memory: %d %s", resp.StatusCode, body)
	}
	if resp, body := post(t, ts.URL+"/api/validate", nil, map[string]file{"data": {"big.yaml", big}}); resp.StatusCode != 200 {
		t.Errorf("validating the same data: %d %.300s", resp.StatusCode, body)
	}

	// The server gives a reservation back after the answer has gone out.
	waitFor(t, "the reservations to be given back", func() bool { return s.memory.reserved.Load() == 0 })
	release, ae := s.memory.reserve(s.memory.budget - requestCost(int64(len(seed))) - 1<<20)
	if ae != nil {
		t.Fatal(ae)
	}
	resp, body = post(t, ts.URL+"/api/build", nil, map[string]file{"data": {"x.yaml", seed}})
	if e := decodeError(t, resp, body); resp.StatusCode != 503 || e.Code != "busy" || resp.Header.Get("Retry-After") == "" {
		t.Errorf("build while memory is held: %d %s", resp.StatusCode, body)
	}
	release()
	if resp, body := post(t, ts.URL+"/api/build", nil, map[string]file{"data": {"x.yaml", seed}}); resp.StatusCode != 200 {
		t.Errorf("after release: %d %.300s", resp.StatusCode, body)
	}
}
