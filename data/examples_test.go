package data_test

import (
	"archive/zip"
	"context"
	"io"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"gongwen/internal/build"
	"gongwen/internal/clients"
	"gongwen/internal/gbt9704"
	"gongwen/internal/load"
)

// campaignWords must not appear in the documents of a programme: it has no
// special activities, no “…”活动, no invented group; its division has no
// 进展情况 column of a campaign (a 督办 reply asks for 进展情况 rightly).
var (
	campaignWords = regexp.MustCompile(`专项活动|”活动|面上工作|报领导小组办公室`)
	progressWord  = regexp.MustCompile(`进展情况`)
	// docNo is a 发文机关标志 line followed by its 发文字号 (宁政办发〔2023〕1号).
	docNo = regexp.MustCompile(`(?m)^\S+文件\n+\S+〔\d{4}〕\d+号$`)
)

// TestExamples builds every example of data/examples as its gongwen.yaml
// asks, into a temporary folder, and holds each to what the examples are
// for: every Word file lint-clean (GB/T 9704, title lines, body on page 1);
// every task of the data in every division output (the Word division, the
// 印发 notice's attachment, the Excel table and matrix); no campaign words
// anywhere.
func TestExamples(t *testing.T) {
	dirs, err := filepath.Glob("examples/*/gongwen.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if len(dirs) < 2 {
		t.Fatalf("data/examples holds %d examples, want at least 2", len(dirs))
	}
	for _, manifest := range dirs {
		dir := filepath.Dir(manifest)
		t.Run(filepath.Base(dir), func(t *testing.T) {
			m, err := build.ReadManifest(manifest, true)
			if err != nil {
				t.Fatal(err)
			}
			c, diags, err := load.File(filepath.Join(dir, m.Data))
			if err != nil {
				t.Fatal(err)
			}
			for _, d := range diags {
				t.Errorf("warning: %v", d)
			}
			if c.Campaigning() {
				t.Fatal("an example of a programme has special activities")
			}
			jobs, err := build.Plan(context.Background(), m, c, m.Date)
			if err != nil {
				t.Fatal(err)
			}
			out := t.TempDir()
			rep, err := build.Run(context.Background(), jobs, build.Options{Out: out})
			if err != nil {
				t.Fatal(err)
			}
			for _, j := range jobs {
				if len(j.Omitted) > 0 {
					t.Errorf("%s leaves out %v", j.Title, j.Omitted)
				}
			}
			divisions := 0
			for _, r := range rep.Results {
				var text string
				switch filepath.Ext(r.Path) {
				case ".docx":
					fs, err := gbt9704.LintFile(r.Path)
					if err != nil {
						t.Fatal(err)
					}
					for _, f := range fs {
						t.Errorf("%s: %s", filepath.Base(r.Path), f)
					}
					text = docxText(t, r.Path)
				case ".xlsx":
					text = clients.XlsxText(t, r.Path)
				}
				if r.Kind == "督办通知" && !docNo.MatchString(text) {
					t.Errorf("%s has no 版头 with a 发文字号", filepath.Base(r.Path))
				}
				if w := campaignWords.FindString(text); w != "" {
					t.Errorf("%s says %q", filepath.Base(r.Path), w)
				}
				if r.Kind == "责任分工" || r.Kind == "印发通知" || r.Kind == "责任分工表" || r.Kind == "责任矩阵" {
					divisions++
					if progressWord.MatchString(text) {
						t.Errorf("%s has a 进展情况 column", filepath.Base(r.Path))
					}
					for _, tk := range c.Tasks {
						if !strings.Contains(text, tk.Title) {
							t.Errorf("%s lacks task %s（%s）", filepath.Base(r.Path), tk.ID, tk.Title)
						}
					}
				}
			}
			if divisions < 4 {
				t.Errorf("%d division outputs checked, want the Word division, the 印发 notice, the table and the matrix", divisions)
			}
		})
	}
}

var tag = regexp.MustCompile(`<w:p[ >]|</w:p>|<[^>]+>`)

// docxText is the text of the document's body, a paragraph a line.
func docxText(t *testing.T, path string) string {
	t.Helper()
	z, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer z.Close()
	for _, f := range z.File {
		if f.Name != "word/document.xml" {
			continue
		}
		r, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(r)
		r.Close()
		if err != nil {
			t.Fatal(err)
		}
		s := strings.ReplaceAll(string(b), "</w:p>", "\n")
		s = tag.ReplaceAllString(s, "")
		return strings.NewReplacer("&lt;", "<", "&gt;", ">", "&amp;", "&", "&quot;", `"`, "&#34;", `"`).Replace(s)
	}
	t.Fatalf("%s has no word/document.xml", path)
	return ""
}

// The division table's columns are sized from their content: no date or
// figure of a 完成时限 cell wraps in the Word table, as LibreOffice lays it
// out — on the landscape pages the example chooses and on portrait ones;
// landscape pages are landscape; every one lint-clean.
func TestExampleDivisionTableLayout(t *testing.T) {
	m, err := build.ReadManifest("examples/yaodian/gongwen.yaml", true)
	if err != nil {
		t.Fatal(err)
	}
	for _, orient := range []string{"横向", "纵向"} {
		t.Run(orient, func(t *testing.T) {
			c, _, err := load.File(filepath.Join("examples/yaodian", m.Data))
			if err != nil {
				t.Fatal(err)
			}
			c.Division.Orientation = orient
			jobs, err := build.Plan(context.Background(), m, c, m.Date)
			if err != nil {
				t.Fatal(err)
			}
			var keep []build.Job
			for _, j := range jobs {
				if j.Kind == "责任分工" {
					keep = append(keep, j)
				}
			}
			if len(keep) != 1 {
				t.Fatalf("%d 责任分工 documents", len(keep))
			}
			out := t.TempDir()
			rep, err := build.Run(context.Background(), keep, build.Options{Out: out})
			if err != nil {
				t.Fatal(err)
			}
			fs, err := gbt9704.LintFile(rep.Results[0].Path)
			if err != nil {
				t.Fatal(err)
			}
			for _, f := range fs {
				t.Errorf("lint: %s", f)
			}
			pdf := clients.ToPDF(t, rep.Results[0].Path)
			text, _ := clients.PDFText(t, pdf)
			var lines []string
			for _, l := range strings.Split(text, "\n") {
				lines = append(lines, strings.Join(strings.Fields(l), ""))
			}
			for _, tk := range c.Tasks {
				for _, due := range strings.Split(tk.Period.Written(), "、") {
					if len([]rune(due)) > 11 {
						continue // 每季度最后一个月30日前 may wrap
					}
					// A date may break after its year (2024年 / 6月30日前).
					whole := due
					if i := strings.Index(due, "年"); i > 0 && i+len("年") < len(due) {
						whole = due[i+len("年"):]
					}
					found := false
					for _, l := range lines {
						found = found || strings.Contains(l, whole)
					}
					if !found {
						t.Errorf("%s: 完成时限 %q wraps in the table:\n%s", tk.ID, due, text)
					}
				}
			}
			info, err := exec.Command("pdfinfo", pdf).Output()
			if err != nil {
				t.Fatal(err)
			}
			landscape := strings.Contains(string(info), "841.89 x 595")
			if landscape != (orient == "横向") {
				t.Errorf("%s pages: %s", orient, info)
			}
		})
	}
}
