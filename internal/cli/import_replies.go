package cli

import (
	"errors"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"go.yaml.in/yaml/v3"

	"gongwen/internal/ledger"
	"gongwen/internal/load"
	"gongwen/internal/meetings"
	"gongwen/internal/xlsx"
)

func init() { register(newCmdImportReplies) }

type importRepliesOptions struct {
	IO     *IOStreams
	File   string
	Data   string
	DryRun bool
	// MeetingDate is the day a meeting not yet in the data takes place;
	// without it such a reply slip is refused rather than recorded on the
	// schedule's planned day.
	MeetingDate string
}

func newCmdImportReplies(ios *IOStreams) *cobra.Command {
	opts := &importRepliesOptions{IO: ios}
	cmd := &cobra.Command{
		Use:   "import-replies 文件.xlsx",
		Short: "把交回的参会回执或督办事项回复表记入活动数据",
		Long: `读取各单位交回的参会回执（随会议通知下发）或督办事项回复表（随督办通知下发），
记入活动数据文件，数据文件的注释、键的顺序和格式原样保留，只改动相关的值。

参会回执：按隐藏的“会议标识”列对应到会议，把填写了姓名的各行记为该会议的参会人员
（meetings 中该会议的 attendees，写作“姓名（单位职务）”）。会议尚未登记在 meetings 中时，
须用 --meeting-date 给出会议的实际日期（会议安排上的日期只是计划，常有变动），
然后新增一条（id、cadence、name、date、attendees），其余内容不动。

督办事项回复表：与周工作清单相同，按隐藏的“任务标识”列把状态、完成日期、进展情况记入任务
（即 gongwen import）；督办的会议议定事项（标识为 会议标识-jy序号）记入该会议的议定事项。

出错时报告工作表和单元格，不写入文件（退出码 1）。`,
		Example: `  gongwen import-replies 领导小组办公室主任会议参会回执-宣传组.xlsx --dry-run
  gongwen import-replies 督办事项回复表（中共湖北省委宣传部）.xlsx`,
		Args: exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.File = args[0]
			return runImportReplies(opts)
		},
	}
	cmd.Flags().StringVar(&opts.Data, "data", "", "要更新的活动数据文件（YAML；"+dataHelp+"）")
	cmd.Flags().BoolVar(&opts.DryRun, "dry-run", false, "只列出将要做的改动，不写入文件")
	cmd.Flags().StringVar(&opts.MeetingDate, "meeting-date", "", "会议尚未登记在数据中时，会议的实际日期 YYYY-MM-DD")
	return cmd
}

func runImportReplies(opts *importRepliesOptions) error {
	data, err := resolveData(opts.Data)
	if err != nil {
		return err
	}
	opts.Data = data.Path
	book, err := readLimited(opts.File)
	if err != nil {
		return badInput(err)
	}
	entries, err := xlsx.ReadReceipt(opts.File, book)
	if err != nil {
		var xe xlsx.Errors
		if errors.As(err, &xe) {
			if len(xe) == 1 && xe[0].Cell == "" && xe[0].Sheet == opts.File {
				// No 会议标识 column: a 督办事项回复表 or a weekly list.
				return runImport(&importOptions{IO: opts.IO, File: opts.File, Data: opts.Data, DryRun: opts.DryRun})
			}
			for _, e := range xe {
				fmt.Fprintf(opts.IO.ErrOut, "%s: %s\n", opts.File, e)
			}
			fmt.Fprintf(opts.IO.ErrOut, "%s：发现 %d 个问题，未写入任何文件\n", opts.File, len(xe))
			return reported(len(xe))
		}
		return badInput(fmt.Errorf("%s：无法读取为 Excel 工作簿（%v）", opts.File, err))
	}
	if len(entries) == 0 {
		fmt.Fprintf(opts.IO.Out, "%s：回执中没有填写姓名的行，无需导入\n", opts.File)
		return nil
	}
	src, c, err := readDataToUpdate(opts.IO, opts.Data)
	if err != nil {
		return err
	}
	id := entries[0].MeetingID
	names := make([]string, len(entries))
	for i, e := range entries {
		names[i] = attendeeText(e)
	}
	ym, err := ledger.ParseSeq(src, "meetings")
	if err != nil {
		return badInput(fmt.Errorf("%s：%v", opts.Data, err))
	}
	list := ledger.FlowList(names)
	var edit ledger.Edit
	var field ledger.Field
	what := ""
	if m, ok := ym.ByID[id]; ok {
		if m.Style&yaml.FlowStyle != 0 {
			return badInput(fmt.Errorf("%s：会议 %s 使用了流式写法 {…}，无法就地修改", opts.Data, id))
		}
		old := ledger.Value(m, "attendees")
		if old != nil && sameList(old, names) {
			fmt.Fprintf(opts.IO.Out, "%s：与 %s 相比没有变化\n", opts.File, opts.Data)
			return nil
		}
		if edit, err = ym.ReplaceField(id, "attendees", list, []string{"chair", "place", "time", "date", "name"}); err != nil {
			return badInput(fmt.Errorf("%s：会议 %s：%v", opts.Data, id, err))
		}
		what = fmt.Sprintf("meetings[%d].attendees（会议 %s）← %s", ym.Index[id], id, list)
		field = ledger.Field{Item: "会议 " + id, ID: id, List: "meetings", Key: "attendees", New: list, Has: true, Had: old != nil}
	} else {
		occ, err := meetings.Calendar(c, nil, meetings.Options{})
		if err != nil {
			return badInput(fmt.Errorf("%s：%v", opts.Data, err))
		}
		o := meetings.Find(occ, id)
		if o == nil || o.Unscheduled || o.Cadence == nil {
			fmt.Fprintf(opts.IO.ErrOut, "%s: %s: 会议标识 %s 既不在 %s 的 meetings 中，也不是会议安排（gongwen meetings）中的会议，此回执无法对应\n",
				opts.File, entries[0].Where, id, opts.Data)
			return reported(1)
		}
		if opts.MeetingDate == "" {
			fmt.Fprintf(opts.IO.ErrOut, "%s: 会议 %s（%s）尚未登记在 %s 的 meetings 中；会议安排上的日期 %s 只是计划，请用 --meeting-date YYYY-MM-DD 给出会议的实际日期后再导入\n",
				opts.File, id, o.Name, opts.Data, o.Date.Format(time.DateOnly))
			return reported(1)
		}
		day, err := parseDay("--meeting-date", opts.MeetingDate)
		if err != nil {
			return err
		}
		fields := [][2]string{{"id", ledger.Scalar(id, nil)}, {"cadence", ledger.Scalar(o.Cadence.ID, nil)},
			{"name", ledger.Scalar(o.Name, nil)}, {"date", day.Format(time.DateOnly)}}
		if o.Time != "" {
			fields = append(fields, [2]string{"time", strconv.Quote(o.Time)})
		}
		if o.Place != "" {
			fields = append(fields, [2]string{"place", ledger.Scalar(o.Place, nil)})
		}
		fields = append(fields, [2]string{"attendees", list})
		if edit, err = ym.AppendItem(fields); err != nil {
			return badInput(fmt.Errorf("%s：%v", opts.Data, err))
		}
		what = fmt.Sprintf("meetings 新增会议 %s（%s，%s），attendees ← %s", id, o.Name, day.Format(time.DateOnly), list)
		field = ledger.Field{Item: "会议 " + id, ID: id, Meeting: true, Has: true, New: strings.TrimSpace(edit.Text)}
	}
	out := ledger.Apply(src, []ledger.Edit{edit})
	c2, _, err := load.Bytes(opts.Data, out)
	if err != nil {
		return fmt.Errorf("import-replies: 检查修改后的数据：%w", err)
	}
	if m := c2.MeetingByID(id); m == nil || strings.Join(m.Attendees, "\x00") != strings.Join(names, "\x00") {
		return fmt.Errorf("import-replies: 修改后会议 %s 的参会人员不符", id)
	}
	fmt.Fprintf(opts.IO.Out, "%s: %s\n", opts.Data, what)
	if opts.DryRun {
		fmt.Fprintf(opts.IO.ErrOut, "试运行：1 处改动，未写入 %s\n", opts.Data)
		return nil
	}
	if _, err := ledger.Record(opts.Data, src, out, "", filepath.Base(opts.File), []ledger.Field{field}); err != nil {
		var conflict *ledger.Conflict
		if errors.As(err, &conflict) {
			return badInput(err)
		}
		return err
	}
	fmt.Fprintf(opts.IO.ErrOut, "已更新 %s：会议 %s 参会人员 %d 名（修改记录见 %s）\n", opts.Data, id, len(names), ledger.HistoryPath(opts.Data))
	return nil
}

// attendeeText is how a reply row is recorded: 王晓兰（综合组副组长）.
func attendeeText(e xlsx.ReceiptEntry) string {
	extra := e.Unit + e.Position
	if extra == "" {
		return e.Name
	}
	return e.Name + "（" + extra + "）"
}

func sameList(n *yaml.Node, items []string) bool {
	if n.Kind != yaml.SequenceNode || len(n.Content) != len(items) {
		return false
	}
	for i, c := range n.Content {
		if c.Value != items[i] {
			return false
		}
	}
	return true
}
