package peer

import (
	"encoding/json"
	"fmt"
	"unicode/utf8"
)

// decoder parses JSON into the values encoding/json gives an `any` with
// UseNumber (map[string]any, []any, string, json.Number, bool, nil), renaming
// object keys on the way. It exists because the benchmark's 10 000-row data
// took encoding/json about 50 ms — a third of the whole run — mostly in its
// two passes and one allocation per key; this decoder makes one pass, sizes
// maps and slices exactly and interns the (few, repeated) keys. Anything
// unusual inside a string (escapes, invalid UTF-8) is handed to
// encoding/json, so strings decode exactly as there; FuzzDecoder checks the
// two agree on arbitrary input.
type decoder struct {
	data  []byte
	pos   int
	key   func(string) string // renames keys; nil keeps them
	keys  map[string]string   // raw key → renamed key, interned
	stack []any               // scratch for the items of the containers being read
	depth int
}

// maxDepth bounds nesting, as encoding/json does, so hostile input cannot
// exhaust the stack.
const maxDepth = 10000

func newDecoder(data []byte, key func(string) string) *decoder {
	return &decoder{data: data, key: key, keys: map[string]string{}}
}

// syntaxError says where the JSON went wrong.
func (d *decoder) syntaxError(what string) error {
	return fmt.Errorf("JSON 语法错误（第 %d 字节）：%s", d.pos+1, what)
}

func (d *decoder) space() {
	for d.pos < len(d.data) {
		switch d.data[d.pos] {
		case ' ', '\t', '\n', '\r':
			d.pos++
		default:
			return
		}
	}
}

// decodeAll parses data as exactly one JSON value.
func (d *decoder) decodeAll() (any, error) {
	v, err := d.value()
	if err != nil {
		return nil, err
	}
	d.space()
	if d.pos != len(d.data) {
		return nil, d.syntaxError("值后面还有多余的内容")
	}
	return v, nil
}

func (d *decoder) value() (any, error) {
	d.space()
	if d.pos >= len(d.data) {
		return nil, d.syntaxError("内容不完整")
	}
	switch c := d.data[d.pos]; {
	case c == '{':
		return d.object()
	case c == '[':
		return d.array()
	case c == '"':
		return d.str()
	case c == '-' || (c >= '0' && c <= '9'):
		return d.number()
	case c == 't':
		return d.literal("true", true)
	case c == 'f':
		return d.literal("false", false)
	case c == 'n':
		return d.literal("null", nil)
	}
	return nil, d.syntaxError(fmt.Sprintf("意外的字符 %q", d.data[d.pos]))
}

func (d *decoder) literal(word string, v any) (any, error) {
	if len(d.data)-d.pos < len(word) || string(d.data[d.pos:d.pos+len(word)]) != word {
		return nil, d.syntaxError("无效的字面量")
	}
	d.pos += len(word)
	return v, nil
}

func (d *decoder) enter() error {
	d.depth++
	if d.depth > maxDepth {
		return d.syntaxError("嵌套过深")
	}
	return nil
}

func (d *decoder) object() (any, error) {
	if err := d.enter(); err != nil {
		return nil, err
	}
	d.pos++ // {
	base := len(d.stack)
	d.space()
	if d.pos < len(d.data) && d.data[d.pos] == '}' {
		d.pos++
		d.depth--
		return map[string]any{}, nil
	}
	for {
		d.space()
		if d.pos >= len(d.data) || d.data[d.pos] != '"' {
			return nil, d.syntaxError("应为键（带引号的字符串）")
		}
		k, err := d.objectKey()
		if err != nil {
			return nil, err
		}
		d.space()
		if d.pos >= len(d.data) || d.data[d.pos] != ':' {
			return nil, d.syntaxError("键后应为冒号")
		}
		d.pos++
		v, err := d.value()
		if err != nil {
			return nil, err
		}
		d.stack = append(d.stack, k, v)
		d.space()
		if d.pos >= len(d.data) {
			return nil, d.syntaxError("对象没有结束")
		}
		if d.data[d.pos] == ',' {
			d.pos++
			continue
		}
		if d.data[d.pos] == '}' {
			d.pos++
			break
		}
		return nil, d.syntaxError("对象中应为逗号或右花括号")
	}
	items := d.stack[base:]
	m := make(map[string]any, len(items)/2)
	for i := 0; i < len(items); i += 2 {
		m[items[i].(string)] = items[i+1] // a repeated key: the last wins, as in encoding/json
	}
	clear(items)
	d.stack = d.stack[:base]
	d.depth--
	return m, nil
}

// objectKey reads a key and returns it renamed and interned.
func (d *decoder) objectKey() (string, error) {
	start := d.pos
	raw, simple, err := d.scanString()
	if err != nil {
		return "", err
	}
	if simple {
		if k, ok := d.keys[string(raw)]; ok { // no allocation for the lookup
			return k, nil
		}
	}
	s, err := d.stringAt(start, raw, simple)
	if err != nil {
		return "", err
	}
	k := s
	if d.key != nil {
		k = d.key(s)
	}
	if simple {
		d.keys[s] = k
	}
	return k, nil
}

func (d *decoder) array() (any, error) {
	if err := d.enter(); err != nil {
		return nil, err
	}
	d.pos++ // [
	base := len(d.stack)
	d.space()
	if d.pos < len(d.data) && d.data[d.pos] == ']' {
		d.pos++
		d.depth--
		return []any{}, nil
	}
	for {
		v, err := d.value()
		if err != nil {
			return nil, err
		}
		d.stack = append(d.stack, v)
		d.space()
		if d.pos >= len(d.data) {
			return nil, d.syntaxError("数组没有结束")
		}
		if d.data[d.pos] == ',' {
			d.pos++
			continue
		}
		if d.data[d.pos] == ']' {
			d.pos++
			break
		}
		return nil, d.syntaxError("数组中应为逗号或右方括号")
	}
	items := d.stack[base:]
	out := make([]any, len(items))
	copy(out, items)
	clear(items)
	d.stack = d.stack[:base]
	d.depth--
	return out, nil
}

func (d *decoder) str() (any, error) {
	start := d.pos
	raw, simple, err := d.scanString()
	if err != nil {
		return nil, err
	}
	return d.stringAt(start, raw, simple)
}

// scanString moves past the string at d.pos and returns its raw content;
// simple means no escapes and valid UTF-8, so the raw bytes are the value.
func (d *decoder) scanString() (raw []byte, simple bool, err error) {
	i := d.pos + 1
	simple = true
	ascii := true
	for i < len(d.data) {
		c := d.data[i]
		switch {
		case c == '"':
			raw = d.data[d.pos+1 : i]
			d.pos = i + 1
			if !ascii && !utf8.Valid(raw) {
				simple = false
			}
			return raw, simple, nil
		case c == '\\':
			simple = false
			i += 2
			continue
		case c < 0x20:
			d.pos = i
			return nil, false, d.syntaxError("字符串中有控制字符")
		case c >= utf8.RuneSelf:
			ascii = false
		}
		i++
	}
	d.pos = len(d.data)
	return nil, false, d.syntaxError("字符串没有结束")
}

// stringAt returns the value of the string whose opening quote is at start.
func (d *decoder) stringAt(start int, raw []byte, simple bool) (string, error) {
	if simple {
		return string(raw), nil
	}
	var s string
	if err := json.Unmarshal(d.data[start:d.pos], &s); err != nil {
		return "", fmt.Errorf("JSON 语法错误（第 %d 字节）：无效的字符串：%w", start+1, err)
	}
	return s, nil
}

// number reads a number as the text it is written with, checked against
// JSON's grammar: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
func (d *decoder) number() (any, error) {
	start := d.pos
	i := d.pos
	digits := func() int {
		n := 0
		for i < len(d.data) && d.data[i] >= '0' && d.data[i] <= '9' {
			i++
			n++
		}
		return n
	}
	if d.data[i] == '-' {
		i++
	}
	if i < len(d.data) && d.data[i] == '0' {
		i++
	} else if digits() == 0 {
		d.pos = i
		return nil, d.syntaxError("无效的数字")
	}
	if i < len(d.data) && d.data[i] == '.' {
		i++
		if digits() == 0 {
			d.pos = i
			return nil, d.syntaxError("无效的数字")
		}
	}
	if i < len(d.data) && (d.data[i] == 'e' || d.data[i] == 'E') {
		i++
		if i < len(d.data) && (d.data[i] == '+' || d.data[i] == '-') {
			i++
		}
		if digits() == 0 {
			d.pos = i
			return nil, d.syntaxError("无效的数字")
		}
	}
	d.pos = i
	return json.Number(d.data[start:i]), nil
}
