package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gongwen/internal/docx/docxtest"
)

// TestRenderDocReadsProgrammeDate: render --doc in a programme's folder
// signs a document without a date of its own on the date its gongwen.yaml
// sets, when -d is that programme's data — as build, supervise and the
// others read it — and not with some other data.
func TestRenderDocReadsProgrammeDate(t *testing.T) {
	data := `name: 测试工作
year: 2024
units:
  - {id: zhk, name: 综合规划科}
profile:
  organs: [{id: swj, name: 宁川市商务局}]
documents:
  - {id: tz, kind: 通知, organs: [swj], title: 宁川市商务局关于报送落实情况的通知, recipients: [局机关各科室], opening: 请于6月底前报送落实情况。}
`
	tests := []struct {
		name, manifest, data string
		want, not            string
	}{
		{"its data", "data: d.yaml\ndate: 2024-07-03\n", "d.yaml", "2024年7月3日", ""},
		{"other data", "data: other.yaml\ndate: 2024-07-03\n", "d.yaml", "", "2024年7月3日"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			for name, text := range map[string]string{"gongwen.yaml": tt.manifest, "d.yaml": data, "other.yaml": data} {
				if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			t.Chdir(dir)
			code, _, stderr := run("render", "-d", tt.data, "--doc", "tz", "-o", "out/t.docx")
			if code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			b, err := os.ReadFile(filepath.Join("out", "t.docx"))
			if err != nil {
				t.Fatal(err)
			}
			doc, err := docxtest.ReadDocx(b, "word/document.xml")
			if err != nil {
				t.Fatal(err)
			}
			text := strings.Join(doc.Paras, "\n")
			if tt.want != "" && !strings.Contains(text, tt.want) {
				t.Errorf("not dated %s:\n%s", tt.want, text)
			}
			if tt.not != "" && strings.Contains(text, tt.not) {
				t.Errorf("dated %s with another programme's date:\n%s", tt.not, text)
			}
		})
	}
}
