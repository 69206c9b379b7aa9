package e2e

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	dt "gongwen/internal/docx/docxtest"
)

var update = flag.Bool("update", false, "rewrite testdata/*.docx from their definitions here")

// fixtures are the templates that the command scripts of internal/cli
// (testdata/script/render.txtar and others) use from this folder. They are
// committed so a script can name them; this test keeps them equal to their
// definitions (go test ./internal/e2e -run TestFixtures -update).
var fixtures = map[string]dt.Doc{
	// A campaign template: the plan's name, then one table row per task.
	"campaign_tasks.docx": {
		Title:  "{{.ShortName}}任务表",
		Header: []dt.Block{dt.P("{{.Organiser}}")},
		Body: []dt.Block{
			dt.P(dt.T("{{.Na"), dt.ProofStart, dt.B("me}}"), dt.ProofEnd, "任务表"),
			dt.Tbl(
				dt.TR(dt.C("任务"), dt.C("期限"), dt.C("状态")),
				dt.TR(dt.C("{{range .Tasks}}{{.Title}}"), dt.C("{{.Period.Text}}"), dt.C("{{.Status}}{{end}}")),
			),
			dt.P("共 {{len .Tasks}} 项"),
		},
	},
	// A template with three mistakes, which must all be reported with their
	// places.
	"bad.docx": {
		Body: []dt.Block{
			dt.P("标题：{{.Title"),
			dt.P("{{range .Items}}"),
			dt.P("正文 {{.Body | nosuchfunc}}"),
			dt.Tbl(dt.TR(dt.C("{{end}}{{end}}"))),
		},
	},
	// A runaway loop, which the output and time limits must stop.
	"runaway.docx": {
		Body: []dt.Block{dt.P("{{range 1000000000}}重复的文字{{end}}")},
	},
	// One card per task of the campaign (mail merge with --each .Tasks).
	"task_card.docx": {
		Body: []dt.Block{dt.P("{{.Title}}"), dt.P("期限：{{.Period.Text}}；状态：{{.Status}}")},
	},
	// A notice for mail merge: one per city.
	"city_notice.docx": {
		Body: []dt.Block{
			dt.P("{{.City}}人民政府："),
			dt.P("请于", dt.T("{{.Due}}"), "前报送", dt.SmartQuotes(`{{printf "%s" .What}}`), "。"),
		},
	},
}

// rawFixtures are files that are not built by docxtest.
var rawFixtures = map[string][]byte{
	// An OLE compound file (a .doc renamed, or a password-protected
	// .docx): only its signature matters to gongwen.
	"ole.docx": append([]byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"), make([]byte, 504)...),
}

func TestFixtures(t *testing.T) {
	all := map[string][]byte{}
	for name, d := range fixtures {
		all[name] = d.Bytes()
	}
	for name, b := range rawFixtures {
		all[name] = b
	}
	for name, want := range all {
		path := filepath.Join("testdata", name)
		if *update {
			if err := os.WriteFile(path, want, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		got, err := os.ReadFile(path)
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("%s is not up to date (%v); run go test ./internal/e2e -run TestFixtures -update", path, err)
		}
	}
}
