package e2e

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"gongwen/internal/clients"
)

// TestPeerRunner runs `gongwen peer` (the benchmark's runner) on the peers'
// templates with their snake_case data, as ../shared/peers/bench.sh does,
// and reads the results with python-docx: the timed documents must be right.
func TestPeerRunner(t *testing.T) {
	dir := t.TempDir()
	rows := []map[string]any{
		{"no": 1, "name": "全社会R&D经费投入", "lead": "市科技局", "units": "市财政局", "due": "6月底前"},
		{"no": 2, "name": "PM2.5<35", "lead": "市生态环境局", "units": "各区", "due": "长期坚持"},
	}
	w1 := writeJSON(t, dir, "w1.json", map[string]any{"activity": "攻坚行动", "office": "办公室", "date": "2025年3月1日", "tasks": rows})
	out := filepath.Join(dir, "w1")
	if code, _, stderr := gongwen(t, "peer", filepath.Join("testdata", "w1_gotemplate.docx"), w1, out, "single"); code != 0 {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	doc := clients.ReadDocx(t, filepath.Join(out, "out.docx"))
	if len(doc.Tables) != 1 || len(doc.Tables[0]) != 3 {
		t.Fatalf("tables %q, want one with a header and 2 rows", doc.Tables)
	}
	for i, r := range rows {
		want := []string{fmt.Sprint(r["no"]), r["name"].(string), r["lead"].(string), r["units"].(string), r["due"].(string)}
		if got := doc.Tables[0][i+1]; !slices.Equal(got, want) {
			t.Errorf("row %d = %q, want %q", i+1, got, want)
		}
	}

	var recs []map[string]any
	for i := range 3 {
		recs = append(recs, map[string]any{
			"copy_no": fmt.Sprintf("%06d", i+1), "secret_level": "秘密", "urgency": "特急", "issuer": "市政府办公室",
			"doc_no": fmt.Sprintf("〔2025〕%d号", i+1), "signer": "张三", "title": fmt.Sprintf("关于第%d项工作的通知", i+1),
			"recipients": "各区", "purpose": "p", "task": "t", "measure": "m", "schedule": "s", "requirement": "r",
			"attachment": "a", "sign_org": "o", "sign_date": "d", "contact": "c", "phone": "1", "cc": "cc",
			"print_org": "po", "print_date": "pd",
		})
	}
	w2 := writeJSON(t, dir, "w2.json", map[string]any{"records": recs})
	out = filepath.Join(dir, "w2")
	if code, _, stderr := gongwen(t, "peer", filepath.Join("testdata", "w2_gotemplate.docx"), w2, out, "many"); code != 0 {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	for i, r := range recs {
		doc := clients.ReadDocx(t, filepath.Join(out, fmt.Sprintf("%06d.docx", i)))
		text := strings.Join(doc.Paragraphs, "\n")
		for _, k := range []string{"title", "doc_no", "copy_no"} {
			if !strings.Contains(text, r[k].(string)) {
				t.Errorf("notice %d lacks %s %q:\n%s", i, k, r[k], text)
			}
		}
	}
}
