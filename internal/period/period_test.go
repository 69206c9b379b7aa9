package period

import (
	"encoding/json"
	"strings"
	"testing"
	"time"
)

func d(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestParse(t *testing.T) {
	tests := []struct {
		text       string
		start, end string
		parts      int
	}{
		// The forms of the seed's plan.
		{"2月初", "2013-02-01", "2013-02-10", 0},
		{"2月中旬", "2013-02-11", "2013-02-20", 0},
		{"2月下旬", "2013-02-21", "2013-02-28", 0},
		{"3月上中旬", "2013-03-01", "2013-03-20", 0},
		{"3月", "2013-03-01", "2013-03-31", 0},
		{"6月份", "2013-06-01", "2013-06-30", 0},
		{"2月初-2月底", "2013-02-01", "2013-02-28", 0},
		{"3月初-11月底", "2013-03-01", "2013-11-30", 0},
		{"5月左右", "2013-04-21", "2013-06-10", 0},
		{"11月底左右", "2013-11-11", "2013-12-10", 0},
		{"12月", "2013-12-01", "2013-12-31", 0},
		{"全年", "2013-01-01", "2013-12-31", 0},
		// The briefing plan.
		{"4-5月", "2013-04-01", "2013-05-31", 0},
		{"7-9月", "2013-07-01", "2013-09-30", 0},
		{"10-11月", "2013-10-01", "2013-11-30", 0},
		{"6月左右", "2013-05-21", "2013-07-10", 0},
		{"11月底", "2013-11-21", "2013-11-30", 0},
		{"5月左右和9月左右", "2013-04-21", "2013-10-10", 2},
		// Other spellings.
		{"2月中", "2013-02-11", "2013-02-20", 0},
		{"2月末", "2013-02-21", "2013-02-28", 0},
		{"2月上旬", "2013-02-01", "2013-02-10", 0},
		{"3月中下旬", "2013-03-11", "2013-03-31", 0},
		{"3月上半月", "2013-03-01", "2013-03-20", 0},
		{"３月", "2013-03-01", "2013-03-31", 0},
		{"三月中旬", "2013-03-11", "2013-03-20", 0},
		{"十一月底", "2013-11-21", "2013-11-30", 0},
		{"十二月", "2013-12-01", "2013-12-31", 0},
		{"3月15日", "2013-03-15", "2013-03-15", 0},
		{"3月十五日", "2013-03-15", "2013-03-15", 0},
		{"3月-5月", "2013-03-01", "2013-05-31", 0},
		{"4-5月份", "2013-04-01", "2013-05-31", 0},
		{"3月上旬-中旬", "2013-03-01", "2013-03-20", 0},
		{"2月初-月底", "2013-02-01", "2013-02-28", 0},
		{"2月初-底", "2013-02-01", "2013-02-28", 0},
		{"3月初—11月底", "2013-03-01", "2013-11-30", 0},
		{"3月初至11月底", "2013-03-01", "2013-11-30", 0},
		{"3月初～11月底", "2013-03-01", "2013-11-30", 0},
		{" 3月 ", "2013-03-01", "2013-03-31", 0},
		{"3月、6月", "2013-03-01", "2013-06-30", 2},
		{"3月、6月和9月", "2013-03-01", "2013-09-30", 3},
		{"9月和3月", "2013-03-01", "2013-09-30", 2},
		{"3、6、9月", "2013-03-01", "2013-09-30", 3},
		{"5和9月份", "2013-05-01", "2013-09-30", 2},
		{"1月左右", "2013-01-01", "2013-02-10", 0},
		{"12月左右", "2013-11-21", "2013-12-31", 0},
		{"6月前后", "2013-05-21", "2013-07-10", 0},
		{"4-5月左右", "2013-03-21", "2013-06-10", 0},
		{"上半年", "2013-01-01", "2013-06-30", 0},
		{"下半年", "2013-07-01", "2013-12-31", 0},
		{"第二季度", "2013-04-01", "2013-06-30", 0},
		{"四季度", "2013-10-01", "2013-12-31", 0},
		{"年初", "2013-01-01", "2013-01-10", 0},
		{"年底", "2013-12-21", "2013-12-31", 0},
		{"年中", "2013-06-21", "2013-06-30", 0},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			p, err := Parse(tt.text, 2013)
			if err != nil {
				t.Fatalf("Parse(%q): %v", tt.text, err)
			}
			if got, want := p.Text, strings.TrimSpace(tt.text); got != want {
				t.Errorf("Text = %q, want %q", got, want)
			}
			if !p.Start.Equal(d(tt.start)) || !p.End.Equal(d(tt.end)) {
				t.Errorf("Parse(%q) = %s..%s, want %s..%s", tt.text, p.Start.Format(time.DateOnly), p.End.Format(time.DateOnly), tt.start, tt.end)
			}
			if p.Start.Location() != time.UTC || p.Start.Hour() != 0 {
				t.Errorf("Start %v is not midnight UTC", p.Start)
			}
			if len(p.Parts) != tt.parts {
				t.Errorf("len(Parts) = %d, want %d", len(p.Parts), tt.parts)
			}
		})
	}
}

func TestParseLeapYear(t *testing.T) {
	p := MustParse("2月下旬", 2012)
	if !p.End.Equal(d("2012-02-29")) {
		t.Errorf("2012 2月下旬 ends %v, want 2012-02-29", p.End)
	}
}

func TestParseList(t *testing.T) {
	p := MustParse("5月左右和9月左右", 2013)
	want := [][3]string{{"5月左右", "2013-04-21", "2013-06-10"}, {"9月左右", "2013-08-21", "2013-10-10"}}
	for i, w := range want {
		q := p.Parts[i]
		if q.Text != w[0] || !q.Start.Equal(d(w[1])) || !q.End.Equal(d(w[2])) {
			t.Errorf("Parts[%d] = %q %v..%v, want %v", i, q.Text, q.Start, q.End, w)
		}
	}
	if p.Contains(d("2013-07-15")) {
		t.Error("list contains a day in the gap between its parts")
	}
	if !p.Contains(d("2013-09-30")) || !p.Overlaps(d("2013-10-07"), d("2013-10-13")) {
		t.Error("list misses a day of its second part")
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		text string
		want string // a fragment of the message
	}{
		{"3月中下", "您是不是要写“3月中下旬”？"},
		{"2月下句", "您是不是要写“2月下旬”？"},
		{"3月上中句", "您是不是要写“3月上中旬”？"},
		{"4月下句末", "您是不是要写“4月下旬”？"},
		{"13月", "月份“13”须是 1 到 12"},
		{"0月", "月份“0”须是 1 到 12"},
		{"月底", "“月”前缺少月份数字"},
		{"", "期限为空"},
		{"   ", "期限为空"},
		{"下周", "缺少月份"},
		{"明年3月", "无法识别的期限“明年3月”"},
		{"11月底-3月初", "早于起点"},
		{"3月-", "两边都须写期限"},
		{"-3月", "两边都须写期限"},
		{"3月-4月-5月", "只能有一个"},
		{"3月和", "两边都须写期限"},
		{"和3月", "两边都须写期限"},
		{"3月、、4月", "两边都须写期限"},
		{"左右", "“左右”前须写期限"},
		{"5月左右左右", "只能写一次"},
		{"5月前后左右", "只能写一次"},
		{"2月30日", "2月没有“30日”"},
		{"3月上下旬", "整月请写“3月”"},
		{"第五季度", "季度须是第一季度到第四季度"},
		{"3月和十三月", "第2项“十三月”"},
		{"每天", "“每”后须写月、季度、半年或周"},
		{"每季度最后一个月的35日前", "不是 1 到 31 日"},
		{"每季度第5个月30日前", "最后一个月"},
		{"每月中间", "应写日期"},
		{"每半年中", "“每半年”后的“中”"},
		{"6月-9月前", "不能是区间"},
		{"2023-13-01", "须是 1 到 12"},
		{"2023-02-30", "2月没有“30日”"},
		{"下个月", "“下个”不是月份数字"},
		{"3、6、9", "缺少月份"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			_, err := Parse(tt.text, 2013)
			if err == nil {
				t.Fatalf("Parse(%q) succeeded, want error", tt.text)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Parse(%q) error %q does not contain %q", tt.text, err, tt.want)
			}
			if strings.Contains(err.Error(), "？。") || strings.Contains(err.Error(), "。。") {
				t.Errorf("doubled punctuation in %q", err)
			}
			if tt.text != "" && strings.TrimSpace(tt.text) != "" && !strings.Contains(err.Error(), "“"+strings.TrimSpace(tt.text)+"”") {
				t.Errorf("error %q does not name the text", err)
			}
		})
	}
	if _, err := Parse(strings.Repeat("左右", 1000), 2013); err == nil || !strings.Contains(err.Error(), "超过 100 个字") {
		t.Errorf("long text: %v", err)
	}
	if _, err := Parse("3月", 0); err == nil {
		t.Error("year 0 accepted")
	}
}

func TestMarshal(t *testing.T) {
	v := struct {
		P Period `json:"p"`
	}{MustParse("3月上中旬", 2013)}
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := string(b), `{"p":"3月上中旬"}`; got != want {
		t.Errorf("json = %s, want %s", got, want)
	}
	if !(Period{}).IsZero() || MustParse("3月", 2013).IsZero() {
		t.Error("IsZero wrong")
	}
}

func TestDays(t *testing.T) {
	if n := MustParse("全年", 2013).Days(); n != 365 {
		t.Errorf("全年 has %d days", n)
	}
	if n := MustParse("2月下旬", 2013).Days(); n != 8 {
		t.Errorf("2013 2月下旬 has %d days", n)
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"2月初", "2月中旬", "3月上中旬", "6月份", "2月初-2月底", "3月初-11月底", "5月左右",
		"11月底左右", "全年", "4-5月", "5月左右和9月左右", "3月中下", "十二月", "3月15日", "-", "和", "月", "左右左右", "1-月"} {
		f.Add(s, 2013)
	}
	f.Fuzz(func(t *testing.T, s string, year int) {
		p, err := Parse(s, year)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "无法识别的期限") && !strings.HasPrefix(err.Error(), "期限为空") {
				t.Errorf("error %q does not say what failed", err)
			}
			return
		}
		if p.End.Before(p.Start) {
			t.Errorf("Parse(%q) = %v..%v: End before Start", s, p.Start, p.End)
		}
		if p.Start.Year() < year-yearReach || p.End.Year() > year+yearReach {
			t.Errorf("Parse(%q, %d) leaves the year: %v..%v", s, year, p.Start, p.End)
		}
		for _, q := range p.Parts {
			if q.End.Before(q.Start) || q.Start.Before(p.Start) || q.End.After(p.End) {
				t.Errorf("Parse(%q): part %v..%v outside %v..%v", s, q.Start, q.End, p.Start, p.End)
			}
		}
	})
}

func TestMarshalYAMLText(t *testing.T) {
	// yaml.v3 and encoding/json both honour encoding.TextMarshaler; check
	// the interface is met by value, as struct fields are marshalled.
	var _ interface{ MarshalText() ([]byte, error) } = Period{}
	var _ interface{ MarshalText() ([]byte, error) } = Cadence{}
	b, err := json.Marshal(map[string]any{"every": Cadence{Text: "每季度", Every: Quarterly}})
	if err != nil || string(b) != `{"every":"每季度"}` {
		t.Errorf("cadence json = %s, %v", b, err)
	}
}

func FuzzParseCadence(f *testing.F) {
	for _, s := range append(CadenceForms(), "", "每两周", " 每月 ", "每季度一次") {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := ParseCadence(s)
		if err != nil {
			return
		}
		if c.Every.String() == "" || c.Text != strings.TrimSpace(s) {
			t.Errorf("ParseCadence(%q) = %+v", s, c)
		}
		for _, o := range c.Occurrences(2013) {
			if o.End.Before(o.Start) {
				t.Errorf("%q: occurrence %v", s, o)
			}
		}
	})
}

func TestNumbers(t *testing.T) {
	tests := []struct {
		in   string
		want int
		ok   bool
	}{
		{"1", 1, true}, {"12", 12, true}, {"一", 1, true}, {"十", 10, true}, {"十二", 12, true},
		{"二十", 20, true}, {"二十一", 21, true}, {"廿一", 21, true}, {"卅", 30, true}, {"卅一", 31, true},
		{"两", 2, true}, {"", 0, false}, {"-1", 0, false}, {"+3", 0, false}, {"一十", 0, false},
		{"十十", 0, false}, {"零", 0, false}, {"二十零", 0, false}, {"三四", 0, false},
	}
	for _, tt := range tests {
		got, err := number(tt.in)
		if (err == nil) != tt.ok || tt.ok && got != tt.want {
			t.Errorf("number(%q) = %d, %v; want %d ok=%v", tt.in, got, err, tt.want, tt.ok)
		}
	}
}

func TestNames(t *testing.T) {
	if Upper.String() != "上旬" || Middle.Short() != "中" || Lower.String() != "下旬" || Third(5).Short() != "?" {
		t.Error("Third names")
	}
	if Weekly.String() != "每周" || AtOnce.String() != "即时" || Frequency(99).String() != "Frequency(99)" {
		t.Error("Frequency names")
	}
	x := Xun{2013, time.February, Middle}
	if p := x.Period(); p.Text != "2月中旬" || !p.Start.Equal(d("2013-02-11")) || !p.End.Equal(d("2013-02-20")) {
		t.Errorf("Xun.Period = %+v", p)
	}
	if MustParse("3月", 2013).String() != "3月" {
		t.Error("Period.String")
	}
	defer func() {
		if recover() == nil {
			t.Error("MustParse did not panic on a bad text")
		}
	}()
	MustParse("三月中下", 2013)
}
