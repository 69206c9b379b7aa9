package cli

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/spf13/cobra"
	"go.yaml.in/yaml/v3"

	"gongwen/internal/load"
	"gongwen/internal/meetings"
	"gongwen/internal/model"
	"gongwen/internal/outfile"
	"gongwen/internal/xlsx"
)

func init() { register(newCmdImport) }

// maxImportSize refuses workbooks no office returns by e-mail.
const maxImportSize = 64 << 20

type importOptions struct {
	IO     *IOStreams
	File   string // the returned .xlsx
	Data   string // the campaign YAML to update
	DryRun bool
}

func newCmdImport(ios *IOStreams) *cobra.Command {
	opts := &importOptions{IO: ios}
	cmd := &cobra.Command{
		Use:   "import 文件.xlsx",
		Short: "把各单位填回的周工作清单或责任分工表记入活动数据",
		Long: `读取各单位填写后交回的周工作清单（状态、完成日期、备注）或责任分工表（进展情况），
按隐藏的“任务标识”列逐行对应到任务，把有变化的值写回活动数据文件。
周工作清单的“会议议定事项”工作表按隐藏的“议定事项标识”列（会议标识-jy序号）对应到
会议纪要中的议定事项，状态、完成日期、备注记入该议定事项（未填状态的议定事项视为未启动）。
数据文件的注释、键的顺序和格式原样保留，只改动变化的值（缺少的键插入一行）。

空白单元格表示“不变”，不会清除已有的值。
以下情况报告出错的工作表和单元格，不做任何猜测，也不写入文件（退出码 1）：
任务标识在数据中找不到、状态不是 未启动/推进中/已完成/已销号、日期无法识别、任务标识重复。`,
		Example: `  gongwen import 第8周清单-组织部.xlsx --dry-run
  gongwen import 第8周清单-组织部.xlsx --data data/xuechuang.yaml`,
		Args: exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.File = args[0]
			return runImport(opts)
		},
	}
	cmd.Flags().StringVar(&opts.Data, "data", defaultDataFile, "要更新的活动数据文件（YAML）")
	cmd.Flags().BoolVar(&opts.DryRun, "dry-run", false, "只列出将要做的改动，不写入文件")
	return cmd
}

// importChange is one value the import changes.
type importChange struct {
	TaskID   string // task id, or the decision's key (Decision set)
	Decision bool
	Key      string
	Where    string // sheet!cell the value came from
	Text     string // the new value as YAML
	Edit     yamlEdit
	Delete   bool // the key is removed
}

// what names the changed item in messages: 任务 t3, 议定事项 bgs-1-jy2.
func (ch importChange) what() string {
	if ch.Decision {
		return "议定事项 " + ch.TaskID
	}
	return "任务 " + ch.TaskID
}

func runImport(opts *importOptions) error {
	book, err := readLimited(opts.File)
	if err != nil {
		return badInput(err)
	}
	if ext := strings.ToLower(filepath.Ext(opts.Data)); ext == ".json" {
		// JSON has no comments to keep and no line layout to splice into.
		return badInput(fmt.Errorf("%s：import 只能更新 YAML 数据文件（JSON 文件请先转换为 YAML）", opts.Data))
	}
	src, c, err := readDataToUpdate(opts.IO, opts.Data)
	if err != nil {
		return err
	}
	ups, err := xlsx.ReadReturned(opts.File, book, c.Year)
	if err != nil {
		var xe xlsx.Errors
		if errors.As(err, &xe) {
			for _, e := range xe {
				fmt.Fprintf(opts.IO.ErrOut, "%s: %s\n", opts.File, e)
			}
			fmt.Fprintf(opts.IO.ErrOut, "%s：发现 %d 个问题，未写入任何文件\n", opts.File, len(xe))
			return reported(len(xe))
		}
		return badInput(err) // names the file: not a workbook, or over the size limits
	}
	yt, err := parseYAMLTasks(src)
	if err != nil {
		return badInput(fmt.Errorf("%s：%v", opts.Data, err))
	}
	changes, problems := planImport(yt, ups, opts.Data)
	if len(problems) > 0 {
		for _, p := range problems {
			fmt.Fprintf(opts.IO.ErrOut, "%s: %s\n", opts.File, p)
		}
		fmt.Fprintf(opts.IO.ErrOut, "%s：发现 %d 个问题，未写入任何文件\n", opts.File, len(problems))
		return reported(len(problems))
	}
	if len(changes) == 0 {
		fmt.Fprintf(opts.IO.Out, "%s：与 %s 相比没有变化\n", opts.File, opts.Data)
		return nil
	}
	edits := make([]yamlEdit, len(changes))
	for i, ch := range changes {
		edits[i] = ch.Edit
	}
	out := applyEdits(src, edits)
	// The result must read back as a valid campaign with the new values;
	// anything else is our bug, and the file stays as it was.
	if _, _, err := load.Bytes(opts.Data, out); err != nil {
		var ds load.Diagnostics
		if !errors.As(err, &ds) {
			return fmt.Errorf("import: 检查修改后的数据：%w", err)
		}
		// The rows are valid one by one but not together with the data
		// (已完成 without a date, say): the units' entries must be fixed.
		for _, d := range ds.Errors() {
			fmt.Fprintf(opts.IO.ErrOut, "%s（导入后）\n", d.String())
		}
		fmt.Fprintf(opts.IO.ErrOut, "%s：导入后的数据有 %d 个问题，未写入任何文件\n", opts.File, len(ds.Errors()))
		return reported(len(ds.Errors()))
	}
	if err := verifyImport(out, changes); err != nil {
		return fmt.Errorf("import: %w", err)
	}
	printChanges(opts.IO.Out, opts.Data, src, changes)
	if opts.DryRun {
		fmt.Fprintf(opts.IO.ErrOut, "试运行：%d 处改动，未写入 %s\n", len(changes), opts.Data)
		return nil
	}
	if err := outfile.Write(opts.Data, func(w io.Writer) error { _, err := w.Write(out); return err }); err != nil {
		return err
	}
	fmt.Fprintf(opts.IO.ErrOut, "已更新 %s：%d 处改动\n", opts.Data, len(changes))
	return nil
}

func readLimited(path string) ([]byte, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("读取 %s：%w", path, err)
	}
	if st.Size() > maxImportSize {
		return nil, fmt.Errorf("%s 有 %d MB，超过 %d MB 的上限", path, st.Size()>>20, maxImportSize>>20)
	}
	return os.ReadFile(path)
}

// planImport compares each row with the task or decision in the file and
// plans the edits. A row whose task id or decision key is not in the file
// is a problem; a task id that is not a task's but a decision's derived
// task id (a 督办事项回复表 row) updates the decision. A decision without a status is 未启动, so a row that says
// 未启动 adds no status line to it.
func planImport(yt *yamlTasks, ups []xlsx.Update, dataName string) ([]importChange, []string) {
	var changes []importChange
	var problems []string
	for _, u := range ups {
		what := "任务"
		m, ok := yt.byID[u.TaskID]
		if !ok && !u.Decision {
			// A 督办事项回复表 lists a supervised decision under its derived
			// task id (meetings.DecisionTaskID) in the 任务标识 column: the
			// data keeps it as a decision of its meeting.
			if _, isDecision := yt.decisions[u.TaskID]; isDecision {
				u.Decision = true
			}
		}
		statusAfter := []string{"deliverable", "units", "lead", "activity", "group", "phase"}
		var last []string // where a decision's keys go when the ones before are absent too
		if u.Decision {
			what = "议定事项"
			m, ok = yt.decisions[u.TaskID]
			statusAfter = []string{"due", "owner", "text"}
			last = statusAfter
		}
		if !ok {
			if u.Decision {
				which := "不是“会议标识-jy序号”的形式"
				if mid, i, ok := meetings.ParseDecisionTaskID(u.TaskID); ok {
					which = fmt.Sprintf("即会议 %s 的第 %d 项议定事项，在 %s 中不存在（会议或议定事项已删除，或议定事项的顺序变了？）", mid, i+1, dataName)
				}
				problems = append(problems, fmt.Sprintf("%s: 议定事项标识 %s %s，此行无法对应", u.Where, u.TaskID, which))
			} else {
				problems = append(problems, fmt.Sprintf("%s: 任务标识 %s 在 %s 中不存在（任务已删除或改了标识？），此行无法对应", u.Where, u.TaskID, dataName))
			}
			continue
		}
		add := func(key, text, where string, after []string) {
			e, err := yt.setFieldOf(m, key, text, after)
			if err != nil {
				if errors.Is(err, errFlow) {
					err = fmt.Errorf("%s %s 在数据文件中使用了流式写法 {…}，无法就地修改", what, u.TaskID)
				}
				problems = append(problems, fmt.Sprintf("%s: %v", where, err))
				return
			}
			changes = append(changes, importChange{TaskID: u.TaskID, Decision: u.Decision, Key: key, Where: where, Text: text, Edit: e})
		}
		current := func() *model.Status {
			if v := mapValue(m, "status"); v != nil {
				s := model.Status(v.Value)
				return &s
			}
			if u.Decision {
				s := model.NotStarted
				return &s
			}
			return nil
		}
		if u.Status != nil {
			if cur := current(); cur == nil || *cur != *u.Status {
				add("status", yamlString(string(*u.Status), mapValue(m, "status")), u.StatusCell, statusAfter)
			}
		}
		status := u.Status
		if status == nil {
			status = current()
		}
		finished := status != nil && status.Finished()
		old := mapValue(m, "done_on")
		switch {
		case u.DoneOn != nil && !finished:
			problems = append(problems, fmt.Sprintf("%s: 填了完成日期，但状态是“%s”；已完成的请把状态改为 已完成 或 已销号", u.DoneCell, deref(status)))
		case u.DoneOn != nil:
			if old == nil || !sameDate(old, *u.DoneOn) {
				add("done_on", yamlDate(*u.DoneOn), u.DoneCell, append([]string{"status"}, last...))
			}
		case finished && old == nil:
			where := u.DoneCell
			if where == "" {
				where = u.StatusCell
			}
			problems = append(problems, fmt.Sprintf("%s: 状态为“%s”的%s须填写完成日期", where, *status, what))
		case !finished && old != nil && u.Status != nil:
			// Back to unfinished: the old completion date no longer holds.
			e, err := yt.deleteFieldOf(m, what+" "+u.TaskID, "done_on")
			if err != nil {
				problems = append(problems, fmt.Sprintf("%s: %v", u.StatusCell, err))
			} else {
				changes = append(changes, importChange{TaskID: u.TaskID, Decision: u.Decision, Key: "done_on", Where: u.StatusCell, Edit: e, Delete: true})
			}
		}
		if u.Notes != nil {
			// Cells lose a block scalar's final newline and the reader trims
			// the cell: compare without surrounding blanks.
			if v := mapValue(m, "notes"); v == nil || strings.TrimSpace(v.Value) != strings.TrimSpace(*u.Notes) {
				add("notes", yamlString(*u.Notes, v), u.NotesCell, append([]string{"done_on", "status"}, last...))
			}
		}
	}
	return changes, problems
}

// verifyImport re-reads the edited file and checks every changed key holds
// what the workbook said.
func verifyImport(out []byte, changes []importChange) error {
	yt, err := parseYAMLTasks(out)
	if err != nil {
		return fmt.Errorf("修改后的数据无法读取：%w", err)
	}
	for _, ch := range changes {
		m := yt.byID[ch.TaskID]
		if ch.Decision {
			m = yt.decisions[ch.TaskID]
		}
		if m == nil {
			return fmt.Errorf("修改后找不到%s", ch.what())
		}
		v := mapValue(m, ch.Key)
		if ch.Delete {
			if v != nil {
				return fmt.Errorf("%s 的 %s 未能删除", ch.what(), ch.Key)
			}
			continue
		}
		var want yaml.Node
		if err := yaml.Unmarshal([]byte("x: "+ch.Text), &want); err != nil || v == nil || len(want.Content) == 0 {
			return fmt.Errorf("%s 的 %s 修改后无法读取", ch.what(), ch.Key)
		}
		if w := mapValue(want.Content[0], "x"); w == nil || w.Value != v.Value {
			return fmt.Errorf("%s 的 %s 修改后为“%s”，与表中的值不符", ch.what(), ch.Key, v.Value)
		}
	}
	return nil
}

// printChanges lists the changes like a diff: the place, then the old and
// the new lines.
func deref(s *model.Status) string {
	if s == nil {
		return ""
	}
	return string(*s)
}

func printChanges(w io.Writer, file string, src []byte, changes []importChange) {
	sorted := append([]importChange(nil), changes...)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].Edit.start < sorted[j].Edit.start })
	for _, ch := range sorted {
		e := ch.Edit
		line := bytes.Count(src[:e.start], []byte("\n")) + 1
		ls := bytes.LastIndexByte(src[:e.start], '\n') + 1
		le := len(src)
		if i := bytes.IndexByte(src[e.end:], '\n'); i >= 0 {
			le = e.end + i
		}
		fmt.Fprintf(w, "%s:%d: %s 的 %s（来自 %s）\n", file, line, ch.what(), ch.Key, ch.Where)
		if ch.Delete {
			for _, l := range strings.Split(strings.TrimSuffix(string(src[e.start:e.end]), "\n"), "\n") {
				fmt.Fprintf(w, "-%s\n", l)
			}
			continue
		}
		if e.start == e.end {
			for _, l := range strings.Split(strings.Trim(e.text, "\n"), "\n") {
				fmt.Fprintf(w, "+%s\n", l)
			}
			continue
		}
		for _, l := range strings.Split(string(src[ls:le]), "\n") {
			fmt.Fprintf(w, "-%s\n", l)
		}
		for _, l := range strings.Split(string(src[ls:e.start])+e.text+string(src[e.end:le]), "\n") {
			fmt.Fprintf(w, "+%s\n", l)
		}
	}
	fmt.Fprintf(w, "共 %d 处改动\n", len(changes))
}
