package serve

import (
	"bytes"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"runtime"
	"testing"
	"time"

	"gongwen/templates"
)

// FuzzUpload sends arbitrary bytes as an uploaded template and as the
// campaign data: whatever they are, the answer is a whole document or a
// 4xx JSON error — never a 500, never a panic.
func FuzzUpload(f *testing.F) {
	data := repoFile(f, "data/xuechuang.yaml")
	for _, name := range []string{"tongzhi.docx", "fengongbiao.xlsx"} {
		b, err := templates.Read(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b, data[:200])
	}
	f.Add(minimalDocx(f, para("{{.Name}}{{range .Tasks}}{{.Title}}{{end}}")), data)
	f.Add(zipOf(f, [2]string{"../x", "y"}), []byte("year: [\n"))
	f.Add([]byte("PK\x03\x04garbage"), []byte("{}"))
	f.Add(docxWith(f, para("{{range 100000}}{{.}}{{end}}")), []byte("name: x\nyear: 2013\n"))
	s, err := New(Config{MaxBody: 1 << 20, MaxOutput: 1 << 20, RenderTimeout: time.Second, MaxRenders: 64, QueueWait: time.Minute})
	if err != nil {
		f.Fatal(err)
	}
	h := s.Handler()
	f.Fuzz(func(t *testing.T, tpl, campaign []byte) {
		for _, kind := range []string{"", "notice"} {
			var body bytes.Buffer
			mw := multipart.NewWriter(&body)
			if kind != "" {
				mw.WriteField("kind", kind)
			}
			w, _ := mw.CreateFormFile("template_file", "t.docx")
			w.Write(tpl)
			w, _ = mw.CreateFormFile("data", "d.yaml")
			w.Write(campaign)
			mw.Close()
			req := httptest.NewRequest(http.MethodPost, "/api/render", &body)
			req.Header.Set("Content-Type", mw.FormDataContentType())
			rec := httptest.NewRecorder()
			stuck := time.AfterFunc(8*time.Second, func() {
				buf := make([]byte, 1<<20)
				panic("an upload took over 8 s:\n" + string(buf[:runtime.Stack(buf, true)]))
			})
			h.ServeHTTP(rec, req)
			stuck.Stop()
			if rec.Code >= 500 || (rec.Code != 200 && rec.Header().Get("Content-Type") != "application/json; charset=utf-8") {
				t.Fatalf("answer %d %s: %.300s", rec.Code, rec.Header().Get("Content-Type"), rec.Body.String())
			}
		}
	})
}
