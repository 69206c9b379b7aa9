package cli

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"gongwen/internal/cn"
	"gongwen/internal/ledger"
	"gongwen/internal/load"
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
任务标识在数据中找不到、状态不是 未启动/推进中/已完成/已销号、日期无法识别、任务标识重复；
表被改动得无法完整读取时也整表拒收，并说明缺少什么：隐藏的标识列或“状态”“完成日期”“备注”
“进展情况”列被删除或表头被改名、同一表头出现两次、周工作清单工作表被删除、某行填写了内容
却没有标识。填写的内容要么全部导入，要么一处也不写入，不会悄悄丢掉。`,
		Example: `  gongwen import 第8周清单-组织部.xlsx --dry-run
  gongwen import 第8周清单-组织部.xlsx --data data/xuechuang.yaml`,
		Args: exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.File = args[0]
			return runImport(opts)
		},
	}
	cmd.Flags().StringVar(&opts.Data, "data", "", "要更新的活动数据文件（YAML；"+dataHelp+"）")
	cmd.Flags().BoolVar(&opts.DryRun, "dry-run", false, "只列出将要做的改动，不写入文件")
	return cmd
}

func runImport(opts *importOptions) error {
	data, err := resolveData(opts.Data)
	if err != nil {
		return err
	}
	opts.Data = data.Path
	book, err := readLimited(opts.File)
	if err != nil {
		return badInput(err)
	}
	if ext := strings.ToLower(filepath.Ext(opts.Data)); ext == ".json" {
		// JSON has no comments to keep and no line layout to splice into.
		return badInput(fmt.Errorf("%s：import 只能更新 YAML 数据文件（JSON 文件请先转换为 YAML）", opts.Data))
	}
	_, c, err := readDataToUpdate(opts.IO, opts.Data)
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
	rows := make([]ledger.Update, len(ups))
	for i, u := range ups {
		rows[i] = ledger.Update(u)
	}
	res, err := ledger.Commit(ledger.Save{Path: opts.Data, Source: filepath.Base(opts.File), Update: rows, DryRun: opts.DryRun, Record: true})
	if err != nil {
		return importFailure(opts.IO, opts.File, err)
	}
	if len(res.Changes) == 0 {
		fmt.Fprintf(opts.IO.Out, "%s：与 %s 相比没有变化\n", opts.File, opts.Data)
		return nil
	}
	ledger.PrintChanges(opts.IO.Out, opts.Data, res.Before, res.Changes, res.Notes)
	for _, s := range ledger.SharedProgress(opts.Data, res.After, res.Changes) {
		fmt.Fprintln(opts.IO.ErrOut, s)
	}
	if line := signedLine(ups, res.Changes, len(res.Notes), c.Year, time.Now()); line != "" {
		fmt.Fprintln(opts.IO.ErrOut, line)
	}
	for _, line := range replacedNotes(res.Changes) {
		fmt.Fprintln(opts.IO.ErrOut, line)
	}
	if opts.DryRun {
		fmt.Fprintf(opts.IO.ErrOut, "试运行：%d 处改动，未写入 %s\n", len(res.Changes)+len(res.Notes), opts.Data)
		return nil
	}
	fmt.Fprintf(opts.IO.ErrOut, "已更新 %s：%d 处改动（修改记录见 %s）\n", opts.Data, len(res.Changes)+len(res.Notes), ledger.HistoryPath(opts.Data))
	return nil
}

// importFailure reports why the ledger refused the rows: the rows' own
// problems, the data they would leave (已完成 without a date, say), or a
// change made to the file meanwhile.
func importFailure(ios *IOStreams, file string, err error) error {
	var problems ledger.Problems
	var ds load.Diagnostics
	var conflict *ledger.Conflict
	switch {
	case errors.As(err, &problems):
		for _, p := range problems {
			fmt.Fprintf(ios.ErrOut, "%s: %s\n", file, p)
		}
		fmt.Fprintf(ios.ErrOut, "%s：发现 %d 个问题，未写入任何文件\n", file, len(problems))
		return reported(len(problems))
	case errors.As(err, &ds):
		// The rows are valid one by one but not together with the data:
		// the units' entries must be fixed.
		for _, d := range ds.Errors() {
			fmt.Fprintf(ios.ErrOut, "%s（导入后）\n", d.String())
		}
		fmt.Fprintf(ios.ErrOut, "%s：导入后的数据有 %d 个问题，未写入任何文件\n", file, len(ds.Errors()))
		return reported(len(ds.Errors()))
	case errors.As(err, &conflict):
		return badInput(err)
	}
	return fmt.Errorf("import: %w", err)
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

// signedLine says how the notes imported are dated and attributed in the
// tasks' records: by the form's 填报日期 and 填报单位, or, where the form
// leaves them blank, by the import day and the lead unit. It says so only
// of the notes the import recorded (written of the notes changed): a form
// without 填报日期 imported outside the data's year, or a task written on
// one line ({id: …}), updates notes but records nothing, and the line says
// that and how to record them (QA s8 #15: it said 记入 and wrote only
// notes). "" when no note changed.
func signedLine(ups []xlsx.Update, changes []ledger.Change, written, year int, now time.Time) string {
	changed := 0
	for _, ch := range changes {
		if ch.Key == "notes" && !ch.Decision && !ch.Delete {
			changed++
		}
	}
	if changed == 0 || len(ups) == 0 {
		return ""
	}
	u := ups[0]
	var out []string
	if written > 0 {
		var parts []string
		if u.On != nil {
			parts = append(parts, "填报日期 "+cn.Date(*u.On)+"（"+u.SignedCell+"）")
		} else {
			parts = append(parts, "导入当天的日期（表中未填填报日期）")
		}
		if u.By != "" {
			parts = append(parts, "填报单位“"+u.By+"”")
		} else {
			parts = append(parts, "各任务的牵头单位（表中未填填报单位）")
		}
		out = append(out, "进展记录（record.progress）按"+strings.Join(parts, "、")+"记入")
	}
	if missed := changed - written; missed > 0 {
		why := "这些任务在数据中写成一行（- {id: …}），无法追加记录：请改为逐行的写法后重新导入"
		if u.On == nil && (now.Year() < year || now.Year() > year+1) {
			why = fmt.Sprintf("表中未填填报日期，导入当天（%s）不在数据的 %d 年度内：请在表上填写填报日期后重新导入", cn.Date(now), year)
		}
		out = append(out, fmt.Sprintf("%d 项任务的备注（notes）已更新，但没有记入进展记录（record.progress）：%s", missed, why))
	}
	return strings.Join(out, "\n")
}

// replacedNotes says of each task whose notes the form replaced what they
// were: the 责任分工表's 备注 column shows a task's notes (a published
// 备注 such as 「省级指标」 too), and what a unit writes there takes their
// place — said, with the old text, so it is never lost unseen. A note
// written where there was none is no replacement.
func replacedNotes(changes []ledger.Change) []string {
	var out []string
	for _, ch := range changes {
		if ch.Key != "notes" || ch.Decision || ch.Delete || !ch.OldSet {
			continue
		}
		old := strings.Trim(strings.TrimSpace(ch.Old), `"'`)
		if old == "" || old == strings.Trim(strings.TrimSpace(ch.Text), `"'`) {
			continue
		}
		out = append(out, fmt.Sprintf("%s 的备注（notes）原为“%s”，改为表中 %s 所填：要保留原备注，请把它写进表中的备注后重新导入", ch.What(), old, ch.Where))
	}
	return out
}
