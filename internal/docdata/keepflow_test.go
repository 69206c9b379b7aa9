package docdata

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"gongwen/internal/clients"
	"gongwen/internal/gbt9704"
	"gongwen/internal/model"
	"gongwen/templates"
)

// A long last paragraph that runs over page 1's foot is not kept with the
// signature: LibreOffice moves a paragraph kept with the next whole to the
// next page (衢州's ten-line paragraph left page 1 empty under the first),
// while split it keeps two lines or more with the signature on page 2
// anyway. Built as before (kept) and now, in LibreOffice: before, page 1
// ends three lines short or more and page 2 starts with the paragraph; now
// page 1 is full (within a line and a half, and lint --pages finds no
// gap) and holds the paragraph's start, and page 2 still holds body text
// above the signature.
func TestLongLastParagraphSplitsOverThePage(t *testing.T) {
	c := campaign(t)
	var d model.Document
	for i := range c.Documents {
		if c.Documents[i].Kind == model.IssueNotice {
			d = c.Documents[i]
		}
	}
	d.Attachments = nil
	d.Opening = "现将有关方案印发给你们，请认真贯彻执行。"
	d.Sections = nil
	long := strings.Repeat("各地、各部门要高度重视，坚持以习近平新时代中国特色社会主义思想为指导，认真落实各项工作要求，确保各项任务落到实处。", 7)
	d.Closing = long
	date := time.Date(2013, 7, 15, 0, 0, 0, 0, time.UTC)
	v, err := ForIssueNotice(c, &d, date, Options{})
	if err != nil {
		t.Fatal(err)
	}
	last := &v.Body[len(v.Body)-1]
	if last.Text != long {
		t.Fatalf("the body's last paragraph is %q", last.Text)
	}
	if last.keep {
		t.Errorf("the long last paragraph is kept with the signature: it would move whole")
	}
	if testing.Short() {
		return
	}
	clients.RequireLibreOffice(t)
	tpl, err := templates.Read(IssueNotice.Template)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	var paths []string
	for _, keep := range []bool{true, false} {
		last.keep = keep
		p := filepath.Join(dir, map[bool]string{true: "kept.docx", false: "free.docx"}[keep])
		if err := os.WriteFile(p, renderTemplate(t, IssueNotice.Template, tpl, viewOf(c, v)), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	for i, pdf := range clients.ToPDFs(t, paths...) {
		out, err := exec.Command("pdftotext", "-bbox-layout", pdf, "-").Output()
		if err != nil {
			t.Fatal(err)
		}
		pages := gbt9704.ReadBBox(string(out))
		gaps := gbt9704.CheckGaps(pages)
		// Page 1's empty foot, in lines of 28.95 pt: its last line of text
		// to 7 mm above the page number.
		var low, number float64
		for _, l := range pages[0].Lines {
			if strings.Contains(l.Text, "—") {
				number = l.Top
			} else {
				low = max(low, l.Bottom)
			}
		}
		empty := (number - 7/25.4*72 - low) / 28.95
		text := func(p int) string {
			var b strings.Builder
			for _, l := range pages[p].Lines {
				b.WriteString(strings.Join(strings.Fields(l.Text), ""))
			}
			return b.String()
		}
		page1 := strings.Contains(text(0), "各地、各部门要高度重视")
		if i == 0 {
			// The control: kept, the paragraph moved whole.
			if page1 || empty < 3 {
				t.Errorf("kept: page 1 holds the paragraph's start %v, ends %.1f lines short — the control does not show the defect", page1, empty)
			}
			t.Logf("kept with the signature: page 1 ends %.1f lines short", empty)
			continue
		}
		if !page1 || len(gaps) > 0 || empty > 1.5 {
			t.Errorf("page 1 holds the paragraph's start %v, ends %.1f lines short, gaps %v", page1, empty, gaps)
		}
		t.Logf("free: page 1 ends %.1f lines short", empty)
		if p2 := text(1); !strings.Contains(p2, "确保各项任务落到实处。") || strings.Index(p2, "确保各项任务落到实处。") > strings.Index(p2, "2013年") {
			t.Errorf("page 2 has no body text above the signature: %s", p2)
		}
	}
}
