package gbt9704_test

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"gongwen/internal/clients"
	"gongwen/internal/docx/docxtest"
	"gongwen/internal/gbt9704"
	"gongwen/internal/opc"
	"gongwen/templates"
)

// TestResavedStylesUnused: LibreOffice adds styles of its own when it
// re-saves a template (List, Caption, Index, with a western font and no
// Chinese one). Nothing uses them, so lint says nothing of them; once a
// paragraph does use one, its font is the document's and lint warns.
func TestResavedStylesUnused(t *testing.T) {
	clients.RequireLibreOffice(t)
	dir := t.TempDir()
	for _, name := range []string{"duban.docx", "tongzhi.docx"} {
		src, err := templates.Read(name)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), src, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, path := range clients.ResaveDocx(t, filepath.Join(dir, "lo"), filepath.Join(dir, "duban.docx"), filepath.Join(dir, "tongzhi.docx")) {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		parts, err := docxtest.Unzip(data)
		if err != nil {
			t.Fatal(err)
		}
		caption := regexp.MustCompile(`<w:style [^>]*w:styleId="([^"]+)"[^>]*>\s*<w:name w:val="Caption"/>`).FindSubmatch(parts["word/styles.xml"])
		if caption == nil {
			t.Fatalf("%s: LibreOffice added no Caption style; the test needs one", path)
		}
		fonts := func(data []byte) []string {
			t.Helper()
			pkg, err := opc.Open(bytes.NewReader(data), int64(len(data)), opc.DefaultLimits)
			if err != nil {
				t.Fatal(err)
			}
			fs, err := gbt9704.Lint(pkg)
			if err != nil {
				t.Fatal(err)
			}
			var out []string
			for _, f := range fs {
				if f.Rule == "font" && f.Part == "word/styles.xml" {
					out = append(out, f.Msg)
				}
			}
			return out
		}
		if got := fonts(data); len(got) > 0 {
			t.Errorf("%s: lint warns of styles nothing uses: %q", filepath.Base(path), got)
		}
		// A paragraph in the Caption style: now its font matters.
		doc := parts["word/document.xml"]
		i := bytes.Index(doc, []byte("<w:p>"))
		if i < 0 {
			t.Fatalf("%s: no plain <w:p>", path)
		}
		used := append(append(append([]byte{}, doc[:i]...), []byte(`<w:p><w:pPr><w:pStyle w:val="`+string(caption[1])+`"/></w:pPr><w:r><w:t>图1</w:t></w:r></w:p>`)...), doc[i:]...)
		pkg, err := opc.Open(bytes.NewReader(data), int64(len(data)), opc.DefaultLimits)
		if err != nil {
			t.Fatal(err)
		}
		var edited bytes.Buffer
		if err := pkg.Write(&edited, map[string][]byte{"word/document.xml": used}); err != nil {
			t.Fatal(err)
		}
		if got := fonts(edited.Bytes()); len(got) != 1 || !strings.Contains(got[0], "“Caption”设置了西文字体但没有中文字体") {
			t.Errorf("%s: a used Caption style: lint says %q", filepath.Base(path), got)
		}
	}
}
