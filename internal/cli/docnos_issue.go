package cli

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"go.yaml.in/yaml/v3"

	"gongwen/internal/cn"
	"gongwen/internal/funcs"
	"gongwen/internal/load"
	"gongwen/internal/model"
	"gongwen/internal/outfile"
)

type docNosIssueOptions struct {
	IO     *IOStreams
	Data   string
	Date   string
	Nos    []string
	DryRun bool
}

func newCmdDocNosIssue(ios *IOStreams) *cobra.Command {
	opts := &docNosIssueOptions{IO: ios}
	cmd := &cobra.Command{
		Use:   "issue 发文字号…",
		Short: "把 build 预留的发文字号登记为已发（文件印发之后）",
		Long: `gongwen build 为文件格式的文件分配的发文字号先登记为“预留”：重新生成时号码不变，
也不会分给别的文件。文件正式印发后，用本命令把它的发文字号登记为“已发”，并记下印发日期
（--date，默认北京时间今天）。只改动该行的 state 和 date，数据文件的注释和格式原样保留。`,
		Example: `  gongwen docnos issue 鄂学创办〔2013〕6号
  gongwen docnos issue 鄂学创办〔2013〕6号 鄂学创办〔2013〕7号 --date 2013-07-16`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usageError("%s 需要至少 1 个发文字号", cmd.CommandPath())
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Nos = args
			return runDocNosIssue(opts)
		},
	}
	cmd.Flags().StringVar(&opts.Data, "data", "", "要登记的活动数据文件（"+dataHelp+"）")
	cmd.Flags().StringVar(&opts.Date, "date", "", "印发日期 YYYY-MM-DD（默认北京时间今天）")
	cmd.Flags().BoolVar(&opts.DryRun, "dry-run", false, "只列出将要做的改动，不写入文件")
	return cmd
}

func runDocNosIssue(opts *docNosIssueOptions) error {
	day := todayUTC()
	if opts.Date != "" {
		d, err := cn.ParseDate(opts.Date)
		if err != nil {
			return usageError("--date：%v", err)
		}
		day = d
	}
	data, err := resolveData(opts.Data)
	if err != nil {
		return err
	}
	opts.Data = data.Path
	if _, err := loadCampaignFor(opts.IO, opts.Data); err != nil {
		return err
	}
	src, err := os.ReadFile(opts.Data)
	if err != nil {
		return badInput(err)
	}
	out, done, err := issueDocNos(src, opts.Nos, day)
	if err != nil {
		return badInput(fmt.Errorf("%s：%v", opts.Data, err))
	}
	if len(done) == 0 {
		fmt.Fprintf(opts.IO.Out, "%s 均已登记为已发，无需改动\n", strings.Join(opts.Nos, "、"))
		return nil
	}
	c, _, err := load.Bytes(opts.Data, out)
	if err != nil {
		return fmt.Errorf("docnos issue: 修改后的数据无法读取，未写入：%w", err)
	}
	for _, no := range done {
		if !issued(c, no) {
			return fmt.Errorf("docnos issue: 修改后 %s 不是已发", no)
		}
	}
	for _, no := range done {
		fmt.Fprintf(opts.IO.Out, "%s：%s 预留 → 已发（%s）\n", opts.Data, no, cn.Date(day))
	}
	if opts.DryRun {
		fmt.Fprintf(opts.IO.ErrOut, "试运行：%d 处改动，未写入 %s\n", len(done), opts.Data)
		return nil
	}
	if _, err := outfile.WriteBytes(opts.Data, out); err != nil {
		return err
	}
	return nil
}

func issued(c *model.Campaign, no string) bool {
	for _, e := range c.DocNos {
		if e.DocNo == no {
			return e.State == "" || e.State == model.DocNoIssued
		}
	}
	return false
}

// issueDocNos marks the register lines of nos issued on day, in place: the
// state value becomes 已发 and the date value day, nothing else of the file
// changes. A number the register lacks is an error; one already issued is
// left as it is. It returns the numbers it changed.
func issueDocNos(src []byte, nos []string, day time.Time) ([]byte, []string, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(src, &doc); err != nil {
		return nil, nil, err
	}
	if len(doc.Content) == 0 || doc.Content[0].Kind != yaml.MappingNode {
		return nil, nil, fmt.Errorf("数据文件的顶层不是映射")
	}
	var list *yaml.Node
	top := doc.Content[0]
	for i := 0; i+1 < len(top.Content); i += 2 {
		if top.Content[i].Value == "docnos" {
			list = top.Content[i+1]
		}
	}
	lines := bytes.SplitAfter(src, []byte("\n"))
	type repl struct {
		line, col int
		old, new  string
	}
	var reps []repl
	var done []string
	for _, no := range nos {
		var item *yaml.Node
		if list != nil && list.Kind == yaml.SequenceNode {
			for _, it := range list.Content {
				if v := mapValue(it, "doc_no"); v != nil && v.Value == no {
					item = it
				}
			}
		}
		if item == nil {
			return nil, nil, fmt.Errorf("发文字号 %s 不在发文字号登记（docnos）中", no)
		}
		st := mapValue(item, "state")
		if st == nil || st.Value == model.DocNoIssued {
			continue
		}
		if item.Style&yaml.FlowStyle != 0 || st.Style != 0 {
			return nil, nil, fmt.Errorf("发文字号 %s 的登记使用了流式写法或引号，无法就地修改，请手工把 state 改为 已发", no)
		}
		reps = append(reps, repl{st.Line, st.Column, st.Value, model.DocNoIssued})
		if d := mapValue(item, "date"); d != nil && d.Style == 0 {
			reps = append(reps, repl{d.Line, d.Column, d.Value, day.Format(time.DateOnly)})
		}
		done = append(done, no)
	}
	for _, r := range reps {
		l := lines[r.line-1]
		at := byteCol(l, r.col)
		if at < 0 || !bytes.HasPrefix(l[at:], []byte(r.old)) {
			return nil, nil, fmt.Errorf("第 %d 行无法就地修改", r.line)
		}
		lines[r.line-1] = append(append(append([]byte{}, l[:at]...), r.new...), l[at+len(r.old):]...)
	}
	return bytes.Join(lines, nil), done, nil
}

func mapValue(m *yaml.Node, key string) *yaml.Node {
	if m == nil || m.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i+1]
		}
	}
	return nil
}

// byteCol is the byte offset of the 1-based rune column col in line.
func byteCol(line []byte, col int) int {
	n := 1
	for i := range string(line) {
		if n == col {
			return i
		}
		n++
	}
	return -1
}

func todayUTC() time.Time {
	y, m, d := funcs.Today().Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}
