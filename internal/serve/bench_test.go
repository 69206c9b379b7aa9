package serve

import (
	"bytes"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"testing"
)

// BenchmarkRender is one POST /api/render of the built-in notice with the
// default data, through the whole handler stack, without the network.
func BenchmarkRender(b *testing.B) {
	s, err := New(Config{})
	if err != nil {
		b.Fatal(err)
	}
	h := s.Handler()
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	mw.WriteField("template", "tongzhi.docx")
	w, _ := mw.CreateFormFile("data", "xuechuang.yaml")
	w.Write(repoFile(b, "data/xuechuang.yaml"))
	mw.Close()
	for b.Loop() {
		req := httptest.NewRequest(http.MethodPost, "/api/render", bytes.NewReader(body.Bytes()))
		req.Header.Set("Content-Type", mw.FormDataContentType())
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != 200 {
			b.Fatalf("%d %s", rec.Code, rec.Body.String())
		}
	}
}

// BenchmarkValidate is one POST /api/validate of the default data: load
// (memoised after the first) and plan the whole set.
func BenchmarkValidate(b *testing.B) {
	s, err := New(Config{})
	if err != nil {
		b.Fatal(err)
	}
	h := s.Handler()
	data := repoFile(b, "data/xuechuang.yaml")
	for b.Loop() {
		req := httptest.NewRequest(http.MethodPost, "/api/validate", bytes.NewReader(data))
		req.Header.Set("Content-Type", "application/yaml")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != 200 {
			b.Fatalf("%d %s", rec.Code, rec.Body.String())
		}
	}
}
