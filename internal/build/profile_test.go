package build_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gongwen/internal/build"
	"gongwen/internal/load"
	"gongwen/internal/opc"
	"gongwen/templates"
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

// TestProfileRestylesOnlyBuiltins: the office's fonts and red go into the
// built-in templates; a template of the user's own keeps what the user
// gave it (here the GB/T 9704 defaults of an exported built-in) unless
// profile.restyle asks for it too.
func TestProfileRestylesOnlyBuiltins(t *testing.T) {
	dir := t.TempDir()
	tpl, err := templates.Read("tongzhi.docx")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "my.docx"), tpl, 0o644); err != nil {
		t.Fatal(err)
	}
	data, err := filepath.Abs("../../data/xuechuang.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name     string
		entry    string
		restyle  bool
		restyled bool
	}{
		{"built-in", "notice", false, true},
		{"own template", "{kind: notice, template: my.docx}", false, false},
		{"own template, restyle asked", "{kind: notice, template: my.docx}", true, true},
		{"built-in, restyle asked", "notice", true, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m, err := build.ParseManifest(dir, "m.yaml", []byte("data: "+data+"\noutputs: ["+tc.entry+"]\n"))
			if err != nil {
				t.Fatal(err)
			}
			c, _, err := load.File(m.Path(m.Data))
			if err != nil {
				t.Fatal(err)
			}
			c.Profile.Fonts.Body = "方正仿宋_GBK"
			c.Profile.Red = "C00000"
			c.Profile.Restyle = tc.restyle
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
			all := string(styles) + string(doc)
			office := strings.Contains(string(styles), "方正仿宋_GBK") && strings.Contains(all, `"C00000"`)
			defaults := strings.Contains(string(styles), "仿宋_GB2312") && strings.Contains(all, `"FF0000"`)
			if tc.restyled && (!office || defaults) {
				t.Errorf("the office's body font and red should replace the template's")
			}
			if !tc.restyled && (office || !defaults) {
				t.Errorf("the user's template should keep its own fonts and red")
			}
		})
	}
}
