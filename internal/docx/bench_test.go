package docx

import (
	"bytes"
	"compress/flate"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"testing/fstest"

	dt "gongwen/internal/docx/docxtest"
	"gongwen/internal/opc"
)

type benchTask struct {
	No                     int
	Name, Lead, Units, Due string
}

func w1Fixture() dt.Doc {
	return dt.Doc{Body: []dt.Block{
		dt.P(dt.T("{{.Acti"), dt.B("vity}}"), "重点任务责任分工表"),
		dt.P("制表单位：", "{{.Office}}", "　　制表日期：", "{{.Date}}"),
		dt.Tbl(dt.TR(dt.C("序号"), dt.C("工作任务"), dt.C("牵头单位"), dt.C("责任单位"), dt.C("完成时限")),
			dt.TR(dt.C("{{range .Tasks}}", "{{.No}}"), dt.C(dt.T("{{.Na"), dt.B("me}}")), dt.C("{{.Lead}}"), dt.C("{{.Units}}"), dt.C("{{.Due}}", "{{end}}"))),
	}}
}

func w1Data(n int) map[string]any {
	tasks := make([]benchTask, n)
	for i := range tasks {
		tasks[i] = benchTask{No: i + 1, Name: fmt.Sprintf("深化“一网通办”改革，推动R&D经费投入强度提升第%d项", i), Lead: "市数据资源局",
			Units: "市发展改革委、市市场监管局、各区人民政府", Due: "2025年6月底前"}
	}
	return map[string]any{"Activity": "2025年优化营商环境攻坚行动", "Office": "市人民政府办公室", "Date": "2025年1月15日", "Tasks": tasks}
}

func openFixture(b testing.TB, d dt.Doc) *Template {
	raw := d.Bytes()
	pkg, err := opc.Open(bytes.NewReader(raw), int64(len(raw)), opc.DefaultLimits)
	if err != nil {
		b.Fatal(err)
	}
	tp, err := Parse("bench.docx", pkg, Options{})
	if err != nil {
		b.Fatal(err)
	}
	return tp
}

// BenchmarkW1 renders the responsibility table with 10 000 rows, zip included.
func BenchmarkW1(b *testing.B) {
	tp := openFixture(b, w1Fixture())
	data := w1Data(10000)
	b.ResetTimer()
	for b.Loop() {
		if err := tp.Execute(io.Discard, data, ExecOptions{Level: flate.BestSpeed}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkW1Render is BenchmarkW1 without the zip.
func BenchmarkW1Render(b *testing.B) {
	tp := openFixture(b, w1Fixture())
	data := w1Data(10000)
	b.ResetTimer()
	for b.Loop() {
		if _, err := tp.Render(data, ExecOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}

func w2Fixture() dt.Doc {
	fields := []string{"CopyNo", "SecretLevel", "Urgency", "Issuer", "DocNo", "Signer", "Title", "Recipients", "Purpose", "Task",
		"Measure", "Schedule", "Requirement", "Attachment", "SignOrg", "SignDate", "Contact", "Phone", "Cc", "PrintOrg", "PrintDate"}
	var body []dt.Block
	for i, f := range fields {
		if i%7 == 3 {
			body = append(body, dt.P(dt.T("{{."+f[:2]), dt.B(f[2:]+"}}")).Styled(`<w:jc w:val="center"/>`))
			continue
		}
		body = append(body, dt.P(dt.R("第"+f+"项：", `<w:rFonts w:eastAsia="FangSong"/>`), dt.R("{{."+f+"}}", `<w:rFonts w:eastAsia="FangSong"/>`)))
	}
	return dt.Doc{Body: body}
}

// BenchmarkW2 renders 1000 one-page notices, zip included.
func BenchmarkW2(b *testing.B) {
	tp := openFixture(b, w2Fixture())
	recs := make([]map[string]string, 1000)
	for i := range recs {
		recs[i] = map[string]string{}
		for _, f := range []string{"CopyNo", "SecretLevel", "Urgency", "Issuer", "DocNo", "Signer", "Title", "Recipients", "Purpose", "Task",
			"Measure", "Schedule", "Requirement", "Attachment", "SignOrg", "SignDate", "Contact", "Phone", "Cc", "PrintOrg", "PrintDate"} {
			recs[i][f] = fmt.Sprintf("%s的内容，第%d份，含R&D与<35>", f, i)
		}
	}
	b.ResetTimer()
	for b.Loop() {
		for _, r := range recs {
			if err := tp.Execute(io.Discard, r, ExecOptions{Level: flate.BestSpeed}); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// Streaming into the zip gives the same parts as rendering in memory, and
// an execution error comes back as Errors, not wrapped by the zip layer.
func TestStreamingMatchesRender(t *testing.T) {
	tp := openFixture(t, w1Fixture())
	if !tp.streamable {
		t.Fatal("W1 should stream")
	}
	data := w1Data(3000)
	var buf bytes.Buffer
	if err := tp.Execute(&buf, data, ExecOptions{}); err != nil {
		t.Fatal(err)
	}
	parts, err := dt.Unzip(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	mem, err := tp.Render(data, ExecOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(parts["word/document.xml"], mem["word/document.xml"]) {
		t.Error("streamed document.xml differs from the rendered one")
	}
	bad := w1Data(3000)
	bad["Tasks"] = append(bad["Tasks"].([]benchTask)[:2999:2999], benchTask{})
	delete(bad, "Date")
	err = tp.Execute(io.Discard, bad, ExecOptions{})
	var es Errors
	if !errors.As(err, &es) || strings.HasPrefix(err.Error(), "写") {
		t.Errorf("err = %v", err)
	}
}

// BenchmarkW1DefaultLevel is BenchmarkW1 at the default flate level.
func BenchmarkW1DefaultLevel(b *testing.B) {
	tp := openFixture(b, w1Fixture())
	data := w1Data(10000)
	for b.Loop() {
		if err := tp.Execute(io.Discard, data, ExecOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParse compiles the peer notice template (21 fields, 19 paragraphs).
func BenchmarkParse(b *testing.B) {
	raw := w2Fixture().Bytes()
	pkg, err := opc.Open(bytes.NewReader(raw), int64(len(raw)), opc.DefaultLimits)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := Parse("w2.docx", pkg, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// The same template and data give byte-identical files, streamed or not.
func TestDeterministic(t *testing.T) {
	for _, d := range []dt.Doc{w1Fixture(), clientFixture()} {
		tp := openFixture(t, d)
		var a, b bytes.Buffer
		files := fstest.MapFS{"seal.png": {Data: pngBytes(30, 30)}}
		data := clientData
		if d.Footnotes == nil {
			data = w1Data(100)
		}
		if err := tp.Execute(&a, data, ExecOptions{Files: files}); err != nil {
			t.Fatal(err)
		}
		if err := tp.Execute(&b, data, ExecOptions{Files: files}); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a.Bytes(), b.Bytes()) {
			t.Error("two renders differ")
		}
	}
}
