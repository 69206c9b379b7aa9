package model

import (
	"strings"
	"testing"

	"gongwen/internal/period"
)

// A rule that reports on the period before ends its series in the year:
// the report on the year's last quarter or month is due next January and
// never falls due. validate says so and how to write it (QA s11 finding 2,
// 武汉's 「从2023年第二季度起，每个季度第1个月的20日前」).
func TestLastReportAdvice(t *testing.T) {
	for _, tt := range []struct {
		text string
		want string // in the advice; "" for none
	}{
		{"从2023年第二季度起，每个季度第1个月的20日前", "如“4月20日、7月20日、10月20日和2024年1月20日前”"},
		{"每季度首月10日前", "如“4月10日、7月10日、10月10日和2024年1月10日前”"},
		{"每月10日前", "2023年12月份的情况在2024年1月10日前报送"},
		{"每季度最后一个月30日前", ""},
		{"每月25日前", ""},
		{"4月20日、7月20日、10月20日和2024年1月20日前", ""},
		{"6月底前", ""},
	} {
		c := &Campaign{Name: "某市2023年目标任务分解", Year: 2023,
			Reporting: []ReportRule{{Period: period.MustParse(tt.text, 2023)}}}
		var got []string
		for _, p := range c.lastReports() {
			got = append(got, p.Path+" "+p.Msg)
		}
		all := strings.Join(got, "\n")
		switch {
		case tt.want == "" && len(got) > 0:
			t.Errorf("%s: unexpected advice %s", tt.text, all)
		case tt.want != "" && !strings.Contains(all, tt.want):
			t.Errorf("%s: want %q in %q", tt.text, tt.want, all)
		}
	}
}
