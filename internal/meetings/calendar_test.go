package meetings

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"gongwen/internal/cn"
	"gongwen/internal/load"
	"gongwen/internal/model"
)

func day(s string) time.Time {
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return d
}

func dates(occ []Occurrence) []string {
	var out []string
	for _, o := range occ {
		if o.Unscheduled {
			out = append(out, "适时")
			continue
		}
		out = append(out, o.Date.Format("01-02"))
	}
	return out
}

func campaign(year int, cds ...model.Cadence) *model.Campaign {
	return &model.Campaign{Year: year, Cadences: cds}
}

// The hand-made calendar: 2013's holidays are 元旦 1月1–3 (1月5–6 worked),
// 春节 2月9–15 (2月16–17 worked), 清明 4月4–6 (4月7 worked), 劳动节 4月29–
// 5月1 (4月27–28 worked), 端午 6月10–12 (6月8–9 worked), 中秋 9月19–21 (9月22
// worked), 国庆 10月1–7 (9月29 and 10月12 worked).
func TestCalendar2013(t *testing.T) {
	cases := []struct {
		name     string
		cd       model.Cadence
		from, to string
		want     string
		moved    map[string]string // date → holiday it was moved for
	}{
		{name: "每周一 一季度", cd: model.Cadence{ID: "lh", Every: "每周", Weekday: 1}, from: "2013-01-01", to: "2013-03-31",
			// 12-31 is 2012's; 2-11 春节 → Saturday 2-16, a 调休 workday.
			want:  "01-07 01-14 01-21 01-28 02-04 02-16 02-18 02-25 03-04 03-11 03-18 03-25",
			moved: map[string]string{"02-16": "春节"}},
		{name: "每周一 二季度", cd: model.Cadence{ID: "lh", Every: "每周"}, from: "2013-04-01", to: "2013-06-30",
			want:  "04-01 04-08 04-15 04-22 05-02 05-06 05-13 05-20 05-27 06-03 06-13 06-17 06-24",
			moved: map[string]string{"05-02": "劳动节", "06-13": "端午节"}},
		{name: "每周一 四季度", cd: model.Cadence{ID: "lh", Every: "每周一次", Weekday: 1}, from: "2013-09-23", to: "2013-12-31",
			// 12-30 belongs to ISO week 1 of 2014 but is in 2013.
			want:  "09-23 09-30 10-08 10-14 10-21 10-28 11-04 11-11 11-18 11-25 12-02 12-09 12-16 12-23 12-30",
			moved: map[string]string{"10-08": "国庆节"}},
		{name: "每周四", cd: model.Cadence{ID: "th", Every: "每周", Weekday: 4}, from: "2013-03-25", to: "2013-04-14",
			// 4-4 清明, 4-5 清明, 4-6 Saturday → Sunday 4-7, worked.
			want: "03-28 04-07 04-11", moved: map[string]string{"04-07": "清明节"}},
		{name: "每周四 中秋国庆", cd: model.Cadence{ID: "th", Every: "每周", Weekday: 4}, from: "2013-09-16", to: "2013-10-13",
			// 9-19 中秋 → Sunday 9-22 (worked); the week of 10-3 has no working day.
			want: "09-22 09-26 10-10", moved: map[string]string{"09-22": "中秋节"}},
		{name: "每季度", cd: model.Cadence{ID: "q", Every: "每季度"}, want: "03-18 06-17 09-16 12-16"},
		{name: "每半年", cd: model.Cadence{ID: "h", Every: "每半年"}, want: "06-17 12-16"},
		{name: "每月 春节", cd: model.Cadence{ID: "m", Every: "每月", Weekday: 3}, from: "2013-01-01", to: "2013-03-31",
			want: "01-16 02-20 03-20"},
		{name: "指定月份", cd: model.Cadence{ID: "qt", Every: "5月左右和9月左右", Months: []int{5, 9}}, want: "05-13 09-09"},
		{name: "指定月份 春节", cd: model.Cadence{ID: "cj", Every: "2月", Months: []int{2}, Weekday: 1},
			want: "02-16", moved: map[string]string{"02-16": "春节"}},
		{name: "期限文字", cd: model.Cadence{ID: "xc", Every: "6月份"}, want: "06-13", moved: map[string]string{"06-13": "端午节"}},
		// Without months the text itself gives the two windows.
		{name: "期限文字 两段", cd: model.Cadence{ID: "qt2", Every: "5月左右和9月左右"}, want: "05-13 09-09"},
		{name: "每旬", cd: model.Cadence{ID: "x", Every: "每旬"}, from: "2013-10-01", to: "2013-10-31",
			want: "10-08 10-11 10-21", moved: map[string]string{"10-08": "国庆节", "10-12": ""}},
		{name: "适时", cd: model.Cadence{ID: "s", Every: "适时"}, want: "适时"},
		{name: "即时", cd: model.Cadence{ID: "j", Every: "即时"}, want: "适时"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var opts Options
			if tc.from != "" {
				opts = Options{From: day(tc.from), To: day(tc.to)}
			}
			occ, err := Calendar(campaign(2013, tc.cd), cn.DefaultCalendar(), opts)
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.Join(dates(occ), " "); got != tc.want {
				t.Errorf("dates\n got %s\nwant %s", got, tc.want)
			}
			for _, o := range occ {
				want := tc.moved[o.Date.Format("01-02")]
				if o.Moved != want {
					t.Errorf("%s moved for %q, want %q", o.Date.Format(time.DateOnly), o.Moved, want)
				}
				if !o.Unscheduled {
					if ok, _ := cn.DefaultCalendar().IsWorkday(o.Date); !ok {
						t.Errorf("%s is not a working day", o.Date.Format(time.DateOnly))
					}
				}
			}
		})
	}
}

func TestYearEnds(t *testing.T) {
	occ, err := Calendar(campaign(2014, model.Cadence{ID: "w", Every: "每周", Weekday: 3}), nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	// 2014-01-01 is 元旦 (a Wednesday): the week's meeting is the Thursday.
	if first := occ[0]; first.Date != day("2014-01-02") || first.Moved != "元旦节" || first.Window.Text != "2013年12月30日—2014年1月5日" {
		t.Errorf("first = %s %q %q", first.Date.Format(time.DateOnly), first.Moved, first.Window.Text)
	}
	last := occ[len(occ)-1]
	// 2014-12-31 is in ISO week 1 of 2015, which runs into 2015.
	if last.Date != day("2014-12-31") || last.Window.Text != "2014年12月29日—2015年1月4日" {
		t.Errorf("last = %s %q", last.Date.Format(time.DateOnly), last.Window.Text)
	}
	for _, o := range occ {
		if o.Date.Year() != 2014 {
			t.Errorf("%s outside the year", o.Date.Format(time.DateOnly))
		}
	}
	// A year without holiday data is an error, not a guess.
	if _, err := Calendar(campaign(1980, model.Cadence{ID: "w", Every: "每周"}), nil, Options{}); err == nil {
		t.Error("1980: no error")
	}
}

func TestCalendarErrors(t *testing.T) {
	for _, cd := range []model.Cadence{{ID: "x", Every: "每逢佳节"}, {ID: "y", Every: "每周", Months: []int{13}}} {
		_, err := Calendar(campaign(2013, cd), nil, Options{})
		if err == nil || !strings.Contains(err.Error(), "cadences[0]") {
			t.Errorf("%+v: err = %v", cd, err)
		}
	}
}

func seed(t testing.TB) *model.Campaign {
	t.Helper()
	c, _, err := load.File("../../data/xuechuang.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// The seed's held meetings take the place of the planned ones of their
// cadence and window, carrying their minutes.
func TestSeedCalendar(t *testing.T) {
	c := seed(t)
	occ, err := Calendar(c, nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	held := map[string]string{}
	for _, o := range occ {
		if o.Held() {
			held[o.Meeting.ID] = o.Date.Format(time.DateOnly) + " " + o.Window.Text
		}
	}
	want := map[string]string{
		"ldxz-1": "2013-03-12 上半年", "bgs-1": "2013-03-13 第一季度", "qtdw-1": "2013-05-16 5月",
		"bgs-2": "2013-06-27 第二季度", "lh-28": "2013-07-08 7月8日—7月14日",
	}
	for id, w := range want {
		if held[id] != w {
			t.Errorf("%s: %q, want %q", id, held[id], w)
		}
	}
	if len(held) != len(c.Meetings) {
		t.Errorf("%d held, want %d", len(held), len(c.Meetings))
	}
	// Weekly meetings only within the campaign's phases, and no second
	// 例会 in week 28.
	n28 := 0
	for _, o := range occ {
		if o.Cadence != nil && o.Cadence.ID == "lh" && o.Window.Text == "7月8日—7月14日" {
			n28++
		}
	}
	if n28 != 1 {
		t.Errorf("week 28 has %d 例会", n28)
	}
	last := occ[len(occ)-1]
	if !last.Unscheduled {
		t.Errorf("unscheduled rules should come last, got %s", last.Name)
	}
	if o := Find(occ, "bgs-2"); o == nil || o.Status(day("2013-07-15")) != "已召开" {
		t.Errorf("Find bgs-2 = %+v", o)
	}
	if o := Find(occ, "zrhy-2013-09-16"); o == nil || o.Status(day("2013-07-15")) != "待召开" {
		t.Errorf("Find zrhy-2013-09-16 = %+v", o)
	}
}

func TestXunMarks(t *testing.T) {
	c := seed(t)
	occ, err := Calendar(c, nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	marks := XunMarks(occ, 2013, false)
	if len(marks) != 36 {
		t.Fatalf("%d 旬", len(marks))
	}
	// 3月中旬 holds the two meetings of 12 and 13 March.
	if got := marks[7]; got != "✓“学创”活动领导小组第一次会议 3/12\n✓领导小组办公室第一次主任会议 3/13" {
		t.Errorf("3月中旬: %q", got)
	}
	// 9月中旬: the planned third-quarter 主任会议.
	if got := marks[25]; got != "领导小组办公室主任会议 9/16" {
		t.Errorf("9月中旬: %q", got)
	}
	for i, m := range marks {
		if strings.Contains(m, "工作例会 ") {
			t.Errorf("旬 %d has a weekly meeting: %q", i, m)
		}
	}
	if w := XunMarks(occ, 2013, true); !strings.Contains(w[3], "工作例会") {
		t.Errorf("2月上旬 with weekly: %q", w[3])
	}
}

func FuzzCalendar(f *testing.F) {
	for _, s := range []string{"每周", "每季度", "5月左右和9月左右", "6月份", "适时", "全年", "3月初-11月底", "每旬", "", "每月一次"} {
		f.Add(s, 1, 5)
	}
	f.Fuzz(func(t *testing.T, every string, weekday, month int) {
		c := campaign(2013, model.Cadence{ID: "x", Every: every, Weekday: weekday})
		if month%3 == 0 {
			c.Cadences[0].Months = []int{month}
		}
		occ, err := Calendar(c, nil, Options{})
		if err != nil {
			return
		}
		for _, o := range occ {
			if o.Unscheduled {
				continue
			}
			if ok, err := cn.DefaultCalendar().IsWorkday(o.Date); err != nil || !ok {
				t.Fatalf("%q: %s is not a working day", every, o.Date.Format(time.DateOnly))
			}
			if !o.Window.Contains(o.Date) {
				t.Fatalf("%q: %s outside its window %s", every, o.Date.Format(time.DateOnly), o.Window.Text)
			}
		}
	})
}

func TestPlanRows(t *testing.T) {
	c := seed(t)
	occ, err := Calendar(c, nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	rows := PlanRows(c, occ, 2013)
	if len(rows) != len(c.Cadences) {
		t.Fatalf("%d rows", len(rows))
	}
	// 主任会议: held 3-13 (3月中旬) and 6-27 (6月下旬), planned 9-16, 12-16.
	zr := rows[1]
	if fmt.Sprint(zr.Days[7], zr.Held[7], zr.Days[17], zr.Held[17], zr.Days[25], zr.Held[25]) != "[13] true [27] true [16] false" {
		t.Errorf("主任会议 %v", zr)
	}
	// 例会: 2月中旬 holds 2-16 (moved for 春节) and 2-18.
	if got := fmt.Sprint(rows[0].Days[4]); got != "[16 18]" {
		t.Errorf("例会 2月中旬 %s", got)
	}
	// 适时 rules have empty rows.
	for x := range rows[5].Days {
		if len(rows[5].Days[x]) > 0 {
			t.Errorf("适时 row has meetings")
		}
	}
}
