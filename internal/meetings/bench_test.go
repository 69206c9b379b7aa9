package meetings

import (
	"testing"
	"time"
)

// BenchmarkCalendar expands the seed campaign's eight cadences over 2013
// and merges its five held meetings.
func BenchmarkCalendar(b *testing.B) {
	c := seed(b)
	for b.Loop() {
		if _, err := Calendar(c, nil, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSupervise finds the seed's overdue and at-risk tasks, with the
// meetings' decisions, as of the default build date.
func BenchmarkSupervise(b *testing.B) {
	c := WithDecisions(seed(b))
	date := time.Date(2013, 7, 15, 0, 0, 0, 0, time.UTC)
	for b.Loop() {
		if _, err := Supervise(c, nil, SuperviseOptions{Date: date}); err != nil {
			b.Fatal(err)
		}
	}
}
