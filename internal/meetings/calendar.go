// Package meetings turns the campaign's meeting rules (会议制度) and the
// meetings already held into a dated calendar, and derives from it and from
// the task ledger the 综合组's organising and follow-up paperwork: the
// occurrences a 会议通知, 签到表 and 会议纪要 are written for, the tasks the
// minutes' decisions create, and the 督办 (supervision) of overdue and
// at-risk tasks counted in working days.
//
// Everything here is computed from a *model.Campaign and a *cn.Calendar;
// nothing is stored, nothing does I/O, and the same inputs always give the
// same output. The functions are safe for concurrent use as long as the
// campaign is not modified meanwhile.
package meetings

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"gongwen/internal/cn"
	"gongwen/internal/model"
	"gongwen/internal/period"
)

// Occurrence is one meeting of the calendar: a due meeting of a cadence, a
// held meeting (with its minutes data) or both, matched.
type Occurrence struct {
	// Cadence is the rule the meeting follows; nil for a meeting held
	// outside any rule.
	Cadence *model.Cadence
	Name    string
	// Window is when the rule wants the meeting: 第12周, 第一季度, 上半年,
	// 5月; empty for an unscheduled (适时/即时) or unmatched held meeting.
	Window period.Period
	// Date is the day of the meeting (zero when Unscheduled): the held
	// meeting's date, or the planned day on a working day.
	Date time.Time
	// Planned is the day the rule gives, before a held meeting replaced
	// it (zero for held meetings outside any window).
	Planned time.Time
	// Moved names the holiday the planned day was moved for ("春节"), or
	// is empty.
	Moved string
	// Unscheduled marks a 适时/即时 rule: it is listed, with no date.
	Unscheduled bool
	Time        string
	Place       string
	Organiser   string   // office group id
	Attendees   []string // unit or group ids (or names)
	Agenda      []string
	// Meeting is the held meeting with its minutes data, or nil.
	Meeting *model.Meeting
}

// Held reports whether the occurrence is recorded in the data's meetings
// (held, or fixed ahead: a returned 参会回执 records a coming meeting).
func (o *Occurrence) Held() bool { return o.Meeting != nil }

// HeldBy reports whether the meeting is recorded and its day is not after
// the day of asOf.
func (o *Occurrence) HeldBy(asOf time.Time) bool {
	return o.Meeting != nil && !o.Date.After(period.Day(asOf))
}

// Status is 已召开, 已登记 (recorded ahead), 未召开 (past and not
// recorded), 待召开, or the frequency (适时, 即时) of an unscheduled rule,
// as of the day of asOf.
func (o *Occurrence) Status(asOf time.Time) string {
	switch {
	case o.HeldBy(asOf):
		return "已召开"
	case o.Held():
		return "已登记"
	case o.Unscheduled:
		if o.Cadence != nil {
			return o.Cadence.Every
		}
		return "适时"
	case o.Date.Before(period.Day(asOf)):
		return "未召开"
	}
	return "待召开"
}

// ID names the occurrence for --only, file names and messages: the held
// meeting's id, or the cadence id and the planned date (lh-2013-03-04), or
// the cadence id alone for an unscheduled rule.
func (o *Occurrence) ID() string {
	switch {
	case o.Meeting != nil:
		return o.Meeting.ID
	case o.Cadence == nil:
		return ""
	case o.Unscheduled:
		return o.Cadence.ID
	}
	return o.Cadence.ID + "-" + o.Date.Format(time.DateOnly)
}

// Options bound the calendar.
type Options struct {
	// From and To bound the planned meetings (inclusive). Zero values
	// mean the campaign's span: from the start of its first phase to the
	// end of its last, within the campaign year (the whole year when it
	// has no phases). Held meetings are always listed.
	From, To time.Time
}

// Calendar expands the campaign's cadences into dated occurrences on
// working days and merges the meetings already held, sorted by date
// (unscheduled rules last, in data order).
//
// The rules: 每周 on the cadence's weekday (Monday when unset); 每旬 on the
// first working day of the 旬; 每月, 每季度, 每半年 and 每年 in the week
// holding the 20th of the window's last month (late enough to review it,
// early enough to act before it ends); named months (months: [5, 9], or a
// period text such as 6月份) in the week holding the 15th. A planned day
// that is not a working day moves to the next working day of its window
// (a weekly meeting stays in its week; a week without one has no meeting). 适时 and 即时 are listed
// without a date. A held meeting replaces the planned one of its cadence
// whose window holds its date; one that matches none is listed as well.
//
// The error names the first cadence whose frequency cannot be read, or a
// year the holiday calendar does not know.
func Calendar(c *model.Campaign, cal *cn.Calendar, opts Options) ([]Occurrence, error) {
	if cal == nil {
		cal = cn.DefaultCalendar()
	}
	from, to := span(c, opts)
	var planned, unscheduled []Occurrence
	for i := range c.Cadences {
		cd := &c.Cadences[i]
		occ, err := expand(c, cal, cd, from, to)
		if err != nil {
			return nil, fmt.Errorf("cadences[%d]（%s）：%w", i, cd.Name, err)
		}
		for _, o := range occ {
			if o.Unscheduled {
				unscheduled = append(unscheduled, o)
			} else {
				planned = append(planned, o)
			}
		}
	}
	var extra []Occurrence
	for i := range c.Meetings {
		m := &c.Meetings[i]
		if j := match(planned, m); j >= 0 {
			o := &planned[j]
			o.Meeting = m
			o.Date = period.Day(m.Date)
			o.Moved = ""
			o.Time = m.Time
			if m.Place != "" {
				o.Place = m.Place
			}
			if len(m.Attendees) > 0 {
				o.Attendees = m.Attendees
			}
			if len(m.Agenda) > 0 {
				o.Agenda = m.Agenda
			}
			o.Name = m.Name
			continue
		}
		o := Occurrence{Name: m.Name, Date: period.Day(m.Date), Time: m.Time, Place: m.Place,
			Attendees: m.Attendees, Agenda: m.Agenda, Meeting: m}
		if cd := c.CadenceByID(m.Cadence); cd != nil {
			o.Cadence = cd
			o.Organiser = cd.Organiser
			if o.Place == "" {
				o.Place = cd.Place
			}
			if len(o.Attendees) == 0 {
				o.Attendees = cd.Attendees
			}
		}
		extra = append(extra, o)
	}
	out := append(planned, extra...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Date.Before(out[j].Date) })
	return append(out, unscheduled...), nil
}

// Between returns the occurrences dated from..to (inclusive) and, when
// withUnscheduled, the unscheduled rules after them.
func Between(occ []Occurrence, from, to time.Time, withUnscheduled bool) []Occurrence {
	var out []Occurrence
	for _, o := range occ {
		if o.Unscheduled {
			if withUnscheduled {
				out = append(out, o)
			}
			continue
		}
		if (from.IsZero() || !o.Date.Before(period.Day(from))) && (to.IsZero() || !o.Date.After(period.Day(to))) {
			out = append(out, o)
		}
	}
	return out
}

// Find returns the occurrence with the id (see Occurrence.ID), a held
// meeting's name, or nil.
func Find(occ []Occurrence, id string) *Occurrence {
	for i := range occ {
		if occ[i].ID() == id || occ[i].Meeting != nil && occ[i].Meeting.Name == id {
			return &occ[i]
		}
	}
	for i := range occ {
		if occ[i].Name == id && !occ[i].Unscheduled {
			return &occ[i]
		}
	}
	return nil
}

// span is the range planned meetings are kept in.
func span(c *model.Campaign, opts Options) (from, to time.Time) {
	from, to = opts.From, opts.To
	yFirst := time.Date(c.Year, 1, 1, 0, 0, 0, 0, time.UTC)
	yLast := time.Date(c.Year, 12, 31, 0, 0, 0, 0, time.UTC)
	if from.IsZero() {
		from = yFirst
		var first time.Time
		for _, ph := range c.Phases {
			if s := ph.Period.Start; !s.IsZero() && (first.IsZero() || s.Before(first)) {
				first = s
			}
		}
		if first.After(from) {
			from = first
		}
	}
	if to.IsZero() {
		to = yLast
		var last time.Time
		for _, ph := range c.Phases {
			if e := ph.Period.End; e.After(last) {
				last = e
			}
		}
		if !last.IsZero() && last.Before(to) {
			to = last
		}
	}
	return period.Day(from), period.Day(to)
}

// match finds the planned occurrence of the meeting's cadence whose window
// holds its date and that no other held meeting has taken.
func match(planned []Occurrence, m *model.Meeting) int {
	if m.Cadence == "" {
		return -1
	}
	d := period.Day(m.Date)
	for i := range planned {
		o := &planned[i]
		if o.Meeting == nil && o.Cadence != nil && o.Cadence.ID == m.Cadence && o.Window.Contains(d) {
			return i
		}
	}
	return -1
}

func date(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// expand lists the occurrences of one cadence within from..to.
func expand(c *model.Campaign, cal *cn.Calendar, cd *model.Cadence, from, to time.Time) ([]Occurrence, error) {
	base := Occurrence{Cadence: cd, Name: cd.Name, Place: cd.Place, Organiser: cd.Organiser,
		Attendees: cd.Attendees, Agenda: cd.Agenda}
	weekday := time.Monday
	if cd.Weekday >= 1 && cd.Weekday <= 5 {
		weekday = time.Weekday(cd.Weekday)
	}
	var windows []period.Period
	var anchor func(w period.Period) time.Time
	if len(cd.Months) > 0 {
		for _, m := range cd.Months {
			if m < 1 || m > 12 {
				return nil, fmt.Errorf("召开月份 %d 不在 1–12 之间", m)
			}
			mo := time.Month(m)
			windows = append(windows, period.Period{Text: fmt.Sprintf("%d月", m),
				Start: date(c.Year, mo, 1), End: date(c.Year, mo+1, 0)})
		}
		anchor = func(w period.Period) time.Time { return w.Start.AddDate(0, 0, 14) }
	} else if rule, err := period.ParseCadence(cd.Every); err == nil {
		if !rule.Fixed() {
			o := base
			o.Unscheduled = true
			return []Occurrence{o}, nil
		}
		switch rule.Every {
		case period.Weekly:
			// Every week that touches the range, including the ISO weeks
			// that straddle the year's ends: a Monday of 30 December
			// belongs to next year's week 1 but this year's calendar.
			for mon := period.WeekOf(from).Start; !mon.After(to); mon = mon.AddDate(0, 0, 7) {
				w := period.WeekOf(mon)
				p := w.Period()
				// Offices name a week by its days (7月8日—7月14日),
				// not by its ISO number.
				p.Text = fmt.Sprintf("%d月%d日—%d月%d日", int(w.Start.Month()), w.Start.Day(), int(w.End.Month()), w.End.Day())
				if w.Start.Year() != c.Year || w.End.Year() != c.Year {
					p.Text = fmt.Sprintf("%d年%d月%d日—%d年%d月%d日", w.Start.Year(), int(w.Start.Month()), w.Start.Day(),
						w.End.Year(), int(w.End.Month()), w.End.Day())
				}
				windows = append(windows, p)
			}
			anchor = func(w period.Period) time.Time { return w.Start.AddDate(0, 0, int(weekday)-1) }
		case period.Xunly:
			windows = rule.Occurrences(c.Year)
			anchor = func(w period.Period) time.Time { return w.Start }
		default:
			windows = rule.Occurrences(c.Year)
			anchor = func(w period.Period) time.Time { return date(w.End.Year(), w.End.Month(), 20) }
		}
	} else if p, perr := period.Parse(cd.Every, c.Year); perr == nil {
		// 5月左右和9月左右 is two meetings, one in each piece.
		windows = p.Spans()
		anchor = func(w period.Period) time.Time {
			if w.Days() <= 31 {
				return date(w.Start.Year(), w.Start.Month(), 15)
			}
			return w.Start.AddDate(0, 0, w.Days()/2)
		}
	} else {
		return nil, fmt.Errorf("无法识别会议频次“%s”：%s；指定月份召开的请填写 months", cd.Every, period.CadenceHint)
	}
	var out []Occurrence
	for _, w := range windows {
		day, moved, ok, err := place(cal, anchor(w), weekday, w)
		if err != nil {
			return nil, err
		}
		if !ok || day.Before(from) || day.After(to) {
			continue
		}
		o := base
		o.Window, o.Date, o.Planned, o.Moved = w, day, day, moved
		out = append(out, o)
	}
	return out, nil
}

// place puts a meeting on a working day: the weekday of the anchor's week
// (weekly rules pass the anchor itself), moved forward to the next working
// day within the window (for a weekly rule: the same week) when it is a
// holiday or weekend. ok is false when the window has no working day left.
func place(cal *cn.Calendar, anchor time.Time, weekday time.Weekday, w period.Period) (day time.Time, moved string, ok bool, err error) {
	wk := period.WeekOf(anchor)
	day = wk.Start.AddDate(0, 0, int(weekday)-1)
	if day.Before(w.Start) {
		// The anchor's week began in the previous window (a month or
		// quarter starting mid-week): keep to the window.
		day = w.Start
	}
	first := day
	for ; !day.After(w.End); day = day.AddDate(0, 0, 1) {
		work, err := cal.IsWorkday(day)
		if err != nil {
			return time.Time{}, "", false, err
		}
		if work {
			if !day.Equal(first) {
				moved = cal.Holiday(first)
				if moved == "" {
					moved = "周末"
				}
			}
			return day, moved, true, nil
		}
	}
	return time.Time{}, "", false, nil
}

// Names returns the display names of unit or group ids (names pass
// through), joined with 、.
func Names(c *model.Campaign, ids []string) string {
	names := make([]string, len(ids))
	for i, id := range ids {
		names[i] = c.OwnerName(id)
	}
	return strings.Join(names, "、")
}
