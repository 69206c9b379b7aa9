package cn

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"
)

// dateForms are the ways data files and templates write a day. The
// package's regular expressions are compiled on first use, not at
// start-up, which every command pays.
var dateForms = sync.OnceValue(func() []*regexp.Regexp {
	return []*regexp.Regexp{
		regexp.MustCompile(`^(\d{4})-(\d{1,2})-(\d{1,2})$`),
		regexp.MustCompile(`^(\d{4})/(\d{1,2})/(\d{1,2})$`),
		regexp.MustCompile(`^(\d{4})\.(\d{1,2})\.(\d{1,2})$`),
		regexp.MustCompile(`^(\d{4})年(\d{1,2})月(\d{1,2})日$`),
		regexp.MustCompile(`^(\d{4})(\d{2})(\d{2})$`),
	}
})

// ParseDate reads a calendar day written as 2013-04-09, 2013-4-9,
// 2013/4/9, 2013.4.9, 2013年4月9日 or 20130409 and returns it at midnight
// UTC. A day that does not exist (2013-02-29, 2013-04-31) is an error,
// not silently moved to the next month as time.Date would.
func ParseDate(s string) (time.Time, error) {
	t := strings.TrimSpace(s)
	for _, re := range dateForms() {
		m := re.FindStringSubmatch(t)
		if m == nil {
			continue
		}
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		d, _ := strconv.Atoi(m[3])
		if mo < 1 || mo > 12 {
			return time.Time{}, fmt.Errorf("日期“%s”的月份 %d 不存在", s, mo)
		}
		day := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
		if d < 1 || day.Day() != d {
			return time.Time{}, fmt.Errorf("日期“%s”不存在：%d年%d月没有%d日", s, y, mo, d)
		}
		return day, nil
	}
	return time.Time{}, fmt.Errorf("无法识别日期“%s”，应写作 2013-04-09 或 2013年4月9日", s)
}

// Day returns the calendar day of t (its year, month and day in its own
// location) at midnight UTC, the form every date here is compared in.
func Day(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// Date writes a day as GB/T 9704 wants the 成文日期: 2013年4月9日, with
// Arabic numerals and no zero padding.
func Date(t time.Time) string {
	y, m, d := t.Date()
	return fmt.Sprintf("%d年%d月%d日", y, int(m), d)
}

// CDate writes a day in Chinese numerals with 〇: 二〇一三年四月九日,
// the form some speeches and older documents use.
func CDate(t time.Time) string {
	y, m, d := t.Date()
	mm, _ := Numeral(int64(m))
	dd, _ := Numeral(int64(d))
	return Year(y) + "年" + mm + "月" + dd + "日"
}

var weekdays = [7]string{"星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"}

// Weekday names the day of the week: 星期二.
func Weekday(t time.Time) string { return weekdays[t.Weekday()] }

// Xun names the ten-day part of the month a day falls in, as work plans
// schedule: days 1–10 上旬, 11–20 中旬, 21 to the end 下旬 (4月上旬).
func Xun(t time.Time) string {
	_, m, d := t.Date()
	part := "下旬"
	switch {
	case d <= 10:
		part = "上旬"
	case d <= 20:
		part = "中旬"
	}
	return fmt.Sprintf("%d月%s", int(m), part)
}
