package cli

import (
	"errors"
	"fmt"
	"path/filepath"
	"reflect"
	"strings"

	"github.com/spf13/cobra"

	"gongwen/internal/docdata"
	"gongwen/internal/model"
	"gongwen/internal/spell"
)

// kindProblem is a path of a template that a kind's view does not have.
type kindProblem struct {
	Path    string `json:"path"`
	Where   string `json:"where,omitempty"`
	Page    int    `json:"page,omitempty"`    // the page of Where as LibreOffice lays the template out
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
func checkKind(tree []*pathNode, k *templateKind) kindReport {
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
	walk(&pathNode{Children: tree}, k.View)
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
// --kind names, or the kind of the data's document --doc; with data, the
// examples of the fields come from it.
func runCheckKind(opts *checkOptions) error {
	var k *templateKind
	if opts.Kind != "" {
		var err error
		if k, err = lookupKind(opts.Kind); err != nil {
			return err
		}
	}
	var c *model.Campaign
	if opts.Doc != "" || opts.Data != "" {
		data, err := resolveData(opts.Data)
		if err != nil {
			return err
		}
		opts.Data, opts.date = data.Path, data.Date
		if c, err = loadCampaignFor(opts.IO, data.Path); err != nil {
			return err
		}
	}
	if opts.Doc != "" {
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
			return badInput(fmt.Errorf("%s 中没有 id 为“%s”的文件%s", opts.Data, opts.Doc, hint))
		}
		dk, ok := docdata.Lookup(string(d.Kind))
		if !ok {
			return badInput(fmt.Errorf("文件“%s”的文种“%s”没有内置模板", d.ID, d.Kind))
		}
		k = wordKind(dk)
	}
	env, err := checkEnv()
	if err != nil {
		return err
	}
	paths, where, err := templateFields(opts, env)
	if err != nil {
		return err
	}
	return checkAgainstKind(opts, k, c, paths, where)
}

// kindOfTemplate is the kind a template checked against campaign data is
// for: the kind whose built-in template has its file name (an exported
// tongzhi.docx), else the kind whose fields it reads with the fewest
// problems, when that is fewer than the campaign's own; nil when the
// template reads the campaign itself (render -t without --doc).
func kindOfTemplate(path string, tree []*pathNode, c *model.Campaign) *templateKind {
	if k := kindByFile(filepath.Base(path)); k != nil {
		return k
	}
	xlsx := strings.EqualFold(filepath.Ext(path), ".xlsx")
	best, fewest := (*templateKind)(nil), len(checkData(tree, c).Missing)
	for _, k := range templateKinds() {
		if (k.book != nil) != xlsx {
			continue
		}
		if n := len(checkKind(tree, k).Problems); n < fewest {
			best, fewest = k, n
		}
	}
	return best
}

// checkAgainstKind reports the paths of a template that kind k's view
// does not have, each with its place and the closest field. With data (c
// not nil) the view is also built from it, as a build would give it to
// the template, and what the template reads there is looked up too: a
// key a map of the view lacks is only found so.
func checkAgainstKind(opts *checkOptions, k *templateKind, c *model.Campaign, paths []string, where *templatePlaces) error {
	tree := buildPathTree(paths)
	rep := checkKind(tree, k)
	rep.Paths = len(paths)
	note := ""
	if c != nil {
		date, err := buildDate("", opts.date)
		if err != nil {
			return err
		}
		view, err := k.Sample(&docdata.Env{Campaign: c, Date: date}, opts.Doc)
		switch {
		case err == nil:
			seen := map[string]bool{}
			for _, p := range rep.Problems {
				seen[p.Path] = true
			}
			for _, m := range checkData(tree, view).Missing {
				p := strings.TrimSuffix(m.Path, "[]")
				if seen[p] {
					continue
				}
				rep.Problems = append(rep.Problems, kindProblem{Path: p,
					Msg: fmt.Sprintf("数据中的%s没有 %s%s", k.Label, m.Path, m.describe())})
			}
		case errors.Is(err, errNoSample):
			note = fmt.Sprintf("（数据中没有%s，只按字段检查）", k.Label)
		default:
			return badInput(fmt.Errorf("%s：%w", opts.Data, err))
		}
	}
	rep.OK = len(rep.Problems) == 0
	for i := range rep.Problems {
		rep.Problems[i].Where, rep.Problems[i].Page = where.at(strings.ReplaceAll(rep.Problems[i].Path, "[]", ""))
	}
	if opts.JSON {
		if err := writeJSON(opts.IO.Out, rep); err != nil {
			return err
		}
	} else {
		for _, p := range rep.Problems {
			fmt.Fprintf(opts.IO.ErrOut, "%s: %s\n", opts.Template, p.Msg)
			if p.Where != "" {
				fmt.Fprintf(opts.IO.ErrOut, "    模板中：%s%s\n", p.Where, onPage(p.Page))
			}
		}
		for _, u := range rep.Unchecked {
			fmt.Fprintf(opts.IO.ErrOut, "%s: 无法事先检查 %s（经函数取得的值）\n", opts.Template, u)
		}
		fmt.Fprintf(opts.IO.Out, "%s：按“%s”检查%s，模板读取 %d 个数据路径，%d 个不是%s的字段\n",
			opts.Template, k.Label, note, rep.Paths, len(rep.Problems), k.Label)
	}
	if len(rep.Problems) > 0 {
		return reported(len(rep.Problems))
	}
	return nil
}
