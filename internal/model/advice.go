package model

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"sync"

	"gongwen/internal/cn"
	"gongwen/internal/lazyre"
	"gongwen/internal/period"
)

// Advice reports what the data leaves out that a document needs but can
// do without — the loader turns each into a warning at its place in the
// file, and the documents carry a placeholder where it is missing. Unlike
// Check's problems, advice never stops a build.
func (c *Campaign) Advice() []Problem {
	var out []Problem
	duties := false
	for _, g := range c.Office.Groups {
		duties = duties || len(g.Duties) > 0
	}
	for i := range c.Documents {
		d := &c.Documents[i]
		for j, a := range d.Attachments {
			p := fmt.Sprintf("documents[%d].attachments[%d]", i, j)
			switch {
			case a.Source == "" && a.Title != "":
				out = append(out, Problem{Path: p, Msg: fmt.Sprintf(
					"文件“%s”的附件“%s”没有内容来源 source，附件页只有标题和“（此处填写%s。）”：可写 source（文件 id、division 责任分工表、groups 办公室各组主要职责），或另行补入附件正文",
					d.Title, a.Title, a.Title)})
			case a.Source == AttachGroups && !duties:
				out = append(out, Problem{Path: p, Msg: fmt.Sprintf(
					"文件“%s”的附件“%s”取自办公室各组主要职责（source: groups），但 office.groups 中没有写各组的 duties，附件页暂留“（此处填写%s。）”",
					d.Title, a.Title, a.Title)})
			}
		}
		out = append(out, d.attachmentAdvice(fmt.Sprintf("documents[%d]", i))...)
		if p := c.wholeDivisions(i); p != nil {
			out = append(out, *p)
		}
		if p := c.docNoAdvice(i); p != nil {
			out = append(out, *p)
		}
		if gaps := d.MeetingGaps(); len(gaps) > 0 {
			sections := "一节"
			if len(gaps) == 2 {
				sections = "两节"
			}
			out = append(out, Problem{Path: fmt.Sprintf("documents[%d]", i), Msg: fmt.Sprintf(
				"会议通知“%s”没有写%s：请在 sections 中加“%s”%s（时间写到几月几日几时，地点写明在何处召开）；生成的通知暂留“（此处填写%s。）”",
				d.Title, strings.Join(gaps, "和"), strings.Join(gaps, "”“"), sections, strings.Join(gaps, "。）”“（此处填写"))})
		}
	}
	out = append(out, c.valuesNotShown()...)
	out = append(out, c.otherYears()...)
	out = append(out, c.lastReports()...)
	out = append(out, c.repeatedNumbers()...)
	out = append(out, c.subtitleAdvice()...)
	out = append(out, c.tasksSectionAdvice()...)
	return append(out, c.leakingNotes()...)
}

// subtitleAdvice checks the subtitles of divisions: a count written as a
// number (「（共计121项）」) that the tasks listed do not make — the data
// lists fewer or more than the notice says, or the count is stale — and a
// subtitle on a document that does not print one.
func (c *Campaign) subtitleAdvice() []Problem {
	var out []Problem
	check := func(path, s string, cc *Campaign) {
		if n, ok := subtitleCount(s); ok && n != len(cc.Tasks) {
			out = append(out, Problem{Path: path, Msg: fmt.Sprintf(
				"副标题“%s”写的是 %d 项，所列任务是 %d 项：请核对任务或副标题；写“%s”则按所列任务计数（如“（共计%s项）”）",
				s, n, len(cc.Tasks), subtitleTasks, subtitleTasks)})
		}
	}
	for i := range c.Documents {
		d := &c.Documents[i]
		p := fmt.Sprintf("documents[%d]", i)
		if d.Subtitle != "" {
			if d.Kind != Division {
				out = append(out, Problem{Path: p + ".subtitle", Msg: fmt.Sprintf(
					"副标题 subtitle 只印在责任分工文件的标题下，%s“%s”不印：作附件时可写在通知该附件的 subtitle 中", d.Kind, d.Title)})
			} else {
				cc := c
				for j := range d.Attachments {
					if d.Attachments[j].Source == AttachDivision {
						cc = c.ForAttachment(&d.Attachments[j])
						break
					}
				}
				check(p+".subtitle", d.Subtitle, cc)
			}
		}
		for j := range d.Attachments {
			a := &d.Attachments[j]
			if a.Subtitle != "" && a.Source == AttachDivision {
				check(fmt.Sprintf("%s.attachments[%d].subtitle", p, j), a.Subtitle, c.ForAttachment(a))
			}
		}
	}
	return out
}

// attachmentsOverlap warns where a division attachment written to go on
// from another's numbering (task_number: 11., 广东 2022's second part)
// starts at a number the attachment before it has already given: the
// notice would print 11. twice.
func (c *Campaign) attachmentsOverlap() []Problem {
	var out []Problem
	for i := range c.Documents {
		d := &c.Documents[i]
		prevLast, prevTitle := 0, ""
		for j := range d.Attachments {
			a := &d.Attachments[j]
			if a.Source != AttachDivision {
				continue
			}
			cc := c.ForAttachment(a)
			first, last, ok := cc.taskRun()
			if !ok {
				prevLast = 0
				continue
			}
			_, written := readForm(a.Division.TaskNumber)
			if a.Division.TaskNumber != "" && written > 1 && prevLast >= first {
				out = append(out, Problem{Path: fmt.Sprintf("documents[%d].attachments[%d].division.task_number", i, j), Msg: fmt.Sprintf(
					"附件“%s”的任务从 %d 起编号，前一个附件“%s”已编到 %d，序号重复：请改为从 %d 起",
					a.Title, first, prevTitle, prevLast, prevLast+1)})
			}
			prevLast, prevTitle = last, a.Title
		}
	}
	return out
}

// taskRun is the first and last number of the division's tasks when they
// are numbered in one run (a table, a list without categories, or one
// numbered continuously); ok is false when each category numbers afresh.
func (c *Campaign) taskRun() (first, last int, ok bool) {
	if len(c.Tasks) == 0 {
		return 0, 0, false
	}
	if !c.ListLayout() {
		return c.TableStart(), c.TableStart() + len(c.Tasks) - 1, true
	}
	if len(c.Categories) > 0 && !c.Division.Continuous {
		return 0, 0, false
	}
	first = -1
	for _, it := range c.Outline() {
		if it.Task != nil {
			if first < 0 {
				first = it.Number
			}
			last = it.Number
		}
	}
	return first, last, first > 0
}

// tasksSectionAdvice warns where a section's tasks: true has no effect or
// an effect other than written: only a 责任分工 prints the list in a
// section, only one section can hold it, and a table follows the text.
func (c *Campaign) tasksSectionAdvice() []Problem {
	var out []Problem
	for i := range c.Documents {
		d := &c.Documents[i]
		n := d.tasksSections()
		if n == 0 {
			continue
		}
		p := fmt.Sprintf("documents[%d].sections", i)
		switch {
		case d.Kind != Division:
			out = append(out, Problem{Path: p, Msg: fmt.Sprintf("%s“%s”的层次写了 tasks: true，不起作用：只有责任分工文件在层次中列出任务", d.Kind, d.Title)})
		case n > 1:
			out = append(out, Problem{Path: p, Msg: fmt.Sprintf("责任分工“%s”有 %d 个层次写了 tasks: true，任务列表只排在第一个之下：请只留一个", d.Title, n)})
		case !c.ListLayout():
			out = append(out, Problem{Path: p, Msg: fmt.Sprintf("责任分工“%s”的层次写了 tasks: true，但分工是表格版式：表格排在全部正文之后；要排在这一层次之下，请用列表版式（division.layout: 列表）", d.Title)})
		}
	}
	return out
}

// repeatedNumbers warns where the division's numbers would repeat: a
// start written in division.numbering that a 责任分工's own sections have
// used already (「一、总体要求 二、主要指标」 then a list from 二、), and two
// levels in one form, whose numbers read as one level (「1.…」 under
// 「1.…」).
func (c *Campaign) repeatedNumbers() []Problem {
	var out []Problem
	for i := range c.Documents {
		d := &c.Documents[i]
		if d.Kind != Division || len(d.Sections) == 0 {
			continue
		}
		for j := range d.Attachments {
			if d.Attachments[j].Source != AttachDivision {
				continue
			}
			if _, clash := c.ForAttachment(&d.Attachments[j]).ListAfter(d); clash != "" {
				out = append(out, Problem{Path: fmt.Sprintf("documents[%d].attachments[%d]", i, j), Msg: clash})
			}
			break
		}
	}
	out = append(out, c.attachmentsOverlap()...)
	forms, _ := c.numberLevels()
	if len(c.Division.Numbering) == 0 {
		return out
	}
	for i := 1; i < len(forms); i++ {
		if forms[i] == forms[i-1] && forms[i] != cn.NoNumber {
			out = append(out, Problem{Path: fmt.Sprintf("division.numbering[%d]", i), Msg: fmt.Sprintf(
				"第 %d 级和第 %d 级都用“%s”样式，两级的序号读来分不开（“%s”下又是“%s”）：请给每一级不同的样式，如 [一、, （一）, 1., （1）]",
				i, i+1, forms[i], cn.FormNumber(forms[i], 1), cn.FormNumber(forms[i], 1))})
		}
	}
	return out
}

// otherYears warns of a deadline that writes a year other than the
// programme's: its dates are in the year written, and a text copied from
// another year's notice would otherwise be supervised years off, silently.
func (c *Campaign) otherYears() []Problem {
	var out []Problem
	warn := func(path, what string, p period.Period) {
		if y, ok := period.OtherYear(p.Text, c.Year); ok && !earlyNextYear(p, y, c.Year) {
			out = append(out, Problem{Path: path, Msg: fmt.Sprintf(
				"%s的期限“%s”写的是 %d 年，本方案是 %d 年：到期日按 %d 年计算，请核对年份",
				what, p.Text, y, c.Year, y)})
		}
	}
	for i, t := range c.Tasks {
		warn(fmt.Sprintf("tasks[%d].period", i), "任务“"+t.Title+"”", t.Period)
	}
	for i, r := range c.Reporting {
		warn(fmt.Sprintf("reporting[%d].period", i), "报送要求", r.Period)
	}
	return out
}

// lastReports warns of a reporting rule whose reports are on the period
// before (每个季度第1个月的20日前, 每月10日前): its series ends in the
// programme's year, so the report on the year's last quarter or month,
// due early next year, never falls due (QA s11 finding 2: 武汉's 「将上季度
// 的…完成情况报」 stopped at 10月20日). The way to have it supervised is
// to write the dates, next year's with them, as 广东 粤府〔2022〕13号 does.
func (c *Campaign) lastReports() []Problem {
	var out []Problem
	for i := range c.Reporting {
		r := &c.Reporting[i]
		dues := r.Period.Dues()
		if !r.Period.Recurs || len(dues) == 0 || dues[len(dues)-1].End.Year() != c.Year {
			continue
		}
		var step int
		var last string
		switch len(dues) + r.Period.Dropped {
		case 4:
			step, last = 3, "第四季度"
		case 12:
			step, last = 1, "12月份"
		default:
			continue
		}
		end := dues[len(dues)-1].End
		if got := r.Occasion(len(dues) - 1); got == "" || got == last {
			continue
		}
		next := end.AddDate(0, step, 0)
		var dates []string
		for j, d := range dues {
			if !strings.HasPrefix(r.Occasion(j), "上年") {
				dates = append(dates, fmt.Sprintf("%d月%d日", int(d.End.Month()), d.End.Day()))
			}
		}
		example := fmt.Sprintf("%d年%d月%d日前", next.Year(), int(next.Month()), next.Day())
		if len(dates) > 0 {
			example = strings.Join(dates, "、") + "和" + example
		}
		out = append(out, Problem{Path: fmt.Sprintf("reporting[%d].period", i), Msg: fmt.Sprintf(
			"报送要求“%s”每次报送上一期的情况，本年度最后一次（%d月%d日前）报的是%s：%d年%s的情况在%d年%d月%d日前报送，不在本年度内，不会到期、督办；要督办这一次，请照写各次日期并加上次年的这一次，如“%s”",
			r.Period.Text, int(end.Month()), end.Day(), r.Occasion(len(dues)-1), c.Year, last, next.Year(), int(next.Month()), next.Day(), example)})
	}
	return out
}

// leakingNotes finds text meant for whoever keeps the data that would be
// printed in a document as it stands: a path of the data's own keys
// (「各期重点见 briefings.themes」) or a remark that the text is an example
// (「（示例分工）」). Both reached clerk-facing documents (QA): a note for the
// data's reader belongs in a YAML comment.
func (c *Campaign) leakingNotes() []Problem {
	var out []Problem
	var walk func(v reflect.Value, path string)
	walk = func(v reflect.Value, path string) {
		switch v.Kind() {
		case reflect.Pointer, reflect.Interface:
			if !v.IsNil() {
				walk(v.Elem(), path)
			}
		case reflect.Struct:
			t := v.Type()
			for i := 0; i < t.NumField(); i++ {
				f := t.Field(i)
				tag, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
				if !f.IsExported() || tag == "-" || tag == "" {
					continue
				}
				p := tag
				if path != "" {
					p = path + "." + tag
				}
				walk(v.Field(i), p)
			}
		case reflect.Slice, reflect.Array:
			for i := 0; i < v.Len(); i++ {
				walk(v.Index(i), fmt.Sprintf("%s[%d]", path, i))
			}
		case reflect.String:
			s := v.String()
			// Cheap tests first: the data of a big office holds many
			// thousands of strings, next to none with a dot or 示例.
			keyish := strings.ContainsAny(s, ".[")
			if !keyish && !strings.Contains(s, "示例") {
				return
			}
			if keyish {
				for _, m := range reKeyPath.FindAllString(s, -1) {
					if topKeys()[strings.SplitN(strings.SplitN(m, ".", 2)[0], "[", 2)[0]] {
						out = append(out, Problem{Path: path, Msg: fmt.Sprintf(
							"“%s”中的“%s”是数据文件的字段路径，会原样印进文稿；给看数据的人的说明请写成 YAML 注释（# …）", clip(s), m)})
						return
					}
				}
			}
			if m := reExample.FindString(s); m != "" {
				out = append(out, Problem{Path: path, Msg: fmt.Sprintf(
					"“%s”中的“%s”会原样印进文稿；说明数据是示例的话请写成 YAML 注释（# …）", clip(s), m)})
			}
		}
	}
	walk(reflect.ValueOf(c).Elem(), "")
	return out
}

var (
	// reKeyPath is a dotted or indexed path of keys: briefings.themes,
	// tasks[3].notes.
	reKeyPath = lazyre.New(`[a-z][a-z_]*(\[\d+\])?(\.[a-z][a-z_]*(\[\d+\])?)+|[a-z][a-z_]*\[\d+\]`)
	// reExample is a remark that the text is an example: （示例）,
	// （示例分工）, （示例，已逾期）.
	reExample = lazyre.New(`[（(]示例[^）)]*[）)]`)
	// topKeys are the data's top-level keys: a path starts with one.
	topKeys = sync.OnceValue(func() map[string]bool {
		m := map[string]bool{}
		t := reflect.TypeOf(Campaign{})
		for i := 0; i < t.NumField(); i++ {
			if tag, _, _ := strings.Cut(t.Field(i).Tag.Get("yaml"), ","); tag != "" && tag != "-" {
				m[tag] = true
			}
		}
		return m
	})
)

// clip shortens a text for a message.
func clip(s string) string {
	if r := []rune(s); len(r) > 30 {
		return string(r[:30]) + "…"
	}
	return s
}

var (
	// A day the meeting is held on: 定于7月26日, 于7月26日上午召开.
	reMeetingDay = lazyre.New(`(定于|于)\s*(\d{4}年)?\d{1,2}月\d{1,2}日[^，。；]*?(召开|举行)|定于\s*(\d{4}年)?\d{1,2}月\d{1,2}日`)
	// Where: 在省委第一会议室召开.
	reMeetingPlace = lazyre.New(`在[^，。；、]{2,30}(召开|举行)`)
)

// MeetingGaps names what a 会议通知 written in the data (with sections of
// its own) does not say: 会议时间 when no heading speaks of the time and no
// sentence gives the day it is held on (定于7月下旬 is not a day), 会议地点
// when no heading speaks of the place and no sentence says where it is
// held. A notice without sections is written from the meeting's calendar,
// and other documents have no gaps.
func (d *Document) MeetingGaps() []string {
	if d.Kind != MeetingNotice || len(d.Sections) == 0 {
		return nil
	}
	var heads, text []string
	text = append(text, d.Opening)
	eachSection(d.Sections, func(s *Section) {
		heads = append(heads, s.Heading)
		text = append(text, s.Paragraphs...)
	})
	h, t := strings.Join(heads, "\n"), strings.Join(text, "\n")
	var gaps []string
	if !strings.Contains(h, "时间") && !reMeetingDay.MatchString(t) {
		gaps = append(gaps, "会议时间")
	}
	if !strings.Contains(h, "地点") && !strings.Contains(t, "地点") && !reMeetingPlace.MatchString(t) {
		gaps = append(gaps, "会议地点")
	}
	return gaps
}

// eachSection calls fn on every section of ss and their subsections,
// depth first, in the order they are printed.
func eachSection(ss []Section, fn func(*Section)) {
	for i := range ss {
		fn(&ss[i])
		eachSection(ss[i].Sections, fn)
	}
}

// reAttachRef is a reference to an attachment in a notice's text:
// 「（填写附件1）」, 「见附件」.
var reAttachRef = lazyre.New(`附件[0-9０-９]*`)

// attachmentAdvice says what the data writes of a document's attachments
// that its 附件说明 would not show: an 印发通知 whose text refers to
// 附件1 when none of its attachments is listed (the reference would
// dangle, QA: 洪政办〔2025〕1号 「（填写附件1）」), and listed: false on a
// kind that lists every attachment.
func (d *Document) attachmentAdvice(p string) []Problem {
	var out []Problem
	if d.Kind != IssueNotice {
		for j, a := range d.Attachments {
			if a.Listed != nil && !*a.Listed {
				out = append(out, Problem{Path: fmt.Sprintf("%s.attachments[%d].listed", p, j), Msg: fmt.Sprintf(
					"listed 只用于印发通知：%s“%s”的附件都写入附件说明并标“附件”，附件“%s”的 listed: false 不起作用",
					d.Kind, d.Title, a.Title)})
			}
		}
		return out
	}
	if len(d.Attachments) == 0 {
		return nil
	}
	for _, a := range d.Attachments {
		if a.IsListed(d.Kind) {
			return nil
		}
	}
	text := []string{d.Opening}
	eachSection(d.Sections, func(s *Section) {
		text = append(text, s.Heading)
		text = append(text, s.Paragraphs...)
	})
	text = append(text, d.Closing)
	ref := reAttachRef.FindString(strings.Join(text, "\n"))
	if ref == "" {
		// An 印发 notice issues a document: 「关于印发（转发）……的通知」.
		// One titled otherwise (嘉鱼's 「关于对……进行责任分解的通知」 with
		// 附件1、附件2) is a notice with attachments, and as an 印发通知
		// it lost its 附件说明 silently (QA s11 finding 15).
		issues := slices.ContainsFunc([]string{"印发", "转发", "颁发", "下发", "发布", "公布"}, func(w string) bool { return strings.Contains(d.Title, w) })
		if d.Title != "" && !issues {
			return []Problem{{Path: p + ".kind", Msg: fmt.Sprintf(
				"印发通知“%s”的标题不是“关于印发（转发）……的通知”，它的附件都没有列入附件说明（印发通知所印发的文件不作附件）："+
					"原文文末有“附件：1.……”的，请改用 kind: 通知（附件都写入附件说明），或在各附件下写 listed: true", d.Title)}}
		}
		return nil
	}
	return []Problem{{Path: p + ".attachments", Msg: fmt.Sprintf(
		"印发通知“%s”的正文提到“%s”，但没有附件列入附件说明：印发通知所印发的文件默认不作附件（不写附件说明、不标“附件”）；"+
			"文末要列“附件：1.……”、附件页要标“附件1”的，请在该附件下写 listed: true", d.Title, ref)}}
}

// docNoAdvice warns of a notice in the 文件格式 that will have no 发文字号:
// no doc_no, none in the register, and an organ without doc_prefix for
// build to number it by. It built without a word and then failed lint
// (「文件格式的公文须有发文字号」, QA s8 #11), so the clerk learns it from
// validate and build with the ways out.
func (c *Campaign) docNoAdvice(i int) *Problem {
	d := &c.Documents[i]
	if d.DocNo != "" || !d.RedHeader() || d.Letter() || d.Format == "" && c.Profile.LetterKind(d.Kind) {
		return nil
	}
	for _, e := range c.DocNos {
		if e.Document == d.ID {
			return nil
		}
	}
	o := c.OrganByID(d.Organs[0])
	if o == nil || o.DocPrefix != "" {
		return nil // an unknown organ is Check's
	}
	return &Problem{Path: fmt.Sprintf("documents[%d]", i), Msg: fmt.Sprintf(
		"%s“%s”按文件格式印发，须有发文字号（GB/T 9704 7.2.4），但没有写 doc_no，发文机关“%s”也没有文号前缀 doc_prefix，build 无法编号，生成的文件 lint 不能通过：请写 doc_no（如 沁政办发〔2025〕1号），或在 profile.organs 中为“%s”写 doc_prefix（build 按它编号），或原件为信函格式时写 format: 信函",
		d.Kind, d.Title, o.Name, o.ID)}
}

// earlyNextYear reports whether the dates a period writes in year y are
// the year after the programme's, in January or February, each: the last
// quarter's or half's report falls due then (广东 粤府〔2022〕13号:
// 「4月10日、7月10日、10月10日、2023年1月10日前」), which is no slip of
// the year to warn of.
func earlyNextYear(p period.Period, y, year int) bool {
	if y != year+1 {
		return false
	}
	seen := false
	for _, d := range p.Dues() {
		if d.End.Year() == y {
			if d.End.Month() > 2 {
				return false
			}
			seen = true
		}
	}
	return seen
}

// wholeDivisions warns of a document whose attachments show the whole
// division more than once: two or more attachments each a division of
// every task — source: division picking none, or a 责任分工 document
// whose own division attachments pick none. A clerk writing 衢州's three
// attached divisions as three 责任分工 documents (QA s10) got every task
// in each, silently; ForAttachment's picks are the way to split them.
func (c *Campaign) wholeDivisions(i int) *Problem {
	d := &c.Documents[i]
	whole := func(as []Attachment) bool {
		found := false
		for _, a := range as {
			if a.Source == AttachDivision {
				if a.Selects() {
					return false
				}
				found = true
			}
		}
		return found
	}
	var titles []string
	for _, a := range d.Attachments {
		switch {
		case a.Source == AttachDivision && !a.Selects():
		case a.Source != AttachDivision && a.Source != "" && a.Source != AttachGroups:
			src := c.DocumentByID(a.Source)
			// Without a division attachment a 责任分工 document is the
			// division, unless it writes sections: then it is its text alone.
			if src == nil || src.Kind != Division || !whole(src.Attachments) && (len(src.Sections) > 0 || slices.ContainsFunc(src.Attachments, func(a Attachment) bool { return a.Source == AttachDivision })) {
				continue
			}
		default:
			continue
		}
		titles = append(titles, "“"+a.Title+"”")
	}
	if len(titles) < 2 {
		return nil
	}
	return &Problem{Path: fmt.Sprintf("documents[%d].attachments", i), Msg: fmt.Sprintf(
		"文件“%s”的附件%s都是全部 %d 项任务的责任分工，内容相同：各附件要各列各的任务，请把附件写成 source: division，"+
			"并用 categories、tasks 或 tag 挑选各自的任务（见 README“一份通知印发几个分工文件”）",
		d.Title, strings.Join(titles, "、"), len(c.Tasks))}
}

// valuesNotShown warns of a value the tasks carry (Task.Values) that no
// column of the division, nor of an attachment's own, shows: the table prints a value under a header of
// its name, the list a line for each value the columns name. One warning a
// value, at the first task that has it, naming the tasks.
func (c *Campaign) valuesNotShown() []Problem {
	shown := c.ValueColumns()
	// An attachment's own columns may show what the data's do not (a
	// list beside a notice's 分值 table); the build names an attachment
	// that leaves out what the data's show.
	for i := range c.Documents {
		for j := range c.Documents[i].Attachments {
			if a := &c.Documents[i].Attachments[j]; a.Source == AttachDivision && len(a.Division.Columns) > 0 {
				shown = append(shown, c.ForAttachment(a).ValueColumns()...)
			}
		}
	}
	var out []Problem
	for _, name := range c.ValueNames() {
		if slices.Contains(shown, name) || fieldValues[strings.TrimSpace(name)] != "" {
			continue // shown, or refused by Check
		}
		first := -1
		var tasks []string
		for i := range c.Tasks {
			if _, ok := c.Tasks[i].Values[name]; !ok {
				continue
			}
			if first < 0 {
				first = i
			}
			t := c.Tasks[i].Title
			if t == "" {
				t = c.Tasks[i].ID
			}
			tasks = append(tasks, "“"+clip(t)+"”")
		}
		names := cn.Etc(tasks, 3, "")
		out = append(out, Problem{Path: fmt.Sprintf("tasks[%d].values.%s", first, name), Msg: fmt.Sprintf(
			"%d 项任务（%s）写了“%s”，但 division.columns 中没有表头为“%s”的列，责任分工表和附件中都不印：请在 columns 中写上“%s”（表格版式为一列，列表版式在任务下印“%s：……”一行）",
			len(tasks), names, name, name, name, name)})
	}
	return out
}
