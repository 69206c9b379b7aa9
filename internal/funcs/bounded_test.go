package funcs

import (
	"strings"
	"testing"
	"text/template"

	"github.com/Masterminds/sprig/v3"
)

// Templates that would build huge values fail with a clear message
// instead of exhausting memory.
func TestGrowthBounds(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"replace empty", `{{$a := repeat 2000 "abcde"}}{{replace "" $a $a}}`, "replace 生成的文字超过 1048576 字节上限"},
		{"replace nested", `{{$a := repeat 10000 "a"}}{{replace "a" $a $a}}`, "replace 生成的文字超过"},
		{"regexReplaceAll", `{{$a := repeat 10000 "a"}}{{regexReplaceAll "" $a $a}}`, "regexReplaceAll 生成的文字超过"},
		{"regexReplaceAll $1", `{{$a := repeat 5000 "ab"}}{{regexReplaceAll "(a)" $a "${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}${1}"}}`, "regexReplaceAll 生成的文字超过"},
		{"bad regexp", `{{regexReplaceAll "(" "a" "b"}}`, "regexReplaceAll 的正则表达式“(”有误"},
		{"concat doubling", `{{$l := list 1 2 3 4 5 6 7 8 9 10}}{{range $i := list 1 2 3 4 5 6 7 8 9 10 11 12}}{{$l = concat $l $l}}{{end}}`, "concat 生成的列表超过 10000 项上限"},
		{"prepend", `{{prepend .full 1}}`, "prepend 生成的列表超过 10000 项上限"},
		{"append to a full list", `{{append .full 1}}`, "append 生成的列表超过 10000 项上限"},
		{"join", `{{$a := repeat 10000 "a"}}{{$l := list $a $a $a $a $a $a $a $a $a $a}}{{$l = concat $l $l $l $l $l $l $l $l $l $l $l $l}}{{join "" $l}}`, "join 生成的文字超过"},
		{"toJson shared", `{{$a := list (repeat 10000 "a")}}{{$a = list $a $a}}{{$a = list $a $a}}{{$a = list $a $a}}{{$a = list $a $a}}{{$a = list $a $a}}{{$a = list $a $a}}{{$a = list $a $a}}{{toJson $a}}`, "toJson 生成的文字超过"},
		{"indent", `{{$n := repeat 10000 "\n"}}{{indent 100 (print $n $n)}}`, "indent 生成的文字超过"},
	}
	for _, tt := range tests {
		_, err := run(t, Options{Date: exampleDate}, tt.src, map[string]any{"full": make([]int, MaxList)})
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error = %v, want it to contain %q", tt.name, err, tt.want)
		}
	}
}

// The bounded versions give what sprig gives within the bounds.
func TestBoundedMatchSprig(t *testing.T) {
	sm := sprig.TxtFuncMap()
	m := Map(Options{Date: exampleDate})
	srcs := []string{
		`{{replace "a" "bb" "banana"}}`,
		`{{replace "" "-" "abc"}}`,
		`{{join ", " (list 1 "b" 2.5)}}`,
		`{{join "-" "single"}}`,
		`{{concat (list 1 2) (list) (list "x")}}`,
		`{{append (list 1) (list 2)}}`,
		`{{prepend (list 1) 0}}`,
		`{{regexReplaceAll "a(x*)b" "-ab-axxb-" "${1}W"}}`,
		`{{regexReplaceAll "a(x*)b" "-ab-axxb-" "$1W"}}`,
		`{{regexReplaceAllLiteral "a(x*)b" "-ab-axxb-" "${1}"}}`,
		`{{regexReplaceAll "" "abc" "-"}}`,
		`{{toJson (dict "b" (list 1 "<x>") "a" nil)}}`,
		`{{toPrettyJson (dict "b" (list 1 2) "a" (dict))}}`,
		`{{toRawJson (dict "k" "<&>")}}`,
		`{{indent 4 "a\nb"}}`,
		`{{nindent 4 "a\nb"}}`,
		`{{repeat 3 "ab"}}`,
	}
	exec := func(fm template.FuncMap, src string) string {
		tmpl, err := template.New("t").Funcs(fm).Parse(src)
		if err != nil {
			return "parse: " + err.Error()
		}
		var b strings.Builder
		if err := tmpl.Execute(&b, nil); err != nil {
			return "exec: " + err.Error()
		}
		return b.String()
	}
	for _, src := range srcs {
		if got, want := exec(m, src), exec(sm, src); got != want {
			t.Errorf("%s: gongwen %q, sprig %q", src, got, want)
		}
	}
}

// A short template that doubles a text forty times would need a terabyte;
// every function that builds text, text/template's builtins included,
// stops it at MaxText with its name in the message.
func TestDoublingStops(t *testing.T) {
	grow := map[string]string{
		"printf":   `printf "%s%s" $s $s`,
		"print":    `print $s $s`,
		"println":  `println $s $s`,
		"cat":      `cat $s $s`,
		"html":     `html $s $s`,
		"js":       `js $s $s`,
		"urlquery": `urlquery $s $s`,
		"quote":    `quote $s $s`,
		"upper":    `upper (print $s $s)`,
		"toString": `toString (list $s $s)`,
		"nospace":  `nospace (cat $s $s)`,
	}
	for name, call := range grow {
		src := `{{$s := "xxxxxxxxxxxxxxxx"}}{{range 40}}{{$s = ` + call + `}}{{end}}{{len $s}}`
		_, err := run(t, Options{Date: exampleDate}, src, nil)
		if err == nil || !strings.Contains(err.Error(), "生成的文字超过 1048576 字节上限") {
			t.Errorf("%s: error = %v, want the text bound", name, err)
		}
	}
	// A list that shares its parts is measured, never formatted.
	src := `{{$l := list "xxxxxxxxxxxxxxxx"}}{{range 60}}{{$l = list $l $l}}{{end}}{{print $l}}`
	if _, err := run(t, Options{Date: exampleDate}, src, nil); err == nil || !strings.Contains(err.Error(), "print 生成的文字超过") {
		t.Errorf("shared list: error = %v", err)
	}
	// fmt allows widths up to a million; many of them add up.
	src = `{{printf "` + strings.Repeat("%999999d", 3) + `" 1 2 3}}`
	if _, err := run(t, Options{Date: exampleDate}, src, nil); err == nil || !strings.Contains(err.Error(), "printf 生成的文字超过") {
		t.Errorf("widths: error = %v", err)
	}
}

// Within the bound the replacements print what text/template's builtins
// print.
func TestBuiltinsUnchanged(t *testing.T) {
	srcs := []string{
		`{{print "a" 1 2 "b" nil}}`, `{{printf "%05.1f|%-4s|%v" 3.14159 "x" (list 1 2)}}`,
		`{{println "a" 1}}`, `{{html "<a href='x'>&</a>"}}`, `{{js "a'b\"<c>"}}`,
		`{{urlquery "a b&c=d"}}`, `{{printf "%[2]s%[1]s" "a" "b"}}`, `{{printf "%*d" 5 1}}`,
	}
	for _, src := range srcs {
		want := template.Must(template.New("t").Funcs(template.FuncMap{"list": func(a ...any) []any { return a }}).Parse(src))
		var wb strings.Builder
		if err := want.Execute(&wb, nil); err != nil {
			t.Fatal(err)
		}
		got, err := run(t, Options{Date: exampleDate}, src, nil)
		if err != nil || got != wb.String() {
			t.Errorf("%s: got %q, %v; text/template gives %q", src, got, err, wb.String())
		}
	}
}
