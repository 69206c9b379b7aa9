package cli

import (
	"bytes"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"go.yaml.in/yaml/v3"

	"gongwen/internal/cn"
	"gongwen/internal/load"
	"gongwen/internal/model"
	"gongwen/internal/outfile"
)

func init() { register(newCmdDocNos) }

type docNosOptions struct {
	IO   *IOStreams
	Data string
	JSON bool
}

func newCmdDocNos(ios *IOStreams) *cobra.Command {
	opts := &docNosOptions{IO: ios}
	cmd := &cobra.Command{
		Use:   "docnos",
		Short: "列出发文字号登记：各发文机关代字、各年度已发和预留的发文字号",
		Long: `按发文机关代字和年度列出数据中的发文字号登记（docnos）和文件已有的发文字号：序号、
文件、标题、登记日期、状态（已发、预留），并给出每个代字下一个可用的发文字号。

gongwen build 为没有发文字号的文件格式文件（通知、印发通知、会议通知、督办通知）分配下一个
可用的号，并作为“预留”登记到数据文件的 docnos 中：重新生成时号码不变，已登记或预留的号不会
再分配。文件印发后用 gongwen docnos issue 发文字号 登记为“已发”。试生成（build --draft，或
--date 既不是清单的日期也不是今天）不登记。`,
		Example: `  gongwen docnos
  gongwen docnos --data my.yaml --json`,
		Args: exactArgs(0),
		RunE: func(cmd *cobra.Command, args []string) error { return runDocNos(opts) },
	}
	cmd.Flags().StringVar(&opts.Data, "data", "", "活动数据文件（"+dataHelp+"）")
	cmd.Flags().BoolVar(&opts.JSON, "json", false, "以 JSON 输出")
	cmd.AddCommand(newCmdDocNosIssue(ios))
	return cmd
}

type docNoBookJSON struct {
	Code  string          `json:"code"`
	Year  int             `json:"year"`
	Next  string          `json:"next"`
	Lines []docNoLineJSON `json:"lines"`
}

type docNoLineJSON struct {
	N        int    `json:"n"`
	DocNo    string `json:"doc_no"`
	Document string `json:"document,omitempty"`
	Title    string `json:"title,omitempty"`
	Date     string `json:"date,omitempty"`
	State    string `json:"state"`
}

func runDocNos(opts *docNosOptions) error {
	data, err := resolveData(opts.Data)
	if err != nil {
		return err
	}
	opts.Data = data.Path
	c, err := loadCampaignFor(opts.IO, opts.Data)
	if err != nil {
		return err
	}
	books := c.DocNoRegister()
	if opts.JSON {
		out := []docNoBookJSON{}
		for _, b := range books {
			bj := docNoBookJSON{Code: b.Code, Year: b.Year, Next: c.NextDocNo(b.Code, b.Year)}
			for _, l := range b.Lines {
				lj := docNoLineJSON{N: l.N, DocNo: l.DocNo, Document: l.Document, Title: l.Title, State: state(l.State)}
				if l.Date != nil {
					lj.Date = l.Date.Format(time.DateOnly)
				}
				bj.Lines = append(bj.Lines, lj)
			}
			out = append(out, bj)
		}
		return writeJSON(opts.IO.Out, out)
	}
	if len(books) == 0 {
		fmt.Fprintln(opts.IO.Out, "数据中没有发文字号登记；gongwen build 会为文件格式的文件分配并登记")
		return nil
	}
	for _, b := range books {
		fmt.Fprintf(opts.IO.Out, "%s〔%d〕（%d 个，下一个：%s）\n", b.Code, b.Year, len(b.Lines), c.NextDocNo(b.Code, b.Year))
		for _, l := range b.Lines {
			date := ""
			if l.Date != nil {
				date = cn.Date(*l.Date)
			}
			what := l.Title
			if what == "" {
				what = l.Document
			}
			fmt.Fprintf(opts.IO.Out, "  %s  %s  %s  %s\n", padCJK(l.DocNo, 24), state(l.State), padCJK(date, 14), what)
		}
	}
	return nil
}

func state(s string) string {
	if s == "" {
		return model.DocNoIssued
	}
	return s
}

// recordDocNos appends register lines to the docnos list of the data file
// at path, in place: the lines are added as text after the list's last
// item (or a docnos list is added at the end of the file), so comments and
// formatting stay as they are; the result must load as the file did, and
// it is written atomically.
func recordDocNos(path string, added []model.DocNoEntry) error {
	if len(added) == 0 {
		return nil
	}
	src, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	out, err := appendDocNos(src, added)
	if err != nil {
		return fmt.Errorf("登记发文字号到 %s：%w", path, err)
	}
	if _, _, err := load.Bytes(path, out); err != nil {
		return fmt.Errorf("登记发文字号到 %s：修改后的数据无法读取，未写入：%w", path, err)
	}
	_, err = outfile.WriteBytes(path, out)
	return err
}

func appendDocNos(src []byte, added []model.DocNoEntry) ([]byte, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(src, &doc); err != nil {
		return nil, err
	}
	if len(doc.Content) == 0 || doc.Content[0].Kind != yaml.MappingNode {
		return nil, fmt.Errorf("数据文件的顶层不是映射")
	}
	top := doc.Content[0]
	lines := bytes.SplitAfter(src, []byte("\n"))
	item := func(indent string, e model.DocNoEntry) string {
		var b strings.Builder
		fmt.Fprintf(&b, "%s- doc_no: %s\n", indent, e.DocNo)
		in := indent + "  "
		if e.Title != "" {
			fmt.Fprintf(&b, "%stitle: %s\n", in, strconv.Quote(e.Title))
		}
		if e.Document != "" {
			fmt.Fprintf(&b, "%sdocument: %s\n", in, strconv.Quote(e.Document))
		}
		if e.Date != nil {
			fmt.Fprintf(&b, "%sdate: %s\n", in, e.Date.Format(time.DateOnly))
		}
		fmt.Fprintf(&b, "%sstate: %s\n", in, state(e.State))
		return b.String()
	}
	for i := 0; i+1 < len(top.Content); i += 2 {
		if top.Content[i].Value != "docnos" {
			continue
		}
		seq := top.Content[i+1]
		if seq.Kind != yaml.SequenceNode || seq.Style&yaml.FlowStyle != 0 || len(seq.Content) == 0 {
			return nil, fmt.Errorf("docnos 应为块式列表（每项以 - 开头）")
		}
		indent := strings.Repeat(" ", seq.Content[0].Column-3)
		// The list ends before the next top-level key, or at the end of
		// the file; blank and comment lines before that key stay with it.
		end := len(lines)
		if i+2 < len(top.Content) {
			end = top.Content[i+2].Line - 1
		}
		for end > 0 {
			l := bytes.TrimSpace(lines[end-1])
			if len(l) > 0 && l[0] != '#' {
				break
			}
			end--
		}
		var b strings.Builder
		for _, e := range added {
			b.WriteString(item(indent, e))
		}
		var out []byte
		for _, l := range lines[:end] {
			out = append(out, l...)
		}
		if len(out) > 0 && out[len(out)-1] != '\n' {
			out = append(out, '\n')
		}
		out = append(out, b.String()...)
		for _, l := range lines[end:] {
			out = append(out, l...)
		}
		return out, nil
	}
	out := append([]byte{}, src...)
	if len(out) > 0 && out[len(out)-1] != '\n' {
		out = append(out, '\n')
	}
	out = append(out, "\n# 发文字号登记：gongwen build 分配的号登记在此，重新生成时不变，已登记的号不再分配。\ndocnos:\n"...)
	for _, e := range added {
		out = append(out, item("  ", e)...)
	}
	return out, nil
}
