package e2e

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"gongwen/internal/clients"
)

// Titles as LibreOffice sets them (QA s11 findings 5 and 14): 嘉鱼's notice
// and its attachment 2 name the county bare, 「…涉及嘉鱼的重点事项…」, which
// broke 「嘉／鱼」; the joint notice of 中共安徽省委教育工委 and 安徽省教育厅
// keeps the space between the two organs in its title.
func TestTitleWordsInPDF(t *testing.T) {
	clients.RequireLibreOffice(t)
	for _, tc := range []struct {
		folder string
		check  func(t *testing.T, lines []string)
	}{
		{"jiayu2021", func(t *testing.T, lines []string) {
			n := 0
			for _, l := range lines {
				if strings.HasSuffix(l, "嘉") || strings.HasPrefix(l, "鱼") {
					t.Errorf("a line breaks 嘉鱼: %q", l)
				}
				if strings.Contains(l, "嘉鱼的重点事项") {
					n++
				}
			}
			if n < 2 {
				t.Errorf("「嘉鱼的重点事项」 on %d lines, want the title's and attachment 2's at least", n)
			}
		}},
		{"anhui-jyt2015", func(t *testing.T, lines []string) {
			found := false
			for _, l := range lines {
				found = found || strings.Contains(l, "中共安徽省委教育工委 安徽省教育厅") && !strings.Contains(l, "文件")
			}
			if !found {
				t.Errorf("no title line 「中共安徽省委教育工委 安徽省教育厅」 in\n%s", strings.Join(lines, "\n"))
			}
		}},
	} {
		t.Run(tc.folder, func(t *testing.T) {
			manifest, err := filepath.Abs("../../testdata/programmes/" + tc.folder + "/gongwen.yaml")
			if err != nil {
				t.Fatal(err)
			}
			out := t.TempDir()
			code, stdout, stderr := gongwen(t, "build", "-f", manifest, "-o", out, "--json")
			if code != 0 {
				t.Fatalf("build exits %d:\n%s", code, stderr)
			}
			var rep struct {
				Outputs []struct{ Kind, Title, Path string }
			}
			if err := json.Unmarshal([]byte(stdout), &rep); err != nil {
				t.Fatal(err)
			}
			for _, o := range rep.Outputs {
				if !strings.HasSuffix(o.Path, "的通知.docx") {
					continue
				}
				text, _ := clients.PDFText(t, clients.ToPDF(t, o.Path))
				var lines []string
				for _, l := range strings.Split(text, "\n") {
					// pdftotext -layout writes a full-width space as
					// spaces; a line's own indentation is dropped.
					if l = strings.Join(strings.Fields(l), " "); l != "" {
						lines = append(lines, l)
					}
				}
				tc.check(t, lines)
				return
			}
			t.Fatalf("no notice among %+v", rep.Outputs)
		})
	}
}
