package cli

import (
	"fmt"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"gongwen/internal/cn"
	"gongwen/internal/meetings"
	"gongwen/internal/model"
)

func init() { register(newCmdMeetings) }

type meetingsOptions struct {
	IO        *IOStreams
	Data      string
	From, To  string // YYYY-MM-DD, empty: the campaign's span
	Date      string // as-of day for the status; empty: today
	Holidays  string // extra holiday file
	JSON      bool
	Decisions bool
}

func newCmdMeetings(ios *IOStreams) *cobra.Command {
	opts := &meetingsOptions{IO: ios}
	cmd := &cobra.Command{
		Use:   "meetings",
		Short: "列出全年会议安排：按会议制度排定的日期（避开节假日）与已召开的会议",
		Long: `把数据中的会议制度（cadences：每周、每季度、每半年、指定月份、适时）展开为活动年度内的会议日期，
只排在工作日（法定节假日和调休按国务院安排），并与已召开的会议（meetings）对应：
已召开的会议显示实际日期和议定事项。

排期规则：每周例会排在制度规定的星期（未规定为星期一）；每月、每季度、每半年、每年的会议排在
该时段最后一个月 20 日所在的那一周；指定月份的会议排在该月 15 日所在的那一周；遇节假日顺延到
同一时段内的下一个工作日（每周例会不出本周，整周放假则本周不开）。适时、即时召开的会议列在最后，不排日期。

--decisions 列出会议议定事项中有责任单位和完成时限的各项（作为任务跟踪）。`,
		Example: `  gongwen meetings
  gongwen meetings --from 2013-09-01 --to 2013-10-31
  gongwen meetings --json --date 2013-07-15
  gongwen meetings --decisions`,
		Args: exactArgs(0),
		RunE: func(cmd *cobra.Command, args []string) error { return runMeetings(opts) },
	}
	cmd.Flags().StringVar(&opts.Data, "data", "", "活动数据文件（"+dataHelp+"）")
	cmd.Flags().StringVar(&opts.From, "from", "", "起始日期，如 2013-09-01（默认活动开始）")
	cmd.Flags().StringVar(&opts.To, "to", "", "截止日期，如 2013-10-31（默认活动结束）")
	cmd.Flags().StringVar(&opts.Date, "date", "", "按此日期判断是否已召开（默认取 gongwen.yaml 中的 date，没有时为北京时间今天）")
	cmd.Flags().StringVar(&opts.Holidays, "holidays", "", "节假日补充文件（内置数据未覆盖的年份或地方安排）")
	cmd.Flags().BoolVar(&opts.JSON, "json", false, "以 JSON 输出")
	cmd.Flags().BoolVar(&opts.Decisions, "decisions", false, "列出会议议定事项形成的任务")
	return cmd
}

// meetingJSON is one line of `gongwen meetings --json`.
type meetingJSON struct {
	ID          string         `json:"id"`
	Name        string         `json:"name"`
	Cadence     string         `json:"cadence,omitempty"`
	Every       string         `json:"every,omitempty"`
	Date        string         `json:"date,omitempty"`
	Weekday     string         `json:"weekday,omitempty"`
	Time        string         `json:"time,omitempty"`
	Window      string         `json:"window,omitempty"`
	Planned     string         `json:"planned,omitempty"`
	Moved       string         `json:"moved_for,omitempty"`
	Status      string         `json:"status"`
	Place       string         `json:"place,omitempty"`
	Organiser   string         `json:"organiser,omitempty"`
	Attendees   []string       `json:"attendees"`
	Agenda      []string       `json:"agenda"`
	Decisions   []decisionJSON `json:"decisions"`
	Unscheduled bool           `json:"unscheduled,omitempty"`
}

type decisionJSON struct {
	Task  string `json:"task,omitempty"` // the task id it becomes, when it has owner and due
	Text  string `json:"text"`
	Owner string `json:"owner,omitempty"`
	Due   string `json:"due,omitempty"`
	// Status is 未启动 when the data gives none; DoneOn its completion.
	Status string `json:"status"`
	DoneOn string `json:"done_on,omitempty"`
	Notes  string `json:"notes,omitempty"`
}

func parseDay(flag, value string) (time.Time, error) {
	if value == "" {
		return time.Time{}, nil
	}
	d, err := cn.ParseDate(value)
	if err != nil {
		return time.Time{}, usageError("%s：%v", flag, err)
	}
	return d, nil
}

func runMeetings(opts *meetingsOptions) error {
	from, err := parseDay("--from", opts.From)
	if err != nil {
		return err
	}
	to, err := parseDay("--to", opts.To)
	if err != nil {
		return err
	}
	if !from.IsZero() && !to.IsZero() && to.Before(from) {
		return usageError("--to（%s）早于 --from（%s）", opts.To, opts.From)
	}
	data, err := resolveData(opts.Data)
	if err != nil {
		return err
	}
	asOf, err := buildDate(opts.Date, data.Date)
	if err != nil {
		return err
	}
	c, err := loadCampaignFor(opts.IO, data.Path)
	if err != nil {
		return err
	}
	cal, err := loadCalendar(opts.Holidays)
	if err != nil {
		return err
	}
	if opts.Decisions {
		return printDecisions(opts, c, asOf)
	}
	// Planned meetings are expanded over the whole campaign, then cut to
	// --from/--to, so a held meeting matches its window even at the edge.
	occ, err := meetings.Calendar(c, cal, meetings.Options{})
	if err != nil {
		return badInput(fmt.Errorf("%s：%w", opts.Data, err))
	}
	occ = meetings.Between(occ, from, to, opts.From == "" && opts.To == "")
	if opts.JSON {
		out := make([]meetingJSON, 0, len(occ))
		for i := range occ {
			out = append(out, occJSON(c, &occ[i], asOf))
		}
		return writeJSON(opts.IO.Out, out)
	}
	held := 0
	for i := range occ {
		o := &occ[i]
		if o.HeldBy(asOf) {
			held++
		}
		day := padCJK("（适时）", 20)
		if !o.Unscheduled {
			// The weekday in a column of its own: 2月4日 is shorter than 12月16日.
			day = padCJK(padCJK(cn.Date(o.Date), 15)+cn.Weekday(o.Date)[len("星期"):], 20)
		}
		line := day + padCJK(o.Status(asOf), 8) + o.Name
		var notes []string
		// A held meeting's own name may say its window already: do not
		// say it twice. A week's window is the line's own date.
		if o.Window.Text != "" && !strings.Contains(o.Name, o.Window.Text) && o.Window.Days() > 7 {
			notes = append(notes, o.Window.Text)
		}
		if o.Moved != "" {
			notes = append(notes, "遇"+o.Moved+"顺延")
		}
		if o.Place != "" {
			notes = append(notes, o.Place)
		}
		if o.Meeting != nil && len(o.Meeting.Decisions) > 0 {
			notes = append(notes, fmt.Sprintf("议定事项 %d 项", len(o.Meeting.Decisions)))
		}
		switch {
		case len(notes) == 0:
		case strings.HasSuffix(line, "）"):
			// 会议（第二季度，领导小组办公室会议室）: one pair of
			// brackets, not 会议（第二季度）（…）.
			line = strings.TrimSuffix(line, "）") + "，" + strings.Join(notes, "，") + "）"
		default:
			line += "（" + strings.Join(notes, "，") + "）"
		}
		fmt.Fprintln(opts.IO.Out, line)
	}
	fmt.Fprintf(opts.IO.Out, "共 %d 次会议，截至 %s 已召开 %d 次\n", len(occ), cn.Date(asOf), held)
	return nil
}

func occJSON(c *model.Campaign, o *meetings.Occurrence, asOf time.Time) meetingJSON {
	j := meetingJSON{ID: o.ID(), Name: o.Name, Time: o.Time, Window: o.Window.Text, Moved: o.Moved,
		Status: o.Status(asOf), Place: o.Place, Organiser: o.Organiser, Unscheduled: o.Unscheduled,
		Attendees: []string{}, Agenda: []string{}, Decisions: []decisionJSON{}}
	if o.Cadence != nil {
		j.Cadence, j.Every = o.Cadence.ID, o.Cadence.Every
	}
	if !o.Unscheduled {
		j.Date, j.Weekday = o.Date.Format(time.DateOnly), cn.Weekday(o.Date)
	}
	if !o.Planned.IsZero() && !o.Planned.Equal(o.Date) {
		j.Planned = o.Planned.Format(time.DateOnly)
	}
	for _, id := range o.Attendees {
		j.Attendees = append(j.Attendees, c.OwnerName(id))
	}
	j.Agenda = append(j.Agenda, o.Agenda...)
	if o.Meeting != nil {
		for i, d := range o.Meeting.Decisions {
			dj := decisionJSON{Text: d.Text, Status: string(d.State()), Notes: d.Notes}
			if d.DoneOn != nil {
				dj.DoneOn = d.DoneOn.Format(time.DateOnly)
			}
			if d.Owner != "" {
				dj.Owner = c.OwnerName(d.Owner)
			}
			if d.Due != nil {
				dj.Due = d.Due.Format(time.DateOnly)
				if d.Owner != "" {
					dj.Task = meetings.DecisionTaskID(o.Meeting.ID, i)
				}
			}
			j.Decisions = append(j.Decisions, dj)
		}
	}
	return j
}

func printDecisions(opts *meetingsOptions, c *model.Campaign, asOf time.Time) error {
	tasks := meetings.DecisionTasks(c)
	if opts.JSON {
		type taskJSON struct {
			ID, Title, Owner, From, Due, Status, DoneOn, Notes string
		}
		out := []taskJSON{}
		for _, t := range tasks {
			owner := t.Group
			if len(t.Lead) > 0 {
				owner = t.Lead[0]
			}
			done := ""
			if t.DoneOn != nil {
				done = t.DoneOn.Format(time.DateOnly)
			}
			out = append(out, taskJSON{t.ID, t.Title, c.OwnerName(owner), t.Period.Start.Format(time.DateOnly),
				t.Period.End.Format(time.DateOnly), string(t.Status), done, t.Notes})
		}
		return writeJSON(opts.IO.Out, out)
	}
	for _, t := range tasks {
		owner := t.Group
		if len(t.Lead) > 0 {
			owner = t.Lead[0]
		}
		state := string(t.Status)
		if t.DoneOn != nil {
			state += " " + cn.Date(*t.DoneOn)
		}
		fmt.Fprintf(opts.IO.Out, "%s %s %s %s：%s（%s）\n", padCJK(t.ID, 14), padCJK(cn.Date(t.Period.End), 14),
			padCJK(state, 22), c.OwnerName(owner), t.Title, t.Notes)
	}
	open, late := 0, 0
	for _, t := range tasks {
		if !t.Status.Finished() {
			open++
			if t.OverdueAt(asOf) {
				late++
			}
		}
	}
	fmt.Fprintf(opts.IO.Out, "共 %d 项议定事项有责任单位和完成时限：已完成 %d 项，未完成 %d 项（截至 %s 逾期 %d 项）\n",
		len(tasks), len(tasks)-open, open, cn.Date(asOf), late)
	return nil
}
