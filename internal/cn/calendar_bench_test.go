package cn

import (
	"sync"
	"testing"
	"time"
)

// BenchmarkDefaultCalendar builds the built-in holiday calendar from
// lunar-go's data, as every build does once on its serial path.
func BenchmarkDefaultCalendar(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		defaultOnce = sync.Once{}
		if ok, err := DefaultCalendar().IsWorkday(time.Date(2013, 10, 12, 0, 0, 0, 0, time.UTC)); !ok || err != nil {
			b.Fatalf("2013-10-12 was a 调休 workday: %v %v", ok, err)
		}
	}
}
