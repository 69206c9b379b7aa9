package docdata

import (
	"gongwen/internal/meetings"
	"gongwen/internal/model"
)

// SupervisionSummary is the one-page 督办情况汇总 for the office director.
// It is made from the data's deadlines alone; no document of the data has
// this kind.
var SupervisionSummary = register(&Kind{
	Name: "supervision-summary", Label: "督办情况汇总", Template: "duban_huizong.docx",
	Desc: "督办情况汇总：按单位统计逾期、临期任务，供办公室主任阅（一页）",
	plan: func(k *Kind, e *Env, only []string) ([]Doc, error) {
		s, err := supervise(e)
		if err != nil {
			return nil, err
		}
		v := ForSupervisionSummary(e.Campaign, s, e.Options)
		return []Doc{{Title: titled(v.Title, k.Label), View: v, BuildNotes: unownedNotes(s)}}, nil
	},
}, 170, (*SupervisionSummaryView)(nil))

// SupervisionSummaryView is what the 督办情况汇总's template receives.
type SupervisionSummaryView struct {
	Common
	Title      string               // 标题“督办情况汇总”
	TitleLines []string             // 标题各行
	Subtitle   string               // 标题下的截至日期，如“（截至2013年7月15日）”
	Body       []Block              // 表前的总体情况
	Units      []SupervisionUnitRow // 按单位各一行
	Total      []SupervisionUnitRow // 合计行，一个元素
	SignLines  []string             // 署名各行，已按位置空格排好
	DateLine   string               // 日期行，已按位置空格排好
	Date       string               // 日期，如“2013年7月15日”
}

// ForSupervisionSummary builds the one-page 督办情况汇总 for the office
// director: the totals in a paragraph, one table row per unit (overdue,
// at risk, longest delay, the tasks), signed by the office on the date.
func ForSupervisionSummary(c *model.Campaign, s meetings.Supervision, opts Options) *SupervisionSummaryView {
	m := forSupervisionSummary(c, s, opts)
	return &SupervisionSummaryView{Common: m.Common, Title: m.Title, TitleLines: m.TitleLines, Subtitle: m.Subtitle,
		Body: m.Body, Units: m.Units, Total: m.Total, SignLines: m.SignLines, DateLine: m.DateLine, Date: m.Date}
}
