package serve

import (
	"fmt"
	"io"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// durationBuckets are the upper bounds, in seconds, of the request
// duration histogram: a notice renders in milliseconds, a whole build or a
// preview (LibreOffice) in seconds.
var durationBuckets = []float64{0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60}

// metrics holds the counters /metrics shows, in the Prometheus text format
// (version 0.0.4). They are written by hand: a few counters do not justify
// a client library.
type metrics struct {
	mu       sync.Mutex
	requests map[[2]string]uint64 // route, code
	hist     map[string]*histogram
	renders  map[[2]string]uint64 // format, result (ok, error)
	errors   map[string]uint64    // error code of 4xx/5xx answers

	inFlight       atomic.Int64 // HTTP requests being served
	rendersRunning atomic.Int64 // renders holding a slot
	queued         atomic.Int64 // requests waiting for a slot
	rejected       atomic.Uint64
	panics         atomic.Uint64
	start          time.Time
}

type histogram struct {
	counts []uint64 // per bucket, not cumulative; one more for +Inf
	sum    float64
	n      uint64
}

func newMetrics() *metrics {
	return &metrics{requests: map[[2]string]uint64{}, hist: map[string]*histogram{},
		renders: map[[2]string]uint64{}, errors: map[string]uint64{}, start: time.Now()}
}

func (m *metrics) observe(route string, code int, d time.Duration) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.requests[[2]string{route, fmt.Sprint(code)}]++
	h := m.hist[route]
	if h == nil {
		h = &histogram{counts: make([]uint64, len(durationBuckets)+1)}
		m.hist[route] = h
	}
	s := d.Seconds()
	i := sort.SearchFloat64s(durationBuckets, s)
	h.counts[i]++
	h.sum += s
	h.n++
}

func (m *metrics) render(format string, ok bool) {
	result := "ok"
	if !ok {
		result = "error"
	}
	m.mu.Lock()
	m.renders[[2]string{format, result}]++
	m.mu.Unlock()
}

func (m *metrics) error(code string) {
	m.mu.Lock()
	m.errors[code]++
	m.mu.Unlock()
}

// write prints every metric, sorted by labels so that scrapes are stable.
func (m *metrics) write(w io.Writer) {
	m.mu.Lock()
	defer m.mu.Unlock()
	p := func(format string, a ...any) { fmt.Fprintf(w, format, a...) }

	p("# HELP gongwen_http_requests_total HTTP requests answered, by route and status code.\n")
	p("# TYPE gongwen_http_requests_total counter\n")
	for _, k := range sortedKeys(m.requests) {
		p("gongwen_http_requests_total{route=%q,code=%q} %d\n", k[0], k[1], m.requests[k])
	}

	p("# HELP gongwen_http_request_duration_seconds Time to answer a request, by route.\n")
	p("# TYPE gongwen_http_request_duration_seconds histogram\n")
	routes := make([]string, 0, len(m.hist))
	for r := range m.hist {
		routes = append(routes, r)
	}
	sort.Strings(routes)
	for _, r := range routes {
		h := m.hist[r]
		var cum uint64
		for i, le := range durationBuckets {
			cum += h.counts[i]
			p("gongwen_http_request_duration_seconds_bucket{route=%q,le=\"%g\"} %d\n", r, le, cum)
		}
		cum += h.counts[len(durationBuckets)]
		p("gongwen_http_request_duration_seconds_bucket{route=%q,le=\"+Inf\"} %d\n", r, cum)
		p("gongwen_http_request_duration_seconds_sum{route=%q} %g\n", r, h.sum)
		p("gongwen_http_request_duration_seconds_count{route=%q} %d\n", r, h.n)
	}

	p("# HELP gongwen_renders_total Documents rendered, by format and result.\n")
	p("# TYPE gongwen_renders_total counter\n")
	for _, k := range sortedKeys(m.renders) {
		p("gongwen_renders_total{format=%q,result=%q} %d\n", k[0], k[1], m.renders[k])
	}

	p("# HELP gongwen_errors_total Error answers, by error code (see docs/api.md).\n")
	p("# TYPE gongwen_errors_total counter\n")
	for _, k := range sortedKeys(m.errors) {
		p("gongwen_errors_total{code=%q} %d\n", k, m.errors[k])
	}

	p("# HELP gongwen_http_in_flight HTTP requests being served now.\n")
	p("# TYPE gongwen_http_in_flight gauge\n")
	p("gongwen_http_in_flight %d\n", m.inFlight.Load())
	p("# HELP gongwen_renders_in_flight Renders holding one of the --max-renders slots now.\n")
	p("# TYPE gongwen_renders_in_flight gauge\n")
	p("gongwen_renders_in_flight %d\n", m.rendersRunning.Load())
	p("# HELP gongwen_render_queue Requests waiting for a render slot now.\n")
	p("# TYPE gongwen_render_queue gauge\n")
	p("gongwen_render_queue %d\n", m.queued.Load())
	p("# HELP gongwen_rejected_total Requests answered 429 or 503 because every slot was taken.\n")
	p("# TYPE gongwen_rejected_total counter\n")
	p("gongwen_rejected_total %d\n", m.rejected.Load())
	p("# HELP gongwen_panics_total Handler panics recovered (each one a bug).\n")
	p("# TYPE gongwen_panics_total counter\n")
	p("gongwen_panics_total %d\n", m.panics.Load())

	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	p("# HELP go_goroutines Goroutines that currently exist.\n")
	p("# TYPE go_goroutines gauge\n")
	p("go_goroutines %d\n", runtime.NumGoroutine())
	p("# HELP go_memstats_heap_alloc_bytes Heap bytes allocated and in use.\n")
	p("# TYPE go_memstats_heap_alloc_bytes gauge\n")
	p("go_memstats_heap_alloc_bytes %d\n", ms.HeapAlloc)
	p("# HELP go_memstats_sys_bytes Bytes obtained from the system.\n")
	p("# TYPE go_memstats_sys_bytes gauge\n")
	p("go_memstats_sys_bytes %d\n", ms.Sys)
	p("# HELP process_start_time_seconds Start time of the process since the Unix epoch.\n")
	p("# TYPE process_start_time_seconds gauge\n")
	p("process_start_time_seconds %d\n", m.start.Unix())
}

func sortedKeys[K interface{ comparable }, V any](m map[K]V) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b K) int { return strings.Compare(fmt.Sprint(a), fmt.Sprint(b)) })
	return keys
}
