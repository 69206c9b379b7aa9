package xlsx

import (
	"strings"
	"text/template/parse"
)

// Paths lists the data paths the template reads, in order of first use
// (sheet by sheet, row by row), in the form the docx engine uses:
// ".Title", ".Rows[].Name"; a list ranged over without reading fields of
// its items appears as ".Rows[]". It serves `gongwen inspect` and checks of
// a template against the data.
func (t *Template) Paths() []string {
	return t.collectPaths().result()
}

// Places names, for each data path Paths lists (without its "[]"), the
// cell that first reads it, as a clerk finds it in Excel: 周工作清单!C4.
func (t *Template) Places() map[string]string {
	out := map[string]string{}
	for p, at := range t.collectPaths().place {
		out[strings.ReplaceAll(p, "[]", "")] = at
	}
	return out
}

func (t *Template) collectPaths() *pathCollector {
	pc := &pathCollector{seen: map[string]bool{}, loopUsed: map[string]bool{}, place: map[string]string{}}
	for _, s := range t.sheets {
		cells := append([]*cellTpl(nil), s.cells...)
		for _, r := range s.ranges {
			cells = append(cells, r.cells...)
		}
		for _, c := range cells {
			trees, err := parse.Parse("cell", c.text, "{{", "}}", t.funcs, builtinNames)
			if err != nil {
				continue // Parse reported it already
			}
			pc.at = s.name + "!" + c.ref
			pc.walk(trees["cell"].Root, ".", map[string]string{"$": "."})
		}
	}
	return pc
}

type pathCollector struct {
	order    []string
	loops    map[string]bool
	seen     map[string]bool
	loopUsed map[string]bool
	place    map[string]string // path → the cell first reading it
	at       string            // the cell being walked
}

func (pc *pathCollector) add(p string, loop bool) {
	if loop {
		if pc.loops == nil {
			pc.loops = map[string]bool{}
		}
		pc.loops[p] = true
	}
	if i := strings.LastIndex(p, "[]"); i >= 0 {
		pc.loopUsed[p[:i]] = true
	}
	if !pc.seen[p] {
		pc.seen[p] = true
		pc.order = append(pc.order, p)
		if pc.place != nil {
			pc.place[p] = pc.at
		}
	}
}

func (pc *pathCollector) result() []string {
	var out []string
	for _, p := range pc.order {
		switch {
		case pc.loops[p] && !pc.loopUsed[p]:
			out = append(out, p+"[]")
		case !pc.loops[p]:
			out = append(out, p)
		}
	}
	return out
}

func join(base string, fields []string) string {
	if base == "." {
		base = ""
	}
	return base + "." + strings.Join(fields, ".")
}

// pipePath is the data path a pipeline names when it is one field
// reference ({{range .Rows}}, {{with $t.Lead}}), else "".
func pipePath(p *parse.PipeNode, dot string, vars map[string]string) string {
	if p == nil || len(p.Cmds) != 1 || len(p.Cmds[0].Args) != 1 {
		return ""
	}
	switch a := p.Cmds[0].Args[0].(type) {
	case *parse.FieldNode:
		return join(dot, a.Ident)
	case *parse.VariableNode:
		if base, ok := vars[a.Ident[0]]; ok && base != "" {
			if len(a.Ident) == 1 {
				return base
			}
			return join(base, a.Ident[1:])
		}
	case *parse.DotNode:
		return dot
	}
	return ""
}

func (pc *pathCollector) pipe(p *parse.PipeNode, dot string, vars map[string]string) {
	if p == nil {
		return
	}
	for _, c := range p.Cmds {
		for _, a := range c.Args {
			pc.arg(a, dot, vars)
		}
	}
}

func (pc *pathCollector) arg(n parse.Node, dot string, vars map[string]string) {
	switch a := n.(type) {
	case *parse.FieldNode:
		pc.add(join(dot, a.Ident), false)
	case *parse.VariableNode:
		if base, ok := vars[a.Ident[0]]; ok && base != "" && len(a.Ident) > 1 {
			pc.add(join(base, a.Ident[1:]), false)
		}
	case *parse.ChainNode:
		pc.arg(a.Node, dot, vars)
	case *parse.PipeNode:
		pc.pipe(a, dot, vars)
	}
}

func (pc *pathCollector) walk(n parse.Node, dot string, vars map[string]string) {
	switch x := n.(type) {
	case *parse.ListNode:
		if x == nil {
			return
		}
		for _, c := range x.Nodes {
			pc.walk(c, dot, vars)
		}
	case *parse.ActionNode:
		pc.pipe(x.Pipe, dot, vars)
		if p := pipePath(x.Pipe, dot, vars); p != "" && len(x.Pipe.Decl) == 1 {
			vars[x.Pipe.Decl[0].Ident[0]] = p
		}
	case *parse.IfNode:
		pc.pipe(x.Pipe, dot, vars)
		pc.walk(x.List, dot, vars)
		pc.walk(x.ElseList, dot, vars)
	case *parse.WithNode:
		pc.pipe(x.Pipe, dot, vars)
		inner := dot
		if p := pipePath(x.Pipe, dot, vars); p != "" {
			inner = p
		}
		pc.walk(x.List, inner, vars)
		pc.walk(x.ElseList, dot, vars)
	case *parse.RangeNode:
		p := pipePath(x.Pipe, dot, vars)
		if p == "" {
			pc.pipe(x.Pipe, dot, vars)
			pc.walk(x.List, dot, vars)
			return
		}
		pc.add(p, true)
		inner := map[string]string{}
		for k, v := range vars {
			inner[k] = v
		}
		if d := x.Pipe.Decl; len(d) == 2 {
			inner[d[1].Ident[0]] = p + "[]"
		} else if len(d) == 1 {
			inner[d[0].Ident[0]] = p + "[]"
		}
		pc.walk(x.List, p+"[]", inner)
		pc.walk(x.ElseList, dot, vars)
	}
}
