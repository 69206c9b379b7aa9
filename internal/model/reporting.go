package model

import (
	"fmt"
	"slices"
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

// ReportRuleFor returns the reporting rule that covers the task (the first
// that does; Check refuses two), or nil.
func (c *Campaign) ReportRuleFor(t *Task) *ReportRule {
	for i := range c.Reporting {
		if c.Reporting[i].Covers(c, t) {
			return &c.Reporting[i]
		}
	}
	return nil
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
		if m >= 6 && m <= 11 {
			return "上半年"
		}
		return "下半年"
	}
	return ""
}

// ReportName is the report of occurrence i as a sentence names it:
// 第一季度进展情况, or 进展情况（3月30日前） when the rule's dates have no
// quarter or month to name.
func (r *ReportRule) ReportName(i int) string {
	if o := r.Occasion(i); o != "" {
		return o + r.Subject()
	}
	dues := r.Period.Dues()
	if i >= 0 && i < len(dues) {
		return r.Subject() + "（" + dues[i].Written() + "）"
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
// dates: a rule has dates to be due on, names categories that exist, and
// no task falls under two rules (its submitted dates would be ambiguous);
// a task's submitted dates need a rule, no more than its occurrences, in
// order.
func (k *checker) checkReporting(yearOK bool) {
	c := k.c
	for i, r := range c.Reporting {
		p := fmt.Sprintf("reporting[%d]", i)
		k.period(p+".period", r.Period, yearOK)
		if yearOK && r.Period.Open {
			k.add(p+".period", "报送时限“%s”没有到期日；报送要求须写明何时报送，如 每季度最后一个月30日前", r.Period.Text)
		}
		k.refs(p+".categories", r.Categories, &k.categories)
	}
	clash := map[[2]int]bool{}
	for ti := range c.Tasks {
		t := &c.Tasks[ti]
		first := -1
		for i := range c.Reporting {
			if !c.Reporting[i].Covers(c, t) {
				continue
			}
			if first < 0 {
				first = i
				continue
			}
			if !clash[[2]int{first, i}] {
				clash[[2]int{first, i}] = true
				k.add(fmt.Sprintf("reporting[%d].categories", i), "任务 %s 已适用 reporting[%d] 的报送要求；一项任务只适用一项报送要求，请用 categories 分开", t.ID, first)
			}
		}
		if len(t.Submitted) == 0 || !yearOK {
			continue
		}
		p := fmt.Sprintf("tasks[%d].submitted", ti)
		if first < 0 {
			k.add(p, "没有适用于任务 %s 的报送要求（reporting），各次报送日期无从对应", t.ID)
			continue
		}
		r := c.Reporting[first]
		if n := len(r.Period.Dues()); len(t.Submitted) > n && !r.Period.Start.IsZero() {
			k.add(fmt.Sprintf("%s[%d]", p, n), "报送时限“%s”全年只到期 %d 次，各次报送日期多写了 %d 个", r.Period.Text, n, len(t.Submitted)-n)
		}
		for i, d := range t.Submitted {
			switch {
			case d.Year() != c.Year && d.Year() != c.Year+1:
				k.add(fmt.Sprintf("%s[%d]", p, i), "报送日期 %s 不在年度 %d 年内", d.Format(time.DateOnly), c.Year)
			case i > 0 && d.Before(t.Submitted[i-1]):
				k.add(fmt.Sprintf("%s[%d]", p, i), "各次报送日期应按先后顺序填写：%s 早于上一次的 %s", d.Format(time.DateOnly), t.Submitted[i-1].Format(time.DateOnly))
			}
		}
	}
}
