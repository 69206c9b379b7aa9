package docx

import (
	"fmt"
	"strings"
	"sync"

	"gongwen/internal/spell"
)

// TemplateMessage says in Chinese what text/template reports in English
// when it parses or executes a template: "unexpected "%" in operand",
// "unclosed action", "can't evaluate field X in type *model.Campaign", …
// The "template: name:line:col:" prefix must be stripped already. A message
// it does not know is returned unchanged, so callers can tell (zh == msg)
// and label it themselves.
func TemplateMessage(msg string) string {
	msg = strings.TrimSpace(msg)
	if i := strings.Index(msg, " in action started at "); i >= 0 {
		msg = msg[:i]
	}
	if m := callRE.FindStringSubmatch(msg); m != nil {
		// The function's own message may be text/template's too (index).
		return fmt.Sprintf("调用函数 %s 出错：%s", m[1], TemplateMessage(m[2]))
	}
	for _, t := range templateMessages {
		if m := t.re.FindStringSubmatch(msg); m != nil {
			return t.zh(m)
		}
	}
	return msg
}

type templateMsg struct {
	re *lazyRegexp
	zh func(m []string) string
}

// same gives a fixed translation.
func same(s string) func([]string) string { return func([]string) string { return s } }

// templateMessages are the messages of text/template (and its parse and
// lex), as of Go 1.26, most specific first.
var templateMessages = []templateMsg{
	// Parsing.
	{lazyRE(`^unclosed action( started at .*)?$`), same("动作没有闭合：缺少「}}」")},
	{lazyRE(`^undefined variable "(.+)"$`), func(m []string) string {
		return fmt.Sprintf("变量 %s 在这里没有定义（变量只在定义它的 range、with、if 或 define 之内有效）", m[1])
	}},
	{lazyRE(`^unclosed left paren$`), same("左括号「(」没有对应的「)」")},
	{lazyRE(`^unexpected right paren$`), same("多余的右括号「)」")},
	{lazyRE(`^unclosed comment$`), same("注释「/*」没有对应的「*/」")},
	{lazyRE(`^comment ends before closing delimiter$`), same("注释的「*/」之后应紧接「}}」")},
	{lazyRE(`^expected :=$`), same("此处应为「:=」")},
	{lazyRE(`^unrecognized character in action: (.+)$`), func(m []string) string {
		return "动作中有不能识别的字符 " + m[1]
	}},
	{lazyRE(`^bad character (.+)$`), func(m []string) string { return "不能识别的字符 " + m[1] }},
	{lazyRE(`^unterminated character constant$`), same("字符常量没有闭合：缺少对应的单引号")},
	{lazyRE(`^bad number syntax: (.+)$`), func(m []string) string { return "数字 " + m[1] + " 的写法有误" }},
	{lazyRE(`^unterminated quoted string$`), same("字符串没有闭合：缺少对应的双引号")},
	{lazyRE(`^unterminated raw quoted string$`), same("字符串没有闭合：缺少对应的反引号 `")},
	{lazyRE(`^unexpected EOF$`), same("模板意外结束：可能缺少「{{end}}」")},
	{lazyRE(`^unexpected (.+) in (.+)$`), func(m []string) string {
		return fmt.Sprintf("%s中不应出现 %s", contextName(m[2]), tokenName(m[1]))
	}},
	{lazyRE(`^\{\{break\}\} outside \{\{range\}\}$`), same("{{break}} 只能写在 {{range}} 之内")},
	{lazyRE(`^\{\{continue\}\} outside \{\{range\}\}$`), same("{{continue}} 只能写在 {{range}} 之内")},
	{lazyRE(`^range can only initialize variables$`), same("range 只能用 := 声明新变量，不能给已有变量赋值")},
	{lazyRE(`^too many declarations in (.+)$`), func(m []string) string {
		return contextName(m[1]) + "中声明的变量过多"
	}},
	{lazyRE(`^missing value for (.+)$`), func(m []string) string { return contextName(m[1]) + "缺少值" }},
	{lazyRE(`^non executable command in pipeline stage (\d+)$`), func(m []string) string {
		return "管道「|」的第 " + m[1] + " 段不是函数，无法把前面的结果交给它"
	}},
	{lazyRE(`^expected end; found (.+)$`), func(m []string) string {
		return "此处应为 {{end}}，而不是 " + tokenName(m[1])
	}},
	{lazyRE(`^empty command$`), same("空的命令")},
	{lazyRE(`^unexpected \. after term (.+)$`), func(m []string) string {
		return fmt.Sprintf("%s 之后不能直接接「.」，请加括号，如 (%s).字段", m[1], strings.Trim(m[1], `"`))
	}},
	{lazyRE(`^max expression depth exceeded$`), same("表达式嵌套过深")},
	{lazyRE(`^template: multiple definition of template (.+)$`), func(m []string) string {
		return "模板 " + m[1] + " 重复定义"
	}},
	{lazyRE(`^unexpected (.+)$`), func(m []string) string { return "此处不应出现 " + tokenName(m[1]) }},

	// Execution.
	{lazyRE(`^map has no entry for key "(.*)"$`), func(m []string) string {
		return fmt.Sprintf("数据中没有「%s」", m[1])
	}},
	{lazyRE(`^can't evaluate field (\S+) in type (.+)$`), func(m []string) string {
		return fmt.Sprintf("数据中没有字段「%s」（%s%s）", m[1], dataKind(m[2]), fieldHint(m[2], m[1]))
	}},
	{lazyRE(`^nil pointer evaluating (.+)\.(\S+)$`), func(m []string) string {
		return fmt.Sprintf("取「%s」时数据为空（此处没有数据）", m[2])
	}},
	{lazyRE(`^nil data; no entry for key "(.*)"$`), func(m []string) string {
		return fmt.Sprintf("取「%s」时数据为空（此处没有数据）", m[1])
	}},
	{lazyRE(`^template "(.*)" not defined$`), func(m []string) string {
		return fmt.Sprintf("没有名为“%s”的模板（{{template}} 调用的模板须先用 {{define \"%s\"}}…{{end}} 定义）", m[1], m[1])
	}},
	{lazyRE(`^exceeded maximum template depth`), same("模板调用嵌套过深（可能是模板调用了它自己）")},
	{lazyRE(`^wrong number of args for (\S+): want at least (\d+) got (\d+)$`), func(m []string) string {
		return fmt.Sprintf("%s 至少需要 %s 个参数，实际给了 %s 个", m[1], m[2], m[3])
	}},
	{lazyRE(`^wrong number of args for (\S+): want (\d+) got (\d+)$`), func(m []string) string {
		return fmt.Sprintf("%s 需要 %s 个参数，实际给了 %s 个", m[1], m[2], m[3])
	}},
	{lazyRE(`^wrong type for value; expected (\S+); got (\S+)$`), func(m []string) string {
		return fmt.Sprintf("值的类型不对：应为%s，实际是%s", typeWord(m[1]), typeWord(m[2]))
	}},
	{lazyRE(`^range can't iterate over (.+)$`), func(m []string) string {
		return fmt.Sprintf("range 不能逐项取值：%s 不是列表、键值表或整数", m[1])
	}},
	{lazyRE(`^index out of range: (-?\d+)$`), func(m []string) string {
		return fmt.Sprintf("序号 %s 超出列表范围（序号从 0 起）", m[1])
	}},
	{lazyRE(`^slice index out of range$`), same("截取的范围超出列表或文字的长度")},
	{lazyRE(`^can't index item of type (\S+)$`), func(m []string) string {
		return fmt.Sprintf("%s不能按序号或键取值", strings.TrimSpace(typeWord(m[1])))
	}},
	{lazyRE(`^cannot index slice/array with nil$`), same("序号为空，不能取列表的项")},
	{lazyRE(`^function "(.+)" not defined$`), func(m []string) string {
		return fmt.Sprintf("没有名为 %s 的函数，可用 gongwen funcs 查看全部函数", m[1])
	}},
	{lazyRE(`^"(.+)" is not a defined function$`), func(m []string) string {
		return fmt.Sprintf("没有名为 %s 的函数，可用 gongwen funcs 查看全部函数", m[1])
	}},
	{lazyRE(`^can't give argument to non-function (.+)$`), func(m []string) string {
		return fmt.Sprintf("%s 不是函数，不能带参数", m[1])
	}},
	{lazyRE(`^(\S+) has arguments but cannot be invoked as function$`), func(m []string) string {
		return fmt.Sprintf("%s 不是函数，不能带参数", m[1])
	}},
	{lazyRE(`^(\S+) is not a method but has arguments$`), func(m []string) string {
		return fmt.Sprintf("%s 不是函数，不能带参数", m[1])
	}},
	{lazyRE(`^(\S+) is an unexported field of struct type (\S+)$`), func(m []string) string {
		return fmt.Sprintf("字段「%s」不供模板使用", m[1])
	}},
	{lazyRE(`^incompatible types for comparison: (\S+) and (\S+)$`), func(m []string) string {
		return fmt.Sprintf("比较的两个值类型不同：%s与%s", strings.TrimSpace(typeWord(m[1])), strings.TrimSpace(typeWord(m[2])))
	}},
	{lazyRE(`^incompatible types for comparison`), same("比较的两个值类型不同（如文字与数字）")},
	{lazyRE(`^invalid type for comparison`), same("这类值不能比较")},
	{lazyRE(`^missing argument for comparison$`), same("比较缺少参数")},
	{lazyRE(`^expected (bool|string|integer|unsigned integer|float|complex); found (.+)$`), func(m []string) string {
		return fmt.Sprintf("应为%s，实际是 %s", map[string]string{"bool": "真假值", "string": "文字", "integer": "整数",
			"unsigned integer": "非负整数", "float": "数字", "complex": "复数"}[m[1]], m[2])
	}},
	{lazyRE(`^undefined variable: (.+)$`), func(m []string) string { return "变量 " + m[1] + " 没有定义" }},
	{lazyRE(`^(.+) overflows int$`), func(m []string) string { return "数 " + m[1] + " 太大" }},
	{lazyRE(`^invalid value; expected (\S+)$`), func(m []string) string {
		return "此处的值无效，应为" + typeWord(m[1])
	}},
	{lazyRE(`^if/with can't use (.+)$`), func(m []string) string { return "if/with 不能判断 " + m[1] }},
}

// contextName names, in Chinese, where text/template met an unexpected
// token: "operand", "command", "parenthesized pipeline", "range", ….
func contextName(ctx string) string {
	switch ctx {
	case "operand":
		return "操作数"
	case "command":
		return "命令"
	case "input":
		return "模板"
	case "parenthesized pipeline":
		return "括号内的表达式"
	case "define clause":
		return "define 语句"
	case "template clause":
		return "template 语句"
	case "block clause":
		return "block 语句"
	case "end", "range", "if", "with", "else", "break", "continue":
		return ctx + " 语句"
	case "declaration":
		return "变量声明"
	}
	return ctx + " "
}

// tokenName shows a token of an error message: a quoted character as it
// is, the lexer's <end> and the like as the action the author wrote.
func tokenName(tok string) string {
	switch {
	case tok == "EOF":
		return "模板结尾"
	case strings.HasPrefix(tok, "<") && strings.HasSuffix(tok, ">") && len(tok) > 2:
		return "{{" + tok[1:len(tok)-1] + "}}"
	}
	return tok
}

// typeWord says in words what a Go type (as text/template prints it:
// *model.Campaign, string, []string) holds: the author knows text, lists
// and fields, not Go's package paths and pointers.
func typeWord(typ string) string {
	t := strings.TrimLeft(typ, "*")
	if n, ok := loadTypeName(t); ok && n.(typeName).name != "" {
		return n.(typeName).name
	}
	switch {
	case t == "interface {}" || t == "any":
		return "任意值"
	case t == "string":
		return "文字"
	case t == "bool":
		return "真假值"
	case strings.HasPrefix(t, "int") || strings.HasPrefix(t, "uint"):
		return "整数"
	case strings.HasPrefix(t, "float"):
		return "数字"
	case t == "time.Time":
		return "日期"
	case strings.HasPrefix(t, "["):
		return "列表"
	case strings.HasPrefix(t, "map["):
		return "键值表"
	}
	if i := strings.LastIndex(t, "."); i >= 0 {
		t = t[i+1:]
	}
	return " " + t + " 类型"
}

// typeNames are the data types a package has named for its users with
// NameType, by their name as text/template prints it ("docdata.NoticeView").
var typeNames sync.Map

// namers are the functions given to NameTypesLater not yet run.
var namers struct {
	sync.Mutex
	fs []func()
}

// NameTypesLater has f name types (NameType) before a message first asks
// for a type's name, instead of at package initialisation: naming walks
// the views' types by reflection, which every command would pay for at
// start-up, while only a template's error message needs the names.
func NameTypesLater(f func()) {
	namers.Lock()
	namers.fs = append(namers.fs, f)
	namers.Unlock()
}

// loadTypeName is typeNames.Load once every NameTypesLater has run.
func loadTypeName(typ string) (any, bool) {
	namers.Lock()
	for len(namers.fs) > 0 {
		f := namers.fs[0]
		namers.fs = namers.fs[1:]
		f()
	}
	namers.Unlock()
	return typeNames.Load(typ)
}

type typeName struct {
	name   string
	fields []string
}

// NameType says what the data type typ (as text/template prints it, e.g.
// "docdata.NoticeView") is to a user — “通知”的数据 rather than
// “NoticeView 类型” — and which fields it has, so a missing field gets the
// closest one. An empty name keeps the usual wording.
func NameType(typ, name string, fields []string) {
	typeNames.Store(strings.TrimLeft(typ, "*"), typeName{name, fields})
}

// fieldHint is "；您是不是要写 .X？" for the field of typ closest to
// field, when typ was named with NameType.
func fieldHint(typ, field string) string {
	n, ok := loadTypeName(strings.TrimLeft(typ, "*"))
	if !ok {
		return ""
	}
	if near, ok := spell.Nearest(field, n.(typeName).fields, max(2, len(field)/3)); ok {
		return "；您是不是要写 ." + near + "？"
	}
	return ""
}

// dataKind is typeWord said of a place that lacks a field.
func dataKind(typ string) string {
	return "此处的数据是" + typeWord(typ) + "，没有这个字段"
}
