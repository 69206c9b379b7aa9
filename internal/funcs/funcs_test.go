package funcs

import (
	"errors"
	"strings"
	"testing"
	"text/template"
	"time"
	"unicode"

	"github.com/Masterminds/sprig/v3"

	"gongwen/internal/cn"
)

func run(t *testing.T, opts Options, src string, data any) (string, error) {
	t.Helper()
	tmpl, err := template.New("t").Option("missingkey=error").Funcs(Map(opts)).Parse(src)
	if err != nil {
		return "", Explain(err)
	}
	var b strings.Builder
	err = tmpl.Execute(&b, data)
	return b.String(), err
}

// The examples of every function run as tests, as Hugo's do.
func TestExamples(t *testing.T) {
	for _, f := range All() {
		for _, e := range f.Examples {
			got, err := run(t, Options{Date: exampleDate}, e.Template, nil)
			if err != nil {
				t.Errorf("%s: %s: %v", f.Name, e.Template, err)
				continue
			}
			if got != e.Want {
				t.Errorf("%s: %s = %q, want %q", f.Name, e.Template, got, e.Want)
			}
		}
	}
}

func TestEveryFunctionDocumented(t *testing.T) {
	m := Map(Options{Date: exampleDate})
	names := map[string]bool{}
	for _, f := range All() {
		names[f.Name] = true
		if m[f.Name] == nil {
			t.Errorf("%s is described but not in Map", f.Name)
		}
		if !strings.ContainsFunc(f.Desc, func(r rune) bool { return unicode.Is(unicode.Han, r) }) || strings.Contains(f.Desc, "\n") {
			t.Errorf("%s: description %q is not one Chinese line", f.Name, f.Desc)
		}
		if len(f.Examples) == 0 {
			t.Errorf("%s has no example", f.Name)
		}
		for _, e := range f.Examples {
			if !strings.Contains(e.Template, f.Name) {
				t.Errorf("%s: example %s does not use it", f.Name, e.Template)
			}
		}
		if NamespaceTitle(f.Namespace) == f.Namespace {
			t.Errorf("%s: unknown namespace %q", f.Name, f.Namespace)
		}
	}
	for name := range m {
		if !names[name] && !IsBuiltin(name) {
			t.Errorf("%s is in Map but has no description", name)
		}
	}
}

// Every sprig function is either allowed (under its name, possibly
// replaced) or excluded with a reason, never silently both or neither.
func TestSprigCoverage(t *testing.T) {
	m := Map(Options{Date: exampleDate})
	for name := range sprig.TxtFuncMap() {
		_, in := m[name]
		_, out := exclusions[name]
		switch {
		case in && out:
			t.Errorf("%s is both in Map and excluded", name)
		case !in && !out:
			t.Errorf("sprig's %s is neither in Map nor in the exclusions", name)
		}
	}
	for name := range exclusions {
		if _, ok := sprig.TxtFuncMap()[name]; !ok {
			t.Errorf("excluded %s is not a sprig function", name)
		}
	}
}

// The functions a template must never reach.
var mustBeAbsent = []string{
	"env", "expandenv", "getHostByName",
	"genPrivateKey", "derivePassword", "buildCustomCert", "genCA", "genCAWithKey",
	"genSelfSignedCert", "genSelfSignedCertWithKey", "genSignedCert", "genSignedCertWithKey",
	"encryptAES", "decryptAES", "htpasswd", "bcrypt",
	"sha1sum", "sha256sum", "sha512sum", "adler32sum",
	"randAlpha", "randNumeric", "randAscii", "randAlphaNum", "randBytes", "randInt", "shuffle", "uuidv4",
	"ago", "durationRound", "date_in_zone", "dateInZone", "htmlDate", "htmlDateInZone", "mustToDate",
	"set", "unset", "merge", "mergeOverwrite", "mustMerge", "mustMergeOverwrite",
	"until", "untilStep", "seq",
	"osBase", "osDir", "osClean", "osExt", "osIsAbs",
}

func TestExcludedAbsent(t *testing.T) {
	m := Map(Options{Date: exampleDate})
	ex := Excluded()
	for _, name := range mustBeAbsent {
		if _, ok := m[name]; ok {
			t.Errorf("%s is in the function map", name)
		}
		if ex[name] == "" {
			t.Errorf("%s is not listed by Excluded", name)
		}
		_, err := run(t, Options{Date: exampleDate}, "{{"+name+"}}", nil)
		var ue *UndefinedError
		if !errors.As(err, &ue) || ue.Name != name || !strings.Contains(err.Error(), `function "`+name+`" not defined`) {
			t.Errorf("{{%s}}: error = %v, want an explained parse error", name, err)
		}
	}
}

func TestExplain(t *testing.T) {
	tests := []struct{ src, want string }{
		{`{{env "HOME"}}`, "出于安全考虑，模板中不能使用 env：它读取运行环境变量"},
		{`{{genPrivateKey "rsa"}}`, "出于安全考虑，模板中不能使用 genPrivateKey"},
		{`{{range until 100000000}}x{{end}}`, "为防止生成无限大的文稿，模板中不能使用 until"},
		{`{{randAlpha 5}}`, "为保证同样的数据生成同样的文稿，模板中不能使用 randAlpha"},
		{`{{set (dict) "a" 1}}`, "模板只读取数据，不能使用 set"},
		{`{{cnumm 1}}`, "没有名为 cnumm 的函数，是否想用 cnum？可用 gongwen funcs 查看全部函数"},
		{`{{zzzzzz 1}}`, "没有名为 zzzzzz 的函数，可用 gongwen funcs 查看全部函数"},
	}
	for _, tt := range tests {
		_, err := run(t, Options{Date: exampleDate}, tt.src, nil)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error = %v, want it to contain %q", tt.src, err, tt.want)
		}
	}
	if got := Hint("genCA"); !strings.HasPrefix(got, "出于安全考虑，模板中不能使用 genCA") {
		t.Errorf("Hint(genCA) = %q", got)
	}
	if got := Hint("joinCN"); !strings.Contains(got, "是否想用 joincn") {
		t.Errorf("Hint(joinCN) = %q", got)
	}
	if Explain(nil) != nil {
		t.Error("Explain(nil) != nil")
	}
	other := errors.New("template: t:1: unexpected EOF")
	if Explain(other) != other {
		t.Error("Explain changed an unrelated error")
	}
	// Explaining twice adds nothing.
	_, err := run(t, Options{}, `{{env "X"}}`, nil)
	if again := Explain(err); again.Error() != err.Error() {
		t.Errorf("Explain twice: %q", again)
	}
}

func TestBounds(t *testing.T) {
	tests := []struct{ src, want string }{
		{`{{repeat 10001 "a"}}`, "超过 10000 字节上限"},
		{`{{repeat 3334 "★"}}`, "超过 10000 字节上限"},
		{`{{repeat 9223372036854775807 "a"}}`, "超过 10000 字节上限"},
		{`{{repeat -1 "a"}}`, "不能为负数"},
		{`{{indent 101 "a"}}`, "0 到 100 之间"},
		{`{{nindent 1000000 "a"}}`, "0 到 100 之间"},
	}
	for _, tt := range tests {
		_, err := run(t, Options{Date: exampleDate}, tt.src, nil)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error = %v, want it to contain %q", tt.src, err, tt.want)
		}
	}
	if got, err := run(t, Options{}, `{{repeat 10000 "a" | len}}`, nil); err != nil || got != "10000" {
		t.Errorf("repeat at the bound = %q, %v", got, err)
	}
}

func TestNowIsTheBuildDate(t *testing.T) {
	d := time.Date(2026, 2, 14, 0, 0, 0, 0, chinaTime)
	got, err := run(t, Options{Date: d}, `{{now | date}} {{now | cdate}} {{(period "3月上旬").Start | date}}`, nil)
	if err != nil || got != "2026年2月14日 二〇二六年二月十四日 2026年3月1日" {
		t.Errorf("got %q, %v", got, err)
	}
	// The zero Options mean today in China.
	got, err = run(t, Options{}, `{{now | formatDate "2006-01-02"}}`, nil)
	if want := Today().Format("2006-01-02"); err != nil || got != want {
		t.Errorf("default now = %q, %v; want %s", got, err, want)
	}
}

func TestHolidaysOption(t *testing.T) {
	cal, err := cn.ParseCalendar("h.yaml", []byte("holidays: [2013-04-10]\n"))
	if err != nil {
		t.Fatal(err)
	}
	src := `{{addWorkdays "2013-04-09" 1 | date}}`
	if got, _ := run(t, Options{Date: exampleDate}, src, nil); got != "2013年4月10日" {
		t.Errorf("default calendar: %q", got)
	}
	if got, _ := run(t, Options{Date: exampleDate, Holidays: cal}, src, nil); got != "2013年4月11日" {
		t.Errorf("override calendar: %q", got)
	}
	if _, err := run(t, Options{}, `{{workdays "2099-01-01" "2099-01-31"}}`, nil); err == nil || !strings.Contains(err.Error(), "没有 2099 年的法定节假日安排") {
		t.Errorf("unknown year: %v", err)
	}
}

// Functions take what data files give them: ints, floats, strings, dates.
func TestArgumentTypes(t *testing.T) {
	data := map[string]any{
		"n":      int64(110),
		"f":      12300.5,
		"s":      "101",
		"day":    time.Date(2013, 4, 9, 0, 0, 0, 0, time.UTC),
		"pday":   &[]time.Time{time.Date(2013, 2, 9, 0, 0, 0, 0, time.UTC)}[0],
		"units":  []string{"省委宣传部", "省发改委", "省财政厅"},
		"anys":   []any{"甲", 2},
		"year":   2013,
		"nilday": (*time.Time)(nil),
	}
	tests := []struct{ src, want string }{
		{`{{cnum .n}}`, "一百一十"},
		{`{{cnum .s}}`, "一百零一"},
		{`{{cnum 2.0}}`, "二"},
		{`{{cnum "0.5"}}`, "零点五"},
		{`{{amount .f}}`, "壹万贰仟叁佰元伍角"},
		{`{{amount .n}}`, "壹佰壹拾元整"},
		{`{{date .day}} {{weekday .pday}}`, "2013年4月9日 星期六"},
		{`{{date "2013年4月9日"}}`, "2013年4月9日"},
		{`{{.day | date "2006-01-02"}}`, "2013-04-09"},
		{`{{cyear .year}} {{cyear .day}}`, "二〇一三 二〇一三"},
		{`{{joincn .units}}`, "省委宣传部、省发改委和省财政厅"},
		{`{{joincn .anys}}`, "甲和2"},
		{`{{joincn (list)}}`, ""},
		{`{{heading 1 .n}}`, "一百一十、"},
		{`{{docno "鄂办发" .year 5}}`, "鄂办发〔2013〕5号"},
		{`{{(period "2月中旬" .year).Start | xun}}`, "2月中旬"},
	}
	for _, tt := range tests {
		got, err := run(t, Options{Date: exampleDate}, tt.src, data)
		if err != nil || got != tt.want {
			t.Errorf("%s = %q, %v; want %q", tt.src, got, err, tt.want)
		}
	}
	bad := []struct{ src, want string }{
		{`{{date "2013-2-29"}}`, "2013年2月没有29日"},
		{`{{date 5}}`, "需要日期"},
		{`{{date 1 2}}`, "date 的第一个参数应为日期格式"},
		{`{{date "a" "b" "c"}}`, "实际给了 3 个"},
		{`{{date .nilday}}`, "日期为空"},
		{`{{date nil}}`, "日期为空"},
		{`{{date (period "2月中旬")}}`, "请用 .Start 或 .End"},
		{`{{cnum "abc"}}`, "不是数字"},
		{`{{cnum 1e20}}`, "数值超出范围"},
		{`{{heading 5 1}}`, "标题层级应为 1 到 4"},
		{`{{docno "鄂办发" 13 5}}`, "年份应标全称"},
		{`{{joincn "甲"}}`, "需要列表"},
		{`{{period "3月上中旬" 2013 1}}`, "最多接受两个参数"},
		{`{{titlelines "关于召开会议的通知" 1}}`, "每行字数应至少为 2"},
		{`{{div 1 0}}`, "divide by zero"},
	}
	for _, tt := range bad {
		_, err := run(t, Options{Date: exampleDate}, tt.src, data)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error = %v, want it to contain %q", tt.src, err, tt.want)
		}
	}
}

// No function changes the data it is given.
func TestNoMutation(t *testing.T) {
	list := []string{"丙", "甲", "乙"}
	dict := map[string]any{"a": 1}
	data := map[string]any{"list": list, "dict": dict}
	src := `{{sortAlpha .list}}{{append .list "丁"}}{{reverse .list}}{{omit .dict "a"}}{{pick .dict "a"}}`
	if _, err := run(t, Options{Date: exampleDate}, src, data); err != nil {
		t.Fatal(err)
	}
	if strings.Join(list, "") != "丙甲乙" || len(dict) != 1 {
		t.Errorf("data changed: %v %v", list, dict)
	}
}

// keys and values come out in the same order every time.
func TestDeterministicDicts(t *testing.T) {
	data := map[string]any{"d": map[string]any{"c": 3, "a": 1, "b": 2, "e": 5, "d": 4}}
	for range 20 {
		got, err := run(t, Options{}, `{{keys .d}}{{values .d}}{{range $k, $v := .d}}{{$k}}{{end}}`, data)
		if err != nil || got != "[a b c d e][1 2 3 4 5]abcde" {
			t.Fatalf("got %q, %v", got, err)
		}
	}
}

func TestRuneSafeStrings(t *testing.T) {
	tests := []struct{ src, want string }{
		{`{{trunc 2 "公文"}}`, "公文"},
		{`{{trunc 1 "公文"}}`, "公"},
		{`{{trunc 0 "公文"}}`, ""},
		{`{{substr 1 10 "公文处理"}}`, "文处理"},
		{`{{substr 3 1 "公文处理"}}`, ""},
		{`{{substr -1 -1 "公文"}}`, "公文"},
	}
	for _, tt := range tests {
		got, err := run(t, Options{Date: exampleDate}, tt.src, nil)
		if err != nil || got != tt.want {
			t.Errorf("%s = %q, %v; want %q", tt.src, got, err, tt.want)
		}
	}
}

func TestAllIsACopy(t *testing.T) {
	a := All()
	a[0].Examples[0].Want = "changed"
	if All()[0].Examples[0].Want == "changed" {
		t.Error("All exposes the registry")
	}
	if a[0].Namespace != "cn" {
		t.Errorf("first namespace %q, want cn", a[0].Namespace)
	}
}
