package docx

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gongwen/internal/docx/docxtest"
	"gongwen/internal/opc"
)

// The peer benchmark's Go-template variants must render correctly. They
// live beside the repository (../shared/peers); the test skips without them.
func peerTemplate(t testing.TB, name string) *Template {
	t.Helper()
	path := filepath.Join("..", "..", "..", "shared", "peers", "templates", name)
	if _, err := os.Stat(path); err != nil {
		t.Skipf("peer template %s not here", path)
	}
	pkg, err := opc.OpenFile(path, opc.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	tp, err := Parse(name, pkg, Options{})
	if err != nil {
		t.Fatal(err)
	}
	return tp
}

func TestPeerW1(t *testing.T) {
	tp := peerTemplate(t, "w1_gotemplate.docx")
	tasks := []map[string]any{}
	for i := 1; i <= 3; i++ {
		tasks = append(tasks, map[string]any{"No": i, "Name": "深化R&D<35>改革", "Lead": "市数据局", "Units": "各区", "Due": "6月底前"})
	}
	data := map[string]any{"Activity": "优化营商环境", "Office": "市政府办公室", "Date": "2025年1月15日", "Tasks": tasks}
	var buf bytes.Buffer
	if err := tp.Execute(&buf, data, ExecOptions{}); err != nil {
		t.Fatal(err)
	}
	c, err := docxtest.ReadDocx(buf.Bytes(), "word/document.xml")
	if err != nil {
		t.Fatal(err)
	}
	if c.Paras[0] != "优化营商环境重点任务责任分工表" {
		t.Errorf("title = %q", c.Paras[0])
	}
	if len(c.Tables) != 1 || len(c.Tables[0]) != 4 {
		t.Fatalf("tables = %q", c.Tables)
	}
	if got := c.Tables[0][2]; got[0] != "2" || got[1] != "深化R&D<35>改革" || got[4] != "6月底前" {
		t.Errorf("row 2 = %q", got)
	}
}

func TestPeerW2(t *testing.T) {
	tp := peerTemplate(t, "w2_gotemplate.docx")
	fields := []string{"CopyNo", "SecretLevel", "Urgency", "Issuer", "DocNo", "Signer", "Title", "Recipients", "Purpose", "Task",
		"Measure", "Schedule", "Requirement", "Attachment", "SignOrg", "SignDate", "Contact", "Phone", "Cc", "PrintOrg", "PrintDate"}
	data := map[string]any{}
	for i, f := range fields {
		data[f] = fmt.Sprintf("值%02d<%s>&", i, f)
	}
	var buf bytes.Buffer
	if err := tp.Execute(&buf, data, ExecOptions{}); err != nil {
		t.Fatal(err)
	}
	c, err := docxtest.ReadDocx(buf.Bytes(), "word/document.xml")
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Join(c.Paras, "\n")
	for _, f := range fields {
		if !strings.Contains(text, data[f].(string)) {
			t.Errorf("%s missing from\n%s", f, text)
		}
	}
	if strings.Contains(text, "{{") || len(c.Paras) != 19 {
		t.Errorf("%d paragraphs:\n%s", len(c.Paras), text)
	}
}

// BenchmarkPeerW1 times the peer W1 template on the peer data
// (GONGWEN_PEER_DATA=folder with w1_n10000.go.json from gen_data.py and
// gokeys.py), JSON decoding excluded.
func BenchmarkPeerW1(b *testing.B) {
	dir := os.Getenv("GONGWEN_PEER_DATA")
	raw, err := os.ReadFile(filepath.Join(dir, "w1_n10000.go.json"))
	if dir == "" || err != nil {
		b.Skip("GONGWEN_PEER_DATA not set")
	}
	var data map[string]any
	if err := json.Unmarshal(raw, &data); err != nil {
		b.Fatal(err)
	}
	tp := peerTemplate(b, "w1_gotemplate.docx")
	for b.Loop() {
		if err := tp.Execute(io.Discard, data, ExecOptions{Level: 1}); err != nil {
			b.Fatal(err)
		}
	}
}

// TestPeerW1Once renders the peer W1 workload once to a file, for measuring
// peak memory from outside (GONGWEN_PEER_DATA as for BenchmarkPeerW1).
func TestPeerW1Once(t *testing.T) {
	dir := os.Getenv("GONGWEN_PEER_DATA")
	raw, err := os.ReadFile(filepath.Join(dir, "w1_n10000.go.json"))
	if dir == "" || err != nil {
		t.Skip("GONGWEN_PEER_DATA not set")
	}
	var data map[string]any
	if err := json.Unmarshal(raw, &data); err != nil {
		t.Fatal(err)
	}
	tp := peerTemplate(t, "w1_gotemplate.docx")
	out := filepath.Join(t.TempDir(), "w1.docx")
	if o := os.Getenv("GONGWEN_PEER_OUT"); o != "" {
		out = o
	}
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := tp.Execute(f, data, ExecOptions{Level: 1}); err != nil {
		t.Fatal(err)
	}
}

// BenchmarkPeerW2 renders the 1000 peer notices (GONGWEN_PEER_DATA with
// w2_1000.go.json), each to memory, zip included.
func BenchmarkPeerW2(b *testing.B) {
	dir := os.Getenv("GONGWEN_PEER_DATA")
	raw, err := os.ReadFile(filepath.Join(dir, "w2_1000.go.json"))
	if dir == "" || err != nil {
		b.Skip("GONGWEN_PEER_DATA not set")
	}
	var data struct{ Records []map[string]any }
	if err := json.Unmarshal(raw, &data); err != nil {
		b.Fatal(err)
	}
	tp := peerTemplate(b, "w2_gotemplate.docx")
	var buf bytes.Buffer
	for b.Loop() {
		for _, r := range data.Records {
			buf.Reset()
			if err := tp.Execute(&buf, r, ExecOptions{Level: 1}); err != nil {
				b.Fatal(err)
			}
		}
	}
}
