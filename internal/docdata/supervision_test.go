package docdata

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"gongwen/internal/meetings"
)

// TestSupervisionSummaryTotals: the 合计 row counts tasks as the summary's
// text does; a task led by several units is in each unit's row, and the
// total says how the rows add up.
func TestSupervisionSummaryTotals(t *testing.T) {
	c := campaign(t)
	date := time.Date(2013, 7, 15, 0, 0, 0, 0, time.UTC)
	s, err := meetings.Supervise(c, nil, meetings.SuperviseOptions{Date: date})
	if err != nil {
		t.Fatal(err)
	}
	v := ForSupervisionSummary(c, s, Options{})
	tot := v.Total[0]
	if tot.Overdue != itoa(s.Overdue) || tot.AtRisk != itoa(s.AtRisk) {
		t.Errorf("合计 %s/%s, want the task counts %d/%d", tot.Overdue, tot.AtRisk, s.Overdue, s.AtRisk)
	}
	rows := 0
	for _, u := range v.Units {
		rows += atoi(t, u.Overdue) + atoi(t, u.AtRisk)
	}
	if rows != s.Tasks && !strings.Contains(tot.Titles, "项次") {
		t.Errorf("unit rows add up to %d, tasks %d, and the total does not explain it: %q", rows, s.Tasks, tot.Titles)
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

func atoi(t *testing.T, s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		t.Fatalf("not a count: %q", s)
	}
	return n
}
