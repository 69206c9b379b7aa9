// Package cli holds the gongwen commands, one file each. It is the only
// package that prints or decides an exit code; every command has an options
// struct and a run function that tests call without cobra.
package cli

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"regexp"
	"strings"
	"sync"
	"syscall"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	"golang.org/x/term"
)

// Exit codes, as the README documents them.
const (
	exitOK       = 0
	exitBadInput = 1
	exitUsage    = 2
	exitInternal = 3
)

// IOStreams is where a command reads and writes: results to Out, diagnostics
// and progress to ErrOut. Progress bars and colour only when ErrTTY is set.
type IOStreams struct {
	In     io.Reader
	Out    io.Writer
	ErrOut io.Writer
	ErrTTY bool
}

// exitError carries the exit code a failure maps to. Quiet means the command
// already printed its diagnostics, so Run prints nothing more.
type exitError struct {
	code  int
	err   error
	quiet bool
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) Unwrap() error { return e.err }

// badInput marks err as the user's input being wrong (exit 1).
func badInput(err error) error { return &exitError{code: exitBadInput, err: err} }

// reported says that the problems have been printed already (exit 1).
func reported(n int) error {
	return &exitError{code: exitBadInput, err: fmt.Errorf("发现 %d 个问题", n), quiet: true}
}

// usageError marks a wrong command line (exit 2).
func usageError(format string, a ...any) error {
	return &exitError{code: exitUsage, err: fmt.Errorf(format, a...)}
}

// Main runs gongwen with the process's standard streams.
func Main(args []string) int {
	ios := &IOStreams{In: os.Stdin, Out: os.Stdout, ErrOut: os.Stderr,
		ErrTTY: term.IsTerminal(int(os.Stderr.Fd()))}
	return Run(args, ios)
}

// Run executes one command line and returns the exit code. A panic in a
// command is an internal error (exit 3), never a crash with a stack dump
// for the user.
func Run(args []string, ios *IOStreams) (code int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(ios.ErrOut, "gongwen: 内部错误：%v\n请将此信息和所用文件反馈给开发者。\n", r)
			code = exitInternal
		}
	}()
	root := newRootCmd(ios)
	root.SetArgs(args)
	err := root.Execute()
	if err == nil {
		return exitOK
	}
	var ee *exitError
	if errors.As(err, &ee) {
		if !ee.quiet {
			fmt.Fprintf(ios.ErrOut, "gongwen: %s\n", errorText(ee.err))
		}
		return ee.code
	}
	if msg := err.Error(); strings.HasPrefix(msg, "unknown command ") {
		// cobra's own message, with its "Did you mean" suggestions.
		name := strings.TrimPrefix(msg, "unknown command ")
		name = name[:strings.Index(name+" for", " for")]
		fmt.Fprintf(ios.ErrOut, "gongwen: 未知的命令 %s", name)
		if i := strings.Index(msg, "Did you mean this?"); i >= 0 {
			fmt.Fprintf(ios.ErrOut, "，您是不是要写：%s", strings.Join(strings.Fields(msg[i+len("Did you mean this?"):]), "、"))
		}
		fmt.Fprintln(ios.ErrOut, "\n用法见 gongwen --help")
		return exitUsage
	}
	var fe *flagError
	if errors.As(err, &fe) {
		fmt.Fprintf(ios.ErrOut, "gongwen: %s\n用法见 %s --help\n", flagMessage(fe.err), fe.cmd)
		return exitUsage
	}
	fmt.Fprintf(ios.ErrOut, "gongwen: %s\n", errorText(err))
	return exitInternal
}

// errorText is err's message with the operating system's English for a
// file that cannot be read ("stat x: no such file or directory") told in
// Chinese, wherever in the chain it was wrapped.
func errorText(err error) string {
	msg := err.Error()
	var pe *fs.PathError
	if !errors.As(err, &pe) {
		return msg
	}
	var zh string
	switch {
	case errors.Is(pe, fs.ErrNotExist):
		zh = "文件不存在：" + pe.Path
	case errors.Is(pe, fs.ErrPermission):
		zh = "没有权限访问：" + pe.Path
	case errors.Is(pe, syscall.EISDIR):
		zh = pe.Path + " 是文件夹，不是文件"
	case errors.Is(pe, syscall.ENOTDIR):
		zh = "路径 " + pe.Path + " 中有一段不是文件夹，而是文件"
	default:
		zh = "无法访问 " + pe.Path + "：" + pe.Err.Error()
	}
	return strings.Replace(msg, pe.Error(), zh, 1)
}

// flagError is a cobra parse failure: unknown flag, missing argument.
type flagError struct {
	cmd string
	err error
}

func (e *flagError) Error() string { return flagMessage(e.err) }

// flagMessage says in Chinese what pflag reports in English: an unknown
// option, an option without its value, a value of the wrong kind. Anything
// else (a message a flag's own Set returned) passes as it is.
func flagMessage(err error) string {
	var notExist *pflag.NotExistError
	var required *pflag.ValueRequiredError
	var invalid *pflag.InvalidValueError
	var syntax *pflag.InvalidSyntaxError
	switch {
	case errors.As(err, &notExist):
		if sh := notExist.GetSpecifiedShortnames(); len(sh) > 1 {
			return fmt.Sprintf("未知的选项 -%s（在 -%s 中）", notExist.GetSpecifiedName()[:1], sh)
		}
		if notExist.GetSpecifiedShortnames() != "" {
			return fmt.Sprintf("未知的选项 -%s", notExist.GetSpecifiedName()[:1])
		}
		return fmt.Sprintf("未知的选项 --%s", notExist.GetSpecifiedName())
	case errors.As(err, &required):
		return fmt.Sprintf("选项 %s 需要一个值", flagName(required.GetFlag()))
	case errors.As(err, &invalid):
		f := invalid.GetFlag()
		msg := fmt.Sprintf("选项 %s 的值 %q 无效", flagName(f), invalid.GetValue())
		if want := flagKind(f.Value.Type()); want != "" {
			return msg + "：应为" + want
		}
		if cause := errors.Unwrap(invalid); cause != nil {
			return msg + "：" + cause.Error()
		}
		return msg
	case errors.As(err, &syntax):
		return fmt.Sprintf("选项写法有误：%s", syntax.GetSpecifiedFlag())
	}
	return err.Error()
}

// flagName is how help shows a flag: "-d, --data" or "--date".
func flagName(f *pflag.Flag) string {
	if f.Shorthand != "" && f.ShorthandDeprecated == "" {
		return "-" + f.Shorthand + ", --" + f.Name
	}
	return "--" + f.Name
}

// flagKind names, in Chinese, what a flag of a pflag value type accepts;
// "" for the types whose own errors are already ours (strings, custom values).
func flagKind(typ string) string {
	switch typ {
	case "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32", "uint64":
		return "整数"
	case "float32", "float64":
		return "数字"
	case "bool":
		return " true 或 false"
	case "duration":
		return "时长（如 30s、5m、1h）"
	}
	return ""
}

func newRootCmd(ios *IOStreams) *cobra.Command {
	root := &cobra.Command{
		Use:   "gongwen",
		Short: "公文：从活动数据生成符合 GB/T 9704 的 Word 和 Excel 文稿",
		Long: `gongwen 把领导小组办公室综合组维护的活动数据（单位、工作组、专项活动、
工作步骤、任务、会议、简报、拟发文件）生成为通知、讲话稿、工作方案、责任分工、
推进计划、周工作清单、简报、总结和汇报等文稿。`,
		SilenceErrors: true,
		SilenceUsage:  true,
	}
	root.SetIn(ios.In)
	root.SetOut(ios.Out)
	root.SetErr(ios.ErrOut)
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return &flagError{cmd: c.CommandPath(), err: err}
	})
	for _, add := range commands {
		root.AddCommand(add(ios))
	}
	localize(root)
	return root
}

// usageTemplate is cobra's default usage text in Chinese.
const usageTemplate = `用法：{{if .Runnable}}
  {{.UseLine | zhUseLine}}{{end}}{{if .HasAvailableSubCommands}}
  {{.CommandPath}} [命令]{{end}}{{if gt (len .Aliases) 0}}

别名：
  {{.NameAndAliases}}{{end}}{{if .HasExample}}

示例：
{{.Example}}{{end}}{{if .HasAvailableSubCommands}}

命令：{{range .Commands}}{{if (or .IsAvailableCommand (eq .Name "help"))}}
  {{rpad .Name .NamePadding }} {{.Short}}{{end}}{{end}}{{end}}{{if .HasAvailableLocalFlags}}

选项：
{{.LocalFlags.FlagUsages | zhFlagUsages | trimTrailingWhitespaces}}{{end}}{{if .HasAvailableInheritedFlags}}

全局选项：
{{.InheritedFlags.FlagUsages | zhFlagUsages | trimTrailingWhitespaces}}{{end}}{{if .HasAvailableSubCommands}}

用 "{{.CommandPath}} [命令] --help" 查看各命令的说明。{{end}}
`

func init() {
	cobra.AddTemplateFunc("zhUseLine", zhUseLine)
	cobra.AddTemplateFunc("zhFlagUsages", zhFlagUsages)
}

// zhUseLine puts Chinese on the "[flags]" cobra appends to a usage line.
func zhUseLine(s string) string { return strings.ReplaceAll(s, "[flags]", "[选项]") }

// zhFlagUsages puts Chinese on what pflag adds to each option's line: the
// value's type ("--data string") and " (default x)" become "--data 文字"
// and "（默认 x）"; the descriptions are re-aligned, as the Chinese type
// names are not as wide as the English ones.
func zhFlagUsages(s string) string {
	type row struct{ left, usage string }
	var rows []row
	width := 0
	for _, l := range strings.Split(s, "\n") {
		if j := strings.LastIndex(l, " (default "); j >= 0 && strings.HasSuffix(l, ")") {
			l = l[:j] + "（默认 " + l[j+len(" (default "):len(l)-1] + "）"
		}
		m := flagLineRE().FindStringSubmatch(l)
		if m == nil {
			rows = append(rows, row{usage: l}) // an empty or continuation line
			continue
		}
		left := m[1]
		if m[2] != "" {
			typ, ok := flagTypeWords[m[2]]
			if !ok {
				typ = m[2]
			}
			left += " " + typ
		}
		rows = append(rows, row{left: left, usage: m[3]})
		width = max(width, displayWidth(left))
	}
	lines := make([]string, len(rows))
	for i, r := range rows {
		switch {
		case r.left != "":
			lines[i] = r.left + strings.Repeat(" ", width-displayWidth(r.left)+3) + r.usage
		case strings.TrimSpace(r.usage) != "":
			lines[i] = strings.Repeat(" ", width+3) + strings.TrimSpace(r.usage)
		default:
			lines[i] = r.usage
		}
	}
	return strings.Join(lines, "\n")
}

// flagLineRE splits a line of pflag's FlagUsages: the option, its value's
// type if it takes one, and the description after the padding.
var flagLineRE = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^(\s+(?:-\S, )?--[^\s=]+)(?: (\S+))?\s{2,}(\S.*)$`) })

// flagTypeWords are the Chinese names of pflag's value types.
var flagTypeWords = map[string]string{
	"string": "文字", "strings": "文字列表", "stringArray": "文字列表", "int": "整数", "uint": "整数",
	"int64": "整数", "float64": "数字", "duration": "时长", "stringToString": "键=值",
}

// localize puts Chinese on what cobra generates itself: the usage text, the
// help flag, and the help and completion commands.
func localize(root *cobra.Command) {
	root.InitDefaultHelpCmd()
	root.InitDefaultCompletionCmd()
	for _, c := range root.Commands() {
		switch c.Name() {
		case "help":
			c.Short = "显示任一命令的帮助"
			c.Use = "help [命令]"
			c.Long = "显示任一命令的帮助，如 gongwen help render。"
			c.Run = nil
			c.RunE = runHelp
		case "completion":
			c.Short = "生成 shell 自动补全脚本（bash、zsh、fish、powershell）"
			c.Long = "生成 gongwen 的 shell 自动补全脚本。各子命令的帮助说明如何在该 shell 中启用。"
			for _, sub := range c.Commands() {
				sub.Short = "生成 " + sub.Name() + " 的自动补全脚本"
				if long, ok := completionLong[sub.Name()]; ok {
					sub.Long = long
				}
				if f := sub.Flags().Lookup("no-descriptions"); f != nil {
					f.Usage = "补全时不显示各项的说明"
				}
			}
		}
	}
	var walk func(*cobra.Command)
	walk = func(c *cobra.Command) {
		c.SetUsageTemplate(usageTemplate)
		c.InitDefaultHelpFlag()
		if f := c.Flags().Lookup("help"); f != nil {
			f.Usage = "显示本命令的帮助"
		}
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(root)
}

// runHelp is the help command: cobra's, with a Chinese message (and exit
// 2) for a topic that is no command.
func runHelp(c *cobra.Command, args []string) error {
	cmd, _, err := c.Root().Find(args)
	if cmd == nil || err != nil {
		return usageError("没有名为“%s”的命令，无从显示帮助（gongwen --help 列出全部命令）", strings.Join(args, " "))
	}
	cmd.InitDefaultHelpFlag()
	return cmd.Help()
}

// completionLong says, per shell, how to turn the completion script on;
// cobra's own text is English.
var completionLong = map[string]string{
	"bash": `生成 bash 的自动补全脚本。需要系统装有 bash-completion 软件包。

在当前会话中启用：

	source <(gongwen completion bash)

以后每次登录都启用，执行一次：

Linux：
	gongwen completion bash > /etc/bash_completion.d/gongwen
macOS：
	gongwen completion bash > $(brew --prefix)/etc/bash_completion.d/gongwen

新开一个 shell 后生效。`,
	"zsh": `生成 zsh 的自动补全脚本。

若 zsh 尚未启用补全，先执行一次：

	echo "autoload -U compinit; compinit" >> ~/.zshrc

在当前会话中启用：

	source <(gongwen completion zsh)

以后每次登录都启用，执行一次：

Linux：
	gongwen completion zsh > "${fpath[1]}/_gongwen"
macOS：
	gongwen completion zsh > $(brew --prefix)/share/zsh/site-functions/_gongwen

新开一个 shell 后生效。`,
	"fish": `生成 fish 的自动补全脚本。

在当前会话中启用：

	gongwen completion fish | source

以后每次登录都启用，执行一次：

	gongwen completion fish > ~/.config/fish/completions/gongwen.fish

新开一个 shell 后生效。`,
	"powershell": `生成 PowerShell 的自动补全脚本。

在当前会话中启用：

	gongwen completion powershell | Out-String | Invoke-Expression

以后每次都启用：把上面这行命令加入 PowerShell 的配置文件（$PROFILE）。`,
}

// commands lists the constructors of the subcommands. Each command file adds
// itself in an init function, so adding a command touches only its own file.
var commands []func(*IOStreams) *cobra.Command

func register(newCmd func(*IOStreams) *cobra.Command) { commands = append(commands, newCmd) }

// exactArgs is cobra.ExactArgs with a Chinese message and exit code 2.
func exactArgs(n int) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) != n {
			return usageError("%s 需要 %d 个参数，实际给了 %d 个", cmd.CommandPath(), n, len(args))
		}
		return nil
	}
}

// maxArgs is cobra.MaximumNArgs with a Chinese message and exit code 2.
func maxArgs(n int) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) > n {
			return usageError("%s 最多接受 %d 个参数，实际给了 %d 个", cmd.CommandPath(), n, len(args))
		}
		return nil
	}
}
