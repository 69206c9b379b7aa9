package funcs

import (
	"reflect"
	"strings"
	"text/template"
)

// MaxText bounds one call; a render can still make a thousand calls that
// each build a megabyte and keep every result
// ({{range 10000}}{{$l = append $l (printf "%s%d" $s .)}}{{end}}). So an
// engine also meters what its functions build over the whole render, as
// they go: Metered charges each result's size to the render's budget, and
// the charge's error stops the call that passed it.

// Charge is an engine's meter of one render: it adds n bytes built by a
// function and fails once the render's budget is spent.
type Charge func(n int64) error

// Sizes charged for lists and dicts: their items are references (the
// texts they hold were charged when built).
const (
	itemBytes  = 16
	entryBytes = 48
)

// Metered returns a copy of fm in which every function whose result is
// text, a list or a dict charges the result's size to charge. Functions
// that return an interface value pass their argument through (default,
// first, coalesce) and are not charged; names starting with "__" are the
// engine's own and print at once, where the engine counts them.
func Metered(fm template.FuncMap, charge Charge) template.FuncMap {
	out := make(template.FuncMap, len(fm))
	for name, f := range fm {
		if strings.HasPrefix(name, "__") {
			out[name] = f
			continue
		}
		out[name] = metered(f, charge)
	}
	return out
}

func metered(f any, charge Charge) any {
	text := func(s string, err error) (string, error) {
		if err != nil {
			return "", err
		}
		if err := charge(int64(len(s))); err != nil {
			return "", err
		}
		return s, nil
	}
	switch fn := f.(type) {
	case func(string) (string, error):
		return func(a string) (string, error) { return text(fn(a)) }
	case func(any) (string, error):
		return func(a any) (string, error) { return text(fn(a)) }
	case func(...any) (string, error):
		return func(a ...any) (string, error) { return text(fn(a...)) }
	case func(any, string) (string, error):
		return func(a any, b string) (string, error) { return text(fn(a, b)) }
	case func(string, string) (string, error):
		return func(a, b string) (string, error) { return text(fn(a, b)) }
	case func(string, string, string) (string, error):
		return func(a, b, c string) (string, error) { return text(fn(a, b, c)) }
	case func(string, ...any) (string, error):
		return func(a string, b ...any) (string, error) { return text(fn(a, b...)) }
	}
	v := reflect.ValueOf(f)
	t := v.Type()
	if t.Kind() != reflect.Func || t.NumOut() == 0 || t.NumOut() > 2 || t.NumOut() == 2 && t.Out(1) != errorType {
		return f
	}
	switch t.Out(0).Kind() {
	case reflect.String, reflect.Slice, reflect.Map:
	default:
		return f
	}
	withErr := reflect.FuncOf(inTypes(t), []reflect.Type{t.Out(0), errorType}, t.IsVariadic())
	return reflect.MakeFunc(withErr, func(in []reflect.Value) []reflect.Value {
		var out []reflect.Value
		if t.IsVariadic() {
			out = v.CallSlice(in)
		} else {
			out = v.Call(in)
		}
		if len(out) == 2 && !out[1].IsNil() {
			return []reflect.Value{reflect.Zero(t.Out(0)), out[1]}
		}
		r := out[0]
		var n int64
		switch r.Kind() {
		case reflect.String:
			n = int64(r.Len())
		case reflect.Slice:
			n = int64(r.Len()) * itemBytes
		case reflect.Map:
			n = int64(r.Len()) * entryBytes
		}
		if err := charge(n); err != nil {
			return []reflect.Value{reflect.Zero(t.Out(0)), reflect.ValueOf(&err).Elem()}
		}
		return []reflect.Value{r, reflect.Zero(errorType)}
	}).Interface()
}
