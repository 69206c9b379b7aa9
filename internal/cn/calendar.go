package cn

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/6tail/lunar-go/HolidayUtil"
	"go.yaml.in/yaml/v3"
)

// A Calendar knows which days are working days: Monday to Friday, except
// statutory holidays, plus the weekend days that are worked in exchange
// (调休上班). It covers the years its data covers; asking about any other
// year is an error rather than a guess, because a deadline computed
// without the holidays would be wrong by days.
//
// A Calendar is immutable and safe for concurrent use.
type Calendar struct {
	off   map[time.Time]string // holiday → its name
	work  map[time.Time]string // 调休 workday → the holiday it makes up for
	years map[int]bool
}

// BuiltinYears returns the first and last year of the statutory holiday
// data compiled in from github.com/6tail/lunar-go.
func BuiltinYears() (first, last int) {
	c := DefaultCalendar()
	return c.Years()
}

// Years returns the first and last year the calendar knows. Years in
// between are all known unless an override file skipped some, which
// IsWorkday reports.
func (c *Calendar) Years() (first, last int) {
	for y := range c.years {
		if first == 0 || y < first {
			first = y
		}
		last = max(last, y)
	}
	return first, last
}

var (
	defaultOnce sync.Once
	defaultCal  *Calendar
)

// DefaultCalendar returns the calendar of the statutory holidays and 调休
// workdays published by the State Council, as compiled in
// github.com/6tail/lunar-go (2002 to 2027 in v1.4.7).
func DefaultCalendar() *Calendar {
	defaultOnce.Do(func() {
		c := &Calendar{off: make(map[time.Time]string, 1024), work: make(map[time.Time]string, 256), years: map[int]bool{}}
		listed := false
		for y := 1990; y <= 2100; y++ {
			hs := HolidayUtil.GetHolidaysByYear(y)
			// Every year has its 元旦, so the data's years are one run:
			// the first year without any ends it (each year asked for
			// scans the whole data).
			if hs.Len() == 0 && listed {
				break
			}
			listed = listed || hs.Len() > 0
			for e := hs.Front(); e != nil; e = e.Next() {
				h := e.Value.(*HolidayUtil.Holiday)
				// lunar-go writes YYYY-MM-DD: time.Parse reads its 900
				// days in a tenth of the time ParseDate's patterns took,
				// on the way of every build.
				day, err := time.Parse(time.DateOnly, h.GetDay())
				if err != nil {
					panic(fmt.Sprintf("lunar-go holiday data: %v", err)) // the compiled-in data is wrong
				}
				if h.IsWork() {
					c.work[day] = h.GetName()
				} else {
					c.off[day] = h.GetName()
					// A year is covered when its own holidays are listed;
					// the 调休 Saturdays of late December belong to the
					// next year's 元旦.
					c.years[day.Year()] = true
				}
			}
		}
		for d, name := range lunarCorrections {
			c.work[d] = name
		}
		defaultCal = c
	})
	return defaultCal
}

// lunarCorrections are 调休 workdays missing from lunar-go v1.4.7. In
// 2013 (国办发明电〔2012〕14号) 清明 took Thursday to Saturday off with
// Sunday 7 April worked, and 国庆 took 1–7 October off with Sunday 29
// September and Saturday 12 October worked; the data lists neither 7 April
// nor 12 October, so 2013 came out two working days short of
// 261 weekdays − 11 statutory days = 250 (the check every other year of the
// data passes, once year-boundary and one-off changes are accounted for).
var lunarCorrections = map[time.Time]string{
	time.Date(2013, 4, 7, 0, 0, 0, 0, time.UTC):   "清明节",
	time.Date(2013, 10, 12, 0, 0, 0, 0, time.UTC): "国庆节",
}

// CalendarFile is the override file format (YAML, or JSON which is YAML):
// extra holidays and extra working days for years the built-in data does
// not cover yet, or for local rules (a local holiday, a working Saturday).
//
//	# 节假日补充文件
//	holidays:                        # 放假的日子
//	  - 2028-01-01
//	  - 2028-01-26~2028-02-01        # 一段日子，首尾都含
//	  - {date: 2028-04-04, name: 清明节}
//	workdays:                        # 调休上班的周末
//	  - 2028-01-29
//	years: [2028]                    # 已完整给出安排的年份（可省略）
//
// A date listed in both is an error. A year becomes known to the calendar
// when it is listed in years or any date of it appears in holidays; asking
// about other years outside the built-in data is an error.
type CalendarFile struct {
	Holidays []CalendarEntry `yaml:"holidays" json:"holidays"`
	Workdays []CalendarEntry `yaml:"workdays" json:"workdays"`
	Years    []int           `yaml:"years" json:"years"`
}

// CalendarEntry is one day or an inclusive range of days, with an
// optional name. In the file it is a string ("2028-01-01",
// "2028-01-26~2028-02-01", "2028-01-26..2028-02-01", "2028-01-26至2028-02-01")
// or a mapping {date: ..., name: ...}.
type CalendarEntry struct {
	Date string `yaml:"date" json:"date"`
	Name string `yaml:"name" json:"name"`
	line int
}

// UnmarshalYAML accepts the short string form as well as the mapping.
func (e *CalendarEntry) UnmarshalYAML(n *yaml.Node) error {
	e.line = n.Line
	if n.Kind == yaml.ScalarNode {
		e.Date = n.Value
		return nil
	}
	type plain CalendarEntry
	var p plain
	if err := n.Decode(&p); err != nil {
		return err
	}
	*e = CalendarEntry(p)
	e.line = n.Line
	return nil
}

var rangeSep = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`\s*(?:~|～|\.\.|至|到)\s*`) })

// days expands the entry into its days.
func (e CalendarEntry) days() ([]time.Time, error) {
	parts := rangeSep().Split(strings.TrimSpace(e.Date), -1)
	if len(parts) > 2 {
		return nil, fmt.Errorf("“%s”应为一个日期或“起~止”", e.Date)
	}
	start, err := ParseDate(parts[0])
	if err != nil {
		return nil, err
	}
	end := start
	if len(parts) == 2 {
		if end, err = ParseDate(parts[1]); err != nil {
			return nil, err
		}
	}
	if end.Before(start) {
		return nil, fmt.Errorf("“%s”的结束日期早于开始日期", e.Date)
	}
	if end.Sub(start) > 366*24*time.Hour {
		return nil, fmt.Errorf("“%s”超过一年", e.Date)
	}
	var ds []time.Time
	for d := start; !d.After(end); d = d.AddDate(0, 0, 1) {
		ds = append(ds, d)
	}
	return ds, nil
}

// LoadCalendar reads an override file (see CalendarFile) and returns the
// default calendar with its days added. Errors name the file and line.
func LoadCalendar(path string) (*Calendar, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("读取节假日文件：%w", err)
	}
	return ParseCalendar(path, data)
}

// ParseCalendar is LoadCalendar on the file's bytes; name is used in
// error messages.
func ParseCalendar(name string, data []byte) (*Calendar, error) {
	var f CalendarFile
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&f); err != nil && !errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("%s：节假日文件格式错误：%w", name, err)
	}
	return DefaultCalendar().With(name, f)
}

// With returns a copy of c with the holidays and workdays of f added; a
// day of f overrides the same day of c. name is used in error messages.
func (c *Calendar) With(name string, f CalendarFile) (*Calendar, error) {
	n := &Calendar{off: map[time.Time]string{}, work: map[time.Time]string{}, years: map[int]bool{}}
	for d, v := range c.off {
		n.off[d] = v
	}
	for d, v := range c.work {
		n.work[d] = v
	}
	for y := range c.years {
		n.years[y] = true
	}
	for _, y := range f.Years {
		if y < 1000 || y > 9999 {
			return nil, fmt.Errorf("%s：years 中的年份 %d 无效", name, y)
		}
		n.years[y] = true
	}
	seenOff := map[time.Time]bool{}
	for _, e := range f.Holidays {
		ds, err := e.days()
		if err != nil {
			return nil, fmt.Errorf("%s:%d: holidays：%w", name, e.line, err)
		}
		for _, d := range ds {
			seenOff[d] = true
			n.off[d] = e.Name
			delete(n.work, d)
			n.years[d.Year()] = true
		}
	}
	for _, e := range f.Workdays {
		ds, err := e.days()
		if err != nil {
			return nil, fmt.Errorf("%s:%d: workdays：%w", name, e.line, err)
		}
		for _, d := range ds {
			if seenOff[d] {
				return nil, fmt.Errorf("%s:%d: %s 同时列在 holidays 和 workdays 中", name, e.line, Date(d))
			}
			n.work[d] = e.Name
			delete(n.off, d)
		}
	}
	return n, nil
}

// UnknownYearError is returned for a day of a year the calendar has no
// holiday data for; the message says how to add it.
type UnknownYearError struct{ Year int }

func (e *UnknownYearError) Error() string {
	return fmt.Sprintf("没有 %d 年的法定节假日安排，无法计算工作日：请在节假日补充文件中列出该年的 holidays 和 workdays（内置数据覆盖 %s 年）",
		e.Year, builtinRange())
}

func builtinRange() string {
	a, b := BuiltinYears()
	return strconv.Itoa(a) + "–" + strconv.Itoa(b)
}

// IsWorkday reports whether the calendar day of t is a working day.
func (c *Calendar) IsWorkday(t time.Time) (bool, error) {
	d := Day(t)
	if !c.years[d.Year()] {
		return false, &UnknownYearError{Year: d.Year()}
	}
	if _, ok := c.work[d]; ok {
		return true, nil
	}
	if _, ok := c.off[d]; ok {
		return false, nil
	}
	wd := d.Weekday()
	return wd != time.Saturday && wd != time.Sunday, nil
}

// Holiday returns the name of the holiday on the day of t ("春节"), or ""
// when the day is not a statutory holiday.
func (c *Calendar) Holiday(t time.Time) string { return c.off[Day(t)] }

// Workdays counts the working days from a to b, both included (as
// Excel's NETWORKDAYS counts them). When b is
// before a the count is negative (-Workdays(b, a)).
func (c *Calendar) Workdays(a, b time.Time) (int, error) {
	a, b = Day(a), Day(b)
	sign := 1
	if b.Before(a) {
		a, b, sign = b, a, -1
	}
	if b.Sub(a) > 100*366*24*time.Hour {
		return 0, fmt.Errorf("%s 到 %s 跨度过大", Date(a), Date(b))
	}
	n := 0
	for d := a; !d.After(b); d = d.AddDate(0, 0, 1) {
		ok, err := c.IsWorkday(d)
		if err != nil {
			return 0, err
		}
		if ok {
			n++
		}
	}
	return sign * n, nil
}

// AddWorkdays returns the day n working days after the day of t, not
// counting t itself: the deadline of "n个工作日内" counted from t. n = 0
// returns t when it is a working day, otherwise the next working day;
// negative n counts backwards.
func (c *Calendar) AddWorkdays(t time.Time, n int) (time.Time, error) {
	d := Day(t)
	if n > 100000 || n < -100000 {
		return time.Time{}, fmt.Errorf("工作日数 %d 过大", n)
	}
	step := 1
	if n < 0 {
		step, n = -1, -n
	}
	if n == 0 {
		for {
			ok, err := c.IsWorkday(d)
			if err != nil || ok {
				return d, err
			}
			d = d.AddDate(0, 0, 1)
		}
	}
	for n > 0 {
		d = d.AddDate(0, 0, step)
		ok, err := c.IsWorkday(d)
		if err != nil {
			return time.Time{}, err
		}
		if ok {
			n--
		}
	}
	return d, nil
}

// AdjustedWorkdays lists the weekend days worked in exchange (调休上班) in
// year y, in order: the days a template may want to mention in a notice.
func (c *Calendar) AdjustedWorkdays(y int) []time.Time {
	var ds []time.Time
	for d := range c.work {
		if d.Year() == y {
			ds = append(ds, d)
		}
	}
	sort.Slice(ds, func(i, j int) bool { return ds[i].Before(ds[j]) })
	return ds
}
