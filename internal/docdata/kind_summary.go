package docdata

import (
	"time"

	"gongwen/internal/model"
)

// Summary is the 总结: one for each month, quarter and half of the
// campaign year that has ended since the work began, and the data's
// 总结 documents once they are due.
var Summary = register(&Kind{
	Name: "summary", Label: "总结", Data: model.Summary, Template: "zongjie.docx",
	Desc: "总结：主要成效（按数据统计的完成情况）、主要做法、存在问题、下一步打算",
	plan: func(k *Kind, e *Env, only []string) ([]Doc, error) {
		var out []Doc
		for _, s := range summaries(e, only) {
			v := ForSummary(e.Campaign, s.doc, s.span, e.Date, e.Options)
			out = append(out, Doc{Title: titled(v.Title, k.Label), View: v, Unfilled: v.unfilled, Notes: v.notes})
		}
		return out, nil
	},
	doc: func(k *Kind, e *Env, d *model.Document) (Doc, error) {
		v := ForSummary(e.Campaign, d, YearSpan(e.Campaign.Year), e.Date, e.Options)
		return Doc{Title: titled(v.Title, k.Label), View: v, Unfilled: v.unfilled, Notes: v.notes}, nil
	},
	// Without a 总结 in the data, the year's summary as of the build date.
	sample: func(k *Kind, e *Env, id string) (Doc, error) {
		if id != "" || len(docsOf(e.Campaign, k.Data, nil)) > 0 {
			return k.sampleData(e, id)
		}
		v := ForSummary(e.Campaign, nil, YearSpan(e.Campaign.Year), e.Date, e.Options)
		return Doc{Title: titled(v.Title, k.Label), View: v, Unfilled: v.unfilled, Notes: v.notes}, nil
	},
}, 70, (*SummaryView)(nil))

// SummaryView is what a summary's template receives: the 主体 of a
// document and the figures it was written from.
type SummaryView struct {
	Common
	Main         // 主体
	Stats *Stats // 统计数字

	unfilled []string
	notes    []string
}

// ForSummary builds a summary (总结) of span. Its outline comes from doc
// when doc has sections; a section without text of its own is filled from
// the data by its heading (see fillSections). Without doc sections the
// outline is 主要成效 (the figures and the tasks finished), 主要做法 (the
// meetings held), 存在问题 (overdue tasks), 下一步打算 (tasks due in the
// next stretch of the same length).
func ForSummary(c *model.Campaign, doc *model.Document, span Span, date time.Time, opts Options) *SummaryView {
	v := forSummary(c, doc, span, date, opts)
	return &SummaryView{Common: v.Common, Main: v.Main, Stats: v.Stats, unfilled: v.Placeholders, notes: v.Hints}
}

// Unfilled lists the headings left as （此处填写…） prompts.
func (v *SummaryView) Unfilled() []string { return v.unfilled }

type dueSummary struct {
	doc  *model.Document
	span Span
}

// summaries lists the summaries due by the build date: one for each month,
// quarter and half of the campaign year that has ended since the work
// began, and the documents of kind 总结 in the data once they are due.
func summaries(e *Env, only []string) []dueSummary {
	c, date := e.Campaign, e.Date
	var out []dueSummary
	if len(only) == 0 {
		y := c.Year
		first := firstMonth(c)
		ended := func(s Span) bool { return !s.End.After(date) } // a span ends on its last day
		for m := first; m <= 12; m++ {
			if s := MonthSpan(y, m); ended(s) {
				out = append(out, dueSummary{span: s})
			}
		}
		for q := 1; q <= 4; q++ {
			if s := QuarterSpan(y, q); ended(s) && s.End.Month() >= time.Month(first) {
				out = append(out, dueSummary{span: s})
			}
		}
		for h := 1; h <= 2; h++ {
			if s := HalfSpan(y, h); ended(s) {
				out = append(out, dueSummary{span: s})
			}
		}
	}
	year := YearSpan(c.Year)
	for _, d := range docsOf(c, model.Summary, only) {
		// A summary in the data is due on its 成文日期, or, undated, when
		// the year is over; --only asks for it whatever the date.
		due := (d.Date != nil && !d.Date.After(date)) || (d.Date == nil && !year.End.After(date))
		if due || len(only) > 0 {
			out = append(out, dueSummary{doc: d, span: year})
		}
	}
	return out
}

// firstMonth is the month the campaign's first phase starts in: tasks that
// run 全年 start in January, but nothing is summarised before the work begins.
func firstMonth(c *model.Campaign) int {
	first := 13
	for _, ph := range c.Phases {
		if s := ph.Period.Start; !s.IsZero() && s.Year() == c.Year {
			first = min(first, int(s.Month()))
		}
	}
	if first == 13 {
		return 1
	}
	return first
}
