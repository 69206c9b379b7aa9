package cli

import (
	"fmt"
	"reflect"
	"strings"

	"github.com/spf13/cobra"

	"gongwen/internal/docdata"
	"gongwen/internal/spell"
)

// kindProblem is a path of a template that a kind's view does not have.
type kindProblem struct {
	Path    string `json:"path"`
	Where   string `json:"where,omitempty"`
	Suggest string `json:"suggest,omitempty"` // the closest field, as a path
	Msg     string `json:"message"`
}

// kindReport is the result of check --kind, also its --json form.
type kindReport struct {
	OK        bool          `json:"ok"`
	Kind      string        `json:"kind"`
	Paths     int           `json:"paths"`
	Problems  []kindProblem `json:"problems"`
	Unchecked []string      `json:"unchecked,omitempty"`
}

// checkKind walks the template's paths over the kind's view type: a field
// the view does not have is a problem, with the closest field the view
// has at that place.
func checkKind(tree []*pathNode, k *docdata.Kind) kindReport {
	rep := kindReport{Kind: k.Label, Problems: []kindProblem{}}
	var walk func(n *pathNode, t reflect.Type)
	walk = func(n *pathNode, t reflect.Type) {
		for _, ch := range n.Children {
			if strings.HasPrefix(ch.Name, "(") || strings.HasPrefix(ch.Name, "$") {
				rep.Unchecked = append(rep.Unchecked, ch.Path)
				continue
			}
			next, ok, names := fieldType(t, ch.Name)
			if !ok {
				p := kindProblem{Path: ch.Path}
				p.Msg = fmt.Sprintf("%s的数据中没有字段 %s", k.Label, ch.Path)
				if near, ok := spell.Nearest(ch.Name, names, max(2, len(ch.Name)/3)); ok {
					p.Suggest = strings.TrimSuffix(ch.Path, ch.Name) + near
					p.Msg += fmt.Sprintf("，您是不是要写 %s？", p.Suggest)
				} else if len(names) > 0 {
					p.Msg += "（gongwen fields " + k.Name + " 列出可用的字段）"
				}
				rep.Problems = append(rep.Problems, p)
				continue
			}
			if next == nil {
				continue // a value the view does not type (any): nothing to check below
			}
			if ch.Loop {
				next = itemType(next)
				if next == nil {
					continue
				}
			}
			walk(ch, next)
		}
	}
	walk(&pathNode{Children: tree}, k.ViewType())
	rep.OK = len(rep.Problems) == 0
	return rep
}

// fieldType is the type of what {{.name}} reads in a value of type t: a
// field (promoted ones included) or a method without arguments. ok is
// false when there is none, with the names there are; a nil type means
// the value cannot be typed further (an interface).
func fieldType(t reflect.Type, name string) (next reflect.Type, ok bool, names []string) {
	if t.Kind() == reflect.Interface {
		return nil, true, nil
	}
	if m, found := t.MethodByName(name); found && m.Type.NumOut() > 0 {
		return m.Type.Out(0), true, nil
	}
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t.Kind() == reflect.Map {
		return t.Elem(), true, nil
	}
	if t.Kind() != reflect.Struct {
		return nil, false, nil
	}
	if f, found := t.FieldByName(name); found && f.IsExported() {
		return f.Type, true, nil
	}
	if m, found := reflect.PointerTo(t).MethodByName(name); found && m.Type.NumOut() > 0 {
		return m.Type.Out(0), true, nil
	}
	return nil, false, exportedFields(t)
}

// exportedFields lists the names {{.X}} can read in a struct, promoted
// fields included.
func exportedFields(t reflect.Type) []string {
	var out []string
	for i := range t.NumField() {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		if f.Anonymous {
			e := f.Type
			for e.Kind() == reflect.Pointer {
				e = e.Elem()
			}
			if e.Kind() == reflect.Struct {
				out = append(out, exportedFields(e)...)
				continue
			}
		}
		out = append(out, f.Name)
	}
	return out
}

// itemType is the type {{range}} gives an item of a value of type t.
func itemType(t reflect.Type) reflect.Type {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch t.Kind() {
	case reflect.Slice, reflect.Array, reflect.Map:
		return t.Elem()
	case reflect.Int:
		return t
	}
	return nil
}

// rangeArgs accepts from min to max arguments, with a Chinese message and
// exit code 2.
func rangeArgs(min, max int) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) < min || len(args) > max {
			return usageError("%s 需要 %d 到 %d 个参数，实际给了 %d 个", cmd.CommandPath(), min, max, len(args))
		}
		return nil
	}
}

// runCheckKind checks a template against the fields of a kind: the one
// --kind names, or the kind of the data's document --doc.
func runCheckKind(opts *checkOptions) error {
	var k *docdata.Kind
	if opts.Kind != "" {
		var ok bool
		if k, ok = docdata.Lookup(opts.Kind); !ok {
			return usageError("没有文种“%s”%s（可选：%s）", opts.Kind, kindHint(opts.Kind), kindChoices())
		}
	} else {
		data := opts.Data
		if data == "" {
			data = defaultDataFile
		}
		c, err := loadCampaignFor(opts.IO, data)
		if err != nil {
			return err
		}
		d := c.DocumentByID(opts.Doc)
		if d == nil {
			ids := make([]string, len(c.Documents))
			for i := range c.Documents {
				ids[i] = c.Documents[i].ID
			}
			hint := ""
			if near, ok := spell.Nearest(opts.Doc, ids, 2); ok {
				hint = fmt.Sprintf("，您是不是要写“%s”？", near)
			}
			return badInput(fmt.Errorf("%s 中没有 id 为“%s”的文件%s", data, opts.Doc, hint))
		}
		if k, _ = docdata.Lookup(string(d.Kind)); k == nil {
			return badInput(fmt.Errorf("文件“%s”的文种“%s”没有内置模板", d.ID, d.Kind))
		}
	}
	env, err := checkEnv()
	if err != nil {
		return err
	}
	paths, where, err := templateFields(opts, env)
	if err != nil {
		return err
	}
	rep := checkKind(buildPathTree(paths), k)
	rep.Paths = len(paths)
	for i := range rep.Problems {
		rep.Problems[i].Where = where[strings.ReplaceAll(rep.Problems[i].Path, "[]", "")]
	}
	if opts.JSON {
		if err := writeJSON(opts.IO.Out, rep); err != nil {
			return err
		}
	} else {
		for _, p := range rep.Problems {
			fmt.Fprintf(opts.IO.ErrOut, "%s: %s\n", opts.Template, p.Msg)
			if p.Where != "" {
				fmt.Fprintf(opts.IO.ErrOut, "    模板中：%s\n", p.Where)
			}
		}
		for _, u := range rep.Unchecked {
			fmt.Fprintf(opts.IO.ErrOut, "%s: 无法事先检查 %s（经函数取得的值）\n", opts.Template, u)
		}
		fmt.Fprintf(opts.IO.Out, "%s：按“%s”检查，模板读取 %d 个数据路径，%d 个不是%s的字段\n",
			opts.Template, k.Label, rep.Paths, len(rep.Problems), k.Label)
	}
	if len(rep.Problems) > 0 {
		return reported(len(rep.Problems))
	}
	return nil
}

// kindChoices lists the kinds as a user may name them.
func kindChoices() string {
	var s []string
	for _, k := range docdata.Kinds() {
		s = append(s, k.Label+"（"+k.Name+"）")
	}
	return strings.Join(s, "、")
}

// kindHint is "，您是不是要写“x”？" for the closest kind name, or "".
func kindHint(got string) string {
	var names []string
	for _, k := range docdata.Kinds() {
		names = append(names, k.Name, k.Label)
	}
	if near, ok := spell.Nearest(got, names, 2); ok {
		return fmt.Sprintf("，您是不是要写“%s”？", near)
	}
	return ""
}
