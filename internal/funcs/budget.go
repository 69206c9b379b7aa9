package funcs

import (
	"fmt"
	"reflect"
	"text/template"
	"time"
)

// Every function of Map that returns text is bounded to MaxText bytes.
// Checking only the result is not enough: {{$s = printf "%s%s" $s $s}} in
// a loop doubles a value forty times, and fmt builds the whole result
// before anything can look at it. So the arguments are measured first
// (estimate walks data without formatting it) and a call whose arguments
// alone pass the bound is refused before it runs; the result is checked
// too, for functions that grow their input.

// builtinOverrides replace text/template's own print, printf, println,
// html, js and urlquery, which build their results without bound; a
// function map entry takes precedence over a builtin of the same name.
var builtinOverrides = map[string]any{
	"print":    fmt.Sprint,
	"printf":   fmt.Sprintf,
	"println":  fmt.Sprintln,
	"html":     template.HTMLEscaper,
	"js":       template.JSEscaper,
	"urlquery": template.URLQueryEscaper,
}

// IsBuiltin reports whether name is a text/template builtin that Map
// replaces with a bounded version (it has no entry in All).
func IsBuiltin(name string) bool {
	_, ok := builtinOverrides[name]
	return ok
}

var (
	stringType = reflect.TypeFor[string]()
	errorType  = reflect.TypeFor[error]()
)

// bounded wraps f so that its text result is limited to MaxText bytes,
// checked on the arguments before the call and on the result after it.
// Functions that return no text are returned unchanged.
func bounded(name string, f any) any {
	switch fn := f.(type) {
	case func(string) string:
		return func(s string) (string, error) {
			if len(s) > MaxText {
				return "", errTooLong(name)
			}
			return capText(name, fn(s))
		}
	case func(...any) string:
		return func(args ...any) (string, error) {
			if estimateAll(args) > MaxText {
				return "", errTooLong(name)
			}
			return capText(name, fn(args...))
		}
	case func(string, ...any) string: // printf
		return func(format string, args ...any) (string, error) {
			if int64(len(format))+formatWidths(format)+estimateAll(args) > MaxText {
				return "", errTooLong(name)
			}
			return capText(name, fn(format, args...))
		}
	case func(any) string:
		return func(v any) (string, error) {
			if estimate(v, MaxText+1, 0) > MaxText {
				return "", errTooLong(name)
			}
			return capText(name, fn(v))
		}
	}
	v := reflect.ValueOf(f)
	t := v.Type()
	if t.Kind() != reflect.Func || t.NumOut() == 0 || t.Out(0) != stringType ||
		t.NumOut() > 2 || t.NumOut() == 2 && t.Out(1) != errorType {
		return f
	}
	withErr := reflect.FuncOf(inTypes(t), []reflect.Type{stringType, errorType}, t.IsVariadic())
	return reflect.MakeFunc(withErr, func(in []reflect.Value) []reflect.Value {
		fail := func() []reflect.Value {
			return []reflect.Value{reflect.ValueOf(""), reflect.ValueOf(errTooLong(name))}
		}
		var size int64
		for _, a := range in {
			size += estimateValue(a, MaxText+1-size, 0)
			if size > MaxText {
				return fail()
			}
		}
		var out []reflect.Value
		if t.IsVariadic() {
			out = v.CallSlice(in)
		} else {
			out = v.Call(in)
		}
		if len(out) == 2 && !out[1].IsNil() {
			return []reflect.Value{reflect.ValueOf(""), out[1]}
		}
		if out[0].Len() > MaxText {
			return fail()
		}
		return []reflect.Value{out[0], reflect.Zero(errorType)}
	}).Interface()
}

func inTypes(t reflect.Type) []reflect.Type {
	in := make([]reflect.Type, t.NumIn())
	for i := range in {
		in[i] = t.In(i)
	}
	return in
}

func capText(name, s string) (string, error) {
	if len(s) > MaxText {
		return "", errTooLong(name)
	}
	return s, nil
}

// formatWidths adds up the widths and precisions a printf format asks for
// (fmt caps each at a million; a * takes it from an argument, counted at
// that cap), which the result may hold beyond its arguments.
func formatWidths(format string) int64 {
	var total int64
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		for i++; i < len(format); i++ {
			c := format[i]
			if c == '*' {
				total += 1e6
				continue
			}
			if c >= '0' && c <= '9' {
				n := int64(0)
				for ; i < len(format) && format[i] >= '0' && format[i] <= '9'; i++ {
					n = min(n*10+int64(format[i]-'0'), 1e6)
				}
				total += n
				i--
				continue
			}
			if c == '.' || c == '+' || c == '-' || c == ' ' || c == '#' || c == '[' || c == ']' {
				continue
			}
			break
		}
	}
	return total
}

func estimateAll(args []any) int64 {
	var n int64
	for _, a := range args {
		n += estimate(a, MaxText+1-n, 0) + 1
		if n > MaxText {
			break
		}
	}
	return n
}

// estimate is about how many bytes fmt prints for v, counted until limit
// is passed: a structure that shares its parts ($l = list $l $l) is walked
// only as far as the limit, never formatted.
func estimate(v any, limit int64, depth int) int64 {
	switch x := v.(type) {
	case nil:
		return 5
	case string:
		return int64(len(x))
	case []byte:
		return int64(len(x))
	case int, int64, float64, bool, int32, uint, uint64, float32:
		return 24
	case time.Time:
		return 40
	}
	return estimateValue(reflect.ValueOf(v), limit, depth)
}

func estimateValue(v reflect.Value, limit int64, depth int) int64 {
	if depth > 100 {
		return limit // a cycle or absurd nesting
	}
	switch v.Kind() {
	case reflect.Invalid:
		return 5
	case reflect.String:
		return int64(v.Len())
	case reflect.Interface, reflect.Pointer:
		if v.IsNil() {
			return 5
		}
		if v.Kind() == reflect.Interface {
			return estimateValue(v.Elem(), limit, depth+1)
		}
		return 1 + estimateValue(v.Elem(), limit, depth+1)
	case reflect.Slice, reflect.Array:
		if v.Kind() == reflect.Slice && v.Type().Elem().Kind() == reflect.Uint8 {
			return int64(v.Len())
		}
		n := int64(2)
		for i := 0; i < v.Len() && n <= limit; i++ {
			n += 1 + estimateValue(v.Index(i), limit-n, depth+1)
		}
		return n
	case reflect.Map:
		n := int64(5)
		it := v.MapRange()
		for n <= limit && it.Next() {
			n += 2 + estimateValue(it.Key(), limit-n, depth+1)
			n += estimateValue(it.Value(), limit-n, depth+1)
		}
		return n
	case reflect.Struct:
		n := int64(2)
		for i := 0; i < v.NumField() && n <= limit; i++ {
			n += 1 + estimateValue(v.Field(i), limit-n, depth+1)
		}
		return n
	}
	return 24
}
