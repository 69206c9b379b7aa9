package load

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// expectation is one line of a corpus expect.txt.
type expectation struct {
	file      string
	line, col int // 0 for a problem of the whole file
	text      string
}

func readExpect(t *testing.T, path string) map[string][]expectation {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out := map[string][]expectation{}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		l := sc.Text()
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		parts := strings.SplitN(l, "\t", 3)
		if len(parts) != 3 {
			t.Fatalf("%s:%d: want file<TAB>line:col<TAB>text", path, n)
		}
		e := expectation{file: parts[0], text: parts[2]}
		if parts[1] != "-" {
			if _, err := fmt.Sscanf(parts[1], "%d:%d", &e.line, &e.col); err != nil {
				t.Fatalf("%s:%d: bad place %q", path, n, parts[1])
			}
		}
		out[e.file] = append(out[e.file], e)
	}
	return out
}

func (e expectation) matches(d Diagnostic) bool {
	return d.Line == e.line && d.Col == e.col && strings.Contains(d.Msg, e.text)
}

// loadNoPanic runs File and turns a panic into a test failure.
func loadNoPanic(t *testing.T, path string) (warns []Diagnostic, err error) {
	t.Helper()
	defer func() {
		if r := recover(); r != nil {
			t.Fatalf("%s: panic: %v", path, r)
		}
	}()
	c, warns, err := File(path)
	if err == nil && c == nil {
		t.Fatalf("%s: no campaign and no error", path)
	}
	return warns, err
}

func TestCorpusBad(t *testing.T) {
	dir := filepath.Join("..", "..", "testdata", "bad")
	want := readExpect(t, filepath.Join(dir, "expect.txt"))
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range entries {
		name := e.Name()
		if name == "expect.txt" {
			continue
		}
		n++
		t.Run(name, func(t *testing.T) {
			exps, ok := want[name]
			if !ok {
				t.Fatalf("%s has no line in expect.txt", name)
			}
			_, err := loadNoPanic(t, filepath.Join(dir, name))
			var ds Diagnostics
			if !errors.As(err, &ds) {
				t.Fatalf("want Diagnostics, got %v", err)
			}
			errs := ds.Errors()
			if len(errs) == 0 {
				t.Fatalf("no error, only %v", ds)
			}
			for _, x := range exps {
				found := false
				for _, d := range errs {
					if x.matches(d) {
						found = true
					}
				}
				if !found {
					t.Errorf("want an error at %d:%d containing %q; got:\n%v", x.line, x.col, x.text, ds)
				}
			}
			for _, d := range ds {
				if d.File != filepath.Join(dir, name) {
					t.Errorf("diagnostic names file %q", d.File)
				}
			}
		})
	}
	for name := range want {
		if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
			t.Errorf("expect.txt names %s, which is missing", name)
		}
	}
	if n < 30 {
		t.Errorf("the bad-input corpus has %d files, want at least 30", n)
	}
}

func TestCorpusOK(t *testing.T) {
	dir := filepath.Join("..", "..", "testdata", "ok")
	want := readExpect(t, filepath.Join(dir, "expect.txt"))
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		name := e.Name()
		if name == "expect.txt" {
			continue
		}
		t.Run(name, func(t *testing.T) {
			warns, err := loadNoPanic(t, filepath.Join(dir, name))
			if err != nil {
				t.Fatalf("want success, got:\n%v", err)
			}
			exps := want[name]
			if len(warns) != len(exps) {
				t.Errorf("got %d warnings, want %d:\n%v", len(warns), len(exps), Diagnostics(warns))
			}
			for _, x := range exps {
				found := false
				for _, d := range warns {
					found = found || (d.Warning && x.matches(d))
				}
				if !found {
					t.Errorf("want a warning at %d:%d containing %q; got:\n%v", x.line, x.col, x.text, Diagnostics(warns))
				}
			}
		})
	}
}

const minimal = `name: 学创活动
short_name: 学创
year: 2013
units:
  - {id: zzb, name: 省委组织部, short: 组织部}
  - id: xcb
    name: 省委宣传部
    sample: true
office:
  groups:
    - {id: zhz, name: 综合组, duties: [负责办公室日常工作。]}
phases:
  - {id: fd, name: 宣传发动, period: 全年}
tasks:
  - id: t1
    title: 制定总体方案
    text: 2月初，制定总体方案。
    period: 全年
    phase: fd
    group: zhz
    lead: [zzb]
    units: [xcb]
    status: 已完成
    done_on: 2013-02-06
cadences:
  - {id: lh, name: 工作例会, every: 每周, months: [5, 9], weekday: 1}
meetings:
  - {id: m1, name: 第一次主任会议, date: 2013-03-12}
briefings:
  name: 简报
  issues:
    - {number: 1, date: 2013-03-20, copies: 0x10}
`

func TestBytesDecodesEveryKind(t *testing.T) {
	c, warns, err := Bytes("x.yaml", []byte(minimal))
	if err != nil {
		t.Fatal(err)
	}
	if len(warns) != 0 {
		t.Errorf("warnings: %v", warns)
	}
	day := func(s string) time.Time { d, _ := time.Parse(time.DateOnly, s); return d }
	checks := []struct {
		name      string
		got, want any
	}{
		{"name", c.Name, "学创活动"},
		{"year", c.Year, 2013},
		{"units", len(c.Units), 2},
		{"flow mapping", c.Units[0].Short, "组织部"},
		{"bool", c.Units[1].Sample, true},
		{"nested list", c.Office.Groups[0].Duties, []string{"负责办公室日常工作。"}},
		{"lead", c.Tasks[0].Lead, []string{"zzb"}},
		{"status", string(c.Tasks[0].Status), "已完成"},
		{"pointer date", *c.Tasks[0].DoneOn, day("2013-02-06")},
		{"date", c.Meetings[0].Date, day("2013-03-12")},
		{"ints", c.Cadences[0].Months, []int{5, 9}},
		{"hex int", c.Briefings.Issues[0].Copies, 16},
		{"period text", c.Tasks[0].Period.Text, "全年"},
	}
	for _, k := range checks {
		if !reflect.DeepEqual(k.got, k.want) {
			t.Errorf("%s: got %#v, want %#v", k.name, k.got, k.want)
		}
	}
}

// This test depends on package period parsing 2月中旬 as 11–20 February.
func TestPeriodsResolvedWithCampaignYear(t *testing.T) {
	data := strings.ReplaceAll(minimal, "period: 全年\n    phase", "period: 2月中旬\n    phase")
	c, _, err := Bytes("x.yaml", []byte(data))
	if err != nil {
		t.Fatal(err)
	}
	p := c.Tasks[0].Period
	if p.Text != "2月中旬" || p.Start != time.Date(2013, 2, 11, 0, 0, 0, 0, time.UTC) {
		t.Errorf("period = %+v", p)
	}
}

func TestDiagnostics(t *testing.T) {
	tests := []struct {
		name, file, data string
		want             []string // String() of each diagnostic, in order
	}{
		{"wrong type and unknown key at once", "a.yaml", "name: x\nyear: abc\nshortname: y\n", []string{
			"a.yaml:2:7: 应为整数，实际为字符串“abc”（路径 year）",
			"a.yaml:3:1: 未知的键“shortname”，您是不是要写“short_name”（活动简称）？（路径 shortname）",
		}},
		{"unknown key without suggestion lists keys", "a.yaml", "name: x\nyear: 2013\nprofile: {zzz: 1}\n", []string{
			"a.yaml:3:11: 未知的键“zzz”；此处可用的键：fonts、red、seal、organs、letters、contact、restyle（路径 profile.zzz）",
		}},
		{"title as key", "a.yaml", "name: x\nyear: 2013\n活动简称: 学创\n", []string{
			"a.yaml:3:1: 未知的键“活动简称”；键要用英文，您是不是要写“short_name”（活动简称）？（路径 活动简称）",
		}},
		{"merged key does not count as duplicate", "a.yaml", "name: x\nyear: 2013\nprofile: {<<: {red: FF0000}, red: 00FF00}\n", nil},
		{"schema key allowed at top", "a.json", `{"$schema": "s.json", "name": "x", "year": 2013}`, nil},
		{"timestamp with time", "a.yaml", "name: x\nyear: 2013\nmeetings: [{id: m, name: n, date: 2013-03-01T10:00:00Z}]\n", []string{
			"a.yaml:3:35: 日期应写作 YYYY-MM-DD（如 2013-03-15，也可写 2013年3月15日、2013/3/15），实际为“2013-03-01T10:00:00Z”（路径 meetings[0].date）",
		}},
		// A date as a clerk writes it (QA: done_on: 2013年2月19日 was
		// refused while --date 2013年9月30日 was taken).
		{"Chinese and slashed dates", "a.yaml", "name: x\nyear: 2013\nmeetings: [{id: m, name: n, date: 2013年2月19日}, {id: k, name: n, date: 2013/2/19}, {id: j, name: n, date: 2013.2.19}]\n", nil},
		{"a Chinese date that does not exist", "a.yaml", "name: x\nyear: 2013\nmeetings: [{id: m, name: n, date: 2013年2月29日}]\n", []string{
			"a.yaml:3:35: 日期“2013年2月29日”不存在：2013年2月没有29日（路径 meetings[0].date）",
		}},
		{"not a date", "a.yaml", "name: x\nyear: 2013\nmeetings: [{id: m, name: n, date: 二月十九日}]\n", []string{
			"a.yaml:3:35: 日期应写作 YYYY-MM-DD（如 2013-03-15，也可写 2013年3月15日、2013/3/15），实际为“二月十九日”（路径 meetings[0].date）",
		}},
		{"month 13", "a.yaml", "name: x\nyear: 2013\nmeetings: [{id: m, name: n, date: 2013-13-01}]\n", []string{
			"a.yaml:3:35: 日期“2013-13-01”无效：没有13月（路径 meetings[0].date）",
		}},
		{"integer overflow", "a.yaml", "name: x\nyear: 99999999999999999999\n", []string{
			"a.yaml:2:7: 应为整数，实际为小数 99999999999999999999（路径 year）",
		}},
		{"non-string key", "a.yaml", "name: x\nyear: 2013\n[a]: 1\n", []string{
			"a.yaml:3:1: 键应为字符串，实际为列表",
		}},
		{"tab in flow JSON is fine", "a.json", "{\n\t\"name\": \"x\",\n\t\"year\": 2013\n}\n", nil},
		{"null values are empty", "a.yaml", "name: x\nyear: 2013\nunits:\ntasks: ~\n", nil},
		{"extra JSON", "a.json", "{\"name\": \"x\", \"year\": 2013} {}\n", []string{
			"a.json:1:30: JSON 值结束后还有多余的内容",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, warns, err := Bytes(tt.file, []byte(tt.data))
			var got []string
			var ds Diagnostics
			if errors.As(err, &ds) {
				for _, d := range ds {
					got = append(got, d.String())
				}
			} else if err != nil {
				t.Fatalf("error is %T: %v", err, err)
			}
			for _, w := range warns {
				got = append(got, w.String())
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestSyntaxErrorsAreLocated(t *testing.T) {
	tests := []struct {
		name, data string
		line, col  int
		msg        string
	}{
		{"tab", "name: x\nunits:\n\t- id: a\n", 3, 1, "制表符"},
		{"tab after spaces", "name: x\nunits:\n  \t- id: a\n", 3, 3, "制表符"},
		{"unclosed single quote", "name: x\nshort_name: 'abc\nyear: 2013\n", 2, 13, "没有闭合"},
		{"colon in plain value", "name: x\ngoal: 目标: 一\n", 2, 9, "“: ”"},
		{"missing colon", "name: x\nyear 2013\nregion: y\n", 2, 1, "冒号"},
		{"bad escape", "name: \"C:\\data\"\n", 1, 10, "转义"},
		{"at sign", "name: @x\n", 1, 7, "加引号"},
		{"full-width colon", "name: x\nregion：湖北\nyear: 2013\n", 2, 7, "中文冒号"},
		{"full-width colon, error on next line", "units:\n  - id：a\n    name: A\n", 2, 7, "中文冒号"},
		{"no space after colon", "name: x\nyear:2013\nregion: y\n", 2, 5, "“year: …”"},
		{"no space after dash", "units:\n  -id: a\n    name: A\n", 2, 3, "“-”后面要有空格"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := Bytes("a.yaml", []byte(tt.data))
			var ds Diagnostics
			if !errors.As(err, &ds) || len(ds) != 1 {
				t.Fatalf("want one diagnostic, got %v", err)
			}
			d := ds[0]
			if d.Line != tt.line || d.Col != tt.col || !strings.Contains(d.Msg, tt.msg) {
				t.Errorf("got %s, want %d:%d containing %q", d, tt.line, tt.col, tt.msg)
			}
		})
	}
}

func TestEveryTabIsReported(t *testing.T) {
	data := "name: x\nunits:\n\t- id: a\n\t  name: A\n\t# comment\n  - id: b\n    note: |\n      text\n"
	_, _, err := Bytes("a.yaml", []byte(data))
	var ds Diagnostics
	if !errors.As(err, &ds) {
		t.Fatal(err)
	}
	var places []string
	for _, d := range ds {
		places = append(places, fmt.Sprintf("%d:%d", d.Line, d.Col))
	}
	if want := []string{"3:1", "4:1"}; !reflect.DeepEqual(places, want) {
		t.Errorf("places %v, want %v\n%v", places, want, ds)
	}
}

func TestDiagnosticsAreSorted(t *testing.T) {
	data := "name: x\nyear: 2013\nunits:\n  - {id: a, name: A}\n  - {id: a, name: B}\ntasks: []\nzzz: 1\nregion: [1]\n"
	_, _, err := Bytes("a.yaml", []byte(data))
	var ds Diagnostics
	if !errors.As(err, &ds) {
		t.Fatal(err)
	}
	var places []string
	for _, d := range ds {
		places = append(places, fmt.Sprintf("%d:%d", d.Line, d.Col))
	}
	if want := []string{"5:10", "7:1", "8:9"}; !reflect.DeepEqual(places, want) {
		t.Errorf("places %v, want %v\n%v", places, want, ds)
	}
}

func TestEncodings(t *testing.T) {
	gbk, err := simplifiedchinese.GBK.NewEncoder().String(minimal)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		data string
		warn string
	}{
		{"utf-8", minimal, ""},
		{"utf-8 with BOM", "\xEF\xBB\xBF" + minimal, ""},
		{"gbk", gbk, "GB18030"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, warns, err := Bytes("a.yaml", []byte(tt.data))
			if err != nil {
				t.Fatal(err)
			}
			if c.Units[0].Name != "省委组织部" {
				t.Errorf("unit name %q", c.Units[0].Name)
			}
			if tt.warn == "" && len(warns) > 0 || tt.warn != "" && (len(warns) != 1 || !strings.Contains(warns[0].Msg, tt.warn)) {
				t.Errorf("warnings %v, want %q", warns, tt.warn)
			}
		})
	}
}

func TestMojibakeOfTheSeed(t *testing.T) {
	seeds, _ := filepath.Glob("/work/shared/seed/000_*.txt")
	if len(seeds) == 0 {
		t.Skip("seed not present")
	}
	data, err := os.ReadFile(seeds[0])
	if err != nil {
		t.Fatal(err)
	}
	ws := mojibakeWarnings("seed.txt", data)
	lines := strings.Count(strings.TrimRight(string(data), "\n"), "\n") + 1
	if len(ws) != 2 || ws[0].Line != lines-1 || ws[1].Line != lines {
		t.Fatalf("want warnings on the last two of %d lines, got %v", lines, ws)
	}
	if !strings.Contains(ws[0].Msg, "对不起") {
		t.Errorf("message does not show the recovered text: %s", ws[0].Msg)
	}
}

func TestLimits(t *testing.T) {
	if machineFileLimit() < 64<<20 {
		t.Errorf("machine limit %d is below 64 MiB", machineFileLimit())
	}
	// The machine's limit is large; a small one keeps the test cheap.
	testFileLimit = 1 << 20
	defer func() { testFileLimit = 0 }()
	dir := t.TempDir()
	big := filepath.Join(dir, "big.yaml")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	// A sparse file: the limit and one byte, without writing them.
	if err := f.Truncate(maxFileSize() + 1); err != nil {
		t.Fatal(err)
	}
	f.Close()
	_, _, err = File(big)
	if err == nil || !strings.Contains(err.Error(), "文件过大") {
		t.Errorf("oversized file: %v", err)
	}
	if _, err := Raw(big); err == nil || !strings.Contains(err.Error(), "文件过大") {
		t.Errorf("oversized raw: %v", err)
	}
	if _, _, err := Bytes("b.yaml", make([]byte, maxFileSize()+1)); err == nil || !strings.Contains(err.Error(), "文件过大") {
		t.Errorf("oversized bytes: %v", err)
	}

	bomb := "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n" +
		"c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n" +
		"e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n"
	if _, err := RawBytes("bomb.yaml", []byte(bomb)); err == nil || !strings.Contains(err.Error(), "别名炸弹") {
		t.Errorf("alias bomb: %v", err)
	}
	cycle := "a: &x [*x]\n"
	if _, err := RawBytes("cycle.yaml", []byte(cycle)); err == nil {
		t.Errorf("recursive alias: no error")
	}
	deep := "a: " + strings.Repeat("[", 100) + strings.Repeat("]", 100) + "\n"
	if _, err := RawBytes("deep.yaml", []byte(deep)); err == nil || !strings.Contains(err.Error(), "嵌套超过 64 层") {
		t.Errorf("deep nesting: %v", err)
	}
	ok := "a: " + strings.Repeat("[", 60) + strings.Repeat("]", 60) + "\n"
	if _, err := RawBytes("ok.yaml", []byte(ok)); err != nil {
		t.Errorf("60 levels: %v", err)
	}
	veryDeep := strings.Repeat("[", 20000) + strings.Repeat("]", 20000)
	if _, err := RawBytes("deeper.yaml", []byte(veryDeep)); err == nil {
		t.Errorf("20000 levels: no error")
	}
}

func TestFileProblems(t *testing.T) {
	dir := t.TempDir()
	tests := []struct{ path, msg string }{
		{filepath.Join(dir, "none.yaml"), "文件不存在"},
		{dir, "文件夹"},
	}
	for _, tt := range tests {
		_, _, err := File(tt.path)
		var ds Diagnostics
		if !errors.As(err, &ds) || len(ds) != 1 || !strings.Contains(ds[0].Msg, tt.msg) || ds[0].File != tt.path {
			t.Errorf("%s: %v, want %q", tt.path, err, tt.msg)
		}
	}
}

func TestRaw(t *testing.T) {
	tests := []struct {
		name, file, data string
		want             any
		err              string
	}{
		{"yaml", "a.yaml", "a: 1\nb: [x, 2.5, true, ~, 2013-02-01]\nc: {<<: {d: 1, e: 2}, e: 3}\n", map[string]any{
			"a": 1, "b": []any{"x", 2.5, true, nil, "2013-02-01"}, "c": map[string]any{"d": 1, "e": 3}}, ""},
		{"json", "a.json", `{"a": [1, {"b": "c"}]}`, map[string]any{"a": []any{1, map[string]any{"b": "c"}}}, ""},
		{"list", "a.yaml", "- 1\n- 2\n", []any{1, 2}, ""},
		{"duplicate key", "a.yaml", "a: 1\na: 2\n", nil, "a.yaml:2:1: 键“a”重复"},
		{"json trailing comma", "a.json", "[1, 2,]", nil, "a.json:1:7: “]”前多了一个逗号"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := RawBytes(tt.file, []byte(tt.data))
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Errorf("error %v, want %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %#v, want %#v", got, tt.want)
			}
		})
	}
}

func TestString(t *testing.T) {
	tests := []struct {
		d    Diagnostic
		want string
	}{
		{Diagnostic{File: "a.yaml", Line: 3, Col: 7, Path: "tasks[3].lead", Msg: "不对"}, "a.yaml:3:7: 不对（路径 tasks[3].lead）"},
		{Diagnostic{File: "a.yaml", Msg: "文件是空的"}, "a.yaml: 文件是空的"},
		{Diagnostic{File: "a.yaml", Line: 1, Col: 1, Msg: "乱码", Warning: true}, "a.yaml:1:1: 警告：乱码"},
	}
	for _, tt := range tests {
		if got := tt.d.String(); got != tt.want {
			t.Errorf("got %q, want %q", got, tt.want)
		}
	}
}

func TestExcerpt(t *testing.T) {
	src := []byte("name: x\n名称: 中文\n")
	got := Excerpt(src, 2, 5)
	want := "    2 | 名称: 中文\n      |       ^\n"
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	if Excerpt(src, 9, 1) != "" || Excerpt(src, 0, 0) != "" {
		t.Error("excerpt of a missing line")
	}
	long := []byte(strings.Repeat("x", 300) + "y\n")
	if ex := Excerpt(long, 1, 301); !strings.Contains(ex, "y") || !strings.HasSuffix(ex, "^\n") {
		t.Errorf("long line loses the column:\n%s", ex)
	}
}

// Past the budget, lines are sampled: a file garbled throughout is still
// flagged, and the cost of a large file stays bounded.
func TestMojibakeBudget(t *testing.T) {
	genuine := "  - name: 深化全社会研发经费投入强度提升行动\n"
	garbled := "  - name: 瀵逛笉璧凤紝鎴戜滑鐨勬湇鍔″櫒\n"
	var b strings.Builder
	lines := 0
	for b.Len() <= 2*mojibakeBudget {
		b.WriteString(genuine)
		lines++
	}
	first := lines + 1
	for range 4 * mojibakeStride {
		b.WriteString(garbled)
		lines++
	}
	ws := mojibakeWarnings("big.yaml", []byte(b.String()))
	if len(ws) != 4 {
		t.Fatalf("want 4 sampled warnings among %d garbled lines, got %d", 4*mojibakeStride, len(ws))
	}
	for _, w := range ws {
		if w.Line < first || (w.Line-1)%mojibakeStride != 0 {
			t.Errorf("warning on line %d: not a sampled garbled line", w.Line)
		}
	}
	small := mojibakeWarnings("small.yaml", []byte(genuine+garbled+garbled))
	if len(small) != 2 {
		t.Errorf("within the budget every line is checked: got %v", small)
	}
}

// Text repeated through aliases counts at its expanded size (issue 13): one
// long string used 300 times is refused at an alias, in both loaders, while
// ordinary reuse of an anchor is fine.
func TestAliasExpandedSize(t *testing.T) {
	long := strings.Repeat("长", 100_000) // 300 KB
	var rawText, campaign strings.Builder
	rawText.WriteString("name: x\nyear: 2013\nnote: &s " + long + "\nrepeat:\n")
	campaign.WriteString("name: &s " + long + "\nyear: 2013\nunits:\n")
	for i := range 300 {
		rawText.WriteString("  - *s\n")
		fmt.Fprintf(&campaign, "  - {id: u%d, name: *s}\n", i)
	}
	for _, raw := range []bool{true, false} {
		var err error
		if raw {
			_, err = RawBytes("big.yaml", []byte(rawText.String()))
		} else {
			_, _, err = Bytes("big.yaml", []byte(campaign.String()))
		}
		var ds Diagnostics
		if !errors.As(err, &ds) || !strings.Contains(err.Error(), "别名展开后的文字过多") {
			t.Fatalf("raw=%v: err = %v, want the expanded size refused", raw, err)
		}
		var at Diagnostic
		for _, d := range ds {
			if strings.Contains(d.Msg, "别名展开") {
				at = d
			}
		}
		text := map[bool]string{true: rawText.String(), false: campaign.String()}[raw]
		if line, _ := nthLine([]byte(text), at.Line); at.Col < 1 || !strings.HasPrefix(prefixRunesFrom(line, at.Col-1), "*s") {
			t.Errorf("raw=%v: placed at %d:%d, want at an alias", raw, at.Line, at.Col)
		}
	}
	ok := "a: &u [市委办公室, 市政府办公室, 市发展改革委]\nb: *u\nc: *u\nd: {x: *u, y: *u}\n"
	if _, err := RawBytes("ok.yaml", []byte(ok)); err != nil {
		t.Errorf("ordinary aliases refused: %v", err)
	}
}

func prefixRunesFrom(s string, n int) string { return s[len(prefixRunes(s, n)):] }

// A 会议通知 the data writes without its time and place loads, with a
// warning at the document in the file (model.Campaign.Advice).
func TestMeetingNoticeGapsWarn(t *testing.T) {
	_, warns, err := File(filepath.Join("..", "..", "data", "xuechuang.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	var found bool
	for _, w := range warns {
		if strings.Contains(w.Msg, "没有写会议时间和会议地点") {
			found = true
			if !w.Warning || !w.Advice || w.Line == 0 || w.Path == "" || !strings.HasSuffix(w.File, "xuechuang.yaml") {
				t.Errorf("warning without its place: %s", w)
			}
		}
	}
	if !found {
		t.Errorf("no warning for the default 会议通知 without time and place: %v", warns)
	}
}

// TestDatesAsClerksWriteThem: 2013年2月19日, 2013/2/19, 2013.2.19 and
// 2013-2-19 are the day 2013-02-19, in every date of the data.
func TestDatesAsClerksWriteThem(t *testing.T) {
	for _, d := range []string{"2013-02-19", "2013年2月19日", "2013/2/19", "2013.2.19", "2013-2-19"} {
		c, _, err := Bytes("a.yaml", []byte("name: x\nyear: 2013\nunits: [{id: u, name: 单位}]\n"+
			"tasks: [{id: t, title: 任务, lead: [u], status: 已完成, done_on: "+d+"}]\n"))
		if err != nil {
			t.Fatalf("%s: %v", d, err)
		}
		if got := c.Tasks[0].DoneOn; got == nil || !got.Equal(time.Date(2013, 2, 19, 0, 0, 0, 0, time.UTC)) {
			t.Errorf("%s: done_on %v", d, got)
		}
	}
}
