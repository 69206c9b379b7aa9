package funcs

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"regexp"
	"strings"
)

// Bounds on what one function call may build, so that a template cannot
// exhaust memory by nesting or looping calls that grow their input
// (replace "" with a long text, concat a list with itself, toJson of a
// structure that shares parts). Documents are far smaller.
const (
	// MaxText is the longest text a function returns, in bytes.
	MaxText = 1 << 20
	// MaxList is the longest list a function returns.
	MaxList = 10000
)

func errTooLong(fn string) error {
	return fmt.Errorf("%s 生成的文字超过 %d 字节上限", fn, MaxText)
}

func errTooMany(fn string) error {
	return fmt.Errorf("%s 生成的列表超过 %d 项上限", fn, MaxList)
}

// replaceBounded is sprig's replace (replace OLD NEW TEXT) with the size
// of the result checked before it is built.
func replaceBounded(old, new, s string) (string, error) {
	if n := strings.Count(s, old); int64(len(s))+int64(n)*(int64(len(new))-int64(len(old))) > MaxText {
		return "", errTooLong("replace")
	}
	return strings.ReplaceAll(s, old, new), nil
}

// regexReplace is sprig's regexReplaceAll (literal false: $1 expands) and
// regexReplaceAllLiteral, with a bad pattern reported as an error instead
// of a panic and the result bounded.
func regexReplace(fn string, literal bool) func(pattern, s, repl string) (string, error) {
	return func(pattern, s, repl string) (string, error) {
		re, err := regexp.Compile(pattern)
		if err != nil {
			return "", fmt.Errorf("%s 的正则表达式“%s”有误：%w", fn, pattern, err)
		}
		var b []byte
		last := 0
		for _, m := range re.FindAllStringSubmatchIndex(s, -1) {
			b = append(b, s[last:m[0]]...)
			if literal {
				b = append(b, repl...)
			} else {
				b = re.ExpandString(b, repl, s, m)
			}
			last = m[1]
			if len(b) > MaxText {
				return "", errTooLong(fn)
			}
		}
		b = append(b, s[last:]...)
		if len(b) > MaxText {
			return "", errTooLong(fn)
		}
		return string(b), nil
	}
}

// joinBounded is sprig's join (join SEP LIST) with the result bounded.
func joinBounded(sep string, v any) (string, error) {
	l, err := toStringList(v)
	if err != nil {
		// sprig joins a single value as itself.
		l = []string{fmt.Sprint(v)}
	}
	size := 0
	for i, s := range l {
		size += len(s)
		if i > 0 {
			size += len(sep)
		}
		if size > MaxText {
			return "", errTooLong("join")
		}
	}
	return strings.Join(l, sep), nil
}

// listOf copies any slice or array into a []any; ok is false for other
// values.
func listOf(v any) ([]any, bool) {
	if l, ok := v.([]any); ok {
		return append([]any(nil), l...), true
	}
	rv := reflect.ValueOf(v)
	if v == nil || rv.Kind() != reflect.Slice && rv.Kind() != reflect.Array {
		return nil, false
	}
	out := make([]any, rv.Len())
	for i := range out {
		out[i] = rv.Index(i).Interface()
	}
	return out, true
}

// concatBounded is sprig's concat: a new list of the items of every list.
func concatBounded(lists ...any) ([]any, error) {
	n := 0
	for _, l := range lists {
		rv := reflect.ValueOf(l)
		if l == nil || rv.Kind() != reflect.Slice && rv.Kind() != reflect.Array {
			return nil, fmt.Errorf("concat 的参数应为列表，得到的是 %s", describe(l))
		}
		n += rv.Len()
		if n > MaxList {
			return nil, errTooMany("concat")
		}
	}
	out := make([]any, 0, n)
	for _, l := range lists {
		items, _ := listOf(l)
		out = append(out, items...)
	}
	return out, nil
}

// appendBounded is sprig's append (append LIST ITEM): a new list.
func appendBounded(list any, item any) ([]any, error) {
	items, ok := listOf(list)
	if !ok {
		return nil, fmt.Errorf("append 的第一个参数应为列表，得到的是 %s", describe(list))
	}
	if len(items)+1 > MaxList {
		return nil, errTooMany("append")
	}
	return append(items, item), nil
}

// prependBounded is sprig's prepend (prepend LIST ITEM): a new list.
func prependBounded(list any, item any) ([]any, error) {
	items, ok := listOf(list)
	if !ok {
		return nil, fmt.Errorf("prepend 的第一个参数应为列表，得到的是 %s", describe(list))
	}
	if len(items)+1 > MaxList {
		return nil, errTooMany("prepend")
	}
	return append([]any{item}, items...), nil
}

// cappedWriter fails once more than MaxText bytes are written, which stops
// an encoder early.
type cappedWriter struct{ bytes.Buffer }

var errCapped = errors.New("capped")

func (w *cappedWriter) Write(p []byte) (int, error) {
	if w.Len()+len(p) > MaxText {
		return 0, errCapped
	}
	return w.Buffer.Write(p)
}

// jsonBounded is sprig's toJson, toPrettyJson and toRawJson: JSON text
// (map keys sorted), "" for a value JSON cannot hold, as sprig does, and
// an error past MaxText. The encoder writes as it goes, so a structure
// that shares parts cannot grow the output without bound.
func jsonBounded(fn string, indent, escapeHTML bool) func(v any) (string, error) {
	return func(v any) (string, error) {
		var w cappedWriter
		enc := json.NewEncoder(&w)
		enc.SetEscapeHTML(escapeHTML)
		if indent {
			enc.SetIndent("", "  ")
		}
		if err := enc.Encode(v); err != nil {
			if errors.Is(err, errCapped) {
				return "", errTooLong(fn)
			}
			return "", nil
		}
		return strings.TrimSuffix(w.String(), "\n"), nil
	}
}
