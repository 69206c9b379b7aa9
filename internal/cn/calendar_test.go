package cn

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestBuiltinYears(t *testing.T) {
	first, last := BuiltinYears()
	if first > 2013 || last < 2026 {
		t.Errorf("BuiltinYears() = %d, %d; want at least 2013–2026", first, last)
	}
}

func TestIsWorkday(t *testing.T) {
	c := DefaultCalendar()
	tests := []struct {
		name string
		day  time.Time
		want bool
	}{
		{"ordinary Tuesday", day(2013, 4, 9), true},
		{"ordinary Saturday", day(2013, 4, 13), false},
		{"元旦 2013", day(2013, 1, 1), false},
		{"调休 Saturday before 元旦 2013 break end", day(2013, 1, 5), true},
		{"春节 2013 eve", day(2013, 2, 9), false},
		{"春节 2013 调休 Saturday", day(2013, 2, 16), true},
		{"国庆 2013", day(2013, 10, 7), false},
		{"国庆 2013 调休 Sunday", day(2013, 9, 29), true},
		{"国庆 2013 调休 Saturday (missing in lunar-go)", day(2013, 10, 12), true},
		{"清明 2013 调休 Sunday (missing in lunar-go)", day(2013, 4, 7), true},
		// Year boundary: the Saturday/Sunday worked in late December
		// belong to the next year's 元旦.
		{"2023-12-31 Sunday, 元旦 2024 holiday", day(2023, 12, 31), false},
		{"2024-02-04 Sunday worked for 春节", day(2024, 2, 4), true},
		{"2025-01-26 Sunday worked before 春节", day(2025, 1, 26), true},
		{"2025-01-28 除夕 off", day(2025, 1, 28), false},
		{"2025-02-04 春节 last day", day(2025, 2, 4), false},
		{"2025-02-08 Saturday worked after 春节", day(2025, 2, 8), true},
		{"2025-04-27 Sunday worked before 劳动节", day(2025, 4, 27), true},
		{"2025-09-28 Sunday worked before 国庆中秋", day(2025, 9, 28), true},
		{"2025-10-08 国庆中秋 eighth day", day(2025, 10, 8), false},
		{"2025-10-11 Saturday worked after 国庆", day(2025, 10, 11), true},
		{"2026-01-02 元旦 Friday off", day(2026, 1, 2), false},
		{"2026-01-04 Sunday worked after 元旦", day(2026, 1, 4), true},
		{"2026-02-14 Saturday worked before 春节", day(2026, 2, 14), true},
		{"2026-02-23 春节 ninth day off", day(2026, 2, 23), false},
		{"2026-02-28 Saturday worked after 春节", day(2026, 2, 28), true},
		{"2026-05-05 劳动节 off", day(2026, 5, 5), false},
		{"2026-05-09 Saturday worked after 劳动节", day(2026, 5, 9), true},
		{"2026-09-20 Sunday worked before 国庆", day(2026, 9, 20), true},
		{"2026-10-07 国庆 off", day(2026, 10, 7), false},
		{"2026-10-10 Saturday worked after 国庆", day(2026, 10, 10), true},
	}
	for _, tt := range tests {
		got, err := c.IsWorkday(tt.day)
		if err != nil || got != tt.want {
			t.Errorf("%s: IsWorkday(%s) = %v, %v; want %v", tt.name, tt.day.Format("2006-01-02 Mon"), got, err, tt.want)
		}
	}
}

// The 调休 workdays of 2025 and 2026 as the State Council published them
// (国办发明电〔2024〕12号, 国办发明电〔2025〕7号).
func TestAdjustedWorkdays(t *testing.T) {
	c := DefaultCalendar()
	tests := []struct {
		year int
		want string
	}{
		{2025, "2025-01-26 2025-02-08 2025-04-27 2025-09-28 2025-10-11"},
		{2026, "2026-01-04 2026-02-14 2026-02-28 2026-05-09 2026-09-20 2026-10-10"},
	}
	for _, tt := range tests {
		var got []string
		for _, d := range c.AdjustedWorkdays(tt.year) {
			got = append(got, d.Format("2006-01-02"))
		}
		if strings.Join(got, " ") != tt.want {
			t.Errorf("AdjustedWorkdays(%d) = %v, want %s", tt.year, got, tt.want)
		}
	}
}

func TestWorkdays(t *testing.T) {
	c := DefaultCalendar()
	tests := []struct {
		name string
		a, b time.Time
		want int
	}{
		{"one working day", day(2013, 4, 9), day(2013, 4, 9), 1},
		{"one holiday", day(2013, 10, 1), day(2013, 10, 1), 0},
		{"a week", day(2013, 4, 8), day(2013, 4, 14), 5},
		{"reversed", day(2013, 4, 14), day(2013, 4, 8), -5},
		// 2013-04-04..06 清明 off (Thu–Sat), 2013-04-07 Sunday worked.
		{"清明 2013 week", day(2013, 4, 1), day(2013, 4, 7), 4},
		// 2025-01-26 (Sun) worked; 01-28..02-04 off; 02-08 (Sat) worked.
		{"春节 2025 fortnight", day(2025, 1, 25), day(2025, 2, 8), 6},
		// 2025-12-29 .. 2026-01-04: Mon–Wed work, 01-01..03 off, 01-04 Sunday worked.
		{"across the year 2025→2026", day(2025, 12, 29), day(2026, 1, 4), 4},
		// 261 weekdays − 13 statutory days (the 2025 rules).
		{"whole of 2026", day(2026, 1, 1), day(2026, 12, 31), 248},
		// 261 weekdays − 11 statutory days, with lunar-go's two missing
		// 调休 workdays of 2013 restored.
		{"whole of 2013", day(2013, 1, 1), day(2013, 12, 31), 250},
		{"2024", day(2024, 1, 1), day(2024, 12, 31), 251},
	}
	for _, tt := range tests {
		got, err := c.Workdays(tt.a, tt.b)
		if err != nil || got != tt.want {
			t.Errorf("%s: Workdays(%s, %s) = %d, %v; want %d", tt.name, Date(tt.a), Date(tt.b), got, err, tt.want)
		}
	}
}

func TestAddWorkdays(t *testing.T) {
	c := DefaultCalendar()
	tests := []struct {
		name string
		t    time.Time
		n    int
		want time.Time
	}{
		{"next day", day(2013, 4, 9), 1, day(2013, 4, 10)},
		{"over a weekend", day(2013, 4, 12), 1, day(2013, 4, 15)},
		{"zero on a working day", day(2013, 4, 9), 0, day(2013, 4, 9)},
		{"zero on a holiday", day(2013, 10, 1), 0, day(2013, 10, 8)},
		{"over 国庆 2013", day(2013, 9, 30), 1, day(2013, 10, 8)},
		{"backwards", day(2013, 10, 8), -1, day(2013, 9, 30)},
		{"three days before 春节 2025", day(2025, 1, 24), 1, day(2025, 1, 26)},
		{"into 2026 over 元旦", day(2025, 12, 31), 1, day(2026, 1, 4)},
		{"after 春节 2026", day(2026, 2, 13), 2, day(2026, 2, 24)},
	}
	for _, tt := range tests {
		got, err := c.AddWorkdays(tt.t, tt.n)
		if err != nil || !got.Equal(tt.want) {
			t.Errorf("%s: AddWorkdays(%s, %d) = %s, %v; want %s", tt.name, Date(tt.t), tt.n, Date(got), err, Date(tt.want))
		}
	}
}

func TestUnknownYear(t *testing.T) {
	c := DefaultCalendar()
	_, last := c.Years()
	_, err := c.IsWorkday(day(last+1, 3, 1))
	var ye *UnknownYearError
	if !errors.As(err, &ye) || ye.Year != last+1 || !strings.Contains(err.Error(), "节假日补充文件") {
		t.Errorf("IsWorkday(%d-03-01) error = %v, want UnknownYearError", last+1, err)
	}
	if _, err := c.AddWorkdays(day(last, 12, 30), 5); !errors.As(err, &ye) {
		t.Errorf("AddWorkdays into %d: error = %v, want UnknownYearError", last+1, err)
	}
}

func TestParseCalendar(t *testing.T) {
	const file = `# 2028 年（示例）
holidays:
  - 2028-01-01
  - 2028-01-25~2028-01-31
  - {date: 2028-04-04, name: 清明节}
  - date: 2013-04-09
    name: 地方假日
workdays:
  - 2028-02-05
  - "2013-04-13"
`
	c, err := ParseCalendar("holidays.yaml", []byte(file))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		day  time.Time
		want bool
	}{
		{day(2028, 1, 3), true},   // ordinary Monday of a year now known
		{day(2028, 1, 1), false},  // listed holiday
		{day(2028, 1, 27), false}, // inside a range
		{day(2028, 2, 5), true},   // Saturday worked
		{day(2013, 4, 9), false},  // local holiday overrides the built-in data
		{day(2013, 4, 13), true},  // local working Saturday
		{day(2013, 4, 10), true},  // the rest of 2013 unchanged
	}
	for _, tt := range tests {
		got, err := c.IsWorkday(tt.day)
		if err != nil || got != tt.want {
			t.Errorf("IsWorkday(%s) = %v, %v; want %v", Date(tt.day), got, err, tt.want)
		}
	}
	if got := c.Holiday(day(2028, 4, 4)); got != "清明节" {
		t.Errorf("Holiday(2028-04-04) = %q", got)
	}
	// The default calendar is not changed by an override.
	if ok, _ := DefaultCalendar().IsWorkday(day(2013, 4, 9)); !ok {
		t.Error("override leaked into DefaultCalendar")
	}
	// JSON is YAML.
	if _, err := ParseCalendar("h.json", []byte(`{"holidays": ["2030-01-01"], "years": [2030]}`)); err != nil {
		t.Errorf("JSON override: %v", err)
	}
}

func TestParseCalendarErrors(t *testing.T) {
	tests := []struct{ name, file, msg string }{
		{"bad date", "holidays:\n  - 2028-02-30\n", "holidays.yaml:2: holidays：日期“2028-02-30”不存在"},
		{"reversed range", "holidays:\n  - 2028-02-03~2028-02-01\n", "结束日期早于开始日期"},
		{"both lists", "holidays: [2028-01-01]\nworkdays: [2028-01-01]\n", "同时列在 holidays 和 workdays 中"},
		{"unknown key", "holiday: [2028-01-01]\n", "节假日文件格式错误"},
		{"bad year", "years: [28]\n", "年份 28 无效"},
	}
	for _, tt := range tests {
		_, err := ParseCalendar("holidays.yaml", []byte(tt.file))
		if err == nil || !strings.Contains(err.Error(), tt.msg) {
			t.Errorf("%s: error = %v, want it to contain %q", tt.name, err, tt.msg)
		}
	}
}

func TestLoadCalendar(t *testing.T) {
	path := filepath.Join(t.TempDir(), "holidays.yaml")
	if err := os.WriteFile(path, []byte("years: [2040]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	c, err := LoadCalendar(path)
	if err != nil {
		t.Fatal(err)
	}
	if ok, err := c.IsWorkday(day(2040, 3, 1)); err != nil || !ok {
		t.Errorf("IsWorkday(2040-03-01) = %v, %v", ok, err)
	}
	if _, err := LoadCalendar(filepath.Join(t.TempDir(), "missing.yaml")); err == nil {
		t.Error("missing file: want error")
	}
}

func FuzzParseCalendar(f *testing.F) {
	for _, s := range []string{"holidays: [2028-01-01]\n", "workdays:\n  - 2028-01-29~2028-02-02\n", "{}", "years: [2030]", "holidays: [{date: 2013-04-09, name: x}]"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := ParseCalendar("f.yaml", []byte(s))
		if err != nil {
			return
		}
		first, last := c.Years()
		if first == 0 || last < first {
			t.Fatalf("Years() = %d, %d", first, last)
		}
	})
}

// The example file shipped for users loads and says what it shows.
func TestExampleCalendarFile(t *testing.T) {
	c, err := LoadCalendar(filepath.Join("testdata", "holidays.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if got := c.Holiday(day(2028, 1, 28)); got != "春节" {
		t.Errorf("Holiday(2028-01-28) = %q", got)
	}
	if ok, err := c.IsWorkday(day(2028, 2, 5)); err != nil || !ok {
		t.Errorf("IsWorkday(2028-02-05) = %v, %v", ok, err)
	}
}
