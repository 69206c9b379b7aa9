package build_test

import (
	"strings"
	"testing"
	"time"
)

// A span ends on its last day: a build dated on that day has its summary.
func TestSummariesEndOnLastDay(t *testing.T) {
	cases := []struct {
		date     string
		want     []string
		dontWant []string
	}{
		{"2013-12-31", []string{"2013年12月工作总结", "2013年第四季度工作总结", "2013年下半年工作总结", "全省“学习贯彻十八大、争创发展新业绩”主题实践活动工作总结"}, nil},
		{"2013-12-30", []string{"2013年11月工作总结", "全省“学习贯彻十八大、争创发展新业绩”主题实践活动工作总结"}, []string{"2013年12月工作总结", "第四季度", "下半年"}},
		{"2013-06-30", []string{"2013年6月工作总结", "2013年第二季度工作总结", "2013年上半年工作总结"}, []string{"2013年7月"}},
		{"2013-06-29", []string{"2013年5月工作总结"}, []string{"2013年6月工作总结", "第二季度", "上半年"}},
	}
	for _, tc := range cases {
		t.Run(tc.date, func(t *testing.T) {
			d, _ := time.Parse(time.DateOnly, tc.date)
			got := strings.Join(titles(meetingPlan(t, "outputs: [summary]\n", d)), "\n")
			for _, w := range tc.want {
				if !strings.Contains(got, w) {
					t.Errorf("missing %s in\n%s", w, got)
				}
			}
			for _, w := range tc.dontWant {
				if strings.Contains(got, w) {
					t.Errorf("unexpected %s in\n%s", w, got)
				}
			}
		})
	}
}
