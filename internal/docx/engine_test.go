package docx

import (
	"bytes"
	"errors"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	dt "gongwen/internal/docx/docxtest"
)

func try(d dt.Doc, data any, opts Options) (map[string][]byte, error) {
	tp, err := parsePackage("t.docx", docPackage(d), opts)
	if err != nil {
		return nil, err
	}
	out, err := tp.Render(data, ExecOptions{})
	if err != nil {
		return nil, err
	}
	for n, b := range d.Files() {
		if _, ok := out[n]; !ok {
			out[n] = b
		}
	}
	return out, nil
}

type M = map[string]any

// TestRender renders small documents written the ways Word and WPS write
// them and compares the paragraphs (and tables) a reader sees.
func TestRender(t *testing.T) {
	items := M{"Items": []string{"甲", "乙"}, "None": []string{}}
	tests := []struct {
		name   string
		body   []dt.Block
		data   any
		paras  []string
		tables [][][]string // nil: not checked
	}{
		{"plain", []dt.Block{dt.P("{{.A}}")}, M{"A": "x"}, []string{"x"}, nil},
		{"split in name, bold half", []dt.Block{dt.P(dt.T("前{{.Na"), dt.B("me}}后"))}, M{"Name": "值"}, []string{"前值后"}, nil},
		{"split over four runs", []dt.Block{dt.P(dt.T("{"), dt.B("{"), dt.T(".Na"), dt.Color("me}", "FF0000"), dt.T("}"))}, M{"Name": "v"}, []string{"v"}, nil},
		{"proofErr inside", []dt.Block{dt.P(dt.T("{{.Ti"), dt.ProofStart, dt.T("tle"), dt.ProofEnd, dt.T("}}"))}, M{"Title": "标题"}, []string{"标题"}, nil},
		{"bookmark inside", []dt.Block{dt.P(dt.T("{{.A"), dt.BookmarkStart(0, "bm"), dt.T("}}"), dt.BookmarkEnd(0))}, M{"A": "1"}, []string{"1"}, nil},
		{"rendered page break inside", []dt.Block{dt.P(dt.T("{{.A"), dt.RenderedBreak, dt.T("}}"))}, M{"A": "1"}, []string{"1"}, nil},
		{"rsid split", []dt.Block{dt.P(dt.Rsid("{{.", "00A1"), dt.Rsid("A}}", "00B2"))}, M{"A": "ok"}, []string{"ok"}, nil},
		{"smart quotes", []dt.Block{dt.P(dt.SmartQuotes(`{{if eq .A "x"}}是{{else}}否{{end}}`))}, M{"A": "x"}, []string{"是"}, nil},
		{"full-width braces and spaces", []dt.Block{dt.P("｛｛　.A　｝｝和{{.B｝｝")}, M{"A": "1", "B": "2"}, []string{"1和2"}, nil},
		{"full-width pipe and parens", []dt.Block{dt.P("{{（len .L）｜printf “%d”}}")}, M{"L": []int{1, 2}}, []string{"2"}, nil},
		{"curly quotes inside a string", []dt.Block{dt.P(`{{printf "“%s”" .Title}}`)}, M{"Title": "标题"}, []string{"“标题”"}, nil},
		{"curly quotes inside and around", []dt.Block{dt.P(`{{printf "《%s》‘%s’" .A .B | printf “%s。”}}`)}, M{"A": "甲", "B": "乙"}, []string{"《甲》‘乙’。"}, nil},
		{"escaping", []dt.Block{dt.P("{{.A}}")}, M{"A": "R&D <35> \"q\""}, []string{"R&D <35> \"q\""}, nil},
		{"newline and tab", []dt.Block{dt.P("{{.A}}")}, M{"A": "一\n二\r\n三\t四"}, []string{"一\n二\n三\t四"}, nil},
		{"forbidden characters", []dt.Block{dt.P("{{.A}}")}, M{"A": "a\x01b\x0bc\uFFFEd\x02"}, []string{"abcd"}, nil},
		{"nil prints nothing", []dt.Block{dt.P("[{{.A}}]")}, M{"A": nil}, []string{"[]"}, nil},
		{"nil pointer prints nothing", []dt.Block{dt.P("[{{.A}}]")}, M{"A": (*int)(nil)}, []string{"[]"}, nil},
		{"text outside keeps runs", []dt.Block{dt.P(dt.B("粗"), "{{.A}}", dt.B("体"))}, M{"A": "-"}, []string{"粗-体"}, nil},
		{"paragraph loop", []dt.Block{dt.P("前"), dt.P("{{range .Items}}"), dt.P("项：{{.}}"), dt.P("{{end}}"), dt.P("后")}, items,
			[]string{"前", "项：甲", "项：乙", "后"}, nil},
		{"empty paragraph loop leaves nothing", []dt.Block{dt.P("前"), dt.P("{{range .None}}"), dt.P("{{.}}"), dt.P("{{end}}"), dt.P("后")}, items,
			[]string{"前", "后"}, nil},
		{"false if leaves nothing", []dt.Block{dt.P("{{if .No}}"), dt.P("x"), dt.P("{{else}}"), dt.P("y"), dt.P("{{end}}")}, M{"No": false},
			[]string{"y"}, nil},
		{"trim markers", []dt.Block{dt.P("a {{- .A -}} b")}, M{"A": "1"}, []string{"a1b"}, nil},
		{"control paragraph with spaces", []dt.Block{dt.P(" {{ if .A }} "), dt.P("x"), dt.P("　{{end}}")}, M{"A": true}, []string{"x"}, nil},
		{"inline loop", []dt.Block{dt.P("{{range $i, $x := .Items}}{{if $i}}、{{end}}{{$x}}{{end}}")}, items, []string{"甲、乙"}, nil},
		{"loop across paragraphs inline", []dt.Block{dt.P("开始{{range .Items}}<{{.}}"), dt.P(">{{end}}结束")}, items,
			[]string{"开始<甲", "><乙", ">结束"}, nil},
		{"row loop", []dt.Block{dt.Tbl(dt.TR(dt.C("名"), dt.C("值")), dt.TR(dt.C("{{range .Items}}", "{{.}}"), dt.C("v{{end}}")))}, items,
			[]string{"名", "值", "甲", "v", "乙", "v"}, [][][]string{{{"名", "值"}, {"甲", "v"}, {"乙", "v"}}}},
		{"empty row loop keeps header", []dt.Block{dt.Tbl(dt.TR(dt.C("名")), dt.TR(dt.C("{{range .None}}{{.}}"), dt.C("{{end}}")))}, items,
			[]string{"名"}, [][][]string{{{"名"}}}},
		{"table of an empty loop only disappears", []dt.Block{dt.P("a"), dt.Tbl(dt.TR(dt.C("{{range .None}}{{.}}"), dt.C("{{end}}"))), dt.P("b")}, items,
			[]string{"a", "b"}, [][][]string{}},
		{"marker rows", []dt.Block{dt.Tbl(dt.TR(dt.C("表头")), dt.TR(dt.C("{{range .Items}}")), dt.TR(dt.C("{{.}}")), dt.TR(dt.C("{{end}}")))}, items,
			[]string{"表头", "甲", "乙"}, [][][]string{{{"表头"}, {"甲"}, {"乙"}}}},
		{"conditional row", []dt.Block{dt.Tbl(dt.TR(dt.C("h")), dt.TR(dt.C("{{if .No}}x"), dt.C("y{{end}}")))}, M{"No": false},
			[]string{"h"}, [][][]string{{{"h"}}}},
		// showif that empties every cell of a row removes the row, and a
		// table whose rows all go goes (the 版记's 印发 row); a cell that
		// keeps a paragraph keeps the row.
		{"showif empties a row", []dt.Block{dt.Tbl(dt.TR(dt.C("h")), dt.TR(dt.C("{{showif .No}}x"))), dt.P("后")}, M{"No": false},
			[]string{"h", "后"}, [][][]string{{{"h"}}}},
		{"showif empties the only row", []dt.Block{dt.P("前"), dt.Tbl(dt.TR(dt.C("{{showif .No}}x"), dt.C("{{showif .No}}y"))), dt.P("后")}, M{"No": false},
			[]string{"前", "后"}, nil},
		{"showif keeps a row with a kept cell", []dt.Block{dt.Tbl(dt.TR(dt.C("{{showif .No}}x"), dt.C("y")))}, M{"No": false},
			[]string{"", "y"}, [][][]string{{{"", "y"}}}},
		{"showif true keeps the row", []dt.Block{dt.Tbl(dt.TR(dt.C("{{showif .No}}x")))}, M{"No": true},
			[]string{"x"}, [][][]string{{{"x"}}}},
		{"showif rows in a row loop", []dt.Block{dt.Tbl(dt.TR(dt.C("{{range .Items}}{{if eq . \"甲\"}}{{end}}"), dt.C("z{{end}}")), dt.TR(dt.C("{{showif .No}}x")))}, M{"No": false, "Items": []string{"甲", "乙"}},
			[]string{"", "z", "", "z"}, [][][]string{{{"", "z"}, {"", "z"}}}},
		{"control paragraphs in a cell", []dt.Block{dt.Tbl(dt.TR(dt.Cell{Paras: []dt.Para{dt.P("{{if .No}}"), dt.P("x"), dt.P("{{end}}")}}))}, M{"No": false},
			[]string{""}, [][][]string{{{""}}}},
		{"nested row loops with if", []dt.Block{dt.Tbl(dt.TR(dt.C("{{range .Items}}{{if ne . \"甲\"}}"), dt.C("{{.}}"), dt.C("{{end}}{{end}}")))}, items,
			[]string{"", "乙", ""}, [][][]string{{{"", "乙", ""}}}},
		{"comment paragraph removed", []dt.Block{dt.P("{{/* 说明 */}}"), dt.P("x")}, nil, []string{"x"}, nil},
		{"variable paragraph removed", []dt.Block{dt.P("{{$n := 3}}"), dt.P("{{$n}}")}, nil, []string{"3"}, nil},
		{"define and template", []dt.Block{dt.P(`{{define "x"}}`), dt.P("定义{{.}}"), dt.P("{{end}}"), dt.P(`{{template "x" .A}}`)}, M{"A": 1},
			[]string{"定义1"}, nil},
		{"paras", []dt.Block{dt.P(dt.B("{{paras .T}}"))}, M{"T": "第一段\n\n第二段&"}, []string{"第一段", "第二段&"}, nil},
		// A list is a paragraph per item, blank items kept (a signature's
		// padded lines), a line break inside an item a space.
		{"paras of a list", []dt.Block{dt.P(dt.B("{{paras .L}}"))}, M{"L": []string{"甲", "", "　乙&", "丙\n丁"}}, []string{"甲", "", "　乙&", "丙 丁"}, nil},
		{"paras of an empty list", []dt.Block{dt.P("前"), dt.P("{{paras .L}}"), dt.P("后")}, M{"L": []string{}}, []string{"前", "", "后"}, nil},
		{"paras of a list of numbers", []dt.Block{dt.P("{{paras .L}}")}, M{"L": []int{1, 2}}, []string{"1", "2"}, nil},
		{"pagebreak and br", []dt.Block{dt.P("a{{br}}b{{pagebreak}}c")}, nil, []string{"a\nb\nc"}, nil},
		{"braces in text not actions", []dt.Block{dt.P("{单} }} {x}")}, nil, []string{"{单} }} {x}"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, err := try(dt.Doc{Body: tc.body}, tc.data, Options{})
			if err != nil {
				t.Fatal(err)
			}
			c := bodyOf(t, out)
			if strings.Join(c.Paras, "|") != strings.Join(tc.paras, "|") {
				t.Errorf("paragraphs\n got %q\nwant %q\n%s", c.Paras, tc.paras, out["word/document.xml"])
			}
			if tc.tables != nil && !equalTables(c.Tables, tc.tables) {
				t.Errorf("tables\n got %q\nwant %q", c.Tables, tc.tables)
			}
		})
	}
}

func equalTables(a, b [][][]string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if len(a[i]) != len(b[i]) {
			return false
		}
		for j := range a[i] {
			if strings.Join(a[i][j], "|") != strings.Join(b[i][j], "|") {
				return false
			}
		}
	}
	return true
}

func TestMergeKeepsFirstRunFormatting(t *testing.T) {
	out, err := try(dt.Doc{Body: []dt.Block{dt.P(dt.Color("{{.Na", "FF0000"), dt.B("me}}"), dt.B("尾"))}}, M{"Name": "值"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	x := string(out["word/document.xml"])
	want := `<w:p><w:r><w:rPr><w:color w:val="FF0000"/></w:rPr><w:t xml:space="preserve">值</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>尾</w:t></w:r></w:p>`
	if !strings.Contains(x, want) {
		t.Errorf("merged paragraph not found:\n%s", x)
	}
}

func TestUntouchedBytes(t *testing.T) {
	d := dt.Doc{Body: []dt.Block{dt.P(dt.B("甲"), dt.ProofStart, dt.T("乙 "), dt.ProofEnd), dt.P("{{.A}}")}}
	src := string(d.Files()["word/document.xml"])
	out, err := try(d, M{"A": "x"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := string(out["word/document.xml"])
	if got != strings.Replace(src, "<w:t>{{.A}}</w:t>", `<w:t xml:space="preserve">x</w:t>`, 1) {
		t.Errorf("bytes outside the action changed:\n%s\n%s", src, got)
	}
	// A template without actions is not rewritten at all.
	tp, err := parsePackage("t.docx", docPackage(dt.Doc{Body: []dt.Block{dt.P("{没有动作}")}}), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if ch, _ := tp.Render(nil, ExecOptions{}); len(ch) != 0 {
		t.Errorf("changes for a template without actions: %v", ch)
	}
}

func TestHeaderFooterCore(t *testing.T) {
	d := dt.Doc{
		Body:   []dt.Block{dt.P("正文{{.A}}")},
		Header: []dt.Block{dt.P("页眉{{.H}}")},
		Footer: []dt.Block{dt.P("第{{.F}}页")},
		Title:  "{{.T}}", Subject: "主题：{{.S}}",
	}
	out, err := try(d, M{"A": 1, "H": "眉", "F": 2, "T": "标题&", "S": "s"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for part, want := range map[string]string{"word/header1.xml": "页眉眉", "word/footer1.xml": "第2页"} {
		c, err := dt.Read(out[part])
		if err != nil || len(c.Paras) != 1 || c.Paras[0] != want {
			t.Errorf("%s: %q %v", part, c.Paras, err)
		}
	}
	core := string(out["docProps/core.xml"])
	if !strings.Contains(core, "<dc:title>标题&amp;</dc:title>") || !strings.Contains(core, "<dc:subject>主题：s</dc:subject>") {
		t.Errorf("core.xml: %s", core)
	}
}

func TestParseErrors(t *testing.T) {
	d := dt.Doc{Body: []dt.Block{
		dt.P("正常{{.A}}"),
		dt.P("坏的{{.A | nosuch}}动作"),
		dt.P("未闭合{{.B"),
		dt.Tbl(dt.TR(dt.C("x"), dt.C("{{if .C}}"))),
		dt.P("{{end}}"),
		dt.P("多余{{end}}"),
		dt.P("{{range .D}}"),
	}, Header: []dt.Block{dt.P("{{.A .}")}}
	_, err := try(d, nil, Options{})
	var es Errors
	if !errors.As(err, &es) {
		t.Fatalf("want Errors, got %v", err)
	}
	msg := err.Error()
	for _, want := range []string{
		`正文「坏的{{.A | nosuch}}动作」: 语法错误：没有名为 nosuch 的函数`,
		"正文「未闭合{{.B」: 「{{」没有对应的「}}」",
		"正文 第 1 个表格第 1 行第 2 列「{{if .C}}」",
		"多余的「{{end}}」",
		"「{{range .D}}」没有对应的「{{end}}」",
		"页眉「{{.A .}」",
		"「{{end}}」（正文 第 1 个表格之后）",
	} {
		if !strings.Contains(msg, want) {
			t.Errorf("errors lack %q:\n%s", want, msg)
		}
	}
	if len(es) < 5 {
		t.Errorf("want all errors at once, got %d:\n%s", len(es), msg)
	}
}

func TestExecErrors(t *testing.T) {
	d := dt.Doc{Body: []dt.Block{
		dt.P("标题"),
		dt.Tbl(dt.TR(dt.C("{{range .Tasks}}{{.No}}"), dt.C("{{.Lead}}{{end}}"))),
	}}
	_, err := try(d, M{"Tasks": []M{{"No": 1, "Lead": "x"}, {"No": 2}}}, Options{})
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("want *Error, got %v", err)
	}
	if e.Path != ".Tasks[1].Lead" || e.Loc.Table != 1 || e.Loc.Cell != 2 || e.Loc.Para != 3 || !strings.Contains(e.Msg, "数据中没有「Lead」") {
		t.Errorf("error = %+v\n%v", e, err)
	}
	// --missing=empty
	out, err := try(d, M{"Tasks": []M{{"No": 1}}}, Options{Missing: "empty"})
	if err != nil {
		t.Fatal(err)
	}
	if c := bodyOf(t, out); c.Tables[0][0][1] != "" {
		t.Errorf("missing key printed %q", c.Tables[0][0][1])
	}
	// A struct field that does not exist.
	type task struct{ No int }
	_, err = try(d, M{"Tasks": []task{{1}}}, Options{})
	if !errors.As(err, &e) || !strings.Contains(e.Msg, "数据中没有字段「Lead」") {
		t.Errorf("struct field: %v", err)
	}
}

func TestLevelMismatch(t *testing.T) {
	d := dt.Doc{Body: []dt.Block{dt.P("文字{{range .X}}"), dt.Tbl(dt.TR(dt.C("{{end}}")))}}
	_, err := try(d, nil, Options{})
	if err == nil || !strings.Contains(err.Error(), "不在同一层级") {
		t.Errorf("err = %v", err)
	}
}

func TestLimits(t *testing.T) {
	tests := []struct {
		name string
		body []dt.Block
		opts Options
		want error
	}{
		{"huge range", []dt.Block{dt.P("{{range 1000000000}}x{{end}}")}, Options{MaxOutput: 1 << 20}, ErrTooLarge},
		{"silent huge range", []dt.Block{dt.P("{{range 1000000000}}{{end}}")}, Options{Timeout: 50 * time.Millisecond}, ErrTimeout},
		{"recursion", []dt.Block{dt.P(`{{define "r"}}{{template "r" .}}{{end}}{{template "r" .}}`)}, Options{}, errTooDeep},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := try(dt.Doc{Body: tc.body}, nil, tc.opts)
			if !errors.Is(err, tc.want) {
				t.Errorf("err = %v, want %v", err, tc.want)
			}
		})
	}
}

func TestUniqueIDsInLoops(t *testing.T) {
	drawing := dt.Raw(`<w:r><w:drawing><wp:inline><wp:docPr id="1" name="图片 1"/></wp:inline></w:drawing></w:r>`)
	d := dt.Doc{Body: []dt.Block{
		dt.P("{{range .Items}}"),
		dt.Para{ParaID: "1A2B3C4D", Items: []dt.Inline{dt.BookmarkStart(5, "b"), dt.T("{{.}}"), dt.BookmarkEnd(5), drawing}},
		dt.P("{{end}}"),
	}}
	out, err := try(d, M{"Items": []int{1, 2, 3}}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	x := string(out["word/document.xml"])
	for _, re := range []string{`wp:docPr id="([^"]*)"`, `w14:paraId="([^"]*)"`, `w:bookmarkStart w:id="([^"]*)"`} {
		ids := map[string]bool{}
		for _, m := range regexpAll(re, x) {
			if ids[m] {
				t.Errorf("%s: duplicate %s\n%s", re, m, x)
			}
			ids[m] = true
		}
		if len(ids) != 3 {
			t.Errorf("%s: %d ids", re, len(ids))
		}
	}
	if strings.Count(x, `<w:bookmarkEnd w:id="5"/>`) != 1 {
		t.Errorf("bookmark ends not renumbered with their starts:\n%s", x)
	}
}

func TestVMerge(t *testing.T) {
	d := dt.Doc{Body: []dt.Block{dt.Tbl(
		dt.TR(dt.C("活动"), dt.C("任务")),
		dt.TR(dt.C("{{range .Rows}}{{vmerge .A}}"), dt.C("{{.T}}{{end}}")))}}
	rows := []M{{"A": "甲", "T": "1"}, {"A": "甲", "T": "2"}, {"A": "乙", "T": "3"}}
	out, err := try(d, M{"Rows": rows}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	x := string(out["word/document.xml"])
	c := bodyOf(t, out)
	if got := c.Tables[0]; got[1][0] != "甲" || got[2][0] != "" || got[3][0] != "乙" {
		t.Errorf("cells %q", got)
	}
	if strings.Count(x, `<w:vMerge w:val="restart"/>`) != 2 || strings.Count(x, `<w:vMerge/>`) != 1 {
		t.Errorf("vMerge:\n%s", x)
	}
}

func TestRestartNumbering(t *testing.T) {
	d := dt.Doc{Numbering: true, Body: []dt.Block{
		dt.P("{{range .Groups}}"),
		dt.P("{{.Name}}"),
		dt.P("{{range $i, $x := .Items}}"),
		dt.P("{{if not $i}}{{restartnum}}{{end}}{{$x}}").Styled(dt.NumPr(1, 0)),
		dt.P("{{end}}"),
		dt.P("{{end}}"),
	}}
	out, err := try(d, M{"Groups": []M{{"Name": "一", "Items": []string{"a", "b"}}, {"Name": "二", "Items": []string{"c"}}}}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	x := string(out["word/document.xml"])
	ids := regexpAll(`<w:numId w:val="(\d+)"/>`, x)
	if strings.Join(ids, ",") != "2,2,3" {
		t.Errorf("numIds %v\n%s", ids, x)
	}
	n := string(out["word/numbering.xml"])
	if !strings.Contains(n, `<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/>`) {
		t.Errorf("numbering.xml:\n%s", n)
	}
	if _, err := dt.Read(out["word/numbering.xml"]); err != nil {
		t.Error(err)
	}
}

func TestConcurrentExecute(t *testing.T) {
	tp := openFixture(t, w1Fixture())
	done := make(chan string)
	for i := range 4 {
		go func() {
			var out map[string][]byte
			var err error
			if i%2 == 0 {
				out, err = tp.Render(w1Data(50+i), ExecOptions{})
			} else {
				var buf bytes.Buffer
				if err = tp.Execute(&buf, w1Data(50+i), ExecOptions{}); err == nil {
					out, err = dt.Unzip(buf.Bytes())
				}
			}
			if err != nil {
				done <- err.Error()
				return
			}
			c, err := dt.Read(out["word/document.xml"])
			if err != nil || len(c.Tables[0]) != 51+i {
				done <- "bad output"
				return
			}
			done <- ""
		}()
	}
	for range 4 {
		if s := <-done; s != "" {
			t.Error(s)
		}
	}
}

func TestColumnLoop(t *testing.T) {
	d := dt.Doc{Body: []dt.Block{dt.Tbl(
		dt.TR(dt.C("单位"), dt.C("{{range columns .Months}}{{.}}月{{end}}")),
		dt.TR(dt.C("{{range .Units}}{{.Name}}"), dt.C("{{range $m := columns $.Months}}{{index $.Done $m}}{{end}}{{end}}")),
	)}}
	data := M{"Months": []string{"1", "2", "3"}, "Done": M{"1": "√", "2": "", "3": "√"},
		"Units": []M{{"Name": "甲"}, {"Name": "乙"}}}
	out, err := try(d, data, Options{})
	if err != nil {
		t.Fatal(err)
	}
	c := bodyOf(t, out)
	want := [][][]string{{{"单位", "1月", "2月", "3月"}, {"甲", "√", "", "√"}, {"乙", "√", "", "√"}}}
	if !equalTables(c.Tables, want) {
		t.Errorf("tables %q", c.Tables)
	}
	if n := strings.Count(string(out["word/document.xml"]), "<w:gridCol "); n != 4 {
		t.Errorf("%d grid columns", n)
	}
}

func TestCommentWithQuotes(t *testing.T) {
	out, err := try(dt.Doc{Body: []dt.Block{dt.P("a{{/* it's “x */}}b{{.A}}")}}, M{"A": 1}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if c := bodyOf(t, out); c.Paras[0] != "ab1" {
		t.Errorf("got %q", c.Paras)
	}
}

func TestErrorText(t *testing.T) {
	d := dt.Doc{Body: []dt.Block{
		dt.P("关于开展学习活动的通知"),
		dt.Tbl(dt.TR(dt.C("序号"), dt.C("牵头单位")), dt.TR(dt.C("{{range .Tasks}}{{.No}}"), dt.C("由{{.Lead}}负责{{end}}"))),
	}}
	_, err := try(d, M{"Tasks": []M{{"No": 1, "Lead": "x"}, {"No": 2}}}, Options{})
	want := "t.docx: 正文 第 1 个表格第 2 行第 2 列「由{{.Lead}}负责{{end}}」: 数据中没有「Lead」（数据路径 .Tasks[1].Lead）"
	if err == nil || err.Error() != want {
		t.Errorf("error\n got %v\nwant %s", err, want)
	}
}

func TestEmptiedHeaderKeepsAParagraph(t *testing.T) {
	d := dt.Doc{Body: []dt.Block{dt.P("x")}, Header: []dt.Block{dt.P("{{if .H}}"), dt.P("页眉"), dt.P("{{end}}")}}
	out, err := try(d, M{"H": false}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if h := string(out["word/header1.xml"]); !strings.HasSuffix(h, "<w:p/></w:hdr>") {
		t.Errorf("header:\n%s", h)
	}
}

// Word features outside actions survive unchanged, in loops too.
func TestWordFeaturesSurvive(t *testing.T) {
	features := []dt.Inline{
		dt.Hyperlink("_Toc1", dt.T("目录")),
		dt.Field("PAGE", "1"),
		dt.ContentControl("tag1", dt.T("控件")),
		dt.Raw(`<w:r><w:t xml:space="preserve">{ 花括号 }</w:t></w:r>`),
		dt.Raw(`<unknown:x xmlns:unknown="urn:x" a="1"><unknown:y/></unknown:x>`),
	}
	items := append([]dt.Inline{dt.T("{{.}}")}, features...)
	d := dt.Doc{Body: []dt.Block{
		dt.Para{Items: features},
		dt.P("{{range .L}}"),
		dt.Para{Items: items},
		dt.P("{{else}}"),
		dt.P("无"),
		dt.P("{{end}}"),
	}}
	src := string(d.Files()["word/document.xml"])
	out, err := try(d, M{"L": []int{1, 2}}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := string(out["word/document.xml"])
	for _, f := range features {
		var b strings.Builder
		dt.Para{Items: []dt.Inline{f}}.BlockXML(&b)
		x := strings.TrimSuffix(strings.TrimPrefix(b.String(), "<w:p>"), "</w:p>")
		if !strings.Contains(src, x) || strings.Count(got, x) != 3 {
			t.Errorf("%s appears %d times in\n%s", x, strings.Count(got, x), got)
		}
	}
	out, err = try(d, M{"L": []int{}}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if c := bodyOf(t, out); c.Paras[len(c.Paras)-1] != "无" {
		t.Errorf("range else: %q", c.Paras)
	}
}

func TestNotesCopiedWithLoops(t *testing.T) {
	d := dt.Doc{
		Body: []dt.Block{
			dt.P("{{range .L}}"),
			dt.P(dt.Raw(`<w:commentRangeStart w:id="0"/>`), "{{.}}", dt.Raw(`<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r><w:r><w:footnoteReference w:id="1"/></w:r>`)),
			dt.P("{{end}}"),
		},
		Parts: map[string][]byte{
			"word/footnotes.xml": []byte(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" + `<w:footnotes ` + dt.Namespaces + `>` +
				`<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>` +
				`<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>` +
				`<w:footnote w:id="1"><w:p w14:paraId="11111111"><w:r><w:footnoteRef/></w:r><w:r><w:t>注释</w:t></w:r></w:p></w:footnote></w:footnotes>`),
			"word/comments.xml": []byte(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" + `<w:comments ` + dt.Namespaces + `>` +
				`<w:comment w:id="0" w:author="a"><w:p><w:r><w:t>批注</w:t></w:r></w:p></w:comment></w:comments>`),
		},
	}
	out, err := try(d, M{"L": []int{1, 2, 3}}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	x := string(out["word/document.xml"])
	if got := regexpAll(`<w:footnoteReference w:id="(\d+)"/>`, x); strings.Join(got, ",") != "1,2,3" {
		t.Errorf("footnote references %v", got)
	}
	for _, re := range []string{`<w:commentRangeStart w:id="(\d+)"/>`, `<w:commentRangeEnd w:id="(\d+)"/>`, `<w:commentReference w:id="(\d+)"/>`} {
		if got := regexpAll(re, x); strings.Join(got, ",") != "0,1,2" {
			t.Errorf("%s: %v", re, got)
		}
	}
	fn := string(out["word/footnotes.xml"])
	if strings.Count(fn, "注释") != 3 || strings.Count(fn, "11111111") != 1 || !strings.Contains(fn, `<w:footnote w:id="3"><w:p><w:r><w:footnoteRef/>`) {
		t.Errorf("footnotes.xml:\n%s", fn)
	}
	if cm := string(out["word/comments.xml"]); strings.Count(cm, "批注") != 3 || !strings.Contains(cm, `<w:comment w:id="2" w:author="a">`) {
		t.Errorf("comments.xml:\n%s", cm)
	}
	for _, p := range []string{"word/footnotes.xml", "word/comments.xml"} {
		if err := wellFormed(out[p]); err != nil {
			t.Errorf("%s: %v", p, err)
		}
	}
}

func TestControlParagraphInWrappers(t *testing.T) {
	d := dt.Doc{Body: []dt.Block{
		dt.P(dt.Raw(`<w:ins w:id="1" w:author="a" w:date="2025-01-01T00:00:00Z"><w:r><w:t>{{if .A}}</w:t></w:r></w:ins>`)),
		dt.P("x"),
		dt.P(dt.Raw(`<w:smartTag w:uri="u" w:element="e"><w:r><w:t>{{end}}</w:t></w:r></w:smartTag>`)),
		dt.P(dt.Raw(`<w:r><w:tab/></w:r>`), "{{if .A}}"), dt.P("{{end}}"),
	}}
	_, err := try(d, M{"A": false}, Options{})
	// The last if has a tab beside it: it stays inline, so its end must too.
	if err == nil || !strings.Contains(err.Error(), "不在同一层级") || strings.Count(err.Error(), "\n") != 0 {
		t.Fatalf("err = %v", err)
	}
	d.Body = d.Body[:3]
	out, err := try(d, M{"A": false}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if c := bodyOf(t, out); len(c.Paras) != 0 {
		t.Errorf("paras %q", c.Paras)
	}
}

func TestMissingEmpty(t *testing.T) {
	type inner struct{ B string }
	type outer struct {
		P *inner
		I inner
	}
	d := dt.Doc{Body: []dt.Block{dt.P("[{{.A.B}}][{{.S.P.B}}][{{.S.I.B}}][{{if .A.B}}x{{end}}][{{range .A.L}}{{.}}{{end}}][{{printf \"%v\" .A.B}}][{{$.M.K}}][{{len .S.I.B}}]")}}
	out, err := try(d, M{"S": outer{I: inner{B: "ib"}}, "M": M{"K": "k"}}, Options{Missing: "empty"})
	if err != nil {
		t.Fatal(err)
	}
	if c := bodyOf(t, out); c.Paras[0] != "[][][ib][][][<nil>][k][2]" {
		t.Errorf("got %q", c.Paras[0])
	}
	// The default mode still reports the first missing key.
	_, err = try(d, M{"S": outer{}}, Options{})
	if err == nil || !strings.Contains(err.Error(), "数据中没有「A」") {
		t.Errorf("err = %v", err)
	}
}

func TestTabAndBreakInsideAction(t *testing.T) {
	d := dt.Doc{Body: []dt.Block{
		dt.P(dt.T("{{if"), dt.Raw(`<w:r><w:tab/></w:r>`), dt.T("eq .A 1}}是{{end}}"), dt.Raw(`<w:r><w:tab/></w:r>`), dt.T("尾")),
		dt.P(dt.Raw(`<w:r><w:t>{{printf</w:t><w:br/><w:t>"%v" .A}}</w:t></w:r>`)),
	}}
	out, err := try(d, M{"A": 1}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if c := bodyOf(t, out); strings.Join(c.Paras, "|") != "是\t尾|1" {
		t.Errorf("%q\n%s", c.Paras, out["word/document.xml"])
	}
}

func TestNestedDefine(t *testing.T) {
	d := dt.Doc{Body: []dt.Block{dt.P("{{if .A}}"), dt.P(`{{define "x"}}y{{end}}`), dt.P("{{end}}")}}
	_, err := try(d, M{"A": true}, Options{})
	var es Errors
	if !errors.As(err, &es) || len(es) != 1 || es[0].Loc.Para != 2 || !strings.Contains(es[0].Msg, "只能写在最外层") {
		t.Errorf("err = %v", err)
	}
}

func TestAllMissingAtOnce(t *testing.T) {
	type unit struct{ Name string }
	d := dt.Doc{
		Footer: []dt.Block{dt.P("{{.Page}}")},
		Body: []dt.Block{
			dt.P("{{.Title}}"),
			dt.Tbl(dt.TR(dt.C("{{range .Tasks}}{{.No}}"), dt.C("{{.Lead}}"), dt.C("{{.Unit.Phone}}{{end}}"))),
			dt.P("{{with .Office}}{{.Head.Name}}{{end}}"),
			dt.P("{{range $t := .Tasks}}{{$t.Due}}{{end}}"),
		},
	}
	data := M{"Tasks": []M{{"No": 1, "Unit": unit{"甲"}}, {"No": 2, "Lead": "x", "Unit": unit{"乙"}}}, "Office": M{"X": 1}}
	_, err := try(d, data, Options{})
	var es Errors
	if !errors.As(err, &es) {
		t.Fatalf("err = %v", err)
	}
	var got []string
	for _, e := range es {
		got = append(got, e.Path+" "+e.Msg)
	}
	want := []string{
		".Title 数据中没有「Title」",
		".Tasks[0].Lead 数据中没有「Lead」",
		".Tasks[0].Unit.Phone 数据中没有字段「Phone」（此处的数据是 unit 类型，没有这个字段）",
		".Office.Head 数据中没有「Head」",
		"$t.Due 数据中没有「Due」",
		".Page 数据中没有「Page」",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("errors\n got %s\nwant %s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestRestartNumberingNeedsNumberedParagraph(t *testing.T) {
	d := dt.Doc{Numbering: true, Body: []dt.Block{
		dt.P("x").Styled(dt.NumPr(1, 0)),
		dt.P("{{restartnum}}y"),
	}}
	_, err := try(d, nil, Options{})
	if err == nil || !strings.Contains(err.Error(), "没有直接设置的编号") || !strings.Contains(err.Error(), "正文「{{restartnum}}y」") {
		t.Errorf("err = %v", err)
	}
}

func TestAutoCorrectForgiven(t *testing.T) {
	d := dt.Doc{Body: []dt.Block{dt.P("{{Range .L}}"), dt.P("{{.}}"), dt.P("{{End}}"), dt.P("{{If eq .A 1}}是{{Else}}否{{end}}"), dt.P("a {{– .A –}} b")}}
	out, err := try(d, M{"L": []string{"x", "y"}, "A": 1}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if c := bodyOf(t, out); strings.Join(c.Paras, "|") != "x|y|是|a1b" {
		t.Errorf("%q", c.Paras)
	}
}

// englishRE finds three English words in a row: text/template's message
// left untranslated (a data path or function name is one word).
var englishRE = regexp.MustCompile(`[A-Za-z']+ [A-Za-z']+ [A-Za-z']+`)

func TestMoreMessages(t *testing.T) {
	tests := []struct {
		name string
		text string
		data any
		want string
	}{
		{"function error", "{{index .L 5}}", M{"L": []int{1}}, "调用函数 index 出错：序号 5 超出列表范围（序号从 0 起）"},
		{"nil pointer", "{{.P.X}}", M{"P": (*struct{ X int })(nil)}, "取「X」时数据为空"},
		{"range over number string", "{{range .S}}{{end}}", M{"S": "abc"}, "range 不能逐项取值：abc 不是列表、键值表或整数"},
		{"wrong arg count", "{{printf}}", nil, "printf 至少需要 1 个参数，实际给了 0 个"},
		{"compare text and number", "{{if eq .A 1}}x{{end}}", M{"A": "1"}, "比较的两个值类型不同"},
		{"syntax: stray percent", `{{printf "%s" %}}`, nil, "语法错误：操作数中不应出现 \"%\""},
		{"syntax: unclosed paren", "{{(len .L}}", nil, "语法错误："},
		{"syntax: bad number", "{{add 1 2x}}", nil, "语法错误："},
	}
	for _, tc := range tests {
		_, err := try(dt.Doc{Body: []dt.Block{dt.P(tc.text)}}, tc.data, Options{})
		if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "正文「"+tc.text+"」") {
			t.Errorf("%s: err = %v", tc.name, err)
		}
		if err != nil && englishRE.MatchString(err.Error()) {
			t.Errorf("%s: English left in %v", tc.name, err)
		}
	}
}

func TestCoreWithFunction(t *testing.T) {
	out, err := try(dt.Doc{Body: []dt.Block{dt.P("x")}, Title: `{{printf "%s&" .T}}`}, M{"T": "<标题>"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if core := string(out["docProps/core.xml"]); !strings.Contains(core, "<dc:title>&lt;标题&gt;&amp;</dc:title>") {
		t.Errorf("core.xml: %s", core)
	}
}

func TestFuncsDescribed(t *testing.T) {
	fm := (&Template{}).funcMap()
	for _, f := range Funcs() {
		if fm[f.Name] == nil || f.Desc == "" || len(f.Examples) == 0 {
			t.Errorf("%s: not in the function map or undocumented", f.Name)
		}
		for _, e := range f.Examples {
			body := []dt.Block{dt.P(e.Template)}
			if f.Name == "columns" {
				body = []dt.Block{dt.Tbl(dt.TR(dt.C(e.Template)))}
			}
			if _, err := try(dt.Doc{Body: body}, M{"Activity": "a", "Months": []int{1}, "Title": "t", "CopyNo": "", "Style": "正文", "Heading": "h", "KeepNext": true, "Text": "x", "Label": "附件1", "DocNo": "1号", "MarkSize": 30, "Mark": "m", "TitleLines": []string{"关于", "通知"}}, Options{}); err != nil &&
				!strings.Contains(err.Error(), "插入图片") && !strings.Contains(err.Error(), "restartnum") {
				t.Errorf("%s example %s: %v", f.Name, e.Template, err)
			}
		}
	}
}

func TestParseFile(t *testing.T) {
	path := dt.Write(t, t.TempDir(), "t.docx", dt.Doc{Body: []dt.Block{dt.P("{{.A}}")}})
	tp, err := ParseFile(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := tp.Paths(); len(got) != 1 || got[0] != ".A" {
		t.Errorf("paths %v", got)
	}
	if _, err := ParseFile(path+".missing", Options{}); err == nil {
		t.Error("no error for a missing file")
	}
	if _, err := ParseFile(path, Options{Missing: "maybe"}); err == nil {
		t.Error("no error for a bad Missing")
	}
}

func TestCellEndsWithParagraph(t *testing.T) {
	inner := dt.TextTable([]string{"内"})
	cell := dt.Cell{Paras: []dt.Para{dt.P("前")}}
	d := dt.Doc{Body: []dt.Block{dt.Tbl(dt.TR(cell)), dt.P("-")}}
	var b strings.Builder
	inner.BlockXML(&b)
	src := string(d.Files()["word/document.xml"])
	src = strings.Replace(src, "<w:p><w:r><w:t>前</w:t></w:r></w:p>", "<w:p><w:r><w:t>前</w:t></w:r></w:p>"+b.String()+"<w:p><w:r><w:t>{{if .X}}</w:t></w:r></w:p><w:p><w:r><w:t>x</w:t></w:r></w:p><w:p><w:r><w:t>{{end}}</w:t></w:r></w:p>", 1)
	parts := d.Files()
	parts["word/document.xml"] = []byte(src)
	tp, err := parsePackage("t.docx", newMemPackage(parts), Options{})
	if err != nil {
		t.Fatal(err)
	}
	out, err := tp.Render(M{"X": false}, ExecOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if x := string(out["word/document.xml"]); !strings.Contains(x, "</w:tbl><w:p/></w:tc>") {
		t.Errorf("cell does not end with a paragraph:\n%s", x)
	}
}

type campaignLike struct{ Name string }

// TestExecErrorWording checks that execution errors speak of the template
// and the data, not of Go: no package-qualified types or pointers, and a
// call of an undefined template is not shown as a data path.
func TestExecErrorWording(t *testing.T) {
	tests := []struct {
		body     string
		data     any
		want     string
		wantPath string
	}{
		{`{{template "x"}}`, nil, `没有名为“x”的模板（{{template}} 调用的模板须先用 {{define "x"}}…{{end}} 定义）`, ""},
		{`{{template "x" .}}`, M{"A": 1}, `没有名为“x”的模板`, ""},
		{`{{.Nope}}`, &campaignLike{Name: "a"}, "数据中没有字段「Nope」（此处的数据是 campaignLike 类型，没有这个字段）", ".Nope"},
		{`{{.Name.Foo}}`, &campaignLike{Name: "a"}, "数据中没有字段「Foo」（此处的数据是文字，没有这个字段）", ".Name.Foo"},
	}
	for _, tt := range tests {
		_, err := try(dt.Doc{Body: []dt.Block{dt.P(tt.body)}}, tt.data, Options{})
		var es Errors
		if !errors.As(err, &es) || len(es) != 1 {
			t.Errorf("%s: err = %v", tt.body, err)
			continue
		}
		e := es[0]
		if !strings.Contains(e.Msg, tt.want) || e.Path != tt.wantPath {
			t.Errorf("%s: msg %q path %q, want %q path %q", tt.body, e.Msg, e.Path, tt.want, tt.wantPath)
		}
		for _, goSyntax := range []string{"*", "docx.", "not defined", "类型 "} {
			if strings.Contains(e.Msg, goSyntax) && !strings.Contains(tt.want, goSyntax) {
				t.Errorf("%s: %q shows %q", tt.body, e.Msg, goSyntax)
			}
		}
	}
}

func TestDataKind(t *testing.T) {
	for typ, want := range map[string]string{
		"*model.Campaign":         "此处的数据是 Campaign 类型，没有这个字段",
		"**model.Task":            "此处的数据是 Task 类型，没有这个字段",
		"string":                  "此处的数据是文字，没有这个字段",
		"int64":                   "此处的数据是整数，没有这个字段",
		"float64":                 "此处的数据是数字，没有这个字段",
		"bool":                    "此处的数据是真假值，没有这个字段",
		"time.Time":               "此处的数据是日期，没有这个字段",
		"[]*model.Task":           "此处的数据是列表，没有这个字段",
		"map[string]interface {}": "此处的数据是键值表，没有这个字段",
		"interface {}":            "此处的数据是任意值，没有这个字段",
	} {
		if got := dataKind(typ); got != want {
			t.Errorf("dataKind(%q) = %q, want %q", typ, got, want)
		}
	}
}

// A merged cell (w:gridSpan) of a table whose columns repeat spans the
// columns written: a heading row across a table of the columns the data
// chose is as wide as the table, whatever the loops made of the grid.
func TestColumnLoopSpan(t *testing.T) {
	d := dt.Doc{Body: []dt.Block{dt.Tbl(
		dt.TR(dt.C("单位"), dt.C("{{range columns .Months}}{{.}}月{{end}}"), dt.C("备注")),
		dt.TR(dt.Cell{Props: `<w:gridSpan w:val="3"/>`, Paras: []dt.Para{dt.P("{{.Heading}}")}}),
	)}}
	for _, tc := range []struct {
		months []string
		span   string
	}{{[]string{"1", "2", "3"}, "5"}, {[]string{"1"}, "3"}, {nil, "2"}} {
		out, err := try(d, M{"Months": tc.months, "Heading": "一、稳定经济增长"}, Options{})
		if err != nil {
			t.Fatal(err)
		}
		doc := string(out["word/document.xml"])
		cols := strings.Count(doc, "<w:gridCol ")
		if want := `<w:gridSpan w:val="` + tc.span + `"/>`; !strings.Contains(doc, want) || strconv.Itoa(cols) != tc.span {
			t.Errorf("%d months: %d grid columns, want a cell spanning %s: %s", len(tc.months), cols, tc.span, doc)
		}
		if c := bodyOf(t, out); len(c.Tables) != 1 || len(c.Tables[0]) != 2 || c.Tables[0][1][0] != "一、稳定经济增长" {
			t.Errorf("tables %q", c.Tables)
		}
	}
}
