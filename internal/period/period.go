// Package period parses the fuzzy periods of Chinese work plans ("2月中旬",
// "3月上中旬", "3月初-11月底", "5月左右", "全年") into date ranges of a campaign
// year, keeping the original text for display.
//
// The forms understood are listed by Forms. The rules:
//
//   - a month is 1–12, in Arabic, full-width or Chinese numerals (3月, ３月, 三月);
//     "M月" and "M月份" are the whole month;
//   - 上旬 is days 1–10, 中旬 11–20, 下旬 21 to the end of the month; 初 is taken
//     as 上旬, 中 as 中旬, 底 and 末 as 下旬; 上中旬 and 中下旬 join two 旬;
//   - "A-B" is from the start of A to the end of B ("3月初-11月底", "4-5月",
//     "3月上旬-中旬"); the dash may also be written －, —, ～, 至 or 到;
//   - 左右 after a period widens it by one 旬 on each side, within the year;
//   - 全年, 上半年, 下半年, 第N季度, 年初, 年中, 年底, and exact days (3月15日);
//   - several periods joined by 和 or 、 ("5月左右和9月左右", "3、6、9月") give a
//     Period whose Parts are the pieces and whose Start and End cover them all.
//
// Anything else is an error that names the text. Cadences (每周, 每季度, 适时, …)
// are a separate type: see ParseCadence.
//
// All values are plain data, safe for concurrent use.
package period

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// Period is a span of days named by a text of the plan. Start and End are
// inclusive calendar days at midnight UTC.
//
// A list ("5月左右和9月左右") keeps its pieces in Parts; Start and End then
// cover all of them. Parts is nil for a single span.
type Period struct {
	Text       string
	Start, End time.Time
	Parts      []Period
	// Recurs says each of Parts is due on its own at its End: a recurring
	// deadline (每月25日前, 每季度最后一个月30日前) or a list of due dates
	// (3月30日、6月30日、9月30日、12月30日). A list of windows of work
	// (5月左右和9月左右) does not recur: it is due at its End.
	Recurs bool
	// Dropped counts the occurrences of a recurring deadline that fall
	// before its start (7月起每月25日前 drops six; a notice dated 28
	// February drops January's and February's 每月25日前): occurrence i of
	// Dues is the year's i+Dropped, so a report keeps the name of its
	// month or quarter (3月份落实情况).
	Dropped int
	// Open marks a standing duty (长期坚持, 持续推进): no due date, Start
	// and End are zero.
	Open bool
}

// Dues returns the spans of p that fall due, each at its End: the Parts of
// a recurring period, none for an open one or one without dates, else p.
func (p Period) Dues() []Period {
	switch {
	case p.Open || p.End.IsZero():
		return nil
	case p.Recurs:
		return p.Parts
	}
	return []Period{p}
}

// String returns the text as the plan wrote it.
func (p Period) String() string { return p.Text }

// MarshalText returns the text as written, so that JSON and YAML output shows
// "2月中旬" rather than two dates. There is no UnmarshalText: decoding needs
// the campaign year, so the loader calls Parse.
func (p Period) MarshalText() ([]byte, error) { return []byte(p.Text), nil }

// IsZero reports whether p is the zero Period (no text, no dates).
func (p Period) IsZero() bool {
	return p.Text == "" && p.Start.IsZero() && p.End.IsZero() && p.Parts == nil
}

// Days returns the number of days from Start to End inclusive (for a list,
// of the covering span).
func (p Period) Days() int {
	if p.End.Before(p.Start) {
		return 0
	}
	return int(p.End.Sub(p.Start).Hours()/24) + 1
}

// Spans returns the pieces of p: its Parts, or p itself for a single span.
func (p Period) Spans() []Period {
	if len(p.Parts) > 0 {
		return p.Parts
	}
	return []Period{p}
}

// Contains reports whether day t (its calendar date, read in t's location)
// falls inside p. For a list, t must fall inside one of its pieces.
func (p Period) Contains(t time.Time) bool {
	d := Day(t)
	for _, s := range p.Spans() {
		if !d.Before(s.Start) && !d.After(s.End) {
			return true
		}
	}
	return false
}

// Overlaps reports whether p shares at least one day with the inclusive day
// range from..to. For a list, one of its pieces must share a day.
func (p Period) Overlaps(from, to time.Time) bool {
	from, to = Day(from), Day(to)
	for _, s := range p.Spans() {
		if !s.Start.After(to) && !s.End.Before(from) {
			return true
		}
	}
	return false
}

// Day returns the calendar date of t (read in t's own location) as midnight
// UTC, the form every date of this package takes.
func Day(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// date is a shorthand for midnight UTC of a calendar day.
func date(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// lastDay is the last day of month m of year y.
func lastDay(y int, m time.Month) int { return date(y, m+1, 0).Day() }

// Hint lists a few valid forms; every parse error ends with it.
const Hint = "可用的写法如：2月中旬、3月、3月初-11月底、5月左右、6月底前、2023年1月15日前、2023-01-15、三季度末、全年、每月25日前、每季度最后一个月30日前、3月30日、6月30日、长期坚持"

// maxLen bounds the text of a period; real ones are a few characters.
const maxLen = 100

// Parse turns text into the period it names in the given year. Surrounding
// spaces are ignored; Text keeps the rest exactly as written.
func Parse(text string, year int) (Period, error) {
	t := strings.TrimSpace(text)
	if year < 1 || year > 9999 {
		return Period{}, fmt.Errorf("无法识别的期限“%s”：年度 %d 不在 1–9999 之间", t, year)
	}
	if t == "" {
		return Period{}, fmt.Errorf("期限为空：%s", Hint)
	}
	if utf8.RuneCountInString(t) > maxLen {
		return Period{}, fmt.Errorf("无法识别的期限“%s……”：期限文字超过 %d 个字", string([]rune(t)[:10]), maxLen)
	}
	if !utf8.ValidString(t) {
		return Period{}, fmt.Errorf("无法识别的期限“%s”：含有无效的字符编码", t)
	}
	p, ok, err := parseBracketed(t, year)
	if !ok {
		p, err = parseText(normalise(rewriteISO(cutLead(t))), year)
	}
	if err != nil {
		msg := err.Error()
		if !strings.HasSuffix(msg, "？") && !strings.HasSuffix(msg, "。") {
			msg += "。"
		}
		return Period{}, fmt.Errorf("无法识别的期限“%s”：%s%s", t, msg, Hint)
	}
	// A plan reaches some years either side of its own (2021—2025年 in a
	// 2023 programme; the 学创 data of 2013 is shown 2025年底前 as an
	// example); a year far off is a typing slip (2203年底前, 1000) that
	// would keep a task overdue, or never due, for centuries.
	if !p.Open && (p.Start.Year() < year-yearReach || p.End.Year() > year+yearReach) {
		return Period{}, fmt.Errorf("无法识别的期限“%s”：年份与本年度 %d 相差超过 %d 年，是否写错了年份？", t, year, yearReach)
	}
	p.Text = t
	return p, nil
}

// yearReach is how many years before or after the programme's year a
// written year may be.
const yearReach = 20

// cutLead drops the word a deadline may open with (到2025年底前, 截至6月30日,
// 于9月底前): normalise would read 到 as a dash.
func cutLead(s string) string {
	for _, w := range []string{"截止到", "截至", "截止", "到", "于"} {
		if rest, ok := strings.CutPrefix(s, w); ok && rest != "" {
			return rest
		}
	}
	return s
}

// MustParse is Parse for texts known to be valid (tests, built-in tables); it
// panics on error.
func MustParse(text string, year int) Period {
	p, err := Parse(text, year)
	if err != nil {
		panic(err)
	}
	return p
}

// normalise maps full-width digits and the dash variants to ASCII and drops
// inner spaces, so the grammar sees one spelling.
func normalise(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= '０' && r <= '９':
			b.WriteRune('0' + (r - '０'))
		case r == '－' || r == '—' || r == '–' || r == '~' || r == '～' || r == '〜' || r == '至' || r == '到' || r == '‐' || r == '−':
			b.WriteRune('-')
		case r == ' ' || r == '\t' || r == '\u3000':
		default:
			b.WriteRune(r)
		}
	}
	// "——" (a doubled dash) is one dash.
	out := b.String()
	for strings.Contains(out, "--") {
		out = strings.ReplaceAll(out, "--", "-")
	}
	return out
}

// parseText parses a normalised text: a standing duty, a recurring
// deadline or a list of periods.
func parseText(s string, year int) (Period, error) {
	s = strings.TrimRight(s, "。.，,；;")
	if isOpen(s) {
		return Period{Open: true}, nil
	}
	return parseList(s, year)
}

// parseOne parses one piece of a cell as written: the action after its
// date dropped (6月底前出台方案), a standing duty (open), a start (7月起,
// 7月起每月25日前), a recurring deadline, or a point or range.
func parseOne(s string, year int) (Period, error) {
	s = cutVerb(actionAfter(s))
	if isOpen(s) {
		return Period{Open: true}, nil
	}
	for _, w := range []string{"起", "开始"} {
		head, rest, ok := strings.Cut(s, w)
		if !ok || head == "" || strings.HasPrefix(head, "每") {
			continue
		}
		from, err := parsePoint(strings.TrimPrefix(strings.TrimPrefix(head, "从"), "自"), year)
		if err != nil {
			return Period{}, fmt.Errorf("“%s”前的“%s”：%w", w, head, err)
		}
		if rest == "" || isOpen(rest) {
			// 2023年7月起: a standing duty from then on.
			return Period{Open: true}, nil
		}
		p, err := parseOne(rest, year)
		if err != nil || p.Open {
			return p, err
		}
		return startFrom(p, from.Start)
	}
	if p, ok, err := parseRecurring(s, year); ok {
		return p, err
	}
	return parseItem(s, year)
}

// startFrom keeps the due dates of p on or after from (7月起每月25日前 is
// due from 25 July).
func startFrom(p Period, from time.Time) (Period, error) {
	var kept []Period
	dues := p.Dues()
	for _, q := range dues {
		if !q.End.Before(from) {
			if q.Start.Before(from) {
				q.Start = from
			}
			kept = append(kept, q)
		}
	}
	dropped := p.Dropped + len(dues) - len(kept)
	switch len(kept) {
	case 0:
		return Period{}, fmt.Errorf("起始时间之后没有到期日")
	case 1:
		return Period{Text: p.Text, Start: kept[0].Start, End: kept[0].End, Dropped: dropped}, nil
	}
	return Period{Text: p.Text, Start: kept[0].Start, End: kept[len(kept)-1].End, Parts: kept, Recurs: true, Dropped: dropped}, nil
}

// From returns a recurring p without the due dates that fall before day:
// a reporting rule (每月25日前) set by a notice dated 28 February is first
// due on 25 March — January's and February's reports were never asked
// for. ok is false, and p is returned as it is, when p does not recur or
// when every due date falls before day (a wrong year or date, for the
// caller to name).
func (p Period) From(day time.Time) (Period, bool) {
	if !p.Recurs || day.IsZero() {
		return p, false
	}
	q, err := startFrom(p, Day(day))
	if err != nil {
		return p, false
	}
	return q, true
}

// parseList splits a list joined by 和 or 、 (or ，；) and covers its pieces.
// A standing duty in a list (2023年6月底前完成，长期坚持) adds no due date.
func parseList(s string, year int) (Period, error) {
	s = strings.NewReplacer("，", "、", ",", "、", "；", "、", ";", "、", "及", "和").Replace(s)
	all := strings.FieldsFunc(s, func(r rune) bool { return r == '和' || r == '、' })
	if len(all) == 0 || strings.HasPrefix(s, "和") || strings.HasPrefix(s, "、") ||
		strings.HasSuffix(s, "和") || strings.HasSuffix(s, "、") ||
		strings.Contains(s, "和和") || strings.Contains(s, "、、") || strings.Contains(s, "和、") || strings.Contains(s, "、和") {
		return Period{}, fmt.Errorf("“和”“、”两边都须写期限")
	}
	all = joinStarts(all)
	var items []string
	for _, it := range all {
		if it = cutVerb(actionAfter(it)); !isOpen(it) {
			items = append(items, it)
		}
	}
	switch len(items) {
	case 0:
		return Period{Open: true}, nil
	case 1:
		return parseOne(items[0], year)
	}
	if recurringIn(items, year) {
		return seriesOf(items, year)
	}
	// "3、6、9月": a bare number before the last item, which names a
	// month, is a month too.
	if _, _, ok := cutMonth(items[len(items)-1]); ok {
		for i, it := range items[:len(items)-1] {
			if _, err := number(it); err == nil {
				items[i] = it + "月"
			}
		}
	}
	// "6月、9月和12月底" (每季度末，分别在…): bare months before a month's
	// end share it, and each is a due date of its own.
	monthEnds := false
	if _, rest, ok := cutMonth(items[len(items)-1]); ok && monthEnd[rest] {
		monthEnds = true
		for _, it := range items[:len(items)-1] {
			if _, r, ok := cutMonth(it); !ok || r != "" {
				monthEnds = false
			}
		}
		if monthEnds {
			for i := range items[:len(items)-1] {
				items[i] += rest
			}
		}
	}
	// 「6月底、12月底前」「年中和年底前」: the 前 of the last piece is every
	// piece's — each listed point is a due date, not a window.
	if _, before := cutBefore(items[len(items)-1]); before {
		for i, it := range items[:len(items)-1] {
			if _, b := cutBefore(it); !b && isPlainPoint(it) {
				if _, err := parsePoint(it, year); err == nil {
					items[i] = it + "前"
				}
			}
		}
	}
	var p Period
	var pieces []Period
	// 「2025年4月8日、7月8日及12月8日前」: a year written on one piece holds
	// for the pieces after it that write none.
	written := 0
	for i, it := range items {
		in := it
		if y, _, ok := cutYear(it); ok {
			written = y
		} else if written != 0 && takesYear(it) {
			in = strconv.Itoa(written) + "年" + it
			if strings.HasPrefix(it, "年") {
				in = strconv.Itoa(written) + it
			}
		}
		q, err := parseOne(in, year)
		if err != nil {
			return Period{}, fmt.Errorf("第%d项“%s”：%w", i+1, it, err)
		}
		q.Text = it
		pieces = append(pieces, q)
		for _, s := range q.Spans() {
			s.Text = it
			p.Parts = append(p.Parts, s)
		}
		if i == 0 || q.Start.Before(p.Start) {
			p.Start = q.Start
		}
		if q.End.After(p.End) {
			p.End = q.End
		}
	}
	if (monthEnds || deadlineSeries(items, pieces)) && len(p.Parts) == len(items) {
		// Due dates in a row: each piece is due on its own and its work
		// runs from the day after the previous one's due date.
		sortByEnd(p.Parts)
		next := date(year, 1, 1)
		for i := range p.Parts {
			q := &p.Parts[i]
			if _, before := cutBefore(q.Text); before && next.Before(q.End) {
				q.Start = next
			}
			next = q.End.AddDate(0, 0, 1)
		}
		p.Start = p.Parts[0].Start
		p.Recurs = true
	}
	return p, nil
}

// joinStarts joins a piece that only names a start (从2023年7月起,
// 自第二季度开始) to the piece after it: 「从2023年7月起，每月25日前」 is
// one deadline, due every month from July, as 「7月起每月25日前」 is. Read
// as two pieces, the start was a standing duty of its own and the series
// ran from January (QA s11 finding 1: 武汉's 「从2023年第二季度起，每个季度
// 第1个月的20日前」 had the January report overdue).
func joinStarts(pieces []string) []string {
	out := make([]string, 0, len(pieces))
	for i := 0; i < len(pieces); i++ {
		it := pieces[i]
		if i+1 < len(pieces) && startOnly(it) {
			it += pieces[i+1]
			i++
		}
		out = append(out, it)
	}
	return out
}

// startOnly reports whether a piece of a list names a start and nothing
// after it (2023年7月起, 从第二季度开始), as parseOne reads one.
func startOnly(s string) bool {
	for _, w := range []string{"起", "开始"} {
		head, ok := strings.CutSuffix(s, w)
		if ok && head != "" && !strings.HasPrefix(head, "每") && !strings.Contains(head, w) {
			return true
		}
	}
	return false
}

// isPlainPoint reports whether a piece of a list names one point of the
// year (6月底, 年中, 上半年末, 6月): not a range, a window (左右), a
// recurring deadline or a start.
func isPlainPoint(s string) bool {
	for _, w := range []string{"-", "左右", "前后", "每", "起", "开始"} {
		if strings.Contains(s, w) {
			return false
		}
	}
	return !isOpen(s)
}

// takesYear reports whether a piece of a list writes no year of its own
// and so takes the year an earlier piece wrote (7月8日, 年底, 三季度末).
func takesYear(s string) bool {
	for _, w := range []string{"每", "次年", "翌年", "今年", "本年", "当年"} {
		if strings.HasPrefix(s, w) {
			return false
		}
	}
	if _, _, ok := cutMonth(s); ok {
		return true
	}
	return strings.HasPrefix(s, "年") || strings.Contains(s, "季") || strings.Contains(s, "半年")
}

// monthEnd are the words after a month that name its end as a due date.
var monthEnd = map[string]bool{"底": true, "底前": true, "末": true, "末前": true}

// recurringIn reports whether one of items is a recurring deadline.
func recurringIn(items []string, year int) bool {
	for _, it := range items {
		if q, err := parseOne(it, year); err == nil && q.Recurs {
			return true
		}
	}
	return false
}

// seriesOf joins the due dates of pieces one of which recurs (6月底前出台方案，
// 此后每季度末报送): each due date is due on its own.
func seriesOf(items []string, year int) (Period, error) {
	var p Period
	for i, it := range items {
		q, err := parseOne(it, year)
		if err != nil {
			return Period{}, fmt.Errorf("第%d项“%s”：%w", i+1, it, err)
		}
		for _, d := range q.Dues() {
			if d.Text == "" {
				d.Text = it
			}
			p.Parts = append(p.Parts, d)
		}
	}
	sortByEnd(p.Parts)
	p.Start, p.End, p.Recurs = p.Parts[0].Start, p.Parts[len(p.Parts)-1].End, true
	for _, d := range p.Parts {
		if d.Start.Before(p.Start) {
			p.Start = d.Start
		}
	}
	return p, nil
}

// parseItem parses one piece of a list: a point, a range, or either with 左右.
func parseItem(s string, year int) (Period, error) {
	// 左右, or 前后 ("6月前后") with the same meaning, once.
	for _, about := range []string{"左右", "前后"} {
		rest, ok := strings.CutSuffix(s, about)
		if !ok {
			continue
		}
		if rest == "" {
			return Period{}, fmt.Errorf("“%s”前须写期限", about)
		}
		if strings.HasSuffix(rest, "左右") || strings.HasSuffix(rest, "前后") {
			return Period{}, fmt.Errorf("“左右”“前后”只能写一次")
		}
		p, err := parseItem(rest, year)
		if err != nil {
			return Period{}, err
		}
		return widen(p, year), nil
	}
	// A deadline: the work runs from the start of the year (or of the
	// point's own year) to the end of the point.
	if point, ok := cutBefore(s); ok {
		if strings.Contains(point, "-") {
			return Period{}, fmt.Errorf("“前”前须写一个时点（如 6月底前），不能是区间")
		}
		p, err := parsePoint(point, year)
		if err != nil {
			return Period{}, err
		}
		if start := date(year, 1, 1); start.Before(p.Start) {
			p.Start = start
		}
		return p, nil
	}
	parts := strings.Split(s, "-")
	switch len(parts) {
	case 1:
		return parsePoint(s, year)
	case 2:
	default:
		return Period{}, fmt.Errorf("一个期限只能有一个“-”")
	}
	left, right := parts[0], parts[1]
	if left == "" || right == "" {
		return Period{}, fmt.Errorf("“-”两边都须写期限")
	}
	_, _, lok := cutMonth(left)
	_, _, rok := cutMonth(right)
	// "2023—2025年": a bare year on the left is a year.
	if isYear(left) && strings.HasPrefix(right, left[:2]) {
		left += "年"
	}
	// "4-5月", "4-5月份": a bare number on the left is a month.
	if _, err := number(left); err == nil && !lok && rok {
		left += "月"
		lok = true
	}
	// "3月上旬-中旬", "2月初-月底": the right side takes the left's month.
	if lok && !rok {
		if w := strings.TrimPrefix(right, "月"); isXunWord(w) {
			lm, _, _ := cutMonth(left)
			right = strconv.Itoa(int(lm)) + "月" + w
		}
	}
	a, err := parsePoint(left, year)
	if err != nil {
		return Period{}, fmt.Errorf("起点“%s”：%w", parts[0], err)
	}
	b, err := parsePoint(right, year)
	if err != nil {
		return Period{}, fmt.Errorf("终点“%s”：%w", parts[1], err)
	}
	if b.End.Before(a.Start) {
		return Period{}, fmt.Errorf("终点“%s”早于起点“%s”", parts[1], parts[0])
	}
	return Period{Start: a.Start, End: b.End}, nil
}

// widen moves Start back and End forward by one 旬, within the year.
func widen(p Period, year int) Period {
	if len(p.Parts) > 0 {
		q := Period{}
		for i, s := range p.Parts {
			w := widen(s, year)
			w.Text = s.Text
			q.Parts = append(q.Parts, w)
			if i == 0 || w.Start.Before(q.Start) {
				q.Start = w.Start
			}
			if w.End.After(q.End) {
				q.End = w.End
			}
		}
		return q
	}
	first, last := XunOf(p.Start), XunOf(p.End)
	if f := first.Prev(); f.Year == year {
		p.Start = f.Start()
	}
	if l := last.Next(); l.Year == year {
		p.End = l.End()
	}
	return p
}

// isYear reports whether s is a four-digit year without 年.
func isYear(s string) bool {
	if len(s) != 4 {
		return false
	}
	_, err := strconv.Atoi(s)
	return err == nil && s[0] != '0' && s[0] != '+' && s[0] != '-'
}

// wholeYear reads 2023, 2023年 or 2023年度.
func wholeYear(s string) (int, bool) {
	s = strings.TrimSuffix(strings.TrimSuffix(s, "度"), "年")
	if !isYear(s) {
		return 0, false
	}
	y, _ := strconv.Atoi(s)
	return y, true
}

// isXunWord reports whether s is a part-of-month word without a month.
func isXunWord(s string) bool {
	_, ok := thirds[s]
	return ok
}

// thirds maps the part-of-month words to the 旬 they span (first, last).
var thirds = map[string][2]Third{
	"初": {Upper, Upper}, "上旬": {Upper, Upper},
	"中": {Middle, Middle}, "中旬": {Middle, Middle},
	"底": {Lower, Lower}, "末": {Lower, Lower}, "下旬": {Lower, Lower},
	"上中旬": {Upper, Middle}, "中下旬": {Middle, Lower}, "上半月": {Upper, Middle}, "下半月": {Middle, Lower},
}

// yearWords are the periods named without a month.
var yearWords = map[string][2]time.Month{
	"全年": {1, 12}, "全年度": {1, 12}, "年内": {1, 12},
	"上半年": {1, 6}, "下半年": {7, 12},
	"第一季度": {1, 3}, "第二季度": {4, 6}, "第三季度": {7, 9}, "第四季度": {10, 12},
	"一季度": {1, 3}, "二季度": {4, 6}, "三季度": {7, 9}, "四季度": {10, 12},
	"第1季度": {1, 3}, "第2季度": {4, 6}, "第3季度": {7, 9}, "第4季度": {10, 12},
	"1季度": {1, 3}, "2季度": {4, 6}, "3季度": {7, 9}, "4季度": {10, 12},
}

// parsePoint parses a period without a dash or list: 全年, 3月, 3月份, 3月上中旬,
// 3月15日, 年底….
func parsePoint(s string, year int) (Period, error) {
	// 次年1月底前: the year after the programme's (its last report).
	for _, w := range []string{"次年", "翌年"} {
		if rest, ok := strings.CutPrefix(s, w); ok && rest != "" {
			year, s = year+1, rest
			break
		}
	}
	for _, w := range []string{"今年", "本年度", "本年", "当年"} {
		if rest, ok := strings.CutPrefix(s, w); ok && rest != "" {
			s = "年" + rest
			if strings.HasPrefix(rest, "年") || strings.ContainsAny(rest[:1], "0123456789") {
				s = rest
			}
			break
		}
	}
	// 2023年, 2023, 2023年度: the whole year.
	if y, ok := wholeYear(s); ok {
		return Period{Start: date(y, 1, 1), End: date(y, 12, 31)}, nil
	}
	if y, rest, ok := cutYear(s); ok {
		// 2023年1月15日: the year written wins over the programme's.
		year, s = y, rest
		// 2025年底, 2023年内: the year's own words.
		switch rest {
		case "底", "末", "终", "初", "中", "内", "度", "上半年", "下半年":
			s = "年" + rest
			if strings.HasSuffix(rest, "半年") {
				s = rest
			}
		}
	}
	if m, ok := quarterEnds[s]; ok {
		return xunPeriod(year, m, Lower, Lower), nil
	}
	if ms, ok := yearWords[s]; ok {
		return Period{Start: date(year, ms[0], 1), End: date(year, ms[1], lastDay(year, ms[1]))}, nil
	}
	switch s {
	case "年初":
		return xunPeriod(year, 1, Upper, Upper), nil
	case "年中":
		// The middle of the year is due with its first half, 6月30日.
		return Period{Start: date(year, 6, 21), End: date(year, 6, 30)}, nil
	case "年底", "年末", "年终":
		return xunPeriod(year, 12, Lower, Lower), nil
	}
	m, rest, ok := cutMonth(s)
	if !ok {
		if strings.Contains(s, "月") {
			head, _, _ := strings.Cut(s, "月")
			if head == "" {
				return Period{}, fmt.Errorf("“月”前缺少月份数字")
			}
			if _, err := number(head); err != nil {
				return Period{}, fmt.Errorf("“%s”不是月份数字（应写 1 到 12，如 3月、6月底前）", head)
			}
			return Period{}, fmt.Errorf("月份“%s”须是 1 到 12", head)
		}
		if strings.Contains(s, "季度") {
			return Period{}, fmt.Errorf("季度须是第一季度到第四季度")
		}
		return Period{}, fmt.Errorf("缺少月份（如“3月”）")
	}
	switch rest {
	case "", "份":
		return Period{Start: date(year, m, 1), End: date(year, m, lastDay(year, m))}, nil
	}
	if th, ok := thirds[rest]; ok {
		return xunPeriod(year, m, th[0], th[1]), nil
	}
	// An exact day: 3月15日, 3月15号.
	if d, ok := strings.CutSuffix(rest, "日"); ok {
		return dayPeriod(year, m, d)
	}
	if d, ok := strings.CutSuffix(rest, "号"); ok {
		return dayPeriod(year, m, d)
	}
	return Period{}, fmt.Errorf("“%d月”后的“%s”不是可识别的写法%s", m, rest, suggestSuffix(m, rest))
}

// suggestSuffix proposes the form a near miss after "M月" meant.
func suggestSuffix(m time.Month, rest string) string {
	// 句 looks like 旬 and a clerk's input method offers it first for
	// "xun"-like slips: 「2月下句」 was answered with no suggestion at all.
	if strings.Contains(rest, "句") {
		rest = strings.ReplaceAll(rest, "句", "旬")
		switch rest {
		case "上旬", "中旬", "下旬", "上中旬", "中下旬":
			return fmt.Sprintf("，您是不是要写“%d月%s”？", m, rest)
		}
	}
	var want string
	switch rest {
	case "中下", "中下半", "中下旬初":
		want = "中下旬"
	case "上中", "上中半":
		want = "上中旬"
	case "上旬初", "初旬", "初期", "上旬末", "上":
		want = "上旬"
	case "中期", "中旬中":
		want = "中旬"
	case "下旬末", "末旬", "底旬", "末期", "底部", "下":
		want = "下旬"
	case "上下旬", "全月", "整月":
		return fmt.Sprintf("，整月请写“%d月”", m)
	default:
		return ""
	}
	return fmt.Sprintf("，您是不是要写“%d月%s”？", m, want)
}

// dayPeriod is the single day d of month m.
func dayPeriod(year int, m time.Month, d string) (Period, error) {
	n, err := number(d)
	if err != nil || n < 1 || n > lastDay(year, m) {
		return Period{}, fmt.Errorf("%d月没有“%s日”", m, d)
	}
	t := date(year, m, n)
	return Period{Start: t, End: t}, nil
}

// xunPeriod spans the 旬 from..to of month m.
func xunPeriod(year int, m time.Month, from, to Third) Period {
	return Period{Start: Xun{year, m, from}.Start(), End: Xun{year, m, to}.End()}
}

// cutMonth reads a leading "N月" and returns the month and the rest.
func cutMonth(s string) (time.Month, string, bool) {
	head, rest, ok := strings.Cut(s, "月")
	if !ok || head == "" {
		return 0, s, false
	}
	n, err := number(head)
	if err != nil || n < 1 || n > 12 {
		return 0, s, false
	}
	return time.Month(n), rest, true
}

// number reads 1–99 in Arabic or Chinese numerals (十二, 二十一, 廿一, 卅).
func number(s string) (int, error) {
	if s == "" {
		return 0, fmt.Errorf("empty number")
	}
	if n, err := strconv.Atoi(s); err == nil {
		if n < 0 || strings.HasPrefix(s, "+") || strings.HasPrefix(s, "-") {
			return 0, fmt.Errorf("bad number %q", s)
		}
		return n, nil
	}
	digits := map[rune]int{'〇': 0, '零': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}
	rs := []rune(s)
	switch {
	case len(rs) == 1:
		if d, ok := digits[rs[0]]; ok && d > 0 {
			return d, nil
		}
		switch rs[0] {
		case '十':
			return 10, nil
		case '廿':
			return 20, nil
		case '卅':
			return 30, nil
		}
	case len(rs) == 2 && rs[0] == '十':
		if d, ok := digits[rs[1]]; ok && d > 0 {
			return 10 + d, nil
		}
	case len(rs) == 2 && (rs[0] == '廿' || rs[0] == '卅'):
		base := 20
		if rs[0] == '卅' {
			base = 30
		}
		if d, ok := digits[rs[1]]; ok && d > 0 {
			return base + d, nil
		}
	case len(rs) == 2 && rs[1] == '十':
		if d, ok := digits[rs[0]]; ok && d > 1 {
			return d * 10, nil
		}
	case len(rs) == 3 && rs[1] == '十':
		a, ok1 := digits[rs[0]]
		b, ok2 := digits[rs[2]]
		if ok1 && ok2 && a > 1 && b > 0 {
			return a*10 + b, nil
		}
	}
	return 0, fmt.Errorf("bad number %q", s)
}
