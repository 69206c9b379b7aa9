package funcs

import (
	"fmt"
	"strings"
	"unicode"
)

// sp is an entry taken from sprig under its own name.
func sp(ns, name, desc string, examples ...string) entry {
	return entry{Func: Func{Name: name, Namespace: ns, Desc: desc, Examples: ex(examples...)}, sprig: name}
}

// own is an entry gongwen implements itself.
func own(ns, name, desc string, f any, examples ...string) entry {
	return entry{Func: Func{Name: name, Namespace: ns, Desc: desc, Examples: ex(examples...)}, make: fixed(f)}
}

// sprigFuncs is the allowlist. Functions sprig implements on bytes
// (trunc, substr, abbrev, nospace) are replaced by versions that count
// characters, since cutting a Chinese character in half corrupts the
// document; functions whose result can grow past their input (replace,
// join, concat, append, regexReplaceAll, toJson…) by bounded versions.
func sprigFuncs() []entry {
	return []entry{
		// strings
		sp("strings", "trim", "去掉首尾空白", `{{trim "  公文  "}}`, "公文"),
		sp("strings", "trimAll", "去掉首尾的指定字符", `{{trimAll "$" "$5.00$"}}`, "5.00"),
		sp("strings", "trimPrefix", "去掉开头的指定文字", `{{trimPrefix "附件：" "附件：方案"}}`, "方案"),
		sp("strings", "trimSuffix", "去掉结尾的指定文字", `{{trimSuffix "。" "特此通知。"}}`, "特此通知"),
		sp("strings", "upper", "字母改为大写", `{{upper "gb/t"}}`, "GB/T"),
		sp("strings", "lower", "字母改为小写", `{{lower "DOCX"}}`, "docx"),
		sp("strings", "title", "英文单词首字母大写", `{{title "hello world"}}`, "Hello World"),
		own("strings", "replace", "替换文字：replace 旧 新 原文", replaceBounded, `{{replace "学创" "“学创”" "学创活动"}}`, "“学创”活动"),
		sp("strings", "contains", "是否包含某段文字", `{{contains "十八大" "学习贯彻十八大"}}`, "true"),
		sp("strings", "hasPrefix", "是否以某段文字开头", `{{hasPrefix "关于" "关于召开会议的通知"}}`, "true"),
		sp("strings", "hasSuffix", "是否以某段文字结尾", `{{hasSuffix "通知" "关于召开会议的通知"}}`, "true"),
		own("strings", "trunc", "只保留前 N 个字（按字计，不会截断汉字）；N 为负数时保留后 N 个字", truncRunes,
			`{{trunc 4 "学习贯彻十八大"}}`, "学习贯彻", `{{trunc -3 "学习贯彻十八大"}}`, "十八大"),
		own("strings", "substr", "取第 start 到第 end 个字之间的文字（从 0 起，按字计）", substrRunes,
			`{{substr 2 4 "学习贯彻十八大"}}`, "贯彻"),
		own("strings", "abbrev", "超过 N 个字时截短并加“...”（按字计）", abbrevRunes,
			`{{abbrev 6 "学习贯彻十八大精神"}}`, "学习贯...", `{{abbrev 10 "学习贯彻"}}`, "学习贯彻"),
		own("strings", "nospace", "删去所有空白（含全角空格）", func(s string) string {
			return strings.Map(func(r rune) rune {
				if unicode.IsSpace(r) {
					return -1
				}
				return r
			}, s)
		}, `{{nospace "综合组 工作　方案"}}`, "综合组工作方案"),
		sp("strings", "quote", "加英文双引号", `{{quote "a"}}`, `"a"`),
		sp("strings", "squote", "加英文单引号", `{{squote "a"}}`, "'a'"),
		sp("strings", "cat", "用空格连接各参数", `{{cat "第" 3 "期"}}`, "第 3 期"),
		own("strings", "indent", fmt.Sprintf("每行前加 N 个空格（N 不超过 %d）", MaxIndent), indentBounded,
			`{{indent 2 "甲\n乙"}}`, "  甲\n  乙"),
		own("strings", "nindent", fmt.Sprintf("先换行，再每行前加 N 个空格（N 不超过 %d）", MaxIndent),
			func(n any, s string) (string, error) {
				out, err := indentBounded(n, s)
				return "\n" + out, err
			}, `{{nindent 2 "甲"}}`, "\n  甲"),
		own("strings", "repeat", fmt.Sprintf("把文字重复 N 次（结果不超过 %d 字节）", MaxRepeat), repeatBounded,
			`{{repeat 3 "★"}}`, "★★★"),
		sp("strings", "split", "按分隔符拆分，得到以 _0、_1… 为键的字典", `{{(split "、" "甲、乙")._1}}`, "乙"),
		sp("strings", "splitList", "按分隔符拆分为列表", `{{splitList "、" "甲、乙、丙" | len}}`, "3"),
		sp("strings", "splitn", "按分隔符最多拆成 N 段，得到以 _0、_1… 为键的字典", `{{(splitn "、" 2 "甲、乙、丙")._1}}`, "乙、丙"),
		own("strings", "join", "用分隔符连接列表", joinBounded, `{{join "、" (list "甲" "乙" "丙")}}`, "甲、乙、丙"),

		// lists
		sp("lists", "list", "由参数组成列表", `{{list "甲" "乙"}}`, "[甲 乙]"),
		sp("lists", "first", "列表的第一项", `{{first (list "甲" "乙")}}`, "甲"),
		sp("lists", "last", "列表的最后一项", `{{last (list "甲" "乙")}}`, "乙"),
		sp("lists", "rest", "去掉第一项后的列表", `{{rest (list 1 2 3)}}`, "[2 3]"),
		sp("lists", "initial", "去掉最后一项后的列表", `{{initial (list 1 2 3)}}`, "[1 2]"),
		own("lists", "append", "在末尾加一项，得到新列表（原列表不变）", appendBounded, `{{append (list 1 2) 3}}`, "[1 2 3]"),
		own("lists", "prepend", "在开头加一项，得到新列表（原列表不变）", prependBounded, `{{prepend (list 2 3) 1}}`, "[1 2 3]"),
		own("lists", "concat", "连接几个列表", concatBounded, `{{concat (list 1) (list 2 3)}}`, "[1 2 3]"),
		sp("lists", "has", "列表是否含有某项：has 项 列表", `{{has "乙" (list "甲" "乙")}}`, "true"),
		sp("lists", "without", "去掉指定各项后的新列表", `{{without (list 1 2 3) 2}}`, "[1 3]"),
		sp("lists", "uniq", "去掉重复项", `{{uniq (list 1 1 2)}}`, "[1 2]"),
		sp("lists", "compact", "去掉空项（空文字、0、空值）", `{{compact (list "甲" "" "乙")}}`, "[甲 乙]"),
		sp("lists", "slice", "取列表的一段：slice 列表 起 止", `{{slice (list 1 2 3 4) 1 3}}`, "[2 3]"),
		sp("lists", "reverse", "倒序的新列表", `{{reverse (list 1 2 3)}}`, "[3 2 1]"),
		sp("lists", "chunk", "每 N 项分为一组", `{{chunk 2 (list 1 2 3)}}`, "[[1 2] [3]]"),
		own("lists", "sortAlpha", "按文字排序的新列表（原列表不变）", sortAlphaCopy, `{{sortAlpha (list "c" "a" "b")}}`, "[a b c]"),

		// dict
		sp("dict", "dict", "由键、值交替的参数组成字典", `{{(dict "甲" 1 "乙" 2).乙}}`, "2"),
		sp("dict", "get", "取字典中某键的值，没有时为空文字", `{{get (dict "a" "甲") "a"}}`, "甲"),
		sp("dict", "hasKey", "字典是否有某键", `{{hasKey (dict "a" 1) "b"}}`, "false"),
		own("dict", "keys", "字典的键，按文字排序（保证每次输出相同）", sortedKeys, `{{keys (dict "b" 1 "a" 2)}}`, "[a b]"),
		own("dict", "values", "字典的值，按键排序", sortedValues, `{{values (dict "b" 1 "a" 2)}}`, "[2 1]"),
		sp("dict", "pick", "只保留指定键的新字典", `{{pick (dict "a" 1 "b" 2) "a" | toJson}}`, `{"a":1}`),
		sp("dict", "omit", "去掉指定键的新字典", `{{omit (dict "a" 1 "b" 2) "a" | toJson}}`, `{"b":2}`),
		sp("dict", "dig", "按键路径逐层取值，取不到时用默认值：dig 键… 默认值 字典", `{{dig "组" "组长" "无" (dict "组" (dict "组长" "张三"))}}`, "张三",
			`{{dig "组" "副组长" "无" (dict "组" (dict "组长" "张三"))}}`, "无"),
		sp("dict", "pluck", "取几个字典中同一键的值组成列表", `{{pluck "a" (dict "a" 1) (dict "a" 2)}}`, "[1 2]"),

		// math
		sp("math", "add", "整数相加", `{{add 1 2 3}}`, "6"),
		sp("math", "add1", "加 1（序号从 0 改为从 1 起）", `{{add1 0}}`, "1"),
		sp("math", "sub", "整数相减", `{{sub 10 3}}`, "7"),
		sp("math", "mul", "整数相乘", `{{mul 2 3}}`, "6"),
		sp("math", "div", "整数相除（舍去余数）", `{{div 7 2}}`, "3"),
		sp("math", "mod", "取余数", `{{mod 7 2}}`, "1"),
		sp("math", "max", "最大的整数", `{{max 1 5 3}}`, "5"),
		sp("math", "min", "最小的整数", `{{min 4 2 3}}`, "2"),
		sp("math", "floor", "向下取整", `{{floor 1.5}}`, "1"),
		sp("math", "ceil", "向上取整", `{{ceil 1.2}}`, "2"),
		sp("math", "round", "四舍五入到 N 位小数", `{{round 3.14159 2}}`, "3.14"),
		sp("math", "add1f", "加 1（可为小数）", `{{add1f 1.5}}`, "2.5"),
		sp("math", "addf", "小数相加", `{{addf 1.5 2.25}}`, "3.75"),
		sp("math", "subf", "小数相减", `{{subf 5 1.5}}`, "3.5"),
		sp("math", "mulf", "小数相乘", `{{mulf 1.5 2}}`, "3"),
		sp("math", "divf", "小数相除", `{{divf 1 4}}`, "0.25"),
		sp("math", "maxf", "最大的数（可为小数）", `{{maxf 1.5 2.5}}`, "2.5"),
		sp("math", "minf", "最小的数（可为小数）", `{{minf 1.5 2.5}}`, "1.5"),

		// regexp (Go's RE2: linear time, no catastrophic backtracking)
		sp("regexp", "regexMatch", "文字是否匹配正则表达式", `{{regexMatch "^[0-9]+$" "2013"}}`, "true"),
		sp("regexp", "regexFind", "第一处匹配的文字", `{{regexFind "[0-9]+" "鄂办发〔2013〕5号"}}`, "2013"),
		sp("regexp", "regexFindAll", "所有匹配的文字（N 为 -1 时不限个数）", `{{regexFindAll "[0-9]+" "鄂办发〔2013〕5号" -1}}`, "[2013 5]"),
		own("regexp", "regexReplaceAll", "替换所有匹配（可用 $1 引用分组）", regexReplace("regexReplaceAll", false), `{{regexReplaceAll "([0-9]+)月" "3月上旬" "${1}月份"}}`, "3月份上旬"),
		own("regexp", "regexReplaceAllLiteral", "替换所有匹配（替换文字按原样）", regexReplace("regexReplaceAllLiteral", true), `{{regexReplaceAllLiteral "[0-9]" "第1期" "$"}}`, "第$期"),
		sp("regexp", "regexSplit", "按正则表达式拆分（N 为 -1 时不限段数）", `{{regexSplit "[、，]" "甲、乙，丙" -1}}`, "[甲 乙 丙]"),
		sp("regexp", "regexQuoteMeta", "把文字转义为可放入正则表达式的形式", `{{regexQuoteMeta "1.5"}}`, `1\.5`),

		// encoding
		sp("encoding", "b64enc", "Base64 编码", `{{b64enc "公文"}}`, "5YWs5paH"),
		sp("encoding", "b64dec", "Base64 解码", `{{b64dec "5YWs5paH"}}`, "公文"),
		sp("encoding", "b32enc", "Base32 编码", `{{b32enc "ab"}}`, "MFRA===="),
		sp("encoding", "b32dec", "Base32 解码", `{{b32dec "MFRA===="}}`, "ab"),
		own("encoding", "toJson", "转为 JSON（字典的键按顺序排列）", jsonBounded("toJson", false, true), `{{toJson (dict "b" 1 "a" "甲")}}`, `{"a":"甲","b":1}`),
		own("encoding", "toPrettyJson", "转为缩进的 JSON", jsonBounded("toPrettyJson", true, true), `{{toPrettyJson (list 1)}}`, "[\n  1\n]"),
		own("encoding", "toRawJson", "转为 JSON，不转义 < > &", jsonBounded("toRawJson", false, false), `{{toRawJson (list "<甲>")}}`, `["<甲>"]`),
		sp("encoding", "fromJson", "解析 JSON 文字", `{{(fromJson "{\"a\":\"甲\"}").a}}`, "甲"),

		// defaults
		sp("defaults", "default", "值为空时用默认值：default 默认值 值", `{{default "无" ""}}`, "无", `{{"" | default "（暂缺）"}}`, "（暂缺）"),
		sp("defaults", "empty", "是否为空（空文字、0、false、空列表、空值）", `{{empty ""}}`, "true"),
		sp("defaults", "coalesce", "第一个非空的值", `{{coalesce "" "甲" "乙"}}`, "甲"),
		sp("defaults", "ternary", "条件为真取第一个值，否则取第二个", `{{ternary "是" "否" true}}`, "是"),
		sp("defaults", "all", "是否所有参数都非空", `{{all "甲" 1}}`, "true"),
		sp("defaults", "any", "是否有参数非空", `{{any "" 0 "乙"}}`, "true"),
		sp("defaults", "fail", "以指定的说明使模板出错（数据不满足要求时）", `{{if false}}{{fail "缺少发文字号"}}{{end}}ok`, "ok"),

		// conv
		sp("conv", "atoi", "文字转为整数", `{{add (atoi "12") 1}}`, "13"),
		sp("conv", "int", "转为整数", `{{int "12"}}`, "12"),
		sp("conv", "int64", "转为 64 位整数", `{{int64 "12"}}`, "12"),
		sp("conv", "float64", "转为小数", `{{float64 "1.5"}}`, "1.5"),
		sp("conv", "toString", "转为文字", `{{toString 12 | len}}`, "2"),
		sp("conv", "toStrings", "列表各项转为文字", `{{toStrings (list 1 2)}}`, "[1 2]"),

		// types
		sp("types", "kindOf", "值的种类（string、int、slice、map…）", `{{kindOf "甲"}}`, "string"),
		sp("types", "kindIs", "值是否为某种类", `{{kindIs "slice" (list 1)}}`, "true"),
		sp("types", "typeOf", "值的 Go 类型名", `{{typeOf 1.5}}`, "float64"),
		sp("types", "deepEqual", "两个值是否相等（逐层比较）", `{{deepEqual (list 1 2) (list 1 2)}}`, "true"),
	}
}

// truncRunes keeps the first n characters of s, or the last -n.
func truncRunes(n any, s string) (string, error) {
	c, err := toInt(n)
	if err != nil {
		return "", fmt.Errorf("trunc 的字数：%w", err)
	}
	rs := []rune(s)
	switch {
	case c >= 0 && int64(len(rs)) > c:
		return string(rs[:c]), nil
	case c < 0 && int64(len(rs)) > -c:
		return string(rs[int64(len(rs))+c:]), nil
	}
	return s, nil
}

// substrRunes returns the characters start to end of s; a negative start
// means from the beginning, an end out of range or negative means to the
// end, as sprig's substr does with bytes.
func substrRunes(start, end any, s string) (string, error) {
	a, err := toInt(start)
	if err != nil {
		return "", fmt.Errorf("substr 的开始位置：%w", err)
	}
	b, err := toInt(end)
	if err != nil {
		return "", fmt.Errorf("substr 的结束位置：%w", err)
	}
	rs := []rune(s)
	n := int64(len(rs))
	if a < 0 {
		a = 0
	}
	if b < 0 || b > n {
		b = n
	}
	if a > b {
		return "", nil
	}
	return string(rs[a:b]), nil
}

// abbrevRunes shortens s to width characters ending in "...".
func abbrevRunes(width any, s string) (string, error) {
	w, err := toInt(width)
	if err != nil {
		return "", fmt.Errorf("abbrev 的字数：%w", err)
	}
	rs := []rune(s)
	if w < 4 {
		return "", fmt.Errorf("abbrev 的字数至少为 4，实际为 %d", w)
	}
	if int64(len(rs)) <= w {
		return s, nil
	}
	return strings.TrimRightFunc(string(rs[:w-3]), func(r rune) bool { return r == ' ' }) + "...", nil
}
