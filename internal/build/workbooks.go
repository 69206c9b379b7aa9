package build

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"gongwen/internal/docdata"
	"gongwen/internal/meetings"
	"gongwen/internal/xlsx"
)

// Kind describes an output kind a manifest may name: a document kind of
// the registry (docdata.Kinds) or one of the workbooks below.
type Kind struct {
	Name  string // the manifest's word
	Label string // what a user calls it
	Desc  string
	Word  bool // a Word document of the registry
	order int
}

// workbookKinds are the manifest's Excel outputs, which are drawn from the
// data (package xlsx) rather than from a Word template; order places them
// among the registry's kinds in the default manifest.
var workbookKinds = []Kind{
	{Name: "division-table", Label: xlsx.Division, Desc: "Excel 责任分工表", order: 90},
	{Name: "matrix", Label: xlsx.Matrix, Desc: "Excel 任务 × 单位责任矩阵", order: 100},
	{Name: "schedule", Label: xlsx.Schedule, Desc: "Excel 按旬甘特图", order: 110},
	{Name: "weekly", Label: xlsx.Weekly, Desc: "Excel 周工作清单（销号制）", order: 120},
	{Name: "signin", Label: "签到表", Desc: "构建日期起 10 个工作日内各次会议的 Excel 签到表", order: 150},
}

// Kinds lists every output kind in the order the default manifest builds them.
func Kinds() []Kind {
	out := slices.Clone(workbookKinds)
	for _, k := range docdata.Kinds() {
		out = append(out, Kind{Name: k.Name, Label: k.Label, Desc: k.Desc, Word: true, order: k.Order()})
	}
	slices.SortStableFunc(out, func(a, b Kind) int { return a.order - b.order })
	return out
}

func (p *planner) workbook(e Entry) ([]Job, error) {
	if e.Kind == "signin" {
		return p.signIns(e)
	}
	var kind string
	for _, k := range workbookKinds {
		if k.Name == e.Kind {
			kind = k.Label
		}
	}
	for _, b := range xlsx.Workbooks() {
		if b.Kind != kind {
			continue
		}
		c, date := p.c, p.date
		if kind == xlsx.Division {
			c = c.AsPrinted() // numbered as the Word 责任分工 prints it
		}
		title := strings.TrimSuffix(b.File, ".xlsx")
		render := func(ctx context.Context, w io.Writer) error { return b.Build(c, date, w) }
		if kind == xlsx.Weekly {
			// The list's overdue counts and its 工作例会 follow the
			// manifest's holidays.
			render = func(ctx context.Context, w io.Writer) error { return xlsx.BuildWeekly(c, p.cal, date, w) }
		}
		if e.Template != "" {
			// An office's own version of a built-in workbook template
			// (exported with gongwen templates export), run on the data
			// the built-in one receives.
			if b.Template == "" {
				return nil, fmt.Errorf("%s 按数据直接绘制，没有可替换的模板；自定义表格请用 gongwen render", kind)
			}
			src, err := os.ReadFile(p.m.Path(e.Template))
			if err != nil {
				return nil, fmt.Errorf("读取模板：%w", err)
			}
			t, err := xlsx.Parse(filepath.Base(e.Template), src, xlsx.Options{Funcs: p.fmap})
			if err != nil {
				return nil, err
			}
			data := b.Data(c, date)
			if kind == xlsx.Weekly {
				data = xlsx.WeeklyData(c, p.cal, date)
			}
			// The context reaches the engine's loops and cell walks: a
			// cancelled build (a dropped /api/build) stops inside a
			// runaway range, not after it.
			render = func(ctx context.Context, w io.Writer) error {
				return t.Execute(w, data, xlsx.ExecOptions{Context: ctx})
			}
		}
		// The meetings' sheets (meetings.go): added to the built-in
		// workbooks as they are built, so each is written once; an
		// office's own workbook is read back to take them.
		switch {
		case kind == xlsx.Weekly && e.Template != "":
			render = withDecisions(c, date, render)
		case kind == xlsx.Schedule && e.Template != "":
			render = withMeetingPlan(c, p.cal, render)
		case kind == xlsx.Weekly:
			cal := p.cal
			render = func(ctx context.Context, w io.Writer) error {
				label, rows := weekDecisions(c, date)
				return xlsx.BuildWeekly(c, cal, date, w, xlsx.DecisionsExtra(c, label, rows))
			}
		case kind == xlsx.Schedule:
			cal := p.cal
			render = func(ctx context.Context, w io.Writer) error {
				rows, err := meetingPlanRows(c, cal)
				if err != nil {
					return err
				}
				return b.BuildWith(c, date, w, xlsx.MeetingPlanExtra(c, c.Year, rows))
			}
		}
		// A workbook of every task of the campaign: among the longest jobs.
		jobs := []Job{{Kind: kind, Title: title, Ext: ".xlsx", Render: render, first: true}}
		if kind == xlsx.Weekly && c.Weekly.Split != "" {
			// Besides the office's combined list, each unit's or group's
			// own (weekly.split), with the decisions it is charged with,
			// which it fills in and returns signed with its name.
			cal := p.cal
			label, decided := weekDecisions(c, date)
			var owners []string
			for _, d := range decided {
				owners = append(owners, d.OwnerID)
			}
			for _, h := range xlsx.WeeklyHolders(c, date, owners) {
				var rows []xlsx.DecisionRow
				for _, d := range decided {
					if d.OwnerID == h.ID {
						rows = append(rows, d)
					}
				}
				jobs = append(jobs, Job{Kind: kind, Title: title + "（" + h.Name + "）", Ext: ".xlsx",
					Render: func(ctx context.Context, w io.Writer) error {
						return xlsx.BuildWeeklyFor(c, cal, date, h, w, xlsx.DecisionsExtra(c, label, rows))
					}})
			}
		}
		return jobs, nil
	}
	return nil, fmt.Errorf("未知的文种“%s”", e.Kind)
}

// signIns is a 签到表 for every meeting from the build date to
// docdata.UpcomingWorkdays working days after it; only restricts to
// meeting ids.
func (p *planner) signIns(e Entry) ([]Job, error) {
	c, cal, date := p.c, p.cal, p.date
	occ, err := meetings.Calendar(c, cal, meetings.Options{})
	if err != nil {
		return nil, err
	}
	horizon, err := cal.AddWorkdays(date, docdata.UpcomingWorkdays)
	if err != nil {
		return nil, err
	}
	// The next 工作例会 takes up the office groups' overdue work.
	routine, err := meetings.NextRoutine(c, cal, date)
	if err != nil {
		return nil, err
	}
	var jobs []Job
	for i := range occ {
		o := &occ[i]
		upcoming := !o.Unscheduled && !o.Date.Before(date) && !o.Date.After(horizon)
		if o.Unscheduled || len(e.Only) > 0 && !slices.Contains(e.Only, o.ID()) || len(e.Only) == 0 && !upcoming {
			continue
		}
		s := signInFor(c, o)
		if routine.Meeting != nil && routine.Meeting.ID() == o.ID() {
			s.Agenda = routine.Agenda()
		}
		jobs = append(jobs, Job{Kind: "签到表", Title: s.Title, Ext: ".xlsx",
			Render: func(ctx context.Context, w io.Writer) error { return xlsx.BuildSignIn(c, s, w) }})
	}
	return jobs, nil
}
