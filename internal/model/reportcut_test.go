package model

import (
	"testing"
	"time"

	"gongwen/internal/period"
)

// TestOccasionCut: a rule cut at the notice's date keeps the names of the
// whole year's occurrences, a half-year's cut to one too (no index past
// the dues left).
func TestOccasionCut(t *testing.T) {
	for _, tt := range []struct {
		text, from string
		want       []string
	}{
		{"每半年", "2022-08-01", []string{"下半年"}},
		{"每季度", "2022-11-15", []string{"第四季度"}},
		{"3月起每月25日前", "2022-01-01", []string{"3月份", "4月份"}},
		{"2022年4月10日、7月10日、10月10日和2023年1月10日前", "2022-02-28", []string{"第一季度", "第二季度", "第三季度", "第四季度"}},
	} {
		from, _ := time.Parse(time.DateOnly, tt.from)
		p, _ := period.MustParse(tt.text, 2022).From(from)
		r := ReportRule{Period: p}
		for i, w := range tt.want {
			if got := r.Occasion(i); got != w {
				t.Errorf("%s from %s: occurrence %d is %q, want %q", tt.text, tt.from, i, got, w)
			}
		}
	}
}
