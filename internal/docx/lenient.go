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
	rv := reflect.ValueOf(v)
	for _, n := range names {
		for rv.IsValid() && (rv.Kind() == reflect.Interface || rv.Kind() == reflect.Pointer) {
			if m := method(rv, n); m.IsValid() {
				break
			}
			if rv.IsNil() {
				return nil
			}
			rv = rv.Elem()
		}
		if !rv.IsValid() {
			return nil
		}
		if m := method(rv, n); m.IsValid() {
			out := m.Call(nil)
			if len(out) == 2 && !out[1].IsNil() {
				return nil
			}
			rv = out[0]
			continue
		}
		switch rv.Kind() {
		case reflect.Map:
			if rv.Type().Key().Kind() != reflect.String {
				return nil
			}
			rv = rv.MapIndex(reflect.ValueOf(n).Convert(rv.Type().Key()))
		case reflect.Struct:
			f, ok := rv.Type().FieldByName(n)
			if !ok || !f.IsExported() {
				return nil
			}
			rv = rv.FieldByIndex(f.Index)
		default:
			return nil
		}
	}
	if !rv.IsValid() || !rv.CanInterface() {
		return nil
	}
	return rv.Interface()
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

// lenient rewrites the field accesses of a tree into lenientField calls.
func lenient(n parse.Node) {
	switch x := n.(type) {
	case *parse.ListNode:
		if x == nil {
			return
		}
		for _, k := range x.Nodes {
			lenient(k)
		}
	case *parse.ActionNode:
		lenientPipe(x.Pipe)
	case *parse.IfNode:
		lenientPipe(x.Pipe)
		lenient(x.List)
		lenient(x.ElseList)
	case *parse.WithNode:
		lenientPipe(x.Pipe)
		lenient(x.List)
		lenient(x.ElseList)
	case *parse.RangeNode:
		lenientPipe(x.Pipe)
		lenient(x.List)
		lenient(x.ElseList)
	case *parse.TemplateNode:
		lenientPipe(x.Pipe)
	}
}

func lenientPipe(p *parse.PipeNode) {
	if p == nil {
		return
	}
	for _, cmd := range p.Cmds {
		// A field with arguments is a method call: leave it.
		if len(cmd.Args) == 1 {
			if args := lenientArgs(cmd.Args[0]); args != nil {
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
				lenientPipe(pn)
				continue
			}
			if args := lenientArgs(a); args != nil {
				cmd.Args[i] = &parse.PipeNode{NodeType: parse.NodePipe, Pos: a.Position(),
					Cmds: []*parse.CommandNode{{NodeType: parse.NodeCommand, Pos: a.Position(), Args: args}}}
			}
		}
	}
}

// lenientArgs returns the arguments of a lenientField call replacing a
// field, variable or chain access, or nil for other nodes.
func lenientArgs(n parse.Node) []parse.Node {
	pos := n.Position()
	call := func(base parse.Node, names []string) []parse.Node {
		args := []parse.Node{parse.NewIdentifier("__field").SetTree(nil).SetPos(pos), base}
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
			lenientPipe(pn)
		}
		return call(base, x.Field)
	}
	return nil
}
