package period

import (
	"fmt"
	"time"
)

// Week is an ISO 8601 week (Monday to Sunday): the unit of the weekly task
// list (周工作清单). Number is the ISO week number in Year, which for the
// first days of January may be the previous year's last week.
type Week struct {
	Year, Number int
	Start, End   time.Time // Monday and Sunday, midnight UTC
}

// WeekOf returns the ISO week holding the calendar date of t.
func WeekOf(t time.Time) Week {
	d := Day(t)
	y, n := d.ISOWeek()
	mon := d.AddDate(0, 0, -((int(d.Weekday()) + 6) % 7))
	return Week{Year: y, Number: n, Start: mon, End: mon.AddDate(0, 0, 6)}
}

// ISOWeek returns week n of ISO year y; it fails when the year has no such
// week (n outside 1–52, or 53 in a 52-week year).
func ISOWeek(y, n int) (Week, error) {
	if y < 1 || y > 9999 {
		return Week{}, fmt.Errorf("年度 %d 不在 1–9999 之间", y)
	}
	if n < 1 || n > 53 {
		return Week{}, fmt.Errorf("%d年没有第%d周", y, n)
	}
	// 4 January is always in week 1.
	w := WeekOf(date(y, 1, 4))
	w = WeekOf(w.Start.AddDate(0, 0, 7*(n-1)))
	if w.Year != y || w.Number != n {
		return Week{}, fmt.Errorf("%d年没有第%d周", y, n)
	}
	return w, nil
}

// String returns "第N周".
func (w Week) String() string { return fmt.Sprintf("第%d周", w.Number) }

// Period returns the week as a Period whose text is "第N周".
func (w Week) Period() Period { return Period{Text: w.String(), Start: w.Start, End: w.End} }
