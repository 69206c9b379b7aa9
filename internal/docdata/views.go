package docdata

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"gongwen/internal/cn"
	"gongwen/internal/gbt9704"
	"gongwen/internal/lazyre"
	"gongwen/internal/model"
)

func organ(c *model.Campaign, id string) (model.Organ, bool) {
	for _, o := range c.Profile.Organs {
		if o.ID == id {
			return o, true
		}
	}
	return model.Organ{}, false
}

// unitNames prints a campaign's unit list by full names, 、 within a group
// and ， between the data's groups.
func unitNames(c *model.Campaign, ids []string) string {
	return model.JoinUnits(ids, "、", func(id string) string {
		if u := c.UnitByID(id); u != nil {
			return u.Name
		}
		return id
	})
}

func docDate(doc *model.Document, date time.Time) time.Time {
	if doc != nil && doc.Date != nil {
		return *doc.Date
	}
	return date
}

// body is the opening, the numbered sections and the closing of a document.
func body(kind model.DocumentKind, doc *model.Document, opts Options) []Block {
	out := textBlocks(doc.Opening)
	out = append(out, sectionBlocks(doc.Sections, 1, docStyle(doc, opts.level3(kind)))...)
	return append(out, textBlocks(doc.Closing)...)
}

func forNotice(kind model.DocumentKind, c *model.Campaign, doc *model.Document, date time.Time, opts Options) (*draft, error) {
	v := newView(kind, c)
	v.CopyNo, v.Secret, v.Urgency, v.DocNo = doc.CopyNo, doc.Secret, doc.Urgency, doc.DocNo
	if v.DocNo == "" {
		// The register holds the number build gave it.
		v.DocNo = c.RegisteredDocNo(doc.ID)
	}
	var names []string
	for _, id := range doc.Organs {
		o, ok := organ(c, id)
		if !ok {
			return nil, fmt.Errorf("文件“%s”的发文机关“%s”不在 profile.organs 中", doc.ID, id)
		}
		mark := o.Mark
		if mark == "" {
			mark = o.Name
		}
		v.Marks = append(v.Marks, mark)
		names = append(names, o.Name)
	}
	v.MarkSuffix = "文件"
	if doc.Letter() || c.Profile.LetterKind(kind) && doc.Format == "" {
		// 信函格式: the organ's name as its mark, no 文件.
		v.Letter, v.MarkSuffix = true, ""
	}
	if !v.Letter {
		head := 0
		for _, s := range []string{doc.CopyNo, doc.Secret, doc.Urgency} {
			if s != "" {
				head++
			}
		}
		for i := head; i < 3; i++ {
			v.HeadGap = append(v.HeadGap, "")
		}
	}
	switch len(v.Marks) {
	case 0:
	case 1:
		v.Mark = v.Marks[0] + v.MarkSuffix
	default:
		v.Joint = v.Marks
	}
	v.MarkSize = markSize(v.Mark, v.Joint)
	v.MarkPt = float64(v.MarkSize) / 2
	v.Signers = strings.Join(doc.Signer, "  ")
	v.Title = doc.Title
	v.TitleLines = TitleLines(doc.Title, opts.titleMax(), titleNames(c)...)
	if len(doc.Recipients) > 0 {
		v.Recipients = strings.Join(doc.Recipients, "，") + "："
	}
	if kind == model.IssueNotice && doc.Opening == "" {
		// The 印发 sentence (现将《…》印发给你们) is the template's.
		v.Issued = issuedTitles(doc)
	}
	v.Body = body(kind, doc, opts)
	if err := v.attach(c, doc, date, opts); err != nil {
		return nil, err
	}
	signs := signatures(c, doc)
	d := docDate(doc, date)
	v.Date = Date(d)
	v.SignLines, v.DateLine = signLayout(signs, v.Date, v.Seal)
	v.keepWithSignature()
	if doc.Note != "" {
		v.Remark = doc.Note
		if !strings.HasPrefix(v.Remark, "（") {
			v.Remark = "（" + v.Remark + "）"
		}
	}
	v.fitClosing()
	if len(doc.CC) > 0 {
		v.CC = []string{strings.Join(doc.CC, "，") + "。"}
	}
	v.Printer = doc.Printer
	if v.Printer == "" && len(names) > 0 {
		// The organ's 印发机关 (its 办公室) when the data names one, so
		// its generated documents name the same as its written ones.
		v.Printer = names[0]
		if o, ok := organ(c, doc.Organs[0]); ok && o.Printer != "" {
			v.Printer = o.Printer
		}
	}
	pd := d
	if doc.PrintDate != nil {
		pd = *doc.PrintDate
	}
	v.PrintDate = Date(pd) + "印发"
	v.Printer = fitPrinter(c, v.Printer, v.PrintDate)
	if v.Printer != "" || len(v.CC) > 0 {
		v.Colophon = []int{0}
		if !v.Letter {
			v.ColophonPage = []int{0}
		}
	}
	return v, nil
}

// attach fills the 附件说明 and the attachment pages (GB/T 9704 7.3.4,
// 7.3.7). What an 印发通知 issues is by default not its attachment (the
// practice of the 党政机关 for 印发、转发、批转 notices): no 附件说明 under
// the body and no “附件” label over the document, which follows the notice
// on a page of its own under its title. But published notices also list
// what they issue as 附件 (沁县 2025: 「附件：1.…任务清单 2.… 3.…」 and
// 「附件1」 over each), or attach forms besides the issued 方案 (洪政办〔2025〕1号:
// 「（填写附件1）」): an attachment the data marks listed is numbered among
// the listed ones, in the 附件说明 and labelled; the others keep no label.
// Without the note, the short notice's closing fits on its first page.
func (v *draft) attach(c *model.Campaign, doc *model.Document, date time.Time, opts Options) error {
	n := 0
	for _, a := range doc.Attachments {
		if a.IsListed(v.Kind) {
			n++
		}
	}
	k := 0
	for i, a := range doc.Attachments {
		ap := Appendix{TitleLines: TitleLines(a.Title, opts.titleMax(), titleNames(c)...)}
		if a.IsListed(v.Kind) {
			k++
			note := AttachmentNote{Lead: "\u3000\u3000\u3000", Title: a.Title}
			if k == 1 {
				note.Lead = "附件："
			}
			ap.Label = "附件"
			if n > 1 {
				note.Number = strconv.Itoa(k) + "."
				ap.Label = "附件" + strconv.Itoa(k)
			}
			v.Notes = append(v.Notes, note)
		}
		switch a.Source {
		case "":
			// Nothing in the data to fill the page: a prompt, listed by
			// build (and warned of at load, model.Campaign.Advice).
			ap.Body = textBlocks(Placeholder(a.Title))
			v.Placeholders = append(v.Placeholders, a.Title)
		case model.AttachGroups:
			ap.Body = groupBlocks(c, opts.level3(v.Kind))
			if len(ap.Body) == 0 {
				ap.Body = textBlocks(Placeholder(a.Title))
				v.Placeholders = append(v.Placeholders, a.Title)
			}
		case "division":
			// The tasks the attachment picks, in its own layout (衢州's
			// three tables of one notice); every task without a pick.
			cc := c.ForAttachment(&doc.Attachments[i])
			ap.Subtitle = cc.DivisionSubtitle(a.Subtitle)
			ap.Body, ap.Table, ap.Heads = divisionContent(cc, tableWidth(cc, true))
			ap.Heads.Layout = tableLayout(c, doc, i)
			v.Hints = append(v.Hints, peopleNotShown(cc)...)
			v.Hints = append(v.Hints, textNotShown(cc)...)
			v.Hints = append(v.Hints, valuesNotShownIn(c, cc, a.Title)...)
			v.Hints = append(v.Hints, introNotShown(cc)...)
			v.Hints = append(v.Hints, notesNotShown(cc)...)
		case "plan":
			ap.Body = planBlocks(c, opts)
		default:
			var src *model.Document
			for i := range c.Documents {
				if c.Documents[i].ID == a.Source {
					src = &c.Documents[i]
				}
			}
			if src == nil {
				return fmt.Errorf("文件“%s”附件“%s”的来源“%s”不存在", doc.ID, a.Title, a.Source)
			}
			ap.Body, ap.Table, ap.Heads = content(c, src, opts, true)
			// The issued 责任分工's subtitle, unless the notice writes
			// the attachment's own.
			if sub := a.Subtitle; sub != "" || src.Kind == model.Division {
				if sub == "" {
					sub = src.Subtitle
				}
				ap.Subtitle = listedBy(c, src).DivisionSubtitle(sub)
			}
		}
		if ap.Subtitle == "" {
			ap.Subtitle = a.Subtitle // a form's or a text's: printed as written
		}
		// The attachment's page: its label's line, its title, its
		// subtitle, its text.
		top := gbt9704.LinePitch + len(ap.TitleLines)*gbt9704.TitleLine + subtitleHeight(ap.Subtitle) + blocksHeight(ap.Body)
		flowRows(ap.Table, top, typeHeight(c, true))
		v.Appendices = append(v.Appendices, ap)
	}
	if left := c.Unpicked(doc); len(left) > 0 {
		v.Hints = append(v.Hints, unpickedHint(doc, left))
	}
	return nil
}

// unpickedHint names the tasks none of the document's division
// attachments picks: they are in the data (and the weekly list, the 督办)
// but in no table of this notice.
func unpickedHint(doc *model.Document, left []*model.Task) string {
	// Each named, so none is left out unseen; a very long list is cut
	// (the count stays whole).
	const most = 20
	var names []string
	for _, t := range left[:min(len(left), most)] {
		name := t.Title
		if name == "" {
			name = t.ID
		}
		names = append(names, "“"+name+"”")
	}
	more := ""
	if len(left) > most {
		more = "等"
	}
	return fmt.Sprintf("各附件按 categories、tasks、tag 选取任务，%d 项任务（%s%s）不在任何一个附件中：要列出的，请加入某个附件的选取", len(left), strings.Join(names, ""), more)
}

// valuesNotShownIn names the values of the tasks an attachment lists
// (Task.Values, 旌阳's 分值) that its own columns do not show, though the
// data's division columns do (those they do not, validate warns of): the
// attachment's table drops them, and the build says so.
func valuesNotShownIn(c, cc *model.Campaign, title string) []string {
	if slices.Equal(cc.DivisionColumns(), c.DivisionColumns()) {
		return nil
	}
	top, own := c.ValueColumns(), cc.ValueColumns()
	var out []string
	for _, name := range cc.ValueNames() {
		if slices.Contains(own, name) || !slices.Contains(top, name) {
			continue
		}
		var tasks []string
		for i := range cc.Tasks {
			if _, ok := cc.Tasks[i].Values[name]; ok {
				tasks = append(tasks, "“"+cc.Tasks[i].Title+"”")
			}
		}
		names := cn.Etc(tasks, 3, "")
		out = append(out, fmt.Sprintf("附件“%s”的表格没有“%s”列，其中 %d 项任务（%s）的“%s”不印：要印出，请在附件的 division.columns 中写上“%s”",
			title, name, len(tasks), names, name, name))
	}
	return out
}

// groupBlocks lists the office's working groups and their duties
// (office.groups): a level-1 heading a group, its duties numbered under
// it. Groups without duties are left out.
func groupBlocks(c *model.Campaign, level3 string) []Block {
	var out []Block
	n := 0
	for _, g := range c.Office.Groups {
		if len(g.Duties) == 0 {
			continue
		}
		n++
		out = append(out, Block{Level: 1, Number: number(1, n, level3), Heading: g.Name})
		for i, d := range g.Duties {
			out = append(out, Block{Level: 3, Number: number(3, i+1, level3), Text: d})
		}
	}
	return out
}

// content is what a generated document holds: its text, or the office's
// work plan for a plan without sections; and the responsibility table for
// a 责任分工 that attaches it or has no text of its own; attached is whether
// it stands as a notice's attachment (tableWidth).
func content(c *model.Campaign, doc *model.Document, opts Options, attached bool) ([]Block, []DivisionRow, DivisionCells) {
	switch doc.Kind {
	case model.Plan:
		if len(doc.Sections) == 0 {
			return planBlocks(c, opts), nil, divisionHeads(c)
		}
	case model.Division:
		text := body(doc.Kind, doc, opts)
		with := len(doc.Sections) == 0 || doc.TasksSection() != nil
		for _, a := range doc.Attachments {
			if a.Source == "division" {
				with = true
			}
		}
		if !with {
			return text, nil, divisionHeads(c)
		}
		for i := range doc.Attachments {
			if doc.Attachments[i].Source == model.AttachDivision {
				// The tasks its division attachment picks, in its layout.
				c = c.ForAttachment(&doc.Attachments[i])
				break
			}
		}
		if doc.HeadingEnd != "" && c.Division.HeadingEnd == "" {
			// The document's heading_end, written for its own headings,
			// is also what the clerk wants for the list's tasks.
			cc := *c
			cc.Division.HeadingEnd = doc.HeadingEnd
			c = &cc
		}
		if doc.TasksSection() != nil && c.ListLayout() {
			// The list in the section that holds it (「二、主要任务」),
			// its categories a level below, the sections after it after it.
			hs := docStyle(doc, opts.level3(doc.Kind))
			hs.list = func(level int) []Block {
				cc := *c
				if len(cc.Division.Numbering) == 0 {
					cc.Division.Numbering = hs.childForms(level)
				}
				list, _, _ := divisionContent(&cc, tableWidth(&cc, attached))
				return list
			}
			out := textBlocks(doc.Opening)
			out = append(out, sectionBlocks(doc.Sections, 1, hs)...)
			return append(out, textBlocks(doc.Closing)...), nil, divisionHeads(c)
		}
		// The list goes on from the document's own sections (二、 after
		// 「一、总体要求」), as 荆门's 方案 numbers its categories.
		c, _ = c.ListAfter(doc)
		list, table, heads := divisionContent(c, tableWidth(c, attached))
		return append(text, list...), table, heads
	}
	return body(doc.Kind, doc, opts), nil, divisionHeads(c)
}

// listedBy is the programme as a 责任分工 document lists it: the tasks
// and layout its division attachment picks, or all of c.
func listedBy(c *model.Campaign, doc *model.Document) *model.Campaign {
	for i := range doc.Attachments {
		if doc.Attachments[i].Source == model.AttachDivision {
			return c.ForAttachment(&doc.Attachments[i])
		}
	}
	return c
}

// forText is a 工作方案 or 责任分工 written in the data (title and sections),
// as opposed to the generated ones: the plan template (or the division
// template, which adds the table when the document attaches it).
func forText(kind model.DocumentKind, c *model.Campaign, doc *model.Document, date time.Time, opts Options) *draft {
	v := newView(kind, c)
	v.Title = doc.Title
	v.TitleLines = TitleLines(doc.Title, opts.titleMax(), titleNames(c)...)
	v.Body, v.Division, v.Heads = content(c, doc, opts, false)
	if kind == model.Division {
		v.Subtitle = listedBy(c, doc).DivisionSubtitle(doc.Subtitle)
	}
	flowRows(v.Division, divisionStart(v.TitleLines, v.Body)+subtitleHeight(v.Subtitle), typeHeight(c, false))
	v.Date = Date(docDate(doc, date))
	return v
}

// forPlan regenerates the work plan (工作方案) of the group c.Plan.Group
// from the data: opening, 一、指导思想, 二、工作职责 (the group's duties),
// 三、工作任务 (a heading per phase with its period, its tasks as
// paragraphs, JoinPrevious tasks run together), 四、工作要求.
func forPlan(c *model.Campaign, date time.Time, opts Options) *draft {
	v := newView(model.Plan, c)
	v.TitleLines = c.Plan.TitleLines
	v.Title = strings.Join(c.Plan.TitleLines, "")
	v.Body = planBlocks(c, opts)
	v.Date = Date(date)
	return v
}

func planBlocks(c *model.Campaign, opts Options) []Block {
	sep := opts.level3(model.Plan)
	p := c.Plan
	out := textBlocks(p.Opening)
	sec := 0
	heading := func(h string) {
		sec++
		out = append(out, Block{Level: 1, Number: number(1, sec, sep), Heading: h})
	}
	if p.GuidingThought != "" {
		heading("指导思想")
		out = append(out, textBlocks(p.GuidingThought)...)
	}
	var duties []string
	for _, g := range c.Office.Groups {
		if g.ID == p.Group {
			duties = g.Duties
		}
	}
	if p.DutiesIntro != "" || len(duties) > 0 {
		heading("工作职责")
		out = append(out, textBlocks(p.DutiesIntro)...)
		for i, d := range duties {
			out = append(out, Block{Level: 3, Number: number(3, i+1, sep), Text: d})
		}
	}
	if p.TasksIntro != "" || len(c.Phases) > 0 {
		heading("工作任务")
		out = append(out, textBlocks(p.TasksIntro)...)
		for i, ph := range c.Phases {
			h := ph.Title
			// The plan reproduces the office's own text (the seed plan,
			// sentence by sentence), spans as it writes them.
			if ph.Period.Text != "" {
				h += "（" + ph.Period.Text + "）"
			}
			out = append(out, Block{Level: 2, Number: number(2, i+1, sep), Heading: h})
			var paras []string
			for _, t := range c.Tasks {
				if t.Phase != ph.ID || t.Text == "" {
					continue
				}
				if t.JoinPrevious && len(paras) > 0 {
					paras[len(paras)-1] += t.Text
				} else {
					paras = append(paras, t.Text)
				}
			}
			for _, s := range paras {
				out = append(out, Block{Text: s})
			}
		}
	}
	if len(c.Requirements) > 0 {
		heading("工作要求")
		for i, r := range c.Requirements {
			h := r.Title
			if h != "" && !endsSentence(h) {
				h += "。"
			}
			out = append(out, Block{Level: 3, Number: number(3, i+1, sep), Heading: h, Text: r.Text})
		}
	}
	return out
}

// forDivision builds the responsibility table (责任分工): the tasks of each
// special activity, grouped in the order of c.Activities; an activity with
// no task of its own is one row with its name and units.
func forDivision(c *model.Campaign, date time.Time) *draft {
	v := newView(model.Division, c)
	v.Title = divisionTitle(c)
	v.TitleLines = TitleLines(v.Title, 0, titleNames(c)...)
	v.Subtitle = c.DivisionSubtitle(c.DivisionSubtitleText())
	v.Body, v.Division, v.Heads = divisionContent(c, tableWidth(c, false))
	flowRows(v.Division, divisionStart(v.TitleLines, v.Body)+subtitleHeight(v.Subtitle), typeHeight(c, false))
	v.Date = Date(date)
	return v
}

func divisionRows(c *model.Campaign) []DivisionRow {
	var rows []DivisionRow
	for _, a := range c.Activities {
		name := a.Name
		n := 0
		for _, t := range c.Tasks {
			if t.Activity != a.ID {
				continue
			}
			lead, units := t.Lead, t.Units
			if len(lead) == 0 {
				lead = a.Lead
			}
			if len(units) == 0 {
				units = a.Units
			}
			task := t.Title
			if task == "" {
				task = t.Text
			}
			rows = append(rows, DivisionRow{Activity: name, Task: task, Lead: unitNames(c, lead),
				Units: unitNames(c, units), Due: t.Period.Written(), Leaders: strings.Join(t.Leaders, "、"), Persons: strings.Join(t.Persons, "、"),
				Detail: taskDetail(&t), values: t.Values})
			n++
		}
		if n == 0 {
			rows = append(rows, DivisionRow{Activity: name, Task: "组织开展" + name, Lead: unitNames(c, a.Lead),
				Units: unitNames(c, a.Units), Due: "全年"})
		}
	}
	// A programme's tasks (no special activities): under their
	// categories, in data order (withHeadings puts them in the outline's). A campaign's tasks of no activity are the
	// office's own work, not divided among units: divisionOmitted names
	// them so the build says so.
	numbers := categoryNumbers(c)
	for i := range c.Tasks {
		t := &c.Tasks[i]
		if c.Campaigning() {
			break
		}
		// The 类别 cell names the task's categories down to its own, one a
		// line (as the Excel table does), so a sub-category is not lost
		// where the table has no heading rows.
		var names []string
		for _, cat := range c.CategoryPath(t) {
			names = append(names, numbers[cat.ID]+cat.Heading())
		}
		group := strings.Join(names, "\n")
		task := t.Title
		if task == "" {
			task = t.Text
		}
		rows = append(rows, DivisionRow{Activity: group, Task: task, Lead: joinUnits(c, c.TaskLeadAsWritten(t)),
			Units: joinUnits(c, c.TaskUnitsAsWritten(t)), Due: t.Period.Written(), Leaders: strings.Join(t.Leaders, "、"), Persons: strings.Join(t.Persons, "、"),
			Detail: taskDetail(t), values: t.Values})
	}
	for i := range rows {
		rows[i].No = strconv.Itoa(i + 1)
	}
	return rows
}

// forBriefing builds an issue of the briefing (简报).
func forBriefing(c *model.Campaign, b *model.Briefing) *draft {
	v := newView(model.BriefingDoc, c)
	bs := c.Briefings
	bv := &BriefingIssue{Name: bs.Name, Issue: "第" + strconv.Itoa(b.Number) + "期", Editor: bs.Editor, Date: Date(b.Date)}
	if b.Note != "" {
		for _, blk := range textBlocks(b.Note) {
			bv.Note = append(bv.Note, blk.Text)
		}
	}
	for _, a := range b.Articles {
		bv.Articles = append(bv.Articles, ArticleView{Title: a.Title, Body: a.Body})
	}
	if len(b.Articles) == 0 {
		// An issue written from the record: what happened since the last.
		bv.Articles, v.Placeholders = recordArticles(c, b)
	}
	if len(bv.Note) > 0 {
		bv.Note[0] = "编者按：" + bv.Note[0]
	}
	for _, l := range []struct {
		label string
		xs    []string
	}{{"报：", bs.Send.Report}, {"送：", bs.Send.Send}, {"发：", bs.Send.Issue}} {
		if len(l.xs) > 0 {
			bv.Footer = append(bv.Footer, FooterLine{Label: l.label, Text: strings.Join(l.xs, "，") + "。"})
		}
	}
	var lines []string
	for _, f := range bv.Footer {
		lines = append(lines, f.Label+f.Text)
	}
	bv.FooterText = strings.Join(lines, "\n")
	if b.Copies > 0 {
		bv.Copies = "（共印" + strconv.Itoa(b.Copies) + "份）"
	}
	v.Briefing = bv
	v.Title = bs.Name + bv.Issue
	v.Date = bv.Date
	return v
}

// Span is the stretch of days a summary covers.
type Span struct {
	Name       string // 2013年3月, 2013年第一季度, 2013年上半年, 2013年
	Word       string // 月度, 季度, 半年, 年度: the kind of summary
	Start, End time.Time
	// cut is set when End was brought forward to the day the figures are
	// taken: the span is not over and Name no longer names it.
	cut bool
}

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// MonthSpan is a month of year.
func MonthSpan(year, month int) Span {
	s := day(year, time.Month(month), 1)
	return Span{Name: fmt.Sprintf("%d年%d月", year, month), Word: "月度", Start: s, End: s.AddDate(0, 1, -1)}
}

// QuarterSpan is quarter q (1–4) of year.
func QuarterSpan(year, q int) Span {
	s := day(year, time.Month(3*q-2), 1)
	return Span{Name: fmt.Sprintf("%d年第%s季度", year, cnum(q)), Word: "季度", Start: s, End: s.AddDate(0, 3, -1)}
}

// HalfSpan is half h (1 or 2) of year.
func HalfSpan(year, h int) Span {
	s := day(year, time.Month(6*h-5), 1)
	name := "上半年"
	if h == 2 {
		name = "下半年"
	}
	return Span{Name: fmt.Sprintf("%d年%s", year, name), Word: "半年", Start: s, End: s.AddDate(0, 6, -1)}
}

// YearSpan is the whole year.
func YearSpan(year int) Span {
	return Span{Name: fmt.Sprintf("%d年", year), Word: "年度", Start: day(year, 1, 1), End: day(year, 12, 31)}
}

// ComputeStats counts the campaign's figures over span as of its last day
// (or date, if earlier): tasks due by the span's end (Total), finished by
// then (Done), finished by their period's last day (OnTime, as
// model.Task.OnTime), unfinished and past due (Overdue), meetings held and
// briefing issues published within the span.
func ComputeStats(c *model.Campaign, span Span, date time.Time) *Stats {
	st := &Stats{Span: span.Name}
	// The figures are those of the span's last day (or of the build date,
	// if that comes first): February's summary built in July does not
	// count as done a task finished in March.
	asOf := span.End
	if date.Before(asOf) {
		asOf = date
	}
	for i := range c.Tasks {
		t := &c.Tasks[i]
		// Due by the day the figures are taken: a span not yet over
		// counts only what has fallen due; a task rescheduled by then
		// falls due on its new date (model.Task.Rescheduled).
		end := t.PeriodAsOf(asOf).End
		if end.IsZero() || end.After(span.End) || end.After(asOf) {
			continue
		}
		st.Total++
		if t.Status.Finished() && (t.DoneOn == nil || !t.DoneOn.After(asOf)) {
			st.Done++
			if t.OnTime() {
				st.OnTime++
			}
		} else if end.Before(asOf) {
			st.Overdue++
		} else {
			st.DueToday++
		}
	}
	for _, m := range c.Meetings {
		if in(m.Date, span) && !m.Date.After(date) {
			st.Meetings++
		}
	}
	for _, b := range c.Briefings.Issues {
		if in(b.Date, span) && !b.Date.After(date) {
			st.Briefings++
		}
	}
	if st.Total > 0 {
		st.DonePercent = int(math.Round(100 * float64(st.Done) / float64(st.Total)))
	}
	return st
}

func in(t time.Time, s Span) bool { return !t.Before(s.Start) && !t.After(s.End) }

// forSummary builds a summary (总结) of span. Its outline comes from doc
// when doc has sections; a section without text of its own is filled from
// the data by its heading (see fillSections). Without doc sections the
// outline is 主要成效 (the figures and the tasks finished), 主要做法 (the
// meetings held), 存在问题 (overdue tasks), 下一步打算 (tasks due in the
// next stretch of the same length).
func forSummary(c *model.Campaign, doc *model.Document, span Span, date time.Time, opts Options) *draft {
	v := newView(model.Summary, c)
	// As the report: the figures are those of the span's end, the build
	// date or the 成文日期, whichever comes first; a span not yet over
	// ends there, so "到期" counts the tasks due by then and the rest are
	// 下一步打算.
	asOf := minTime(span.End, date)
	if doc != nil && doc.Date != nil {
		asOf = minTime(asOf, *doc.Date)
	}
	if asOf.Before(span.End) && !asOf.Before(span.Start) {
		span.End, span.cut = asOf, true
	}
	st := ComputeStats(c, span, asOf)
	v.Stats = st
	office := c.Office.Name
	if doc != nil && doc.Title != "" {
		v.Title = doc.Title
	} else {
		v.Title = office + span.Name + "工作总结"
	}
	v.TitleLines = TitleLines(v.Title, opts.titleMax(), titleNames(c)...)
	parts := summaryParts(c, span, asOf, st)
	var secs []model.Section
	opening := summaryOpening(c, span)
	if doc != nil && len(doc.Sections) > 0 {
		secs = doc.Sections
		if doc.Opening != "" {
			opening = doc.Opening
		}
	} else {
		secs = headings("主要成效", "主要做法", "存在问题", "下一步打算")
	}
	filled, prompts := fillSections(secs, parts, opts.level3(model.Summary))
	v.Body = append(textBlocks(opening), filled...)
	v.Placeholders = append(prompts, usedMissing(filled, parts["missing"])...)
	if doc != nil {
		v.Body = append(v.Body, textBlocks(doc.Closing)...)
	}
	end := span.End
	if date.Before(end) {
		end = date
	}
	v.Date = Date(draftDate(v, doc, end, date))
	v.SignLines, v.DateLine = signLayout(signatures(c, doc), v.Date, false)
	v.keepWithSignature()
	return v
}

// summaryOpening is the first paragraph of a summary without one in the
// data. It claims nothing the data does not show: the leading group only
// for an office that is a 领导小组's, the plan it follows by its name.
func summaryOpening(c *model.Campaign, span Span) string {
	office := c.Office.Name
	s := span.Name + "，"
	if strings.Contains(office, "领导小组") {
		s += "在领导小组的领导下，"
	}
	plan := "工作方案"
	if !c.Campaigning() && c.Name != "" {
		plan = "《" + c.Name + "》"
	}
	return s + office + "按照" + plan + "的部署推进各项工作，现将有关情况总结如下。"
}

// signatures is the 署名 of a document: its own, else its organs' names,
// else the office's. A name too long for one signature line (more than 24
// characters) gives way to its 规范化简称, as GB/T 9704 7.3.5.1 allows.
func signatures(c *model.Campaign, doc *model.Document) []string {
	fit := func(name, short string) string {
		if width(name) > 2*(gbt9704.CharsPerLine-4) && short != "" {
			return short
		}
		return name
	}
	if doc != nil && len(doc.Signature) > 0 {
		return doc.Signature
	}
	var names []string
	if doc != nil {
		for _, id := range doc.Organs {
			if o, ok := organ(c, id); ok {
				names = append(names, fit(o.Name, o.Short))
			}
		}
	}
	if len(names) == 0 {
		names = []string{fit(c.Office.Name, c.Office.Short)}
	}
	return names
}

func headings(hs ...string) []model.Section {
	out := make([]model.Section, len(hs))
	for i, h := range hs {
		out[i].Heading = h
	}
	return out
}

// summaryParts are the paragraphs a summary or report can draw from the
// data, by what they say.
func summaryParts(c *model.Campaign, span Span, date time.Time, st *Stats) map[string][]string {
	parts := map[string][]string{}
	asOf := minTime(span.End, date)
	figures := figuresSentence(c, st, span, asOf)
	// Meetings and briefings are told when there were some: "召开各类会议
	// 0次" is no achievement to report.
	var held []string
	if st.Meetings > 0 {
		held = append(held, fmt.Sprintf("召开各类会议%d次", st.Meetings))
	}
	if st.Briefings > 0 {
		held = append(held, fmt.Sprintf("编发简报%d期", st.Briefings))
	}
	if len(held) > 0 {
		figures += strings.Join(held, "，") + "。"
	}
	parts["figures"] = []string{figures}
	nextEnd := span.End.AddDate(0, 0, int(span.End.Sub(span.Start).Hours()/24)+1)
	// What happened comes from the record, never from the plan's
	// sentences (record.go).
	rec := writeRecord(c, span, asOf, nextEnd)
	parts["done"], parts["overdue"], parts["next"], parts["missing"] = rec.done, rec.overdue, rec.next, rec.missing
	for _, m := range c.Meetings {
		if in(m.Date, span) && !m.Date.After(date) {
			if r := resultText(m.Record); clause(m.Record.Result) != "" {
				parts["meetings"] = append(parts["meetings"], r+"。")
				continue
			}
			s := Date(m.Date) + "，召开" + meetingName(&m)
			var agenda []string
			for _, a := range m.Agenda {
				if a = clause(a); a != "" {
					agenda = append(agenda, a)
				}
			}
			// Items are joined with 、, or with ； when one is itself a
			// clause with commas.
			sep := "、"
			for _, a := range agenda {
				if strings.ContainsAny(a, "，；") {
					sep = "；"
				}
			}
			if len(agenda) > 0 {
				s += "，" + strings.Join(agenda, sep)
			}
			parts["meetings"] = append(parts["meetings"], sentence(s))
		}
	}
	// Every sentence comes from the record or the plan and is true on
	// the day the figures are taken: no practice (「坚持工作例会制度」) is
	// claimed that no meeting in the data shows, and what the record
	// lacks is left to the drafter as a placeholder the build lists.
	if len(parts["meetings"]) == 0 {
		ph := "（此处补写" + spanWords(span, asOf) + "的主要做法：工作记录中没有这期间召开的会议。）"
		parts["meetings"] = []string{ph}
		parts["missing"] = append(parts["missing"], ph)
	}
	if len(parts["done"]) == 0 {
		// Figures alone are no account of a stretch of work.
		ph := "（此处补写" + spanWords(span, asOf) + "的工作成效：工作记录中没有这期间完成的工作和进展。）"
		parts["done"] = []string{ph}
		parts["missing"] = append(parts["missing"], ph)
	}
	if len(parts["overdue"]) == 0 {
		// Said only when it is so; a task due today and still open is
		// no problem yet but is not done either.
		switch {
		case st.Total == 0:
			parts["overdue"] = []string{"截至" + Date(asOf) + "，尚无到期的工作任务。"}
		case st.Done == st.Total:
			parts["overdue"] = []string{"对照工作方案，到期工作任务均已完成，没有逾期的工作。"}
		default:
			parts["overdue"] = []string{"对照工作方案，到期工作任务没有逾期；" + dueTodayClause(c, span, asOf, st) + "。"}
		}
	}
	// Nothing ahead and nothing for the committee to decide in the data:
	// the section gets the drafter's prompt (fillSections), not a stock
	// sentence.
	return parts
}

// spanWords names the days a summary covers: 2013年8月 for a whole span,
// 7月1日至7月15日 for one cut short by the day the figures are taken,
// 今年以来 for a year cut short.
func spanWords(span Span, asOf time.Time) string {
	end := minTime(span.End, asOf)
	switch {
	case span.Name != "" && !span.cut && !end.Before(span.End):
		return span.Name
	case span.Start.Month() == time.January && span.Start.Day() == 1:
		return "今年以来"
	}
	return monthDay(span.Start) + "至" + monthDay(end)
}

// figuresSentence gives the figures of a summary or report: every task
// counted as due is accounted for, as done, overdue, or due on the day the
// figures are taken and still open (named when there are few).
func figuresSentence(c *model.Campaign, st *Stats, span Span, asOf time.Time) string {
	if st.Total == 0 {
		return "截至" + Date(asOf) + "，尚无到期的工作任务。"
	}
	s := fmt.Sprintf("截至%s，到期工作任务%d项，已完成%d项，其中按期完成%d项，完成率%d%%",
		Date(asOf), st.Total, st.Done, st.OnTime, st.DonePercent)
	if st.Overdue > 0 {
		s += fmt.Sprintf("；逾期未完成%d项", st.Overdue)
	}
	if st.DueToday > 0 {
		s += "；" + dueTodayClause(c, span, asOf, st)
	}
	return s + "。"
}

// dueTodayClause says how many tasks fall due on asOf, the day the
// figures are taken, and are still open, and names them in parentheses
// when there are at most three.
func dueTodayClause(c *model.Campaign, span Span, asOf time.Time, st *Stats) string {
	var names []string
	sep := "、"
	for i := range c.Tasks {
		t := &c.Tasks[i]
		if end := t.PeriodAsOf(asOf).End; end.IsZero() || end.After(span.End) || !end.Equal(asOf) ||
			t.Status.Finished() && (t.DoneOn == nil || !t.DoneOn.After(asOf)) {
			continue
		}
		name := taskName(t)
		if strings.Contains(name, "，") {
			sep = "；"
		}
		names = append(names, name)
	}
	s := fmt.Sprintf("当日到期尚未完成%d项", st.DueToday)
	if len(names) > 0 && len(names) <= 3 && len(names) == st.DueToday {
		s += "（" + strings.Join(names, sep) + "）"
	}
	return s
}

// sectionKeys maps words of a heading to the parts that fill it, first
// match first.
var sectionKeys = []struct {
	words []string
	parts []string
}{
	{[]string{"基本情况", "进展"}, []string{"figures", "meetings"}},
	{[]string{"成效", "成绩", "完成情况"}, []string{"figures", "done"}},
	{[]string{"做法", "措施"}, []string{"meetings"}},
	{[]string{"问题", "不足"}, []string{"overdue"}},
	{[]string{"打算", "建议", "下一步", "安排"}, []string{"next"}},
	{[]string{"研究", "事项"}, []string{"study"}},
}

// fillSections numbers sections and fills those without text from the
// data by their heading: 基本情况/进展 (figures, meetings), 成效 (figures,
// tasks finished), 做法 (meetings), 问题 (overdue tasks), 打算/建议 (tasks
// ahead), 研究/事项 (matters for decision). A part is used once; a section
// nothing fits gets a bracketed prompt for the drafter.
//
// It returns the blocks and the headings that got the prompt.
func fillSections(secs []model.Section, parts map[string][]string, level3 string) ([]Block, []string) {
	var prompts []string
	used := map[string]bool{}
	filled := make([]model.Section, len(secs))
	for i, s := range secs {
		filled[i] = s
		if len(s.Paragraphs) > 0 || len(s.Sections) > 0 {
			continue
		}
		for _, k := range sectionKeys {
			if !containsAny(s.Heading, k.words) {
				continue
			}
			for _, p := range k.parts {
				if !used[p] {
					used[p] = true
					filled[i].Paragraphs = append(filled[i].Paragraphs, parts[p]...)
				}
			}
			break
		}
		if len(filled[i].Paragraphs) == 0 {
			filled[i].Paragraphs = []string{Placeholder(s.Heading)}
			prompts = append(prompts, s.Heading)
		}
	}
	return sectionBlocks(filled, 1, sectionStyle{level3: level3}), prompts
}

func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

func minTime(a, b time.Time) time.Time {
	if a.Before(b) {
		return a
	}
	return b
}

func forSpeech(c *model.Campaign, doc *model.Document, date time.Time, opts Options) *draft {
	v := newView(model.Speech, c)
	// "XXX同志在XX会议上的讲话": a title that starts at 在 gets the speaker.
	v.Title = doc.Title
	switch {
	case v.Title == "":
		v.Title = doc.Speaker + "在" + doc.Meeting + "上的讲话"
	case strings.HasPrefix(v.Title, "在") && doc.Speaker != "":
		v.Title = doc.Speaker + v.Title
	}
	v.TitleLines = TitleLines(v.Title, opts.titleMax(), titleNames(c)...)
	v.Date = Date(docDate(doc, date))
	v.Subtitle = "（" + v.Date + "）"
	v.Salutation = "同志们："
	if len(doc.Recipients) > 0 {
		v.Salutation = strings.Join(doc.Recipients, "，") + "："
	}
	d := *doc
	// An opening that starts with the salutation gives it its own line.
	if rest, ok := strings.CutPrefix(d.Opening, v.Salutation); ok {
		d.Opening = rest
	}
	v.Body = body(model.Speech, &d, opts)
	return v
}

// forReport builds a report to the standing committee (汇报): "关于…情况的
// 汇报", the opening ("根据会议安排，现将……汇报如下："), and an outline from
// the document or 工作进展/存在问题/下一步打算/需要研究的事项, filled from the
// data over the campaign year as in forSummary.
func forReport(c *model.Campaign, doc *model.Document, date time.Time, opts Options) *draft {
	v := newView(model.Report, c)
	v.Title = doc.Title
	if v.Title == "" {
		v.Title = "关于" + c.Name + "开展情况的汇报"
	}
	v.TitleLines = TitleLines(v.Title, opts.titleMax(), titleNames(c)...)
	if len(doc.Recipients) > 0 {
		v.Recipients = strings.Join(doc.Recipients, "，") + "："
	}
	span := YearSpan(c.Year)
	d := docDate(doc, date)
	// The figures are those of the build date, or of the 成文日期 if that
	// comes first: a report dated in December but built in July must not
	// present July's statuses as the year's end. The span then ends there,
	// so "到期" counts only the tasks due by that day and 下一步打算 lists
	// those still ahead.
	asOf := minTime(date, d)
	if asOf.Before(span.End) {
		span.End, span.cut = asOf, true
	}
	v.Stats = ComputeStats(c, span, asOf)
	opening := doc.Opening
	if opening == "" {
		short := c.ShortName
		if short != "" {
			short = "“" + short + "”"
		}
		opening = "根据会议安排，现将" + span.Name + short + "活动开展情况汇报如下："
	}
	// An opening written for the report's own date (现将全年…) speaks of
	// the year so far when built before that date, or before the year's
	// end when the report has no date of its own.
	if written := YearSpan(c.Year).End; doc.Date != nil && asOf.Before(*doc.Date) || doc.Date == nil && asOf.Before(written) {
		opening = sofar(opening)
	}
	secs := doc.Sections
	if len(secs) == 0 {
		secs = headings("工作进展", "存在问题", "下一步打算", "需要研究的事项")
	}
	parts := summaryParts(c, span, asOf, v.Stats)
	filled, prompts := fillSections(secs, parts, opts.level3(model.Report))
	v.Body = append(textBlocks(opening), filled...)
	v.Placeholders = append(prompts, usedMissing(filled, parts["missing"])...)
	v.Body = append(v.Body, textBlocks(doc.Closing)...)
	v.Date = Date(draftDate(v, doc, d, date))
	v.SignLines, v.DateLine = signLayout(signatures(c, doc), v.Date, false)
	v.keepWithSignature()
	return v
}

// draftDate is the date a summary or report is signed: its 成文日期, or
// def without one. Its figures are those of the build date at the latest,
// so one whose 成文日期 has not yet come is a draft of the build date and
// is dated so — a report dated 12月20日 that reports 截至7月15日 would
// contradict itself — and the build says so.
func draftDate(v *draft, doc *model.Document, def, date time.Time) time.Time {
	if doc == nil || doc.Date == nil {
		return def
	}
	if doc.Date.After(date) {
		v.Hints = append(v.Hints, "成文日期"+Date(*doc.Date)+"未到，本稿按"+Date(date)+
			"的情况写成，落款日期为"+Date(date)+"；到成文日期再生成即按当日情况写成")
		return date
	}
	return *doc.Date
}

// reWholeYear finds 全年 speaking of the year's work as a whole: 全年活动开展
// 情况, 全年工作情况.
var reWholeYear = lazyre.New(`全年((?:活动|工作)[\p{Han}“”]{0,8}?情况)`)

// sofar rewrites an opening written for the year's end (现将全年活动开展
// 情况汇报如下) for a report built before it: 现将今年以来活动开展情况汇报如下 —
// its figures are those of the build date.
func sofar(s string) string { return reWholeYear.ReplaceAllString(s, "今年以来$1") }

// fitPrinter is the 印发机关 of a 版记 line: the name as given when it fits
// on the line with the 印发日期 (四号, one character in from each side, a
// character between them), else its 规范化简称 — the organ's short name or
// the office's (model Office.Short) — so the line does not wrap.
func fitPrinter(c *model.Campaign, name, printDate string) string {
	// Widths in twips: a half character of 四号 (14 pt) is 140.
	room := gbt9704.TypeWidth - 2*gbt9704.Char - 280 - width(printDate)*140
	if width(name)*140 <= room {
		return name
	}
	var shorts []string
	for _, o := range c.Profile.Organs {
		if o.Name == name || o.Mark == name {
			shorts = append(shorts, o.Short)
		}
	}
	if name == c.Office.Name {
		shorts = append(shorts, c.Office.Short)
	}
	for _, s := range shorts {
		if s != "" && width(s)*140 <= room {
			return s
		}
	}
	return name
}

// Placeholder is the prompt a summary or report section gets when nothing
// in the data fills it: （此处填写<heading>。）.
func Placeholder(heading string) string { return "（此处填写" + heading + "。）" }

// issuedTitles are what an 印发通知 issues, for the template's 印发
// sentence: the attachments not listed as 附件 when some are (the listed
// ones are forms attached to what it issues), else all of them (a notice
// that lists what it issues as 附件).
func issuedTitles(doc *model.Document) []string {
	var issued, all []string
	for _, a := range doc.Attachments {
		all = append(all, a.Title)
		if !a.IsListed(doc.Kind) {
			issued = append(issued, a.Title)
		}
	}
	if len(issued) == 0 {
		return all
	}
	return issued
}

// taskDetail is what a table's 任务内容 column holds for a task: its text
// when it has a title besides (the title stands in the 任务 column), ""
// when the text is the title or stands in the 任务 column itself.
func taskDetail(t *model.Task) string {
	text := strings.TrimSpace(t.Text)
	if t.Title == "" || text == strings.TrimSpace(t.Title) {
		return ""
	}
	return text
}

// categoryNumbers are the numbers a 类别 column prints before each
// category when the data writes division.numbering (繁昌's 「一、全年主要
// 预期目标」): as the list numbers them (model.Outline). Without it the
// column names them bare, as before.
func categoryNumbers(c *model.Campaign) map[string]string {
	out := map[string]string{}
	if len(c.Division.Numbering) == 0 {
		return out
	}
	for _, it := range c.Outline() {
		if it.Category != nil {
			out[it.Category.ID] = formNumber(it.Form, it.Number)
		}
	}
	return out
}
