package docdata

import (
	"fmt"
	"io"
	"slices"
	"time"

	"gongwen/internal/cn"
	"gongwen/internal/meetings"
	"gongwen/internal/model"
	"gongwen/internal/period"
	"gongwen/internal/xlsx"
)

// UpcomingWorkdays is how far ahead of the build date meetings get their
// notice (and, in package build, their sign-in sheet).
const UpcomingWorkdays = 10

// MeetingNotice is the 会议通知: the data's notices of meetings, and a
// notice for every meeting of a fixed rule (not weekly) due within
// UpcomingWorkdays working days after the build date; each is sent with
// its 参会回执 workbook.
var MeetingNotice = register(&Kind{
	Name: "meeting-notice", Label: "会议通知", Data: model.MeetingNotice, Template: "huiyi_tongzhi.docx",
	Desc: "会议通知：会议时间、地点、参会人员、议程、有关要求、联系人，附参会回执表",
	plan: planMeetingNotices,
	doc: func(k *Kind, e *Env, d *model.Document) (Doc, error) {
		docs, err := planMeetingNotices(k, e, []string{d.ID})
		if err != nil {
			return Doc{}, err
		}
		if len(docs) == 0 {
			return Doc{}, fmt.Errorf("文件“%s”（%s）没有对应的会议", d.ID, d.Kind)
		}
		return docs[0], nil
	},
}, 130, (*MeetingNoticeView)(nil))

// MeetingNoticeView is what a meeting notice's template receives: a
// notice with the 参会回执 as its last attachment.
type MeetingNoticeView struct {
	NoticeView
	Receipt []Receipt      // 参会回执，零或一个元素
	Meeting []MeetingFacts // 数据没有写章节时会议的情况（正文由模板写），零或一个元素
}

// ForMeetingNotice builds a 会议通知 for a meeting. doc is the notice as the
// data writes it, or nil to generate one; occ is the meeting from the
// calendar, or nil when the notice names a meeting the calendar does not
// know. A generated notice (or one without sections) has the sections 会议
// 时间, 会议地点, 参会人员, 会议议程, 有关要求 (the 回执 and what to
// prepare) and 联系人及电话; every notice gets the 回执 as its last
// attachment. cal computes the reply deadline: two working days before the
// meeting, not before the notice's date.
func ForMeetingNotice(c *model.Campaign, doc *model.Document, occ *meetings.Occurrence, cal *cn.Calendar, date time.Time, opts Options) (*MeetingNoticeView, error) {
	m, err := forMeetingNotice(c, doc, occ, cal, date, opts)
	if err != nil {
		return nil, err
	}
	return &MeetingNoticeView{NoticeView: *m.notice(), Receipt: m.Receipt, Meeting: m.Meeting}, nil
}

func planMeetingNotices(k *Kind, e *Env, only []string) ([]Doc, error) {
	c, cal, date := e.Campaign, e.calendar(), e.Date
	occ, err := meetings.Calendar(c, cal, meetings.Options{})
	if err != nil {
		return nil, err
	}
	horizon, err := cal.AddWorkdays(date, UpcomingWorkdays)
	if err != nil {
		return nil, err
	}
	want := wanted(only)
	var out []Doc
	add := func(v *MeetingNoticeView, o *meetings.Occurrence, meetingID string) {
		r := receiptFor(c, v, o, meetingID)
		out = append(out, Doc{Title: titled(v.Title, k.Label), View: v, Unfilled: v.unfilled, Notes: v.hints, Sheets: []Sheet{{Kind: "参会回执", Title: r.Title,
			Write: func(w io.Writer) error { return xlsx.BuildReceipt(c, r, w) }}}})
	}
	covered := map[string]bool{}
	for _, d := range docsOf(c, k.Data, nil) {
		o := meetings.Find(occ, d.Meeting)
		if o != nil {
			covered[o.ID()] = true
		}
		if !want(d.ID, d.Meeting) {
			continue
		}
		v, err := ForMeetingNotice(c, d, o, cal, date, e.Options)
		if err != nil {
			return nil, fmt.Errorf("文件 %s：%w", d.ID, err)
		}
		add(v, o, d.Meeting)
	}
	for i := range occ {
		o := &occ[i]
		weekly := o.Cadence != nil && isWeekly(o.Cadence.Every)
		if covered[o.ID()] || o.HeldBy(date) || o.Cadence == nil {
			continue
		}
		upcoming := !o.Unscheduled && !o.Date.Before(date) && !o.Date.After(horizon)
		if len(only) > 0 && !want(o.ID()) || len(only) == 0 && (weekly || !upcoming) {
			continue
		}
		v, err := ForMeetingNotice(c, nil, o, cal, date, e.Options)
		if err != nil {
			return nil, fmt.Errorf("会议 %s：%w", o.ID(), err)
		}
		add(v, o, o.ID())
	}
	return out, nil
}

// wanted reports whether any of ids is in only; everything is wanted when
// only is empty.
func wanted(only []string) func(ids ...string) bool {
	return func(ids ...string) bool {
		if len(only) == 0 {
			return true
		}
		for _, id := range ids {
			if id != "" && slices.Contains(only, id) {
				return true
			}
		}
		return false
	}
}

func isWeekly(every string) bool {
	cd, err := period.ParseCadence(every)
	return err == nil && cd.Every == period.Weekly
}

// receiptFor is the 参会回执 workbook of a meeting notice.
func receiptFor(c *model.Campaign, v *MeetingNoticeView, o *meetings.Occurrence, meetingID string) xlsx.ReceiptForm {
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
