package docx

import (
	"strings"
	"testing"
	"text/template"
)

func TestTemplateMessage(t *testing.T) {
	tests := []struct{ in, want string }{
		{`unexpected "%" in operand`, `操作数中不应出现 "%"`},
		{`unexpected <end> in command`, `命令中不应出现 {{end}}`},
		{`unexpected EOF`, `模板意外结束：可能缺少「{{end}}」`},
		{`unclosed action`, `动作没有闭合：缺少「}}」`},
		{`unclosed action started at x:1`, `动作没有闭合：缺少「}}」`},
		{`unterminated quoted string`, `字符串没有闭合：缺少对应的双引号`},
		{`bad number syntax: "2x"`, `数字 "2x" 的写法有误`},
		{`map has no entry for key "Title"`, `数据中没有「Title」`},
		{`can't evaluate field Nope in type *model.Campaign`, `数据中没有字段「Nope」（此处的数据是 Campaign 类型，没有这个字段）`},
		{`nil pointer evaluating *model.Task.Title`, `取「Title」时数据为空（此处没有数据）`},
		{`template "x" not defined`, `没有名为“x”的模板（{{template}} 调用的模板须先用 {{define "x"}}…{{end}} 定义）`},
		{`error calling index: index out of range: 5`, `调用函数 index 出错：序号 5 超出列表范围（序号从 0 起）`},
		{`error calling cnnum: 不是数字`, `调用函数 cnnum 出错：不是数字`},
		{`wrong number of args for printf: want at least 1 got 0`, `printf 至少需要 1 个参数，实际给了 0 个`},
		{`wrong type for value; expected string; got int`, `值的类型不对：应为文字，实际是整数`},
		{`function "nosuch" not defined`, `没有名为 nosuch 的函数，可用 gongwen funcs 查看全部函数`},
		{`数据有误`, `数据有误`},                     // Chinese already: unchanged
		{`something else`, `something else`}, // unknown: unchanged, so callers can tell
	}
	for _, tt := range tests {
		if got := TemplateMessage(tt.in); got != tt.want {
			t.Errorf("TemplateMessage(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestTemplateMessageCoversParser runs text/template's parser and executor
// on broken templates and checks that every message it gives is known.
func TestTemplateMessageCoversParser(t *testing.T) {
	parse := []string{
		`{{printf "%s" %}}`, `{{.A`, `{{(len .L}}`, `{{.A)}}`, `{{"abc}}`, "{{`abc}}", `{{'a}}`, `{{1x}}`,
		`{{if .A}}`, `{{end}}`, `{{range $i, $v, $w := .L}}{{end}}`, `{{.A | 1}}`, `{{}}`, `{{/* x}}`,
		`{{$x}}`, `{{break}}`, `{{"a".B}}`, `{{define "a"}}{{end}}{{define "a"}}x{{end}}`, `{{nosuch}}`, `{{@}}`,
	}
	for _, src := range parse {
		_, err := template.New("t").Parse(src)
		if err == nil {
			continue
		}
		msg := cleanTemplateMsg(err.Error())
		if TemplateMessage(msg) == msg {
			t.Errorf("%s: untranslated %q", src, msg)
		}
	}
	exec := []struct {
		src  string
		data any
	}{
		{`{{.A.B}}`, map[string]any{"A": 1}},
		{`{{index .L 3}}`, map[string]any{"L": []int{1}}},
		{`{{range .S}}{{end}}`, map[string]any{"S": "x"}},
		{`{{template "x"}}`, nil},
		{`{{printf}}`, nil},
		{`{{eq .A 1}}`, map[string]any{"A": "1"}},
		{`{{len 3}}`, nil},
		{`{{.M.k}}`, map[string]any{"M": map[string]int{}}},
	}
	for _, tc := range exec {
		tp, err := template.New("t").Option("missingkey=error").Parse(tc.src)
		if err != nil {
			t.Fatalf("%s: %v", tc.src, err)
		}
		err = tp.Execute(new(strings.Builder), tc.data)
		if err == nil {
			t.Errorf("%s: no error", tc.src)
			continue
		}
		msg := err.Error()
		if i := strings.Index(msg, ">: "); i >= 0 {
			msg = msg[i+3:]
		} else {
			msg = cleanTemplateMsg(msg)
		}
		if TemplateMessage(msg) == msg {
			t.Errorf("%s: untranslated %q", tc.src, msg)
		}
	}
}
