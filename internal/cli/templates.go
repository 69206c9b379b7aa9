package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"gongwen/internal/build"
	"gongwen/internal/docdata"
	"gongwen/internal/outfile"
	"gongwen/internal/xlsx"
	"gongwen/templates"
)

func init() { register(newCmdTemplates) }

type templatesOptions struct {
	IO    *IOStreams
	JSON  bool
	Name  string // export: template name
	Dir   string // export: destination folder
	Force bool   // export: overwrite
}

func newCmdTemplates(ios *IOStreams) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "templates",
		Short: "列出或导出内置模板",
		Long: `内置模板是 gongwen build 使用的 Word 和 Excel 模板。导出一份，在 Word 或 WPS 中修改，
再在 gongwen.yaml 的对应项中写 template: 指向修改后的文件，即可按本单位习惯生成。`,
	}
	list := &templatesOptions{IO: ios}
	listCmd := &cobra.Command{
		Use:   "list",
		Short: "列出内置模板（名称、文种、构建项、说明）",
		Args:  exactArgs(0),
		RunE:  func(cmd *cobra.Command, args []string) error { return runTemplatesList(list) },
	}
	listCmd.Flags().BoolVar(&list.JSON, "json", false, "以 JSON 输出")
	export := &templatesOptions{IO: ios}
	exportCmd := &cobra.Command{
		Use:   "export 名称 目录",
		Short: "把内置模板导出到目录，供在 Word/WPS 中修改",
		Long: `名称可以是文件名（tongzhi.docx 或 tongzhi）、文种（通知）或构建项（notice）。
目录不存在时创建；同名文件已存在时不覆盖，除非给出 --force。`,
		Args: exactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			export.Name, export.Dir = args[0], args[1]
			return runTemplatesExport(export)
		},
	}
	exportCmd.Flags().BoolVarP(&export.Force, "force", "f", false, "覆盖已存在的同名文件")
	cmd.AddCommand(listCmd, exportCmd)
	return cmd
}

// templateEntry is a line of `templates list`.
type templateEntry struct {
	Name     string `json:"name"`
	Kind     string `json:"kind"`
	Manifest string `json:"manifest,omitempty"`
	Desc     string `json:"description"`
}

// templateEntries lists every embedded template: the Word templates of
// the kinds of the registry, then the Excel ones of the built-in workbooks.
func templateEntries() []templateEntry {
	var out []templateEntry
	for _, k := range docdata.Kinds() {
		out = append(out, templateEntry{k.Template, k.Label, k.Name, k.Desc})
	}
	for _, b := range xlsx.Workbooks() {
		if b.Template != "" {
			out = append(out, templateEntry{b.Template, b.Kind, manifestName(b.Kind), b.Desc})
		}
	}
	return out
}

// manifestName is the manifest's word for a workbook kind.
func manifestName(label string) string {
	for _, k := range build.Kinds() {
		if k.Label == label {
			return k.Name
		}
	}
	return ""
}

func runTemplatesList(opts *templatesOptions) error {
	entries := templateEntries()
	if opts.JSON {
		return writeJSON(opts.IO.Out, entries)
	}
	rows := [][]string{{"名称", "文种", "构建项", "说明"}}
	for _, e := range entries {
		rows = append(rows, []string{e.Name, e.Kind, e.Manifest, e.Desc})
	}
	// Columns are padded by display width: a Chinese character takes two
	// cells on a terminal (text/tabwriter counts it as one).
	widths := make([]int, 3)
	for _, r := range rows {
		for i := range widths {
			widths[i] = max(widths[i], displayWidth(r[i]))
		}
	}
	var b strings.Builder
	for _, r := range rows {
		for i := range widths {
			b.WriteString(r[i] + strings.Repeat(" ", widths[i]-displayWidth(r[i])+2))
		}
		b.WriteString(r[3] + "\n")
	}
	_, err := io.WriteString(opts.IO.Out, b.String())
	return err
}

// displayWidth counts East Asian wide characters as two cells.
func displayWidth(s string) int {
	w := 0
	for _, r := range s {
		if r >= 0x1100 && (r <= 0x115F || r >= 0x2E80 && r <= 0xA4CF || r >= 0xAC00 && r <= 0xD7A3 ||
			r >= 0xF900 && r <= 0xFAFF || r >= 0xFE30 && r <= 0xFE4F || r >= 0xFF00 && r <= 0xFF60 || r >= 0xFFE0 && r <= 0xFFE6) {
			w += 2
		} else {
			w++
		}
	}
	return w
}

func runTemplatesExport(opts *templatesOptions) error {
	name := opts.Name
	if k, ok := docdata.Lookup(name); ok {
		name = k.Template
	} else if w, ok := docdata.LookupWorkbook(name); ok {
		name = w.Template
	}
	data, err := templates.Read(name)
	if err != nil && filepath.Ext(name) == "" {
		// The extension may be left off: zhouqingdan for zhouqingdan.xlsx.
		for _, ext := range []string{".docx", ".xlsx"} {
			if d, e := templates.Read(name + ext); e == nil {
				name, data, err = name+ext, d, nil
				break
			}
		}
	}
	if err != nil {
		var names []string
		for _, e := range templateEntries() {
			names = append(names, e.Name)
		}
		return usageError("没有名为“%s”的内置模板（可选：%s）", opts.Name, strings.Join(names, "、"))
	}
	if st, err := os.Stat(opts.Dir); err == nil && !st.IsDir() {
		return badInput(fmt.Errorf("%s 不是目录", opts.Dir))
	}
	dest := filepath.Join(opts.Dir, name)
	if _, err := os.Stat(dest); err == nil && !opts.Force {
		return badInput(fmt.Errorf("%s 已存在，未覆盖（确需覆盖请加 --force）", dest))
	} else if err != nil && !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("检查 %s：%w", dest, err)
	}
	if err := outfile.Write(dest, func(w io.Writer) error { _, err := w.Write(data); return err }); err != nil {
		return err
	}
	fmt.Fprintf(opts.IO.ErrOut, "已导出 %s\n", dest)
	return nil
}
