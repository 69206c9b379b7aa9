// Package e2e renders templates through `gongwen render` and checks the
// outputs with the real clients that users open them with: python-docx
// reads every paragraph, table cell, header and footer, and LibreOffice
// converts the document to PDF, whose text pdftotext returns. A document
// that either cannot open, or that shows other text than expected, fails.
//
// Templates come from two places: the fixture builder docxtest (split runs,
// proofing marks, bookmarks, smart quotes, headers and footers, written the
// way Word writes them) and the peers' Go-template workloads W1 and W2
// (testdata/, copied from ../shared/peers/templates, made by python-docx).
package e2e

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"gongwen/internal/cli"
	"gongwen/internal/clients"
	dt "gongwen/internal/docx/docxtest"
)

// gongwen runs one command line in-process, as the binary would.
func gongwen(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = cli.Run(args, &cli.IOStreams{In: strings.NewReader(""), Out: &out, ErrOut: &errOut})
	return code, out.String(), errOut.String()
}

func writeJSON(t *testing.T, dir, name string, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// want is what a client must show: paragraphs of the body in order (empty
// ones dropped), tables cell by cell, and the headers and footers.
type want struct {
	paras   []string
	tables  [][][]string
	headers []string
	footers []string
	// pdf holds texts that the PDF must contain (compared without white
	// space, since LibreOffice breaks lines where it likes).
	pdf []string
}

type renderCase struct {
	name     string
	template func(t *testing.T, dir string) string
	data     any
	extra    []string // flags beyond -t -d -o --raw
	want     want
}

func fixture(d dt.Doc) func(t *testing.T, dir string) string {
	return func(t *testing.T, dir string) string { return dt.Write(t, dir, "tpl.docx", d) }
}

func peerTemplate(name string) func(t *testing.T, dir string) string {
	return func(t *testing.T, dir string) string { return filepath.Join("testdata", name) }
}

func cases() []renderCase {
	tasks := []map[string]any{
		{"No": 1, "Name": "全社会R&D经费投入强度提升", "Lead": "市科技局", "Units": "市财政局、市统计局", "Due": "2025年6月底前"},
		{"No": 2, "Name": "PM2.5年均浓度<35微克", "Lead": "市生态环境局", "Units": "各区人民政府", "Due": "长期坚持"},
		{"No": 3, "Name": "“一网通办”改革", "Lead": "市数据资源局", "Units": "市政务服务管理办公室", "Due": "2025年12月"},
	}
	var rows [][]string
	rows = append(rows, []string{"序号", "工作任务", "牵头单位", "责任单位", "完成时限"})
	for _, tk := range tasks {
		rows = append(rows, []string{
			strings.TrimSpace(jsonText(tk["No"])), tk["Name"].(string), tk["Lead"].(string), tk["Units"].(string), tk["Due"].(string)})
	}
	notice := map[string]any{
		"CopyNo": "000123", "SecretLevel": "秘密★1年", "Urgency": "特急", "Issuer": "××市人民政府办公室",
		"DocNo": "×政办发〔2025〕12号", "Signer": "张三", "Title": "关于开展营商环境“R&D”专项行动的通知",
		"Recipients": "各区人民政府", "Purpose": "优化营商环境", "Task": "推进<一网通办>改革", "Measure": "加强组织领导",
		"Schedule": "2025年3月至12月", "Requirement": "按时报送", "Attachment": "任务分工表", "SignOrg": "××市人民政府办公室",
		"SignDate": "2025年3月1日", "Contact": "李四", "Phone": "12345678", "Cc": "市委办公室", "PrintOrg": "××市人民政府办公室",
		"PrintDate": "2025年3月1日",
	}
	return []renderCase{
		{
			name: "W1 table row loop (peers' template)", template: peerTemplate("w1_gotemplate.docx"),
			data: map[string]any{"Activity": "2025年优化营商环境攻坚行动", "Office": "市优化营商环境领导小组办公室", "Date": "2025年3月1日", "Tasks": tasks},
			want: want{tables: [][][]string{rows}, pdf: []string{"2025年优化营商环境攻坚行动", "全社会R&D经费投入强度提升", "PM2.5年均浓度<35微克"}},
		},
		{
			name: "W2 notice (peers' template)", template: peerTemplate("w2_gotemplate.docx"), data: notice,
			want: want{paras: []string{"关于开展营商环境“R&D”专项行动的通知", "各区人民政府：", "二、保障措施。加强组织领导",
				"三、时间安排。2025年3月至12月", "（联系人：李四，联系电话：12345678）", "抄送：市委办公室。"},
				pdf: []string{"关于开展营商环境“R&D”专项行动的通知", "一、工作任务。推进<一网通办>改革"}},
		},
		{
			name: "split runs, proofing marks, bookmark, smart quotes",
			template: fixture(dt.Doc{Body: []dt.Block{
				dt.P("关于", dt.T("{{.Act"), dt.ProofStart, dt.B("ivity}}"), dt.ProofEnd, "的通知"),
				dt.P(dt.T("{{"), dt.BookmarkStart(7, "_GoBack"), dt.T(".Office"), dt.BookmarkEnd(7), dt.Rsid("}}", "00A1B2C3"), "："),
				dt.P(dt.SmartQuotes(`{{if eq .Kind "通知"}}`)),
				dt.P("这是通知。"),
				dt.P("{{else}}"),
				dt.P("这不是通知。"),
				dt.P("{{end}}"),
				dt.P("值：", dt.T("{{.Va"), dt.RenderedBreak, dt.T("lue}}")),
			}}),
			data: map[string]any{"Activity": "学创活动", "Office": "各工作组", "Kind": "通知", "Value": "A&B <c>"},
			want: want{paras: []string{"关于学创活动的通知", "各工作组：", "这是通知。", "值：A&B <c>"},
				pdf: []string{"关于学创活动的通知", "值：A&B<c>"}},
		},
		{
			name: "paragraph loop, header and footer, line breaks",
			template: fixture(dt.Doc{
				Header: []dt.Block{dt.P("{{.Org}}")},
				Footer: []dt.Block{dt.P("第", dt.T("{{.Page}}"), "页")},
				Body: []dt.Block{
					dt.P("{{.Title}}"),
					dt.P("{{range .Items}}"),
					dt.P("{{.}}"),
					dt.P("{{end}}"),
					dt.P("{{range .None}}"),
					dt.P("不应出现"),
					dt.P("{{end}}"),
					dt.P("结束"),
				}}),
			data: map[string]any{"Org": "综合组", "Page": "1", "Title": "工作要求", "Items": []string{"一要提高认识", "二要加强领导", "三要注重实效"}, "None": []string{}},
			want: want{paras: []string{"工作要求", "一要提高认识", "二要加强领导", "三要注重实效", "结束"},
				headers: []string{"综合组"}, footers: []string{"第1页"},
				pdf: []string{"二要加强领导", "结束"}},
		},
		{
			name: "the build date comes from --date",
			template: fixture(dt.Doc{Body: []dt.Block{
				dt.P("成文日期：{{date now}}"),
			}}),
			data: map[string]any{}, extra: []string{"--date", "2013-07-15"},
			want: want{paras: []string{"成文日期：2013年7月15日"}},
		},
		{
			name: "missing key printed empty with --missing=empty",
			template: fixture(dt.Doc{Body: []dt.Block{
				dt.P("甲{{.Here}}乙{{.Absent}}丙"),
			}}),
			data: map[string]any{"Here": "在"}, extra: []string{"--missing=empty"},
			want: want{paras: []string{"甲在乙丙"}, pdf: []string{"甲在乙丙"}},
		},
	}
}

func jsonText(v any) string { b, _ := json.Marshal(v); return string(b) }

func TestRenderOpensInClients(t *testing.T) {
	for _, tc := range cases() {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			tpl := tc.template(t, dir)
			data := writeJSON(t, dir, "data.json", tc.data)
			out := filepath.Join(dir, "out.docx")
			args := append([]string{"render", "--raw", "-t", tpl, "-d", data, "-o", out}, tc.extra...)
			if !slices.Contains(tc.extra, "--date") {
				args = append(args, "--date", "2025-03-01")
			}
			code, _, stderr := gongwen(t, args...)
			if code != 0 {
				t.Fatalf("gongwen render: exit %d\n%s", code, stderr)
			}
			doc := clients.ReadDocx(t, out)
			var paras []string
			for _, p := range doc.Paragraphs {
				if strings.TrimSpace(p) != "" {
					paras = append(paras, p)
				}
			}
			if tc.want.paras != nil {
				if !containsInOrder(paras, tc.want.paras) {
					t.Errorf("python-docx paragraphs:\n%q\nwant in order:\n%q", paras, tc.want.paras)
				}
			}
			for _, p := range paras {
				if strings.Contains(p, "{{") || strings.Contains(p, "}}") {
					t.Errorf("an action was left in the text: %q", p)
				}
			}
			for i, tbl := range tc.want.tables {
				if i >= len(doc.Tables) || !tableEqual(doc.Tables[i], tbl) {
					t.Errorf("table %d:\n%q\nwant\n%q", i+1, doc.Tables, tbl)
				}
			}
			if tc.want.headers != nil && !slices.Equal(doc.Headers, tc.want.headers) {
				t.Errorf("headers %q, want %q", doc.Headers, tc.want.headers)
			}
			if tc.want.footers != nil && !slices.Equal(doc.Footers, tc.want.footers) {
				t.Errorf("footers %q, want %q", doc.Footers, tc.want.footers)
			}
			if len(tc.want.pdf) == 0 {
				return
			}
			if testing.Short() {
				t.Log("LibreOffice check skipped in -short mode")
				return
			}
			text, pages := clients.PDFText(t, clients.ToPDF(t, out))
			if pages < 1 {
				t.Fatalf("PDF has %d pages", pages)
			}
			flat := clients.Squash(text)
			for _, w := range tc.want.pdf {
				if !strings.Contains(flat, clients.Squash(w)) {
					t.Errorf("PDF text lacks %q:\n%s", w, text)
				}
			}
		})
	}
}

// containsInOrder reports whether every string of want occurs in got, in
// order (other paragraphs may stand between them).
func containsInOrder(got, want []string) bool {
	i := 0
	for _, g := range got {
		if i < len(want) && g == want[i] {
			i++
		}
	}
	return i == len(want)
}

func tableEqual(got, want [][]string) bool {
	if len(got) != len(want) {
		return false
	}
	for i := range got {
		if !slices.Equal(got[i], want[i]) {
			return false
		}
	}
	return true
}

// TestMailMergeOpensInClients renders one notice per record with --each and
// --name, and opens every file.
func TestMailMergeOpensInClients(t *testing.T) {
	dir := t.TempDir()
	tpl := dt.Write(t, dir, "tpl.docx", dt.Doc{Body: []dt.Block{
		dt.P("{{.City}}人民政府："),
		dt.P("请于", dt.T("{{.Due}}"), "前报送材料。"),
	}})
	recs := []map[string]any{
		{"City": "武汉", "Due": "3月1日"}, {"City": "黄石", "Due": "3月2日"},
		{"City": "武汉", "Due": "3月3日"}, {"City": "../襄阳", "Due": "3月4日"},
	}
	data := writeJSON(t, dir, "data.json", map[string]any{"Records": recs})
	out := filepath.Join(dir, "out")
	code, stdout, stderr := gongwen(t, "render", "--raw", "-t", tpl, "-d", data, "-o", out,
		"--each", ".Records", "--name", "{{.City}}通知.docx")
	if code != 0 {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	wantFiles := []string{"武汉通知.docx", "黄石通知.docx", "武汉通知（2）.docx", "／襄阳通知.docx"}
	lines := strings.Split(strings.TrimSpace(stdout), "\n")
	if len(lines) != len(wantFiles) {
		t.Fatalf("stdout lists %q, want %d files", lines, len(wantFiles))
	}
	for i, name := range wantFiles {
		path := filepath.Join(out, name)
		if lines[i] != path {
			t.Errorf("line %d = %q, want %q", i+1, lines[i], path)
		}
		doc := clients.ReadDocx(t, path)
		want := []string{recs[i]["City"].(string) + "人民政府：", "请于" + recs[i]["Due"].(string) + "前报送材料。"}
		if !containsInOrder(doc.Paragraphs, want) {
			t.Errorf("%s: paragraphs %q, want %q", name, doc.Paragraphs, want)
		}
	}
	entries, _ := os.ReadDir(out)
	if len(entries) != len(wantFiles) {
		t.Errorf("folder holds %d entries, want %d (no temporary files left)", len(entries), len(wantFiles))
	}
}

// TestSourceDateEpoch checks that without --date the build date is
// SOURCE_DATE_EPOCH, so reproducible builds need no flag.
func TestSourceDateEpoch(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1373846400") // 2013-07-15 00:00 UTC
	dir := t.TempDir()
	tpl := dt.Write(t, dir, "tpl.docx", dt.Doc{Body: []dt.Block{dt.P("{{date now}}")}})
	data := writeJSON(t, dir, "data.json", map[string]any{})
	var outs [2][]byte
	for i := range outs {
		out := filepath.Join(dir, fmt.Sprintf("out%d.docx", i))
		if code, _, stderr := gongwen(t, "render", "--raw", "-t", tpl, "-d", data, "-o", out); code != 0 {
			t.Fatalf("exit %d\n%s", code, stderr)
		}
		outs[i], _ = os.ReadFile(out)
	}
	if !bytes.Equal(outs[0], outs[1]) {
		t.Error("two renders of the same inputs differ")
	}
	c, err := dt.ReadDocx(outs[0], "word/document.xml")
	if err != nil {
		t.Fatal(err)
	}
	if got := fmt.Sprint(c); !strings.Contains(got, "2013年7月15日") {
		t.Errorf("document text %s lacks 2013年7月15日", got)
	}
}
