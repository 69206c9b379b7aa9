package docdata

import (
	"testing"
	"time"

	"gongwen/internal/model"
	"gongwen/internal/period"
)

// TestComputeStatsAsOfSpanEnd: a month's summary reports the month as it
// stood at its end, whenever it is built.
func TestComputeStatsAsOfSpanEnd(t *testing.T) {
	d := func(s string) *time.Time {
		v, _ := time.Parse(time.DateOnly, s)
		return &v
	}
	task := func(id, p, status, done string) model.Task {
		tk := model.Task{ID: id, Period: period.MustParse(p, 2013), Status: model.Status(status)}
		if done != "" {
			tk.DoneOn = d(done)
		}
		return tk
	}
	c := &model.Campaign{Year: 2013, Tasks: []model.Task{
		task("a", "2月中旬", "已销号", "2013-02-19"), // done in February, on time
		task("b", "2月上旬", "已完成", "2013-03-05"), // due in February, done late in March
		task("c", "2月下旬", "推进中", ""),           // due at February's end, still open
		task("d", "3月", "已完成", "2013-03-20"),   // not due in February
	}}
	built := time.Date(2013, 7, 15, 0, 0, 0, 0, time.UTC)

	feb := ComputeStats(c, MonthSpan(2013, 2), built)
	if feb.Total != 3 || feb.Done != 1 || feb.OnTime != 1 || feb.Overdue != 1 {
		t.Errorf("February: total %d done %d on time %d overdue %d, want 3 1 1 1",
			feb.Total, feb.Done, feb.OnTime, feb.Overdue)
	}
	q1 := ComputeStats(c, QuarterSpan(2013, 1), built)
	if q1.Total != 4 || q1.Done != 3 || q1.OnTime != 2 || q1.Overdue != 1 {
		t.Errorf("first quarter: total %d done %d on time %d overdue %d, want 4 3 2 1",
			q1.Total, q1.Done, q1.OnTime, q1.Overdue)
	}
}
