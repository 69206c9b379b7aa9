package meetings

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"gongwen/internal/model"
	"gongwen/internal/period"
)

// A programme's tasks: one with only 责任单位, one reported every quarter
// (3月30日、6月30日、9月30日、12月30日), one standing duty. On 5 April the
// missed first-quarter report is supervised, under the responsible units.
func TestSuperviseProgramme(t *testing.T) {
	c := &model.Campaign{Year: 2023,
		Units: []model.Unit{{ID: "jd", Name: "各街道"}, {ID: "fgw", Name: "区发展改革委"}, {ID: "tjj", Name: "区统计局"}},
		Tasks: []model.Task{
			{ID: "bs", Title: "报送经济运行情况", Units: []string{"fgw", "tjj"}, Status: model.InProgress,
				Period: period.MustParse("3月30日、6月30日、9月30日、12月30日", 2023)},
			{ID: "xm", Title: "推进重大项目", Units: []string{"jd"}, Status: model.InProgress,
				Period: period.MustParse("3月底前", 2023)},
			{ID: "cq", Title: "安全生产", Units: []string{"jd"}, Status: model.InProgress,
				Period: period.MustParse("长期坚持", 2023)},
			{ID: "yd", Title: "月度调度", Lead: []string{"fgw"}, Status: model.InProgress,
				Period: period.MustParse("每月25日前", 2023), Reported: []time.Time{day("2023-01-20"), day("2023-02-24")}},
		},
	}
	s, err := Supervise(c, nil, SuperviseOptions{Date: day("2023-04-05")})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, l := range s.Letters {
		var items []string
		for _, it := range l.Items {
			items = append(items, fmt.Sprintf("%s@%s", it.Task.ID, it.Due.Format("01-02")))
		}
		got = append(got, l.Name+"["+strings.Join(items, " ")+"]")
	}
	want := "各街道[xm@03-31] 区发展改革委[bs@03-30 yd@03-25] 区统计局[bs@03-30]"
	if g := strings.Join(got, " "); g != want {
		t.Errorf("letters\n got %s\nwant %s", g, want)
	}
	if s.Tasks != 3 || s.Overdue != 3 {
		t.Errorf("tasks %d overdue %d, want 3 and 3", s.Tasks, s.Overdue)
	}
	for _, l := range s.Letters {
		for _, it := range l.Items {
			if it.Task.ID == "bs" && it.Occurrence != "3月30日" {
				t.Errorf("occurrence %q, want 3月30日", it.Occurrence)
			}
		}
	}
	// Reported on 3-28, the first quarter is met; on 4-5 nothing of bs is due.
	c.Tasks[0].Reported = []time.Time{day("2023-03-28")}
	s, err = Supervise(c, nil, SuperviseOptions{Date: day("2023-04-05")})
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range s.Letters {
		for _, it := range l.Items {
			if it.Task.ID == "bs" {
				t.Errorf("met occurrence supervised: %+v", it)
			}
		}
	}
}

// Each occurrence of a recurring deadline is a line of the weekly list in
// the week it falls due, and stays on the list, carried, until met.
func TestWeekListRecurring(t *testing.T) {
	c := &model.Campaign{Year: 2023, Tasks: []model.Task{
		{ID: "yd", Title: "月度调度", Status: model.InProgress, Period: period.MustParse("每月25日前", 2023),
			Reported: []time.Time{day("2023-01-20")}},
		{ID: "cq", Title: "安全生产", Status: model.InProgress, Period: period.MustParse("长期坚持", 2023)},
	}}
	lines := func(date string) string {
		var out []string
		for _, it := range c.WeekList(period.WeekOf(day(date))).Items {
			s := it.Task.ID + ":" + it.Due.Text
			if it.Carried {
				s += "(carried)"
			}
			if it.DoneThisWeek {
				s += "(done)"
			}
			out = append(out, s)
		}
		return strings.Join(out, " ")
	}
	for _, tt := range []struct{ date, want string }{
		{"2023-01-18", "yd:1月25日前(done)"}, // the week of 1-16..1-22: met on 1-20
		{"2023-01-25", ""},                // met already
		{"2023-02-22", "yd:2月25日前"},
		{"2023-03-01", "yd:2月25日前(carried)"},
		{"2023-03-22", "yd:2月25日前(carried) yd:3月25日前"},
	} {
		if got := lines(tt.date); got != tt.want {
			t.Errorf("week of %s: %q, want %q", tt.date, got, tt.want)
		}
	}
}
