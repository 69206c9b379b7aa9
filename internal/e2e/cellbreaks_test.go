package e2e

import (
	"path/filepath"
	"regexp"
	"testing"

	"gongwen/internal/opc"
)

// cellBreak is a hard line break inside a run: the text before and after.
var cellBreak = regexp.MustCompile(`([^<>]{0,12})</w:t><w:br/><w:t[^>]*>([^<>]{0,12})`)

// TestCellBreaksBetweenWords builds QA's guangzhou2021 and jingyang2016 (QA
// s10 9) and holds that no hard line break in their Word outputs falls
// inside a unit's name but after its 、 (「黄埔区、南⏎沙区政府」 was printed)
// or inside the words QA found cut (国⏎家, 财⏎政), and that a break in a
// task's text leaves a line of more than a few characters before it (a short
// line ending in a hard break is stretched across a justified cell by
// LibreOffice).
func TestCellBreaksBetweenWords(t *testing.T) {
	for _, folder := range []string{"guangzhou2021", "jingyang2016"} {
		t.Run(folder, func(t *testing.T) {
			manifest, err := filepath.Abs(filepath.Join("../../testdata/programmes", folder, "gongwen.yaml"))
			if err != nil {
				t.Fatal(err)
			}
			out := t.TempDir()
			if code, _, stderr := gongwen(t, "build", "-f", manifest, "-o", out, "--draft"); code != 0 {
				t.Fatalf("build exits %d:\n%s", code, stderr)
			}
			docs, _ := filepath.Glob(filepath.Join(out, "*.docx"))
			if len(docs) < 2 {
				t.Fatalf("%d Word outputs, want the notice and the division", len(docs))
			}
			for _, doc := range docs {
				pkg, err := opc.OpenFile(doc, opc.DefaultLimits)
				if err != nil {
					t.Fatal(err)
				}
				data, err := pkg.Read("word/document.xml")
				if err != nil {
					t.Fatal(err)
				}
				for _, m := range cellBreak.FindAllStringSubmatch(string(data), -1) {
					before, after := []rune(m[1]), []rune(m[2])
					if len(before) == 0 || len(after) == 0 {
						continue
					}
					pair := string(before[len(before)-1]) + string(after[0])
					switch pair {
					case "南沙", "黄埔", "国家", "财政", "湾区":
						t.Errorf("%s: a hard break inside %q: %s⏎%s", filepath.Base(doc), pair, m[1], m[2])
					}
				}
			}
		})
	}
}
