package docx

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"gongwen/internal/clients"
	dt "gongwen/internal/docx/docxtest"
	"gongwen/internal/opc"
)

func pngBytes(w, h int) []byte {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for x := range w {
		img.Set(x, x*h/w, color.RGBA{200, 0, 0, 255})
	}
	var b bytes.Buffer
	png.Encode(&b, img)
	return b.Bytes()
}

func TestImage(t *testing.T) {
	d := dt.Doc{
		Header: []dt.Block{dt.P(`{{image "logo.png" "1cm"}}`)},
		Body: []dt.Block{
			dt.P("{{range .Items}}"),
			dt.P(`{{.}}：{{image "pics/seal.png" 4}}`),
			dt.P("{{end}}"),
		},
	}
	raw := d.Bytes()
	pkg, err := opc.Open(bytes.NewReader(raw), int64(len(raw)), opc.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	tp, err := Parse("img.docx", pkg, Options{})
	if err != nil {
		t.Fatal(err)
	}
	files := fstest.MapFS{"logo.png": {Data: pngBytes(20, 10)}, "pics/seal.png": {Data: pngBytes(40, 40)}}
	var buf bytes.Buffer
	if err := tp.Execute(&buf, M{"Items": []string{"甲", "乙"}}, ExecOptions{Files: files}); err != nil {
		t.Fatal(err)
	}
	parts, err := dt.Unzip(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	doc := string(parts["word/document.xml"])
	if strings.Count(doc, "<w:drawing>") != 2 || !strings.Contains(doc, `<wp:extent cx="1440000" cy="1440000"/>`) {
		t.Errorf("document:\n%s", doc)
	}
	ids := regexpAll(`wp:docPr id="(\d+)"`, doc+string(parts["word/header1.xml"]))
	if len(ids) != 3 || ids[0] == ids[1] || ids[1] == ids[2] || ids[0] == ids[2] {
		t.Errorf("docPr ids %v", ids)
	}
	if !strings.Contains(string(parts["[Content_Types].xml"]), `Extension="png"`) ||
		len(parts["word/media/gongwen1.png"]) == 0 || len(parts["word/media/gongwen2.png"]) == 0 {
		t.Errorf("media or content types missing: %v", keys(parts))
	}
	if strings.Count(string(parts["word/_rels/header1.xml.rels"]), `Target="media/gongwen`) != 1 ||
		strings.Count(string(parts["word/_rels/document.xml.rels"]), "media/gongwen") != 1 {
		t.Errorf("rels:\n%s\n%s", parts["word/_rels/header1.xml.rels"], parts["word/_rels/document.xml.rels"])
	}
	path := filepath.Join(t.TempDir(), "img.docx")
	os.WriteFile(path, buf.Bytes(), 0o644)
	if clients.Python != "" {
		out := clients.RunPython(t, "docx", "import sys, docx; print(len(docx.Document(sys.argv[1]).inline_shapes))", path)
		if strings.TrimSpace(string(out)) != "2" {
			t.Errorf("python-docx sees %s inline shapes", out)
		}
	}
	// A missing picture is a located error.
	err = tp.Execute(&buf, M{"Items": []string{"甲"}}, ExecOptions{Files: fstest.MapFS{}})
	if err == nil || !strings.Contains(err.Error(), "插入图片") || !strings.Contains(err.Error(), "正文「{{.}}：{{image") {
		t.Errorf("err = %v", err)
	}
}

func keys(m map[string][]byte) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}
