package period

import (
	"strings"
	"testing"
	"time"
)

func TestXunOf(t *testing.T) {
	tests := []struct {
		day   string
		want  string
		index int
	}{
		{"2013-01-01", "1月上旬", 0},
		{"2013-01-10", "1月上旬", 0},
		{"2013-01-11", "1月中旬", 1},
		{"2013-02-20", "2月中旬", 4},
		{"2013-02-28", "2月下旬", 5},
		{"2013-12-31", "12月下旬", 35},
	}
	for _, tt := range tests {
		x := XunOf(d(tt.day))
		if x.String() != tt.want || x.Index() != tt.index {
			t.Errorf("XunOf(%s) = %s (%d), want %s (%d)", tt.day, x, x.Index(), tt.want, tt.index)
		}
		if x.Start().After(d(tt.day)) || x.End().Before(d(tt.day)) {
			t.Errorf("%s: %s..%s does not hold the day", tt.day, x.Start(), x.End())
		}
	}
}

func TestXuns(t *testing.T) {
	xs := Xuns(2013)
	if len(xs) != 36 {
		t.Fatalf("%d 旬", len(xs))
	}
	for i, x := range xs {
		if x.Index() != i {
			t.Errorf("Xuns[%d].Index() = %d", i, x.Index())
		}
		if i > 0 && !xs[i-1].End().AddDate(0, 0, 1).Equal(x.Start()) {
			t.Errorf("gap between %s and %s", xs[i-1], x)
		}
		if i > 0 && xs[i-1].Next() != x || i > 0 && x.Prev() != xs[i-1] {
			t.Errorf("Next/Prev wrong around %s", x)
		}
	}
	if (Xun{2013, time.December, Lower}).Next() != (Xun{2014, time.January, Upper}) {
		t.Error("Next does not cross the year")
	}
}

func TestPeriodXuns(t *testing.T) {
	tests := []struct {
		text string
		want []int
	}{
		{"2月中旬", []int{4}},
		{"3月上中旬", []int{6, 7}},
		{"2月初-2月底", []int{3, 4, 5}},
		{"5月左右和9月左右", []int{11, 12, 13, 14, 15, 23, 24, 25, 26, 27}},
		{"9月和3月", []int{6, 7, 8, 24, 25, 26}},
		{"3月15日", []int{7}},
	}
	for _, tt := range tests {
		p := MustParse(tt.text, 2013)
		got := p.Xuns()
		if len(got) != len(tt.want) {
			t.Errorf("%s: %v, want %v", tt.text, got, tt.want)
			continue
		}
		for i := range got {
			if got[i].Index() != tt.want[i] {
				t.Errorf("%s: %v, want %v", tt.text, got, tt.want)
				break
			}
		}
		first, last, ok := p.XunSpan()
		if !ok || first.Index() != tt.want[0] || last.Index() != tt.want[len(tt.want)-1] {
			t.Errorf("%s: XunSpan = %s..%s", tt.text, first, last)
		}
	}
	if _, _, ok := (Period{}).XunSpan(); ok {
		t.Error("zero Period has a 旬 span")
	}
}

func TestWeeks(t *testing.T) {
	tests := []struct {
		day        string
		year, n    int
		start, end string
	}{
		{"2013-07-15", 2013, 29, "2013-07-15", "2013-07-21"},
		{"2013-07-21", 2013, 29, "2013-07-15", "2013-07-21"},
		{"2013-01-01", 2013, 1, "2012-12-31", "2013-01-06"},
		{"2010-01-03", 2009, 53, "2009-12-28", "2010-01-03"},
	}
	for _, tt := range tests {
		w := WeekOf(d(tt.day))
		if w.Year != tt.year || w.Number != tt.n || !w.Start.Equal(d(tt.start)) || !w.End.Equal(d(tt.end)) {
			t.Errorf("WeekOf(%s) = %+v", tt.day, w)
		}
		v, err := ISOWeek(tt.year, tt.n)
		if err != nil || v != w {
			t.Errorf("ISOWeek(%d, %d) = %+v, %v; want %+v", tt.year, tt.n, v, err, w)
		}
	}
	if w := WeekOf(d("2013-07-15")); w.String() != "第29周" {
		t.Errorf("String = %s", w)
	}
	for _, n := range []int{0, 53, 54, -1} {
		if _, err := ISOWeek(2013, n); err == nil {
			t.Errorf("ISOWeek(2013, %d) accepted", n)
		}
	}
}

func TestCadence(t *testing.T) {
	tests := []struct {
		text  string
		every Frequency
		fixed bool
		n     int
	}{
		{"每周", Weekly, true, 52},
		{"每旬", Xunly, true, 36},
		{"每月", Monthly, true, 12},
		{"每季度", Quarterly, true, 4},
		{"每半年", HalfYearly, true, 2},
		{"每年", Yearly, true, 1},
		{"适时", AsNeeded, false, 0},
		{"即时", AtOnce, false, 0},
		{" 每季度一次 ", Quarterly, true, 4},
	}
	for _, tt := range tests {
		c, err := ParseCadence(tt.text)
		if err != nil {
			t.Errorf("ParseCadence(%q): %v", tt.text, err)
			continue
		}
		if c.Every != tt.every || c.Fixed() != tt.fixed || len(c.Occurrences(2013)) != tt.n {
			t.Errorf("ParseCadence(%q) = %+v fixed %v, %d occurrences", tt.text, c, c.Fixed(), len(c.Occurrences(2013)))
		}
		for _, o := range c.Occurrences(2013) {
			if o.End.Before(o.Start) || o.Text == "" {
				t.Errorf("%s: bad occurrence %+v", tt.text, o)
			}
		}
	}
	q := MustCadence("每季度").Occurrences(2013)
	if q[1].Text != "第二季度" || !q[1].Start.Equal(d("2013-04-01")) || !q[1].End.Equal(d("2013-06-30")) {
		t.Errorf("second quarter = %+v", q[1])
	}
	for _, bad := range []string{"", "每两周", "3月", "经常"} {
		if _, err := ParseCadence(bad); err == nil {
			t.Errorf("ParseCadence(%q) accepted", bad)
		}
	}
}

func MustCadence(s string) Cadence {
	c, err := ParseCadence(s)
	if err != nil {
		panic(err)
	}
	return c
}

func TestForms(t *testing.T) {
	// Every example of Forms must parse: the schema shows them to users.
	for _, f := range Forms() {
		for _, ex := range f.Examples {
			if _, err := Parse(ex, 2013); err != nil {
				t.Errorf("Forms example %q: %v", ex, err)
			}
		}
	}
	for _, c := range CadenceForms() {
		if _, err := ParseCadence(c); err != nil {
			t.Errorf("CadenceForms %q: %v", c, err)
		}
	}
	if d := Description(); !strings.Contains(d, "3月上中旬（1日至20日）") {
		t.Errorf("Description = %s", d)
	}
}
