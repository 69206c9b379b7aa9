package cli

import (
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"gongwen/internal/docx"
	"gongwen/internal/funcs"
)

func init() { register(newCmdFuncs) }

type funcsOptions struct {
	IO    *IOStreams
	JSON  bool
	Names []string
	// Funcs are the functions to list; nil means every function a Word
	// template can call (funcs.All and the document functions of docx).
	Funcs []funcs.Func
}

func newCmdFuncs(ios *IOStreams) *cobra.Command {
	opts := &funcsOptions{IO: ios}
	cmd := &cobra.Command{
		Use:   "funcs [函数名…]",
		Short: "列出模板中可用的函数及示例",
		Long: `按类别列出模板中可用的函数，每个函数有一行说明和示例（示例中的“今天”为 2013年4月9日）。
给出函数名时只显示这些函数。出于安全和可重复的考虑，sprig 的部分函数（env、genPrivateKey、
until、randAlpha 等）不能使用，查询这些名字会说明原因。
--json 输出机器可读的列表，供编辑器补全等工具使用。`,
		Example: `  gongwen funcs
  gongwen funcs cnum workdays
  gongwen funcs --json`,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Names = args
			return runFuncs(opts)
		},
	}
	cmd.Flags().BoolVar(&opts.JSON, "json", false, "以 JSON 输出")
	return cmd
}

// documentFuncs converts the docx engine's descriptions to funcs.Func.
func documentFuncs() []funcs.Func {
	var out []funcs.Func
	for _, d := range docx.Funcs() {
		f := funcs.Func{Name: d.Name, Namespace: d.Namespace, Desc: d.Desc}
		for _, e := range d.Examples {
			f.Examples = append(f.Examples, funcs.Example{Template: e.Template, Want: e.Want})
		}
		out = append(out, f)
	}
	return out
}

func runFuncs(opts *funcsOptions) error {
	all := opts.Funcs
	if all == nil {
		all = append(funcs.All(), documentFuncs()...)
	}
	selected := all
	if len(opts.Names) > 0 {
		byName := map[string]funcs.Func{}
		for _, f := range all {
			byName[f.Name] = f
		}
		selected = nil
		excluded := funcs.Excluded()
		var problems []string
		for _, name := range opts.Names {
			f, ok := byName[name]
			switch {
			case ok:
				selected = append(selected, f)
			case excluded[name] != "":
				problems = append(problems, excluded[name])
			default:
				problems = append(problems, unknownFuncMessage(name, all))
			}
		}
		if len(problems) > 0 {
			for _, p := range problems {
				fmt.Fprintf(opts.IO.ErrOut, "gongwen funcs: %s\n", p)
			}
			return reported(len(problems))
		}
	}
	if opts.JSON {
		return writeFuncsJSON(opts.IO.Out, selected, len(opts.Names) == 0)
	}
	return writeFuncsText(opts.IO.Out, selected)
}

// unknownFuncMessage names the function not found and the closest names.
func unknownFuncMessage(name string, all []funcs.Func) string {
	var near []string
	for _, f := range all {
		if strings.EqualFold(f.Name, name) || strings.Contains(strings.ToLower(f.Name), strings.ToLower(name)) {
			near = append(near, f.Name)
		}
	}
	sort.Strings(near)
	msg := fmt.Sprintf("没有名为 %s 的函数", name)
	if len(near) > 0 && len(near) <= 5 {
		msg += "，是否想查 " + strings.Join(near, "、") + "？"
	} else {
		msg += "，"
	}
	return msg + "不带参数运行 gongwen funcs 可查看全部函数"
}

// namespaceOrder returns the namespaces of fs in display order: those of
// package funcs first, then others in order of appearance.
func namespaceOrder(fs []funcs.Func) []string {
	present := map[string]bool{}
	for _, f := range fs {
		present[f.Namespace] = true
	}
	var order []string
	for _, ns := range funcs.Namespaces() {
		if present[ns] {
			order = append(order, ns)
			delete(present, ns)
		}
	}
	for _, f := range fs {
		if present[f.Namespace] {
			order = append(order, f.Namespace)
			delete(present, f.Namespace)
		}
	}
	return order
}

func writeFuncsText(w io.Writer, fs []funcs.Func) error {
	var b strings.Builder
	for i, ns := range namespaceOrder(fs) {
		if i > 0 {
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, "%s（%s）\n", funcs.NamespaceTitle(ns), ns)
		for _, f := range fs {
			if f.Namespace != ns {
				continue
			}
			fmt.Fprintf(&b, "  %-14s %s\n", f.Name, f.Desc)
			for _, e := range f.Examples {
				fmt.Fprintf(&b, "      %s  →  %s\n", e.Template, showResult(e.Want))
			}
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// showResult prints an example's result on one line; results with line
// breaks or edge spaces are quoted so that they stay visible.
func showResult(s string) string {
	if s == "" || strings.ContainsAny(s, "\n\t") || strings.TrimSpace(s) != s {
		return strconv.Quote(s)
	}
	return s
}

type funcJSON struct {
	Name      string        `json:"name"`
	Namespace string        `json:"namespace"`
	Desc      string        `json:"desc"`
	Examples  []exampleJSON `json:"examples"`
}

type exampleJSON struct {
	Template string `json:"template"`
	Want     string `json:"want"`
}

type excludedJSON struct {
	Name   string `json:"name"`
	Reason string `json:"reason"`
}

type funcsJSON struct {
	Namespaces []namespaceJSON `json:"namespaces"`
	Functions  []funcJSON      `json:"functions"`
	Excluded   []excludedJSON  `json:"excluded,omitempty"`
}

type namespaceJSON struct {
	Name  string `json:"name"`
	Title string `json:"title"`
}

// writeFuncsJSON writes the functions, and, when listing all, the excluded
// sprig functions with their reasons, in a stable order.
func writeFuncsJSON(w io.Writer, fs []funcs.Func, withExcluded bool) error {
	out := funcsJSON{Functions: []funcJSON{}}
	for _, ns := range namespaceOrder(fs) {
		out.Namespaces = append(out.Namespaces, namespaceJSON{Name: ns, Title: funcs.NamespaceTitle(ns)})
	}
	for _, f := range fs {
		j := funcJSON{Name: f.Name, Namespace: f.Namespace, Desc: f.Desc, Examples: []exampleJSON{}}
		for _, e := range f.Examples {
			j.Examples = append(j.Examples, exampleJSON(e))
		}
		out.Functions = append(out.Functions, j)
	}
	if withExcluded {
		ex := funcs.Excluded()
		names := make([]string, 0, len(ex))
		for n := range ex {
			names = append(names, n)
		}
		sort.Strings(names)
		for _, n := range names {
			out.Excluded = append(out.Excluded, excludedJSON{Name: n, Reason: ex[n]})
		}
	}
	return writeJSON(w, out)
}
