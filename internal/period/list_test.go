package period

import (
	"strings"
	"testing"
)

// QA s9 high 5: two-date deadlines fell silently to one date at the year's
// end; each listed date must be due on its own.
func TestParseListedDueDates(t *testing.T) {
	tests := []struct {
		text string
		dues []string
	}{
		{"6月底和12月底前", []string{"2021-06-30", "2021-12-31"}},
		{"6月底、12月底前", []string{"2021-06-30", "2021-12-31"}},
		{"上半年末和年底", []string{"2021-06-30", "2021-12-31"}},
		{"年中和年底", []string{"2021-06-30", "2021-12-31"}},
		{"年中和年底前", []string{"2021-06-30", "2021-12-31"}},
		{"6月和12月", []string{"2021-06-30", "2021-12-31"}},
		{"6月底前和年底前", []string{"2021-06-30", "2021-12-31"}},
		{"6月30日和12月31日前", []string{"2021-06-30", "2021-12-31"}},
		{"6月15日、12月15日前", []string{"2021-06-15", "2021-12-15"}},
		{"上半年、下半年", []string{"2021-06-30", "2021-12-31"}},
		{"二季度末和四季度末", []string{"2021-06-30", "2021-12-31"}},
		{"12月底和6月底前", []string{"2021-06-30", "2021-12-31"}},
		// A written year holds for the pieces after it.
		{"2025年4月8日、7月8日、10月8日及12月8日前", []string{"2025-04-08", "2025-07-08", "2025-10-08", "2025-12-08"}},
		{"2022年6月底和年底前", []string{"2022-06-30", "2022-12-31"}},
		// Brackets: a weekday that matches, and the dates a recurring deadline means.
		{"4月20日（星期二）前", []string{"2021-04-20"}},
		{"4月20日(周二)前", []string{"2021-04-20"}},
		{"每季度末（分别在6月、9月和12月底）", []string{"2021-06-30", "2021-09-30", "2021-12-31"}},
		{"每季度末(即3月、6月、9月和12月底)", []string{"2021-03-31", "2021-06-30", "2021-09-30", "2021-12-31"}},
		// Windows of work stay one span, due at its end.
		{"5月左右和9月左右", []string{"2021-10-10"}},
		{"3月-4月、9月-10月", []string{"2021-10-31"}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			p, err := Parse(tt.text, 2021)
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			checkDues(t, p, tt.dues)
			if p.Text != tt.text {
				t.Errorf("Text = %q", p.Text)
			}
		})
	}
}

func TestParseBracketErrors(t *testing.T) {
	tests := []struct{ text, want string }{
		{"4月20日（星期五）前", "2021年4月20日是星期二，括号内写的是“星期五”"},
		{"每季度末（分别在6月、8月和12月底）", "括号内的8月31日不是“每季度末”的到期日"},
		{"6月底前（暂定）", "括号内的“暂定”不是星期"},
		{"6月底前（星期五", "“（”后缺少“）”"},
		{"6月底前）", "“）”前缺少“（”"},
		{"（星期五）", "括号前须写期限"},
		{"6月底前（星期五）", "须跟在具体日期后"},
	}
	for _, tt := range tests {
		_, err := Parse(tt.text, 2021)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Parse(%q) = %v, want error containing %q", tt.text, err, tt.want)
		}
		if err != nil && strings.Contains(err.Error(), "月份") {
			t.Errorf("Parse(%q): message speaks of a month: %v", tt.text, err)
		}
	}
}

// FuzzParseList: whatever a clerk types, Parse never panics, and a list it
// accepts has its due dates in order inside its span.
func FuzzParseList(f *testing.F) {
	for _, s := range []string{"6月底和12月底前", "上半年末和年底", "年中和年底", "6月和12月", "4月20日（星期二）前",
		"每季度末（分别在6月、9月和12月底）", "2025年4月8日、7月8日及12月8日前", "（）", "（星期", "和前", "、前"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := Parse(s, 2021)
		if err != nil || p.Open {
			return
		}
		dues := p.Dues()
		for i, q := range dues {
			if q.End.Before(q.Start) || q.End.After(p.End) || q.Start.Before(p.Start) {
				t.Fatalf("Parse(%q): due %v..%v outside %v..%v", s, q.Start, q.End, p.Start, p.End)
			}
			if i > 0 && q.End.Before(dues[i-1].End) {
				t.Fatalf("Parse(%q): dues out of order", s)
			}
		}
	})
}
