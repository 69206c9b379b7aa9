package docdata

import (
	"time"

	"gongwen/internal/model"
)

// Plan is the 工作方案 of the group that keeps the work plan, regenerated
// from the data; a plan written out in the data (with sections) is built
// from its text.
var Plan = register(&Kind{
	Name: "plan", Label: "工作方案", Data: model.Plan, Template: "fangan.docx",
	Desc: "工作方案：按活动数据重新生成综合组工作方案（指导思想、工作职责、工作任务、工作要求）",
	plan: func(k *Kind, e *Env, only []string) ([]Doc, error) {
		v := ForPlan(e.Campaign, e.Date, e.Options)
		return []Doc{{Title: titled(v.Title, k.Label), View: v}}, nil
	},
	doc: func(k *Kind, e *Env, d *model.Document) (Doc, error) {
		var v *PlanView
		if len(d.Sections) == 0 {
			v = ForPlan(e.Campaign, e.Date, e.Options)
		} else {
			v = forText(model.Plan, e.Campaign, d, e.Date, e.Options).plan()
		}
		return Doc{Title: titled(v.Title, k.Label), View: v}, nil
	},
}, 30, (*PlanView)(nil))

// PlanView is what the work plan's template receives.
type PlanView struct {
	Common
	Title      string   // 标题（一行）
	TitleLines []string // 标题按词意分成的各行
	Body       []Block  // 正文：开头、一、指导思想……四、工作要求，层次序号已编好
	Date       string   // 日期，如“2013年4月9日”
}

// ForPlan regenerates the work plan (工作方案) of the group c.Plan.Group
// from the data: opening, 一、指导思想, 二、工作职责 (the group's duties),
// 三、工作任务 (a heading per phase with its period, its tasks as
// paragraphs, JoinPrevious tasks run together), 四、工作要求.
func ForPlan(c *model.Campaign, date time.Time, opts Options) *PlanView {
	return forPlan(c, date, opts).plan()
}

func (v *draft) plan() *PlanView {
	return &PlanView{Common: v.Common, Title: v.Title, TitleLines: v.TitleLines, Body: v.Body, Date: v.Date}
}
