package cli

import (
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"go.yaml.in/yaml/v3"

	"gongwen/internal/load"
	"gongwen/internal/meetings"
	"gongwen/internal/outfile"
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
	cmd.Flags().StringVar(&opts.Data, "data", defaultDataFile, "要更新的活动数据文件（YAML）")
	cmd.Flags().BoolVar(&opts.DryRun, "dry-run", false, "只列出将要做的改动，不写入文件")
	cmd.Flags().StringVar(&opts.MeetingDate, "meeting-date", "", "会议尚未登记在数据中时，会议的实际日期 YYYY-MM-DD")
	return cmd
}

func runImportReplies(opts *importRepliesOptions) error {
	book, err := readLimited(opts.File)
	if err != nil {
		return badInput(err)
	}
	entries, err := xlsx.ReadReceipt(opts.File, book)
	if err != nil {
		var xe xlsx.Errors
		if errors.As(err, &xe) {
			if len(xe) == 1 && xe[0].Cell == "" {
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
	ym, err := parseYAMLSeq(src, "meetings")
	if err != nil {
		return badInput(fmt.Errorf("%s：%v", opts.Data, err))
	}
	list := flowList(names)
	var edit yamlEdit
	what := ""
	if m, ok := ym.byID[id]; ok {
		if m.Style&yaml.FlowStyle != 0 {
			return badInput(fmt.Errorf("%s：会议 %s 使用了流式写法 {…}，无法就地修改", opts.Data, id))
		}
		old := mapValue(m, "attendees")
		if old != nil && sameList(old, names) {
			fmt.Fprintf(opts.IO.Out, "%s：与 %s 相比没有变化\n", opts.File, opts.Data)
			return nil
		}
		if edit, err = ym.replaceField(id, "attendees", list, []string{"chair", "place", "time", "date", "name"}); err != nil {
			return badInput(fmt.Errorf("%s：会议 %s：%v", opts.Data, id, err))
		}
		what = fmt.Sprintf("meetings[%d].attendees（会议 %s）← %s", ym.index[id], id, list)
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
		fields := [][2]string{{"id", yamlString(id, nil)}, {"cadence", yamlString(o.Cadence.ID, nil)},
			{"name", yamlString(o.Name, nil)}, {"date", day.Format(time.DateOnly)}}
		if o.Time != "" {
			fields = append(fields, [2]string{"time", strconv.Quote(o.Time)})
		}
		if o.Place != "" {
			fields = append(fields, [2]string{"place", yamlString(o.Place, nil)})
		}
		fields = append(fields, [2]string{"attendees", list})
		if edit, err = ym.appendItem(fields); err != nil {
			return badInput(fmt.Errorf("%s：%v", opts.Data, err))
		}
		what = fmt.Sprintf("meetings 新增会议 %s（%s，%s），attendees ← %s", id, o.Name, day.Format(time.DateOnly), list)
	}
	out := applyEdits(src, []yamlEdit{edit})
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
	if err := outfile.Write(opts.Data, func(w io.Writer) error { _, err := w.Write(out); return err }); err != nil {
		return err
	}
	fmt.Fprintf(opts.IO.ErrOut, "已更新 %s：会议 %s 参会人员 %d 名\n", opts.Data, id, len(names))
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

// flowList writes a one-line YAML list, every item double-quoted so no
// name can break the list.
func flowList(items []string) string {
	q := make([]string, len(items))
	for i, s := range items {
		q[i] = strconv.Quote(s)
	}
	return "[" + strings.Join(q, ", ") + "]"
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

// parseYAMLSeq indexes the mappings of the top-level sequence key by id,
// as parseYAMLTasks does for tasks, so the same edits apply.
func parseYAMLSeq(src []byte, key string) (*yamlSeq, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(src, &doc); err != nil {
		return nil, fmt.Errorf("读取数据文件：%w", err)
	}
	if len(doc.Content) == 0 || doc.Content[0].Kind != yaml.MappingNode {
		return nil, errors.New("数据文件的顶层不是映射")
	}
	yt := &yamlTasks{src: src, byID: map[string]*yaml.Node{}, index: map[string]int{}, lineStarts: []int{0}}
	for i, b := range src {
		if b == '\n' {
			yt.lineStarts = append(yt.lineStarts, i+1)
		}
	}
	seq := mapValue(doc.Content[0], key)
	if seq == nil || seq.Kind != yaml.SequenceNode {
		return nil, fmt.Errorf("数据文件中没有 %s 列表", key)
	}
	for i, t := range seq.Content {
		if t.Kind != yaml.MappingNode {
			continue
		}
		if id := mapValue(t, "id"); id != nil && id.Kind == yaml.ScalarNode {
			yt.byID[id.Value] = t
			yt.index[id.Value] = i
		}
	}
	return &yamlSeq{yamlTasks: yt, seq: seq}, nil
}

type yamlSeq struct {
	*yamlTasks
	seq *yaml.Node
}

// replaceField sets key of item id to text: the key's lines are replaced
// by one line when it exists, else a line is inserted after the nearest
// of after.
func (ys *yamlSeq) replaceField(id, key, text string, after []string) (yamlEdit, error) {
	m := ys.byID[id]
	if mapValue(m, key) == nil {
		return ys.setField(id, key, text, after)
	}
	del, err := ys.deleteField(id, key)
	if err != nil {
		return yamlEdit{}, err
	}
	indent := strings.Repeat(" ", m.Content[0].Column-1)
	return yamlEdit{start: del.start, end: del.end, text: indent + key + ": " + text + "\n"}, nil
}

// appendItem adds a block mapping after the sequence's last item, in the
// indentation of the items before it.
func (ys *yamlSeq) appendItem(fields [][2]string) (yamlEdit, error) {
	if ys.seq.Style&yaml.FlowStyle != 0 || len(ys.seq.Content) == 0 {
		return yamlEdit{}, errors.New("meetings 列表为空或使用了流式写法 […]，无法追加；请先手工登记一次会议")
	}
	last := ys.seq.Content[len(ys.seq.Content)-1]
	if last.Kind != yaml.MappingNode || last.Style&yaml.FlowStyle != 0 {
		return yamlEdit{}, errors.New("meetings 的最后一项不是块式映射，无法追加")
	}
	keyCol := last.Content[0].Column - 1
	end, err := ys.nodeEnd(last, keyCol)
	if err != nil {
		return yamlEdit{}, err
	}
	var b strings.Builder
	for i, f := range fields {
		if i == 0 {
			b.WriteString(strings.Repeat(" ", keyCol-2) + "- ")
		} else {
			b.WriteString(strings.Repeat(" ", keyCol))
		}
		b.WriteString(f[0] + ": " + f[1] + "\n")
	}
	at := ys.lineEnd(end)
	if at == len(ys.src) {
		return yamlEdit{start: at, end: at, text: "\n" + strings.TrimSuffix(b.String(), "\n")}, nil
	}
	return yamlEdit{start: at + 1, end: at + 1, text: b.String()}, nil
}
