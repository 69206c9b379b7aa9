package serve

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"os/exec"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"time"

	"gongwen/internal/build"
	"gongwen/internal/opc"
)

// Config configures a Server. Zero fields take the defaults of New.
type Config struct {
	// DataDir is a folder of campaign files (.yaml, .yml, .json) the page
	// offers to choose from; empty or missing offers none.
	DataDir string
	// TemplatesDir is a folder of customised templates: offered in the
	// gallery, usable by name, and used by builds instead of the built-in
	// template of the same file name.
	TemplatesDir string
	// ReadOnly refuses every change of the data folder's files from the
	// page (the work view and the documents stay).
	ReadOnly bool
	// Token, when set, must be sent as "Authorization: Bearer TOKEN" to
	// every /api/ route and /metrics. The page and /healthz stay open.
	Token string

	MaxBody       int64         // request body cap; default 32 MiB
	MaxOutput     int64         // one document's cap; default 64 MiB
	RenderTimeout time.Duration // one document's time; default 30 s
	MaxRenders    int           // renders at once; default 4 × GOMAXPROCS, at least 8
	MaxQueue      int           // requests waiting for a render slot; default 4 × MaxRenders
	QueueWait     time.Duration // longest wait for a slot; default 10 s
	ZipLimits     opc.Limits    // for uploaded templates; default: 32 MiB a part, 128 MiB in all
	// BodyTimeout is how long a request's body may take to arrive; the
	// body is read before a render slot is taken. Default 30 s.
	BodyTimeout time.Duration
	// MemoryLimit is the process's memory ceiling in bytes (the caller
	// sets it with debug.SetMemoryLimit too); requests reserve part of it
	// before they run and are answered 503 when it is used up. 0: no
	// admission control.
	MemoryLimit int64

	// Logger receives one line per request and every recovered panic;
	// nil logs nowhere.
	Logger *slog.Logger
}

// MinTokenLen is the shortest token `gongwen serve` accepts when it
// listens beyond the loopback interface: a short one can be guessed.
const MinTokenLen = 16

// Server is the gongwen HTTP service. It keeps no state between requests
// beyond caches of compiled built-in templates, so any number of replicas
// can stand behind a load balancer.
type Server struct {
	cfg      Config
	manifest *build.Manifest
	metrics  *metrics
	renders  *limiter
	memory   *memory
	convert  *converter
	log      *slog.Logger
	mux      *http.ServeMux

	cacheMu   sync.Mutex
	cache     map[string]*compiled // compiled built-in and --templates templates
	loads     map[string]*loaded   // recently loaded campaign files
	loadOrder []string             // keys of loads, oldest first
	plans     map[string]*plan     // recent plans of memoised campaigns
	planOrder []string             // keys of plans, oldest first
}

// New returns a server with cfg, defaults filled in.
func New(cfg Config) (*Server, error) {
	if cfg.MaxBody <= 0 {
		cfg.MaxBody = 32 << 20
	}
	if cfg.MaxOutput <= 0 {
		cfg.MaxOutput = 64 << 20
	}
	if cfg.RenderTimeout <= 0 {
		cfg.RenderTimeout = 30 * time.Second
	}
	if cfg.MaxRenders <= 0 {
		cfg.MaxRenders = max(8, 4*runtime.GOMAXPROCS(0))
	}
	if cfg.MaxQueue <= 0 {
		cfg.MaxQueue = 4 * cfg.MaxRenders
	}
	if cfg.QueueWait <= 0 {
		cfg.QueueWait = 10 * time.Second
	}
	if cfg.BodyTimeout <= 0 {
		cfg.BodyTimeout = 30 * time.Second
	}
	if cfg.ZipLimits == (opc.Limits{}) {
		// Tighter than opc.DefaultLimits: several uploads are open at once.
		cfg.ZipLimits = opc.Limits{MaxEntries: 2000, MaxPartSize: 32 << 20, MaxTotalSize: 128 << 20,
			MaxRatio: 200, RatioGrace: 1 << 20}
	}
	log := cfg.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	m, err := build.ParseManifest(".", "（内置清单）", build.DefaultManifest())
	if err != nil {
		return nil, fmt.Errorf("内置构建清单：%w", err)
	}
	met := newMetrics()
	s := &Server{cfg: cfg, manifest: m, metrics: met, log: log, cache: map[string]*compiled{}, loads: map[string]*loaded{}, plans: map[string]*plan{},
		renders: newLimiter(cfg.MaxRenders, cfg.MaxQueue, cfg.QueueWait, met), convert: newConverter(),
		memory: newMemory(cfg.MemoryLimit)}
	s.routes()
	return s, nil
}

//go:embed web
var webFS embed.FS

func (s *Server) routes() {
	mux := http.NewServeMux()
	web, _ := fs.Sub(webFS, "web")
	static := http.FileServerFS(web)
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-cache")
		http.ServeFileFS(w, r, web, "index.html")
	})
	mux.Handle("GET /static/", http.StripPrefix("/static/", static))
	mux.HandleFunc("GET /healthz", s.healthz)
	mux.Handle("GET /metrics", s.auth(http.HandlerFunc(s.serveMetrics)))

	api := func(pattern string, h func(http.ResponseWriter, *http.Request) error) {
		mux.Handle(pattern, s.auth(s.apiHandler(h)))
	}
	api("GET /api/info", s.info)
	api("GET /api/templates", s.listTemplates)
	api("GET /api/templates/{name}", s.downloadTemplate)
	api("GET /api/data", s.listData)
	api("GET /api/data/{name}", s.downloadData)
	api("POST /api/validate", s.limited(s.validate))
	api("POST /api/render", s.limited(s.render))
	api("POST /api/build", s.limited(s.build))
	api("POST /api/preview", s.limited(s.preview))
	api("GET /api/fields", s.fields)
	s.workRoutes(api)
	api("/api/", func(w http.ResponseWriter, r *http.Request) error {
		if allow := otherMethods(mux, r); allow != "" {
			w.Header().Set("Allow", allow)
			return newError(http.StatusMethodNotAllowed, "method_not_allowed", "接口 %s 不接受 %s，请用 %s（见 docs/api.md）", r.URL.Path, r.Method, allow)
		}
		return newError(http.StatusNotFound, "not_found", "没有这个接口：%s %s（见 docs/api.md）", r.Method, r.URL.Path)
	})
	s.mux = mux
}

// otherMethods lists the methods with which the route r asked for exists,
// so that GET on a POST-only route is told so rather than "no such route":
// the catch-all /api/ pattern otherwise hides the mux's own 405.
func otherMethods(mux *http.ServeMux, r *http.Request) string {
	var allow []string
	for _, m := range []string{http.MethodGet, http.MethodPost} {
		if m == r.Method {
			continue
		}
		r2 := r.Clone(r.Context())
		r2.Method = m
		if _, pattern := mux.Handler(r2); pattern != "" && pattern != "/api/" {
			allow = append(allow, m)
		}
	}
	return strings.Join(allow, ", ")
}

// Handler is the whole service: routes wrapped in recovery, metrics and
// security headers.
func (s *Server) Handler() http.Handler { return s.recover(s.instrument(s.mux)) }

// apiHandler adapts a handler that returns an error: an *apiError is
// answered as JSON with its status; anything else is a bug, logged and
// answered 500.
func (s *Server) apiHandler(h func(http.ResponseWriter, *http.Request) error) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-store")
		err := h(w, r)
		if err == nil {
			return
		}
		var ae *apiError
		if !errors.As(err, &ae) {
			s.log.Error("内部错误", "method", r.Method, "path", r.URL.Path, "err", err)
			ae = newError(http.StatusInternalServerError, "internal", "服务器内部错误：%v", err)
		}
		s.writeError(w, ae)
	})
}

func (s *Server) writeError(w http.ResponseWriter, e *apiError) {
	s.metrics.error(e.Code)
	if e.RetryAfter > 0 {
		w.Header().Set("Retry-After", strconv.Itoa(e.RetryAfter))
	}
	if e.Status == http.StatusUnauthorized {
		w.Header().Set("WWW-Authenticate", `Bearer realm="gongwen"`)
	}
	writeJSON(w, e.Status, e)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil { // only our own types are encoded
		b = []byte(`{"code":"internal","error":"JSON 编码失败"}`)
		status = http.StatusInternalServerError
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Content-Length", strconv.Itoa(len(b)+1))
	w.WriteHeader(status)
	w.Write(append(b, '\n'))
}

// limited reads the request's body, under a read deadline, then reserves
// the memory the request may need and takes a render slot: a client
// trickling its body holds a connection, never a slot, and a burst of
// large requests is answered 503 before it can exhaust memory.
func (s *Server) limited(h func(http.ResponseWriter, *http.Request) error) func(http.ResponseWriter, *http.Request) error {
	return func(w http.ResponseWriter, r *http.Request) error {
		rc := http.NewResponseController(w)
		rc.SetReadDeadline(time.Now().Add(s.cfg.BodyTimeout)) // unsupported writers: the server's ReadTimeout holds
		f, err := s.readForm(w, r)
		if err != nil {
			return err
		}
		rc.SetReadDeadline(time.Time{})
		release, ae := s.memory.reserve(requestCost(f.size()))
		if ae != nil {
			s.metrics.rejected.Add(1)
			return ae
		}
		defer release()
		sl, ae := s.renders.acquire(r.Context())
		if ae != nil {
			return ae
		}
		defer sl.done()
		ctx := context.WithValue(withSlot(r.Context(), sl), formKey{}, f)
		return h(w, r.WithContext(ctx))
	}
}

// formKey holds the form limited has read, which readForm returns.
type formKey struct{}

// auth checks the bearer token in constant time (over digests, so that
// not even the token's length leaks).
func (s *Server) auth(next http.Handler) http.Handler {
	if s.cfg.Token == "" {
		return next
	}
	want := sha256.Sum256([]byte(s.cfg.Token))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// Only the Bearer scheme (its name in any case, RFC 7235); a
		// bare token or another scheme is refused.
		scheme, got, _ := strings.Cut(strings.TrimSpace(r.Header.Get("Authorization")), " ")
		if !strings.EqualFold(scheme, "Bearer") {
			got = ""
		}
		sum := sha256.Sum256([]byte(strings.TrimSpace(got)))
		if subtle.ConstantTimeCompare(sum[:], want[:]) != 1 {
			s.writeError(w, newError(http.StatusUnauthorized, "unauthorized",
				"需要令牌：请求头应为 Authorization: Bearer <令牌>（启动时的 --token 或 GONGWEN_TOKEN）"))
			return
		}
		next.ServeHTTP(w, r)
	})
}

// statusWriter records what was answered, for metrics and for the
// recovery middleware (which must not write after a header went out).
type statusWriter struct {
	http.ResponseWriter
	code  int
	wrote bool
}

func (w *statusWriter) WriteHeader(code int) {
	if !w.wrote {
		w.code, w.wrote = code, true
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if !w.wrote {
		w.code, w.wrote = http.StatusOK, true
	}
	return w.ResponseWriter.Write(b)
}

func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// contentSecurityPolicy allows the page its own script, styles and images
// (and blob: images for previews) and nothing else: no inline script, no
// framing, no third-party origin.
const contentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' blob: data:; " +
	"connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

// instrument sets the security headers, counts the request and logs it.
func (s *Server) instrument(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		s.metrics.inFlight.Add(1)
		defer s.metrics.inFlight.Add(-1)
		h := w.Header()
		h.Set("Content-Security-Policy", contentSecurityPolicy)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		h.Set("Cross-Origin-Resource-Policy", "same-origin")
		sw := &statusWriter{ResponseWriter: w}
		next.ServeHTTP(sw, r)
		route := r.Pattern
		if route == "" {
			route = "other"
		}
		code := sw.code
		if !sw.wrote {
			code = http.StatusOK
		}
		d := time.Since(start)
		s.metrics.observe(route, code, d)
		s.log.Info("request", "method", r.Method, "path", r.URL.Path, "code", code, "ms", d.Milliseconds())
	})
}

// recover turns a handler panic into a logged 500 (only bugs get here:
// every bad input has its own 4xx answer) and keeps the service up.
func (s *Server) recover(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		sw := &statusWriter{ResponseWriter: w}
		defer func() {
			rec := recover()
			if rec == nil {
				return
			}
			if rec == http.ErrAbortHandler {
				panic(rec)
			}
			s.metrics.panics.Add(1)
			s.log.Error("panic", "method", r.Method, "path", r.URL.Path, "panic", fmt.Sprint(rec), "stack", string(debug.Stack()))
			if !sw.wrote {
				s.writeError(sw, newError(http.StatusInternalServerError, "internal", "服务器内部错误（已记录）"))
			}
		}()
		next.ServeHTTP(sw, r)
	})
}

// healthz is unhealthy (503) when every render slot is taken and none has
// been given back for longer than a render may take: renders are not
// ending, and a load balancer should stop sending work here.
func (s *Server) healthz(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "no-store")
	if s.renders.stuck(s.cfg.RenderTimeout) {
		writeJSON(w, http.StatusServiceUnavailable, map[string]string{"status": "stuck",
			"error": fmt.Sprintf("所有渲染位置已被占用超过 %s，没有一个释放", s.cfg.RenderTimeout)})
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
}

func (s *Server) serveMetrics(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	s.metrics.write(w)
}

// IsLoopback reports whether addr (host:port) listens on the loopback
// interface only. An empty host means every interface.
func IsLoopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// converter runs LibreOffice (for PDF) and pdftoppm (for previews), one
// conversion at a time: LibreOffice is heavy, and the machine small.
type converter struct {
	soffice, pdftoppm string
	sem               chan struct{}
}

func newConverter() *converter {
	c := &converter{sem: make(chan struct{}, 1)}
	c.soffice, _ = exec.LookPath("soffice")
	c.pdftoppm, _ = exec.LookPath("pdftoppm")
	return c
}

func (c *converter) pdf() bool     { return c.soffice != "" }
func (c *converter) preview() bool { return c.soffice != "" && c.pdftoppm != "" }
