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

// The default 印发通知 needs its page 1 tightened for the 署名 (GB/T 9704
// 7.3.5). Built with an exported copy of the built-in template it is, and
// nothing is said; built with a template whose actions differ (its layout
// unknown) it is not, and the build says so, naming the template — not a
// 署名 alone on page 2 without a word.
func TestUserTemplateNotTightenedIsSaid(t *testing.T) {
	m, err := build.ParseManifest("../..", "default.yaml", build.DefaultManifest())
	if err != nil {
		t.Fatal(err)
	}
	b, err := templates.Read("yinfa.docx")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	copyPath := filepath.Join(dir, "yinfa.docx")
	if err := os.WriteFile(copyPath, b, 0o644); err != nil {
		t.Fatal(err)
	}
	pkg, err := opc.Open(bytes.NewReader(b), int64(len(b)), opc.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := pkg.Read("word/document.xml")
	if err != nil {
		t.Fatal(err)
	}
	doc := string(raw)
	if !strings.Contains(doc, "{{showif .Remark}}") {
		t.Fatal("yinfa.docx has no {{showif .Remark}}")
	}
	var buf bytes.Buffer
	if err := pkg.Write(&buf, map[string][]byte{"word/document.xml": []byte(strings.Replace(doc, "{{showif .Remark}}", "{{showif .Remark}}{{/* 本单位 */}}", 1))}); err != nil {
		t.Fatal(err)
	}
	edited := filepath.Join(dir, "edited.docx")
	if err := os.WriteFile(edited, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		tpl  string
		said bool
	}{{copyPath, false}, {edited, true}} {
		c, _, err := load.File(m.Path(m.Data))
		if err != nil {
			t.Fatal(err)
		}
		mm := *m
		mm.Outputs = []build.Entry{{Kind: "issue-notice", Template: tt.tpl}}
		jobs, err := build.Plan(context.Background(), &mm, c, m.Date)
		if err != nil {
			t.Fatal(err)
		}
		said := false
		for _, j := range jobs {
			for _, n := range j.Notes {
				if strings.Contains(n, "未调整") && strings.Contains(n, tt.tpl) {
					said = true
				}
			}
		}
		if said != tt.said {
			t.Errorf("%s: the untightened page 1 said %v, want %v", filepath.Base(tt.tpl), said, tt.said)
		}
	}
}
