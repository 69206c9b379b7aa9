package cli

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"net"
	"net/http"
	"os"
	"os/signal"
	"runtime/debug"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"gongwen/internal/serve"
)

func init() { register(newCmdServe) }

// serveOptions are the flags of gongwen serve.
type serveOptions struct {
	IO         *IOStreams
	Addr       string
	Data       string
	Templates  string
	Token      string
	MaxBody    string
	MaxOutput  string
	Memory     string
	Timeout    time.Duration
	MaxRenders int
	Grace      time.Duration
	LogAll     bool // one log line per request, not only warnings
	ReadOnly   bool // no changes of the data folder's files from the page

	// ready, when set, is told the address actually listened on (tests
	// listen on port 0).
	ready func(addr string)
}

func newCmdServe(ios *IOStreams) *cobra.Command {
	opts := &serveOptions{IO: ios}
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "启动网页和 HTTP 接口（供办公人员和 OA 系统使用）",
		Long: `serve 启动一个 HTTP 服务：浏览器打开首页即可上传活动数据、查看数据错误（带行号列号）、
逐份或整套下载文稿、下载和上传模板；OA 系统可调用 /api/validate、/api/render、/api/build
等接口（见 docs/api.md）。网页、样式和脚本都在程序内，不访问互联网。

默认只在本机 127.0.0.1:8080 监听。在其他地址监听时必须设置令牌（--token 或环境变量
GONGWEN_TOKEN），此后 /api/ 和 /metrics 的请求须带 Authorization: Bearer <令牌>。

上传的文件只在内存中处理。服务写入的只有 --data 目录：在网页上修改台账（任务状态、完成日期、备注，
会议议定事项，新增会议记录，导入各单位交回的清单）时，就地改写其中的 YAML 数据文件（保留注释和格式，
与 gongwen import 相同），并在旁边的 *.history.jsonl 中记下修改记录；--read-only 禁止修改。
部署方法见 docs/deploy.md。
收到 Ctrl-C 或 SIGTERM 后不再接受新请求，正在生成的文稿完成后退出（最多等待 --grace）。`,
		Example: `  gongwen serve
  gongwen serve --addr 127.0.0.1:9000 --data data --templates 本单位模板
  GONGWEN_TOKEN=$(openssl rand -hex 16) gongwen serve --addr 0.0.0.0:8080`,
		Args: exactArgs(0),
		RunE: func(cmd *cobra.Command, args []string) error { return runServe(cmd.Context(), opts) },
	}
	f := cmd.Flags()
	f.StringVar(&opts.Addr, "addr", "127.0.0.1:8080", "监听地址（主机:端口）")
	f.StringVar(&opts.Data, "data", "data", "可在网页上选择的活动数据文件所在目录")
	f.StringVar(&opts.Templates, "templates", "", "本单位自定义模板目录（同名文件替代内置模板）")
	f.StringVar(&opts.Token, "token", "", "访问令牌（默认取环境变量 GONGWEN_TOKEN）；非本机地址监听时必需")
	f.StringVar(&opts.MaxBody, "max-body", "32MiB", "单个请求的大小上限")
	f.StringVar(&opts.MaxOutput, "max-output", "64MiB", "单份文稿的大小上限")
	f.StringVar(&opts.Memory, "memory", "", "进程内存上限（如 1GiB；默认取环境变量 GOMEMLIMIT，未设置时 1GiB）：请求按大小预留内存，额度用尽时答 503，不会耗尽内存")
	f.DurationVar(&opts.Timeout, "timeout", 30*time.Second, "单份文稿的渲染时限")
	f.IntVar(&opts.MaxRenders, "max-renders", 0, "同时渲染的请求数上限（默认 CPU 核数×4，至少 8）；超出时排队片刻，再答 429/503")
	f.DurationVar(&opts.Grace, "grace", time.Minute, "退出时等待进行中请求完成的最长时间")
	f.BoolVar(&opts.ReadOnly, "read-only", false, "禁止在网页上修改 --data 目录中的数据文件")
	f.BoolVar(&opts.LogAll, "log-requests", false, "每个请求记一行日志（到标准错误）；默认只记警告和错误")
	return cmd
}

// checkAddr says what is wrong with a listen address, host:port: the host
// empty, an IP address or a host name; the port a number 0–65535 or a
// service name such as http.
func checkAddr(addr string) error {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		var ae *net.AddrError
		if errors.As(err, &ae) && strings.Contains(ae.Err, "missing port") {
			return errors.New("缺少端口")
		}
		return errors.New("无法分出主机和端口")
	}
	switch {
	case port == "":
		return errors.New("缺少端口")
	case strings.Trim(port, "0123456789") == "":
		if n, err := strconv.Atoi(port); err != nil || n > 65535 {
			return fmt.Errorf("端口 %s 超出 0–65535", port)
		}
	default:
		if _, err := net.LookupPort("tcp", port); err != nil {
			return fmt.Errorf("端口 %q 不是数字", port)
		}
	}
	if host != "" && net.ParseIP(host) == nil && !hostName(host) {
		return fmt.Errorf("主机 %q 不是 IP 地址或主机名", host)
	}
	return nil
}

// listenError says in Chinese why net.Listen failed.
func listenError(err error) string {
	var dns *net.DNSError
	switch {
	case errors.Is(err, syscall.EADDRINUSE):
		return "端口已被占用（另一个 gongwen serve 或其他程序正在使用），请换一个端口"
	case errors.Is(err, syscall.EACCES):
		return "没有权限使用这个端口（1024 以下的端口一般需要管理员权限）"
	case errors.Is(err, syscall.EADDRNOTAVAIL):
		return "本机没有这个地址"
	case errors.As(err, &dns):
		return "找不到主机 " + dns.Name
	}
	return err.Error()
}

// hostName reports whether s is written as a DNS host name: labels of
// letters, digits and hyphens, separated by dots.
func hostName(s string) bool {
	if len(s) > 253 {
		return false
	}
	for _, label := range strings.Split(strings.TrimSuffix(s, "."), ".") {
		if label == "" || len(label) > 63 || label[0] == '-' || label[len(label)-1] == '-' {
			return false
		}
		for _, r := range label {
			if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-') {
				return false
			}
		}
	}
	return true
}

func runServe(ctx context.Context, opts *serveOptions) error {
	if ctx == nil {
		ctx = context.Background()
	}
	if opts.Token == "" {
		opts.Token = os.Getenv("GONGWEN_TOKEN")
	}
	// The address first: a mistyped one is not a reason to ask for a token.
	if err := checkAddr(opts.Addr); err != nil {
		return usageError("--addr %q 不是有效的监听地址：%v（应为 主机:端口，如 127.0.0.1:8080 或 :8080）", opts.Addr, err)
	}
	// A token of blanks is no token.
	opts.Token = strings.TrimSpace(opts.Token)
	loopback := serve.IsLoopback(opts.Addr)
	if !loopback && opts.Token == "" {
		return usageError("在非本机地址 %s 监听时必须设置令牌：--token 或环境变量 GONGWEN_TOKEN", opts.Addr)
	}
	if !loopback && len(opts.Token) < serve.MinTokenLen {
		return usageError("在非本机地址 %s 监听时令牌至少 %d 个字符（现为 %d 个）；可用 openssl rand -hex 16 生成", opts.Addr, serve.MinTokenLen, len(opts.Token))
	}
	maxBody, err := parseSize(opts.MaxBody)
	if err != nil {
		return usageError("--max-body %q：%v", opts.MaxBody, err)
	}
	maxOutput, err := parseSize(opts.MaxOutput)
	if err != nil {
		return usageError("--max-output %q：%v", opts.MaxOutput, err)
	}
	if opts.Timeout <= 0 {
		return usageError("--timeout 必须大于 0")
	}
	memLimit, err := memoryLimit(opts.Memory)
	if err != nil {
		return err
	}
	// The Go runtime collects harder as the heap nears the ceiling; the
	// server's admission control keeps requests from passing it.
	debug.SetMemoryLimit(memLimit)
	if opts.Templates != "" {
		if st, err := os.Stat(opts.Templates); err != nil || !st.IsDir() {
			return badInput(fmt.Errorf("--templates %s 不是目录", opts.Templates))
		}
	}
	level := slog.LevelWarn
	if opts.LogAll {
		level = slog.LevelInfo
	}
	logger := slog.New(slog.NewTextHandler(opts.IO.ErrOut, &slog.HandlerOptions{Level: level}))
	srv, err := serve.New(serve.Config{DataDir: opts.Data, TemplatesDir: opts.Templates, Token: opts.Token, ReadOnly: opts.ReadOnly,
		MaxBody: maxBody, MaxOutput: maxOutput, MemoryLimit: memLimit, RenderTimeout: opts.Timeout, MaxRenders: opts.MaxRenders,
		Logger: logger})
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", opts.Addr)
	if err != nil {
		return badInput(fmt.Errorf("无法在 %s 监听：%s", opts.Addr, listenError(err)))
	}
	hs := &http.Server{
		Handler:           srv.Handler(),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       2 * time.Minute,
		WriteTimeout:      opts.Timeout*4 + 3*time.Minute, // a whole build, or a PDF, takes several renders
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(logger.Handler(), slog.LevelWarn),
	}
	addr := ln.Addr().String()
	fmt.Fprintf(opts.IO.ErrOut, "gongwen 已启动：http://%s/ （Ctrl-C 退出）\n", addr)
	if opts.ready != nil {
		opts.ready(addr)
	}

	ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
	defer stop()
	served := make(chan error, 1)
	go func() { served <- hs.Serve(ln) }()
	select {
	case err := <-served:
		return fmt.Errorf("服务中止：%w", err)
	case <-ctx.Done():
	}
	stop() // a second Ctrl-C ends the process at once
	fmt.Fprintln(opts.IO.ErrOut, "正在退出：不再接受新请求，等待进行中的请求完成…")
	sctx, cancel := context.WithTimeout(context.Background(), opts.Grace)
	defer cancel()
	if err := hs.Shutdown(sctx); err != nil {
		return fmt.Errorf("退出时仍有请求未完成（已等待 %s）：%w", opts.Grace, err)
	}
	if err := <-served; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	fmt.Fprintln(opts.IO.ErrOut, "已退出")
	return nil
}

// memoryLimit is the process's memory ceiling: --memory, else GOMEMLIMIT
// (which the runtime has already read), else 1 GiB.
func memoryLimit(flag string) (int64, error) {
	if flag != "" {
		n, err := parseSize(flag)
		if err != nil || n < 64<<20 {
			return 0, usageError("--memory %q：应为不小于 64MiB 的大小，如 1GiB", flag)
		}
		return n, nil
	}
	if os.Getenv("GOMEMLIMIT") != "" {
		if cur := debug.SetMemoryLimit(-1); cur > 0 && cur < math.MaxInt64 {
			return cur, nil
		}
	}
	return 1 << 30, nil
}
