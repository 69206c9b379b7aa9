package load

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"gongwen/internal/lazyre"
)

// parse turns text into the YAML node of its single document. JSON is
// checked by encoding/json (YAML would accept trailing commas and comments)
// and turned into the same kind of node tree with positions, so decoding is
// the same for both.
func parse(file string, text []byte, isJSON bool) (*yaml.Node, *Diagnostic) {
	if isJSON {
		if d := checkJSON(file, text); d != nil {
			return nil, d
		}
		doc, err := jsonDocument(text)
		if err != nil {
			// checkJSON accepted the text, so this is a bug here.
			return nil, &Diagnostic{File: file, Msg: fmt.Sprintf("内部错误：读取 JSON 失败：%v", err)}
		}
		return doc, nil
	}
	dec := yaml.NewDecoder(bytes.NewReader(text))
	var doc yaml.Node
	err := dec.Decode(&doc)
	if errors.Is(err, io.EOF) {
		return nil, &Diagnostic{File: file, Msg: "文件中没有任何数据（只有空白或注释）"}
	}
	if err != nil {
		return nil, syntaxError(file, text, err)
	}
	var next yaml.Node
	if err := dec.Decode(&next); err == nil {
		return nil, &Diagnostic{File: file, Line: next.Line, Col: next.Column,
			Msg: "文件含有多个 YAML 文档（以 --- 分隔），一个数据文件只能有一个文档"}
	} else if !errors.Is(err, io.EOF) {
		return nil, syntaxError(file, text, err)
	}
	if len(doc.Content) == 0 || doc.Content[0].Tag == "!!null" {
		return nil, &Diagnostic{File: file, Line: doc.Line, Col: doc.Column, Msg: "文件中没有任何数据（只有空白或注释）"}
	}
	return &doc, nil
}

var (
	yamlErrPrefix = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^yaml: (line \d+: )?`) })
	yamlErrLine   = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^yaml: line (\d+):`) })
)

// yamlMsg strips the "yaml: line N: " prefix, whose line is unreliable: the
// parser reports the start of the enclosing construct, 0-based for parser
// errors and 1-based for scanner errors.
func yamlMsg(err error) string { return yamlErrPrefix().ReplaceAllString(err.Error(), "") }

const tabMsg = "缩进中使用了制表符（Tab）；YAML 只能用空格缩进，请把 Tab 换成空格"

// tabLines reports the lines other than skip indented with tabs. The parser
// stops at the first; when an editor inserted tabs, it did so everywhere, and
// the user should fix them all in one go.
func tabLines(file string, text []byte, skip int) Diagnostics {
	var out Diagnostics
	for i, l := range strings.Split(string(text), "\n") {
		body := strings.TrimLeft(l, " \t")
		indent := l[:len(l)-len(body)]
		j := strings.IndexByte(indent, '\t')
		if i+1 == skip || j < 0 || strings.TrimSpace(body) == "" || strings.HasPrefix(body, "#") {
			continue
		}
		out = append(out, Diagnostic{File: file, Line: i + 1, Col: utf8.RuneCountInString(indent[:j]) + 1, Msg: tabMsg})
	}
	return out
}

// searchLimit bounds the text for which syntax errors are located by
// re-parsing prefixes (a few dozen parses); beyond it the parser's line is used.
const searchLimit = 1 << 20

// syntaxError locates a YAML syntax error and explains it in Chinese.
func syntaxError(file string, text []byte, err error) *Diagnostic {
	msg := yamlMsg(err)
	line, col := locate(text, msg)
	if line == 0 {
		if m := yamlErrLine().FindStringSubmatch(err.Error()); m != nil {
			fmt.Sscan(m[1], &line)
		} else {
			line = 1
		}
	}
	if l, ok := nthLine(text, line); ok {
		indent := l[:len(l)-len(strings.TrimLeft(l, " \t"))]
		if i := strings.IndexByte(indent, '\t'); i >= 0 {
			return &Diagnostic{File: file, Line: line, Col: utf8.RuneCountInString(indent[:i]) + 1, Msg: tabMsg}
		}
		if col == 0 {
			col = len(indent) + 1
		}
	}
	if d := colonMistake(file, text, line); d != nil {
		return d
	}
	return &Diagnostic{File: file, Line: line, Col: col, Msg: translateYAML(msg)}
}

var (
	fullWidthColon = lazyre.New(`^(\s*(?:-\s+)?[A-Za-z_][\w-]*\s*)：`)
	colonNoSpace   = lazyre.New(`^(\s*(?:-\s+)?([A-Za-z_][\w-]*)):([^\s/])`)
	dashNoSpace    = lazyre.New(`^(\s*)-[A-Za-z_][\w-]*:\s`)
)

// colonMistake recognises the commonest ways users break a "key: value"
// line, on the line of a syntax error or the one before it: a full-width
// colon (name：学创), no space after the colon (year:2013), no space after
// the dash of a list item (-id: zzb).
func colonMistake(file string, text []byte, line int) *Diagnostic {
	for l := line; l >= max(1, line-1); l-- {
		s, ok := nthLine(text, l)
		if !ok {
			continue
		}
		if m := fullWidthColon.FindStringSubmatch(s); m != nil {
			return &Diagnostic{File: file, Line: l, Col: utf8.RuneCountInString(m[1]) + 1,
				Msg: "键和值之间用了中文冒号“：”；请改为英文冒号加空格“: ”"}
		}
		if m := colonNoSpace.FindStringSubmatch(s); m != nil {
			return &Diagnostic{File: file, Line: l, Col: utf8.RuneCountInString(m[1]) + 1,
				Msg: fmt.Sprintf("冒号后面要有空格：应写作“%s: …”", m[2])}
		}
		if m := dashNoSpace.FindStringSubmatch(s); m != nil {
			return &Diagnostic{File: file, Line: l, Col: utf8.RuneCountInString(m[1]) + 1,
				Msg: "列表项的“-”后面要有空格：应写作“- 键: 值”"}
		}
	}
	return nil
}

// locate finds where a syntax error is: the shortest prefix of the text that
// fails with the same message ends at the problem. Parsing is fast, so a
// binary search over lines and then over the characters of the line costs a
// few dozen parses of a small file.
func locate(text []byte, msg string) (line, col int) {
	if len(text) > searchLimit {
		return 0, 0
	}
	fails := func(prefix []byte) bool {
		var n yaml.Node
		err := yaml.Unmarshal(prefix, &n)
		return err != nil && yamlMsg(err) == msg
	}
	starts := []int{0}
	for i, c := range text {
		if c == '\n' && i+1 < len(text) {
			starts = append(starts, i+1)
		}
	}
	end := func(n int) int { // byte offset after line n (1-based)
		if n >= len(starts) {
			return len(text)
		}
		return starts[n]
	}
	if !fails(text) {
		return 0, 0
	}
	lo, hi := 1, len(starts)
	for lo < hi {
		mid := (lo + hi) / 2
		if fails(text[:end(mid)]) {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	line = lo
	head := text[:starts[line-1]]
	runes := []rune(strings.TrimRight(string(text[starts[line-1]:end(line)]), "\r\n"))
	withCols := func(c int) []byte {
		return append(append([]byte(nil), head...), string(runes[:c])...)
	}
	clo, chi := 1, len(runes)
	if chi == 0 || !fails(withCols(chi)) {
		return line, 0
	}
	for clo < chi {
		mid := (clo + chi) / 2
		if fails(withCols(mid)) {
			chi = mid
		} else {
			clo = mid + 1
		}
	}
	return line, clo
}

// yamlMessages explains the parser's messages, most common first.
var yamlMessages = []struct{ en, zh string }{
	{"found a tab character", tabMsg},
	{"mapping values are not allowed in this context", "此处不能出现“: ”：若值里含有英文冒号，请给整个值加引号；否则请检查本行的缩进是否与同级的键对齐"},
	{"did not find expected key", "缩进不一致：此行应与同级的键对齐（或上一行缺少冒号）"},
	{"did not find expected '-' indicator", "缩进不一致：此行与同级的键或列表项“- ”没有对齐"},
	{"did not find expected ',' or ']'", "方括号列表 [ … ] 没有闭合，或元素之间缺少逗号"},
	{"did not find expected ',' or '}'", "花括号 { … } 没有闭合，或键值对之间缺少逗号"},
	{"did not find expected node content", "此处缺少值"},
	{"could not find expected ':'", "缺少冒号“:”（键和值之间要有英文冒号和空格）"},
	{"found unexpected end of stream", "文件意外结束：引号或括号没有闭合"},
	{"found unexpected document indicator", "引号没有闭合（字符串中出现了 ---）"},
	{"found character that cannot start any token", "出现了不能作为值开头的字符（如 @ ` 或 Tab）；请给值加引号"},
	{"block sequence entries are not allowed in this context", "此处不能开始列表：“- ”的缩进不对"},
	{"found unknown escape character", "双引号字符串中有无效的转义（\\ 后面的字符不对）；路径等请改用单引号"},
	{"control characters are not allowed", "文件含有控制字符"},
	{"unknown anchor", "引用了未定义的锚点（*名称 之前要有 &名称）"},
	{"exceeded max depth", "嵌套层数过多"},
	{"found duplicate anchor", "锚点名称重复"},
	{"did not find expected alphabetic or numeric character", "锚点或别名的名称无效"},
	{"did not find expected comment or line break", "值后面有多余的内容（引号后还有文字？）"},
	{"found unexpected ':'", "冒号位置不对"},
}

var unknownAnchor = lazyre.New(`unknown anchor '(.*)' referenced`)

func translateYAML(msg string) string {
	if m := unknownAnchor.FindStringSubmatch(msg); m != nil {
		return fmt.Sprintf("引用了未定义的锚点 *%s（使用 *%s 之前要先用 &%s 定义）", m[1], m[1], m[1])
	}
	for _, m := range yamlMessages {
		if strings.Contains(msg, m.en) {
			return m.zh
		}
	}
	return "YAML 语法错误：" + msg
}

// checkJSON reports the first JSON syntax error with its place.
func checkJSON(file string, text []byte) *Diagnostic {
	dec := json.NewDecoder(bytes.NewReader(text))
	var v any
	err := dec.Decode(&v)
	if err == nil {
		if _, err2 := dec.Token(); !errors.Is(err2, io.EOF) {
			line, col := byteLineCol(text, int(dec.InputOffset()))
			return &Diagnostic{File: file, Line: line, Col: col + leadingSpace(text, dec.InputOffset()),
				Msg: "JSON 值结束后还有多余的内容"}
		}
		return nil
	}
	var se *json.SyntaxError
	if errors.As(err, &se) {
		off := int(se.Offset) - 1
		if off < 0 {
			off = 0
		}
		line, col := byteLineCol(text, off)
		return &Diagnostic{File: file, Line: line, Col: col, Msg: translateJSON(se.Error(), text, off)}
	}
	if errors.Is(err, io.ErrUnexpectedEOF) {
		line, col := byteLineCol(text, len(text))
		return &Diagnostic{File: file, Line: line, Col: col, Msg: "JSON 意外结束：括号或引号没有闭合"}
	}
	return &Diagnostic{File: file, Msg: "JSON 无法解析：" + err.Error()}
}

func leadingSpace(text []byte, off int64) int {
	n := 0
	for _, c := range text[off:] {
		if c != ' ' && c != '\t' {
			break
		}
		n++
	}
	return n
}

func translateJSON(msg string, text []byte, off int) string {
	c := byte(0)
	if off < len(text) {
		c = text[off]
	}
	switch {
	case strings.Contains(msg, "exceeded max depth"):
		return fmt.Sprintf("嵌套超过 %d 层，已拒绝读取", MaxDepth)
	case strings.Contains(msg, "looking for beginning of object key string") && c == '}',
		strings.Contains(msg, "looking for beginning of value") && c == ']':
		return fmt.Sprintf("“%c”前多了一个逗号（JSON 不允许末尾逗号）", c)
	case c == '/' || c == '#':
		return "JSON 不支持注释"
	case c == '\'':
		return "JSON 字符串要用双引号，不能用单引号"
	case strings.Contains(msg, "looking for beginning of object key string"):
		return "此处应为用双引号括起的键"
	case strings.Contains(msg, "after object key:value pair"):
		return "键值对之间缺少逗号，或花括号 { } 没有闭合"
	case strings.Contains(msg, "after object key"):
		return "键后面应为冒号“:”"
	case strings.Contains(msg, "after array element"):
		return "列表元素之间缺少逗号，或方括号 [ ] 没有闭合"
	case strings.Contains(msg, "in string literal"):
		return "字符串中有不允许的字符（未转义的换行或制表符），或引号没有闭合"
	case strings.Contains(msg, "looking for beginning of value"):
		return "此处应为一个值（字符串要加双引号）"
	case strings.Contains(msg, "unexpected end of JSON input"):
		return "JSON 意外结束：括号或引号没有闭合"
	}
	return "JSON 语法错误：" + msg
}
