package period

import (
	"fmt"
	"time"
)

// Third names one of the three 旬 of a month.
type Third int

// The three 旬: days 1–10, 11–20 and 21 to the end of the month.
const (
	Upper  Third = iota // 上旬
	Middle              // 中旬
	Lower               // 下旬
)

// String returns 上旬, 中旬 or 下旬.
func (t Third) String() string {
	switch t {
	case Upper:
		return "上旬"
	case Middle:
		return "中旬"
	case Lower:
		return "下旬"
	}
	return fmt.Sprintf("Third(%d)", int(t))
}

// Short returns 上, 中 or 下, for narrow table headers.
func (t Third) Short() string {
	switch t {
	case Upper:
		return "上"
	case Middle:
		return "中"
	case Lower:
		return "下"
	}
	return "?"
}

// Xun is one 旬 (a third of a month) of a year: the unit of the schedule
// (推进计划) chart.
type Xun struct {
	Year  int
	Month time.Month
	Third Third
}

// XunOf returns the 旬 holding the calendar date of t.
func XunOf(t time.Time) Xun {
	y, m, d := t.Date()
	switch {
	case d <= 10:
		return Xun{y, m, Upper}
	case d <= 20:
		return Xun{y, m, Middle}
	}
	return Xun{y, m, Lower}
}

// Xuns returns the 36 旬 of a year in order.
func Xuns(year int) []Xun {
	out := make([]Xun, 0, 36)
	for m := time.January; m <= time.December; m++ {
		for t := Upper; t <= Lower; t++ {
			out = append(out, Xun{year, m, t})
		}
	}
	return out
}

// String returns the 旬 as a plan writes it: "2月中旬".
func (x Xun) String() string { return fmt.Sprintf("%d月%s", int(x.Month), x.Third) }

// Index is the position of the 旬 within its year, 0 (1月上旬) to 35 (12月下旬).
func (x Xun) Index() int { return (int(x.Month)-1)*3 + int(x.Third) }

// Start is the first day of the 旬.
func (x Xun) Start() time.Time { return date(x.Year, x.Month, 1+10*int(x.Third)) }

// End is the last day of the 旬 (the 10th, the 20th or the month's last day).
func (x Xun) End() time.Time {
	if x.Third == Lower {
		return date(x.Year, x.Month, lastDay(x.Year, x.Month))
	}
	return date(x.Year, x.Month, 10+10*int(x.Third))
}

// Next returns the following 旬, crossing into the next month or year.
func (x Xun) Next() Xun { return XunOf(x.End().AddDate(0, 0, 1)) }

// Prev returns the preceding 旬, crossing into the previous month or year.
func (x Xun) Prev() Xun { return XunOf(x.Start().AddDate(0, 0, -1)) }

// Period returns the 旬 as a Period whose text is its name.
func (x Xun) Period() Period { return Period{Text: x.String(), Start: x.Start(), End: x.End()} }

// Xuns returns the 旬 that p touches, in order, each once. For a list only
// the 旬 of its pieces count, not the gaps between them.
func (p Period) Xuns() []Xun {
	var out []Xun
	seen := map[Xun]bool{}
	for _, s := range p.Spans() {
		if s.End.Before(s.Start) || s.Start.IsZero() {
			continue
		}
		for x := XunOf(s.Start); !x.Start().After(s.End); x = x.Next() {
			if !seen[x] {
				seen[x] = true
				out = append(out, x)
			}
		}
	}
	// Pieces of a list are parsed in the order written; keep the result in
	// calendar order.
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j].Start().Before(out[j-1].Start()); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// XunSpan returns the first and last 旬 that p touches; ok is false for a
// zero Period.
func (p Period) XunSpan() (first, last Xun, ok bool) {
	if p.Start.IsZero() || p.End.Before(p.Start) {
		return Xun{}, Xun{}, false
	}
	return XunOf(p.Start), XunOf(p.End), true
}
