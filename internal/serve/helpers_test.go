package serve

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"gongwen/internal/opc"
	"gongwen/templates"
)

// repoFile reads a file of the repository (the default data set).
func repoFile(t testing.TB, rel string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", rel))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// testServer starts the service on a loopback port with cfg; limits that
// tests hit on purpose are small so that hostile uploads fail fast.
func testServer(t testing.TB, cfg Config) (*Server, *httptest.Server) {
	t.Helper()
	if cfg.RenderTimeout == 0 {
		cfg.RenderTimeout = 3 * time.Second
	}
	if cfg.MaxOutput == 0 {
		cfg.MaxOutput = 8 << 20
	}
	s, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s.Handler())
	t.Cleanup(ts.Close)
	return s, ts
}

type file struct {
	name string
	data []byte
}

// post sends a multipart form and returns the answer with its body read.
func post(t testing.TB, url string, fields map[string]string, files map[string]file) (*http.Response, []byte) {
	t.Helper()
	var b bytes.Buffer
	mw := multipart.NewWriter(&b)
	for k, v := range fields {
		mw.WriteField(k, v)
	}
	for k, f := range files {
		w, err := mw.CreateFormFile(k, f.name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(f.data)
	}
	mw.Close()
	req, err := http.NewRequest(http.MethodPost, url, &b)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", mw.FormDataContentType())
	return do(t, req)
}

func do(t testing.TB, req *http.Request) (*http.Response, []byte) {
	t.Helper()
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, body
}

func get(t testing.TB, url string) (*http.Response, []byte) {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	return do(t, req)
}

// decodeError reads an error answer, failing the test if it is not the
// JSON error shape.
func decodeError(t testing.TB, resp *http.Response, body []byte) apiError {
	t.Helper()
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Fatalf("error answer has Content-Type %q, want JSON; body: %.300s", ct, body)
	}
	var e apiError
	if err := json.Unmarshal(body, &e); err != nil {
		t.Fatalf("error answer is not JSON: %v: %.300s", err, body)
	}
	if e.Code == "" || e.Message == "" {
		t.Fatalf("error answer lacks code or message: %s", body)
	}
	return e
}

// zipOf makes a zip of the given entries, in order, deflated.
func zipOf(t testing.TB, entries ...[2]string) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for _, e := range entries {
		w, err := zw.Create(e[0])
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(e[1]))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// docxWith is the built-in notice template with its body replaced by
// bodyXML (the content of <w:body>), so a test can upload any template text
// in an otherwise valid package.
func docxWith(t testing.TB, bodyXML string) []byte {
	t.Helper()
	return docxPart(t, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`+
		`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>`+
		bodyXML+`</w:body></w:document>`)
}

// docxPart is the built-in notice template with word/document.xml replaced.
func docxPart(t testing.TB, documentXML string) []byte {
	t.Helper()
	src, err := templates.Read("tongzhi.docx")
	if err != nil {
		t.Fatal(err)
	}
	pkg, err := opc.Open(bytes.NewReader(src), int64(len(src)), opc.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := pkg.Write(&b, map[string][]byte{"word/document.xml": []byte(documentXML)}); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// para is one paragraph holding text in one run.
func para(text string) string {
	var b strings.Builder
	b.WriteString("<w:p><w:r><w:t xml:space=\"preserve\">")
	xmlEscape(&b, text)
	b.WriteString("</w:t></w:r></w:p>")
	return b.String()
}

func xmlEscape(b *strings.Builder, s string) {
	r := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;")
	b.WriteString(r.Replace(s))
}

func mimeParse(v string) (string, map[string]string, error) { return mime.ParseMediaType(v) }

// newHTTPTest serves s on a loopback port and returns its URL.
func newHTTPTest(t testing.TB, s *Server) string {
	ts := httptest.NewServer(s.Handler())
	t.Cleanup(ts.Close)
	return ts.URL
}

// minimalDocx is a .docx of three parts whose body is bodyXML: no
// properties or headers that ask for data.
func minimalDocx(t testing.TB, bodyXML string) []byte {
	t.Helper()
	return zipOf(t,
		[2]string{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
			`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
			`<Default Extension="xml" ContentType="application/xml"/>` +
			`<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`},
		[2]string{"_rels/.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`},
		[2]string{"word/document.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
			`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` + bodyXML + `</w:body></w:document>`})
}
