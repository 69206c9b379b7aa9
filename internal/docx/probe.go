package docx

import (
	"fmt"
	"strconv"
	"strings"
	"text/template"

	"gongwen/internal/funcs"
)

// maxProbeErrors bounds the missing values one failed render reports.
const maxProbeErrors = 50

var errProbeFull = fmt.Errorf("还有更多缺失的数据，只列出前 %d 处", maxProbeErrors)

// probeTemplate compiles, once, a copy of the part in which every field
// access reports a miss instead of stopping: after a render fails on
// missing data, it finds every other missing value of the same data, so
// the author fixes them all in one go.
func (cp *compiledPart) probeTemplate(fm template.FuncMap) *template.Template {
	cp.probeOnce.Do(func() {
		pfm := make(template.FuncMap, len(fm)+1)
		for k, v := range fm {
			pfm[k] = v
		}
		pfm["__probe"] = func(string, any, ...string) any { return nil }
		tm, err := template.New(cp.name).Delims(leftDelim, rightDelim).Option("missingkey=zero").Funcs(pfm).Parse(cp.src.text)
		if err != nil {
			return
		}
		esc := "__esc"
		if cp.src.plain {
			esc = "__escx"
		}
		for _, tt := range tm.Templates() {
			if tt.Tree != nil {
				lenient(tt.Tree.Root, true)
				rewrite(tt.Tree.Root, esc, cp.rangeID)
			}
		}
		cp.probe = tm
	})
	return cp.probe
}

// probeMissing runs the probe of part cp on data and returns every missing
// value once per action and data path, starting with first (the one that
// stopped the render), if any.
func (t *Template) probeMissing(cp *compiledPart, data any, first *Error) Errors {
	var out Errors
	seen := map[string]bool{}
	if first != nil {
		out = Errors{first}
	}
	base := cp.probeTemplate(t.fm)
	if base == nil {
		return out
	}
	pt, err := base.Clone()
	if err != nil {
		return out
	}
	w := &writer{st: t.newState(ExecOptions{}), part: cp}
	pt.Funcs(funcs.Metered(t.fm, w.st.charge))
	static := func(p string) string {
		// ".Tasks[3].Lead" and ".Tasks[4].Lead" are one problem.
		var b strings.Builder
		for i := 0; i < len(p); i++ {
			if p[i] == '[' {
				j := strings.IndexByte(p[i:], ']')
				if j > 0 {
					b.WriteString("[]")
					i += j
					continue
				}
			}
			b.WriteByte(p[i])
		}
		return b.String()
	}
	// One missing value is one problem per paragraph: {{showif .X}}{{.X}}
	// misspelt is reported once, at the first action.
	place := func(l Location) string {
		if l.Para > 0 {
			return l.Part + "\x00" + strconv.Itoa(l.Para)
		}
		return l.Part + "\x00" + l.Action
	}
	if first != nil {
		seen[place(first.Loc)+"\x00"+static(first.Path)] = true
	}
	pt.Funcs(template.FuncMap{"__probe": func(where string, v any, names ...string) (any, error) {
		r, m, ok := lookup(v, names)
		if ok {
			return r, nil
		}
		posText, baseText, _ := strings.Cut(where, "|")
		pos, _ := strconv.Atoi(posText)
		a := cp.actionAt(pos)
		if a == nil {
			return nil, nil
		}
		node := baseText + "." + strings.Join(names[:m.at+1], ".")
		path := node
		if baseText == "" {
			path = dataPath(a, node, w.iteration)
		}
		loc := locOf(t.name, cp.name, a)
		key := place(loc) + "\x00" + static(path)
		if seen[key] {
			return nil, nil
		}
		seen[key] = true
		e := &Error{Loc: loc, Path: path}
		switch name := names[m.at]; m.kind {
		case "key":
			e.Msg = fmt.Sprintf("数据中没有「%s」", name)
		case "field":
			e.Msg = fmt.Sprintf("数据中没有字段「%s」（%s%s）", name, dataKind(m.typ), fieldHint(m.typ, name))
		default:
			e.Msg = fmt.Sprintf("取「%s」时数据为空", name)
		}
		out = append(out, e)
		if len(out) >= maxProbeErrors {
			return nil, errProbeFull
		}
		return nil, nil
	}})
	if err := pt.Execute(w, data); err != nil && len(out) >= maxProbeErrors {
		out = append(out, &Error{Loc: Location{Template: t.name, Part: cp.name, Area: cp.area}, Msg: errProbeFull.Error()})
	}
	return out
}
