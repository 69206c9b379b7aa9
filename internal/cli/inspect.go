package cli

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"
)

func init() { register(newCmdInspect) }

// inspectOptions are the arguments of gongwen inspect.
type inspectOptions struct {
	IO       *IOStreams
	Template string
	Kind     string // describe the paths as fields of this kind
	JSON     bool
}

func newCmdInspect(ios *IOStreams) *cobra.Command {
	opts := &inspectOptions{IO: ios}
	cmd := &cobra.Command{
		Use:   "inspect 模板",
		Short: "列出模板用到的数据路径",
		Long: `inspect 编译模板（不渲染），列出它从数据中读取的路径：循环（range）中的路径缩进在循环之下，
“[]”表示对列表的每一项。给出 --kind 文种（或模板是以内置模板名命名的，如 tongzhi.docx）时，
每个路径后附上该文种字段的中文说明（同 gongwen fields）。模板有错误时，列出全部错误及其位置。`,
		Example: `  gongwen inspect 通知.docx --kind 通知
  gongwen inspect --json 责任分工.docx`,
		Args: exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Template = args[0]
			return runInspect(opts)
		},
	}
	cmd.Flags().StringVarP(&opts.Kind, "kind", "k", "", "按此文种说明各字段（文种名、构建项或内置模板名）")
	cmd.Flags().BoolVar(&opts.JSON, "json", false, "以 JSON 输出")
	return cmd
}

func runInspect(opts *inspectOptions) error {
	var kind *templateKind
	if opts.Kind != "" {
		k, err := lookupKind(opts.Kind)
		if err != nil {
			return err
		}
		kind = k
	} else {
		kind = kindByFile(filepath.Base(opts.Template))
	}
	tree, err := templatePaths(opts.IO, opts.Template)
	if err != nil {
		return err
	}
	if kind != nil {
		describe(tree, kind)
	}
	if opts.JSON {
		if tree == nil {
			tree = []*pathNode{}
		}
		return writeJSON(opts.IO.Out, tree)
	}
	if len(tree) == 0 {
		fmt.Fprintln(opts.IO.ErrOut, "模板没有引用任何数据")
		return nil
	}
	var b strings.Builder
	writePathTree(&b, tree, 0)
	_, err = fmt.Fprint(opts.IO.Out, b.String())
	return err
}

// templatePaths compiles a template and returns the data paths it reads,
// as a tree. Template errors are printed and counted.
func templatePaths(ios *IOStreams, path string) ([]*pathNode, error) {
	lim, _ := renderLimits("256MiB", 60e9)
	env, err := newTemplateEnv("error", "", lim)
	if err != nil {
		return nil, err
	}
	tpl, err := parseTemplate(path, env)
	if err != nil {
		return nil, templateFailure(ios, err)
	}
	p, ok := tpl.(interface{ Paths() []string })
	if !ok {
		return nil, badInput(fmt.Errorf("%s：这种模板还不能列出数据路径", path))
	}
	return buildPathTree(p.Paths()), nil
}

// pathNode is one step of a data path: a key, and whether the template
// loops over its value ("[]": every item).
type pathNode struct {
	Name     string      `json:"name"`
	Path     string      `json:"path"`
	Type     string      `json:"type,omitempty"` // the kind's Chinese name of the field's type (文字, 数字 …)
	Desc     string      `json:"desc,omitempty"` // the kind's description of the field
	Loop     bool        `json:"loop,omitempty"`
	Children []*pathNode `json:"children,omitempty"`
}

// buildPathTree turns paths such as ".Tasks[].Lead" into a tree, children in
// the order of their first use.
func buildPathTree(paths []string) []*pathNode {
	root := &pathNode{}
	for _, p := range paths {
		n := root
		full := ""
		for _, seg := range splitPath(p) {
			loop := strings.HasSuffix(seg, "[]")
			name := strings.TrimSuffix(seg, "[]")
			if strings.HasPrefix(seg, "(") {
				full += seg
			} else {
				full += "." + seg
			}
			var child *pathNode
			for _, c := range n.Children {
				if c.Name == name {
					child = c
					break
				}
			}
			if child == nil {
				child = &pathNode{Name: name, Path: strings.TrimSuffix(full, "[]")}
				n.Children = append(n.Children, child)
			}
			if loop {
				child.Loop = true
			}
			full = child.Path
			if child.Loop {
				full += "[]"
			}
			n = child
		}
	}
	return root.Children
}

// splitPath splits ".Tasks[].Lead" into "Tasks[]" and "Lead". A step
// through a function's result, "(index .M \"k\")", stays one step, dots,
// quotes and all.
func splitPath(p string) []string {
	var out []string
	depth, quote, start := 0, byte(0), 0
	flush := func(end int) {
		if s := strings.TrimPrefix(p[start:end], "."); s != "" {
			out = append(out, s)
		}
		start = end
	}
	for i := 0; i < len(p); i++ {
		c := p[i]
		switch {
		case quote != 0:
			if c == '\\' {
				i++
			} else if c == quote {
				quote = 0
			}
		case c == '"' || c == '`' || c == '\'':
			quote = c
		case c == '(':
			depth++
		case c == ')':
			depth--
		case c == '.' && depth == 0 && i > start:
			flush(i)
		}
	}
	flush(len(p))
	return out
}

func writePathTree(b *strings.Builder, nodes []*pathNode, depth int) {
	for _, n := range nodes {
		b.WriteString(strings.Repeat("  ", depth))
		if !strings.HasPrefix(n.Name, "(") {
			b.WriteByte('.')
		}
		b.WriteString(n.Name)
		if n.Loop {
			b.WriteString("[]")
		}
		if n.Type != "" {
			b.WriteString("  〔" + n.Type + "〕")
		}
		if n.Desc != "" {
			b.WriteString("  " + n.Desc)
		}
		b.WriteByte('\n')
		writePathTree(b, n.Children, depth+1)
	}
}

// describe gives every node the kind's description of its field.
func describe(nodes []*pathNode, k *templateKind) {
	for _, n := range nodes {
		n.Desc, n.Type = k.FieldDesc(n.Path), k.FieldType(n.Path)
		describe(n.Children, k)
	}
}
