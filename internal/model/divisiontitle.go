package model

import (
	"strconv"
	"strings"

	"gongwen/internal/lazyre"
)

// DivisionTitle is the title the data itself gives the programme's
// division: the title of its one 责任分工 document, else the title of the
// attachment that prints the generated division (source: division) in its
// notices, when they all give the same; "" when the data gives none, or
// several that differ. The standalone 责任分工 and the Excel 责任分工表
// take it rather than add 责任分工 to the programme's name, a title no
// source printed (繁昌 「2023年区政府重点工作任务」 came out
// 「…任务责任分工」, QA s10 13).
func (c *Campaign) DivisionTitle() string {
	return c.divisionGiven(func(d *Document) string { return d.Title }, func(a *Attachment) string { return a.Title })
}

// divisionGiven is what the data gives the programme's division as doc
// and att read it off a 责任分工 document and off an attachment that
// prints the generated division: the one value of its 责任分工 documents,
// else of those attachments, the empty ones not counted; "" for a
// campaign, for none, or for several that differ.
func (c *Campaign) divisionGiven(doc func(*Document) string, att func(*Attachment) string) string {
	if c.Campaigning() {
		return ""
	}
	var docs, attached []string
	for i := range c.Documents {
		d := &c.Documents[i]
		if v := doc(d); d.Kind == Division && v != "" {
			docs = append(docs, v)
		}
		for j := range d.Attachments {
			if a := &d.Attachments[j]; a.Source == AttachDivision && att(a) != "" {
				attached = append(attached, att(a))
			}
		}
	}
	list := attached
	if len(docs) > 0 {
		list = docs
	}
	if len(list) == 0 {
		return ""
	}
	for _, v := range list[1:] {
		if v != list[0] {
			return ""
		}
	}
	return list[0]
}

// The counts a subtitle may ask for: the tasks a division lists and its
// top categories (繁昌's 「（合计{{k}}个方面，……）」).
const (
	subtitleTasks      = "{{n}}"
	subtitleCategories = "{{k}}"
)

// DivisionSubtitle is a division's subtitle as printed: s with {{n}} the
// number of tasks c lists and {{k}} the number of its top categories.
func (c *Campaign) DivisionSubtitle(s string) string {
	if !strings.Contains(s, "{{") {
		return s
	}
	top := 0
	for i := range c.Categories {
		if c.Categories[i].Parent == "" || c.CategoryByID(c.Categories[i].Parent) == nil {
			top++
		}
	}
	return strings.NewReplacer(subtitleTasks, strconv.Itoa(len(c.Tasks)), subtitleCategories, strconv.Itoa(top)).Replace(s)
}

// subtitleCount is the count of tasks a subtitle writes as a number
// (「（共计121项）」): the one 「N项」 in it, when it has one and asks for
// no count; ok is false otherwise (「共8项指标、138项重点工作」 counts two
// kinds, which the data does not tell apart).
func subtitleCount(s string) (n int, ok bool) {
	if strings.Contains(s, subtitleTasks) {
		return 0, false
	}
	m := subtitleItems.Compiled().FindAllStringSubmatch(s, 3)
	if len(m) != 1 {
		return 0, false
	}
	n, err := strconv.Atoi(m[0][1])
	return n, err == nil
}

var subtitleItems = lazyre.New(`(\d{1,6})\s*项`)

// DivisionSubtitleText is the subtitle the data gives the programme's
// division, found as DivisionTitle finds its title.
func (c *Campaign) DivisionSubtitleText() string {
	return c.divisionGiven(func(d *Document) string { return d.Subtitle }, func(a *Attachment) string { return a.Subtitle })
}
