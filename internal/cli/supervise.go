package cli

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"gongwen/internal/cn"
	"gongwen/internal/meetings"
	"gongwen/internal/model"
)

func init() { register(newCmdSupervise) }

type superviseOptions struct {
	IO        *IOStreams
	Data      string
	Date      string
	Holidays  string
	Warn      int
	Reply     int
	Decisions bool
	JSON      bool
}

func newCmdSupervise(ios *IOStreams) *cobra.Command {
	opts := &superviseOptions{IO: ios}
	cmd := &cobra.Command{
		Use:   "supervise",
		Short: "列出某日应督办的任务：已逾期或即将到期而未完成的，按牵头单位分组",
		Long: `按督办日期（--date，默认取 gongwen.yaml 中的 date，没有时为北京时间今天）找出全部未完成、
已超过完成时限或在 --warn 个工作日内到期的任务，按牵头单位（无牵头单位的按责任工作组）分组列出：
原定完成时限、逾期或剩余的工作日数（法定节假日和调休按国务院安排），以及回复期限（督办日期后
--reply 个工作日）。

督办通知、督办事项回复表和督办情况汇总由 gongwen build 生成（清单中的 supervision、
supervision-summary），与本命令列出的相同：会议议定事项中责任单位为单位、有完成时限而未完成的
各项和任务一并督办（已完成、已销号的不督办）。--decisions 另把办公室工作组负责的议定事项
列入下次工作例会议程。`,
		Example: `  gongwen supervise --date 2013-07-15
  gongwen supervise --date 2013-07-15 --warn 5 --json`,
		Args: exactArgs(0),
		RunE: func(cmd *cobra.Command, args []string) error { return runSupervise(opts) },
	}
	cmd.Flags().StringVar(&opts.Data, "data", "", "活动数据文件（"+dataHelp+"）")
	cmd.Flags().StringVar(&opts.Date, "date", "", "督办日期，如 2013-07-15（默认取 gongwen.yaml 中的 date，没有时为北京时间今天）")
	cmd.Flags().StringVar(&opts.Holidays, "holidays", "", "节假日补充文件")
	cmd.Flags().IntVar(&opts.Warn, "warn", 3, "在此工作日数内到期的未完成任务也督办")
	cmd.Flags().IntVar(&opts.Reply, "reply", 3, "回复期限：督办日期后的工作日数")
	cmd.Flags().BoolVar(&opts.Decisions, "decisions", false, "办公室工作组负责的议定事项也列入工作例会议程（单位负责的议定事项总是督办）")
	cmd.Flags().BoolVar(&opts.JSON, "json", false, "以 JSON 输出")
	return cmd
}

type superviseJSON struct {
	Date    string       `json:"date"`
	ReplyBy string       `json:"reply_by"`
	Tasks   int          `json:"tasks"`
	Overdue int          `json:"overdue"`
	AtRisk  int          `json:"at_risk"`
	Letters []letterJSON `json:"letters"`
	// Unowned: tasks with neither 牵头单位 nor 责任单位, no letter.
	Unowned []itemJSON `json:"unowned,omitempty"`
	// Meeting: the office groups' items for the next 工作例会.
	Meeting []string `json:"meeting,omitempty"`
}

type letterJSON struct {
	Unit  string     `json:"unit"`
	Name  string     `json:"name"`
	Items []itemJSON `json:"items"`
}

type itemJSON struct {
	Task    string `json:"task"`
	Title   string `json:"title"`
	Due     string `json:"due"`
	Overdue int    `json:"overdue_workdays"`
	Left    int    `json:"left_workdays"`
	Status  string `json:"status"`
	// Report names the report of a reporting rule the item is
	// (第一季度进展情况); empty for the task's own deadline.
	Report string `json:"report,omitempty"`
}

func runSupervise(opts *superviseOptions) error {
	if opts.Warn < 0 || opts.Warn > 60 {
		return usageError("--warn 应在 0–60 个工作日之间，实际为 %d", opts.Warn)
	}
	if opts.Reply < 1 || opts.Reply > 60 {
		return usageError("--reply 应在 1–60 个工作日之间，实际为 %d", opts.Reply)
	}
	src, err := resolveData(opts.Data)
	if err != nil {
		return err
	}
	date, err := buildDate(opts.Date, src.Date)
	if err != nil {
		return err
	}
	c, err := loadCampaignFor(opts.IO, src.Path)
	if err != nil {
		return err
	}
	cal, err := loadCalendar(opts.Holidays)
	if err != nil {
		return err
	}
	warn := opts.Warn
	if warn == 0 {
		warn = -1 // overdue tasks only (Supervise reads 0 as its default)
	}
	so := meetings.SuperviseOptions{Date: date, Warn: warn, Reply: opts.Reply}
	// The same supervision as build's 督办通知; --decisions adds the office
	// groups' decisions, which only the 工作例会 follows up.
	supervise := meetings.SuperviseWork
	if opts.Decisions {
		supervise = func(c *model.Campaign, cal *cn.Calendar, so meetings.SuperviseOptions) (meetings.Supervision, error) {
			return meetings.Supervise(meetings.WithDecisions(c), cal, so)
		}
	}
	s, err := supervise(c, cal, so)
	if err != nil {
		return badInput(err)
	}
	if opts.JSON {
		out := superviseJSON{Date: date.Format(time.DateOnly), ReplyBy: s.ReplyBy.Format(time.DateOnly),
			Tasks: s.Tasks, Overdue: s.Overdue, AtRisk: s.AtRisk, Letters: []letterJSON{}}
		for _, l := range s.Letters {
			lj := letterJSON{Unit: l.Owner, Name: l.Name}
			for _, it := range l.Items {
				lj.Items = append(lj.Items, itemOf(it))
			}
			out.Letters = append(out.Letters, lj)
		}
		for _, it := range s.Unowned {
			out.Unowned = append(out.Unowned, itemOf(it))
		}
		out.Meeting = s.FollowUps()
		return writeJSON(opts.IO.Out, out)
	}
	for _, l := range s.Letters {
		fmt.Fprintf(opts.IO.Out, "%s（逾期 %d 项，临期 %d 项%s）\n", l.Name, l.Overdue, l.AtRisk, reportCount(l.Items))
		for _, it := range l.Items {
			printSupervised(opts.IO.Out, it)
		}
	}
	if len(s.Unowned) > 0 {
		fmt.Fprintf(opts.IO.Out, "未明确牵头单位或责任单位（%d 项，不发督办通知，请在数据中写明 lead 或 units）\n", len(s.Unowned))
		for _, it := range s.Unowned {
			printSupervised(opts.IO.Out, it)
		}
	}
	fmt.Fprintf(opts.IO.Out, "截至 %s：督办任务 %d 项（逾期 %d、临期 %d），涉及 %d 个单位；回复期限 %s\n",
		cn.Date(date), s.Tasks, s.Overdue, s.AtRisk, len(s.Letters), cn.Date(s.ReplyBy))
	if f := s.FollowUps(); len(f) > 0 {
		// The office's own groups get no 督办通知: their work goes on the
		// next 工作例会's agenda (and stays on the weekly list).
		fmt.Fprintln(opts.IO.Out, "列入下次工作例会议程（办公室工作组，不发督办通知）：")
		for _, l := range f {
			fmt.Fprintln(opts.IO.Out, "  "+l)
		}
	}
	return nil
}

// printSupervised writes one line of the console list, the same for a
// unit's letter and for the tasks no unit owns, so the two cannot drift.
func printSupervised(w io.Writer, it meetings.Item) {
	delay := fmt.Sprintf("剩余%d个工作日", it.Left)
	if it.Late() {
		delay = fmt.Sprintf("逾期%d个工作日", it.Overdue)
	} else if it.Left == 0 {
		delay = "已到期"
	}
	state := string(it.Status)
	if it.Report != nil {
		// A report not made, not the task overdue.
		state = it.Occurrence + "未按时" + it.Report.SendVerb()
		if !it.Late() {
			state = it.Occurrence + "待报送"
		}
	}
	fmt.Fprintf(w, "  %s %s  %s（%s）\n", padCJK(cn.Date(it.Due), 14), padCJK(delay, 16), it.Task.Title, state)
}

// reportCount is 「，其中报送 3 项」 for a letter with reports due, else "".
func reportCount(items []meetings.Item) string {
	n := 0
	var what []string // each rule's subject once (办理方案、责任事项完成情况)
	for _, it := range items {
		if it.Report != nil {
			n++
			if !slices.Contains(what, it.Report.Subject()) {
				what = append(what, it.Report.Subject())
			}
		}
	}
	if n == 0 {
		return ""
	}
	return fmt.Sprintf("，其中报送%s %d 项", strings.Join(what, "、"), n)
}

func itemOf(it meetings.Item) itemJSON {
	j := itemJSON{Task: it.Task.ID, Title: it.Task.Title, Due: it.Due.Format(time.DateOnly),
		Overdue: it.Overdue, Left: it.Left, Status: string(it.Status)}
	if it.Report != nil {
		j.Report = it.Occurrence
	}
	return j
}
