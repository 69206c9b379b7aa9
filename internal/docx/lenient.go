package docx

import (
	"reflect"
	"strconv"
	"text/template/parse"
)

// With Options.Missing == "empty", every field access goes through
// lenientField, so a missing key or a nil on the way (".A.B" where A is
// missing) gives nothing instead of an error, at any depth — text/template's
// missingkey=zero only covers the last map key.

// lenientField follows names from v through maps, structs, pointers and
// interfaces, calling niladic methods as text/template does; anything
// missing or nil yields nil.
func lenientField(v any, names ...string) any {
	r, _, _ := lookup(v, names)
	return r
}

// miss says why a lookup found nothing: the index of the name that failed
// and how.
type miss struct {
	at   int    // index into names
	kind string // "key": no such map key; "field": no such field (typ); "nil": nil before it
	typ  string
}

// lookup is lenientField reporting the first miss; ok is false on a miss.
func lookup(v any, names []string) (any, miss, bool) {
	rv := reflect.ValueOf(v)
	for i, n := range names {
		for rv.IsValid() && (rv.Kind() == reflect.Interface || rv.Kind() == reflect.Pointer) {
			if m := method(rv, n); m.IsValid() {
				break
			}
			if rv.IsNil() {
				return nil, miss{at: i, kind: "nil"}, false
			}
			rv = rv.Elem()
		}
		if !rv.IsValid() {
			return nil, miss{at: i, kind: "nil"}, false
		}
		if m := method(rv, n); m.IsValid() {
			out := m.Call(nil)
			if len(out) == 2 && !out[1].IsNil() {
				return nil, miss{}, true
			}
			rv = out[0]
			continue
		}
		switch rv.Kind() {
		case reflect.Map:
			if rv.Type().Key().Kind() != reflect.String {
				return nil, miss{at: i, kind: "field", typ: rv.Type().String()}, false
			}
			rv = rv.MapIndex(reflect.ValueOf(n).Convert(rv.Type().Key()))
			if !rv.IsValid() {
				return nil, miss{at: i, kind: "key"}, false
			}
		case reflect.Struct:
			f, ok := rv.Type().FieldByName(n)
			if !ok || !f.IsExported() {
				return nil, miss{at: i, kind: "field", typ: rv.Type().String()}, false
			}
			rv = rv.FieldByIndex(f.Index)
		default:
			return nil, miss{at: i, kind: "field", typ: rv.Type().String()}, false
		}
	}
	if !rv.IsValid() || !rv.CanInterface() {
		return nil, miss{}, true
	}
	return rv.Interface(), miss{}, true
}

var errorType = reflect.TypeFor[error]()

// method returns the niladic method n of v (one result, or a result and an
// error), or an invalid Value.
func method(v reflect.Value, n string) reflect.Value {
	if !v.IsValid() || (v.Kind() == reflect.Interface && v.IsNil()) {
		return reflect.Value{}
	}
	m := v.MethodByName(n)
	if !m.IsValid() && v.CanAddr() {
		m = v.Addr().MethodByName(n)
	}
	if !m.IsValid() {
		return reflect.Value{}
	}
	t := m.Type()
	if t.NumIn() != 0 || t.NumOut() == 0 || t.NumOut() > 2 || (t.NumOut() == 2 && t.Out(1) != errorType) {
		return reflect.Value{}
	}
	return m
}

// lenient rewrites the field accesses of a tree into lenientField calls, or
// with probe into __probe calls that also report what is missing.
func lenient(n parse.Node, probe bool) {
	switch x := n.(type) {
	case *parse.ListNode:
		if x == nil {
			return
		}
		for _, k := range x.Nodes {
			lenient(k, probe)
		}
	case *parse.ActionNode:
		lenientPipe(x.Pipe, probe)
	case *parse.IfNode:
		lenientPipe(x.Pipe, probe)
		lenient(x.List, probe)
		lenient(x.ElseList, probe)
	case *parse.WithNode:
		lenientPipe(x.Pipe, probe)
		lenient(x.List, probe)
		lenient(x.ElseList, probe)
	case *parse.RangeNode:
		lenientPipe(x.Pipe, probe)
		lenient(x.List, probe)
		lenient(x.ElseList, probe)
	case *parse.TemplateNode:
		lenientPipe(x.Pipe, probe)
	}
}

func lenientPipe(p *parse.PipeNode, probe bool) {
	if p == nil {
		return
	}
	for _, cmd := range p.Cmds {
		// A field with arguments is a method call: leave it.
		if len(cmd.Args) == 1 {
			if args := lenientArgs(cmd.Args[0], probe); args != nil {
				cmd.Args = args
				continue
			}
		}
		for i, a := range cmd.Args {
			if i == 0 && len(cmd.Args) > 1 {
				if _, ok := a.(*parse.FieldNode); ok {
					continue
				}
			}
			if pn, ok := a.(*parse.PipeNode); ok {
				lenientPipe(pn, probe)
				continue
			}
			if args := lenientArgs(a, probe); args != nil {
				cmd.Args[i] = &parse.PipeNode{NodeType: parse.NodePipe, Pos: a.Position(),
					Cmds: []*parse.CommandNode{{NodeType: parse.NodeCommand, Pos: a.Position(), Args: args}}}
			}
		}
	}
}

// lenientArgs returns the arguments of a lenientField call replacing a
// field, variable or chain access, or nil for other nodes.
func lenientArgs(n parse.Node, probe bool) []parse.Node {
	pos := n.Position()
	call := func(base parse.Node, names []string) []parse.Node {
		args := []parse.Node{parse.NewIdentifier("__field").SetTree(nil).SetPos(pos), base}
		if probe {
			// __probe WHERE BASE NAMES…: WHERE is the position, which ties
			// a miss to its action, and what the base was ("12", "12|$x").
			p := strconv.Itoa(int(pos))
			switch b := base.(type) {
			case *parse.VariableNode:
				p += "|" + b.Ident[0]
			case *parse.DotNode:
			default:
				p += "|(" + base.String() + ")"
			}
			args = []parse.Node{parse.NewIdentifier("__probe").SetTree(nil).SetPos(pos),
				&parse.StringNode{NodeType: parse.NodeString, Pos: pos, Quoted: strconv.Quote(p), Text: p}, base}
		}
		for _, s := range names {
			args = append(args, &parse.StringNode{NodeType: parse.NodeString, Pos: pos, Quoted: strconv.Quote(s), Text: s})
		}
		return args
	}
	switch x := n.(type) {
	case *parse.FieldNode:
		return call(&parse.DotNode{NodeType: parse.NodeDot, Pos: pos}, x.Ident)
	case *parse.VariableNode:
		if len(x.Ident) < 2 {
			return nil
		}
		return call(&parse.VariableNode{NodeType: parse.NodeVariable, Pos: pos, Ident: x.Ident[:1]}, x.Ident[1:])
	case *parse.ChainNode:
		base := x.Node
		if pn, ok := base.(*parse.PipeNode); ok {
			lenientPipe(pn, probe)
		}
		return call(base, x.Field)
	}
	return nil
}
