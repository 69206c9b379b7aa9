package cli

import (
	"github.com/spf13/cobra"

	"gongwen/data"
)

func init() { register(newCmdSchema) }

type schemaOptions struct {
	IO *IOStreams
}

func newCmdSchema(ios *IOStreams) *cobra.Command {
	opts := &schemaOptions{IO: ios}
	return &cobra.Command{
		Use:   "schema",
		Short: "输出活动数据文件的 JSON Schema",
		Long: `输出活动数据文件的 JSON Schema（draft 2020-12），由数据模型生成（随程序发布），含中文标题和说明。
编辑器（如装有 YAML 插件的 VS Code）据此补全和检查数据文件：在 YAML 文件第一行写
  # yaml-language-server: $schema=activity.schema.json
仓库中的 data/activity.schema.json 就是本命令的输出。`,
		Example: `  gongwen schema > data/activity.schema.json`,
		Args:    exactArgs(0),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runSchema(opts)
		},
	}
}

func runSchema(opts *schemaOptions) error {
	_, err := opts.IO.Out.Write(data.Schema)
	return err
}
