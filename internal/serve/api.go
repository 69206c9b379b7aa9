package serve

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"gongwen/internal/build"
	"gongwen/internal/docdata"
	"gongwen/internal/xlsx"
	"gongwen/templates"
)

// upload is a file part of a request, whole in memory.
type upload struct {
	name string
	data []byte
}

// form is a request's fields and files. Uploads never touch the disk.
type form struct {
	values map[string]string
	files  map[string]upload
}

func (f *form) value(k string) string { return strings.TrimSpace(f.values[k]) }

// size is the bytes the form holds, for the memory it reserves.
func (f *form) size() int64 {
	var n int64
	for _, u := range f.files {
		n += int64(len(u.data))
	}
	return n
}

const (
	maxFields     = 16
	maxFieldValue = 4 << 10
)

// readForm reads a multipart/form-data body into memory under the body
// cap. A body of another type (application/yaml, application/json, text)
// is taken as the data file itself, for curl --data-binary.
func (s *Server) readForm(w http.ResponseWriter, r *http.Request) (*form, error) {
	if f, ok := r.Context().Value(formKey{}).(*form); ok {
		return f, nil // read by limited, before the slot was taken
	}
	r.Body = http.MaxBytesReader(w, r.Body, s.cfg.MaxBody)
	f := &form{values: map[string]string{}, files: map[string]upload{}}
	for k, vs := range r.URL.Query() {
		if len(vs) > 0 {
			f.values[k] = vs[0]
		}
	}
	ct, params, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if ct != "multipart/form-data" {
		data, err := io.ReadAll(r.Body)
		if err != nil {
			return nil, bodyError(err)
		}
		name := "data.yaml"
		if strings.Contains(ct, "json") {
			name = "data.json"
		}
		if len(data) > 0 {
			f.files["data"] = upload{name: name, data: data}
		}
		return f, nil
	}
	if params["boundary"] == "" {
		return nil, newError(http.StatusBadRequest, "bad_request", "multipart/form-data 缺少 boundary")
	}
	mr, err := r.MultipartReader()
	if err != nil {
		return nil, newError(http.StatusBadRequest, "bad_request", "无法读取 multipart 请求：%v", err)
	}
	for n := 0; ; n++ {
		p, err := mr.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, bodyError(err)
		}
		if n >= maxFields {
			return nil, newError(http.StatusBadRequest, "bad_request", "字段太多（最多 %d 个）", maxFields)
		}
		field := p.FormName()
		if p.FileName() != "" {
			data, err := io.ReadAll(p)
			if err != nil {
				return nil, bodyError(err)
			}
			// Only the last element of the client's file name is kept: it
			// names the upload in messages and never touches the disk.
			name := filepath.Base(strings.ReplaceAll(p.FileName(), `\`, "/"))
			f.files[field] = upload{name: name, data: data}
			continue
		}
		v, err := io.ReadAll(io.LimitReader(p, maxFieldValue+1))
		if err != nil {
			return nil, bodyError(err)
		}
		if len(v) > maxFieldValue {
			return nil, newError(http.StatusBadRequest, "bad_request", "字段 %s 太长", field)
		}
		f.values[field] = string(v)
	}
	return f, nil
}

func bodyError(err error) error {
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) {
		return newError(http.StatusRequestEntityTooLarge, "too_large", "请求超过大小上限 %d 字节", mbe.Limit)
	}
	if errors.Is(err, os.ErrDeadlineExceeded) {
		return newError(http.StatusRequestTimeout, "bad_request", "请求体没有在时限内传完，已停止读取")
	}
	// Go's own wording ("multipart: NextPart: EOF") means nothing to a
	// clerk; the cause goes no further than this sentence.
	return newError(http.StatusBadRequest, "bad_request", "请求体不完整或格式有误（multipart/form-data 未正确结束）")
}

// dataFile is the campaign file of a request: the upload "data", or a file
// of --data named by "data_name".
func (s *Server) dataFile(f *form) (upload, error) {
	if u, ok := f.files["data"]; ok {
		if len(u.data) == 0 {
			return u, newError(http.StatusBadRequest, "no_data", "上传的活动数据文件 %s 是空的", u.name)
		}
		return u, nil
	}
	if name := f.value("data_name"); name != "" {
		if !slices.Contains(s.dataNames(), name) {
			return upload{}, newError(http.StatusNotFound, "data_not_found", "服务器上没有活动数据文件“%s”（GET /api/data 列出可选的文件）", name)
		}
		b, err := os.ReadFile(filepath.Join(s.cfg.DataDir, name))
		if err != nil {
			return upload{}, newError(http.StatusNotFound, "data_not_found", "读取活动数据文件“%s”失败", name)
		}
		return upload{name: name, data: b}, nil
	}
	return upload{}, newError(http.StatusBadRequest, "no_data", "缺少活动数据：请上传文件字段 data（YAML 或 JSON），或用 data_name 选择服务器上的文件")
}

func (s *Server) dataNames() []string {
	if s.cfg.DataDir == "" {
		return nil
	}
	var out []string
	for _, n := range listDir(s.cfg.DataDir, ".yaml", ".yml", ".json") {
		// The folder may hold the JSON Schema for editors beside the data.
		if !strings.HasSuffix(strings.ToLower(n), ".schema.json") {
			out = append(out, n)
		}
	}
	return out
}

// campaignOf reads and loads the request's campaign file.
func (s *Server) campaignOf(f *form) (*campaign, error) {
	u, err := s.dataFile(f)
	if err != nil {
		return nil, err
	}
	return s.loadCampaign(u.name, u.data, f.value("date"))
}

// docEntry is a document the manifest builds.
type docEntry struct {
	File  string `json:"file"`
	Kind  string `json:"kind"`
	Title string `json:"title"`
	Ext   string `json:"ext"`
}

type validateAnswer struct {
	OK        bool       `json:"ok"`
	File      string     `json:"file"`
	Campaign  string     `json:"campaign"`
	Year      int        `json:"year"`
	Date      string     `json:"date"`
	Warnings  []problem  `json:"warnings"`
	Documents []docEntry `json:"documents"`
}

// validate checks a campaign file and lists what a build would make.
func (s *Server) validate(w http.ResponseWriter, r *http.Request) error {
	f, err := s.readForm(w, r)
	if err != nil {
		return err
	}
	cp, err := s.campaignOf(f)
	if err != nil {
		return err
	}
	jobs, names, err := s.plan(r.Context(), cp)
	if err != nil {
		return err
	}
	a := validateAnswer{OK: true, File: cp.name, Campaign: cp.c.Name, Year: cp.c.Year,
		Date: cp.date.Format(time.DateOnly), Warnings: diagProblems(cp.warns), Documents: []docEntry{}}
	for i, j := range jobs {
		a.Documents = append(a.Documents, docEntry{File: names[i], Kind: j.Kind, Title: j.Title, Ext: j.Ext})
	}
	writeJSON(w, http.StatusOK, a)
	return nil
}

// render renders one template with the campaign.
func (s *Server) render(w http.ResponseWriter, r *http.Request) error {
	f, err := s.readForm(w, r)
	if err != nil {
		return err
	}
	name, tfile := f.value("template"), f.files["template_file"]
	if name == "" && tfile.name == "" {
		return newError(http.StatusBadRequest, "no_template", "缺少模板：字段 template 写内置模板名（GET /api/templates），或上传文件字段 template_file（.docx/.xlsx）")
	}
	if name != "" && tfile.name != "" {
		return newError(http.StatusBadRequest, "two_templates", "template 与 template_file 只能给一个")
	}
	cp, err := s.campaignOf(f)
	if err != nil {
		return err
	}
	if wb, ok := workbookFor(name); ok && tfile.name == "" {
		if _, custom := s.customTemplate(name); !custom {
			j := build.Job{Kind: wb.Kind, Title: wb.Kind, Ext: ".xlsx", Render: func(ctx context.Context, w io.Writer) error {
				return wb.Build(cp.c, cp.date, w)
			}}
			data, err := s.runJob(r.Context(), j)
			if err != nil {
				return templateError(wb.File, err)
			}
			return s.send(w, r, f, document{Name: wb.File, Kind: wb.Kind, Data: data})
		}
	}
	var ts *templateSource
	if tfile.name != "" {
		if len(tfile.data) == 0 {
			return newError(http.StatusBadRequest, "no_template", "上传的模板 %s 是空的", tfile.name)
		}
		ts = &templateSource{name: tfile.name, data: tfile.data}
		if k, ok := docdata.Lookup(strings.TrimSuffix(tfile.name, filepath.Ext(tfile.name))); ok {
			ts.kind = k.Name // a customised copy of a built-in template
		}
	} else if ts, err = s.namedTemplate(name); err != nil {
		return err
	}
	if k := f.value("kind"); k != "" {
		if _, known := wordKind(k); !known && k != "campaign" {
			return newError(http.StatusBadRequest, "bad_kind", "kind“%s”不是 Word 文稿的构建项（可选：%s，或 campaign 表示整个活动数据）", k, wordKinds())
		}
		ts.kind = k
		if k == "campaign" {
			ts.kind = ""
		}
	}
	c, err := s.compile(r.Context(), ts, cp.date)
	if err != nil {
		return err
	}
	if c.xlsx != nil {
		ts.kind = "" // Excel templates read the campaign itself
	}
	data, title, err := viewFor(ts.kind, f.value("doc"), cp)
	if err != nil {
		return err
	}
	out, err := s.execute(r.Context(), ts.name, c, data)
	if err != nil {
		return err
	}
	ext := ".docx"
	if c.xlsx != nil {
		ext = ".xlsx"
	}
	base := build.SafeName(title)
	if base == "" {
		base = build.SafeName(strings.TrimSuffix(ts.name, filepath.Ext(ts.name)))
	}
	if base == "" {
		base = "gongwen"
	}
	return s.send(w, r, f, document{Name: base + ext, Fallback: swapExt(ts.name, ext), Kind: ts.kind, Data: out})
}

// build renders the whole document set as a zip, or with "file" one
// document of it.
func (s *Server) build(w http.ResponseWriter, r *http.Request) error {
	f, err := s.readForm(w, r)
	if err != nil {
		return err
	}
	// A build holds every document's view of the campaign: more than the
	// reservation every request makes (limited), by what the data's size
	// says it needs (build.MemoryNeed). Refused before loading: 413 when it
	// can never fit, 503 while other requests hold the memory.
	need := build.MemoryNeed(f.size())
	if b := s.memory.budget; b > 0 && need > b {
		s.metrics.rejected.Add(1)
		return newError(http.StatusRequestEntityTooLarge, "too_large",
			"构建这份数据（%.1f MiB）约需 %d MiB 内存，超过本服务器为一次请求留出的上限（%d MiB），未开始构建；请拆分数据或在命令行用 gongwen build 构建",
			float64(f.size())/(1<<20), need>>20, b>>20)
	}
	if extra := need - requestCost(f.size()); extra > 0 {
		release, ae := s.memory.reserve(extra)
		if ae != nil {
			s.metrics.rejected.Add(1)
			return ae
		}
		defer release()
	}
	cp, err := s.campaignOf(f)
	if err != nil {
		return err
	}
	jobs, names, err := s.plan(r.Context(), cp)
	if err != nil {
		return err
	}
	if want := f.value("file"); want != "" {
		i := slices.Index(names, want)
		if i < 0 {
			return newError(http.StatusNotFound, "doc_not_found", "这份数据构建的文稿中没有“%s”（POST /api/validate 列出全部文稿）", want)
		}
		data, err := s.runJob(r.Context(), jobs[i])
		if err != nil {
			return templateError(jobs[i].Kind+"《"+jobs[i].Title+"》", err)
		}
		return s.send(w, r, f, document{Name: names[i], Fallback: fallbackName(jobs[i]), Kind: jobs[i].Kind, Data: data})
	}
	if f.value("format") == "pdf" {
		return newError(http.StatusBadRequest, "bad_format", "整套文稿不提供 PDF：请用 file 字段逐份请求 PDF")
	}
	// The whole set is bounded too, not only each document.
	ctx, cancel := context.WithTimeout(r.Context(), 4*s.cfg.RenderTimeout)
	defer cancel()
	docs, err := s.buildAll(ctx, jobs, names)
	if err != nil {
		return templateError("构建", err)
	}
	z, err := zipDocs(docs)
	if err != nil {
		return fmt.Errorf("打包：%w", err)
	}
	stem := build.SafeName(cp.c.Name)
	if stem == "" {
		stem = "gongwen"
	}
	sendBytes(w, stem+"文稿.zip", "gongwen.zip", "application/zip", z)
	return nil
}

// send answers a rendered document, converted to PDF when format=pdf.
func (s *Server) send(w http.ResponseWriter, r *http.Request, f *form, d document) error {
	switch format := f.value("format"); format {
	case "", "docx", "xlsx", "native":
	case "pdf":
		pdf, err := s.toPDF(r.Context(), d)
		if err != nil {
			return err
		}
		sendBytes(w, strings.TrimSuffix(d.Name, filepath.Ext(d.Name))+".pdf", swapExt(d.Fallback, ".pdf"), "application/pdf", pdf)
		return nil
	default:
		return newError(http.StatusBadRequest, "bad_format", "format 只能是 pdf（或不写）：“%s”", format)
	}
	sendBytes(w, d.Name, d.Fallback, contentType(d.Name), d.Data)
	return nil
}

// fallbackName is the built-in template's file name of a job's kind, an
// ASCII name for clients that cannot read the Chinese one.
func fallbackName(j build.Job) string {
	if k, ok := docdata.Lookup(j.Kind); ok {
		return swapExt(k.Template, j.Ext)
	}
	return ""
}

// swapExt gives name the extension ext; "" stays "".
func swapExt(name, ext string) string {
	if name == "" {
		return ""
	}
	return strings.TrimSuffix(name, filepath.Ext(name)) + ext
}

func contentType(name string) string {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".docx":
		return "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
	case ".xlsx":
		return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
	case ".zip":
		return "application/zip"
	case ".pdf":
		return "application/pdf"
	case ".png":
		return "image/png"
	}
	return "application/octet-stream"
}

// sendBytes answers a whole file at once with its length and name.
// fallback is the ASCII name for clients that ignore filename* (curl -OJ
// among them); empty derives one from name.
func sendBytes(w http.ResponseWriter, name, fallback, ctype string, data []byte) {
	h := w.Header()
	h.Set("Content-Type", ctype)
	h.Set("Content-Length", strconv.Itoa(len(data)))
	h.Set("Content-Disposition", disposition(name, fallback))
	w.WriteHeader(http.StatusOK)
	w.Write(data)
}

// Disposition is an attachment header naming the file for every browser:
// an ASCII filename for old clients and the UTF-8 name per RFC 5987
// (the filename* parameter, UTF-8 percent-encoded) for Chinese names.
func Disposition(name string) string { return disposition(name, "") }

// disposition is Disposition with the ASCII name given: fallback when it
// is plain ASCII, else one made from name.
func disposition(name, fallback string) string {
	plain, ok := asciiName(fallback)
	if !ok || fallback == "" {
		plain, _ = asciiName(name)
	}
	if strings.Trim(strings.TrimSuffix(plain, filepath.Ext(plain)), "_ ") == "" {
		plain = "gongwen" + filepath.Ext(name)
	}
	if !utf8.ValidString(name) {
		return fmt.Sprintf(`attachment; filename="%s"`, plain)
	}
	return fmt.Sprintf(`attachment; filename="%s"; filename*=UTF-8''%s`, plain, url.PathEscape(name))
}

// asciiName replaces what may not stand in a quoted ASCII filename with
// "_" and reports whether nothing had to be replaced.
func asciiName(name string) (string, bool) {
	var b strings.Builder
	clean := true
	for _, r := range name {
		if r < 0x20 || r >= 0x7f || strings.ContainsRune(`"\%;`, r) {
			b.WriteByte('_')
			clean = false
			continue
		}
		b.WriteRune(r)
	}
	return b.String(), clean
}

type templateEntry struct {
	Name     string `json:"name"`
	Kind     string `json:"kind"`               // 文种 or workbook kind
	Manifest string `json:"manifest,omitempty"` // the build output that uses it
	Format   string `json:"format"`             // docx or xlsx
	Source   string `json:"source"`             // builtin or custom (--templates)
	Desc     string `json:"description"`
	Download string `json:"download"`
}

func (s *Server) templateEntries() []templateEntry {
	var out []templateEntry
	custom := map[string]bool{}
	if s.cfg.TemplatesDir != "" {
		for _, n := range listDir(s.cfg.TemplatesDir, ".docx", ".xlsx") {
			custom[n] = true
		}
	}
	entry := func(name, source string) templateEntry {
		e := templateEntry{Name: name, Format: strings.TrimPrefix(strings.ToLower(filepath.Ext(name)), "."),
			Source: source, Download: "/api/templates/" + url.PathEscape(name)}
		if k, ok := docdata.Lookup(name); ok && k.Template == name {
			e.Kind, e.Manifest, e.Desc = k.Label, k.Name, k.Desc
		} else if wb, ok := workbookFor(name); ok {
			e.Kind, e.Desc = wb.Kind, wb.Desc
		} else if source == "custom" {
			e.Kind, e.Desc = "自定义模板", "本单位自定义模板（数据为整个活动数据）"
		}
		if source == "custom" && e.Manifest != "" {
			e.Desc = "本单位修改版（替代内置模板）：" + e.Desc
		}
		return e
	}
	for _, n := range templates.Names() {
		if custom[n] {
			continue
		}
		out = append(out, entry(n, "builtin"))
	}
	for n := range custom {
		out = append(out, entry(n, "custom"))
	}
	slices.SortStableFunc(out, func(a, b templateEntry) int { return strings.Compare(a.Name, b.Name) })
	return out
}

func (s *Server) listTemplates(w http.ResponseWriter, r *http.Request) error {
	writeJSON(w, http.StatusOK, map[string]any{"templates": s.templateEntries(), "workbooks": workbookEntries()})
	return nil
}

// workbookEntries lists the workbooks built by code, which /api/render
// accepts as template names too.
func workbookEntries() []map[string]string {
	var out []map[string]string
	for _, b := range xlsx.Workbooks() {
		out = append(out, map[string]string{"name": b.File, "kind": b.Kind, "description": b.Desc})
	}
	return out
}

func (s *Server) downloadTemplate(w http.ResponseWriter, r *http.Request) error {
	name := r.PathValue("name")
	for _, e := range s.templateEntries() {
		if e.Name != name {
			continue
		}
		ts, err := s.namedTemplate(name)
		if err != nil {
			return err
		}
		sendBytes(w, name, "", contentType(name), ts.data)
		return nil
	}
	return newError(http.StatusNotFound, "template_not_found", "没有名为“%s”的模板", name)
}

func (s *Server) listData(w http.ResponseWriter, r *http.Request) error {
	names := s.dataNames()
	if names == nil {
		names = []string{}
	}
	writeJSON(w, http.StatusOK, map[string]any{"files": names})
	return nil
}

func (s *Server) downloadData(w http.ResponseWriter, r *http.Request) error {
	name := r.PathValue("name")
	if !slices.Contains(s.dataNames(), name) {
		return newError(http.StatusNotFound, "data_not_found", "服务器上没有活动数据文件“%s”", name)
	}
	b, err := os.ReadFile(filepath.Join(s.cfg.DataDir, name))
	if err != nil {
		return newError(http.StatusNotFound, "data_not_found", "读取活动数据文件“%s”失败", name)
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("Content-Length", strconv.Itoa(len(b)))
	w.Write(b)
	return nil
}

// info tells the page what this server can do.
func (s *Server) info(w http.ResponseWriter, r *http.Request) error {
	kinds := []map[string]string{}
	for _, k := range docdata.Kinds() {
		kinds = append(kinds, map[string]string{"kind": k.Name, "label": k.Label, "template": k.Template})
	}
	writeJSON(w, http.StatusOK, map[string]any{
		"pdf":          s.convert.pdf(),
		"preview":      s.convert.preview(),
		"max_body":     s.cfg.MaxBody,
		"max_renders":  s.cfg.MaxRenders,
		"kinds":        kinds,
		"data_files":   len(s.dataNames()),
		"auth":         s.cfg.Token != "",
		"render_limit": s.cfg.RenderTimeout.String(),
	})
	return nil
}

// previewJob is the document of the build that a preview request names
// (field file), after checking that this server can preview at all.
func (s *Server) previewJob(w http.ResponseWriter, r *http.Request) (build.Job, string, error) {
	if !s.convert.preview() {
		return build.Job{}, "", newError(http.StatusNotImplemented, "no_libreoffice", "此服务器没有安装 LibreOffice 和 pdftoppm，无法预览")
	}
	f, err := s.readForm(w, r)
	if err != nil {
		return build.Job{}, "", err
	}
	cp, err := s.campaignOf(f)
	if err != nil {
		return build.Job{}, "", err
	}
	jobs, names, err := s.plan(r.Context(), cp)
	if err != nil {
		return build.Job{}, "", err
	}
	if f.value("file") == "" {
		return build.Job{}, "", newError(http.StatusBadRequest, "bad_request", "缺少字段 file：要预览的文稿名（见 /api/build 列出的文件）")
	}
	i := slices.Index(names, f.value("file"))
	if i < 0 {
		return build.Job{}, "", newError(http.StatusNotFound, "doc_not_found", "这份数据构建的文稿中没有“%s”", f.value("file"))
	}
	return jobs[i], names[i], nil
}

// preview renders one document of the build and answers page 1 as PNG.
func (s *Server) preview(w http.ResponseWriter, r *http.Request) error {
	job, name, err := s.previewJob(w, r)
	if err != nil {
		return err
	}
	data, err := s.runJob(r.Context(), job)
	if err != nil {
		return templateError(job.Title, err)
	}
	png, err := s.convertFile(r.Context(), document{Name: name, Data: data}, true)
	if err != nil {
		return err
	}
	w.Header().Set("Content-Type", "image/png")
	w.Header().Set("Content-Length", strconv.Itoa(len(png)))
	w.Write(png)
	return nil
}

func (s *Server) toPDF(ctx context.Context, d document) ([]byte, error) {
	if !s.convert.pdf() {
		return nil, newError(http.StatusNotImplemented, "no_libreoffice", "此服务器没有安装 LibreOffice，无法生成 PDF")
	}
	return s.convertFile(ctx, d, false)
}

// convertFile converts d with LibreOffice in a private temporary folder,
// removed afterwards, and returns the PDF, or page 1 as PNG.
func (s *Server) convertFile(ctx context.Context, d document, png bool) ([]byte, error) {
	// One conversion at a time, and a bounded wait for it: a queue of
	// previews must not hold the render slots for minutes.
	wait := time.NewTimer(s.cfg.QueueWait)
	defer wait.Stop()
	select {
	case s.convert.sem <- struct{}{}:
		defer func() { <-s.convert.sem }()
	case <-wait.C:
		s.metrics.rejected.Add(1)
		e := newError(http.StatusServiceUnavailable, "busy", "LibreOffice 正忙于其他转换，请稍后重试")
		e.RetryAfter = 5
		return nil, e
	case <-ctx.Done():
		return nil, newError(http.StatusServiceUnavailable, "cancelled", "转换排队时请求已取消")
	}
	ctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	dir, err := os.MkdirTemp("", "gongwen-serve-*")
	if err != nil {
		return nil, fmt.Errorf("创建临时目录：%w", err)
	}
	defer os.RemoveAll(dir)
	// The file is named by us, not by the client.
	src := filepath.Join(dir, "doc"+strings.ToLower(filepath.Ext(d.Name)))
	if err := os.WriteFile(src, d.Data, 0o600); err != nil {
		return nil, fmt.Errorf("写临时文件：%w", err)
	}
	// LibreOffice runs in a process group of its own, killed whole at the
	// deadline. What it printed and our temporary paths go to the log,
	// never to the client.
	pdfs, err := build.ConvertPDF(ctx, []string{src})
	if err != nil || pdfs[src] == "" {
		s.log.Warn("LibreOffice 转换失败", "file", d.Name, "err", err)
		if ctx.Err() != nil {
			return nil, newError(http.StatusUnprocessableEntity, "convert_failed", "LibreOffice 转换 %s 超过时限，已停止", d.Name)
		}
		return nil, newError(http.StatusUnprocessableEntity, "convert_failed", "LibreOffice 无法转换 %s", d.Name)
	}
	if !png {
		return os.ReadFile(pdfs[src])
	}
	out := filepath.Join(dir, "page")
	cmd := exec.CommandContext(ctx, s.convert.pdftoppm, "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", pdfs[src], out)
	if msg, err := cmd.CombinedOutput(); err != nil {
		s.log.Warn("pdftoppm 失败", "file", d.Name, "err", err, "output", string(msg))
		return nil, newError(http.StatusUnprocessableEntity, "convert_failed", "无法生成 %s 的预览", d.Name)
	}
	return os.ReadFile(out + ".png")
}
