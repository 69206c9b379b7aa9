package cli

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"time"

	"gongwen/internal/docx"
)

// Word numbers no paragraphs, but a clerk who prints the template or
// scrolls through it knows its pages. When LibreOffice is installed,
// gongwen check lays the template out once (as it stands, {{…}} and all)
// and says on which page each place it reports is; without LibreOffice it
// says nothing of pages, as a guess would mislead.

// pageLayoutTimeout bounds the one LibreOffice run of a check: the pages
// are a help, not worth a stuck command.
var pageLayoutTimeout = 90 * time.Second

// templatePages is a template as LibreOffice laid it out: each page's text
// without white space (pdftotext breaks lines where LibreOffice did).
type templatePages struct {
	pages []string
}

// layOutTemplate lays out the template at path, or returns nil when
// LibreOffice or pdftotext is missing or the conversion fails.
func layOutTemplate(path string) *templatePages {
	if os.Getenv("GONGWEN_CHECK_PAGES") == "0" {
		return nil
	}
	if _, err := exec.LookPath("soffice"); err != nil {
		return nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), pageLayoutTimeout)
	defer cancel()
	laid, err := layOutWithin(ctx, []string{path})
	if err != nil || len(laid[path]) == 0 {
		return nil
	}
	tp := &templatePages{}
	for _, p := range laid[path] {
		tp.pages = append(tp.pages, squash(p))
	}
	return tp
}

func squash(s string) string { return strings.Join(strings.Fields(s), "") }

// pageKeyRunes is how much of a paragraph's beginning identifies it on a
// page: enough to tell paragraphs apart, short enough to stay on the page
// the paragraph starts on.
const pageKeyRunes = 48

// page is the 1-based page on which the paragraph of l begins, or 0 when
// it cannot be told: a header or footer (on every page), a paragraph
// whose beginning is not found, or one found more often than its place
// says (l.Nth of l.Twins).
func (tp *templatePages) page(l docx.Location) int {
	if tp == nil || l.Text == "" || (l.Area != "" && l.Area != "正文") || l.Note > 0 || l.Box {
		return 0
	}
	key := []rune(squash(l.Text))
	if len(key) == 0 {
		return 0
	}
	if len(key) > pageKeyRunes {
		key = key[:pageKeyRunes]
	}
	k := string(key)
	nth := 1
	if l.Twins > 1 {
		nth = l.Nth
	}
	var found []int
	for i, p := range tp.pages {
		for n := strings.Count(p, k); n > 0; n-- {
			found = append(found, i+1)
		}
	}
	// Found as often as the paragraphs that begin so: the nth is ours. A
	// beginning found elsewhere too (inside another paragraph) is not.
	want := 1
	if l.Twins > 1 {
		want = l.Twins
	}
	if len(found) != want || nth < 1 || nth > len(found) {
		return 0
	}
	return found[nth-1]
}

// onPage is what a place adds when its page is known.
func onPage(n int) string {
	if n == 0 {
		return ""
	}
	return fmt.Sprintf("（LibreOffice 排版第 %d 页）", n)
}
