package serve

import (
	"archive/zip"
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"
	"sync"
	"time"

	"gongwen/internal/build"
	"gongwen/internal/docdata"
	"gongwen/internal/docx"
	"gongwen/internal/funcs"
	"gongwen/internal/load"
	"gongwen/internal/model"
	"gongwen/internal/opc"
	"gongwen/internal/xlsx"
	"gongwen/templates"
)

// errOutputTooLarge is returned when one document exceeds Config.MaxOutput.
var errOutputTooLarge = errors.New("输出超过大小上限")

// capBuffer is a bytes.Buffer that refuses to grow beyond max bytes, so a
// hostile template cannot fill the memory of the service.
type capBuffer struct {
	bytes.Buffer
	max int64
}

func (b *capBuffer) Write(p []byte) (int, error) {
	if int64(b.Len()+len(p)) > b.max {
		return 0, fmt.Errorf("%w（%d 字节）", errOutputTooLarge, b.max)
	}
	return b.Buffer.Write(p)
}

// document is a rendered file, whole in memory: nothing is sent before the
// last byte is made, so a client never receives a partial body.
type document struct {
	Name     string // file name, for Content-Disposition
	Fallback string // ASCII file name for old clients; may be empty
	Kind     string // 文种 or workbook kind
	Data     []byte
}

// campaign is an uploaded campaign file, loaded.
type campaign struct {
	name  string
	c     *model.Campaign
	warns []load.Diagnostic
	date  time.Time
}

// loadCampaign loads the data file and picks the build date: the request's
// date field, else the default manifest's date when the campaign is of that
// year (the seed campaign is built as of 2013-07-15), else today in China.
func (s *Server) loadCampaign(name string, data []byte, dateField string) (*campaign, error) {
	c, warns, err := s.loadBytes(name, data)
	if err != nil {
		return nil, dataError(name, err)
	}
	cp := &campaign{name: name, c: c, warns: warns}
	switch {
	case dateField != "":
		d, err := time.Parse(time.DateOnly, dateField)
		if err != nil {
			return nil, newError(http.StatusBadRequest, "bad_date", "date 应为 YYYY-MM-DD 形式的日期，实际为“%s”", dateField)
		}
		cp.date = d
	case !s.manifest.Date.IsZero() && s.manifest.Date.Year() == c.Year:
		cp.date = s.manifest.Date
	default:
		y, m, d := funcs.Today().Date()
		cp.date = time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	}
	return cp, nil
}

// loaded is a campaign file already loaded, kept by the hash of its name
// and bytes.
type loaded struct {
	c     *model.Campaign
	warns []load.Diagnostic
}

const (
	loadCacheSize = 16      // files
	loadCacheMax  = 1 << 20 // bytes: bigger files are loaded every time
)

// loadBytes is load.Bytes with a small memo: an OA system sends the same
// campaign file with request after request, and decoding and checking it
// costs several times the render. A loaded campaign is never changed (a
// build renders all its documents from one campaign in parallel, so the
// views only read it), which makes sharing it between requests safe. The
// memo is a pure function of the bytes: replicas need not share it.
func (s *Server) loadBytes(name string, data []byte) (*model.Campaign, []load.Diagnostic, error) {
	if len(data) > loadCacheMax {
		return load.Bytes(name, data)
	}
	h := sha256.New()
	h.Write([]byte(name))
	h.Write([]byte{0})
	h.Write(data)
	key := string(h.Sum(nil))
	s.cacheMu.Lock()
	l, ok := s.loads[key]
	s.cacheMu.Unlock()
	if ok {
		return l.c, l.warns, nil
	}
	c, warns, err := load.Bytes(name, data)
	if err != nil {
		return nil, nil, err
	}
	s.cacheMu.Lock()
	if _, ok := s.loads[key]; !ok {
		if len(s.loadOrder) >= loadCacheSize {
			delete(s.loads, s.loadOrder[0])
			s.loadOrder = s.loadOrder[1:]
		}
		s.loads[key] = &loaded{c: c, warns: warns}
		s.loadOrder = append(s.loadOrder, key)
	}
	s.cacheMu.Unlock()
	return c, warns, nil
}

// manifestFor is the server's manifest with the customised templates of
// --templates put in place of the built-in ones of the same name.
func (s *Server) manifestFor() *build.Manifest {
	m := *s.manifest
	m.Outputs = slices.Clone(m.Outputs)
	for i, e := range m.Outputs {
		if e.Template != "" {
			continue
		}
		if k, ok := docdata.Lookup(e.Kind); ok && k.Name == e.Kind {
			if p, ok := s.customTemplate(k.Template); ok {
				m.Outputs[i].Template = p
			}
		}
	}
	return &m
}

// plan lists the documents the manifest builds from cp.
//
// Planning compiles every template of the set and computes every view
// (about 80 ms for the seed campaign), and the page asks for the plan of the
// same file again for each document it downloads. Plans are therefore kept
// for the last few (campaign, date, --templates) triples: a plan is a pure
// function of them, and its jobs may run again and concurrently (each
// renders from immutable, compiled templates and read-only views).
//
// Planning runs under ctx (the request's, bounded by the render time limit
// of a whole set): a client that gives up, or a plan that takes too long,
// stops it between two documents and the request's slot is given back.
func (s *Server) plan(ctx context.Context, cp *campaign) ([]build.Job, []string, error) {
	key := fmt.Sprintf("%p|%s|%s", cp.c, cp.date.Format(time.DateOnly), s.templatesSignature())
	s.cacheMu.Lock()
	p, ok := s.plans[key]
	s.cacheMu.Unlock()
	if ok {
		return p.jobs, p.names, nil
	}
	ctx, cancel := context.WithTimeout(ctx, 4*s.cfg.RenderTimeout)
	defer cancel()
	// The loaded campaign is shared by requests: numbering is done on a copy.
	jobs, err := build.Plan(ctx, s.manifestFor(), cp.c.OwnRegister(), cp.date)
	if err != nil {
		if ctx.Err() != nil && errors.Is(err, ctx.Err()) {
			return nil, nil, planStopped(err)
		}
		return nil, nil, templateError("构建清单", err)
	}
	names := build.FileNames(jobs)
	if s.memoised(cp.c) {
		s.cacheMu.Lock()
		if len(s.planOrder) >= planCacheSize {
			delete(s.plans, s.planOrder[0])
			s.planOrder = s.planOrder[1:]
		}
		if _, ok := s.plans[key]; !ok {
			s.plans[key] = &plan{c: cp.c, jobs: jobs, names: names}
			s.planOrder = append(s.planOrder, key)
		}
		s.cacheMu.Unlock()
	}
	return jobs, names, nil
}

const planCacheSize = 8

// planStopped is the answer to a plan stopped by its context: the client
// gone, or the time limit passed.
func planStopped(err error) *apiError {
	if errors.Is(err, context.DeadlineExceeded) {
		return newError(http.StatusUnprocessableEntity, "render_timeout", "构建文稿清单超时，已停止（数据过大？）")
	}
	return newError(http.StatusServiceUnavailable, "cancelled", "请求已取消")
}

type plan struct {
	// c keeps the campaign alive while its plan is kept, so that its
	// address in the key cannot be reused by another campaign.
	c     *model.Campaign
	jobs  []build.Job
	names []string
}

// memoised reports whether c is one of the memoised campaigns: only their
// plans are kept, since a campaign loaded afresh each time (a big file)
// is never asked for again by the same pointer.
func (s *Server) memoised(c *model.Campaign) bool {
	s.cacheMu.Lock()
	defer s.cacheMu.Unlock()
	for _, l := range s.loads {
		if l.c == c {
			return true
		}
	}
	return false
}

// templatesSignature changes whenever a file of --templates is added,
// removed or rewritten, so plans made with the old files are not reused.
func (s *Server) templatesSignature() string {
	if s.cfg.TemplatesDir == "" {
		return ""
	}
	var b strings.Builder
	for _, n := range listDir(s.cfg.TemplatesDir, ".docx", ".xlsx") {
		if st, err := os.Stat(filepath.Join(s.cfg.TemplatesDir, n)); err == nil {
			fmt.Fprintf(&b, "%s:%d:%d;", n, st.Size(), st.ModTime().UnixNano())
		}
	}
	return b.String()
}

// runJob renders one job under the time and size limits.
func (s *Server) runJob(ctx context.Context, j build.Job) ([]byte, error) {
	buf := &capBuffer{max: s.cfg.MaxOutput}
	err := s.bounded(ctx, func(ctx context.Context) error { return j.Render(ctx, buf) })
	s.metrics.render(strings.TrimPrefix(j.Ext, "."), err == nil)
	if err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// bounded runs f on a goroutine of its own under the render time limit.
// The engines stop themselves at the limit where they can; the workbook
// engine and the parsers cannot be interrupted, so at the limit f is
// abandoned — and keeps the request's slot until it ends, so that
// runaways cannot pile up beyond --max-renders.
func (s *Server) bounded(ctx context.Context, f func(ctx context.Context) error) error {
	// Cancelled when bounded returns, which is after f has returned or
	// when the deadline has passed (or the client gone) anyway.
	ctx, cancel := context.WithTimeout(ctx, s.cfg.RenderTimeout)
	defer cancel()
	done := make(chan error, 1)
	sl := slotFrom(ctx)
	sl.add()
	go func() {
		defer sl.done()
		err := guard(func() error { return f(ctx) })
		var pe *panicError
		if errors.As(err, &pe) {
			s.metrics.panics.Add(1)
			s.log.Error("panic", "panic", fmt.Sprint(pe.val), "stack", pe.stack)
		}
		done <- err
	}()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
		if err := ctx.Err(); errors.Is(err, context.DeadlineExceeded) {
			return fmt.Errorf("超过时限 %s：%w", s.cfg.RenderTimeout, err)
		}
		return newError(http.StatusServiceUnavailable, "cancelled", "请求已取消")
	}
}

// guard runs f and turns a panic into an error, for work done on a
// goroutine of our own, which the recover middleware cannot see.
func guard(f func() error) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = &panicError{val: r, stack: string(debug.Stack())}
		}
	}()
	return f()
}

// panicError is a recovered panic: a bug, answered 500.
type panicError struct {
	val   any
	stack string
}

func (p *panicError) Error() string { return fmt.Sprintf("内部错误：%v", p.val) }

// buildAll renders every job of the plan, two at a time, and returns the
// documents in plan order. Any failure fails the whole build.
func (s *Server) buildAll(ctx context.Context, jobs []build.Job, names []string) ([]document, error) {
	docs := make([]document, len(jobs))
	errs := make([]error, len(jobs))
	var wg sync.WaitGroup
	next := make(chan int)
	for range min(2, len(jobs)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				data, err := s.runJob(ctx, jobs[i])
				if err != nil {
					errs[i] = &build.JobError{Kind: jobs[i].Kind, Title: jobs[i].Title, Err: err}
					continue
				}
				docs[i] = document{Name: names[i], Kind: jobs[i].Kind, Data: data}
			}
		}()
	}
	for i := range jobs {
		next <- i
	}
	close(next)
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return docs, nil
}

// zipTime is the modification time of every zip entry, so the same build
// is the same bytes.
var zipTime = time.Date(2013, 1, 1, 0, 0, 0, 0, time.UTC)

// zipDocs packs the documents, stored (they are zips already), in order.
func zipDocs(docs []document) ([]byte, error) {
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for _, d := range docs {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: d.Name, Method: zip.Store, Modified: zipTime})
		if err != nil {
			return nil, err
		}
		if _, err := w.Write(d.Data); err != nil {
			return nil, err
		}
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// templateSource is a template named by a request: its bytes, its file
// name and the manifest kind whose data it takes ("" for an arbitrary
// template, which receives the campaign itself).
type templateSource struct {
	name    string
	data    []byte
	kind    string
	builtin bool   // embedded in the binary: trusted, compiled once and cached
	cache   string // cache key; empty means do not cache
}

// customTemplate returns the path of the file name in --templates, if
// there is one. Only plain names found by listing the folder are accepted,
// never a path from the client.
func (s *Server) customTemplate(name string) (string, bool) {
	if s.cfg.TemplatesDir == "" {
		return "", false
	}
	for _, n := range listDir(s.cfg.TemplatesDir, ".docx", ".xlsx") {
		if n == name {
			return filepath.Join(s.cfg.TemplatesDir, n), true
		}
	}
	return "", false
}

// listDir lists the regular files of dir whose extension is one of exts,
// sorted. Hidden files and subfolders are not listed.
func listDir(dir string, exts ...string) []string {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil
	}
	var out []string
	for _, e := range entries {
		n := e.Name()
		if strings.HasPrefix(n, ".") || !e.Type().IsRegular() {
			continue
		}
		if slices.Contains(exts, strings.ToLower(filepath.Ext(n))) {
			out = append(out, n)
		}
	}
	return out
}

// builtinKind is the manifest kind whose view a built-in Word template
// takes.
func builtinKind(name string) string {
	for _, k := range docdata.Kinds() {
		if k.Template == name {
			return k.Name
		}
	}
	return ""
}

// workbookFor finds the built-in workbook a template name stands for:
// one of the two .xlsx templates, or a workbook kind (责任矩阵, 推进计划…).
func workbookFor(name string) (xlsx.Builder, bool) {
	alias := map[string]string{xlsx.DivisionTemplate: xlsx.Division, xlsx.WeeklyTemplate: xlsx.Weekly}
	if k, ok := alias[name]; ok {
		name = k
	}
	for _, b := range xlsx.Workbooks() {
		if name == b.Kind || name == b.File {
			return b, true
		}
	}
	return xlsx.Builder{}, false
}

// namedTemplate resolves a template name: a file of --templates first
// (a customised copy replaces the built-in one), then a built-in template.
func (s *Server) namedTemplate(name string) (*templateSource, error) {
	if p, ok := s.customTemplate(name); ok {
		st, err := os.Stat(p)
		if err != nil {
			return nil, newError(http.StatusNotFound, "template_not_found", "读取模板 %s 失败", name)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, newError(http.StatusNotFound, "template_not_found", "读取模板 %s 失败", name)
		}
		return &templateSource{name: name, data: data, kind: builtinKind(name),
			cache: fmt.Sprintf("custom:%s:%d:%d", name, st.Size(), st.ModTime().UnixNano())}, nil
	}
	if slices.Contains(templates.Names(), name) {
		data, err := templates.Read(name)
		if err != nil {
			return nil, fmt.Errorf("读取内置模板 %s：%w", name, err)
		}
		return &templateSource{name: name, data: data, kind: builtinKind(name), builtin: true, cache: "builtin:" + name}, nil
	}
	if k, ok := docdata.Lookup(name); ok {
		return s.namedTemplate(k.Template)
	}
	return nil, newError(http.StatusNotFound, "template_not_found",
		"没有名为“%s”的模板（GET /api/templates 列出可用的模板）", name)
}

// compiled is a parsed template of either format.
type compiled struct {
	docx *docx.Template
	xlsx *xlsx.Template
}

// compile parses a template under the upload limits: opc refuses zip bombs,
// unsafe entry names and lying headers before any XML is read. Built-in and
// --templates files are compiled once per build date and kept.
func (s *Server) compile(ctx context.Context, ts *templateSource, date time.Time) (*compiled, error) {
	key := ""
	if ts.cache != "" {
		key = ts.cache + "@" + date.Format(time.DateOnly)
		s.cacheMu.Lock()
		c, ok := s.cache[key]
		s.cacheMu.Unlock()
		if ok {
			return c, nil
		}
	}
	pkg, err := opc.Open(bytes.NewReader(ts.data), int64(len(ts.data)), s.cfg.ZipLimits)
	if err != nil {
		return nil, templateError(ts.name, err)
	}
	if !ts.builtin {
		if err := checkXML(ts.name, pkg); err != nil {
			return nil, err
		}
	}
	fm := funcs.Map(funcs.Options{Date: date})
	var c compiled
	format := templateFormat(ts.name, pkg)
	if format == "" {
		return nil, newError(http.StatusUnprocessableEntity, "template_format",
			"模板 %s 既不是 Word（.docx）也不是 Excel（.xlsx）文档", ts.name)
	}
	// Parsing is bounded like rendering: an upload may be built to be
	// slow to parse.
	err = s.bounded(ctx, func(ctx context.Context) error {
		var err error
		if format == ".docx" {
			c.docx, err = docx.Parse(ts.name, pkg, docx.Options{Funcs: fm, MaxOutput: s.cfg.MaxOutput, Timeout: s.cfg.RenderTimeout})
		} else {
			c.xlsx, err = xlsx.Parse(ts.name, ts.data, xlsx.Options{Funcs: fm, Context: ctx,
				MaxUnzipSize: s.cfg.ZipLimits.MaxTotalSize, MaxXMLSize: s.cfg.ZipLimits.MaxPartSize})
		}
		return err
	})
	if err != nil {
		return nil, templateError(ts.name, err)
	}
	if key != "" {
		s.cacheMu.Lock()
		if len(s.cache) >= 64 { // a handful of dates in practice; never unbounded
			clear(s.cache)
		}
		s.cache[key] = &c
		s.cacheMu.Unlock()
	}
	return &c, nil
}

// checkXML refuses an uploaded package as the CLI does (opc's Check): a
// part that is not well-formed UTF-8 XML, or declares a DOCTYPE or
// entities, is refused, saying which part and where; the engines read only
// the parts they template, and a broken part copied through would give the
// user a document Word cannot open.
func checkXML(name string, pkg *opc.Package) error {
	// Neither main part: template_format says so, after this check.
	main := ""
	switch templateFormat(name, pkg) {
	case ".docx":
		main = "word/document.xml"
	case ".xlsx":
		main = "xl/workbook.xml"
	}
	if err := pkg.Check(main); err != nil {
		return templateError(name, err)
	}
	return nil
}

// templateFormat tells Word from Excel by the package's content, not by
// what the client called the file.
func templateFormat(name string, pkg *opc.Package) string {
	switch {
	case pkg.Has("word/document.xml"):
		return ".docx"
	case pkg.Has("xl/workbook.xml"):
		return ".xlsx"
	}
	return ""
}

// viewFor builds the data a template of manifest kind receives: the
// document docID of the campaign (or the kind's sample document), as the
// built-in templates expect it. An empty kind gives the campaign itself.
func viewFor(kind, docID string, cp *campaign) (any, string, error) {
	// Numbered as a plan numbers it, on a copy: the loaded campaign is
	// shared by requests.
	c, date := cp.c.OwnRegister(), cp.date
	c.AssignDocNos(date)
	if kind == "" {
		return c, "", nil
	}
	k, ok := wordKind(kind)
	if !ok {
		return nil, "", newError(http.StatusBadRequest, "bad_kind", "kind“%s”不是 Word 文稿的构建项（可选：%s，或 campaign）", kind, wordKinds())
	}
	d, err := k.Sample(&docdata.Env{Campaign: c, Date: date}, strings.TrimSpace(docID))
	if errors.Is(err, docdata.ErrNoDocument) {
		return nil, "", newError(http.StatusUnprocessableEntity, "doc_not_found", "%s", strings.TrimPrefix(err.Error(), docdata.ErrNoDocument.Error()+"："))
	}
	if err != nil {
		return nil, "", newError(http.StatusUnprocessableEntity, "data_invalid", "生成%s的数据：%v", k.Label, err)
	}
	return d.View, d.Title, nil
}

// wordKind is the registry's kind of a manifest kind.
func wordKind(name string) (*docdata.Kind, bool) {
	k, ok := docdata.Lookup(name)
	return k, ok && k.Name == name
}

func wordKinds() string { return strings.Join(docdata.Names(), "、") }

// execute renders a compiled template with data under the limits. Both
// engines stop themselves at the limits and when ctx ends, so a render
// given up on releases its slot at once.
func (s *Server) execute(ctx context.Context, name string, c *compiled, data any) ([]byte, error) {
	ext := "docx"
	if c.xlsx != nil {
		ext = "xlsx"
	}
	j := build.Job{Kind: name, Title: name, Ext: "." + ext, Render: func(ctx context.Context, w io.Writer) error {
		if c.docx != nil {
			return c.docx.Execute(w, data, docx.ExecOptions{Context: ctx, MaxOutput: s.cfg.MaxOutput, Timeout: s.cfg.RenderTimeout})
		}
		return c.xlsx.Execute(w, data, xlsx.ExecOptions{Context: ctx, MaxOutput: s.cfg.MaxOutput, Timeout: s.cfg.RenderTimeout})
	}}
	out, err := s.runJob(ctx, j)
	if err != nil {
		return nil, templateError(name, err)
	}
	return out, nil
}
