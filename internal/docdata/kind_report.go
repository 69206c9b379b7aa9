package docdata

import (
	"strings"
	"time"

	"gongwen/internal/model"
)

// Report is the 汇报 to the standing committee: like a 总结 no 版头 and no
// 版记, but addressed — its template has the 主送 line (the committee,
// when the document names it), which a 总结 has not.
var Report = register(&Kind{
	Name: "report", Label: "汇报", Data: model.Report, Template: "huibao.docx",
	Desc: "向常委会的汇报：工作进展、存在问题、下一步打算、需要研究的事项",
	plan: eachDoc,
	doc: func(k *Kind, e *Env, d *model.Document) (Doc, error) {
		v := ForReport(e.Campaign, d, e.Date, e.Options)
		return Doc{Title: titled(v.Title, k.Label), View: v, Unfilled: v.unfilled, Notes: v.notes}, nil
	},
}, 80, (*ReportView)(nil))

// ReportView is what a report's template receives: the 主体 of a document
// and the figures it was written from.
type ReportView struct {
	Common
	Main         // 主体
	Stats *Stats // 统计数字（全年截至成文日期或构建日期）
	// HasClosing is set when the data writes the report's closing
	// (closing): the template's own 以上汇报，请审议。 then gives way.
	HasClosing bool // 数据中写了结束语（closing）时为是：模板中的“以上汇报，请审议。”一段不出现

	unfilled []string
	notes    []string
}

// ForReport builds a report to the standing committee (汇报): "关于…情况的
// 汇报", the opening ("根据会议安排，现将……汇报如下："), and an outline from
// the document or 工作进展/存在问题/下一步打算/需要研究的事项, filled from the
// data over the campaign year as in ForSummary.
func ForReport(c *model.Campaign, doc *model.Document, date time.Time, opts Options) *ReportView {
	v := forReport(c, doc, date, opts)
	return &ReportView{Common: v.Common, Main: v.Main, Stats: v.Stats, HasClosing: strings.TrimSpace(doc.Closing) != "",
		unfilled: v.Placeholders, notes: v.Hints}
}

// Unfilled lists the headings left as （此处填写…） prompts.
func (v *ReportView) Unfilled() []string { return v.unfilled }
