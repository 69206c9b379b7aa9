package build

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"gongwen/internal/cn"
	"gongwen/internal/docdata"
	"gongwen/internal/docx"
	"gongwen/internal/meetings"
	"gongwen/internal/model"
	"gongwen/internal/period"
	"gongwen/internal/xlsx"
)

// upcomingWorkdays is how far ahead of the build date meetings get their
// notice and sign-in sheet.
const upcomingWorkdays = 10

// meetingJobs plans the meeting and supervision outputs:
//   - meeting-notice: the data's 会议通知, and a notice for every meeting
//     of a fixed rule (not weekly) due within upcomingWorkdays working days
//     after the build date; each with its 参会回执 workbook;
//   - minutes: the data's 会议纪要 of meetings held by the build date, and
//     minutes for every such meeting that has decisions and no 纪要 in
//     the data;
//   - signin: a 签到表 for every meeting from the build date to
//     upcomingWorkdays working days after it;
//   - supervision: a 督办通知 and a 督办事项回复表 per lead unit with tasks
//     overdue or due within three working days; the meetings' decisions
//     owned by a unit count as its tasks (meetings.WithUnitDecisions), so
//     an open decision past its due date is supervised like a task, and a
//     finished one (status 已完成/已销号) is not; decisions owned by an
//     office group stay with the office's weekly meeting;
//   - supervision-summary: the one-page 督办情况汇总.
//
// only restricts to document ids, meeting ids (lh-2013-07-22, bgs-2) or,
// for supervision, unit ids.
func (p *planner) meetingJobs(e Entry) ([]Job, error) {
	c, cal, date := p.c, p.cal, p.date
	occ, err := meetings.Calendar(c, cal, meetings.Options{})
	if err != nil {
		return nil, err
	}
	horizon, err := cal.AddWorkdays(date, upcomingWorkdays)
	if err != nil {
		return nil, err
	}
	want := func(ids ...string) bool {
		if len(e.Only) == 0 {
			return true
		}
		for _, id := range ids {
			if id != "" && slices.Contains(e.Only, id) {
				return true
			}
		}
		return false
	}
	upcoming := func(o *meetings.Occurrence) bool {
		return !o.Unscheduled && !o.Date.Before(date) && !o.Date.After(horizon)
	}
	opts := docdata.Options{}
	var jobs []Job
	switch e.Kind {
	case "meeting-notice":
		covered := map[string]bool{}
		for _, d := range p.docs(model.MeetingNotice, nil) {
			o := meetings.Find(occ, d.Meeting)
			if o != nil {
				covered[o.ID()] = true
			}
			if !want(d.ID, d.Meeting) {
				continue
			}
			v, err := docdata.ForMeetingNotice(c, d, o, cal, date, opts)
			if err != nil {
				return nil, fmt.Errorf("文件 %s：%w", d.ID, err)
			}
			js, err := p.noticeJobs(e, v, o, d.Meeting)
			if err != nil {
				return nil, err
			}
			jobs = append(jobs, js...)
		}
		for i := range occ {
			o := &occ[i]
			weekly := o.Cadence != nil && isWeekly(o.Cadence.Every)
			if covered[o.ID()] || o.HeldBy(date) || o.Cadence == nil {
				continue
			}
			if len(e.Only) > 0 && !want(o.ID()) || len(e.Only) == 0 && (weekly || !upcoming(o)) {
				continue
			}
			v, err := docdata.ForMeetingNotice(c, nil, o, cal, date, opts)
			if err != nil {
				return nil, fmt.Errorf("会议 %s：%w", o.ID(), err)
			}
			js, err := p.noticeJobs(e, v, o, o.ID())
			if err != nil {
				return nil, err
			}
			jobs = append(jobs, js...)
		}
	case "minutes":
		covered := map[string]bool{}
		for _, d := range p.docs(model.Minutes, nil) {
			covered[d.Meeting] = true
			if !want(d.ID, d.Meeting) {
				continue
			}
			// Minutes exist once the meeting is held: by the build date,
			// unless asked for by id.
			if m := minutesMeeting(c, d); len(e.Only) == 0 && m != nil && m.Date.After(date) {
				continue
			}
			v, err := docdata.ForMinutes(c, d, nil, date, opts)
			if err != nil {
				return nil, fmt.Errorf("文件 %s：%w", d.ID, err)
			}
			j, err := p.viewJob(e, model.Minutes, docdata.MinutesTemplate, v.Title, v)
			if err != nil {
				return nil, err
			}
			jobs = append(jobs, j)
		}
		for i := range c.Meetings {
			m := &c.Meetings[i]
			if covered[m.ID] || covered[m.Name] || len(m.Decisions) == 0 || m.Date.After(date) || !want(m.ID) {
				continue
			}
			v, err := docdata.ForMinutes(c, nil, m, date, opts)
			if err != nil {
				return nil, fmt.Errorf("会议 %s：%w", m.ID, err)
			}
			j, err := p.viewJob(e, model.Minutes, docdata.MinutesTemplate, v.Title, v)
			if err != nil {
				return nil, err
			}
			jobs = append(jobs, j)
		}
	case "signin":
		for i := range occ {
			o := &occ[i]
			if o.Unscheduled || len(e.Only) > 0 && !want(o.ID()) || len(e.Only) == 0 && !upcoming(o) {
				continue
			}
			s := signInFor(c, o)
			jobs = append(jobs, Job{Kind: "签到表", Title: s.Title, Ext: ".xlsx",
				Render: func(ctx context.Context, w io.Writer) error { return xlsx.BuildSignIn(c, s, w) }})
		}
	case "supervision", "supervision-summary":
		s, err := meetings.Supervise(meetings.WithUnitDecisions(c), cal, meetings.SuperviseOptions{Date: date})
		if err != nil {
			return nil, err
		}
		if e.Kind == "supervision-summary" {
			v := docdata.ForSupervisionSummary(c, s, opts)
			j, err := p.viewJob(e, model.Supervision, docdata.SupervisionSummaryTemplate, v.Title, v)
			if err != nil {
				return nil, err
			}
			j.Kind = "督办情况汇总"
			return []Job{j}, nil
		}
		for _, l := range s.Letters {
			if !want(l.Owner) {
				continue
			}
			v, err := docdata.ForSupervision(c, s, l, opts)
			if err != nil {
				return nil, err
			}
			j, err := p.viewJob(e, model.Supervision, docdata.SupervisionTemplate, v.Title, v)
			if err != nil {
				return nil, err
			}
			r := replyFor(c, s, l)
			jobs = append(jobs, j, Job{Kind: "督办事项回复表", Title: r.Title, Ext: ".xlsx",
				Render: func(ctx context.Context, w io.Writer) error { return xlsx.BuildSupervisionReply(c, r, w) }})
		}
	}
	return jobs, nil
}

// minutesMeeting is the held meeting a 纪要 document names by id or name.
func minutesMeeting(c *model.Campaign, d *model.Document) *model.Meeting {
	if m := c.MeetingByID(d.Meeting); m != nil {
		return m
	}
	for i := range c.Meetings {
		if c.Meetings[i].Name == d.Meeting {
			return &c.Meetings[i]
		}
	}
	return nil
}

func isWeekly(every string) bool {
	cd, err := period.ParseCadence(every)
	return err == nil && cd.Every == period.Weekly
}

// noticeJobs is a meeting notice and its 参会回执 workbook.
func (p *planner) noticeJobs(e Entry, v *docdata.MeetingView, o *meetings.Occurrence, meetingID string) ([]Job, error) {
	j, err := p.viewJob(e, model.MeetingNotice, docdata.MeetingNoticeTemplate, v.Title, v)
	if err != nil {
		return nil, err
	}
	c := p.c
	r := receiptFor(c, v, o, meetingID)
	return []Job{j, {Kind: "参会回执", Title: r.Title, Ext: ".xlsx",
		Render: func(ctx context.Context, w io.Writer) error { return xlsx.BuildReceipt(c, r, w) }}}, nil
}

// viewJob renders a meeting view with its built-in template (or the
// entry's own).
func (p *planner) viewJob(e Entry, kind model.DocumentKind, tplName, title string, v any) (Job, error) {
	t, err := p.template(e.Template, tplName)
	if err != nil {
		return Job{}, err
	}
	if title == "" {
		title = string(kind)
	}
	return Job{Kind: string(kind), Title: title, Ext: ".docx",
		Render: func(ctx context.Context, w io.Writer) error {
			return t.Execute(w, v, docx.ExecOptions{Context: ctx})
		}}, nil
}

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

// receiptFor is the 参会回执 workbook of a meeting notice.
func receiptFor(c *model.Campaign, v *docdata.MeetingView, o *meetings.Occurrence, meetingID string) xlsx.ReceiptForm {
	r := xlsx.ReceiptForm{MeetingID: meetingID}
	if o != nil {
		r.MeetingID = o.ID()
		r.Title = o.Name + "参会回执"
		for _, id := range o.Attendees {
			r.Units = append(r.Units, c.OwnerName(id))
		}
	} else {
		r.Title = meetingID + "参会回执"
	}
	if len(v.Receipt) > 0 {
		r.Note = v.Receipt[0].Note
	}
	return r
}

// replyFor is the 督办事项回复表 sent with a unit's 督办通知.
func replyFor(c *model.Campaign, s meetings.Supervision, l meetings.Letter) xlsx.SupervisionReply {
	r := xlsx.SupervisionReply{Title: "督办事项回复表（" + l.Name + "）",
		Note: "请于" + docdata.Date(s.ReplyBy) + "前填写状态、完成日期和进展情况（完成情况、未完成原因、整改措施和预计完成时间），报领导小组办公室。"}
	if ct := c.Profile.Contact; ct.Name != "" || ct.Phone != "" {
		r.Contact = "联系人：" + ct.Name + "，电话：" + ct.Phone
	}
	for _, it := range l.Items {
		delay := fmt.Sprintf("剩余%d个工作日", it.Left)
		switch {
		case it.Late():
			delay = fmt.Sprintf("逾期%d个工作日", it.Overdue)
		case it.Left == 0:
			delay = "已到期"
		}
		title := it.Task.Title
		if title == "" {
			title = it.Task.Text
		}
		r.Tasks = append(r.Tasks, xlsx.ReplyTask{ID: it.Task.ID, Task: title, Due: docdata.Date(it.Due), Delay: delay, Status: it.Status})
	}
	return r
}

// withDecisions adds to the weekly list the meetings' decisions (with an
// owner and a deadline) that the build date's week carries
// (meetings.Running: running, finished in the week, or overdue and open),
// on a sheet of their own with their status, completion date and notes and
// a hidden key, which gongwen import writes back into the decisions.
func withDecisions(c *model.Campaign, date time.Time, render func(context.Context, io.Writer) error) func(context.Context, io.Writer) error {
	return func(ctx context.Context, w io.Writer) error {
		var buf bytes.Buffer
		if err := render(ctx, &buf); err != nil {
			return err
		}
		wk := period.WeekOf(date)
		var rows []xlsx.DecisionRow
		for _, d := range meetings.Running(c, wk.Start, wk.End) {
			rows = append(rows, xlsx.DecisionRow{Key: d.Task.ID, Text: d.Decision.Text, Owner: c.OwnerName(d.Decision.Owner),
				Due: docdata.Date(d.Task.Period.End), Meeting: d.Meeting.Name + "（" + docdata.Date(d.Meeting.Date) + "）",
				Status: d.Decision.State(), DoneOn: d.Decision.DoneOn, Notes: d.Decision.Notes, Overdue: d.Overdue})
		}
		label := fmt.Sprintf("%d年%s（%d月%d日—%d月%d日）", wk.Year, wk, int(wk.Start.Month()), wk.Start.Day(), int(wk.End.Month()), wk.End.Day())
		out, err := xlsx.AddDecisions(c, buf.Bytes(), label, rows)
		if err != nil {
			return err
		}
		_, err = w.Write(out)
		return err
	}
}

// withMeetingPlan adds to the 推进计划 a sheet with the year's meetings over
// the same 旬 as its chart.
func withMeetingPlan(c *model.Campaign, cal *cn.Calendar, render func(context.Context, io.Writer) error) func(context.Context, io.Writer) error {
	return func(ctx context.Context, w io.Writer) error {
		var buf bytes.Buffer
		if err := render(ctx, &buf); err != nil {
			return err
		}
		occ, err := meetings.Calendar(c, cal, meetings.Options{})
		if err != nil {
			return err
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
		out, err := xlsx.AddMeetingPlan(c, buf.Bytes(), c.Year, rows)
		if err != nil {
			return err
		}
		_, err = w.Write(out)
		return err
	}
}
