package docdata

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"gongwen/internal/cn"
	"gongwen/internal/meetings"
	"gongwen/internal/model"
)

// meetingDraft is what the builders of the meeting and supervision
// documents fill: the draft of a notice plus what these kinds add. Their
// kinds' files (kind_meeting_notice.go, kind_minutes.go,
// kind_supervision.go, kind_supervision_summary.go) take their views from it.
type meetingDraft struct {
	*draft

	// 会议通知: the reply slip, an attachment page with a table, and
	// the facts of a notice whose sections are the template's.
	Receipt []Receipt // zero or one
	Meeting []MeetingFacts

	// 会议纪要
	MinutesMark string           // 纪要标志, e.g. 省委“学创”活动领导小组办公室纪要
	MinutesHead string           // the line under the mark: 编印机关 \t 日期
	Attendance  []AttendanceLine // 出席、请假、列席, those that have names
	Distribute  []string         // zero or one "…。" after 分送： in the 版记

	// 督办通知: the tasks under supervision and the facts its wording,
	// which is the template's, is made of.
	Items []SupervisionRow
	SupervisionFacts

	// 督办情况汇总: one row per unit.
	Units []SupervisionUnitRow
	Total []SupervisionUnitRow // the totals row, one element
}

// Receipt is the 回执 attached to a meeting notice.
type Receipt struct {
	Label      string       // 附件标识，如“附件2”（排在文件自身的附件之后）
	TitleLines []string     // 回执标题各行
	Rows       []ReceiptRow // 各参会单位一行，另有空行供填写
	Note       string       // 报送回执的期限和去处，如“请于2013年9月12日前报综合组（电话：027-87231068）。”
	ReplyBy    string       // 回执报送期限，如“2013年9月12日”
	ReplyTo    string       // 回执报送的单位，如“综合组”
	Phone      string       // 联系电话，没有时为空
}

// MeetingFacts are what a 会议通知 the data writes no sections for says
// of its meeting. The sentences themselves (经研究，定于……召开, 会议时间,
// the 有关要求) are in the template (huiyi_tongzhi.docx), for a clerk to
// change in Word.
type MeetingFacts struct {
	Opening      string   // 数据写明的开头语；为空时用模板的“经研究，定于……召开……”
	Name         string   // 会议名称，如“领导小组办公室主任会议”
	Date         string   // 会议日期，如“2013年9月16日”
	When         string   // 会议时间，如“2013年9月16日（星期一）上午9:00”
	Place        string   // 会议地点，未定时为空
	Attendees    string   // 参会单位，如“综合组、宣传组、督导组”，未定时为空
	Agenda       []string // 会议议程各项
	ReplyBy      string   // 回执报送期限，如“2013年9月12日”
	ReplyTo      string   // 回执和汇报材料报送的单位，如“综合组”
	ContactName  string   // 联系人（profile.contact），没有时为空
	ContactPhone string   // 联系电话，没有时为空
	Closing      string   // 数据写明的结束语；为空时用模板的“特此通知。”
}

// ReceiptRow is a row of the 回执: the unit filled in when known.
type ReceiptRow struct {
	Unit string // 单位（已知时填好）
}

// AttendanceLine is 出席, 请假 or 列席 with its names: Label "出席：" in 黑体,
// Names in 仿宋, wrapped lines aligned after the colon.
type AttendanceLine struct {
	Label string // “出席：”“请假：”或“列席：”
	Names string // 名单，以“。”结尾
}

// SupervisionRow is a task of a 督办通知.
type SupervisionRow struct {
	No     string // 序号
	Task   string // 工作任务
	Due    string // 原定完成时限，如“2013年3月20日”（时限不是某日时括注原文）
	Delay  string // 逾期情况，如“逾期3个工作日”“剩余2个工作日”
	Status string // 当前状态
}

// SupervisionFacts are what the wording of a 督办通知 says about the
// unit's tasks. The sentences themselves (按照……现予督办, 请高度重视……)
// are in the template (duban.docx), for a clerk to change in Word.
type SupervisionFacts struct {
	AsOf         string // 截至日期（督办日期），如“2013年7月15日”
	Role         string // 该单位与所列任务的关系：“牵头”“承担”或“牵头或参与”
	Collective   bool   // 主送的是“各街道”这样的一类单位：称“你们”，不称“你单位”
	Overdue      int    // 已超过完成时限的任务数
	AtRisk       int    // 即将到期的任务数
	Warn         int    // 临期的工作日数：AtRisk 项任务将在这么多个工作日内到期
	ReplyBy      string // 回复期限，如“2013年7月18日”
	ReportTo     string // 报送去处，如“报领导小组办公室”
	Campaigning  bool   // 是否为专项活动（按周工作清单销号、在督导工作情况分析会上通报）；否则为工作方案的任务分工
	ContactName  string // 联系人（profile.contact），没有时为空
	ContactPhone string // 联系电话，没有时为空
	// Reports 是按报送要求（reporting）应报而未报的各次，如“3项第一季度进展情况未按时报送”；
	// 没有时为空。Overdue 和 AtRisk 不计这些报送。
	Reports string
}

// SupervisionUnitRow is a row of the 督办情况汇总.
type SupervisionUnitRow struct {
	No       string // 序号
	Unit     string // 单位
	Overdue  string // 逾期任务数
	AtRisk   string // 临期任务数
	MaxDelay string // 最长逾期工作日数（无逾期为“—”）
	Titles   string // 涉及的任务
}

// officeOrgan is the organ of the leading group's office, which issues
// notices of meetings, minutes and 督办: the document's first organ, else
// the profile organ named like the office. A programme has no group's
// office: its 督办 go out under the profile's only organ, or the organ of
// its first document that names one (the 印发 notice's), so they carry a
// 版头 and a 发文字号 as the office's other documents do.
func officeOrgan(c *model.Campaign, doc *model.Document) (model.Organ, bool) {
	if doc != nil && len(doc.Organs) > 0 {
		return organ(c, doc.Organs[0])
	}
	for _, o := range c.Profile.Organs {
		if o.Name == c.Office.Name || o.Short == c.Office.Short && o.Short != "" {
			return o, true
		}
	}
	if c.Office.Name != "" {
		return model.Organ{}, false
	}
	if len(c.Profile.Organs) == 1 {
		return c.Profile.Organs[0], true
	}
	for i := range c.Documents {
		if d := &c.Documents[i]; len(d.Organs) > 0 {
			return organ(c, d.Organs[0])
		}
	}
	return model.Organ{}, false
}

// officeName is the short name the office signs with: the office's, else
// its organ's.
func officeName(c *model.Campaign) string {
	if c.Office.Short != "" {
		return c.Office.Short
	}
	if c.Office.Name != "" {
		return c.Office.Name
	}
	if o, ok := officeOrgan(c, nil); ok {
		if o.Short != "" {
			return o.Short
		}
		return o.Name
	}
	return ""
}

// officeDoc fills the document fields the data leaves out of a generated
// office document: the office's organ, the date.
func officeDoc(c *model.Campaign, doc model.Document, date time.Time) model.Document {
	if len(doc.Organs) == 0 {
		if o, ok := officeOrgan(c, nil); ok {
			doc.Organs = []string{o.ID}
		}
	}
	if doc.Date == nil {
		d := date
		doc.Date = &d
	}
	return doc
}

// reportTo says to whom units send their replies: a campaign's 领导小组办公室,
// or the office that issues the 督办 (报区政府办公室); a programme's letter
// must not speak of a leading group it does not have, nor end on a bare
// 报送 that names no one.
func reportTo(c *model.Campaign) string {
	if c.Campaigning() {
		return "报领导小组办公室"
	}
	if o, ok := officeOrgan(c, nil); ok && o.Name != "" {
		return "报" + o.Name
	}
	return "报送"
}

func wrap(v *draft) *meetingDraft { return &meetingDraft{draft: v} }

// dayText is 2013年9月16日（星期一）.
func dayText(t time.Time) string { return Date(t) + "（" + cn.Weekday(t) + "）" }

// forMeetingNotice builds a 会议通知 for a meeting. doc is the notice as the
// data writes it, or nil to generate one; occ is the meeting from the
// calendar, or nil when the notice names a meeting the calendar does not
// know. A generated notice (or one without sections) has the sections 会议
// 时间, 会议地点, 参会人员, 会议议程, 有关要求 (the 回执 and what to
// prepare) and 联系人及电话; every notice gets the 回执 as its last
// attachment. cal computes the reply deadline: two working days before the
// meeting, not before the notice's date.
func forMeetingNotice(c *model.Campaign, doc *model.Document, occ *meetings.Occurrence, cal *cn.Calendar, date time.Time, opts Options) (*meetingDraft, error) {
	if cal == nil {
		cal = cn.DefaultCalendar()
	}
	var d model.Document
	if doc != nil {
		d = *doc
	} else {
		if occ == nil {
			return nil, fmt.Errorf("会议通知：既没有文件数据，也没有会议")
		}
		d = model.Document{ID: occ.ID() + "-tz", Kind: model.MeetingNotice, Title: "关于召开" + occ.Name + "的通知",
			Meeting: occ.ID(), Closing: "特此通知。"}
	}
	d = officeDoc(c, d, date)
	if doc == nil {
		d.DocNo = c.DocNoFor("会议通知:"+occ.ID(), &d)
	}
	name := d.Meeting
	if occ != nil {
		name = occ.Name
	}
	// Replies go to the meeting's organiser, else to the group that keeps
	// the work plan (the 综合组), else to the office.
	group := c.Office.Short
	switch {
	case occ != nil && occ.Organiser != "":
		group = c.OwnerName(occ.Organiser)
	case c.Plan.Group != "":
		group = c.OwnerName(c.Plan.Group)
	case group == "":
		group = "领导小组办公室"
	}
	// The 回执 is due two working days before the meeting; when the
	// calendar's day is too close or already past (a meeting moved by a
	// decision, say), five working days after the notice.
	issued := dayOf(*d.Date)
	reply, err := cal.AddWorkdays(issued, 5)
	if err != nil {
		return nil, fmt.Errorf("会议通知回执期限：%w", err)
	}
	if occ != nil && !occ.Unscheduled && occ.Date.After(issued) {
		if r, err := cal.AddWorkdays(occ.Date, -2); err == nil && r.After(issued) {
			reply = r
		}
	}
	contact := c.Profile.Contact
	contactLine := ""
	if contact.Name != "" || contact.Phone != "" {
		contactLine = strings.TrimSpace(contact.Name + "，电话：" + contact.Phone + "。")
	}
	if len(d.Recipients) == 0 && occ != nil && len(occ.Attendees) > 0 {
		d.Recipients = []string{meetings.Names(c, occ.Attendees)}
	}
	// A notice without sections gets the template's: its sentences are
	// the template's (huiyi_tongzhi.docx), for a clerk to change in Word;
	// the view gives only the facts.
	var facts []MeetingFacts
	if len(d.Sections) == 0 && occ != nil {
		f := MeetingFacts{Opening: d.Opening, Closing: d.Closing, Name: occ.Name, Date: Date(occ.Date),
			When: dayText(occ.Date) + occ.Time, Place: occ.Place, Agenda: occ.Agenda,
			ReplyBy: Date(reply), ReplyTo: group, ContactName: contact.Name, ContactPhone: contact.Phone}
		if len(occ.Attendees) > 0 {
			f.Attendees = meetings.Names(c, occ.Attendees)
		}
		facts = []MeetingFacts{f}
		d.Opening, d.Closing = "", ""
	}
	// A notice the data writes without its time or place shows a prompt
	// where they go (the loader warns of it, model.Campaign.Advice).
	gaps := d.MeetingGaps()
	for i := len(gaps) - 1; i >= 0; i-- {
		d.Sections = append([]model.Section{{Heading: gaps[i], Paragraphs: []string{Placeholder(gaps[i])}}}, d.Sections...)
	}
	if contactLine != "" && facts == nil && !mentions(d.Sections, "联系") {
		d.Sections = append(d.Sections, model.Section{Heading: "联系人及电话", Paragraphs: []string{contactLine}})
	}
	if d.Closing == "" && facts == nil {
		d.Closing = "特此通知。"
	}
	v, err := forNotice(model.MeetingNotice, c, &d, date, opts)
	if err != nil {
		return nil, err
	}
	v.Placeholders = append(v.Placeholders, gaps...)
	mv := wrap(v)
	mv.Meeting = facts
	r := Receipt{Label: "附件", TitleLines: TitleLines(name+"参会回执", opts.titleMax(), titleNames(c)...)}
	note := AttachmentNote{Lead: "附件：", Title: name + "参会回执"}
	if n := len(v.Notes); n > 0 {
		if n == 1 {
			v.Notes[0].Number = "1."
			v.Appendices[0].Label = "附件1"
		}
		r.Label = fmt.Sprintf("附件%d", n+1)
		note = AttachmentNote{Lead: "\u3000\u3000\u3000", Number: fmt.Sprintf("%d.", n+1), Title: name + "参会回执"}
	}
	v.Notes = append(v.Notes, note)
	if occ != nil {
		for _, id := range occ.Attendees {
			r.Rows = append(r.Rows, ReceiptRow{Unit: c.OwnerName(id)})
		}
	}
	for len(r.Rows) < 6 {
		r.Rows = append(r.Rows, ReceiptRow{})
	}
	r.ReplyBy, r.ReplyTo, r.Phone = Date(reply), group, contact.Phone
	r.Note = "请于" + Date(reply) + "前报" + group
	if contact.Phone != "" {
		r.Note += "（电话：" + contact.Phone + "）"
	}
	r.Note += "。"
	mv.Receipt = []Receipt{r}
	return mv, nil
}

// dayOf is the calendar day of t at midnight UTC, as dates of the model are.
func dayOf(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

// mentions reports whether a section heading or paragraph holds s.
func mentions(secs []model.Section, s string) bool {
	for _, sec := range secs {
		if strings.Contains(sec.Heading, s) || mentions(sec.Sections, s) {
			return true
		}
		for _, p := range sec.Paragraphs {
			if strings.Contains(p, s) {
				return true
			}
		}
	}
	return false
}

// forMinutes builds a 会议纪要 in the 纪要格式 of GB/T 9704 10.2: the red
// 纪要标志 (the issuing organ's short name and 纪要), the 编印 line with the
// date over a red rule, the title, the opening, the meeting's decisions
// numbered 一、二、 (each with its owner and deadline), then 出席, 请假 and
// 列席 with the names, and the 版记 (分送 and 印发). doc is the minutes as
// the data writes them (its Meeting names the held meeting by id or name),
// or nil to generate them from m alone.
func forMinutes(c *model.Campaign, doc *model.Document, m *model.Meeting, date time.Time, opts Options) (*meetingDraft, error) {
	if m == nil && doc != nil {
		m = c.MeetingByID(doc.Meeting)
		if m == nil {
			for i := range c.Meetings {
				if c.Meetings[i].Name == doc.Meeting {
					m = &c.Meetings[i]
				}
			}
		}
	}
	if m == nil {
		if doc != nil {
			return nil, fmt.Errorf("会议纪要“%s”：找不到会议“%s”（meetings 中的 id 或名称）", doc.ID, doc.Meeting)
		}
		return nil, fmt.Errorf("会议纪要：没有会议数据")
	}
	var d model.Document
	if doc != nil {
		d = *doc
	} else {
		d = model.Document{ID: m.ID + "-jy", Kind: model.Minutes, Title: m.Name + "纪要", Meeting: m.ID}
	}
	if d.Date == nil {
		d.Date = &m.Date
	}
	d = officeDoc(c, d, date)
	if d.Opening == "" {
		who := m.Chair
		if who != "" {
			who += "主持召开"
		} else {
			who = "召开"
		}
		d.Opening = Date(m.Date) + "，" + who + meetingName(m)
		if len(m.Agenda) > 0 {
			d.Opening += "，" + strings.Join(m.Agenda, "，")
		}
		d.Opening += "。会议议定事项纪要如下："
	}
	v := newView(model.Minutes, c)
	v.Title = d.Title
	v.TitleLines = TitleLines(d.Title, opts.titleMax(), titleNames(c)...)
	v.Body = textBlocks(d.Opening)
	for i, dec := range m.Decisions {
		text := dec.Text
		var tail []string
		if dec.Owner != "" {
			tail = append(tail, "责任单位："+c.OwnerName(dec.Owner))
		}
		if dec.Due != nil {
			tail = append(tail, "完成时限："+Date(*dec.Due)+"前")
		}
		if len(tail) > 0 {
			text += "（" + strings.Join(tail, "；") + "）"
		}
		v.Body = append(v.Body, Block{Level: 1, Number: number(1, i+1, "."), Text: text})
	}
	v.Body = append(v.Body, sectionBlocks(d.Sections, 1, docStyle(&d, opts.level3(model.Minutes)))...)
	v.Body = append(v.Body, textBlocks(d.Closing)...)
	v.Date = Date(*d.Date)
	mv := wrap(v)
	o, ok := officeOrgan(c, &d)
	issuer := c.Office.Short
	if ok {
		issuer = o.Short
		if issuer == "" {
			issuer = o.Name
		}
		mv.MinutesMark = issuer + "纪要"
		v.Marks = []string{mv.MinutesMark}
	}
	mv.MinutesHead = issuer + "\t" + v.Date
	for _, a := range []struct {
		label string
		ids   []string
	}{{"出席：", m.Attendees}, {"请假：", m.Absent}, {"列席：", m.Observers}} {
		if len(a.ids) > 0 {
			mv.Attendance = append(mv.Attendance, AttendanceLine{Label: a.label, Names: meetings.Names(c, a.ids) + "。"})
		}
	}
	send := d.CC
	if len(send) == 0 {
		send = d.Recipients
	}
	if len(send) > 0 {
		mv.Distribute = []string{strings.Join(send, "，") + "。"}
	}
	v.Printer = d.Printer
	if v.Printer == "" {
		v.Printer = issuer
	}
	pd := *d.Date
	if d.PrintDate != nil {
		pd = *d.PrintDate
	}
	v.PrintDate = Date(pd) + "印发"
	v.Printer = fitPrinter(c, v.Printer, v.PrintDate)
	v.Colophon = []int{0}
	v.ColophonPage = []int{0}
	return mv, nil
}

// delay is 逾期3个工作日 / 剩余2个工作日 / 今日到期.
func delay(it meetings.Item) string {
	switch {
	case it.Late():
		return fmt.Sprintf("逾期%d个工作日", it.Overdue)
	case it.Left > 0:
		return fmt.Sprintf("剩余%d个工作日", it.Left)
	}
	return "已到期"
}

func dueText(it meetings.Item) string {
	s := Date(it.Due)
	if p := it.Task.Period.Written(); p != "" && !strings.HasSuffix(p, "日前") && !strings.HasSuffix(p, "日") {
		s += "（" + p + "）"
	}
	return s
}

func taskTitle(t *model.Task) string {
	if t.Title != "" {
		return t.Title
	}
	return t.Text
}

// forSupervision builds the 督办通知 to one unit: the office's red head, a
// title naming the unit, the unit as 主送, an opening that counts its
// tasks, the table of tasks (original deadline, delay in working days,
// status), the reply deadline and the contact, signed by the office on the
// supervision date.
func forSupervision(c *model.Campaign, s meetings.Supervision, l meetings.Letter, opts Options) (*meetingDraft, error) {
	d := officeDoc(c, model.Document{Kind: model.Supervision,
		Title:      "关于对" + l.Name + "有关工作任务进行督办的通知",
		Recipients: []string{l.Name}}, s.Date)
	facts := SupervisionFacts{AsOf: Date(s.Date), Role: letterRole(l), Overdue: l.Overdue, AtRisk: l.AtRisk, Warn: s.Warn,
		ReplyBy: Date(s.ReplyBy), ReportTo: reportTo(c), Campaigning: c.Campaigning(),
		Collective:  strings.HasPrefix(l.Name, "各"),
		ContactName: c.Profile.Contact.Name, ContactPhone: c.Profile.Contact.Phone}
	if l.Owner != "" {
		// A 文件 needs its 发文字号: from the register, kept on rebuild.
		d.DocNo = c.DocNoFor("督办通知:"+l.Owner+":"+s.Date.Format(time.DateOnly), &d)
	}
	v, err := forNotice(model.Supervision, c, &d, s.Date, opts)
	if err != nil {
		return nil, err
	}
	mv := wrap(v)
	facts.Overdue, facts.AtRisk, facts.Reports = reportWording(l.Items, s.Warn)
	mv.SupervisionFacts = facts
	for i, it := range l.Items {
		task := taskTitle(it.Task)
		if lines := cellWrap(task, supervisionTaskRoom); lines != nil {
			task = strings.Join(lines, "\u2028")
		}
		row := SupervisionRow{No: fmt.Sprint(i + 1), Task: task, Due: dueText(it), Delay: delay(it), Status: string(it.Status)}
		if it.Report != nil {
			// The date a report was due and the report itself: the
			// task is not late, its report is.
			row.Due, row.Status = Date(it.Due)+cn.Paren(it.Report.Send(it.Occurrence)), "未报送"
		}
		mv.Items = append(mv.Items, row)
	}
	return mv, nil
}

// reportWording splits a letter's items into the tasks overdue and at
// risk, which the 督办通知's opening counts (项已超过完成时限), and the
// reports of a reporting rule not made, which it words on their own:
// 「3项第一季度进展情况未按时报送」「2项第二季度进展情况须在3个工作日内报送」.
func reportWording(items []meetings.Item, warn int) (overdue, atRisk int, reports string) {
	type key struct {
		name, verb string
		late       bool
	}
	count := map[key]int{}
	var order []key
	for _, it := range items {
		if it.Report == nil {
			if it.Late() {
				overdue++
			} else {
				atRisk++
			}
			continue
		}
		k := key{it.Occurrence, it.Report.SendVerb(), it.Late()}
		if count[k] == 0 {
			order = append(order, k)
		}
		count[k]++
	}
	var parts []string
	for _, k := range order {
		if k.late {
			parts = append(parts, fmt.Sprintf("%d项%s未按时%s", count[k], k.name, k.verb))
		} else {
			parts = append(parts, fmt.Sprintf("%d项%s须在%d个工作日内%s", count[k], k.name, warn, k.verb))
		}
	}
	return overdue, atRisk, strings.Join(parts, "，")
}

// supervisionTaskRoom is the room in twips of the 工作任务 column of the
// built-in 督办通知's table (duban.docx: 2744 wide, 57 each side), where a
// task that would end on one character (制定各专项活动方案并报 / 审) is
// broken by hand.
const supervisionTaskRoom = 2744 - tableMargin

// letterRole says how the letter's unit stands to its tasks: 牵头 only
// where it leads every one; a unit that is only a 责任单位 (各街道, a
// programme's task with no lead) is told of the tasks it 承担.
func letterRole(l meetings.Letter) string {
	lead, other := 0, 0
	for _, it := range l.Items {
		if it.Task != nil && slices.Contains(it.Task.Lead, l.Owner) {
			lead++
		} else {
			other++
		}
	}
	switch {
	case other == 0:
		return "牵头"
	case lead == 0:
		return "承担"
	}
	return "牵头或参与"
}

// forSupervisionSummary builds the one-page 督办情况汇总 for the office
// director: the totals in a paragraph, one table row per unit (overdue,
// at risk, longest delay, the tasks), signed by the office on the date.
func forSupervisionSummary(c *model.Campaign, s meetings.Supervision, opts Options) *meetingDraft {
	v := newView(model.Supervision, c)
	v.Title = "督办情况汇总"
	v.TitleLines = []string{v.Title}
	v.Subtitle = "（截至" + Date(s.Date) + "）"
	var text string
	if s.Tasks == 0 {
		text = "截至" + Date(s.Date) + "，没有逾期或临近完成时限的工作任务。"
	} else {
		text = fmt.Sprintf("截至%s，共有%d项工作任务逾期或将在%d个工作日内到期，其中已逾期%d项（最长逾期%d个工作日）、临期%d项，涉及%d个单位。",
			Date(s.Date), s.Tasks, s.Warn, s.Overdue, s.MaxOverdue, s.AtRisk, len(s.Letters))
		if n, what := lateReports(s); n > 0 {
			// Reports not made are not tasks overdue: the director is told which is which.
			text += fmt.Sprintf("逾期的%d项中，%d项是%s未按时报送。", s.Overdue, n, what)
		}
		if n := unownedTasks(s); n > 0 {
			text += fmt.Sprintf("其中%d项任务未明确牵头单位或责任单位，未发督办通知。", n)
		}
		if len(s.Letters) > 0 && !opts.NoLetters {
			text += fmt.Sprintf("已向各单位发出督办通知，要求于%s前回复办理情况。", Date(s.ReplyBy))
		}
	}
	mv := wrap(v)
	var tot SupervisionUnitRow
	over, risk := 0, 0
	shortened := false
	for i, l := range s.Letters {
		maxd := 0
		var titles []string
		for _, it := range l.Items {
			maxd = max(maxd, it.Overdue)
			title, cut := clauseClip(taskTitle(it.Task), summaryTitleRunes)
			shortened = shortened || cut
			titles = append(titles, title+reportNote(it))
		}
		// One page: the first two tasks name the matter, the count the rest.
		if len(titles) > 2 {
			titles = append(titles[:2:2], fmt.Sprintf("等%d项", len(l.Items)))
		}
		over += l.Overdue
		risk += l.AtRisk
		md := "—"
		if maxd > 0 {
			md = fmt.Sprint(maxd)
		}
		mv.Units = append(mv.Units, SupervisionUnitRow{No: fmt.Sprint(i + 1), Unit: shortName(c, l.Owner),
			Overdue: fmt.Sprint(l.Overdue), AtRisk: fmt.Sprint(l.AtRisk), MaxDelay: md,
			Titles: strings.Join(titles, "；")})
	}
	if len(s.Unowned) > 0 {
		// Tasks nobody was sent a 督办通知 for: the director sees them.
		maxd, late, soon := 0, 0, 0
		var titles []string
		for _, it := range s.Unowned {
			maxd = max(maxd, it.Overdue)
			if it.Late() {
				late++
			} else {
				soon++
			}
			titles = append(titles, taskTitle(it.Task)+reportNote(it)) // no letter holds the whole name
		}
		if len(titles) > 2 {
			titles = append(titles[:2:2], fmt.Sprintf("等%d项", len(s.Unowned)))
		}
		over += late
		risk += soon
		md := "—"
		if maxd > 0 {
			md = fmt.Sprint(maxd)
		}
		mv.Units = append(mv.Units, SupervisionUnitRow{No: fmt.Sprint(len(mv.Units) + 1), Unit: "未明确责任单位",
			Overdue: fmt.Sprint(late), AtRisk: fmt.Sprint(soon), MaxDelay: md,
			Titles: strings.Join(titles, "；") + "（未发督办通知）"})
	}
	// A task with several lead units stands in each unit's row; the total
	// counts tasks, as the text above does, and says so when they differ.
	titles := fmt.Sprintf("共%d项任务", s.Tasks)
	if over+risk != s.Tasks {
		titles += fmt.Sprintf("（涉及多个牵头单位的任务在各单位分别计入，按单位计%d项次）", over+risk)
	}
	if shortened {
		// The director is told where the rest of a shortened name is.
		text += "表中较长的任务只列其前半句，全文见发给各单位的督办通知。"
	}
	v.Body = textBlocks(text)
	tot = SupervisionUnitRow{Unit: "合计", Overdue: fmt.Sprint(s.Overdue), AtRisk: fmt.Sprint(s.AtRisk), MaxDelay: fmt.Sprint(s.MaxOverdue),
		Titles: titles}
	mv.Total = []SupervisionUnitRow{tot}
	// Signed as the 督办通知 it sums up are: the office's organ by its
	// full name, not the short name 区政府办公室.
	od := officeDoc(c, model.Document{}, s.Date)
	signer := signatures(c, &od)[0]
	v.Date = Date(s.Date)
	v.SignLines, v.DateLine = signLayout([]string{signer}, v.Date, false)
	return mv
}

// reportNote is 「（第一季度进展情况未报送）」 after a task in the
// 督办情况汇总 whose item is a report, else "".
func reportNote(it meetings.Item) string {
	if it.Report == nil {
		return ""
	}
	return cn.Paren(it.Occurrence + "未报送")
}

// lateReports counts the overdue reports of s once each (a task of two
// units is in two letters, as Supervision.Overdue counts it once) and
// names what was to be reported.
func lateReports(s meetings.Supervision) (int, string) {
	type key struct {
		t   *model.Task
		due time.Time
	}
	seen := map[key]bool{}
	var what []string // each rule's subject once (办理方案、责任事项完成情况)
	count := func(items []meetings.Item) {
		for _, it := range items {
			if it.Report != nil && it.Late() {
				seen[key{it.Task, it.Due}] = true
				if !slices.Contains(what, it.Report.Subject()) {
					what = append(what, it.Report.Subject())
				}
			}
		}
	}
	for _, l := range s.Letters {
		count(l.Items)
	}
	count(s.Unowned)
	return len(seen), strings.Join(what, "、")
}

// summaryTitleRunes is the longest task name the 督办情况汇总 shows whole:
// a task's title (落实助企纾困政策，规上工业企业新增15家) fits; a task
// written as its whole text is cut at a clause.
const summaryTitleRunes = 40

// clauseClip shortens s to at most n characters at the end of a clause
// (after ，；。：, not inside a list of 、), never inside a word or a number, and marks the cut
// with …… ; it reports whether it cut. With no clause end in reach it
// cuts with cn.Clip.
func clauseClip(s string, n int) (string, bool) {
	rs := []rune(s)
	if len(rs) <= n {
		return s, false
	}
	for i := n - 2; i >= n/3; i-- {
		switch rs[i] {
		case '，', '；', '。', '：':
			return string(rs[:i]) + "……", true
		}
	}
	return cn.Clip(s, n), true
}

// shortName is a unit's short name (a group's name), for tables.
func shortName(c *model.Campaign, id string) string {
	if u := c.UnitByID(id); u != nil && u.Short != "" {
		return u.Short
	}
	return c.OwnerName(id)
}

// meetingName is a meeting's name after a sentence that gives its date: a
// weekly 7月8日工作例会 is named by its day, which 2013年7月8日，召开工作例会
// says once.
func meetingName(m *model.Meeting) string {
	if name := strings.TrimPrefix(m.Name, fmt.Sprintf("%d月%d日", int(m.Date.Month()), m.Date.Day())); name != "" {
		return name
	}
	return m.Name
}
