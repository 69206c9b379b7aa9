package cli

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"gongwen/internal/clients"
)

// The 督办情况汇总's table, as LibreOffice sets it for the default data:
// its header 「最长逾期工作日」 breaks after 逾期, not inside 工作日
// (「最长逾期工/作日」, QA s7 #9), and the unit column holds a name of ten
// characters on a line, so 省委群众路线教育实践活动办公室 breaks between its
// words (…实践 / 活动办公室), not after six characters.
func TestSupervisionSummaryCells(t *testing.T) {
	if testing.Short() {
		t.Skip("LibreOffice conversions are slow")
	}
	clients.RequireLibreOffice(t)
	root := repoRoot(t)
	dir := t.TempDir()
	manifest := "data: " + filepath.Join(root, "data", "xuechuang.yaml") + "\nout: out\ndate: 2013-07-15\noutputs: [supervision-summary]\n"
	if err := os.WriteFile(filepath.Join(dir, "gongwen.yaml"), []byte(manifest), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, out, errOut := run("build", "-f", filepath.Join(dir, "gongwen.yaml"), "--out", filepath.Join(dir, "out")); code != 0 {
		t.Fatalf("build: exit %d\n%s%s", code, out, errOut)
	}
	text, _ := clients.PDFText(t, clients.ToPDF(t, filepath.Join(dir, "out", "督办情况汇总.docx")))
	lines := strings.Split(text, "\n")
	has := func(s string) bool {
		for _, l := range lines {
			if strings.Contains(strings.ReplaceAll(l, " ", ""), s) {
				return true
			}
		}
		return false
	}
	for _, want := range []string{"最长逾期", "省委群众路线教育实践"} {
		if !has(want) {
			t.Errorf("no line holds %q:\n%s", want, text)
		}
	}
	for _, bad := range []string{"最长逾期工", "省委群众路线"} {
		for _, l := range lines {
			if f := strings.Fields(l); len(f) > 0 && slices.Contains(f, bad) {
				t.Errorf("a cell line ends %q:\n%s", bad, text)
			}
		}
	}
}
