package docx

import (
	"testing"

	dt "gongwen/internal/docx/docxtest"
)

func TestSmoke(t *testing.T) {
	d := dt.Doc{Body: []dt.Block{
		dt.P(dt.T("标题{{.Acti"), dt.B("vity}}"), "后"),
		dt.Tbl(dt.TR(dt.C("序号"), dt.C("名称")),
			dt.TR(dt.C("{{range .Tasks}}", "{{.No}}"), dt.C("{{.Name}}{{end}}"))),
	}}
	tp := mustParse(t, d, Options{})
	out := renderDoc(t, tp, map[string]any{"Activity": "A&B", "Tasks": []map[string]any{{"No": 1, "Name": "x<y"}, {"No": 2, "Name": "z"}}})
	c := bodyOf(t, out)
	t.Logf("%q %q", c.Paras, c.Tables)
	t.Logf("%s", out["word/document.xml"])
}
