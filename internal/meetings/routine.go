package meetings

import (
	"fmt"
	"strings"
	"time"

	"gongwen/internal/cn"
	"gongwen/internal/model"
	"gongwen/internal/period"
)

// The office's own groups get no 督办通知: their slipping work is raised at
// the office's next routine meeting (工作例会) and stays on the weekly list.
// Routine finds that meeting and what it must take up.

// Routine is the next 工作例会 and the follow-ups put on its agenda.
type Routine struct {
	// Meeting is the next routine meeting on or after the date, nil when
	// the data has no weekly cadence (the list then says 下次工作例会).
	Meeting *Occurrence
	// FollowUps are Supervision.FollowUps: 「督促综合组：召开市州现场推进会（逾期11个工作日）」.
	FollowUps []string
}

// Name is how the weekly list and the sign-in sheet refer to the meeting,
// by its day as offices do: 7月15日工作例会, else 下次工作例会.
func (r Routine) Name() string {
	if r.Meeting == nil {
		return "下次工作例会"
	}
	day := fmt.Sprintf("%d月%d日", int(r.Meeting.Date.Month()), r.Meeting.Date.Day())
	if strings.HasPrefix(r.Meeting.Name, day) {
		return r.Meeting.Name
	}
	return day + r.Meeting.Name
}

// NextRoutine finds the office groups' overdue work as of date (tasks and
// the meetings' decisions owned by a group) and the meeting that takes it
// up: the first meeting of a weekly cadence dated on or after date that has
// not been held before date (a meeting held that very day still counts:
// its minutes may not be in yet). A 工作例会 is preferred when the data has
// several weekly cadences. The error is a year the calendar does not know.
func NextRoutine(c *model.Campaign, cal *cn.Calendar, date time.Time) (Routine, error) {
	if cal == nil {
		cal = cn.DefaultCalendar()
	}
	day := period.Day(date)
	s, err := Supervise(WithDecisions(c), cal, SuperviseOptions{Date: day, Warn: -1})
	if err != nil {
		return Routine{}, err
	}
	r := Routine{FollowUps: s.FollowUps()}
	occ, err := Calendar(c, cal, Options{})
	if err != nil {
		return r, err
	}
	best := -1
	for i := range occ {
		o := &occ[i]
		if o.Unscheduled || o.Cadence == nil || o.Date.Before(day) {
			continue
		}
		rule, err := period.ParseCadence(o.Cadence.Every)
		if err != nil || rule.Every != period.Weekly {
			continue
		}
		if best < 0 || strings.Contains(o.Name, "例会") && !strings.Contains(occ[best].Name, "例会") {
			best = i
		}
		if strings.Contains(occ[best].Name, "例会") {
			break
		}
	}
	if best >= 0 {
		r.Meeting = &occ[best]
	}
	return r, nil
}

// Agenda is the meeting's own agenda followed by the follow-ups.
func (r Routine) Agenda() []string {
	var out []string
	if r.Meeting != nil {
		out = append(out, r.Meeting.Agenda...)
	}
	return append(out, r.FollowUps...)
}
