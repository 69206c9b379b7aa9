package period

import (
	"fmt"
	"strings"
	"time"
)

// Offices annotate a deadline in brackets: the weekday of a date
// (4月20日（星期五）前) or the dates a recurring deadline means
// (每季度末（分别在6月、9月和12月底）). Read as part of the date, both were
// refused with a message that called the bracket a month.

// spelledOut open a bracket that lists the dates the text outside means.
var spelledOut = []string{"分别在", "分别于", "分别为", "分别是", "即", "具体为", "具体在"}

// parseBracketed parses a text with one bracketed note. ok is false when
// the text has no bracket.
func parseBracketed(t string, year int) (Period, bool, error) {
	t = strings.NewReplacer("(", "（", ")", "）").Replace(t)
	open := strings.Index(t, "（")
	if open < 0 {
		if strings.Contains(t, "）") {
			return Period{}, true, fmt.Errorf("“）”前缺少“（”")
		}
		return Period{}, false, nil
	}
	rest := t[open+len("（"):]
	shut := strings.Index(rest, "）")
	if shut < 0 {
		return Period{}, true, fmt.Errorf("“（”后缺少“）”")
	}
	before, inner, after := t[:open], strings.TrimSpace(rest[:shut]), rest[shut+len("）"):]
	if strings.ContainsAny(inner, "（(") || strings.ContainsAny(after, "（）") {
		return Period{}, true, fmt.Errorf("期限中只能有一对括号")
	}
	if before == "" {
		return Period{}, true, fmt.Errorf("括号前须写期限")
	}
	outer, err := parseText(normalise(rewriteISO(cutLead(before+after))), year)
	if err != nil {
		return Period{}, true, err
	}
	if wd, ok := weekdayOf(inner); ok {
		day, err := parsePoint(normalise(rewriteISO(lastPiece(before))), year)
		if err != nil || !day.Start.Equal(day.End) {
			return Period{}, true, fmt.Errorf("括号内的“%s”须跟在具体日期后（如 4月20日（星期五）前）", inner)
		}
		if got := day.End.Weekday(); got != wd {
			return Period{}, true, fmt.Errorf("%d年%d月%d日是%s，括号内写的是“%s”：请核对日期或本年度的年份",
				day.End.Year(), int(day.End.Month()), day.End.Day(), weekdayNames[got], inner)
		}
		return outer, true, nil
	}
	for _, w := range spelledOut {
		spelled, ok := strings.CutPrefix(inner, w)
		if !ok || spelled == "" {
			continue
		}
		in, err := parseText(normalise(rewriteISO(spelled)), year)
		if err != nil {
			return Period{}, true, fmt.Errorf("括号内的“%s”：%w", spelled, err)
		}
		// The bracket names which of the outer dates are meant (三水
		// reports at the ends of the last three quarters): each must be one.
		dues := map[time.Time]bool{}
		for _, d := range outer.Dues() {
			dues[d.End] = true
		}
		for _, d := range in.Dues() {
			if !dues[d.End] {
				return Period{}, true, fmt.Errorf("括号内的%d月%d日不是“%s”的到期日，括号内外的期限不一致",
					int(d.End.Month()), d.End.Day(), before+after)
			}
		}
		return in, true, nil
	}
	return Period{}, true, fmt.Errorf("括号内的“%s”不是星期，也不是“分别在……”列出的日期：说明文字请写在任务内容里", inner)
}

// lastPiece is the last piece of a list (6月30日、7月8日 → 7月8日).
func lastPiece(s string) string {
	i := max(strings.LastIndex(s, "、"), strings.LastIndex(s, "和"), strings.LastIndex(s, "，"))
	if i < 0 {
		return s
	}
	_, piece, _ := strings.Cut(s[i:], s[i:i+len("、")])
	return piece
}

var weekdayNames = [...]string{"星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"}

// weekdayOf reads 星期五, 周五, 礼拜五 (星期天, 周日 for Sunday).
func weekdayOf(s string) (time.Weekday, bool) {
	for _, w := range []string{"星期", "礼拜", "周"} {
		day, ok := strings.CutPrefix(s, w)
		if !ok {
			continue
		}
		if n, ok := weekdays[day]; ok && day != "末" {
			return time.Weekday((n + 1) % 7), true
		}
	}
	return 0, false
}
