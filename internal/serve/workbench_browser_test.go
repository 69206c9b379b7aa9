package serve

import (
	"archive/zip"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"gongwen/internal/clients"
	"gongwen/internal/load"
	"gongwen/internal/xlsx"
)

// waitFor waits until the JavaScript expression is true in the page (the
// page's own requests have come back), failing with what is on screen.
func (p *page) waitFor(expr string) {
	p.t.Helper()
	p.waitWithin(expr, 90*time.Second)
}

// waitWithin is waitFor for the slow steps: LibreOffice on a loaded CI
// machine takes minutes, not seconds.
func (p *page) waitWithin(expr string, d time.Duration) {
	p.t.Helper()
	// Polled from here rather than with chromedp.Poll, which runs in an
	// isolated world that cannot see the page script's state.
	deadline := time.Now().Add(d)
	for {
		ok, err := chromedp.Run(p.ctx, chromedp.Evaluate[bool]("!!("+expr+")"))
		if err == nil && ok {
			return
		}
		if time.Now().After(deadline) || p.ctx.Err() != nil {
			status, _ := chromedp.Run(p.ctx, chromedp.Text(chromedp.CSS("#status")))
			edit, _ := chromedp.Run(p.ctx, chromedp.Evaluate[string](`[...document.querySelectorAll('tr.edit-row, #toast')].map((e) => e.innerText).join(' | ')`))
			p.screenshot("failure")
			status += " " + edit
			p.mu.Lock()
			defer p.mu.Unlock()
			p.t.Fatalf("waiting for %s: %v (status: %q; script errors: %v)", expr, err, status, p.problems)
		}
		chromedp.Run(p.ctx, chromedp.Sleep(100*time.Millisecond))
	}
}

func (p *page) js(expr string) {
	p.t.Helper()
	p.run(chromedp.Evaluate[chromedp.Void](expr))
}

// jsValue evaluates an expression and returns its value.
func jsValue[T any](p *page, expr string) T {
	p.t.Helper()
	return value(p, chromedp.Evaluate[T](expr))
}

// openLedger opens the page, chooses the server's data file and the date.
func (p *page) openLedger(url, name, date string) {
	p.t.Helper()
	p.run(chromedp.Navigate(url+"/"), chromedp.WaitVisible(chromedp.CSS("#data-select")))
	p.waitFor(fmt.Sprintf(`[...document.querySelectorAll('#data-select option')].some((o) => o.value === %q)`, name))
	p.js(fmt.Sprintf(`(() => { const d = document.querySelector('#date'); d.value = %q;
		const s = document.querySelector('#data-select'); s.value = %q; s.dispatchEvent(new Event('change')); })()`, date, name))
	p.waitFor(`!!(work && document.querySelector('#tasks tbody tr td'))`)
}

// markDone edits a task on the page as a clerk does: 修改, the status,
// the date, the note, 保存 — and waits for the work view to show it.
func (p *page) markDone(id, date, note string) {
	p.t.Helper()
	p.js(`document.querySelector('#task-` + id + ` button.edit').click()`)
	p.waitFor(`document.querySelector('tr.edit-row select')`)
	p.js(fmt.Sprintf(`(() => { const r = document.querySelector('tr.edit-row');
		const st = r.querySelector('select'); st.value = '已完成'; st.dispatchEvent(new Event('change'));
		r.querySelector('input[name=done_on]').value = %q; r.querySelector('input[name=notes]').value = %q; })()`, date, note))
	p.js(`document.querySelector('tr.edit-row button.save').click()`)
	p.waitFor(fmt.Sprintf(`work.tasks.some((t) => t.id === %q && t.status === '已完成' && t.done_on === %q) && !document.querySelector('tr.edit-row')`, id, date))
}

// layoutProblems lists what looks unfinished at the current size: a page
// that scrolls sideways, a visible box with nothing in it, English from
// the browser's own controls.
const layoutProblems = `(() => {
	const out = [];
	if (document.documentElement.scrollWidth > innerWidth) out.push('页面横向滚动');
	if (document.documentElement.scrollHeight > innerHeight + 1) out.push('页面整体纵向滚动');
	for (const e of document.querySelectorAll('.card, .empty, section.pane:not([hidden]) .scroll, figure')) {
		const r = e.getBoundingClientRect();
		if (r.width > 0 && r.height > 40 && !e.innerText.trim() && !e.querySelector('img')) out.push('空白区域 ' + (e.id || e.className));
	}
	for (const i of document.querySelectorAll('input[type=file]')) {
		if (getComputedStyle(i).opacity !== '0') out.push('原生文件选择框可见 ' + i.id);
	}
	if (document.querySelector('input[type=date]')) out.push('浏览器日期框（mm/dd/yyyy）');
	const text = document.body.innerText;
	for (const w of ['Choose File', 'No file chosen', 'mm/dd/yyyy', 'undefined', 'null', 'NaN']) if (text.includes(w)) out.push('页面上有 ' + w);
	return out;
})()`

// TestWorkbenchClerk is the check of issue 16, in Chromium, as a clerk:
// mark three tasks done with dates and notes, import a returned weekly
// list, see the overdue count shrink, download the 督办通知 for one unit,
// build the zip — while a second browser edits another task — then the
// data file on disk has exactly those changes, its comments intact.
func TestWorkbenchClerk(t *testing.T) {
	chromium := RequireChromium(t)
	clients.RequirePython(t, "docx")
	dir, path := seedFolder(t)
	orig, _ := os.ReadFile(path)
	_, ts := testServer(t, Config{DataDir: dir, RenderTimeout: 30 * time.Second})
	p := newPage(t, chromium)
	other := newPage(t, chromium) // the colleague's browser
	p.openLedger(ts.URL, "xuechuang.yaml", "2013-09-16")
	p.js(`(() => { const w = document.querySelector('#who'); w.value = '王晓兰'; w.dispatchEvent(new Event('change')); })()`)
	other.openLedger(ts.URL, "xuechuang.yaml", "2013-09-16")

	if probs := jsValue[[]string](p, layoutProblems); len(probs) > 0 {
		t.Errorf("1366×768 work view: %v", probs)
	}
	if inUse := value(p, chromedp.Text(chromedp.CSS("#in-use"))); !strings.Contains(inUse, "xuechuang.yaml") || !strings.Contains(inUse, "可在网页上修改") {
		t.Errorf("the page does not say which data is in use: %q", inUse)
	}
	p.screenshot("workbench-1366x768")
	overdue := jsValue[int](p, `work.totals.overdue`)
	// Three unfinished tasks, the overdue ones first; a fourth for the colleague.
	ids := jsValue[[]string](p, `[...work.tasks.filter((t) => t.overdue), ...work.tasks.filter((t) => !t.overdue)]
		.filter((t) => t.status === '未启动' || t.status === '推进中').map((t) => t.id)`)
	wasOverdue := jsValue[int](p, fmt.Sprintf(`work.tasks.filter((t) => t.overdue && %q.split(' ').includes(t.id)).length`, strings.Join(ids[:3], " ")))
	if len(ids) < 5 || wasOverdue == 0 {
		t.Fatalf("seed data: unfinished %v, overdue among the first three %d", ids, wasOverdue)
	}
	for i, id := range ids[:3] {
		p.markDone(id, fmt.Sprintf("2013-09-1%d", i+1), "已办结（第"+fmt.Sprint(i+1)+"项）")
	}
	p.screenshot("workbench-after-edits")
	// The colleague, who loaded the page before these saves, notes another
	// task: merged, not lost, and nothing of ours lost either.
	colleague := ids[3]
	other.run(chromedp.Click(chromedp.CSS(`#task-`+colleague+` button.edit`)), chromedp.WaitVisible(chromedp.CSS(`tr.edit-row input[name=notes]`)))
	other.js(`document.querySelector('tr.edit-row input[name=notes]').value = '同事补充的进展'`)
	other.js(`document.querySelector('tr.edit-row button.save').click()`)
	other.waitFor(fmt.Sprintf(`work.tasks.some((t) => t.id === %q && t.notes === '同事补充的进展')`, colleague))
	if n := jsValue[int](other, `work.tasks.filter((t) => t.notes && t.notes.startsWith('已办结')).length`); n != 3 {
		t.Errorf("the colleague's page shows %d of our three notes after saving", n)
	}
	// A returned weekly list, dropped on the page: a preview, then written.
	now, _ := os.ReadFile(path)
	c, _, err := load.Bytes(path, now)
	if err != nil {
		t.Fatal(err)
	}
	var wb bytes.Buffer
	if err := xlsx.Build(xlsx.Weekly, c, time.Date(2013, 9, 16, 0, 0, 0, 0, time.UTC), &wb); err != nil {
		t.Fatal(err)
	}
	ups, err := xlsx.ReadReturned("w.xlsx", wb.Bytes(), c.Year)
	if err != nil {
		t.Fatal(err)
	}
	row, imported := "", ""
	for _, u := range ups {
		if tk := c.TaskByID(u.TaskID); tk != nil && !tk.Status.Finished() && u.TaskID != colleague {
			row, imported = strings.TrimPrefix(u.StatusCell, "周工作清单!G"), u.TaskID
			break
		}
	}
	if row == "" {
		t.Fatal("no unfinished task on the weekly list of week 38")
	}
	edited, err := xlsx.SetCells(wb.Bytes(), map[string]any{"周工作清单!G" + row: "已完成",
		"周工作清单!H" + row: time.Date(2013, 9, 13, 0, 0, 0, 0, time.UTC), "周工作清单!I" + row: "单位交回：已完成"})
	if err != nil {
		t.Fatal(err)
	}
	book := filepath.Join(t.TempDir(), "第38周工作清单-交回.xlsx")
	os.WriteFile(book, edited, 0o644)
	p.run(chromedp.SetUploadFiles(chromedp.CSS("#import-file"), []string{book}))
	p.waitFor(`[...document.querySelectorAll('#import-preview button')].some((b) => b.textContent === '确认写入')`)
	if b, _ := os.ReadFile(path); !bytes.Equal(b, now) {
		t.Fatal("the preview wrote the data file")
	}
	p.screenshot("workbench-import-preview")
	p.js(`[...document.querySelectorAll('#import-preview button')].find((b) => b.textContent === '确认写入').click()`)
	p.waitFor(fmt.Sprintf(`work.tasks.some((t) => t.id === %q && t.status === '已完成')`, imported))
	if after := jsValue[int](p, `work.totals.overdue`); after > overdue-wasOverdue {
		t.Errorf("overdue %d before, %d after marking %d overdue tasks done", overdue, after, wasOverdue)
	}

	// The history: five saves, newest first, with who made them.
	p.run(chromedp.Click(chromedp.CSS("#tab-history")))
	p.waitFor(`document.querySelectorAll('#history tbody tr').length >= 5`)
	if probs := jsValue[[]string](p, layoutProblems); len(probs) > 0 {
		t.Errorf("1366×768 history: %v", probs)
	}
	p.screenshot("history-1366x768")
	p.run(chromedp.Click(chromedp.CSS("#tab-work")))
	// The 督办通知 of one unit, from the overdue list.
	noticePath, noticeName := p.download("#letters button.notice")
	if !strings.HasSuffix(noticeName, ".docx") || !strings.Contains(noticeName, "督办") {
		t.Errorf("督办通知 downloaded as %q", noticeName)
	}
	if d := clients.ReadDocx(t, noticePath); !strings.Contains(strings.Join(d.Paragraphs, "\n"), "督办") {
		t.Errorf("python-docx reads no 督办 text in %s", noticeName)
	}
	// The whole set.
	p.run(chromedp.Click(chromedp.CSS("#tab-docs")), chromedp.WaitVisible(chromedp.CSS("#build-all")))
	p.waitFor(`!document.querySelector('#build-all').disabled`)
	if probs := jsValue[[]string](p, layoutProblems); len(probs) > 0 {
		t.Errorf("1366×768 documents: %v", probs)
	}
	p.screenshot("documents-1366x768")
	zipPath, zipName := p.download("#build-all")
	zr, err := zip.OpenReader(zipPath)
	if err != nil {
		t.Fatalf("%s: %v", zipName, err)
	}
	if len(zr.File) < 20 {
		t.Errorf("zip of %d files", len(zr.File))
	}
	zr.Close()

	// The data file: exactly these changes, comments intact.
	final, _ := os.ReadFile(path)
	if comments(orig) != comments(final) {
		t.Errorf("comments changed")
	}
	touched := append(append([]string{}, ids[:4]...), imported)
	checkOnlyTouched(t, orig, final, touched)
	for i := range 3 {
		if !strings.Contains(string(final), fmt.Sprintf("已办结（第%d项）", i+1)) {
			t.Errorf("note %d missing from the file", i+1)
		}
	}
	if !strings.Contains(string(final), "同事补充的进展") || !strings.Contains(string(final), "单位交回：已完成") {
		t.Error("the colleague's note or the imported row is missing from the file")
	}
	if len(p.problems)+len(other.problems) > 0 {
		t.Errorf("script errors: %v %v", p.problems, other.problems)
	}
}

// checkOnlyTouched: every line removed or added lies in the block of one
// of the touched tasks, and is a status, done_on or notes line.
func checkOnlyTouched(t *testing.T, orig, final []byte, ids []string) {
	t.Helper()
	count := func(b []byte) map[string]int {
		m := map[string]int{}
		for _, l := range strings.Split(string(b), "\n") {
			m[l]++
		}
		return m
	}
	a, b := count(orig), count(final)
	var changed []string
	for l, n := range a {
		if b[l] < n {
			changed = append(changed, "-"+l)
		}
	}
	for l, n := range b {
		if a[l] < n {
			changed = append(changed, "+"+l)
		}
	}
	for _, l := range changed {
		k := strings.TrimSpace(l[1:])
		if !strings.HasPrefix(k, "status:") && !strings.HasPrefix(k, "done_on:") && !strings.HasPrefix(k, "notes:") {
			t.Errorf("unexpected change of line %q", l)
		}
	}
	if want := 5; len(changed) < want {
		t.Errorf("only %d lines changed for %d tasks: %v", len(changed), len(ids), changed)
	}
}

// TestWorkbenchLayout looks at the page at both office screen sizes, the
// preview of every page with its progress, and what an upload of the
// wrong file shows.
func TestWorkbenchLayout(t *testing.T) {
	chromium := RequireChromium(t)
	dir, _ := seedFolder(t)
	s, ts := testServer(t, Config{DataDir: dir, RenderTimeout: 30 * time.Second})
	p := newPage(t, chromium)
	// Opening: no data yet, the page says what to do, nothing empty.
	p.run(chromedp.Navigate(ts.URL+"/"), chromedp.WaitVisible(chromedp.CSS("#work-empty")))
	p.waitFor(`document.querySelectorAll('#data-select option').length > 1`)
	if probs := jsValue[[]string](p, layoutProblems); len(probs) > 0 {
		t.Errorf("1366×768 opening: %v", probs)
	}
	p.screenshot("opening-1366x768")
	p.openLedger(ts.URL, "xuechuang.yaml", "2013-07-15")
	p.run(chromedp.EmulateViewport(1920, 1080))
	if probs := jsValue[[]string](p, layoutProblems); len(probs) > 0 {
		t.Errorf("1920×1080 work view: %v", probs)
	}
	if rows := jsValue[int](p, `(() => { const s = document.querySelector('#tasks-scroll').getBoundingClientRect(); return Math.floor(s.height / 30); })()`); rows < 20 {
		t.Errorf("the task list shows only about %d rows at 1920×1080", rows)
	}
	p.screenshot("workbench-1920x1080")
	// The keyboard: the tabs move with the arrow keys, a task opens for
	// editing with Enter on its button and closes with Escape.
	p.run(chromedp.Focus(chromedp.CSS("#tab-work")), chromedp.KeyEvent(kb.ArrowRight))
	if sel := jsValue[string](p, `document.activeElement.id + ' ' + document.querySelector('#tab-docs').getAttribute('aria-selected')`); sel != "tab-docs true" {
		t.Errorf("ArrowRight on the tabs: focus and selection %q", sel)
	}
	p.run(chromedp.KeyEvent(kb.ArrowLeft))
	p.run(chromedp.Focus(chromedp.CSS("#tasks button.edit")), chromedp.KeyEvent(kb.Enter))
	p.waitFor(`document.activeElement && document.activeElement.closest('tr.edit-row')`)
	p.run(chromedp.KeyEvent(kb.Escape))
	p.waitFor(`!document.querySelector('tr.edit-row')`)
	// Documents grouped by kind, with ids and search.
	p.run(chromedp.Click(chromedp.CSS("#tab-docs")))
	p.waitFor(`document.querySelectorAll('#docs tr.kind').length >= 5`)
	if !jsValue[bool](p, `document.querySelector('#docs').innerText.includes('文件 id：tz-kaizhan')`) {
		t.Error("document ids such as tz-kaizhan are not shown")
	}
	p.js(`(() => { const q = document.querySelector('#doc-search'); q.value = '督办通知'; q.dispatchEvent(new Event('input')); })()`)
	if kinds := jsValue[[]string](p, `[...document.querySelectorAll('#docs tr.kind')].map((r) => r.innerText)`); len(kinds) != 1 || !strings.HasPrefix(kinds[0], "督办通知") {
		t.Errorf("searching 督办通知 shows the groups %v", kinds)
	}
	p.js(`(() => { const q = document.querySelector('#doc-search'); q.value = ''; q.dispatchEvent(new Event('input')); })()`)
	p.screenshot("documents-1920x1080")
	if s.convert.preview() {
		// Every page, in view, the progress going and then gone.
		p.run(chromedp.Click(chromedp.CSS(`#docs tr[data-file] button.pv`)))
		p.waitFor(`!document.querySelector('#preview').hidden && document.querySelector('#preview-progress').value > 0`)
		p.waitWithin(`document.querySelector('#preview-progress').hidden && document.querySelectorAll('#preview-pages img').length > 0`, 4*time.Minute)
		inView := jsValue[bool](p, `(() => { const r = document.querySelector('#preview-pages img').getBoundingClientRect(); return r.top < innerHeight && r.bottom > 0; })()`)
		pages := jsValue[int](p, `document.querySelectorAll('#preview-pages img').length`)
		if !inView || pages < 2 {
			t.Errorf("preview: in view %v, %d pages", inView, pages)
		}
		p.screenshot("preview-1920x1080")
		// A new date: the old preview goes.
		p.js(`(() => { const d = document.querySelector('#date'); d.value = '2013-12-02'; d.dispatchEvent(new Event('change')); })()`)
		p.waitFor(`document.querySelector('#preview').hidden && document.querySelectorAll('#preview-pages img').length === 0`)
	} else if os.Getenv("CI") == "true" {
		t.Error("CI must have LibreOffice and pdftoppm for the preview")
	}
	// Templates and the field catalogue.
	p.run(chromedp.Click(chromedp.CSS("#tab-tpl")), chromedp.WaitVisible(chromedp.CSS("#templates tbody tr")))
	p.waitFor(`document.querySelector('#fields').innerText.trim() !== ''`)
	if probs := jsValue[[]string](p, layoutProblems); len(probs) > 0 {
		t.Errorf("1920×1080 templates: %v", probs)
	}
	p.screenshot("templates-1920x1080")
	// A Word file uploaded as data: said, not shown as garbage.
	docx := filepath.Join(t.TempDir(), "通知.docx")
	os.WriteFile(docx, docxWith(t, para("x")), 0o644)
	p.run(chromedp.SetUploadFiles(chromedp.CSS("#data-file"), []string{docx}))
	p.waitFor(`document.querySelector('#status').textContent.includes('不是 YAML/JSON')`)
	if txt := jsValue[string](p, `document.querySelector('#source').innerText`); len(txt) > 200 || !strings.Contains(txt, "不是文本文件") {
		t.Errorf("source view after a .docx upload: %.200q", txt)
	}
	if len(p.problems) > 0 {
		t.Errorf("script errors: %v", p.problems)
	}
}
