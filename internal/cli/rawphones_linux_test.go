package cli

import (
	"archive/zip"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// render --raw prints the data as given: a telephone number keeps its
// plain hyphen. The word joiners that hold 027-87231068 on one line in
// gongwen's own documents (build, render of the campaign) made every W2
// notice of the peers' harness fail its check (「missing phone」): a mail
// merge must not add characters the data does not have.
func TestRawRenderKeepsPhones(t *testing.T) {
	dir := t.TempDir()
	data := `{"City": "武汉", "Due": "3月1日", "What": "联系电话：027-87231068"}`
	if err := os.WriteFile(filepath.Join(dir, "city.json"), []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	tpl := filepath.Join(repoRoot(t), "internal", "e2e", "testdata", "city_notice.docx")
	cmd := gongwenCmd(dir, "render", "--raw", "-t", tpl, "-d", "city.json", "-o", "out.docx")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	zr, err := zip.OpenReader(filepath.Join(dir, "out.docx"))
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	var doc string
	for _, f := range zr.File {
		if f.Name == "word/document.xml" {
			r, err := f.Open()
			if err != nil {
				t.Fatal(err)
			}
			b, err := io.ReadAll(r)
			r.Close()
			if err != nil {
				t.Fatal(err)
			}
			doc = string(b)
		}
	}
	if !strings.Contains(doc, "027-87231068") || strings.Contains(doc, "\u2060") {
		t.Errorf("the telephone number is not printed as the data gives it: %q", doc[max(0, strings.Index(doc, "027")-20):][:min(80, len(doc))])
	}
}
