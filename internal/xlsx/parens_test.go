package xlsx

import (
	"strings"
	"testing"
	"time"

	"gongwen/internal/model"
	"gongwen/internal/period"
)

// No line of the weekly list nests brackets: a recurring deadline written
// with its own note (「每季度末（分别在6月、9月和12月底）」) and a report
// whose dates name no quarter print one pair each, and a report of two
// dates that are not the halves' ends is not called 下半年.
func TestWeeklyDueNoNestedBrackets(t *testing.T) {
	c := &model.Campaign{Name: "某局2023年工作要点分工", Year: 2023,
		Units:      []model.Unit{{ID: "a", Name: "办公室"}, {ID: "b", Name: "综合科"}},
		Categories: []model.Category{{ID: "c1", Name: "一类"}, {ID: "c2", Name: "二类"}},
		Reporting:  []model.ReportRule{{What: "落实情况", Period: period.Period{Text: "3月30日、6月30日"}, Categories: []string{"c2"}}},
		Tasks: []model.Task{
			{ID: "t1", Title: "任务一", Category: "c1", Lead: []string{"a"}, Period: period.Period{Text: "每季度末（分别在6月、9月和12月底）"}},
			{ID: "t2", Title: "任务二", Category: "c2", Lead: []string{"b"}},
		}}
	c.ResolvePeriods()
	if errs := c.Check(); len(errs) > 0 {
		t.Fatal(errs)
	}
	_, rows := weekRows(c, time.Date(2023, 6, 28, 0, 0, 0, 0, time.UTC))
	var dues []string
	for _, r := range rows {
		dues = append(dues, r.Due)
		if i := strings.Index(r.Due, "（"); i >= 0 && strings.ContainsAny(r.Due[i+len("（"):len(r.Due)-len("）")], "（）") {
			t.Errorf("nested brackets: %q", r.Due)
		}
	}
	all := strings.Join(dues, "\n")
	for _, want := range []string{"6月底（每季度末，分别在6月、9月和12月底）", "3月30日（报送落实情况）", "6月30日（报送落实情况）"} {
		if !strings.Contains(all, want) {
			t.Errorf("no %q in\n%s", want, all)
		}
	}
	if strings.Contains(all, "半年") {
		t.Errorf("3月30日、6月30日 named as halves:\n%s", all)
	}
}
