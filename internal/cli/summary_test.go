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
