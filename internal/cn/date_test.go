package cn

import (
	"strings"
	"testing"
	"time"
)

func day(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want time.Time
	}{
		{"2013-04-09", day(2013, 4, 9)},
		{"2013-4-9", day(2013, 4, 9)},
		{"2013/4/9", day(2013, 4, 9)},
		{"2013.04.09", day(2013, 4, 9)},
		{"2013年4月9日", day(2013, 4, 9)},
		{" 20130409 ", day(2013, 4, 9)},
		{"2012-2-29", day(2012, 2, 29)},
		{"2000-02-29", day(2000, 2, 29)},
		{"2013-12-31", day(2013, 12, 31)},
	}
	for _, tt := range tests {
		got, err := ParseDate(tt.in)
		if err != nil || !got.Equal(tt.want) {
			t.Errorf("ParseDate(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
	}
	bad := []struct{ in, msg string }{
		{"2013-2-29", "2013年2月没有29日"},
		{"1900-02-29", "没有29日"},
		{"2013-04-31", "没有31日"},
		{"2013-13-01", "月份 13 不存在"},
		{"2013-00-10", "月份 0 不存在"},
		{"2013-01-00", "没有0日"},
		{"2013年2月30日", "没有30日"},
		{"4月9日", "无法识别"},
		{"", "无法识别"},
		{"2013-04-09T10:00:00Z", "无法识别"},
	}
	for _, tt := range bad {
		_, err := ParseDate(tt.in)
		if err == nil || !strings.Contains(err.Error(), tt.msg) {
			t.Errorf("ParseDate(%q) error = %v, want it to contain %q", tt.in, err, tt.msg)
		}
	}
}

func TestDateForms(t *testing.T) {
	shanghai := time.FixedZone("CST", 8*3600)
	tests := []struct {
		t                      time.Time
		date, cdate, week, xun string
	}{
		{day(2013, 4, 9), "2013年4月9日", "二〇一三年四月九日", "星期二", "4月上旬"},
		{day(2013, 4, 10), "2013年4月10日", "二〇一三年四月十日", "星期三", "4月上旬"},
		{day(2013, 4, 11), "2013年4月11日", "二〇一三年四月十一日", "星期四", "4月中旬"},
		{day(2013, 4, 20), "2013年4月20日", "二〇一三年四月二十日", "星期六", "4月中旬"},
		{day(2013, 4, 21), "2013年4月21日", "二〇一三年四月二十一日", "星期日", "4月下旬"},
		{day(2013, 12, 31), "2013年12月31日", "二〇一三年十二月三十一日", "星期二", "12月下旬"},
		{day(2000, 1, 1), "2000年1月1日", "二〇〇〇年一月一日", "星期六", "1月上旬"},
		// The day is read in the time's own location: 2013-04-09 00:30 in
		// Shanghai is still the 9th although UTC says the 8th.
		{time.Date(2013, 4, 9, 0, 30, 0, 0, shanghai), "2013年4月9日", "二〇一三年四月九日", "星期二", "4月上旬"},
	}
	for _, tt := range tests {
		if got := Date(tt.t); got != tt.date {
			t.Errorf("Date(%v) = %q, want %q", tt.t, got, tt.date)
		}
		if got := CDate(tt.t); got != tt.cdate {
			t.Errorf("CDate(%v) = %q, want %q", tt.t, got, tt.cdate)
		}
		if got := Weekday(tt.t); got != tt.week {
			t.Errorf("Weekday(%v) = %q, want %q", tt.t, got, tt.week)
		}
		if got := Xun(tt.t); got != tt.xun {
			t.Errorf("Xun(%v) = %q, want %q", tt.t, got, tt.xun)
		}
	}
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2013-04-09", "2013-2-29", "2013年4月9日", "20130409", "2013/13/1", "9999-12-31"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s)
		if err != nil {
			return
		}
		// A parsed day prints back to the same day.
		again, err := ParseDate(d.Format("2006-01-02"))
		if err != nil || !again.Equal(d) {
			t.Fatalf("ParseDate(%q) = %v, reparse %v, %v", s, d, again, err)
		}
	})
}
