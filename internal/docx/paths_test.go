package docx

import (
	"strings"
	"testing"

	dt "gongwen/internal/docx/docxtest"
)

func TestPaths(t *testing.T) {
	d := dt.Doc{
		Header: []dt.Block{dt.P("{{.Office.Name}}")},
		Body: []dt.Block{
			dt.P("{{.Activity.Name}}"),
			dt.Tbl(dt.TR(dt.C("{{range .Tasks}}{{.No}}"), dt.C("{{range $u := .Units}}{{$u.Name}}{{end}}{{end}}"))),
			dt.P("{{with .Plan}}{{.Goal}}{{end}}{{range $i, $p := .Phases}}{{$p.Title}}{{$.Year}}{{end}}"),
		},
	}
	tp := mustParse(t, d, Options{})
	var got []string
	for _, p := range tp.DataPaths() {
		s := p.Path
		if p.Loop {
			s += "*"
		}
		got = append(got, s)
	}
	want := ".Activity.Name .Tasks* .Tasks[].No .Tasks[].Units* .Tasks[].Units[].Name .Plan .Plan.Goal .Phases* .Phases[].Title .Year .Office.Name"
	if strings.Join(got, " ") != want {
		t.Errorf("paths\n got %s\nwant %s", strings.Join(got, " "), want)
	}
	if got := strings.Join(tp.Paths(), " "); got != ".Activity.Name .Tasks[].No .Tasks[].Units[].Name .Plan .Plan.Goal .Phases[].Title .Year .Office.Name" {
		t.Errorf("Paths() = %s", got)
	}
	if e := mustParse(t, d, Options{Missing: "empty"}); strings.Join(e.Paths(), " ") != strings.Join(tp.Paths(), " ") {
		t.Errorf("paths differ with Missing empty: %v", e.Paths())
	}
	for _, p := range tp.DataPaths() {
		if p.Path == ".Tasks[].No" && (len(p.Where) != 1 || p.Where[0].Table != 1 || p.Where[0].Cell != 1) {
			t.Errorf("where %+v", p.Where)
		}
	}
}

// A column loop reads the list it repeats over: columns passes its
// argument through, so the paths are the list's, not a function's result.
func TestPathsColumnLoop(t *testing.T) {
	d := dt.Doc{Body: []dt.Block{dt.Tbl(
		dt.TR(dt.C("序号"), dt.C("{{range columns .Heads.Lead}}{{.}}{{end}}")),
		dt.TR(dt.C("{{range .Rows}}{{.No}}"), dt.C("{{range columns .Cells.Lead}}{{.}}{{end}}{{end}}")),
	)}}
	got := strings.Join(mustParse(t, d, Options{}).Paths(), " ")
	if got != ".Heads.Lead[] .Rows[].No .Rows[].Cells.Lead[]" {
		t.Errorf("Paths() = %s", got)
	}
}
