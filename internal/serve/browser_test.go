package serve

import (
	"archive/zip"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"gongwen/internal/clients"
)

// RequireChromium returns the path of Debian's chromium. Where it is
// missing the test is skipped with the reason, except under CI=true: CI
// installs it (apt package chromium), so there a missing browser fails.
func RequireChromium(t testing.TB) string {
	t.Helper()
	for _, name := range []string{"/usr/bin/chromium", "chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("chromium is missing, and CI must run the browser test (.ci/run installs the apt package chromium)")
	}
	t.Skip("skipped: chromium is not installed here (CI installs the apt package chromium)")
	return ""
}

// page drives one headless chromium tab against a test server and
// collects the files it downloads and the script errors it meets.
type page struct {
	t        *testing.T
	ctx      context.Context
	dir      string
	mu       sync.Mutex
	names    map[string]string // download GUID → suggested file name
	done     chan string       // GUIDs of completed downloads
	problems []string          // uncaught exceptions in the page
}

func newPage(t *testing.T, chromium string) *page {
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromium),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.NoFirstRun,
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1366, 768), // the office screen the page must fit
	)
	ctx, cancel := context.WithTimeout(context.Background(), 6*time.Minute)
	t.Cleanup(cancel)
	actx, cancelA := chromedp.NewExecAllocator(ctx, opts...)
	t.Cleanup(cancelA)
	bctx, cancelB := chromedp.NewContext(actx)
	t.Cleanup(cancelB)
	p := &page{t: t, ctx: bctx, dir: t.TempDir(), names: map[string]string{}, done: make(chan string, 8)}
	// Listen runs in the tab's message loop: it only records.
	err := chromedp.Listen(bctx, func(ev any) {
		switch e := ev.(type) {
		case *browser.EventDownloadWillBegin:
			p.mu.Lock()
			p.names[e.GUID] = e.SuggestedFilename
			p.mu.Unlock()
		case *browser.EventDownloadProgress:
			if e.State == browser.DownloadProgressStateCompleted {
				p.done <- e.GUID
			}
		case *runtime.EventExceptionThrown:
			p.mu.Lock()
			msg := e.ExceptionDetails.Text
			if ex := e.ExceptionDetails.Exception; ex != nil {
				msg += " " + ex.Description
			}
			p.problems = append(p.problems, msg)
			p.mu.Unlock()
		}
	})
	if err != nil {
		t.Fatalf("browser: %v", err)
	}
	events := true
	if _, err := chromedp.Call(bctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
		Behavior: browser.SetDownloadBehaviorBehaviorAllowAndName, DownloadPath: p.dir, EventsEnabled: &events}); err != nil {
		t.Fatalf("browser: %v", err)
	}
	return p
}

func (p *page) run(steps ...chromedp.Action[chromedp.Void]) {
	p.t.Helper()
	if err := chromedp.Do(p.ctx, steps...); err != nil {
		p.t.Fatalf("browser: %v", err)
	}
}

// value runs an action that answers something.
func value[T any](p *page, a chromedp.Action[T]) T {
	p.t.Helper()
	v, err := chromedp.Run(p.ctx, a)
	if err != nil {
		p.t.Fatalf("browser: %v", err)
	}
	return v
}

// screenshot saves the viewport as name.png in $GONGWEN_SCREENSHOTS, when
// set, for a person to look at the page.
func (p *page) screenshot(name string) {
	dir := os.Getenv("GONGWEN_SCREENSHOTS")
	if dir == "" {
		return
	}
	png := value(p, chromedp.CaptureScreenshot())
	if err := os.WriteFile(filepath.Join(dir, name+".png"), png, 0o644); err != nil {
		p.t.Error(err)
	}
}

// download clicks sel and returns the downloaded file, saved under its
// suggested name, and that name.
func (p *page) download(sel string) (string, string) {
	p.t.Helper()
	return p.downloadBy(chromedp.Click(chromedp.CSS(sel)))
}

// downloadBy runs the action that starts a download and returns the file.
func (p *page) downloadBy(start chromedp.Action[chromedp.Void]) (string, string) {
	p.t.Helper()
	p.run(start)
	select {
	case guid := <-p.done:
		p.mu.Lock()
		name := p.names[guid]
		p.mu.Unlock()
		path := filepath.Join(p.dir, name)
		if err := os.Rename(filepath.Join(p.dir, guid), path); err != nil {
			p.t.Fatal(err)
		}
		return path, name
	case <-p.ctx.Done():
		p.t.Fatalf("no download")
	}
	return "", ""
}

// TestBrowser loads the page in chromium, uploads the default data, builds
// the whole set, downloads one document and opens it with python-docx;
// then uploads a broken file and finds its problem shown at its line.
func TestBrowser(t *testing.T) {
	chromium := RequireChromium(t)
	clients.RequirePython(t, "docx")
	_, ts := testServer(t, Config{DataDir: filepath.Join("..", "..", "data"), RenderTimeout: 30 * time.Second})
	p := newPage(t, chromium)
	dataPath, err := filepath.Abs(filepath.Join("..", "..", "data", "xuechuang.yaml"))
	if err != nil {
		t.Fatal(err)
	}

	p.run(
		chromedp.Navigate(ts.URL+"/"),
		chromedp.WaitReady(chromedp.CSS("#data-file")),
		chromedp.WaitReady(chromedp.CSS("#templates tbody tr")), // the gallery loaded
		chromedp.SetUploadFiles(chromedp.CSS("#data-file"), []string{dataPath}),
		chromedp.WaitVisible(chromedp.CSS("#docs tr[data-file]")), // an upload opens the documents
	)
	status := value(p, chromedp.Text(chromedp.CSS("#status")))
	// At 1366×768 the build button is on screen without scrolling.
	fits := value(p, chromedp.Evaluate[bool](`(() => { const r = document.querySelector('#build-all').getBoundingClientRect();
		return r.bottom <= innerHeight && r.right <= innerWidth && document.documentElement.scrollWidth <= innerWidth; })()`))
	if !strings.Contains(status, "数据无误") {
		t.Fatalf("status after upload: %q", status)
	}
	if !fits {
		t.Errorf("the page does not fit 1366×768: the build button is off screen or the page scrolls sideways")
	}

	p.screenshot("loaded")
	zipPath, zipName := p.download("#build-all")
	zr, err := zip.OpenReader(zipPath)
	if err != nil {
		t.Fatalf("downloaded %s is not a zip: %v", zipName, err)
	}
	defer zr.Close()
	if len(zr.File) < 20 || !strings.HasSuffix(zipName, ".zip") {
		t.Fatalf("zip %s has %d files", zipName, len(zr.File))
	}

	docPath, docName := p.download("#docs tr[data-file] button.dl")
	if !strings.HasSuffix(docName, ".docx") || !strings.Contains(docName, "通知") {
		t.Errorf("downloaded file name %q: the Chinese name did not survive", docName)
	}
	d := clients.ReadDocx(t, docPath)
	if !strings.Contains(strings.Join(d.Paragraphs, "\n"), "学习贯彻十八大") {
		t.Errorf("python-docx reads no campaign text in %s: %q", docName, d.Paragraphs)
	}

	// The gallery: download the built-in notice template, upload it back
	// as a customised one, and get a notice made from it.
	p.run(chromedp.Click(chromedp.CSS("#tab-tpl")), chromedp.WaitVisible(chromedp.CSS("#templates tbody tr")))
	tplPath, tplName := p.downloadBy(chromedp.Evaluate[chromedp.Void](`[...document.querySelectorAll('#templates tr')]
		.find((tr) => tr.children[1].firstChild.textContent === 'tongzhi.docx').querySelector('button').click()`))
	if tplName != "tongzhi.docx" {
		t.Fatalf("template downloaded as %q", tplName)
	}
	p.run(chromedp.SetUploadFiles(chromedp.CSS("#tpl-file"), []string{tplPath}),
		chromedp.WaitEnabled(chromedp.CSS("#tpl-render")))
	if kind := value(p, chromedp.Value(chromedp.CSS("#tpl-kind"))); kind != "notice" {
		t.Errorf("the kind of an uploaded tongzhi.docx is %q, want notice", kind)
	}
	custom, customName := p.download("#tpl-render")
	if !strings.HasSuffix(customName, ".docx") {
		t.Errorf("rendered with the uploaded template: %q", customName)
	}
	if d := clients.ReadDocx(t, custom); !strings.Contains(strings.Join(d.Paragraphs, "\n"), "学习贯彻十八大") {
		t.Errorf("python-docx reads no campaign text in the document from the uploaded template")
	}

	// A broken file: its problem stands under the offending line, with
	// line and column, and the offending text is marked.
	src, _ := os.ReadFile(dataPath)
	bad := filepath.Join(t.TempDir(), "bad.yaml")
	os.WriteFile(bad, []byte(strings.Replace(string(src), "year: 2013", "year: abc", 1)), 0o644)
	p.run(
		chromedp.SetUploadFiles(chromedp.CSS("#data-file"), []string{bad}),
		chromedp.WaitVisible(chromedp.CSS("#source li.bad .msg")),
	)
	msg := value(p, chromedp.Text(chromedp.CSS("#source li.bad .msg")))
	marked := value(p, chromedp.Text(chromedp.CSS("#source li.bad mark")))
	status = value(p, chromedp.Text(chromedp.CSS("#status")))
	p.screenshot("problems")
	if !strings.Contains(msg, ":7: ") || marked != "abc" || !strings.Contains(status, "错误") {
		t.Errorf("problem shown as %q, marked %q, status %q", msg, marked, status)
	}
	// Choosing the file from the server's --data folder works as well,
	// and opens the work view.
	p.run(
		chromedp.Evaluate[chromedp.Void](`(() => { const s = document.querySelector('#data-select');
			s.value = 'xuechuang.yaml'; s.dispatchEvent(new Event('change')); })()`),
		chromedp.WaitVisible(chromedp.CSS("#tasks tbody tr")),
	)
	if status := value(p, chromedp.Text(chromedp.CSS("#status"))); !strings.Contains(status, "数据无误") {
		t.Errorf("status after choosing the server's file: %q", status)
	}
	if len(p.problems) > 0 {
		t.Errorf("script errors in the page: %v", p.problems)
	}
}
