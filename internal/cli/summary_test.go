package cli

import (
	"bytes"
	"regexp"
	"strings"
	"testing"
	"time"

	"gongwen/internal/load"
)

var regexpISO = regexp.MustCompile(`\d{4}-\d{2}-\d{2}`)

// TestSummaryInChinese: build's statistics say dates as a clerk writes
// them, name the office group that answers for its own overdue work, and
// say a deadline once.
func TestSummaryInChinese(t *testing.T) {
	c, _, err := load.File(seedData)
	if err != nil {
		t.Fatal(err)
	}
	date := time.Date(2013, 7, 15, 0, 0, 0, 0, time.UTC)
	var out bytes.Buffer
	printSummary(&IOStreams{Out: &out}, c, summarize(c, date), date)
	got := out.String()
	for _, want := range []string{
		"主题实践活动（2013年）截至2013年7月15日：任务 32 项",
		"制定各专项活动方案并报审（2月下旬，应于2013年2月28日前完成，推进中）省委宣传部",
		"召开市州现场推进会（6月份，应于2013年6月30日前完成，推进中）综合组\n",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("summary lacks %q:\n%s", want, got)
		}
	}
	if iso := regexpISO.FindString(got); iso != "" {
		t.Errorf("summary says %s:\n%s", iso, got)
	}

	// A deadline the period already names is not said again, nor a
	// year the name already has.
	c.Name = "2013年重点工作"
	for i := range c.Tasks {
		c.Tasks[i].Period.Text = strings.ReplaceAll(c.Tasks[i].Period.Text, "2月下旬", "2月28日前")
	}
	out.Reset()
	printSummary(&IOStreams{Out: &out}, c, summarize(c, date), date)
	got = out.String()
	if !strings.HasPrefix(got, "2013年重点工作截至2013年7月15日") || !strings.Contains(got, "（2月28日前，推进中）") {
		t.Errorf("summary repeats itself:\n%s", got)
	}
}

// TestOverdueWhen: an overdue task's deadline is said once, in Chinese —
// a date the data writes ISO is not echoed, a recurring deadline names the
// occurrence missed (QA: 「（2023-03-31，应于2023年3月31日前完成…」 and
// 「（6月30日，3月30日、6月30日、9月30日、12月30日，推进中）」).
func TestOverdueWhen(t *testing.T) {
	day := func(m, d int) time.Time { return time.Date(2023, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
	tests := []struct {
		t    overdueTask
		want string
	}{
		{overdueTask{text: "2月下旬", due: day(2, 28)}, "2月下旬，应于2023年2月28日前完成"},
		{overdueTask{text: "3月25日前", due: day(3, 25)}, "3月25日前"},
		{overdueTask{text: "2023-03-31", due: day(3, 31)}, "应于2023年3月31日前完成"},
		{overdueTask{text: "2023年3月31日前", due: day(3, 31)}, "应于2023年3月31日前完成"},
		{overdueTask{text: "3月30日、6月30日、9月30日、12月30日", due: day(6, 30), recurs: true},
			"3月30日、6月30日、9月30日、12月30日各一次，6月30日这一次未按期完成"},
		{overdueTask{text: "每季度最后一个月30日前", due: day(6, 30), recurs: true}, "每季度最后一个月30日前，6月30日这一次未按期完成"},
	}
	for _, tc := range tests {
		if got := overdueWhen(tc.t); got != tc.want {
			t.Errorf("%q: %q, want %q", tc.t.text, got, tc.want)
		}
	}
}
