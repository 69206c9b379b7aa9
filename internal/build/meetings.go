package build

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"strings"
	"time"

	"gongwen/internal/cn"
	"gongwen/internal/docdata"
	"gongwen/internal/meetings"
	"gongwen/internal/model"
	"gongwen/internal/period"
	"gongwen/internal/xlsx"
)

// signInFor is the 签到表 of a meeting: its name, day and time, place and
// the expected units.
func signInFor(c *model.Campaign, o *meetings.Occurrence) xlsx.SignIn {
	when := docdata.Date(o.Date) + "（" + cn.Weekday(o.Date) + "）"
	if o.Time != "" {
		when += o.Time
	}
	s := xlsx.SignIn{Title: o.Name + "签到表（" + docdata.Date(o.Date) + "）", When: when, Place: o.Place}
	for _, id := range o.Attendees {
		s.Units = append(s.Units, c.OwnerName(id))
	}
	return s
}

// withDecisions adds to the weekly list the meetings' decisions (with an
// owner and a deadline) that the build date's week carries
// (meetings.Running: running, finished in the week, or overdue and open),
// on a sheet of their own with their status, completion date and notes and
// a hidden key, which gongwen import writes back into the decisions. render
// is an office's own template: its workbook is read back to add the sheet
// (the built-in one takes weekDecisions as it is built).
func withDecisions(c *model.Campaign, date time.Time, render func(context.Context, io.Writer) error) func(context.Context, io.Writer) error {
	return func(ctx context.Context, w io.Writer) error {
		var buf bytes.Buffer
		if err := render(ctx, &buf); err != nil {
			return err
		}
		label, rows := weekDecisions(c, date)
		out, err := xlsx.AddDecisions(c, buf.Bytes(), label, rows)
		if err != nil {
			return err
		}
		_, err = w.Write(out)
		return err
	}
}

// weekDecisions is the label of the build date's week and the decisions
// it carries (see withDecisions).
func weekDecisions(c *model.Campaign, date time.Time) (string, []xlsx.DecisionRow) {
	wk := period.WeekOf(date)
	var rows []xlsx.DecisionRow
	for _, d := range meetings.Running(c, wk.Start, wk.End) {
		rows = append(rows, xlsx.DecisionRow{Key: d.Task.ID, Text: d.Decision.Text, Owner: c.OwnerName(d.Decision.Owner), OwnerID: d.Decision.Owner,
			Due: docdata.Date(d.Task.Period.End), Meeting: d.Meeting.Name + "（" + docdata.Date(d.Meeting.Date) + "）",
			Status: d.Decision.State(), DoneOn: d.Decision.DoneOn, Notes: d.Decision.Notes, Overdue: d.Overdue})
	}
	label := fmt.Sprintf("%d年%s（%d月%d日—%d月%d日）", wk.Year, wk, int(wk.Start.Month()), wk.Start.Day(), int(wk.End.Month()), wk.End.Day())
	return label, rows
}

// withMeetingPlan adds to the 推进计划 a sheet with the year's meetings over
// the same 旬 as its chart; render is an office's own template, as for
// withDecisions.
func withMeetingPlan(c *model.Campaign, cal *cn.Calendar, render func(context.Context, io.Writer) error) func(context.Context, io.Writer) error {
	return func(ctx context.Context, w io.Writer) error {
		var buf bytes.Buffer
		if err := render(ctx, &buf); err != nil {
			return err
		}
		rows, err := meetingPlanRows(c, cal)
		if err != nil {
			return err
		}
		out, err := xlsx.AddMeetingPlan(c, buf.Bytes(), c.Year, rows)
		if err != nil {
			return err
		}
		_, err = w.Write(out)
		return err
	}
}

// meetingPlanRows is the year's meetings by 旬 (see withMeetingPlan).
func meetingPlanRows(c *model.Campaign, cal *cn.Calendar) ([]xlsx.MeetingPlanRow, error) {
	occ, err := meetings.Calendar(c, cal, meetings.Options{})
	if err != nil {
		return nil, err
	}
	var rows []xlsx.MeetingPlanRow
	for _, r := range meetings.PlanRows(c, occ, c.Year) {
		row := xlsx.MeetingPlanRow{Name: r.Name, Every: r.Every, Held: r.Held}
		for x, days := range r.Days {
			if len(days) == 0 {
				continue
			}
			parts := make([]string, len(days))
			for i, d := range days {
				parts[i] = fmt.Sprint(d)
			}
			row.Days[x] = strings.Join(parts, "、") + "日"
		}
		rows = append(rows, row)
	}
	return rows, nil
}
