package serve

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
)

// maxPreviewPages bounds a preview: a clerk checks the layout, and a
// document of more pages is downloaded, not previewed.
const maxPreviewPages = 40

// pageEvent is one line of the streamed preview: a stage, a page, or the
// end (or an error).
type pageEvent struct {
	Stage string `json:"stage,omitempty"` // render, pdf, pages
	Page  int    `json:"page,omitempty"`
	Pages int    `json:"pages,omitempty"`
	PNG   string `json:"png,omitempty"` // data: URL
	Done  bool   `json:"done,omitempty"`
	Error string `json:"error,omitempty"`
	More  bool   `json:"more,omitempty"` // pages beyond maxPreviewPages were left out
}

// previewPages renders one document of the build and streams every page
// as a PNG, one JSON line each, so the page shows progress as the pages
// come (LibreOffice takes seconds).
func (s *Server) previewPages(w http.ResponseWriter, r *http.Request) error {
	job, name, err := s.previewJob(w, r)
	if err != nil {
		return err
	}
	w.Header().Set("Content-Type", "application/x-ndjson; charset=utf-8")
	w.WriteHeader(http.StatusOK)
	enc := json.NewEncoder(w)
	flush := func(ev pageEvent) {
		enc.Encode(ev)
		if fl, ok := w.(http.Flusher); ok {
			fl.Flush()
		}
	}
	flush(pageEvent{Stage: "render"})
	data, err := s.runJob(r.Context(), job)
	if err != nil {
		flush(pageEvent{Error: templateError(job.Title, err).Message})
		return nil
	}
	flush(pageEvent{Stage: "pdf"})
	pdf, err := s.toPDF(r.Context(), document{Name: name, Data: data})
	if err != nil {
		flush(pageEvent{Error: err.Error()})
		return nil
	}
	err = s.eachPage(r.Context(), pdf, func(n, of int, png []byte) {
		if n == 1 {
			flush(pageEvent{Stage: "pages", Pages: of})
		}
		flush(pageEvent{Page: n, Pages: of, PNG: "data:image/png;base64," + base64.StdEncoding.EncodeToString(png)})
	})
	if err != nil {
		flush(pageEvent{Error: err.Error()})
		return nil
	}
	flush(pageEvent{Done: true})
	return nil
}

// eachPage turns the pages of a PDF into PNGs, one pdftoppm run a page
// so that each can be sent as soon as it is ready.
func (s *Server) eachPage(ctx context.Context, pdf []byte, page func(n, of int, png []byte)) error {
	dir, err := os.MkdirTemp("", "gongwen-pages-*")
	if err != nil {
		return fmt.Errorf("创建临时目录：%w", err)
	}
	defer os.RemoveAll(dir)
	src := filepath.Join(dir, "doc.pdf")
	if err := os.WriteFile(src, pdf, 0o600); err != nil {
		return fmt.Errorf("写临时文件：%w", err)
	}
	n := pdfPages(ctx, src)
	if n == 0 {
		n = 1
	}
	n = min(n, maxPreviewPages)
	for p := 1; p <= n; p++ {
		out := filepath.Join(dir, "p"+strconv.Itoa(p))
		cmd := exec.CommandContext(ctx, s.convert.pdftoppm, "-png", "-r", "60", "-f", strconv.Itoa(p), "-l", strconv.Itoa(p), "-singlefile", src, out)
		if msg, err := cmd.CombinedOutput(); err != nil {
			return fmt.Errorf("pdftoppm 无法生成第 %d 页的预览：%v %s", p, err, msg)
		}
		png, err := os.ReadFile(out + ".png")
		if err != nil {
			return err
		}
		page(p, n, png)
	}
	return nil
}

// pdfPages asks pdfinfo (poppler, beside pdftoppm) for the page count; 0
// when it cannot tell.
func pdfPages(ctx context.Context, pdf string) int {
	info, err := exec.LookPath("pdfinfo")
	if err != nil {
		return 0
	}
	out, err := exec.CommandContext(ctx, info, pdf).Output()
	if err != nil {
		return 0
	}
	for _, l := range strings.Split(string(out), "\n") {
		if v, ok := strings.CutPrefix(l, "Pages:"); ok {
			n, _ := strconv.Atoi(strings.TrimSpace(v))
			return n
		}
	}
	return 0
}
