package e2e

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"gongwen/internal/clients"
)

// TestHarnessCommands runs what ../shared/peers/run_gongwen.sh runs — the
// user's `gongwen render --raw`, single and `--each` — on the peers'
// templates with Go-style keys (as its gokeys.py makes them), and reads the
// results with python-docx: the timed documents must be right.
func TestHarnessCommands(t *testing.T) {
	dir := t.TempDir()
	rows := []map[string]any{
		{"No": 1, "Name": "全社会R&D经费投入", "Lead": "市科技局", "Units": "市财政局", "Due": "6月底前"},
		{"No": 2, "Name": "PM2.5<35", "Lead": "市生态环境局", "Units": "各区", "Due": "长期坚持"},
	}
	w1 := writeJSON(t, dir, "w1.json", map[string]any{"Activity": "攻坚行动", "Office": "办公室", "Date": "2025年3月1日", "Tasks": rows})
	out := filepath.Join(dir, "w1.docx")
	if code, _, stderr := gongwen(t, "render", "--raw", "-t", filepath.Join("testdata", "w1_gotemplate.docx"), "-d", w1, "-o", out); code != 0 {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	doc := clients.ReadDocx(t, out)
	if len(doc.Tables) != 1 || len(doc.Tables[0]) != 3 {
		t.Fatalf("tables %q, want one with a header and 2 rows", doc.Tables)
	}
	for i, r := range rows {
		want := []string{fmt.Sprint(r["No"]), r["Name"].(string), r["Lead"].(string), r["Units"].(string), r["Due"].(string)}
		if got := doc.Tables[0][i+1]; !slices.Equal(got, want) {
			t.Errorf("row %d = %q, want %q", i+1, got, want)
		}
	}

	var recs []map[string]any
	for i := range 3 {
		recs = append(recs, map[string]any{
			"CopyNo": fmt.Sprintf("%06d", i+1), "SecretLevel": "秘密", "Urgency": "特急", "Issuer": "市政府办公室",
			"DocNo": fmt.Sprintf("〔2025〕%d号", i+1), "Signer": "张三", "Title": fmt.Sprintf("关于第%d项工作的通知", i+1),
			"Recipients": "各区", "Purpose": "p", "Task": "t", "Measure": "m", "Schedule": "s", "Requirement": "r",
			"Attachment": "a", "SignOrg": "o", "SignDate": "d", "Contact": "c", "Phone": "1", "Cc": "cc",
			"PrintOrg": "po", "PrintDate": "pd",
		})
	}
	w2 := writeJSON(t, dir, "w2.json", map[string]any{"Records": recs})
	out = filepath.Join(dir, "w2")
	if code, _, stderr := gongwen(t, "render", "--raw", "-t", filepath.Join("testdata", "w2_gotemplate.docx"), "-d", w2,
		"--each", ".Records", "--name", `{{printf "%06d" seq}}.docx`, "-o", out); code != 0 {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	for i, r := range recs {
		doc := clients.ReadDocx(t, filepath.Join(out, fmt.Sprintf("%06d.docx", i+1))) // seq counts from 1
		text := strings.Join(doc.Paragraphs, "\n")
		for _, k := range []string{"Title", "DocNo", "CopyNo"} {
			if !strings.Contains(text, r[k].(string)) {
				t.Errorf("notice %d lacks %s %q:\n%s", i, k, r[k], text)
			}
		}
	}
}
