package period

import (
	"strings"
	"testing"
	"time"
)

// Deadlines as offices write them in the 完成时限 column (or the text) of
// published 分工方案, and as clerks copy them. Where a form was read in a
// published notice the source is named:
//
//	[盘锦] 盘锦市人民政府办公室 盘政办发〔2021〕1号, 2021年《政府工作报告》任务分解和责任分工方案的通知
//	       (http://xyexam.com/html/2509/2021-05-25/content-93597.html): 2021年2月3日前, 每月28日前
//	[鹏阳] 2022年深化“放管服”改革优化营商环境工作要点
//	       (https://newton.com.tw/wiki/…/61994341): 2022年10月底前
//	[官渡] 昆明市官渡区稳增长政策措施 (http://www.kmgd.gov.cn/c/2016-12-06/1370808.shtml): 5月底前
//	[成都] 成都市城市社区嵌入式服务设施建设工程实施方案 (https://lr5.cn/2024/08/07/47893.html): 到2025年底前
//	[遂宁] 遂府函〔2019〕55号 (https://www.suining.gov.cn/gongkai/show/4d68fdf085f444d2a0859d3100bd665e.html):
//	       到2019年6月底, 到2019年12月底
//	[盐城] 盐城市 2019年市政府工作报告主要目标任务分解 (http://piaocheng.com/forum.php?…tid=179916): 每季度
//	[住建] 住房城乡建设部 管廊建设进展周报 (http://cmdaaicheng.com/content-8-331-1.html): 每周二中午12时前,
//	       自今年4月19日起
//	[专项债] 2023年专项债券项目资金绩效管理工作 (https://wikiyumyum.com/gdii/attachment/0/491/491925/3954315.wps):
//	       每年1月15日和7月15日前
//	[静安] 静安区三年行动计划(2018—2020年) (https://denstalk.com/html/xxgk…1c5453c297eb.html): 2018—2020年
//	[issue] the forms issue 12 quotes from the notices tried (立山区, 宁川区 work programmes).
//
// The others are what clerks also write, collected for this table.
func TestDeadlineForms(t *testing.T) {
	monthly := func(day int) []string {
		var out []string
		for m := time.January; m <= time.December; m++ {
			out = append(out, date(2023, m, min(day, lastDay(2023, m))).Format(time.DateOnly))
		}
		return out
	}
	tests := []struct {
		text string
		dues []string // due dates in order; none for a standing duty
		open bool
	}{
		// Points with 前 [issue].
		{"1月15日前", []string{"2023-01-15"}, false},
		{"6月底前", []string{"2023-06-30"}, false},
		{"年底前", []string{"2023-12-31"}, false},
		{"2023年6月底前", []string{"2023-06-30"}, false},
		{"6月中旬前", []string{"2023-06-20"}, false},
		{"5月底前", []string{"2023-05-31"}, false},       // [官渡]
		{"2023年2月3日前", []string{"2023-02-03"}, false}, // [盘锦]
		{"11月30日前", []string{"2023-11-30"}, false},
		{"2023年底前", []string{"2023-12-31"}, false},
		{"2023年12月31日前", []string{"2023-12-31"}, false},
		{"10月底前完成", []string{"2023-10-31"}, false},
		{"6月底前完成", []string{"2023-06-30"}, false},
		// Dates and windows.
		{"2023-01-15", []string{"2023-01-15"}, false}, // [issue]
		{"2023/1/15", []string{"2023-01-15"}, false},
		{"12月31日", []string{"2023-12-31"}, false},
		{"9月上旬", []string{"2023-09-10"}, false},
		{"2023年12月", []string{"2023-12-31"}, false},
		{"12月底", []string{"2023-12-31"}, false},
		{"年底", []string{"2023-12-31"}, false},
		{"到2023年6月底", []string{"2023-06-30"}, false}, // [遂宁]
		{"截至2023年12月31日", []string{"2023-12-31"}, false},
		// Halves, quarters, the year [issue].
		{"上半年", []string{"2023-06-30"}, false},
		{"上半年完成", []string{"2023-06-30"}, false},
		{"第三季度", []string{"2023-09-30"}, false},
		{"第一季度完成", []string{"2023-03-31"}, false},
		{"三季度末", []string{"2023-09-30"}, false},
		{"上半年末", []string{"2023-06-30"}, false},
		{"年内", []string{"2023-12-31"}, false},
		{"全年", []string{"2023-12-31"}, false},
		{"2023年", []string{"2023-12-31"}, false},
		{"2023年内", []string{"2023-12-31"}, false},
		// Beyond the year: a three-year plan, its last report.
		{"2023—2025年", []string{"2025-12-31"}, false}, // as [静安]'s 2018—2020年
		{"2025年底前", []string{"2025-12-31"}, false},
		{"到2025年底前", []string{"2025-12-31"}, false}, // [成都]
		{"次年1月底前", []string{"2024-01-31"}, false},
		// Recurring: each occurrence is due on its own.
		{"每月25日前", monthly(25), false}, // [issue]
		{"每月28日前", monthly(28), false}, // [盘锦]
		{"每月", monthly(31), false},
		{"每月5日前报送上月进展", monthly(5), false},
		{"每季度最后一个月30日前", []string{"2023-03-30", "2023-06-30", "2023-09-30", "2023-12-30"}, false}, // [issue]
		{"每季度最后一个月的30日前报送", []string{"2023-03-30", "2023-06-30", "2023-09-30", "2023-12-30"}, false},
		{"每季度", []string{"2023-03-31", "2023-06-30", "2023-09-30", "2023-12-31"}, false}, // [盐城]
		{"每季度末", []string{"2023-03-31", "2023-06-30", "2023-09-30", "2023-12-31"}, false},
		{"每季度首月10日前", []string{"2023-01-10", "2023-04-10", "2023-07-10", "2023-10-10"}, false},
		{"每半年", []string{"2023-06-30", "2023-12-31"}, false}, // [issue]
		{"每年11月底前", []string{"2023-11-30"}, false},
		{"每年1月15日和7月15日前", []string{"2023-01-15", "2023-07-15"}, false}, // [专项债]
		{"3月30日、6月30日、9月30日、12月30日", []string{"2023-03-30", "2023-06-30", "2023-09-30", "2023-12-30"}, false},
		{"6月底前、12月底前", []string{"2023-06-30", "2023-12-31"}, false},
		{"7月起每月25日前", monthly(25)[6:], false},
		// A start set off by a comma is the start of what follows (QA s11
		// finding 1; README's own 「从2022年3月起，每月25日前」; 武政办〔2023〕1号).
		{"从2023年7月起，每月25日前", monthly(25)[6:], false},
		{"7月起，每月25日前", monthly(25)[6:], false},
		{"自2023年7月开始，每月25日前", monthly(25)[6:], false},
		{"从2023年第二季度起，每个季度第1个月的20日前", []string{"2023-04-20", "2023-07-20", "2023-10-20"}, false},
		{"从2023年7月起，9月底前完成", []string{"2023-09-30"}, false},
		{"从2023年7月起，长期坚持", nil, true},
		// Several steps in one cell: each step is due.
		{"6月底前出台方案，年底前见效", []string{"2023-06-30", "2023-12-31"}, false},
		{"3月底前启动，10月底前完成", []string{"2023-03-31", "2023-10-31"}, false},
		{"2023年6月底前完成，长期坚持", []string{"2023-06-30"}, false},
		{"年底前持续推进", []string{"2023-12-31"}, false},
		// Standing duties and dates set elsewhere: no due date.
		{"长期坚持", nil, true}, // [issue]
		{"持续推进", nil, true},
		{"常态化推进", nil, true},
		{"全年持续推进", nil, true},
		{"按国家部署", nil, true},
		{"按省统一安排", nil, true},
		{"按照上级要求", nil, true},
		{"根据工作进度", nil, true},
		{"按序时推进", nil, true},
		{"及时", nil, true},
		{"适时", nil, true},
		{"尽快", nil, true},
		{"2023年7月起", nil, true},
		{"长期坚持、持续推进", nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			p, err := Parse(tt.text, 2023)
			if err != nil {
				t.Fatalf("Parse(%q): %v", tt.text, err)
			}
			if p.Text != tt.text || p.Open != tt.open {
				t.Errorf("Text %q, Open %v", p.Text, p.Open)
			}
			var got []string
			for _, q := range p.Dues() {
				got = append(got, q.End.Format(time.DateOnly))
				if q.Start.After(q.End) || q.Start.Before(p.Start) || q.End.After(p.End) {
					t.Errorf("occurrence %q %v..%v outside %v..%v", q.Text, q.Start, q.End, p.Start, p.End)
				}
			}
			if strings.Join(got, " ") != strings.Join(tt.dues, " ") {
				t.Errorf("dues %v, want %v", got, tt.dues)
			}
			if p.Recurs != (len(tt.dues) > 1) {
				t.Errorf("Recurs = %v with %d due dates", p.Recurs, len(tt.dues))
			}
		})
	}
	if n := len(tests); n < 60 {
		t.Errorf("only %d forms", n)
	}
}

// Weekly deadlines on a weekday are due on that day of every week.
func TestDeadlineWeekday(t *testing.T) {
	for _, text := range []string{"每周五", "每周五前", "每周星期五", "每周五前报送"} {
		p := MustParse(text, 2023)
		dues := p.Dues()
		if len(dues) != 52 || !p.Recurs {
			t.Fatalf("%s: %d due dates", text, len(dues))
		}
		for _, q := range dues {
			if q.End.Weekday() != time.Friday {
				t.Errorf("%s: due %v, a %v", text, q.End, q.End.Weekday())
			}
		}
	}
	// [住建] 每周二中午12时前: due on Tuesdays.
	if q := MustParse("每周二中午12时前", 2023).Dues()[0]; q.End.Weekday() != time.Tuesday {
		t.Errorf("每周二中午12时前 due on %v", q.End.Weekday())
	}
}

// A form not recognised is named, told why, and shown forms that work.
func TestDeadlineFormErrors(t *testing.T) {
	for text, want := range map[string]string{
		"下半月":         "不是月份数字",
		"每周八":         "可写 每周五",
		"每年2030年6月前":  "“每年”后不能写年份",
		"13月底前":       "须是 1 到 12",
		"8月起每月35日前":   "不是 1 到 31 日",
		"按时":          "缺少月份",
		"下个月底前":       "不是月份数字",
		"2023年6月31日前": "6月没有“31日”",
		"每季度第四个月10日前": "最后一个月",
	} {
		_, err := Parse(text, 2023)
		if err == nil {
			t.Errorf("Parse(%q) accepted", text)
			continue
		}
		msg := err.Error()
		if !strings.Contains(msg, want) || !strings.Contains(msg, "“"+text+"”") {
			t.Errorf("Parse(%q): %q, want it to name the text and say %q", text, msg, want)
		}
		if !strings.Contains(msg, "6月底前") && !strings.Contains(msg, "每月25日前") {
			t.Errorf("Parse(%q): %q shows no examples", text, msg)
		}
	}
}
