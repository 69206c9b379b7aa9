package cli

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"gongwen/internal/build"
	"gongwen/internal/load"
	"gongwen/internal/model"
)

// defaultDataFile is the campaign data the commands read when given none.
const defaultDataFile = "data/xuechuang.yaml"

func init() { register(newCmdValidate) }

type validateOptions struct {
	IO   *IOStreams
	File string
	JSON bool
}

func newCmdValidate(ios *IOStreams) *cobra.Command {
	opts := &validateOptions{IO: ios}
	cmd := &cobra.Command{
		Use:   "validate [文件]",
		Short: "检查活动数据文件，指出每个错误所在的行和列",
		Long: `检查活动数据文件（YAML 或 JSON），一次列出全部问题：语法错误、未知的键、
类型不对、日期或期限写错、引用了不存在的单位或工作组、重复的标识等。
每个问题都给出“文件:行:列”和原文片段。不写任何文件。

不给文件时` + dataHelp + `。
给出的是构建清单（gongwen.yaml）时，检查清单本身和它的 data 指定的数据文件。`,
		Example: `  gongwen validate
  gongwen validate data/xuechuang.yaml
  gongwen validate gongwen.yaml
  gongwen validate --json my.yaml`,
		Args: maxArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 1 {
				opts.File = args[0]
			}
			return runValidate(opts)
		},
	}
	cmd.Flags().BoolVar(&opts.JSON, "json", false, "以 JSON 输出结果 {ok, errors, warnings}")
	return cmd
}

// isManifest says whether path is a build manifest rather than activity
// data: its top level has outputs:, which no campaign has. Only the top
// of the file is looked at (up to the first 64 KiB).
func isManifest(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	head := make([]byte, 64<<10)
	n, _ := io.ReadFull(f, head)
	for _, line := range bytes.Split(head[:n], []byte("\n")) {
		if bytes.HasPrefix(line, []byte("outputs:")) {
			return true
		}
	}
	return false
}

// validateResult is the --json output.
type validateResult struct {
	OK       bool              `json:"ok"`
	File     string            `json:"file"`
	Errors   []load.Diagnostic `json:"errors"`
	Warnings []load.Diagnostic `json:"warnings"`
}

func runValidate(opts *validateOptions) error {
	// manifestOK is the manifest's line, printed with the data's result on
	// the stream that carries it: on stdout with a pass, on stderr before
	// the data's errors — printed on stdout first, it ran into the first
	// error where a terminal or a log joined the two streams (QA s10 18).
	manifestOK := ""
	if opts.File == "" {
		src, err := resolveData("")
		if err != nil {
			return err
		}
		opts.File = src.Path
	} else if isManifest(opts.File) {
		// A build manifest read as activity data gives a page of
		// unknown keys; the clerk meant the programme it names.
		m, err := build.ReadManifest(opts.File, true)
		if err != nil {
			fmt.Fprintln(opts.IO.ErrOut, err)
			fmt.Fprintf(opts.IO.ErrOut, "%s：构建清单有错误，未通过检查\n", opts.File)
			return reported(1)
		}
		if !opts.JSON {
			manifestOK = fmt.Sprintf("%s：构建清单检查通过（数据 %s，文稿 %d 项）\n", opts.File, m.Path(m.Data), len(m.Outputs))
		}
		opts.File = m.Path(m.Data)
		if err := (dataSource{Path: opts.File, From: m.Name + " 中 data 指定"}).exists(); err != nil {
			return err
		}
	}
	c, warns, err := load.File(opts.File)
	var errs load.Diagnostics
	if err != nil {
		var ds load.Diagnostics
		if !errors.As(err, &ds) {
			return fmt.Errorf("validate %s: %w", opts.File, err)
		}
		errs, warns = ds.Errors(), ds.Warnings()
	}
	if opts.JSON {
		res := validateResult{OK: len(errs) == 0, File: opts.File,
			Errors: nonNil(errs), Warnings: nonNil(warns)}
		if err := writeJSON(opts.IO.Out, res); err != nil {
			return err
		}
		if len(errs) > 0 {
			return reported(len(errs))
		}
		return nil
	}
	all := append(append(load.Diagnostics{}, errs...), warns...)
	if len(errs) > 0 {
		fmt.Fprint(opts.IO.ErrOut, manifestOK)
	} else {
		fmt.Fprint(opts.IO.Out, manifestOK)
	}
	writeDiagnostics(opts.IO.ErrOut, opts.File, all)
	if len(errs) > 0 {
		fmt.Fprintf(opts.IO.ErrOut, "%s：发现 %d 个错误%s，未通过检查\n", opts.File, len(errs), warnCount(len(warns)))
		return reported(len(errs))
	}
	fmt.Fprintf(opts.IO.Out, "%s：检查通过（%s）%s\n", opts.File, summary(c), warnCount(len(warns)))
	return nil
}

// writeDiagnostics prints each diagnostic with its source line and a caret,
// sorted by place.
func writeDiagnostics(w io.Writer, file string, ds load.Diagnostics) {
	if len(ds) == 0 {
		return
	}
	sorted := append(load.Diagnostics{}, ds...)
	load.SortDiagnostics(sorted)
	var src []byte
	for _, d := range sorted {
		if d.Line > 0 {
			src = load.Source(file)
			break
		}
	}
	for i, d := range sorted {
		if i == maxShown {
			fmt.Fprintf(w, "……另有 %d 个问题未显示（用 --json 可看到全部）\n", len(sorted)-maxShown)
			break
		}
		fmt.Fprintln(w, d.String())
		if src != nil && d.File == file {
			fmt.Fprint(w, load.Excerpt(src, d.Line, d.Col))
		}
	}
}

// maxShown bounds the problems printed with excerpts: past it, a file is
// not the data file the user meant, and more lines would bury the first.
const maxShown = 200

func warnCount(n int) string {
	if n == 0 {
		return ""
	}
	return fmt.Sprintf("，另有 %d 个警告", n)
}

// summary counts what the campaign holds, so a user sees the file was read
// as intended: the units, tasks and documents always, the rest only when
// the data has some — an annual programme has no 工作组, 专项活动 or 步骤,
// and 「专项活动 0 项」 on every check spoke of a campaign it is not (QA s11
// finding 16).
func summary(c *model.Campaign) string {
	parts := []string{fmt.Sprintf("%d 年", c.Year), fmt.Sprintf("单位 %d 个", len(c.Units))}
	some := func(n int, format string) {
		if n > 0 {
			parts = append(parts, fmt.Sprintf(format, n))
		}
	}
	some(len(c.Office.Groups), "工作组 %d 个")
	some(len(c.Activities), "专项活动 %d 项")
	some(len(c.Phases), "步骤 %d 个")
	some(len(c.Categories), "类别 %d 个")
	parts = append(parts, fmt.Sprintf("任务 %d 项", len(c.Tasks)))
	some(len(c.Meetings), "会议 %d 次")
	parts = append(parts, fmt.Sprintf("文件 %d 份", len(c.Documents)))
	return strings.Join(parts, "，")
}

func nonNil(ds load.Diagnostics) []load.Diagnostic {
	if ds == nil {
		return []load.Diagnostic{}
	}
	return ds
}
