package period

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"gongwen/internal/lazyre"
)

// Deadlines as offices write them in an annual programme's 完成时限 column:
// a point with 前 (6月底前, 2023年1月15日前), an ISO date, a quarter's end
// (三季度末), a standing duty without a due date (长期坚持), and recurring
// deadlines (每月25日前, 每季度最后一个月30日前, 每半年) that expand into a
// series of due dates, each due on its own.

// openWords name standing duties: the period has no due date.
var openWords = map[string]bool{
	"长期坚持": true, "持续推进": true, "长期": true, "持续": true, "常态化": true,
	"常态化推进": true, "长期推进": true, "持续开展": true, "长期开展": true, "常年": true,
	"常年开展": true, "长期坚持、持续推进": true, "持续推进、长期坚持": true,
	// Work done when it arises: no date to supervise against.
	"及时": true, "适时": true, "随时": true, "即时": true, "尽快": true, "不定期": true,
	"根据需要": true, "按需": true, "常态化开展": true, "全年持续推进": true, "全年推进": true,
	"持续实施": true, "长期实施": true, "长期有效": true,
}

// openPrefixes start a deadline left to someone else's timetable: 按国家部署,
// 按省统一安排, 根据工作进度, 按序时推进. The programme cannot name a date,
// so the task has none (it is supervised as a standing duty).
var openPrefixes = []string{"按照", "按", "根据", "依据", "依照", "视", "随"}

// isOpen reports whether s (normalised, without trailing punctuation) is a
// standing duty or a deadline set elsewhere.
func isOpen(s string) bool {
	if openWords[s] {
		return true
	}
	if strings.ContainsAny(s, "0123456789") || strings.Contains(s, "月") || strings.Contains(s, "季") {
		return false
	}
	for _, w := range openPrefixes {
		if rest, ok := strings.CutPrefix(s, w); ok && rest != "" && !strings.HasPrefix(rest, "时") {
			return true
		}
	}
	// 常态化长期坚持, 持续开展督查: a standing duty however it is phrased —
	// unless it names a point (年底前持续推进 is due at the year's end).
	if strings.ContainsAny(s, "前底末初") || strings.Contains(s, "半年") || strings.Contains(s, "年内") {
		return false
	}
	for _, w := range []string{"长期", "持续", "常态化", "常年"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// actionAfter drops what a cell says is done by the date: 6月底前出台方案 is
// due 6月底前, 每月5日前报送上月进展 is due 每月5日前. Only words follow the 前
// (no digit, month or year), and 前后 (about) is not a deadline.
func actionAfter(s string) string {
	i := strings.LastIndex(s, "前")
	if i < 0 {
		return s
	}
	rest := s[i+len("前"):]
	if rest == "" || strings.HasPrefix(rest, "后") || strings.ContainsAny(rest, "0123456789-") {
		return s
	}
	for _, w := range []string{"年", "月", "日", "季", "旬", "周", "每", "前"} {
		if strings.Contains(rest, w) && !strings.Contains(rest, "上月") && !strings.Contains(rest, "上年") {
			return s
		}
	}
	return s[:i+len("前")]
}

// doneVerbs are the verbs a 完成时限 cell often ends with; they say what
// happens by the date and do not change it (6月底前完成, 每季度末报送,
// 上半年完成, 三季度末建成).
var doneVerbs = []string{"前完成", "前报送", "前上报", "前报", "前办结", "完成", "报送", "上报", "办结",
	"启动", "见效", "出台", "建成", "完工", "投用", "投运", "开工", "印发", "实施", "落实", "到位"}

// beforeWords end a deadline: the work is due by the end of the point named.
var beforeWords = []string{"以前", "之前", "前"}

// isoDate matches 2023-01-15, 2023/1/15 and 2023.1.15 before the dash is
// read as a range.
var isoDate = lazyre.New(`(\d{4})[-/.．](\d{1,2})[-/.．](\d{1,2})(日)?`)

// rewriteISO writes ISO dates as 2023年1月15日 so the grammar of points reads
// them; an out-of-range month or day is left for that grammar to reject.
func rewriteISO(s string) string {
	return isoDate.ReplaceAllStringFunc(s, func(m string) string {
		g := isoDate.FindStringSubmatch(m)
		mo, _ := strconv.Atoi(g[2])
		d, _ := strconv.Atoi(g[3])
		return fmt.Sprintf("%s年%d月%d日", g[1], mo, d)
	})
}

// cutVerb drops a trailing 完成/报送… but keeps the 前 it may carry.
func cutVerb(s string) string {
	for _, v := range doneVerbs {
		if rest, ok := strings.CutSuffix(s, v); ok && rest != "" {
			if strings.HasPrefix(v, "前") {
				return rest + "前"
			}
			return rest
		}
	}
	return s
}

// cutBefore reports whether s ends with 前 (or 以前, 之前) and returns the point.
func cutBefore(s string) (string, bool) {
	for _, w := range beforeWords {
		if rest, ok := strings.CutSuffix(s, w); ok && rest != "" {
			return rest, true
		}
	}
	return s, false
}

// cutYear reads a leading "2023年" and returns the year and the rest.
func cutYear(s string) (int, string, bool) {
	head, rest, ok := strings.Cut(s, "年")
	if !ok || len(head) != 4 || rest == "" {
		return 0, s, false
	}
	y, err := strconv.Atoi(head)
	if err != nil || y < 1 || y > 9999 {
		return 0, s, false
	}
	return y, rest, true
}

// quarterEnds are the ends of quarters and halves (三季度末, 上半年底).
var quarterEnds = func() map[string]time.Month {
	m := map[string]time.Month{}
	for word, ms := range yearWords {
		if ms[0] == ms[1] || word == "全年" || word == "全年度" || word == "年内" {
			continue
		}
		for _, end := range []string{"末", "底"} {
			m[word+end] = ms[1]
		}
	}
	return m
}()

// recurUnits are the recurring units of 每…, longest spelling first.
var recurUnits = []struct {
	word  string
	every Frequency
}{
	{"个季度", Quarterly}, {"季度", Quarterly}, {"季", Quarterly},
	{"个月", Monthly}, {"月", Monthly},
	{"半年", HalfYearly},
	{"星期", Weekly}, {"周", Weekly},
	{"年", Yearly},
}

// RecurHint lists recurring deadlines; their errors end with it.
const RecurHint = "可写：每月、每月25日前、每月底前、每季度、每季度末、每季度最后一个月30日前、每季度首月10日前、每半年、每周"

// parseRecurring parses 每… into a series of due dates in the year. ok is
// false when s does not start with 每.
func parseRecurring(s string, year int) (Period, bool, error) {
	rest, ok := strings.CutPrefix(s, "每")
	if !ok {
		return Period{}, false, nil
	}
	rest = strings.ReplaceAll(rest, "的", "")
	for _, w := range []string{"一次", "1次"} {
		rest = strings.TrimSuffix(rest, w)
	}
	var every Frequency
	for _, u := range recurUnits {
		if r, ok := strings.CutPrefix(rest, u.word); ok {
			every, rest = u.every, r
			break
		}
	}
	if every == 0 {
		return Period{}, true, fmt.Errorf("“每”后须写月、季度、半年或周。%s", RecurHint)
	}
	point, _ := cutBefore(rest)
	var dues []Period
	switch {
	case every == Weekly && point != "":
		day := []rune(strings.TrimPrefix(strings.TrimPrefix(point, "星期"), "周"))
		wd, ok := weekdays[string(day[:min(1, len(day))])]
		if rest := string(day[min(1, len(day)):]); rest != "" && !strings.ContainsAny(rest, "时点") {
			// 每周二中午12时前 is due on Tuesdays; anything else is unknown.
			ok = false
		}
		if !ok {
			return Period{}, true, fmt.Errorf("“每周”后的“%s”不是可识别的写法（可写 每周五、每周一前）。%s", rest, RecurHint)
		}
		for _, o := range (Cadence{Every: Weekly}).Occurrences(year) {
			due := o.Start.AddDate(0, 0, wd)
			if due.Year() == year {
				dues = append(dues, Period{End: due})
			}
		}
	case every == Yearly && point != "":
		// 每年11月底前: in a one-year programme, one due date.
		q, err := parsePoint(point, year)
		if err != nil {
			return Period{}, true, fmt.Errorf("“每年”后的“%s”：%w", rest, err)
		}
		if q.End.Year() != year {
			return Period{}, true, fmt.Errorf("“每年”后不能写年份（如 每年11月底前）")
		}
		dues = []Period{{End: q.End}}
	}
	switch {
	case dues != nil:
	case every == Weekly || every == Yearly:
		if point != "" {
			return Period{}, true, fmt.Errorf("“每%s”后的“%s”不是可识别的写法。%s", unitWord(every), rest, RecurHint)
		}
		for _, o := range (Cadence{Every: every}).Occurrences(year) {
			if o.End.Year() != year {
				continue
			}
			if o.Start.Year() != year {
				o.Start = date(year, 1, 1)
			}
			dues = append(dues, o)
		}
	case every == Monthly:
		for m := time.January; m <= time.December; m++ {
			due, err := inMonth(year, m, point)
			if err != nil {
				return Period{}, true, fmt.Errorf("“每月”后的“%s”：%w。%s", rest, err, RecurHint)
			}
			dues = append(dues, Period{Text: fmt.Sprintf("%d月", m), End: due})
		}
	case every == Quarterly:
		for q := 0; q < 4; q++ {
			due, err := inQuarter(year, q, point)
			if err != nil {
				return Period{}, true, fmt.Errorf("“每季度”后的“%s”：%w。%s", rest, err, RecurHint)
			}
			dues = append(dues, Period{Text: []string{"第一季度", "第二季度", "第三季度", "第四季度"}[q], End: due})
		}
	case every == HalfYearly:
		switch point {
		case "", "末", "底":
		default:
			return Period{}, true, fmt.Errorf("“每半年”后的“%s”不是可识别的写法。%s", rest, RecurHint)
		}
		dues = []Period{{Text: "上半年", End: date(year, 6, 30)}, {Text: "下半年", End: date(year, 12, 31)}}
	}
	p := Period{Recurs: true}
	next := date(year, 1, 1)
	for i, o := range dues {
		if o.Start.IsZero() {
			o.Start = next
		}
		if o.Start.After(o.End) {
			o.Start = o.End
		}
		if o.Text == "" || every == Monthly || every == Quarterly || every == HalfYearly {
			o.Text = dueText(o)
		}
		next = o.End.AddDate(0, 0, 1)
		if i == 0 {
			p.Start = o.Start
		}
		p.End = o.End
		p.Parts = append(p.Parts, o)
	}
	if len(p.Parts) == 1 {
		// 每年, 每年11月底前: one due date in the programme's year.
		return Period{Start: p.Start, End: p.End}, true, nil
	}
	return p, true, nil
}

// weekdays are the days of 每周五 counted from Monday.
var weekdays = map[string]int{"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6, "末": 6}

func unitWord(f Frequency) string {
	return strings.TrimPrefix(f.String(), "每")
}

// dueText names one occurrence by its due date (3月30日前).
func dueText(o Period) string {
	return fmt.Sprintf("%d月%d日前", int(o.End.Month()), o.End.Day())
}

// inMonth is the due day of a monthly deadline in month m: the month's end
// for nothing or 底/末, the end of a 旬 for 上旬/中旬…, or day N (clamped to
// the month's length: 每月30日前 is due on 28 February).
func inMonth(year int, m time.Month, point string) (time.Time, error) {
	if point == "" || point == "份" {
		return date(year, m, lastDay(year, m)), nil
	}
	if th, ok := thirds[point]; ok {
		return Xun{year, m, th[1]}.End(), nil
	}
	d := strings.TrimSuffix(strings.TrimSuffix(point, "日"), "号")
	if d == point {
		return time.Time{}, fmt.Errorf("应写日期（如 25日）或上旬、中旬、下旬、底")
	}
	n, err := number(d)
	if err != nil || n < 1 || n > 31 {
		return time.Time{}, fmt.Errorf("“%s”不是 1 到 31 日", point)
	}
	return date(year, m, min(n, lastDay(year, m))), nil
}

// quarterMonths name a month of a quarter: its first, second or last.
var quarterMonths = map[string]int{
	"首月": 0, "第一个月": 0, "第1个月": 0, "第一月": 0, "头一个月": 0,
	"第二个月": 1, "第2个月": 1, "中间一个月": 1,
	"最后一个月": 2, "最后一月": 2, "末月": 2, "第三个月": 2, "第3个月": 2, "最后1个月": 2,
}

// inQuarter is the due day of a quarterly deadline in quarter q (0–3).
func inQuarter(year, q int, point string) (time.Time, error) {
	last := time.Month(3*q + 3)
	switch point {
	case "", "末", "底", "结束":
		return date(year, last, lastDay(year, last)), nil
	}
	for word, i := range quarterMonths {
		if rest, ok := strings.CutPrefix(point, word); ok {
			return inMonth(year, time.Month(3*q+1+i), rest)
		}
	}
	if strings.Contains(point, "月") {
		return time.Time{}, fmt.Errorf("季度中的月份应写作首月、第二个月、最后一个月（如 每季度最后一个月30日前）")
	}
	return time.Time{}, fmt.Errorf("不是可识别的写法")
}

// deadlineSeries reports whether a list's pieces are each a due date (3月30日、
// 6月30日…, 6月底前、12月底前, 年中和年底, 6月和12月) rather than windows of
// work (5月左右和9月左右, 3月-4月、9月-10月): a list of due dates is a series,
// each piece due on its own. Read as one window, 「6月底和12月底前」 was due
// only at the year's end and the June date was never supervised.
func deadlineSeries(items []string, pieces []Period) bool {
	for i := range pieces {
		for _, w := range []string{"-", "左右", "前后"} {
			if strings.Contains(items[i], w) {
				return false
			}
		}
	}
	return true
}

// sortByEnd orders due dates by their End (a list may be written in any order).
func sortByEnd(ps []Period) {
	for i := 1; i < len(ps); i++ {
		for j := i; j > 0 && ps[j].End.Before(ps[j-1].End); j-- {
			ps[j], ps[j-1] = ps[j-1], ps[j]
		}
	}
}

// Written is the deadline as an office prints it in a 完成时限 column:
// the text of the data, its ISO dates written 2023年1月15日, and a lone
// date (2023-01-15) read as the deadline it stands for, 2023年1月15日前.
//
// A span the data writes with a hyphen or a tilde (3月初-11月底, 4-9月,
// 7月~10月) is written with 至, as Chinese documents do: 3月初至11月底,
// 4月至9月, 7月至10月.
func (p Period) Written() string {
	s := strings.TrimSpace(p.Text)
	if m := isoDate.FindString(s); m != "" && m == s {
		return rewriteISO(s) + "前"
	}
	return Spans(rewriteISO(s))
}

var (
	// 4-9月: the first bound without its unit.
	bareSpan = lazyre.New(`(\d+)\s*[-－~～–]+\s*(\d+)\s*(月|日|号)`)
	// 3月初-11月底, 7月-10月, 2023年1月15日~2月1日.
	unitSpan = lazyre.New(`([年月日号旬初中底])\s*[-－~～–]+\s*(\d)`)
)

// Spans writes the hyphens and tildes between the bounds of a span of
// dates as 至: 3月初-11月底 is 3月初至11月底, 4-9月 is 4月至9月.
func Spans(s string) string {
	if !strings.ContainsAny(s, "-－~～–") {
		return s
	}
	s = bareSpan.ReplaceAllString(s, "${1}${3}至${2}${3}")
	return unitSpan.ReplaceAllString(s, "${1}至${2}")
}

// writtenYear matches a year a deadline writes: 2025年, 2025-04-08, 2025/4/8.
var writtenYear = lazyre.New(`(\d{4})(年|[-/.．]\d)`)

// OtherYear returns the first year text writes that is not the programme's
// year: 「2025年4月8日、7月8日前」 copied into a 2021 programme is due in
// 2025, which a clerk should confirm (QA s9 medium 12). A deadline that
// writes no year (次年1月底前) is the programme's own. Whether another year
// is a slip is the caller's to judge: a report due early next year (the
// fourth quarter's, 「…10月10日和2023年1月10日前」) is none — the model's
// advice says so, not this.
func OtherYear(text string, year int) (int, bool) {
	for _, m := range writtenYear.FindAllStringSubmatch(text, -1) {
		if y, err := strconv.Atoi(m[1]); err == nil && y != year {
			return y, true
		}
	}
	return 0, false
}
