package cli

import (
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"gongwen/internal/docdata"
)

func init() { register(newCmdFields) }

// fieldsOptions are the arguments of gongwen fields.
type fieldsOptions struct {
	IO       *IOStreams
	Kind     string // empty: every kind
	Data     string // examples from this data file
	Date     string
	JSON     bool
	Markdown bool
}

func newCmdFields(ios *IOStreams) *cobra.Command {
	opts := &fieldsOptions{IO: ios}
	cmd := &cobra.Command{
		Use:   "fields [文种]",
		Short: "列出各文种模板可用的字段：标签、含义、类型和示例值",
		Long: `fields 列出一个文种（或全部文种）的模板能读取的每个字段：可直接复制到 Word 模板中的标签
（如 {{.Title}}）、中文含义、类型，以及按活动数据生成的示例值。列表字段给出可直接使用的循环
（如 {{range .Body}}…{{end}}），并在其下列出每一项的字段。文种可写中文名（通知）、构建项
（notice）或内置模板名（tongzhi.docx）。示例值取自 --data 指定的数据（` + dataHelp + `；
不存在时不给示例）。`,
		Example: `  gongwen fields 通知
  gongwen fields meeting-notice --json
  gongwen fields --markdown > docs/fields.md`,
		Args: maxArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 1 {
				opts.Kind = args[0]
			}
			return runFields(opts)
		},
	}
	cmd.Flags().StringVarP(&opts.Data, "data", "d", "", "示例值取自此活动数据文件（"+dataHelp+"）")
	cmd.Flags().StringVar(&opts.Date, "date", "", "构建日期 YYYY-MM-DD（默认：清单中的 date，或北京时间今天）")
	cmd.Flags().BoolVar(&opts.JSON, "json", false, "以 JSON 输出")
	cmd.Flags().BoolVar(&opts.Markdown, "markdown", false, "以 Markdown 输出（docs/fields.md 由此生成）")
	return cmd
}

// kindFields is one kind's catalogue, also its --json form.
type kindFields struct {
	Name     string          `json:"name"`
	Label    string          `json:"label"`
	Template string          `json:"template"`
	Desc     string          `json:"description"`
	Fields   []docdata.Field `json:"fields"`
}

func runFields(opts *fieldsOptions) error {
	kinds := templateKinds()
	if opts.Kind != "" {
		k, err := lookupKind(opts.Kind)
		if err != nil {
			return err
		}
		kinds = []*templateKind{k}
	}
	env, err := fieldsEnv(opts)
	if err != nil {
		return err
	}
	var cat []kindFields
	for _, k := range kinds {
		cat = append(cat, kindFields{k.Name, k.Label, k.Template, k.Desc, k.Fields(env)})
	}
	switch {
	case opts.JSON:
		return writeJSON(opts.IO.Out, cat)
	case opts.Markdown:
		_, err := io.WriteString(opts.IO.Out, fieldsMarkdown(cat))
		return err
	}
	var b strings.Builder
	for i, kf := range cat {
		if i > 0 {
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, "%s（%s，内置模板 %s）\n", kf.Label, kf.Name, kf.Template)
		var rows [][]string
		fieldRows(&rows, kf.Fields, "  ")
		writeColumns(&b, rows)
	}
	_, err = io.WriteString(opts.IO.Out, b.String())
	return err
}

// fieldsEnv is the data the examples come from: --data, else the default
// data file when there is one; nil for none.
func fieldsEnv(opts *fieldsOptions) (*docdata.Env, error) {
	data, err := resolveData(opts.Data)
	if err != nil {
		if opts.Data == "" {
			// Examples are a help, not the point: without data the
			// fields are listed all the same.
			return nil, nil
		}
		return nil, err
	}
	date, err := buildDate(opts.Date, data.Date)
	if err != nil {
		return nil, err
	}
	c, err := loadCampaignFor(opts.IO, data.Path)
	if err != nil {
		return nil, err
	}
	return &docdata.Env{Campaign: c, Date: date}, nil
}

func fieldRows(rows *[][]string, fs []docdata.Field, indent string) {
	for _, f := range fs {
		ex := f.Example
		if ex != "" {
			ex = "例：" + ex
		}
		*rows = append(*rows, []string{indent + f.Tag, f.Type, f.Desc, ex})
		if len(f.Items) > 0 {
			fieldRows(rows, f.Items, indent+"    ")
		}
	}
}

// writeColumns pads every column but the last by display width.
func writeColumns(b *strings.Builder, rows [][]string) {
	if len(rows) == 0 {
		return
	}
	widths := make([]int, len(rows[0])-1)
	for _, r := range rows {
		for i := range widths {
			widths[i] = max(widths[i], displayWidth(r[i]))
		}
	}
	for _, r := range rows {
		var line strings.Builder
		for i := range widths {
			line.WriteString(r[i] + strings.Repeat(" ", widths[i]-displayWidth(r[i])+2))
		}
		line.WriteString(r[len(r)-1])
		b.WriteString(strings.TrimRight(line.String(), " ") + "\n")
	}
}

// fieldsMarkdown is the catalogue as docs/fields.md.
func fieldsMarkdown(cat []kindFields) string {
	var b strings.Builder
	b.WriteString(`# 模板字段一览

<!-- 本文件由 gongwen fields --markdown 生成，请勿手工修改；字段的说明写在 internal/docdata 各文种文件的注释中。 -->

每个文种的模板能读取下列字段。“标签”一列可直接复制到 Word 模板中；列表字段给出循环，
其下缩进的各行是循环中每一项的字段（在 ` + "`{{range …}}`" + ` 与 ` + "`{{end}}`" + ` 之间使用）。
可有可无的一行（份号、主送、附注等）在段首写 ` + "`{{showif .Secret}}`" + `：该字段为空时整段不出现，不必另写
` + "`{{if}}`" + `、` + "`{{end}}`" + ` 两段（gongwen funcs 列出 showif、pstyle 等排版函数）。
示例值按默认数据（` + defaultDataFile + `，构建日期为清单中的日期）生成。

字体和红色不是字段：数据的 ` + "`profile.fonts`" + ` 和 ` + "`profile.red`" + ` 写进内置模板的样式；自己的模板
（清单的 ` + "`template:`" + `、` + "`render -t`" + `、` + "`serve --templates`" + `）保持您在 Word 中设定的字体和颜色，
数据中写 ` + "`profile.restyle: true`" + ` 才同样改写。

`)
	for _, kf := range cat {
		fmt.Fprintf(&b, "- [%s（%s）](#%s)\n", kf.Label, kf.Name, kf.Name)
	}
	for _, kf := range cat {
		fmt.Fprintf(&b, "\n<a id=\"%s\"></a>\n\n## %s（%s）\n\n%s\n\n内置模板：`%s`。`gongwen templates export %s 目录` 导出后即可在 Word 中修改。\n\n",
			kf.Name, kf.Label, kf.Name, kf.Desc, kf.Template, kf.Name)
		b.WriteString("| 标签 | 含义 | 类型 | 示例 |\n|---|---|---|---|\n")
		var rows [][]string
		fieldRows(&rows, kf.Fields, "")
		for _, r := range rows {
			tag := strings.TrimLeft(r[0], " ")
			depth := (len(r[0]) - len(tag)) / 4
			cell := strings.Repeat("　", depth*2) + "`" + tag + "`"
			fmt.Fprintf(&b, "| %s | %s | %s | %s |\n", cell, mdEscape(r[2]), r[1], mdEscape(strings.TrimPrefix(r[3], "例：")))
		}
	}
	return b.String()
}

func mdEscape(s string) string { return strings.NewReplacer("|", `\|`, "\n", " ").Replace(s) }
