package docx

import (
	"strings"
	"text/template"
	"text/template/parse"
)

// DataPath is a piece of data a template reads.
type DataPath struct {
	// Path is the data path from the top-level data: ".Activity.Name";
	// "[]" stands for the elements of a list the template ranges over
	// (".Tasks[].Lead"). A path through a function's result is written
	// with the pipeline in parentheses: "(index .M \"k\").Name".
	Path string
	// Loop is set when the template ranges over the path.
	Loop bool
	// Where lists the places that read it, in document order.
	Where []Location
}

// Paths lists the data paths the template reads, in order of first use,
// as strings: ".Activity.Name", ".Tasks[].Lead"; a list the template
// ranges over without reading fields of its items appears as ".Items[]".
func (t *Template) Paths() []string {
	dps := t.DataPaths()
	loopUsed := map[string]bool{}
	for _, d := range dps {
		if i := strings.LastIndex(d.Path, "[]"); i >= 0 {
			loopUsed[d.Path[:i]] = true
		}
	}
	var out []string
	for _, d := range dps {
		switch {
		case d.Loop && !loopUsed[d.Path]:
			out = append(out, d.Path+"[]")
		case !d.Loop:
			out = append(out, d.Path)
		}
	}
	return out
}

// DataPaths is Paths with the places that read every path. Loops come
// before the paths inside them.
func (t *Template) DataPaths() []DataPath {
	pc := &pathCollector{index: map[string]int{}}
	for _, cp := range t.parts {
		// Analyse a fresh parse: the executed tree is rewritten.
		tm, err := template.New(cp.name).Delims(leftDelim, rightDelim).Funcs(t.funcMap()).Parse(cp.src.text)
		if err != nil || tm.Tree == nil {
			continue
		}
		pc.cp, pc.file, pc.tmpl = cp, t.name, tm
		pc.walk(tm.Tree.Root, ".", map[string]string{"$": "."}, 0)
	}
	return pc.out
}

type pathCollector struct {
	cp    *compiledPart
	tmpl  *template.Template
	file  string
	out   []DataPath
	index map[string]int
}

func (pc *pathCollector) add(path string, loop bool, pos parse.Pos) {
	if path == "" || path == "." {
		return
	}
	i, ok := pc.index[path]
	if !ok {
		i = len(pc.out)
		pc.index[path] = i
		pc.out = append(pc.out, DataPath{Path: path})
	}
	dp := &pc.out[i]
	dp.Loop = dp.Loop || loop
	if a := pc.cp.actionAt(int(pos)); a != nil && len(dp.Where) < 20 {
		l := locOf(pc.file, pc.cp.name, a)
		if n := len(dp.Where); n == 0 || dp.Where[n-1] != l {
			dp.Where = append(dp.Where, l)
		}
	}
}

func join(base, field string) string {
	if base == "." {
		return field
	}
	return base + field
}

// value returns the path of what a pipeline yields, recording the paths it
// reads on the way.
func (pc *pathCollector) value(p *parse.PipeNode, dot string, vars map[string]string) string {
	if p == nil {
		return ""
	}
	var last string
	for _, cmd := range p.Cmds {
		last = ""
		for i, arg := range cmd.Args {
			v := pc.arg(arg, dot, vars)
			if len(cmd.Args) == 1 && i == 0 {
				last = v
			}
		}
		// columns only marks a column loop: its value is its argument's.
		if id, ok := cmd.Args[0].(*parse.IdentifierNode); ok && id.Ident == "columns" && len(cmd.Args) == 2 && len(p.Cmds) == 1 {
			last = pc.arg(cmd.Args[1], dot, vars)
			continue
		}
		if len(cmd.Args) > 1 || len(p.Cmds) > 1 {
			last = "(" + strings.TrimSpace(p.String()) + ")"
		}
	}
	return last
}

func (pc *pathCollector) arg(n parse.Node, dot string, vars map[string]string) string {
	switch x := n.(type) {
	case *parse.DotNode:
		return dot
	case *parse.FieldNode:
		p := join(dot, "."+strings.Join(x.Ident, "."))
		pc.add(p, false, x.Pos)
		return p
	case *parse.VariableNode:
		base, ok := vars[x.Ident[0]]
		if !ok {
			return ""
		}
		if len(x.Ident) == 1 {
			return base
		}
		p := join(base, "."+strings.Join(x.Ident[1:], "."))
		pc.add(p, false, x.Pos)
		return p
	case *parse.ChainNode:
		base := pc.arg(x.Node, dot, vars)
		if base == "" {
			return ""
		}
		p := join(base, "."+strings.Join(x.Field, "."))
		pc.add(p, false, x.Pos)
		return p
	case *parse.PipeNode:
		return pc.value(x, dot, vars)
	}
	return ""
}

func copyVars(v map[string]string) map[string]string {
	out := make(map[string]string, len(v)+2)
	for k, s := range v {
		out[k] = s
	}
	return out
}

func (pc *pathCollector) walk(n parse.Node, dot string, vars map[string]string, depth int) {
	if depth > 20 {
		return
	}
	switch x := n.(type) {
	case *parse.ListNode:
		if x == nil {
			return
		}
		for _, k := range x.Nodes {
			pc.walk(k, dot, vars, depth)
		}
	case *parse.ActionNode:
		v := pc.value(x.Pipe, dot, vars)
		for _, d := range x.Pipe.Decl {
			vars[d.Ident[0]] = v
		}
	case *parse.IfNode:
		pc.value(x.Pipe, dot, vars)
		pc.walk(x.List, dot, copyVars(vars), depth)
		pc.walk(x.ElseList, dot, copyVars(vars), depth)
	case *parse.WithNode:
		v := pc.value(x.Pipe, dot, vars)
		inner := copyVars(vars)
		for _, d := range x.Pipe.Decl {
			inner[d.Ident[0]] = v
		}
		if v == "" {
			v = "(" + strings.TrimSpace(x.Pipe.String()) + ")"
		}
		pc.walk(x.List, v, inner, depth)
		pc.walk(x.ElseList, dot, copyVars(vars), depth)
	case *parse.RangeNode:
		v := pc.value(x.Pipe, dot, vars)
		if v == "" {
			v = "(" + strings.TrimSpace(x.Pipe.String()) + ")"
		}
		pc.add(v, true, x.Pos)
		elem := v + "[]"
		inner := copyVars(vars)
		switch len(x.Pipe.Decl) {
		case 1:
			inner[x.Pipe.Decl[0].Ident[0]] = elem
		case 2:
			inner[x.Pipe.Decl[0].Ident[0]] = ""
			inner[x.Pipe.Decl[1].Ident[0]] = elem
		}
		pc.walk(x.List, elem, inner, depth)
		pc.walk(x.ElseList, dot, copyVars(vars), depth)
	case *parse.TemplateNode:
		v := pc.value(x.Pipe, dot, vars)
		if t := pc.tmpl.Lookup(x.Name); t != nil && t.Tree != nil {
			pc.walk(t.Tree.Root, v, map[string]string{"$": v}, depth+1)
		}
	}
}
