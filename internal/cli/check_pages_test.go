package cli

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"gongwen/internal/clients"
	"gongwen/internal/docdata"
	"gongwen/internal/docx"
	"gongwen/templates"
)

// misspeltNotice is the exported 通知 template with .Style misspelt in
// both body lines, the notice's and its attachment's, which begin alike.
func misspeltNotice(t *testing.T) string {
	src, err := templates.Read(docdata.Notice.Template)
	if err != nil {
		t.Fatal(err)
	}
	tpl := filepath.Join(t.TempDir(), "tongzhi.docx")
	bad := replaceInDocx(t, src, "{{pstyle .Style}}{{keepnext .KeepNext}}", "{{pstyle .Styl}}{{keepnext .KeepNext}}")
	if err := os.WriteFile(tpl, bad, 0o644); err != nil {
		t.Fatal(err)
	}
	return tpl
}

var pageRE = regexp.MustCompile(`（LibreOffice 排版第 (\d+) 页）`)

// TestCheckNamesPages: with LibreOffice, check says on which page of the
// template as LibreOffice lays it out each place is: the notice's body
// line before its attachment's, both past the 版头.
func TestCheckNamesPages(t *testing.T) {
	clients.RequireLibreOffice(t)
	t.Setenv("GONGWEN_CHECK_PAGES", "")
	defer func(d time.Duration) { pageLayoutTimeout = d }(pageLayoutTimeout)
	pageLayoutTimeout = 10 * time.Minute // a loaded machine; the default is for a clerk's
	tpl := misspeltNotice(t)
	code, _, errOut := run("check", tpl, "--kind", "通知")
	if code != 1 {
		t.Fatalf("exit %d\n%s", code, errOut)
	}
	var pages []int
	for _, line := range strings.Split(errOut, "\n") {
		if !strings.Contains(line, "模板中：") {
			continue
		}
		m := pageRE.FindStringSubmatch(line)
		if m == nil {
			t.Errorf("no page: %s", line)
			continue
		}
		n, _ := strconv.Atoi(m[1])
		pages = append(pages, n)
	}
	if len(pages) != 2 || pages[0] < 2 || pages[1] <= pages[0] {
		t.Errorf("pages %v, want the body line's after page 1 and the attachment's after it\n%s", pages, errOut)
	}
}

// TestCheckNoPagesWithoutLibreOffice: without LibreOffice check says
// nothing of pages — a guess would send the clerk to the wrong one.
func TestCheckNoPagesWithoutLibreOffice(t *testing.T) {
	tpl := misspeltNotice(t)
	t.Setenv("GONGWEN_CHECK_PAGES", "")
	t.Setenv("PATH", t.TempDir())
	code, _, errOut := run("check", tpl, "--kind", "通知")
	if code != 1 || !strings.Contains(errOut, "第 2 个以“{{pstyle .Styl}}") {
		t.Fatalf("exit %d\n%s", code, errOut)
	}
	if strings.Contains(errOut, "页）") {
		t.Errorf("a page without LibreOffice:\n%s", errOut)
	}
}

// TestTemplatePage: the page of a place from the laid-out text — the nth
// of paragraphs that begin alike, nothing for a header, for a beginning
// not found, or for one found more often than the paragraphs that begin so.
func TestTemplatePage(t *testing.T) {
	tp := &templatePages{pages: []string{squash("{{.DocNo}}\n签发人：{{.Signers}}\n— 1 —"),
		squash("{{pstyle .Style}}{{.Text}}\n附件\n{{pstyle .Style}}\n{{.Text}}"), squash("{{.Title}}")}}
	line := "{{pstyle .Style}}{{.Text}}"
	tests := []struct {
		name string
		loc  docx.Location
		want int
	}{
		{"a paragraph", docx.Location{Text: "{{.Title}}"}, 3},
		{"broken over lines", docx.Location{Text: "签发人： {{.Signers}}"}, 1},
		{"the first of twins", docx.Location{Text: line, Nth: 1, Twins: 2}, 2},
		{"the second of twins", docx.Location{Text: line, Nth: 2, Twins: 2}, 2},
		{"found twice, one paragraph", docx.Location{Text: line}, 0},
		{"not found", docx.Location{Text: "{{.Nothing}}"}, 0},
		{"a footer", docx.Location{Text: "{{.DocNo}}", Area: "页脚"}, 0},
		{"no text", docx.Location{}, 0},
	}
	for _, tc := range tests {
		if got := tp.page(tc.loc); got != tc.want {
			t.Errorf("%s: page %d, want %d", tc.name, got, tc.want)
		}
	}
	if got := (*templatePages)(nil).page(docx.Location{Text: "{{.Title}}"}); got != 0 {
		t.Errorf("no layout: page %d", got)
	}
}

// TestCheckPagesOff: GONGWEN_CHECK_PAGES=0 spares the layout.
func TestCheckPagesOff(t *testing.T) {
	t.Setenv("GONGWEN_CHECK_PAGES", "0")
	if tp := layOutTemplate(misspeltNotice(t)); tp != nil {
		t.Errorf("laid out: %d pages", len(tp.pages))
	}
}
