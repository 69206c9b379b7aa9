package docdata

import (
	"slices"
	"strings"
	"testing"
	"time"

	"gongwen/internal/model"
	"gongwen/internal/period"
)

// quzhou is a programme as 衢州 衢政办发〔2021〕3号 issues it: one 印发
// notice, three attachments, each its own table or list of its own tasks
// — 重点工作任务分解 (a category and its sub-categories), 十方面民生实事
// (by tag), 重大项目 (by id) — plus a task none of them picks.
func quzhou() *model.Campaign {
	yes := true
	c := &model.Campaign{Name: "衢州市2021年政府工作报告重点工作任务分解", Year: 2021,
		Units: []model.Unit{{ID: "fgw", Name: "市发改委"}, {ID: "jyj", Name: "市教育局"}, {ID: "jtj", Name: "市交通运输局"}, {ID: "czj", Name: "市财政局"}},
		Categories: []model.Category{{ID: "rw", Name: "重点工作任务分解", Lead: []string{"fgw"}}, {ID: "cx", Name: "创新驱动", Parent: "rw"},
			{ID: "ms", Name: "民生"}},
		Tasks: []model.Task{
			{ID: "a", Title: "研发投入增长15%", Category: "cx", Units: []string{"czj"}, Period: period.Period{Text: "年底前"}},
			{ID: "b", Title: "全市性重点工作", Category: "rw"},
			{ID: "c", Title: "新建中小学10所", Category: "ms", Lead: []string{"jyj"}, Tags: []string{"民生实事"}},
			{ID: "d", Title: "杭衢高铁建设", Lead: []string{"jtj"}, Period: period.Period{Text: "6月底前"}},
			{ID: "e", Title: "谁也没选的任务", Lead: []string{"czj"}},
		},
		Documents: []model.Document{{ID: "yf", Kind: model.IssueNotice, Title: "衢州市人民政府办公室关于印发2021年政府工作报告重点工作任务分解等的通知",
			Recipients: []string{"各县（市、区）人民政府"},
			Attachments: []model.Attachment{
				{Title: "2021年政府工作报告重点工作任务分解", Source: model.AttachDivision, Listed: &yes, Categories: []string{"rw"}},
				{Title: "2021年十方面民生实事", Source: model.AttachDivision, Listed: &yes, Tag: "民生实事",
					Division: model.DivisionLayout{Layout: model.LayoutTable, Columns: []string{"序号", "项目名称", "责任单位"}}},
				{Title: "2021年重大项目", Source: model.AttachDivision, Listed: &yes, Tasks: []string{"d"},
					Division: model.DivisionLayout{Layout: model.LayoutTable, Columns: []string{"序号", "项目名称", "牵头单位", "完成时限"}}},
			}}},
	}
	c.ResolvePeriods()
	return c
}

func appendixText(ap Appendix) string {
	var b strings.Builder
	for _, blk := range ap.Body {
		b.WriteString(blk.Number + blk.Heading + blk.Text + "\n")
	}
	for _, r := range ap.Table {
		var cells []string
		for _, l := range r.Cells.lists() {
			if len(l) > 0 {
				cells = append(cells, strings.Join(l, ""))
			}
		}
		b.WriteString(r.Heading + strings.Join(cells, "|") + "\n")
	}
	return b.String()
}

// Several division documents in one notice: each attachment lists the
// tasks it picks in its own layout, numbered 附件1、2、3 in the 附件说明 and
// on its page; a task none picks is named in the build's hints. An
// attachment of one category is that category: no 「一、重点工作任务分解」
// heading under the title that says it, its sub-category first level, the
// category's lead units on its tasks.
func TestSeveralDivisionAttachments(t *testing.T) {
	c := quzhou()
	if errs := c.Check(); len(errs) > 0 {
		t.Fatal(errs)
	}
	v, err := ForIssueNotice(c, &c.Documents[0], time.Date(2021, 3, 1, 0, 0, 0, 0, time.UTC), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(v.Appendices) != 3 {
		t.Fatalf("%d appendices", len(v.Appendices))
	}
	var labels, notes []string
	for i, ap := range v.Appendices {
		labels = append(labels, ap.Label)
		notes = append(notes, v.Notes[i].Number+v.Notes[i].Title)
	}
	if want := []string{"附件1", "附件2", "附件3"}; !slices.Equal(labels, want) {
		t.Errorf("labels %v, want %v", labels, want)
	}
	if !strings.HasPrefix(notes[2], "3.2021年重大项目") {
		t.Errorf("附件说明 %v", notes)
	}
	texts := []string{appendixText(v.Appendices[0]), appendixText(v.Appendices[1]), appendixText(v.Appendices[2])}
	for _, tc := range []struct {
		ap        int
		want, not []string
	}{
		{0, []string{"（一）全市性重点工作。\n牵头单位：市发改委\n一、创新驱动\n（一）研发投入增长15%。\n牵头单位：市发改委\n责任单位：市财政局\n完成时限：年底前"},
			[]string{"重点工作任务分解", "新建中小学", "杭衢高铁", "谁也没选"}},
		{1, []string{"一、民生\n1|新建中小学10所|市教育局"}, []string{"研发投入", "杭衢高铁", "谁也没选"}},
		{2, []string{"1|杭衢高铁建设|市交通运输局|6月底前"}, []string{"研发投入", "新建中小学", "谁也没选"}},
	} {
		for _, w := range tc.want {
			if !strings.Contains(texts[tc.ap], w) {
				t.Errorf("附件%d: no %q in\n%s", tc.ap+1, w, texts[tc.ap])
			}
		}
		for _, w := range tc.not {
			if strings.Contains(texts[tc.ap], w) {
				t.Errorf("附件%d: %q in\n%s", tc.ap+1, w, texts[tc.ap])
			}
		}
	}
	if heads := v.Appendices[1].Heads; len(heads.Lead) != 0 || len(heads.Due) != 0 || heads.Task[0] != "项目名称" {
		t.Errorf("附件2 heads %+v", heads)
	}
	// Nothing dropped silently: every task is in an attachment or named.
	hints := strings.Join(v.hints, "\n")
	for _, tk := range c.Tasks {
		in := strings.Contains(strings.Join(texts, ""), tk.Title)
		named := strings.Contains(hints, tk.Title)
		if in == named {
			t.Errorf("task %s in an attachment %v, named in hints %v\n%s", tk.ID, in, named, hints)
		}
	}
	// The data is untouched by the attachments' copies.
	if c.Tasks[1].Category != "rw" || len(c.Tasks[1].Lead) != 0 || c.Categories[1].Parent != "rw" {
		t.Errorf("the data changed: %+v %+v", c.Tasks[1], c.Categories[1])
	}
}

// validate refuses a pick that cannot be: an unknown category or task, a
// tag no task has, a pick that picks nothing, a pick on an attachment that
// is no division, and an attachment's own layout that is wrong.
func TestCheckSelections(t *testing.T) {
	for _, tc := range []struct {
		edit func(a *model.Attachment)
		want string
	}{
		{func(a *model.Attachment) { a.Categories = []string{"rww"} }, "attachments[0].categories"},
		{func(a *model.Attachment) { a.Categories = nil; a.Tasks = []string{"zz"} }, "attachments[0].tasks"},
		{func(a *model.Attachment) { a.Categories = nil; a.Tag = "实事" }, "没有任务带标签“实事”"},
		{func(a *model.Attachment) { a.Source = "" }, "只用于责任分工附件"},
		{func(a *model.Attachment) { a.Division.Columns = []string{"序号", "牵头单位"} }, "attachments[0].division.columns"},
		{func(a *model.Attachment) { a.Division.Lines.Period.Form = model.LineSentence }, "attachments[0].division.lines.period.form"},
	} {
		c := quzhou()
		tc.edit(&c.Documents[0].Attachments[0])
		var msgs []string
		for _, e := range c.Check() {
			msgs = append(msgs, e.String())
		}
		if !strings.Contains(strings.Join(msgs, "\n"), tc.want) {
			t.Errorf("want %q in %v", tc.want, msgs)
		}
	}
	c := quzhou()
	c.Categories = append(c.Categories, model.Category{ID: "kong", Name: "空类别"})
	c.Documents[0].Attachments[0].Categories = []string{"kong"}
	var msgs []string
	for _, e := range c.Check() {
		msgs = append(msgs, e.String())
	}
	if !strings.Contains(strings.Join(msgs, "\n"), "选不出任何任务") {
		t.Errorf("an empty pick passed: %v", msgs)
	}
}

// quzhouMinsheng is quzhou() with a 责任分工 document of its own that picks
// the tasks tagged 民生实事 in three columns of its own, and that
// document.
func quzhouMinsheng(t *testing.T) (*model.Campaign, Doc) {
	t.Helper()
	c := quzhou()
	c.Documents = append(c.Documents, model.Document{ID: "ms", Kind: model.Division, Title: "2021年十方面民生实事项目责任分解",
		Attachments: []model.Attachment{{Title: "2021年十方面民生实事项目责任分解", Source: model.AttachDivision, Tag: "民生实事",
			Division: model.DivisionLayout{Layout: model.LayoutTable, Columns: []string{"序号", "项目名称", "责任单位"}}}}})
	if errs := c.Check(); len(errs) > 0 {
		t.Fatal(errs)
	}
	doc, err := Division.Document(&Env{Campaign: c, Date: time.Date(2021, 3, 1, 0, 0, 0, 0, time.UTC)}, &c.Documents[1])
	if err != nil {
		t.Fatal(err)
	}
	return c, doc
}

// A 责任分工 document of the data whose division attachment picks tasks
// (十方面民生实事 on its own) lists those in its own layout, and the
// build's notes name the tasks it leaves out.
func TestDivisionDocumentPicks(t *testing.T) {
	c, doc := quzhouMinsheng(t)
	v := doc.View.(*DivisionView)
	var tasks []string
	for _, r := range v.Division {
		if r.Heading == "" {
			tasks = append(tasks, r.Task)
		}
	}
	if !slices.Equal(tasks, []string{"新建中小学10所"}) {
		t.Errorf("tasks %q", tasks)
	}
	notes := strings.Join(doc.Notes, "\n")
	for _, tk := range c.Tasks {
		if tk.ID != "c" && !strings.Contains(notes, tk.Title) {
			t.Errorf("%q neither in the table nor in the notes %q", tk.Title, notes)
		}
	}
}

// A 责任分工 written with sections prints them alone: the build names the
// tasks it leaves out and says how to list them after the sections
// (an attachment source: division), which then holds every task.
func TestDivisionSectionsNamesTasks(t *testing.T) {
	c := quzhou()
	d := model.Document{ID: "fa", Kind: model.Division, Title: "荆门市国民经济和社会发展第十四个五年规划纲要主要指标任务分工方案",
		Sections: []model.Section{{Heading: "总体要求", Paragraphs: []string{"以习近平新时代中国特色社会主义思想为指导……"}}}}
	c.Documents = append(c.Documents, d)
	env := &Env{Campaign: c, Date: time.Date(2021, 12, 31, 0, 0, 0, 0, time.UTC)}
	doc, err := Division.Document(env, &c.Documents[1])
	if err != nil {
		t.Fatal(err)
	}
	notes := strings.Join(doc.Notes, "\n")
	for _, tk := range c.Tasks {
		if !strings.Contains(notes, tk.Title) {
			t.Errorf("%q not named in %q", tk.Title, notes)
		}
	}
	c.Documents[1].Attachments = []model.Attachment{{Title: d.Title, Source: model.AttachDivision}}
	doc, err = Division.Document(env, &c.Documents[1])
	if err != nil {
		t.Fatal(err)
	}
	var text strings.Builder
	for _, b := range doc.View.(*DivisionView).Body {
		text.WriteString(b.Heading + b.Text + "\n")
	}
	for _, tk := range c.Tasks {
		if !strings.Contains(text.String(), tk.Title) {
			t.Errorf("with the attachment, %q not in\n%s", tk.Title, text.String())
		}
	}
	if strings.Contains(strings.Join(doc.Notes, ""), "写了 sections") {
		t.Errorf("notes %q", doc.Notes)
	}
	// Beside a document that lists every task (the default data's 牵头单位
	// 主要职责 beside its 责任分工), the sections are the document's text
	// alone: no note.
	c.Documents[1].Attachments = nil
	c.Documents = append(c.Documents, model.Document{ID: "zrfg", Kind: model.Division, Title: "责任分工",
		Attachments: []model.Attachment{{Title: "责任分工表", Source: model.AttachDivision}}})
	doc, err = Division.Document(env, &c.Documents[1])
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(strings.Join(doc.Notes, ""), "写了 sections") {
		t.Errorf("beside a whole division, notes %q", doc.Notes)
	}
}
