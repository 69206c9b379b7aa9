package docx

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"gongwen/internal/clients"
	dt "gongwen/internal/docx/docxtest"
	"gongwen/internal/opc"
)

// clientFixture exercises what real clients must accept: merged runs, row
// loops, vertical merges, copied paragraphs, restarted numbering, a header.
func clientFixture() dt.Doc {
	return dt.Doc{
		Numbering: true,
		Footnotes: []string{"脚注内容"},
		Header:    []dt.Block{dt.P("{{.Office}}")},
		Title:     "{{.Title}}",
		Body: []dt.Block{
			dt.P(dt.T("{{.Ti"), dt.ProofStart, dt.B("tle}}"), dt.ProofEnd),
			dt.P(dt.SmartQuotes(`{{if eq .Kind "通知"}}`)),
			dt.P("{{paras .Body}}"),
			dt.P("{{end}}"),
			dt.Tbl(dt.TR(dt.C("专项活动"), dt.C("任务"), dt.C("牵头")),
				dt.TR(dt.C("{{range .Rows}}{{vmerge .Act}}"), dt.C("{{.Task}}"), dt.C("{{.Lead}}{{end}}"))),
			dt.P("（表间段落：Word 总在两个表格之间留一段）"),
			dt.Raw(`<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>` +
				`<w:tblGrid><w:gridCol w:w="1500"/><w:gridCol w:w="3000"/></w:tblGrid>` +
				`<w:tr><w:tc><w:tcPr><w:tcW w:w="1500" w:type="dxa"/></w:tcPr><w:p><w:r><w:t>月份</w:t></w:r></w:p></w:tc>` +
				`<w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr><w:p><w:r><w:t>{{range columns .Months}}{{.}}月{{end}}</w:t></w:r></w:p></w:tc></w:tr>` +
				`<w:tr><w:tc><w:tcPr><w:tcW w:w="1500" w:type="dxa"/></w:tcPr><w:p><w:r><w:t>完成</w:t></w:r></w:p></w:tc>` +
				`<w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr><w:p><w:r><w:t>{{range columns .Months}}√{{end}}</w:t></w:r></w:p></w:tc></w:tr></w:tbl>`),
			dt.P(`签章：{{image "seal.png" "2cm"}}`),
			dt.P("{{range .Groups}}"),
			dt.P("组：", "{{.Name}}", dt.FootnoteRef(1)),
			dt.P("{{range $i, $x := .Items}}"),
			dt.P("{{if not $i}}{{restartnum}}{{end}}{{$x}}").Styled(dt.NumPr(1, 0)),
			dt.P("{{end}}"),
			dt.P("{{end}}"),
		},
	}
}

var clientData = M{
	"Title": "关于开展“学创”活动的通知", "Office": "综合组", "Kind": "通知",
	"Body": "第一段 R&D <35>\n第二段",
	"Rows": []M{
		{"Act": "学习活动", "Task": "集中学习", "Lead": "省委宣传部"},
		{"Act": "学习活动", "Task": "专题辅导", "Lead": "省委党校"},
		{"Act": "争创活动", "Task": "评比", "Lead": "省委组织部"},
	},
	"Groups": []M{{"Name": "一组", "Items": []string{"甲", "乙"}}, {"Name": "二组", "Items": []string{"丙"}}},
	"Months": []int{3, 4, 5},
}

func renderClientFixture(t *testing.T) string {
	raw := clientFixture().Bytes()
	pkg, err := opc.Open(bytes.NewReader(raw), int64(len(raw)), opc.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	tp, err := Parse("client.docx", pkg, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	files := fstest.MapFS{"seal.png": {Data: pngBytes(30, 30)}}
	if err := tp.Execute(&buf, clientData, ExecOptions{Files: files}); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "out.docx")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestPythonDocxReadsOutput(t *testing.T) {
	clients.RequirePython(t, "docx")
	d := clients.ReadDocx(t, renderClientFixture(t))
	want := []string{"关于开展“学创”活动的通知", "第一段 R&D <35>", "第二段", "（表间段落：Word 总在两个表格之间留一段）", "签章：", "组：一组", "甲", "乙", "组：二组", "丙"}
	if strings.Join(d.Paragraphs, "|") != strings.Join(want, "|") {
		t.Errorf("paragraphs\n got %q\nwant %q", d.Paragraphs, want)
	}
	if len(d.Tables) != 2 || strings.Join(d.Tables[1][0], "|") != "月份|3月|4月|5月" || strings.Join(d.Tables[1][1], "|") != "完成|√|√|√" {
		t.Errorf("column loop table %q", d.Tables)
	}
	if len(d.Tables) < 1 || len(d.Tables[0]) != 4 || d.Tables[0][3][1] != "评比" || d.Tables[0][2][0] != "学习活动" {
		// python-docx reports a vertically merged cell with the text of its first cell.
		t.Errorf("table %q", d.Tables)
	}
	if len(d.Headers) == 0 || !strings.Contains(strings.Join(d.Headers, ""), "综合组") {
		t.Errorf("headers %q", d.Headers)
	}
}

func TestLibreOfficeConvertsOutput(t *testing.T) {
	if testing.Short() {
		t.Skip("LibreOffice conversion is slow")
	}
	clients.RequireLibreOffice(t)
	text, pages := clients.PDFText(t, clients.ToPDF(t, renderClientFixture(t)))
	s := clients.Squash(text)
	for _, want := range []string{"关于开展“学创”活动的通知", "第一段R&D<35>", "集中学习", "评比", "省委组织部", "月份3月4月5月", "完成√√√", "1.甲", "2.乙", "1.丙", "综合组", "组：一组1", "组：二组2", "1脚注内容", "2脚注内容"} {
		if !strings.Contains(s, want) {
			t.Errorf("PDF text lacks %q:\n%s", want, text)
		}
	}
	if pages != 1 {
		t.Errorf("pages = %d", pages)
	}
}
