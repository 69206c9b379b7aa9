package period

import (
	"strings"
	"testing"
	"time"
)

func TestParseDeadline(t *testing.T) {
	tests := []struct {
		text       string
		start, end string
		dues       []string // the due dates, in order
	}{
		{"1月15日前", "2023-01-01", "2023-01-15", []string{"2023-01-15"}},
		{"6月底前", "2023-01-01", "2023-06-30", []string{"2023-06-30"}},
		{"6月底前完成", "2023-01-01", "2023-06-30", []string{"2023-06-30"}},
		{"年底前", "2023-01-01", "2023-12-31", []string{"2023-12-31"}},
		{"2023-01-15", "2023-01-15", "2023-01-15", []string{"2023-01-15"}},
		{"2023/1/15", "2023-01-15", "2023-01-15", []string{"2023-01-15"}},
		{"2023年1月15日前", "2023-01-01", "2023-01-15", []string{"2023-01-15"}},
		{"2023年1月15日", "2023-01-15", "2023-01-15", []string{"2023-01-15"}},
		{"上半年", "2023-01-01", "2023-06-30", []string{"2023-06-30"}},
		{"第三季度", "2023-07-01", "2023-09-30", []string{"2023-09-30"}},
		{"三季度末", "2023-09-21", "2023-09-30", []string{"2023-09-30"}},
		{"上半年末", "2023-06-21", "2023-06-30", []string{"2023-06-30"}},
		{"9月底前", "2023-01-01", "2023-09-30", []string{"2023-09-30"}},
		{"3月30日、6月30日、9月30日、12月30日", "2023-03-30", "2023-12-30",
			[]string{"2023-03-30", "2023-06-30", "2023-09-30", "2023-12-30"}},
		{"6月底前、12月底前", "2023-01-01", "2023-12-31", []string{"2023-06-30", "2023-12-31"}},
		// 三水's 「每季度末（分别在6月、9月和12月底）」: three due dates, not one at year end.
		{"6月、9月和12月底", "2023-06-21", "2023-12-31", []string{"2023-06-30", "2023-09-30", "2023-12-31"}},
		{"3、6、9月底前", "2023-01-01", "2023-09-30", []string{"2023-03-31", "2023-06-30", "2023-09-30"}},
		{"2023年底前", "2023-01-01", "2023-12-31", []string{"2023-12-31"}},
		{"年中", "2023-06-21", "2023-06-30", []string{"2023-06-30"}},
		{"每月25日前", "2023-01-01", "2023-12-25", []string{
			"2023-01-25", "2023-02-25", "2023-03-25", "2023-04-25", "2023-05-25", "2023-06-25",
			"2023-07-25", "2023-08-25", "2023-09-25", "2023-10-25", "2023-11-25", "2023-12-25"}},
		{"每季度最后一个月30日前", "2023-01-01", "2023-12-30", []string{"2023-03-30", "2023-06-30", "2023-09-30", "2023-12-30"}},
		{"每季度最后一个月的30日前报送", "2023-01-01", "2023-12-30", []string{"2023-03-30", "2023-06-30", "2023-09-30", "2023-12-30"}},
		{"每季度首月10日前", "2023-01-01", "2023-10-10", []string{"2023-01-10", "2023-04-10", "2023-07-10", "2023-10-10"}},
		{"每季度", "2023-01-01", "2023-12-31", []string{"2023-03-31", "2023-06-30", "2023-09-30", "2023-12-31"}},
		{"每季度末", "2023-01-01", "2023-12-31", []string{"2023-03-31", "2023-06-30", "2023-09-30", "2023-12-31"}},
		{"每半年", "2023-01-01", "2023-12-31", []string{"2023-06-30", "2023-12-31"}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			p, err := Parse(tt.text, 2023)
			if err != nil {
				t.Fatalf("Parse(%q): %v", tt.text, err)
			}
			if p.Text != tt.text {
				t.Errorf("Text = %q", p.Text)
			}
			if !p.Start.Equal(d(tt.start)) || !p.End.Equal(d(tt.end)) {
				t.Errorf("span %s..%s, want %s..%s", p.Start.Format(time.DateOnly), p.End.Format(time.DateOnly), tt.start, tt.end)
			}
			checkDues(t, p, tt.dues)
		})
	}
}

func TestParseFebruaryClamp(t *testing.T) {
	p := MustParse("每月30日前", 2023)
	if got := p.Parts[1].End; !got.Equal(d("2023-02-28")) {
		t.Errorf("February's occurrence due %v, want 2023-02-28", got)
	}
	if got := p.Parts[1].Text; got != "2月28日前" {
		t.Errorf("February's occurrence is called %q", got)
	}
}

func TestParseWeeklySeries(t *testing.T) {
	p := MustParse("每周", 2023)
	if n := len(p.Dues()); n != 52 {
		t.Errorf("每周 in 2023: %d occurrences, want 52", n)
	}
	for _, q := range p.Parts {
		if q.Start.Year() != 2023 || q.End.Year() != 2023 {
			t.Errorf("occurrence %q outside the year: %v..%v", q.Text, q.Start, q.End)
		}
	}
}

func TestParseOpen(t *testing.T) {
	for _, s := range []string{"长期坚持", "持续推进", "长期坚持、持续推进", "常态化推进。"} {
		p, err := Parse(s, 2023)
		if err != nil {
			t.Fatalf("Parse(%q): %v", s, err)
		}
		if !p.Open || !p.Start.IsZero() || !p.End.IsZero() || p.Dues() != nil || p.IsZero() {
			t.Errorf("Parse(%q) = %+v, want an open period without dates", s, p)
		}
		if p.Overlaps(d("2023-01-01"), d("2023-12-31")) {
			t.Errorf("%q overlaps a week", s)
		}
	}
}

// The list of windows of the default data stays one span due at its end.
func TestWindowsDoNotRecur(t *testing.T) {
	p := MustParse("5月左右和9月左右", 2013)
	if p.Recurs || len(p.Dues()) != 1 {
		t.Errorf("5月左右和9月左右 recurs: %+v", p)
	}
}

// The error of an unrecognised recurring deadline calls nothing a month
// that is not one and shows what can be written.
func TestRecurringError(t *testing.T) {
	_, err := Parse("每季度最后一个星期五前", 2023)
	if err == nil {
		t.Fatal("accepted")
	}
	msg := err.Error()
	if strings.Contains(msg, "月份“") || !strings.Contains(msg, "每季度最后一个月30日前") {
		t.Errorf("message %q", msg)
	}
}

func FuzzParseDeadline(f *testing.F) {
	for _, s := range []string{"1月15日前", "6月底前", "2023-01-15", "三季度末", "长期坚持", "每月25日前",
		"每季度最后一个月30日前", "每半年", "3月30日、6月30日、9月30日、12月30日", "5月左右和9月左右",
		"3月初-11月底", "每周", "2023年1月15日前", "4-5月左右", "每季度首月10日前报送",
		"6月底前出台方案，年底前见效", "每周五", "7月起每月25日前", "2023—2025年", "次年1月底前", "按国家部署",
		"2023年6月底前完成，长期坚持", "每年1月15日和7月15日前", "6月、9月和12月底", "3、6、9月底前", "2023年底前", "年中"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := Parse(s, 2023)
		if err != nil {
			if !strings.Contains(err.Error(), "期限") {
				t.Errorf("error without 期限: %v", err)
			}
			return
		}
		if p.Open {
			if !p.Start.IsZero() || !p.End.IsZero() {
				t.Errorf("open period with dates: %+v", p)
			}
			return
		}
		if p.End.Before(p.Start) {
			t.Errorf("%q: end %v before start %v", s, p.End, p.Start)
		}
		for _, q := range p.Dues() {
			if q.End.Before(q.Start) || q.End.After(p.End) || q.Start.Before(p.Start) {
				t.Errorf("%q: occurrence %q %v..%v outside %v..%v", s, q.Text, q.Start, q.End, p.Start, p.End)
			}
		}
	})
}

func TestWritten(t *testing.T) {
	for text, want := range map[string]string{
		"2023-03-31":            "2023年3月31日前",
		"2023/3/31":             "2023年3月31日前",
		"2023-03-31前":           "2023年3月31日前",
		"2023-03-31前完成":         "2023年3月31日前完成",
		"6月底前":                  "6月底前",
		"2023年1月15日前":           "2023年1月15日前",
		"每季度最后一个月30日前":          "每季度最后一个月30日前",
		"长期坚持":                  "长期坚持",
		"":                      "",
		"3月初-11月底":              "3月初至11月底",
		"4-9月":                  "4月至9月",
		"7月-10月":                "7月至10月",
		"7月～10月":                "7月至10月",
		"2023-01-15~2023-02-01": "2023年1月15日至2023年2月1日",
		"每月5-10日":               "每月5日至10日",
		"6月份":                   "6月份",
	} {
		if got := (Period{Text: text}).Written(); got != want {
			t.Errorf("Written(%q) = %q, want %q", text, got, want)
		}
	}
}

// A year far from the programme's is a slip of the keyboard, not a plan:
// the fuzzer found 「1000」 accepted as the whole year 1000.
func TestParseYearReach(t *testing.T) {
	tests := []struct {
		text string
		ok   bool
	}{
		{"1000", false},
		{"2203年底前", false},
		{"3000年底前", false},
		{"2044年1月1日", false},
		{"2043年底前", true},
		{"2003年", true},
		{"2021—2025年", true},
		{"次年1月底前", true},
		{"长期坚持", true},
	}
	for _, tt := range tests {
		_, err := Parse(tt.text, 2023)
		if (err == nil) != tt.ok {
			t.Errorf("Parse(%q, 2023): err = %v, want ok = %v", tt.text, err, tt.ok)
		}
		if err != nil && !strings.Contains(err.Error(), "是否写错了年份") {
			t.Errorf("Parse(%q): message %q does not name the year", tt.text, err)
		}
	}
}

// checkDues holds p to the due dates want, each occurrence a span with a
// text, and to recurring exactly when it has more than one.
func checkDues(t *testing.T, p Period, want []string) {
	t.Helper()
	var got []string
	for _, q := range p.Dues() {
		got = append(got, q.End.Format(time.DateOnly))
		if q.Start.After(q.End) || q.Text == "" {
			t.Errorf("occurrence %q %v..%v", q.Text, q.Start, q.End)
		}
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("dues %v, want %v", got, want)
	}
	if p.Recurs != (len(want) > 1) {
		t.Errorf("Recurs = %v", p.Recurs)
	}
}

// TestOtherYear: a year other than the programme's is named, but not the
// last report of a series that falls in January of the next year (QA s10 12).
func TestOtherYear(t *testing.T) {
	tests := []struct {
		text string
		want int
	}{
		{"2022年4月10日、7月10日、10月10日和2023年1月10日前", 2023},
		{"2022-04-10、2023-01-10", 2023},
		{"次年1月底前", 0},
		{"2022年6月底前", 0},
		{"2021年10月10日和2023年1月10日前", 2021}, // the first other year
		{"2025年4月8日、7月8日及12月8日前", 2025},
	}
	for _, tt := range tests {
		got, ok := OtherYear(tt.text, 2022)
		if ok != (tt.want != 0) || got != tt.want {
			t.Errorf("OtherYear(%q, 2022) = %d, %v; want %d", tt.text, got, ok, tt.want)
		}
	}
}

// TestFrom: a recurring deadline cut at a notice's date keeps the due
// dates on or after it and counts the ones it drops (QA s10 5).
func TestFrom(t *testing.T) {
	tests := []struct {
		text    string
		day     string
		first   string
		n, drop int
		ok      bool
	}{
		{"每月25日前", "2022-02-28", "2022-03-25", 10, 2, true},
		{"每月25日前", "2022-03-25", "2022-03-25", 10, 2, true},
		{"3月起每月25日前", "2022-01-10", "2022-03-25", 10, 2, true},
		{"3月起每月25日前", "2022-05-01", "2022-05-25", 8, 4, true},
		{"从2022年3月起，每月25日前", "2022-01-10", "2022-03-25", 10, 2, true},
		{"从2022年第二季度起，每个季度第1个月的20日前", "2022-01-12", "2022-04-20", 3, 1, true},
		{"每季度", "2022-11-15", "2022-12-31", 1, 3, true},
		{"每季度", "2021-12-01", "2022-03-31", 4, 0, true},
		{"6月底前", "2022-07-01", "2022-06-30", 1, 0, false}, // not recurring: as it is
		{"每季度", "2023-02-01", "2022-03-31", 4, 0, false},  // all before: as it is
	}
	for _, tt := range tests {
		day, _ := time.Parse(time.DateOnly, tt.day)
		p, ok := MustParse(tt.text, 2022).From(day)
		dues := p.Dues()
		if ok != tt.ok || len(dues) != tt.n || p.Dropped != tt.drop || dues[0].End.Format(time.DateOnly) != tt.first {
			t.Errorf("%s from %s: ok %v, %d dues from %s, dropped %d; want %v, %d from %s, %d",
				tt.text, tt.day, ok, len(dues), dues[0].End.Format(time.DateOnly), p.Dropped, tt.ok, tt.n, tt.first, tt.drop)
		}
		if p.Text != tt.text {
			t.Errorf("%s: text %q", tt.text, p.Text)
		}
	}
}
