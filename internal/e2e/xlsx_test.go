package e2e

import (
	"path/filepath"
	"strings"
	"testing"

	"gongwen/internal/clients"
)

// TestRenderXlsxOpensInClients renders the built-in responsibility workbook
// through `gongwen render --raw` (the .xlsx switch point) and opens it with
// openpyxl and LibreOffice.
func TestRenderXlsxOpensInClients(t *testing.T) {
	dir := t.TempDir()
	data := writeJSON(t, dir, "rows.json", map[string]any{
		"Title": "责任分工表", "Subtitle": "2013年",
		"Rows": []map[string]any{
			{"No": 1, "Activity": "学习", "Task": "R&D <任务>", "Lead": "省委宣传部", "Units": "各市州", "Due": "3月", "Progress": "推进中", "ID": "a"},
			{"No": 2, "Activity": "学习", "Task": "任务二", "Lead": "省发改委", "Units": "各市州", "Due": "4月", "Progress": "未启动", "ID": "b"},
		},
	})
	out := filepath.Join(dir, "out.xlsx")
	tpl := filepath.Join("..", "..", "templates", "fengongbiao.xlsx")
	if code, _, stderr := gongwen(t, "render", "--raw", "-t", tpl, "-d", data, "-o", out); code != 0 {
		t.Fatalf("gongwen render: exit %d\n%s", code, stderr)
	}
	var found bool
	sheets := clients.ReadXlsx(t, out)
	for _, sh := range sheets {
		for _, r := range sh.Rows {
			var cells []string
			for _, c := range r {
				if c != nil {
					cells = append(cells, *c)
				}
			}
			if strings.Join(cells, "|") == "学习|1|R&D <任务>|省委宣传部|各市州|3月|推进中|a" {
				found = true
			}
		}
	}
	if !found {
		t.Errorf("no sheet has the first data row: %v", sheets)
	}
	if testing.Short() {
		return
	}
	text, _ := clients.PDFText(t, clients.ToPDF(t, out))
	if !strings.Contains(clients.Squash(text), "R&D<任务>") {
		t.Errorf("PDF text lacks the task:\n%s", text)
	}
}
