package build_test

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"gongwen/internal/build"
	"gongwen/internal/load"
	"gongwen/internal/opc"
)

// TestProfileFontsReachTheDocument: an office that uses 方正仿宋_GBK and a
// darker red gets them in what it builds, though the built-in templates
// carry the defaults.
func TestProfileFontsReachTheDocument(t *testing.T) {
	m, err := build.ParseManifest("../..", "m.yaml", []byte("outputs: [notice]\n"))
	if err != nil {
		t.Fatal(err)
	}
	c, _, err := load.File(m.Path(m.Data))
	if err != nil {
		t.Fatal(err)
	}
	c.Profile.Fonts.Body = "方正仿宋_GBK"
	c.Profile.Red = "C00000"
	jobs, err := build.Plan(context.Background(), m, c, m.Date)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := jobs[0].Render(context.Background(), &buf); err != nil {
		t.Fatal(err)
	}
	pkg, err := opc.Open(bytes.NewReader(buf.Bytes()), int64(buf.Len()), opc.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	styles, _ := pkg.Read("word/styles.xml")
	doc, _ := pkg.Read("word/document.xml")
	if !strings.Contains(string(styles), "方正仿宋_GBK") || strings.Contains(string(styles), "仿宋_GB2312") {
		t.Errorf("styles do not use the office's body font")
	}
	all := string(styles) + string(doc)
	if !strings.Contains(all, `"C00000"`) || strings.Contains(all, `"FF0000"`) {
		t.Errorf("document does not use the office's red")
	}
}
