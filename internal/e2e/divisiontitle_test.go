package e2e

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// TestDivisionTitleFromData builds QA's fanchang2023 (QA s10 13): the
// notice attaches the division as 「2023年区政府重点工作任务」 and the data
// has no 责任分工 document, so the standalone division and the Excel table
// are titled so, not 「…任务责任分工」, a title the source never printed.
func TestDivisionTitleFromData(t *testing.T) {
	manifest, err := filepath.Abs("../../testdata/programmes/fanchang2023/gongwen.yaml")
	if err != nil {
		t.Fatal(err)
	}
	out := t.TempDir()
	code, stdout, stderr := gongwen(t, "build", "-f", manifest, "-o", out, "--draft", "--json")
	if code != 0 {
		t.Fatalf("build exits %d:\n%s", code, stderr)
	}
	var rep struct {
		Outputs []struct{ Kind, Title, Path string }
	}
	if err := json.Unmarshal([]byte(stdout), &rep); err != nil {
		t.Fatal(err)
	}
	const want = "2023年区政府重点工作任务"
	seen := 0
	for _, o := range rep.Outputs {
		switch o.Kind {
		case "责任分工":
			seen++
			if o.Title != want {
				t.Errorf("the division is titled %q, want %q", o.Title, want)
			}
			if !strings.Contains(programmeDocxText(t, o.Path), want+"\n") || strings.Contains(programmeDocxText(t, o.Path), "责任分工") {
				t.Errorf("the division's text has no title line %q, or says 责任分工", want)
			}
		case "责任分工表":
			seen++
			f, err := excelize.OpenFile(o.Path)
			if err != nil {
				t.Fatal(err)
			}
			a1, _ := f.GetCellValue(f.GetSheetName(0), "A1")
			f.Close()
			if a1 != want {
				t.Errorf("the Excel table is titled %q, want %q", a1, want)
			}
		}
	}
	if seen != 2 {
		t.Errorf("%d division outputs, want the Word division and the Excel table", seen)
	}
}
