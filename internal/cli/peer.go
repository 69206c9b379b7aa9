package cli

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/spf13/cobra"

	"gongwen/internal/peer"
)

func init() { register(newCmdPeer) }

// peerOptions are the arguments of the hidden peer command: the runner
// contract of ../shared/peers (see package peer), so gongwen is timed and
// checked beside docxtemplater and docxtpl on the same templates and data,
// through the same code as gongwen render.
type peerOptions struct {
	IO       *IOStreams
	Template string
	Data     string
	OutDir   string
	Mode     string // "single" or "many"
	Jobs     int
}

func newCmdPeer(ios *IOStreams) *cobra.Command {
	opts := &peerOptions{IO: ios}
	cmd := &cobra.Command{
		Use:    "peer 模板 数据.json 输出文件夹 single|many",
		Short:  "基准测试用：按 ../shared/peers 的约定渲染",
		Hidden: true,
		Long: `peer 按对比基准（shared/peers）的运行约定渲染：
  single：数据是一个对象，输出 输出文件夹/out.docx；
  many：数据是 {"records":[…]}（或数组），每条记录输出 输出文件夹/000000.docx、000001.docx…
数据的键由 snake_case 转为 Go 的写法（copy_no → CopyNo），与 *_gotemplate.docx 模板一致。
结束时在标准错误输出一行 JSON，给出各阶段耗时（毫秒）。`,
		Args: exactArgs(4),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Template, opts.Data, opts.OutDir, opts.Mode = args[0], args[1], args[2], args[3]
			return runPeer(opts)
		},
	}
	cmd.Flags().IntVarP(&opts.Jobs, "jobs", "j", 0, "many 模式下并行渲染的数量（默认为 CPU 核数）")
	return cmd
}

func runPeer(opts *peerOptions) error {
	start := time.Now()
	if opts.Mode != "single" && opts.Mode != "many" {
		return usageError("第 4 个参数应为 single 或 many，而不是 %q", opts.Mode)
	}
	// As gongwen render does by default.
	lim, err := renderLimits("1GiB", 10*time.Minute)
	if err != nil {
		return err
	}
	env, err := newTemplateEnv("error", "", lim)
	if err != nil {
		return err
	}
	tpl, err := parseTemplate(opts.Template, env)
	if err != nil {
		return templateFailure(opts.IO, err)
	}
	times := peer.Times{Engine: "gongwen"}
	times.Unzip = peer.Ms(time.Since(start))
	render := func(ctx context.Context, w io.Writer, data any) error {
		return executeLimited(ctx, tpl, w, data, lim)
	}
	err = peer.Run(context.Background(), render, peer.Options{Data: opts.Data, OutDir: opts.OutDir, Mode: opts.Mode, Workers: opts.Jobs}, &times)
	var de *peer.DataError
	switch {
	case errors.As(err, &de):
		return badInput(de)
	case err != nil:
		return templateFailure(opts.IO, err)
	}
	times.Total = peer.Ms(time.Since(start))
	line, _ := json.Marshal(times)
	_, err = fmt.Fprintf(opts.IO.ErrOut, "%s\n", line)
	return err
}
