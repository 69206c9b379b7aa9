package serve

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"gongwen/internal/build"
	"gongwen/internal/clients"
	"gongwen/internal/docdata"
	"gongwen/internal/docx/docxtest"
	"gongwen/templates"
)

func TestHealthz(t *testing.T) {
	_, ts := testServer(t, Config{})
	resp, body := get(t, ts.URL+"/healthz")
	if resp.StatusCode != 200 || !strings.Contains(string(body), `"ok"`) {
		t.Fatalf("healthz: %d %s", resp.StatusCode, body)
	}
}

func TestPageIsEmbeddedAndLockedDown(t *testing.T) {
	_, ts := testServer(t, Config{})
	resp, body := get(t, ts.URL+"/")
	if resp.StatusCode != 200 || !strings.Contains(string(body), "公文生成") {
		t.Fatalf("page: %d %.200s", resp.StatusCode, body)
	}
	h := resp.Header
	for k, want := range map[string]string{
		"X-Content-Type-Options": "nosniff",
		"X-Frame-Options":        "DENY",
		"Referrer-Policy":        "no-referrer",
	} {
		if got := h.Get(k); got != want {
			t.Errorf("%s = %q, want %q", k, got, want)
		}
	}
	csp := h.Get("Content-Security-Policy")
	for _, want := range []string{"script-src 'self'", "frame-ancestors 'none'", "default-src 'none'"} {
		if !strings.Contains(csp, want) {
			t.Errorf("CSP %q lacks %q", csp, want)
		}
	}
	// No inline script or style, no other origin: the CSP forbids them.
	if regexp.MustCompile(`<script(\s[^>]*)?>[^<]`).Match(body) || strings.Contains(string(body), "style=") ||
		strings.Contains(string(body), "http://") || strings.Contains(string(body), "https://") {
		t.Errorf("page has inline script/style or an external URL")
	}
	for path, ctype := range map[string]string{"/static/app.js": "javascript", "/static/style.css": "text/css"} {
		resp, body := get(t, ts.URL+path)
		if resp.StatusCode != 200 || !strings.Contains(resp.Header.Get("Content-Type"), ctype) || len(body) == 0 {
			t.Errorf("%s: %d %s", path, resp.StatusCode, resp.Header.Get("Content-Type"))
		}
		if strings.Contains(string(body), "http://") || strings.Contains(string(body), "https://") {
			t.Errorf("%s refers to another origin", path)
		}
	}
	if resp, _ := get(t, ts.URL+"/static/../server.go"); resp.StatusCode == 200 {
		t.Errorf("static files escape the embedded folder")
	}
}

func TestTemplates(t *testing.T) {
	custom := t.TempDir()
	mine := docxWith(t, para("{{.Name}}"))
	os.WriteFile(filepath.Join(custom, "本单位通知.docx"), mine, 0o644)
	_, ts := testServer(t, Config{TemplatesDir: custom})
	resp, body := get(t, ts.URL+"/api/templates")
	if resp.StatusCode != 200 {
		t.Fatalf("%d %s", resp.StatusCode, body)
	}
	var list struct {
		Templates []templateEntry `json:"templates"`
	}
	if err := json.Unmarshal(body, &list); err != nil {
		t.Fatal(err)
	}
	names := map[string]templateEntry{}
	for _, e := range list.Templates {
		names[e.Name] = e
	}
	for _, n := range templates.Names() {
		if names[n].Source != "builtin" || names[n].Desc == "" {
			t.Errorf("built-in %s: %+v", n, names[n])
		}
	}
	if names["tongzhi.docx"].Manifest != "notice" || names["本单位通知.docx"].Source != "custom" {
		t.Errorf("entries: %+v", list.Templates)
	}
	for name, want := range map[string][]byte{"tongzhi.docx": must(templates.Read("tongzhi.docx")), "本单位通知.docx": mine} {
		resp, body := get(t, ts.URL+"/api/templates/"+url.PathEscape(name))
		if resp.StatusCode != 200 || !bytes.Equal(body, want) {
			t.Errorf("download %s: %d, %d bytes", name, resp.StatusCode, len(body))
		}
		if cd := resp.Header.Get("Content-Disposition"); !strings.Contains(cd, "filename*=UTF-8''"+url.PathEscape(name)) {
			t.Errorf("download %s: Content-Disposition %q", name, cd)
		}
	}
	// Names only: nothing outside the listing is served.
	for _, bad := range []string{"nope.docx", "..%2Fgo.mod", "%2Fetc%2Fpasswd", "..%2F..%2Fgo.mod"} {
		resp, body := get(t, ts.URL+"/api/templates/"+bad)
		if resp.StatusCode != 404 {
			t.Errorf("%s: %d %.100s", bad, resp.StatusCode, body)
		}
	}
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func TestValidate(t *testing.T) {
	_, ts := testServer(t, Config{})
	data := repoFile(t, "data/xuechuang.yaml")
	resp, body := post(t, ts.URL+"/api/validate", nil, map[string]file{"data": {"xuechuang.yaml", data}})
	if resp.StatusCode != 200 {
		t.Fatalf("%d %s", resp.StatusCode, body)
	}
	var a validateAnswer
	if err := json.Unmarshal(body, &a); err != nil {
		t.Fatal(err)
	}
	if !a.OK || a.Year != 2013 || a.Date != "2013-07-15" || len(a.Documents) < 20 {
		t.Fatalf("answer: %+v", a)
	}
	// The raw body works too, for curl --data-binary.
	req, _ := http.NewRequest("POST", ts.URL+"/api/validate?date=2013-12-31", bytes.NewReader(data))
	req.Header.Set("Content-Type", "application/yaml")
	resp, body = do(t, req)
	if resp.StatusCode != 200 || !strings.Contains(string(body), `"date": "2013-12-31"`) {
		t.Fatalf("raw body: %d %.300s", resp.StatusCode, body)
	}

	// Problems come with line and column.
	bad := bytes.Replace(data, []byte("year: 2013"), []byte("year: abc"), 1)
	resp, body = post(t, ts.URL+"/api/validate", nil, map[string]file{"data": {"bad.yaml", bad}})
	e := decodeError(t, resp, body)
	if resp.StatusCode != 422 || e.Code != "data_invalid" || len(e.Problems) == 0 {
		t.Fatalf("%d %s", resp.StatusCode, body)
	}
	p := e.Problems[0]
	wantLine := bytes.Count(data[:bytes.Index(data, []byte("year: 2013"))], []byte("\n")) + 1
	if p.Line != wantLine || p.Col != 7 || p.Path != "year" {
		t.Errorf("problem %+v, want line %d col 7 path year", p, wantLine)
	}
}

func TestDataFolder(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "xc.yaml"), repoFile(t, "data/xuechuang.yaml"), 0o644)
	os.WriteFile(filepath.Join(dir, "secret.txt"), []byte("no"), 0o644)
	os.WriteFile(filepath.Join(dir, "activity.schema.json"), []byte("{}"), 0o644)
	_, ts := testServer(t, Config{DataDir: dir})
	resp, body := get(t, ts.URL+"/api/data")
	if resp.StatusCode != 200 || !strings.Contains(string(body), `"xc.yaml"`) || strings.Contains(string(body), "secret") ||
		strings.Contains(string(body), "schema") {
		t.Fatalf("%d %s", resp.StatusCode, body)
	}
	if resp, _ := get(t, ts.URL+"/api/data/xc.yaml"); resp.StatusCode != 200 {
		t.Errorf("xc.yaml: %d", resp.StatusCode)
	}
	for _, bad := range []string{"secret.txt", "..%2Fsecret.txt", "nope.yaml"} {
		if resp, _ := get(t, ts.URL+"/api/data/"+bad); resp.StatusCode != 404 {
			t.Errorf("%s: %d", bad, resp.StatusCode)
		}
	}
	resp, body = post(t, ts.URL+"/api/validate", map[string]string{"data_name": "xc.yaml"}, nil)
	if resp.StatusCode != 200 {
		t.Errorf("data_name: %d %.200s", resp.StatusCode, body)
	}
	resp, body = post(t, ts.URL+"/api/validate", map[string]string{"data_name": "../go.mod"}, nil)
	if e := decodeError(t, resp, body); resp.StatusCode != 404 || e.Code != "data_not_found" {
		t.Errorf("data_name ../go.mod: %d %s", resp.StatusCode, body)
	}
}

// docxText is the text of a rendered .docx's body, for assertions.
func docxText(t testing.TB, data []byte) string {
	t.Helper()
	c, err := docxtest.ReadDocx(data, "word/document.xml")
	if err != nil {
		t.Fatalf("rendered .docx does not read back: %v", err)
	}
	text := strings.Join(c.Paras, "\n")
	for _, tb := range c.Tables {
		for _, row := range tb {
			text += "\n" + strings.Join(row, "\t")
		}
	}
	return text
}

func TestRender(t *testing.T) {
	_, ts := testServer(t, Config{})
	data := repoFile(t, "data/xuechuang.yaml")
	tongzhi := must(templates.Read("tongzhi.docx"))
	cases := []struct {
		name     string
		fields   map[string]string
		files    map[string]file
		ctype    string
		wantText string // in the body of a .docx
		wantFile string // prefix of the name in Content-Disposition
	}{
		{"built-in notice", map[string]string{"template": "tongzhi.docx"}, nil, "wordprocessingml", "学习贯彻十八大", "关于在全省开展"},
		{"built-in by kind", map[string]string{"template": "通知", "doc": "tz-ldxz"}, nil, "wordprocessingml", "领导小组", "关于成立"},
		{"built-in plan", map[string]string{"template": "fangan.docx"}, nil, "wordprocessingml", "总体方案", "省委"},
		{"built-in workbook", map[string]string{"template": "责任矩阵"}, nil, "spreadsheetml", "", "责任矩阵.xlsx"},
		{"built-in xlsx template", map[string]string{"template": "fengongbiao.xlsx"}, nil, "spreadsheetml", "", "责任分工表.xlsx"},
		{"built-in supervision (planned by build)", map[string]string{"template": "duban.docx"}, nil, "wordprocessingml", "督办", "关于对"},
		{"built-in minutes", map[string]string{"template": "jiyao.docx"}, nil, "wordprocessingml", "纪要", ""},
		{"uploaded copy of a built-in", nil, map[string]file{"template_file": {"tongzhi.docx", tongzhi}}, "wordprocessingml", "学习贯彻十八大", "关于在全省开展"},
		{"uploaded template on the campaign", nil, map[string]file{"template_file": {"名单.docx", minimalDocx(t, para("{{.Name}}（{{.Year}}年）"))}},
			"wordprocessingml", "主题实践活动（2013年）", "名单.docx"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			files := map[string]file{"data": {"xuechuang.yaml", data}}
			for k, v := range c.files {
				files[k] = v
			}
			resp, body := post(t, ts.URL+"/api/render", c.fields, files)
			if resp.StatusCode != 200 {
				t.Fatalf("%d %.500s", resp.StatusCode, body)
			}
			if !strings.Contains(resp.Header.Get("Content-Type"), c.ctype) {
				t.Errorf("Content-Type %q", resp.Header.Get("Content-Type"))
			}
			if resp.Header.Get("Content-Length") == "" {
				t.Errorf("no Content-Length: the body is not sent whole")
			}
			cd := resp.Header.Get("Content-Disposition")
			_, params, _ := mimeParse(cd)
			if !strings.HasPrefix(params["filename"], c.wantFile) {
				t.Errorf("Content-Disposition %q: file name %q, want prefix %q", cd, params["filename"], c.wantFile)
			}
			if c.wantText != "" && !strings.Contains(docxText(t, body), c.wantText) {
				t.Errorf("document lacks %q", c.wantText)
			}
		})
	}
	// The same request gives the same bytes.
	fields := map[string]string{"template": "tongzhi.docx"}
	_, a := post(t, ts.URL+"/api/render", fields, map[string]file{"data": {"x.yaml", data}})
	_, b := post(t, ts.URL+"/api/render", fields, map[string]file{"data": {"x.yaml", data}})
	if !bytes.Equal(a, b) {
		t.Errorf("two renders differ")
	}
}

func TestBuild(t *testing.T) {
	_, ts := testServer(t, Config{})
	data := repoFile(t, "data/xuechuang.yaml")
	resp, body := post(t, ts.URL+"/api/build", nil, map[string]file{"data": {"xuechuang.yaml", data}})
	if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != "application/zip" {
		t.Fatalf("%d %s %.300s", resp.StatusCode, resp.Header.Get("Content-Type"), body)
	}
	zr, err := zip.NewReader(bytes.NewReader(body), int64(len(body)))
	if err != nil {
		t.Fatal(err)
	}
	if len(zr.File) < 20 {
		t.Fatalf("zip has %d files", len(zr.File))
	}
	var first string
	for _, f := range zr.File {
		if strings.HasSuffix(f.Name, ".docx") && first == "" {
			first = f.Name
		}
	}
	// One document of the set, by its file name.
	resp, one := post(t, ts.URL+"/api/build", map[string]string{"file": first}, map[string]file{"data": {"xuechuang.yaml", data}})
	if resp.StatusCode != 200 {
		t.Fatalf("%d %.300s", resp.StatusCode, one)
	}
	rc, _ := zr.File[0].Open()
	inZip, _ := io.ReadAll(rc)
	if zr.File[0].Name == first && !bytes.Equal(inZip, one) {
		t.Errorf("the document alone differs from the same in the zip")
	}
	if !strings.Contains(docxText(t, one), "学习贯彻十八大") {
		t.Errorf("document text wrong")
	}
	_, again := post(t, ts.URL+"/api/build", nil, map[string]file{"data": {"xuechuang.yaml", data}})
	if !bytes.Equal(body, again) {
		t.Errorf("two builds differ")
	}
}

// TestBadUploads is every class of hostile or wrong upload: each must be
// answered 4xx with a JSON error saying what (code, message) and, where
// there is one, where (problems) — never 500, never a crash.
func TestBadUploads(t *testing.T) {
	s, ts := testServer(t, Config{MaxBody: 4 << 20, MaxOutput: 2 << 20, RenderTimeout: 2 * time.Second})
	data := repoFile(t, "data/xuechuang.yaml")
	bomb := zipOf(t, [2]string{"[Content_Types].xml", "<Types/>"},
		[2]string{"word/document.xml", strings.Repeat(" ", 3<<20)})
	type c struct {
		name   string
		path   string
		fields map[string]string
		files  map[string]file
		status int
		code   string
		where  string // in a problem's where, or the message
	}
	tpl := func(name string, b []byte) map[string]file {
		return map[string]file{"template_file": {name, b}, "data": {"xuechuang.yaml", data}}
	}
	cases := []c{
		{name: "not a zip", path: "/api/render", files: tpl("tongzhi.docx", []byte("这不是 zip")), status: 422, code: "template_invalid", where: "zip"},
		{name: "zip bomb", path: "/api/render", files: tpl("tongzhi.docx", bomb), status: 422, code: "template_too_large", where: "word/document.xml"},
		{name: "path traversal entry", path: "/api/render",
			files:  tpl("tongzhi.docx", zipOf(t, [2]string{"../../etc/cron.d/x", "x"}, [2]string{"word/document.xml", "<a/>"})),
			status: 422, code: "template_unsafe", where: "../../etc/cron.d/x"},
		{name: "absolute entry", path: "/api/render",
			files: tpl("tongzhi.docx", zipOf(t, [2]string{"/etc/passwd", "x"})), status: 422, code: "template_unsafe", where: "/etc/passwd"},
		{name: "zip but not a document", path: "/api/render", files: tpl("x.docx", zipOf(t, [2]string{"a.txt", "x"})),
			status: 422, code: "template_format"},
		{name: "broken XML", path: "/api/render",
			files:  tpl("tongzhi.docx", docxPart(t, `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p>`)),
			status: 422, code: "template_xml", where: "word/document.xml"},
		{name: "mismatched XML", path: "/api/render",
			files:  tpl("tongzhi.docx", docxPart(t, `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body></w:p></w:body></w:document>`)),
			status: 422, code: "template_xml", where: "word/document.xml 第 1 行"},
		{name: "huge range", path: "/api/render", files: tpl("tongzhi.docx", docxWith(t, para("{{range 1000000000}}公文{{end}}"))),
			status: 422, where: "正文"},
		{name: "env function", path: "/api/render", files: tpl("tongzhi.docx", docxWith(t, para(`{{env "HOME"}}`))),
			status: 422, code: "template_invalid", where: "正文"},
		{name: "readFile-like function", path: "/api/render", files: tpl("tongzhi.docx", docxWith(t, para(`{{ readFile "/etc/passwd" }}`))),
			status: 422, code: "template_invalid", where: "正文"},
		{name: "template syntax", path: "/api/render", files: tpl("tongzhi.docx", docxWith(t, para(`{{if .Title}}没有 end`))),
			status: 422, code: "template_invalid", where: "正文"},
		{name: "missing key", path: "/api/render", files: tpl("tongzhi.docx", docxWith(t, para(`{{.Nope}}`))),
			status: 422, code: "template_invalid", where: "正文"},
		{name: "hostile xlsx", path: "/api/render", files: tpl("x.xlsx", zipOf(t, [2]string{"xl/workbook.xml", "<workbook"})),
			status: 422},
		{name: "wrong data", path: "/api/render", fields: map[string]string{"template": "tongzhi.docx"},
			files: map[string]file{"data": {"bad.yaml", []byte("year: [\n")}}, status: 422, code: "data_invalid"},
		{name: "data not YAML at all", path: "/api/build",
			files: map[string]file{"data": {"x.json", []byte{0xff, 0xfe, 0, 0, 1, 2}}}, status: 422, code: "data_invalid"},
		{name: "data of the wrong shape", path: "/api/validate",
			files: map[string]file{"data": {"x.yaml", []byte("- 1\n- 2\n")}}, status: 422, code: "data_invalid"},
		{name: "meeting the data does not hold", path: "/api/render", fields: map[string]string{"kind": "minutes", "doc": "nope"},
			files: tpl("mine.docx", must(templates.Read("jiyao.docx"))), status: 422, code: "doc_not_found"},
		{name: "no data", path: "/api/render", fields: map[string]string{"template": "tongzhi.docx"}, status: 400, code: "no_data"},
		{name: "empty data", path: "/api/validate", files: map[string]file{"data": {"x.yaml", nil}}, status: 400, code: "no_data"},
		{name: "no template", path: "/api/render", files: map[string]file{"data": {"x.yaml", data}}, status: 400, code: "no_template"},
		{name: "two templates", path: "/api/render", fields: map[string]string{"template": "tongzhi.docx"},
			files: tpl("tongzhi.docx", must(templates.Read("tongzhi.docx"))), status: 400, code: "two_templates"},
		{name: "unknown template", path: "/api/render", fields: map[string]string{"template": "../../go.mod"},
			files: map[string]file{"data": {"x.yaml", data}}, status: 404, code: "template_not_found"},
		{name: "unknown kind", path: "/api/render", fields: map[string]string{"template": "tongzhi.docx", "kind": "memo"},
			files: map[string]file{"data": {"x.yaml", data}}, status: 400, code: "bad_kind"},
		{name: "unknown document", path: "/api/render", fields: map[string]string{"template": "tongzhi.docx", "doc": "nope"},
			files: map[string]file{"data": {"x.yaml", data}}, status: 422, code: "doc_not_found"},
		{name: "unknown file of the build", path: "/api/build", fields: map[string]string{"file": "../x.docx"},
			files: map[string]file{"data": {"x.yaml", data}}, status: 404, code: "doc_not_found"},
		{name: "bad date", path: "/api/validate", fields: map[string]string{"date": "2013-13-45"},
			files: map[string]file{"data": {"x.yaml", data}}, status: 400, code: "bad_date"},
		{name: "bad format", path: "/api/render", fields: map[string]string{"template": "tongzhi.docx", "format": "exe"},
			files: map[string]file{"data": {"x.yaml", data}}, status: 400, code: "bad_format"},
		{name: "too large", path: "/api/validate", files: map[string]file{"data": {"x.yaml", bytes.Repeat([]byte("#"), 5<<20)}},
			status: 413, code: "too_large"},
		{name: "unknown route", path: "/api/nothing", status: 404, code: "not_found"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			resp, body := post(t, ts.URL+c.path, c.fields, c.files)
			e := decodeError(t, resp, body)
			if resp.StatusCode != c.status || (c.code != "" && e.Code != c.code) {
				t.Fatalf("got %d %s, want %d %s: %s", resp.StatusCode, e.Code, c.status, c.code, body)
			}
			if c.where != "" {
				all := e.Message
				for _, p := range e.Problems {
					all += "|" + p.Where + "|" + p.Msg
				}
				if !strings.Contains(all, c.where) {
					t.Errorf("the answer does not say where (%q): %s", c.where, body)
				}
			}
		})
	}
	if n := s.metrics.panics.Load(); n != 0 {
		t.Errorf("%d panics", n)
	}
	// Slots are all given back, abandoned renders included.
	deadline := time.Now().Add(10 * time.Second)
	for s.metrics.rendersRunning.Load() != 0 && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
	}
	if n := s.metrics.rendersRunning.Load(); n != 0 {
		t.Errorf("%d render slots still held", n)
	}
}

func TestBusyAnswers429Or503(t *testing.T) {
	s, ts := testServer(t, Config{MaxRenders: 1, MaxQueue: 1, QueueWait: 100 * time.Millisecond})
	data := repoFile(t, "data/xuechuang.yaml")
	held, err := s.renders.acquire(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	// The only slot is taken: a request waits its bounded time, then 503.
	resp, body := post(t, ts.URL+"/api/validate", nil, map[string]file{"data": {"x.yaml", data}})
	if e := decodeError(t, resp, body); resp.StatusCode != 503 || e.Code != "busy" || resp.Header.Get("Retry-After") == "" {
		t.Fatalf("%d %v %s", resp.StatusCode, resp.Header, body)
	}
	// The queue is full too: answered at once with 429.
	waiting := make(chan struct{})
	go func() {
		defer close(waiting)
		s.renders.acquire(context.Background())
	}()
	for s.metrics.queued.Load() == 0 {
		time.Sleep(time.Millisecond)
	}
	resp, body = post(t, ts.URL+"/api/validate", nil, map[string]file{"data": {"x.yaml", data}})
	if e := decodeError(t, resp, body); resp.StatusCode != 429 || e.Code != "busy" || resp.Header.Get("Retry-After") != "1" {
		t.Fatalf("%d %v %s", resp.StatusCode, resp.Header, body)
	}
	<-waiting
	held.done()
	resp, body = post(t, ts.URL+"/api/validate", nil, map[string]file{"data": {"x.yaml", data}})
	if resp.StatusCode != 200 {
		t.Fatalf("after release: %d %.200s", resp.StatusCode, body)
	}
}

func TestToken(t *testing.T) {
	_, ts := testServer(t, Config{Token: "s3cret"})
	for _, c := range []struct {
		path, auth string
		want       int
	}{
		{"/api/templates", "", 401},
		{"/api/templates", "Bearer wrong", 401},
		{"/api/templates", "Bearer s3cret", 200},
		{"/metrics", "", 401},
		{"/metrics", "Bearer s3cret", 200},
		{"/healthz", "", 200},
		{"/", "", 200},
		{"/static/app.js", "", 200},
	} {
		req, _ := http.NewRequest("GET", ts.URL+c.path, nil)
		if c.auth != "" {
			req.Header.Set("Authorization", c.auth)
		}
		resp, body := do(t, req)
		if resp.StatusCode != c.want {
			t.Errorf("%s with %q: %d, want %d", c.path, c.auth, resp.StatusCode, c.want)
		}
		if c.want == 401 {
			decodeError(t, resp, body)
		}
	}
}

func TestPanicIsRecovered(t *testing.T) {
	s, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	s.mux.HandleFunc("GET /api/boom", func(http.ResponseWriter, *http.Request) { panic("bug") })
	ts := newHTTPTest(t, s)
	resp, body := get(t, ts+"/api/boom")
	if e := decodeError(t, resp, body); resp.StatusCode != 500 || e.Code != "internal" {
		t.Fatalf("%d %s", resp.StatusCode, body)
	}
	if resp, _ := get(t, ts+"/healthz"); resp.StatusCode != 200 {
		t.Fatalf("server down after a panic")
	}
	if s.metrics.panics.Load() != 1 {
		t.Errorf("panic not counted")
	}
	// A panic on a render goroutine is a bug too: 500, counted, the
	// process still up.
	_, err = s.runJob(context.Background(), build.Job{Ext: ".docx", Render: func(context.Context, io.Writer) error { panic("render bug") }})
	if e := templateError("x", err); e.Status != 500 || e.Code != "internal" {
		t.Errorf("render panic answered %d %s", e.Status, e.Code)
	}
	if s.metrics.panics.Load() != 2 {
		t.Errorf("render panic not counted")
	}
}

func TestMetrics(t *testing.T) {
	_, ts := testServer(t, Config{})
	data := repoFile(t, "data/xuechuang.yaml")
	post(t, ts.URL+"/api/render", map[string]string{"template": "tongzhi.docx"}, map[string]file{"data": {"x.yaml", data}})
	post(t, ts.URL+"/api/render", map[string]string{"template": "nope"}, map[string]file{"data": {"x.yaml", data}})
	resp, body := get(t, ts.URL+"/metrics")
	if resp.StatusCode != 200 || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/plain; version=0.0.4") {
		t.Fatalf("%d %s", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	text := string(body)
	for _, want := range []string{
		`gongwen_http_requests_total{route="POST /api/render",code="200"} 1`,
		`gongwen_http_requests_total{route="POST /api/render",code="404"} 1`,
		`gongwen_http_request_duration_seconds_bucket{route="POST /api/render",le="+Inf"} 2`,
		`gongwen_http_request_duration_seconds_count{route="POST /api/render"} 2`,
		`gongwen_renders_total{format="docx",result="ok"} 1`,
		`gongwen_errors_total{code="template_not_found"} 1`,
		"gongwen_http_in_flight 1",   // this scrape
		"gongwen_renders_in_flight ", // its slot is given back just after the answer: 0 or 1 here
		"gongwen_render_queue 0",
		"# TYPE gongwen_http_request_duration_seconds histogram",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("metrics lack %q", want)
		}
	}
	// Every sample line is name{labels} value, as Prometheus parses it.
	sample := regexp.MustCompile(`^[a-z_]+(\{[a-z_]+="[^"]*"(,[a-z_]+="[^"]*")*\})? [0-9.e+-]+$`)
	for _, line := range strings.Split(strings.TrimSpace(text), "\n") {
		if !strings.HasPrefix(line, "# ") && !sample.MatchString(line) {
			t.Errorf("bad sample line %q", line)
		}
	}
}

func TestIsLoopback(t *testing.T) {
	for addr, want := range map[string]bool{
		"127.0.0.1:8080": true, "localhost:80": true, "[::1]:8080": true, "127.0.0.2:1": true,
		":8080": false, "0.0.0.0:8080": false, "[::]:8080": false, "192.168.1.2:8080": false, "example.com:80": false, "bad": false,
	} {
		if got := IsLoopback(addr); got != want {
			t.Errorf("IsLoopback(%q) = %v", addr, got)
		}
	}
}

func TestDisposition(t *testing.T) {
	for name, want := range map[string]string{
		"report.docx":  `attachment; filename="report.docx"; filename*=UTF-8''report.docx`,
		"通知.docx":      `attachment; filename="gongwen.docx"; filename*=UTF-8''%E9%80%9A%E7%9F%A5.docx`,
		`a"b;c.docx`:   `attachment; filename="a_b_c.docx"; filename*=UTF-8''a%22b%3Bc.docx`,
		"2013年总结.docx": `attachment; filename="2013___.docx"; filename*=UTF-8''2013%E5%B9%B4%E6%80%BB%E7%BB%93.docx`,
	} {
		if got := Disposition(name); got != want {
			t.Errorf("Disposition(%q) =\n %s\nwant\n %s", name, got, want)
		}
		// Go's own parser reads the UTF-8 name back.
		if _, params, err := mimeParse(Disposition(name)); err != nil || params["filename"] != name {
			t.Errorf("Disposition(%q) reads back as %q (%v)", name, params["filename"], err)
		}
	}
}

// TestConcurrentRenders renders different documents of one campaign file
// at once (run it with -race): the loaded campaign is shared between the
// requests and must only be read.
func TestConcurrentRenders(t *testing.T) {
	s, ts := testServer(t, Config{})
	data := repoFile(t, "data/xuechuang.yaml")
	want := map[string][]byte{}
	templatesUsed := []string{"tongzhi.docx", "fangan.docx", "zongjie.docx", "jianbao.docx", "责任矩阵", "周工作清单"}
	for _, tpl := range templatesUsed {
		_, want[tpl] = post(t, ts.URL+"/api/render", map[string]string{"template": tpl}, map[string]file{"data": {"x.yaml", data}})
	}
	// Single documents of the build, from the one kept plan.
	_, body := post(t, ts.URL+"/api/validate", nil, map[string]file{"data": {"x.yaml", data}})
	var a validateAnswer
	json.Unmarshal(body, &a)
	for _, d := range a.Documents[:6] {
		_, want["file:"+d.File] = post(t, ts.URL+"/api/build", map[string]string{"file": d.File}, map[string]file{"data": {"x.yaml", data}})
		templatesUsed = append(templatesUsed, "file:"+d.File)
	}
	errs := make(chan string, 64)
	done := make(chan struct{})
	for g := range 8 {
		go func() {
			defer func() { done <- struct{}{} }()
			for i := range 3 {
				tpl := templatesUsed[(g*3+i)%len(templatesUsed)]
				path, fields := "/api/render", map[string]string{"template": tpl}
				if f, ok := strings.CutPrefix(tpl, "file:"); ok {
					path, fields = "/api/build", map[string]string{"file": f}
				}
				resp, body := post(t, ts.URL+path, fields, map[string]file{"data": {"x.yaml", data}})
				if resp.StatusCode != 200 || !bytes.Equal(body, want[tpl]) {
					errs <- tpl
				}
			}
		}()
	}
	for range 8 {
		<-done
	}
	close(errs)
	for tpl := range errs {
		t.Errorf("%s: a concurrent render differs from the lone one", tpl)
	}
	if len(s.loads) != 1 || len(s.plans) != 1 {
		t.Errorf("%d campaigns and %d plans kept for one file", len(s.loads), len(s.plans))
	}
}

// TestPDFAndPreview converts with the real LibreOffice and pdftoppm
// (skipped where they are missing, failing under CI=true).
func TestPDFAndPreview(t *testing.T) {
	clients.RequireLibreOffice(t)
	s, ts := testServer(t, Config{RenderTimeout: 30 * time.Second})
	if !s.convert.preview() {
		t.Fatal("LibreOffice is there but the server found no soffice/pdftoppm")
	}
	data := repoFile(t, "data/xuechuang.yaml")
	resp, pdf := post(t, ts.URL+"/api/render?format=pdf", map[string]string{"template": "tongzhi.docx"}, map[string]file{"data": {"x.yaml", data}})
	if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != "application/pdf" || !bytes.HasPrefix(pdf, []byte("%PDF")) {
		t.Fatalf("pdf: %d %s %.200s", resp.StatusCode, resp.Header.Get("Content-Type"), pdf)
	}
	path := filepath.Join(t.TempDir(), "n.pdf")
	os.WriteFile(path, pdf, 0o644)
	if text, _ := clients.PDFText(t, path); !strings.Contains(clients.Squash(text), "学习贯彻十八大") {
		t.Errorf("the PDF lacks the campaign's name")
	}
	_, body := post(t, ts.URL+"/api/validate", nil, map[string]file{"data": {"x.yaml", data}})
	var a validateAnswer
	json.Unmarshal(body, &a)
	resp, png := post(t, ts.URL+"/api/preview", map[string]string{"file": a.Documents[0].File}, map[string]file{"data": {"x.yaml", data}})
	if resp.StatusCode != 200 || !bytes.HasPrefix(png, []byte("\x89PNG")) {
		t.Fatalf("preview: %d %.200s", resp.StatusCode, png)
	}
}

// TestCustomTemplatesReplaceBuiltins puts a customised tongzhi.docx into
// --templates: the gallery says so, and builds and renders use it.
func TestCustomTemplatesReplaceBuiltins(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "tongzhi.docx"), docxWith(t, para("本单位格式：{{.Title}}")), 0o644)
	_, ts := testServer(t, Config{TemplatesDir: dir})
	data := repoFile(t, "data/xuechuang.yaml")
	resp, body := post(t, ts.URL+"/api/render", map[string]string{"template": "tongzhi.docx"}, map[string]file{"data": {"x.yaml", data}})
	if resp.StatusCode != 200 || !strings.Contains(docxText(t, body), "本单位格式：关于在全省开展") {
		t.Fatalf("render with the custom notice: %d %.300s", resp.StatusCode, body)
	}
	_, body = post(t, ts.URL+"/api/validate", nil, map[string]file{"data": {"x.yaml", data}})
	var a validateAnswer
	json.Unmarshal(body, &a)
	resp, body = post(t, ts.URL+"/api/build", map[string]string{"file": a.Documents[0].File}, map[string]file{"data": {"x.yaml", data}})
	if resp.StatusCode != 200 || !strings.Contains(docxText(t, body), "本单位格式：") {
		t.Fatalf("build with the custom notice: %d %.300s", resp.StatusCode, body)
	}
	_, body = get(t, ts.URL+"/api/templates")
	if !strings.Contains(string(body), `"source": "custom"`) || !strings.Contains(string(body), "本单位修改版") {
		t.Errorf("the gallery does not show the custom notice: %.500s", body)
	}
}

func TestInfo(t *testing.T) {
	s, ts := testServer(t, Config{Token: "t"})
	req, _ := http.NewRequest("GET", ts.URL+"/api/info", nil)
	req.Header.Set("Authorization", "Bearer t")
	resp, body := do(t, req)
	var info struct {
		PDF, Preview, Auth bool
		Kinds              []map[string]string
	}
	if err := json.Unmarshal(body, &info); err != nil || resp.StatusCode != 200 {
		t.Fatalf("%d %s", resp.StatusCode, body)
	}
	if !info.Auth || info.PDF != s.convert.pdf() || info.Preview != s.convert.preview() || len(info.Kinds) != len(docdata.Kinds()) {
		t.Errorf("info: %s", body)
	}
}

// TestUploadsOfEveryKind renders an uploaded copy of each kind's built-in
// template: every kind of the registry plans its own data, so the meeting
// and supervision kinds take uploads as the others do.
func TestUploadsOfEveryKind(t *testing.T) {
	_, ts := testServer(t, Config{})
	data := repoFile(t, "data/xuechuang.yaml")
	for _, k := range docdata.Kinds() {
		t.Run(k.Name, func(t *testing.T) {
			files := map[string]file{"template_file": {"mine.docx", must(templates.Read(k.Template))}, "data": {"xuechuang.yaml", data}}
			resp, body := post(t, ts.URL+"/api/render", map[string]string{"kind": k.Name}, files)
			if resp.StatusCode != 200 || !bytes.HasPrefix(body, []byte("PK")) {
				t.Fatalf("got %d: %.300s", resp.StatusCode, body)
			}
		})
	}
}
