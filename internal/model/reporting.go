package model

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"gongwen/internal/period"
)

// ReportRule is a reporting duty the notice sets for every task, or for the
// tasks of some categories, without a 完成时限 printed on each task (蔡甸's
// 「各责任单位要在每季度最后一个月的30日前将本季度落实各项工作目标任务进展情况报区人民政府办公室」).
// Each occurrence of its period is due on its own for every task it
// covers, besides the task's own deadline: a missed one is a report not
// made (第一季度进展情况未按时报送), not a task overdue.
type ReportRule struct {
	What       string        `yaml:"what,omitempty" json:"what,omitempty" title:"报送内容" description:"如：进展情况、落实情况；不写为进展情况"`
	Period     period.Period `yaml:"period" json:"period" title:"报送时限" description:"如：每季度最后一个月30日前、每月25日前、每半年；每一次分别到期"`
	Categories []string      `yaml:"categories,omitempty" json:"categories,omitempty" title:"适用类别" description:"类别 id 列表（含其下级类别）；不写为全部任务"`
	// By and To make a rule for one side of a task (广丰 2021: 牵头单位
	// report to the 督查室 each month, 责任单位 to the 牵头单位 by the 20th):
	// who reports, and to whom.
	By string `yaml:"by,omitempty" json:"by,omitempty" title:"报送单位" description:"牵头单位 或 责任单位：由任务的哪一方报送（写 责任单位 的，由各责任单位报送、督办）；不写为承担任务的单位（牵头单位，没有时为责任单位）。一项任务的每一方可适用几项报送要求（不同日到期），各次按到期日先后对应 submitted 或 units_submitted" enum:"牵头单位,责任单位"`
	To string `yaml:"to,omitempty" json:"to,omitempty" title:"报送给" description:"接收报送的机关或单位，如 区政府督查室；写 牵头单位 则各责任单位报送本任务的牵头单位；周工作清单和督办通知写明“向……报送”；不写则不注明"`
}

// The sides of a task a reporting rule may name (ReportRule.By), and the
// recipient that means a task's own lead units (ReportRule.To).
const (
	ReportByLead  = "牵头单位"
	ReportByUnits = "责任单位"
	ReportToLead  = "牵头单位"
)

// ByUnits reports whether the task's responsible units make the reports
// (a rule of by: 责任单位), rather than the units that answer for it.
func (r *ReportRule) ByUnits() bool { return r.By == ReportByUnits }

// Send is how a line names the report of what: 报送第一季度进展情况, or
// with the rule's side and recipient 责任单位向牵头单位报送5月份进展情况.
func (r *ReportRule) Send(what string) string {
	s := r.By
	if r.To != "" {
		s += "向" + r.To
	}
	return s + "报送" + what
}

// SendVerb is the verb of a missed report in a sentence: 报送, or
// 向区政府督查室报送 when the rule names its recipient.
func (r *ReportRule) SendVerb() string {
	if r.To != "" {
		return "向" + r.To + "报送"
	}
	return "报送"
}

// SubmittedOn returns the day the task's report for occurrence i of the
// rule was made — Task.UnitsSubmitted for a rule of the responsible
// units, else Task.Submitted, whose dates meet the side's reports in
// order of date (ReportDues) — or nil.
func (r *ReportRule) SubmittedOn(c *Campaign, t *Task, i int) *time.Time {
	dates := t.Submitted
	if r.ByUnits() {
		dates = t.UnitsSubmitted
	}
	for k, o := range c.reportSeries(t, r.ByUnits()) {
		if o.rule == r && o.n == i {
			if k < len(dates) {
				return &dates[k]
			}
			return nil
		}
	}
	return nil
}

// reportOcc is occurrence n of a reporting rule, due on due.
type reportOcc struct {
	rule *ReportRule
	n    int
	due  period.Period
}

// reportSeries are the reports the task owes on one side (its lead
// units', or with units its responsible units'), under every rule of
// that side that covers it, in order of date: 武汉 asks the lead units
// for a 办理方案 by 2月10日 once and for each quarter's 完成情况 after
// (QA s11 finding 3) — two rules, one series that the side's submitted
// dates meet one by one.
func (c *Campaign) reportSeries(t *Task, units bool) []reportOcc {
	var out []reportOcc
	for i := range c.Reporting {
		r := &c.Reporting[i]
		if r.ByUnits() != units || !r.Covers(c, t) {
			continue
		}
		for n, d := range r.Period.Dues() {
			out = append(out, reportOcc{rule: r, n: n, due: d})
		}
	}
	slices.SortStableFunc(out, func(a, b reportOcc) int { return a.due.End.Compare(b.due.End) })
	return out
}

// ReportDues are the due dates of the reports the task owes on one side
// (see reportSeries), in order: occurrence k is met by the side's k-th
// submitted date.
func (c *Campaign) ReportDues(t *Task, units bool) []period.Period {
	series := c.reportSeries(t, units)
	out := make([]period.Period, len(series))
	for k, o := range series {
		out[k] = o.due
	}
	return out
}

// Reporters are the units that make the task's reports under the rule:
// its responsible units for a rule of 责任单位, its lead units for one of
// 牵头单位, else nil (the units that answer for the task, as supervision
// finds them).
func (r *ReportRule) Reporters(c *Campaign, t *Task) []string {
	switch r.By {
	case ReportByUnits:
		return c.TaskUnits(t)
	case ReportByLead:
		return c.TaskLead(t)
	}
	return nil
}

// Subject is what is reported: 进展情况 unless the rule says.
func (r *ReportRule) Subject() string {
	if r.What != "" {
		return r.What
	}
	return "进展情况"
}

// Covers reports whether the rule applies to the task: every task when it
// names no category, else a task in one of its categories or below.
func (r *ReportRule) Covers(c *Campaign, t *Task) bool {
	// A rule for one side covers the tasks that have that side.
	if r.By != "" && len(r.Reporters(c, t)) == 0 {
		return false
	}
	if len(r.Categories) == 0 {
		return true
	}
	for _, cat := range c.CategoryPath(t) {
		if slices.Contains(r.Categories, cat.ID) {
			return true
		}
	}
	return false
}

// ReportRuleFor returns the first reporting rule of the units that answer
// for the task (the first that covers it and is not for its responsible
// units alone), or nil; ReportRulesFor has them all.
func (c *Campaign) ReportRuleFor(t *Task) *ReportRule {
	for i := range c.Reporting {
		if r := &c.Reporting[i]; !r.ByUnits() && r.Covers(c, t) {
			return r
		}
	}
	return nil
}

// ReportRulesFor returns the reporting rules that cover the task: those
// of the units that answer for it, then those of its responsible units
// (by: 责任单位), each in the data's order.
func (c *Campaign) ReportRulesFor(t *Task) []*ReportRule {
	var out []*ReportRule
	for _, units := range []bool{false, true} {
		for i := range c.Reporting {
			if r := &c.Reporting[i]; r.ByUnits() == units && r.Covers(c, t) {
				out = append(out, r)
			}
		}
	}
	return out
}

// Occasion names what occurrence i of the rule reports on, as a clerk
// writes it before 进展情况: 第一季度 for a quarterly report due in the
// quarter's second or last month (the quarter before, for one due in its
// first month: 每季度首月10日前报送上季度情况), 3月份 for a monthly one
// (the month before when due by the 15th), 上半年/下半年 for a half-yearly
// one; "" when the rule's dates follow no such cadence.
func (r *ReportRule) Occasion(i int) string {
	dues := r.Period.Dues()
	if i < 0 || i >= len(dues) {
		return ""
	}
	due := dues[i].End
	m := int(due.Month())
	// A report due in January after the series began the year before
	// (…10月10日和2023年1月10日前) reports on that year's last quarter or
	// month, not the year before it.
	ownYear := due.Year() > dues[0].End.Year()
	// A series cut at its start (3月起…, or at the notice's date) keeps
	// the cadence of the whole year's.
	switch len(dues) + r.Period.Dropped {
	case 4:
		q := (m - 1) / 3
		if (m-1)%3 == 0 {
			q-- // due in a quarter's first month: the quarter before
		}
		if q < 0 && ownYear {
			return "第四季度"
		}
		if q < 0 {
			return "上年第四季度"
		}
		return "第" + []string{"一", "二", "三", "四"}[q] + "季度"
	case 12:
		if due.Day() <= 15 {
			m--
		}
		if m < 1 && ownYear {
			return "12月份"
		}
		if m < 1 {
			return "上年12月份"
		}
		return fmt.Sprintf("%d月份", m)
	case 2:
		// A half-year's report is due at its end or early in the next
		// (6月底, 7月10日前; 12月底, 1月10日前); two other dates
		// (3月30日、6月30日) name no half.
		half := func(d time.Time) int {
			switch m := d.Month(); {
			case m >= 6 && m <= 8:
				return 1
			case m == 12 || m <= 2:
				return 2
			}
			return 0
		}
		if half(due) == 0 {
			return ""
		}
		if len(dues) == 2 {
			// (A series cut at the notice's date may hold one.)
			if a, b := half(dues[0].End), half(dues[1].End); a == 0 || b == 0 || a == b {
				return ""
			}
		}
		switch {
		case half(due) == 1:
			return "上半年"
		case due.Month() <= 2 && !ownYear:
			return "上年下半年" // as 上年第四季度: due early in the year
		}
		return "下半年"
	}
	return ""
}

// ReportWhat is the report of occurrence i where its date stands beside
// it (the weekly list's 「3月30日（报送第一季度进展情况）」): the occasion
// and the subject, or the subject alone when the rule's dates name none.
func (r *ReportRule) ReportWhat(i int) string {
	return r.Occasion(i) + r.Subject()
}

// ReportName is the report of occurrence i as a sentence names it:
// 第一季度进展情况, or 3月30日的进展情况 when the rule's dates have no
// quarter or month to name — never in brackets of its own, since the
// sentences put it in theirs (「（3月30日的进展情况未报送）」; it printed
// 「（进展情况（3月30日）未报送）」).
func (r *ReportRule) ReportName(i int) string {
	if o := r.Occasion(i); o != "" {
		return o + r.Subject()
	}
	dues := r.Period.Dues()
	if i >= 0 && i < len(dues) {
		return dues[i].Written() + "的" + r.Subject()
	}
	return r.Subject()
}

// IssuedOn is the date of the document that sets the reporting rules:
// the earliest dated 印发通知, else the earliest dated 责任分工; zero when
// none is dated. Occurrences of a rule due before it do not fall due.
func (c *Campaign) IssuedOn() time.Time {
	var first time.Time
	for _, kind := range []DocumentKind{IssueNotice, Division} {
		for i := range c.Documents {
			d := &c.Documents[i]
			if d.Kind == kind && d.Date != nil && (first.IsZero() || d.Date.Before(first)) {
				first = *d.Date
			}
		}
		if !first.IsZero() {
			return first
		}
	}
	return first
}

// SubmittedOn returns the day the task's report for occurrence i of its
// rule was made (Task.Submitted), or nil.
func (t *Task) SubmittedOn(i int) *time.Time {
	if i >= 0 && i < len(t.Submitted) {
		return &t.Submitted[i]
	}
	return nil
}

// ReportDue reports whether a task still owes reports on day: a task
// finished by then (its done_on; a finished one without a date) has
// nothing more to report on.
func (t *Task) ReportDue(day time.Time) bool {
	if !t.Status.Finished() {
		return true
	}
	return t.DoneOn != nil && period.Day(*t.DoneOn).After(day)
}

// checkReporting checks the reporting rules and the tasks' submitted
// dates: a rule has dates to be due on and names categories that exist;
// two rules of one side of a task may not fall due on the same day (a
// returned row, keyed by the day, could not say which report it meets);
// a task's submitted dates need a rule, no more than its side's
// occurrences, in order.
func (k *checker) checkReporting(yearOK bool) {
	c := k.c
	for i, r := range c.Reporting {
		p := fmt.Sprintf("reporting[%d]", i)
		k.period(p+".period", r.Period, yearOK)
		if yearOK && r.Period.Open {
			k.add(p+".period", "报送时限“%s”没有到期日；报送要求须写明何时报送，如 每季度最后一个月30日前", r.Period.Text)
		}
		k.refs(p+".categories", r.Categories, &k.categories)
		if r.To == ReportToLead && !r.ByUnits() {
			k.add(p+".to", "报送给牵头单位的是责任单位：请同时写 by: 责任单位")
		}
	}
	clash := map[[2]int]bool{}
	index := func(r *ReportRule) int {
		for i := range c.Reporting {
			if &c.Reporting[i] == r {
				return i
			}
		}
		return -1
	}
	for ti := range c.Tasks {
		t := &c.Tasks[ti]
		for _, units := range []bool{false, true} {
			series := c.reportSeries(t, units)
			for k2 := 1; k2 < len(series); k2++ {
				a, b := series[k2-1], series[k2]
				if a.rule == b.rule || !a.due.End.Equal(b.due.End) {
					continue
				}
				ia, ib := index(a.rule), index(b.rule)
				if clash[[2]int{ia, ib}] {
					continue
				}
				clash[[2]int{ia, ib}] = true
				k.add(fmt.Sprintf("reporting[%d].period", ib), "任务 %s 的报送要求 reporting[%d] 和 reporting[%d] 都在 %s 到期；一项任务的同一方（牵头单位或责任单位，用 by 区分）可有几项报送要求，但不能同一天到期（报送日期无从对应），请用 categories 分开或合为一项",
					t.ID, ia, ib, b.due.End.Format(time.DateOnly))
			}
			if !yearOK {
				continue
			}
			key, dates := "submitted", t.Submitted
			if units {
				key, dates = "units_submitted", t.UnitsSubmitted
			}
			k.submitted(ti, key, dates, series)
		}
	}
}

// submitted checks the dates a task's reports were made under the rules
// of one side (their occurrences in order, reportSeries): a rule to meet,
// no more dates than the occurrences, in the year, in order.
func (k *checker) submitted(ti int, key string, dates []time.Time, series []reportOcc) {
	c := k.c
	t := &c.Tasks[ti]
	if len(dates) == 0 {
		return
	}
	p := fmt.Sprintf("tasks[%d].%s", ti, key)
	if len(series) == 0 {
		side := ""
		if key == "units_submitted" {
			side = "责任单位的（by: 责任单位）"
		}
		ruled := false
		for _, r := range c.Reporting {
			ruled = ruled || r.ByUnits() == (key == "units_submitted") && r.Covers(c, t)
		}
		if !ruled {
			k.add(p, "没有适用于任务 %s 的%s报送要求（reporting），各次报送日期无从对应", t.ID, side)
		}
		return
	}
	var texts []string
	for _, o := range series {
		if !slices.Contains(texts, o.rule.Period.Text) {
			texts = append(texts, o.rule.Period.Text)
		}
	}
	if n := len(series); len(dates) > n {
		k.add(fmt.Sprintf("%s[%d]", p, n), "报送时限“%s”全年只到期 %d 次，各次报送日期多写了 %d 个", strings.Join(texts, "”“"), n, len(dates)-n)
	}
	for i, d := range dates {
		switch {
		case d.Year() != c.Year && d.Year() != c.Year+1:
			k.add(fmt.Sprintf("%s[%d]", p, i), "报送日期 %s 不在年度 %d 年内", d.Format(time.DateOnly), c.Year)
		case i > 0 && d.Before(dates[i-1]):
			k.add(fmt.Sprintf("%s[%d]", p, i), "各次报送日期应按先后顺序填写：%s 早于上一次的 %s", d.Format(time.DateOnly), dates[i-1].Format(time.DateOnly))
		}
	}
}
