package docdata

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"gongwen/internal/model"
)

// Division is the responsibility table (责任分工) as a Word document: the
// data's 责任分工 documents, or the table generated from the data when
// it has none.
var Division = register(&Kind{
	Name: "division", Label: "责任分工", Data: model.Division, Template: "fengong.docx",
	Desc: "责任分工：任务表（按专项活动或类别分组，序号、工作任务、牵头单位、责任单位、完成时限，表头每页重复）或按类别编号的任务列表（数据中 division 选择）",
	plan: func(k *Kind, e *Env, only []string) ([]Doc, error) {
		if len(docsOf(e.Campaign, k.Data, only)) == 0 {
			v := ForDivision(e.Campaign, e.Date)
			return []Doc{{Title: titled(v.Title, k.Label), View: v, Notes: divisionNotes(e.Campaign, v)}}, nil
		}
		return eachDoc(k, e, only)
	},
	doc: func(k *Kind, e *Env, d *model.Document) (Doc, error) {
		v := forText(model.Division, e.Campaign, d, e.Date, e.Options).division()
		c := e.Campaign
		for i := range d.Attachments {
			if d.Attachments[i].Source == model.AttachDivision {
				c = c.ForAttachment(&d.Attachments[i]) // the tasks and layout it shows
				v.Heads.Layout = tableLayout(e.Campaign, d, i)
				break
			}
		}
		notes := divisionNotes(c, v)
		if left := e.Campaign.Unpicked(d); len(left) > 0 && len(v.Division)+len(v.Body) > 0 {
			notes = append(notes, unpickedHint(d, left))
		}
		if n := sectionsOnly(e.Campaign, d); n != "" {
			notes = append(notes, n)
		}
		return Doc{Title: titled(v.Title, k.Label), View: v, Notes: notes}, nil
	},
}, 50, (*DivisionView)(nil))

// divisionNotes are the build's notes on a 责任分工: what its table has no
// place for, and in either layout the notes it does not print.
func divisionNotes(c *model.Campaign, v *DivisionView) []string {
	if len(v.Division) == 0 {
		return notesNotShown(c)
	}
	return append(append(append(peopleNotShown(c), textNotShown(c)...), introNotShown(c)...), notesNotShown(c)...)
}

// DivisionView is what the responsibility table's template receives.
type DivisionView struct {
	Common
	Title      string        // 标题
	TitleLines []string      // 标题按词意分成的各行
	Subtitle   string        // 标题下居中的一行（副标题，楷体），如“（共计121项）”；数据没有写时为空
	Body       []Block       // 表前的说明文字（数据中的责任分工文件写有正文时）
	Division   []DivisionRow // 任务表各行，按专项活动（或类别）分组；列表版式时为空，任务在 Body 中
	GroupHead  string        // 任务表第一列的表头：专项活动或类别
	Heads      DivisionCells // 任务表各列的表头（数据中选用的列各一个，未选的为空）
	Date       string        // 日期，如“2013年4月9日”
}

// ForDivision builds the responsibility table (责任分工): the tasks of each
// special activity, grouped in the order of c.Activities; an activity with
// no task of its own is one row with its name and units.
func ForDivision(c *model.Campaign, date time.Time) *DivisionView {
	return forDivision(c, date).division()
}

func (v *draft) division() *DivisionView {
	return &DivisionView{Common: v.Common, Title: v.Title, TitleLines: v.TitleLines, Subtitle: v.Subtitle, Body: v.Body,
		Division: v.Division, GroupHead: v.GroupHead, Heads: v.Heads, Date: v.Date}
}

// sectionsOnly says when a 责任分工 written with sections lists none of
// the tasks: its text is its own, and the tasks follow it only with an
// attachment source: division (荆门's 方案: 「一、总体要求」 in prose, then
// the indicators — printed with no task and no word, QA s10 #0).
func sectionsOnly(c *model.Campaign, d *model.Document) string {
	if len(d.Sections) == 0 || len(c.Tasks) == 0 || d.TasksSection() != nil {
		return ""
	}
	for _, a := range d.Attachments {
		if a.Source == model.AttachDivision {
			return ""
		}
	}
	// Another document shows every task (the default data's 《…牵头单位主要
	// 职责》 is duties in prose beside its 《…责任分工》): the sections are
	// this document's whole text, as the office wrote it, and no task is
	// left without a division.
	for i := range c.Documents {
		o := &c.Documents[i]
		if o.ID == d.ID {
			continue
		}
		if o.Kind == model.Division && len(o.Sections) == 0 && len(o.Attachments) == 0 ||
			slices.ContainsFunc(o.Attachments, func(a model.Attachment) bool { return a.Source == model.AttachDivision && !a.Selects() }) {
			return ""
		}
	}
	var names []string
	for _, t := range c.Tasks[:min(len(c.Tasks), 20)] {
		name := t.Title
		if name == "" {
			name = t.ID
		}
		names = append(names, "“"+name+"”")
	}
	more := ""
	if len(c.Tasks) > 20 {
		more = "等"
	}
	return fmt.Sprintf("《%s》写了 sections，只印这些段落，数据中的 %d 项任务（%s%s）都不在其中：要在段落之后列出任务，请在这份文件的 attachments 中加 {title: %s, source: division}",
		d.Title, len(c.Tasks), strings.Join(names, ""), more, d.Title)
}
