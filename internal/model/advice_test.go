package model

import (
	"slices"
	"strings"
	"testing"

	"gongwen/internal/period"
)

func TestMeetingGaps(t *testing.T) {
	sec := func(h string, ps ...string) Section { return Section{Heading: h, Paragraphs: ps} }
	tests := []struct {
		name string
		doc  Document
		want []string
	}{
		{"a month's part is no day", Document{Kind: MeetingNotice, Opening: "定于7月下旬召开现场推进会。",
			Sections: []Section{sec("参会人员", "各市州办公室主任。"), sec("有关要求", "请于7月19日前报送名单。")}},
			[]string{"会议时间", "会议地点"}},
		{"day and place in the opening", Document{Kind: MeetingNotice, Opening: "定于7月26日上午9时在省委第一会议室召开现场推进会。",
			Sections: []Section{sec("参会人员", "各市州办公室主任。")}}, nil},
		{"sections of their own", Document{Kind: MeetingNotice,
			Sections: []Section{sec("会议时间", "7月26日上午9时。"), sec("会议地点", "省委第一会议室。")}}, nil},
		{"the place only", Document{Kind: MeetingNotice, Opening: "经研究，于2013年7月26日召开推进会。",
			Sections: []Section{sec("有关要求", "请准时参会。")}}, []string{"会议地点"}},
		{"written from the calendar", Document{Kind: MeetingNotice, Opening: "定于7月下旬召开。"}, nil},
		{"not a meeting notice", Document{Kind: Notice, Sections: []Section{sec("有关要求", "请认真落实。")}}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.doc.MeetingGaps(); !slices.Equal(got, tt.want) {
				t.Errorf("gaps %v, want %v", got, tt.want)
			}
		})
	}
	c := &Campaign{Documents: []Document{tests[1].doc, tests[0].doc}}
	c.Documents[1].Title = "关于召开现场推进会的通知"
	adv := c.Advice()
	if len(adv) != 1 || adv[0].Path != "documents[1]" ||
		!strings.Contains(adv[0].Msg, "“关于召开现场推进会的通知”没有写会议时间和会议地点") ||
		!strings.Contains(adv[0].Msg, "（此处填写会议时间。）") {
		t.Errorf("advice %v", adv)
	}
}

// Notes for whoever keeps the data are printed as they stand: a data key
// path or a 示例 remark in a text field is a warning at its place.
func TestLeakingNotes(t *testing.T) {
	tests := []struct {
		notes string
		want  string // in the message, "" for none
	}{
		{"已编发4期，各期重点见 briefings.themes", "“briefings.themes”是数据文件的字段路径"},
		{"见 tasks[3].notes", "“tasks[3].notes”是数据文件的字段路径"},
		{"征求意见后印发（示例）", "“（示例）”会原样印进文稿"},
		{"各单位分工（示例分工）。", "“（示例分工）”"},
		{"详见 www.gov.cn 和 3.5 亿元", ""},
		{"已编发4期", ""},
	}
	for _, tt := range tests {
		c := small()
		c.Tasks[0].Notes = tt.notes
		var got []string
		for _, p := range c.Advice() {
			if p.Path == "tasks[0].notes" {
				got = append(got, p.Msg)
			}
		}
		switch {
		case tt.want == "" && len(got) > 0:
			t.Errorf("%q: %v, want no warning", tt.notes, got)
		case tt.want != "" && (len(got) != 1 || !strings.Contains(got[0], tt.want)):
			t.Errorf("%q: %v, want one saying %s", tt.notes, got, tt.want)
		}
	}
}

// An 印发通知 that refers to 附件1 with no attachment listed would print a
// dangling reference (QA: 洪政办〔2025〕1号), and listed: false says nothing
// on a kind that lists every attachment: both are advice; a listed
// attachment, or a text that names no 附件, is not.
func TestAttachmentAdvice(t *testing.T) {
	yes, no := true, false
	issued := Attachment{Title: "责任分解方案", Source: "division"}
	form := Attachment{Title: "办理工作方案"}
	listedForm := Attachment{Title: "办理工作方案", Listed: &yes}
	refers := []Section{{Heading: "按时报告情况。", RunIn: true, Paragraphs: []string{"于1月20日前报区政府督查室（填写附件1）。"}}}
	tests := []struct {
		name string
		doc  Document
		path string // of the advice; "" for none
		says string
	}{
		{"a reference with nothing listed", Document{Kind: IssueNotice, Sections: refers, Attachments: []Attachment{issued, form}},
			"documents[0].attachments", "正文提到“附件1”"},
		{"a reference in the opening", Document{Kind: IssueNotice, Opening: "现将方案印发给你们，请按附件填报。", Attachments: []Attachment{issued}},
			"documents[0].attachments", "正文提到“附件”"},
		{"the form listed", Document{Kind: IssueNotice, Sections: refers, Attachments: []Attachment{issued, listedForm}}, "", ""},
		{"no reference", Document{Kind: IssueNotice, Opening: "现将《方案》印发给你们。", Attachments: []Attachment{issued, form}}, "", ""},
		{"listed: false on a notice", Document{Kind: Notice, Attachments: []Attachment{issued, {Title: "回执", Listed: &no}}},
			"documents[0].attachments[1].listed", "listed 只用于印发通知"},
		{"listed: true on a notice", Document{Kind: Notice, Attachments: []Attachment{listedForm}}, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.doc.Title = "关于印发方案的通知"
			var got []Problem
			for _, p := range (&Campaign{Documents: []Document{tt.doc}}).Advice() {
				if strings.Contains(p.Msg, "附件") || strings.Contains(p.Msg, "listed") {
					got = append(got, p)
				}
			}
			if tt.path == "" {
				for _, p := range got {
					if strings.Contains(p.Msg, "正文提到") || strings.Contains(p.Msg, "listed") {
						t.Errorf("advice %s: %s", p.Path, p.Msg)
					}
				}
				return
			}
			for _, p := range got {
				if p.Path == tt.path && strings.Contains(p.Msg, tt.says) {
					return
				}
			}
			t.Errorf("no advice at %s saying %q: %v", tt.path, tt.says, got)
		})
	}
}

// IsListed: every attachment of the other kinds; an 印发通知's only when
// the data says listed: true.
func TestAttachmentIsListed(t *testing.T) {
	yes, no := true, false
	tests := []struct {
		kind   DocumentKind
		listed *bool
		want   bool
	}{
		{IssueNotice, nil, false}, {IssueNotice, &no, false}, {IssueNotice, &yes, true},
		{Notice, nil, true}, {Notice, &no, true}, {MeetingNotice, nil, true},
	}
	for _, tt := range tests {
		if got := (Attachment{Title: "附件", Listed: tt.listed}).IsListed(tt.kind); got != tt.want {
			t.Errorf("%s listed %v: %v, want %v", tt.kind, tt.listed, got, tt.want)
		}
	}
}

// A report due early next year (广东 粤府〔2022〕13号's fourth: 2023年1月10日)
// is no slip of the year; a deadline written in another year mid-year is
// still said.
func TestOtherYearAdvice(t *testing.T) {
	for _, tc := range []struct {
		text string
		warn bool
	}{
		{"4月10日、7月10日、10月10日、2023年1月10日前", false},
		{"2022年4月10日、7月10日、10月10日和2023年1月10日前", false},
		{"2022-04-10、2023-01-10", false},
		{"2023年1月15日前", false}, // an annual task's year-end report
		{"2022年4月10日和2023年3月10日前", true},
		{"2023年1月10日、4月10日前", true},
		{"2021年10月10日和2023年1月10日前", true},
		{"2023年2月底前", false},
		{"2023年6月底前", true},
		{"2021年12月底前", true},
	} {
		c := &Campaign{Name: "x", Year: 2022, Reporting: []ReportRule{{Period: period.Period{Text: tc.text}}}}
		c.ResolvePeriods()
		warned := false
		for _, p := range c.Advice() {
			warned = warned || strings.Contains(p.Msg, "请核对年份")
		}
		if warned != tc.warn {
			t.Errorf("%s: warned %v, want %v", tc.text, warned, tc.warn)
		}
	}
}

// Several attachments each the whole division (衢州 written as three
// 责任分工 documents, QA s10) print the same tasks thrice: advice says so;
// attachments that pick their tasks, or one whole division, are fine.
func TestWholeDivisionsAdvice(t *testing.T) {
	div := func(id string, as ...Attachment) Document {
		return Document{ID: id, Kind: Division, Title: id, Attachments: as}
	}
	whole := Attachment{Title: "分工", Source: AttachDivision}
	picked := func(cat string) Attachment {
		return Attachment{Title: cat, Source: AttachDivision, Categories: []string{cat}}
	}
	for _, tc := range []struct {
		name string
		docs []Document
		as   []Attachment
		want bool
	}{
		{"three 责任分工 documents", []Document{div("fa1"), div("fa2"), div("fa3")},
			[]Attachment{{Title: "一", Source: "fa1"}, {Title: "二", Source: "fa2"}, {Title: "三", Source: "fa3"}}, true},
		{"two whole division attachments", nil, []Attachment{whole, whole}, true},
		{"documents whose divisions pick", []Document{div("fa1", picked("a")), div("fa2", picked("b"))},
			[]Attachment{{Title: "一", Source: "fa1"}, {Title: "二", Source: "fa2"}}, false},
		{"a 责任分工 of text and one of the division", []Document{{ID: "qtzz", Kind: Division, Title: "职责", Sections: []Section{{Heading: "共同职责"}}}, div("zrfg", whole)},
			[]Attachment{{Title: "一", Source: "qtzz"}, {Title: "二", Source: "zrfg"}}, false},
		{"attachments that pick", nil, []Attachment{picked("a"), picked("b")}, false},
		{"one whole division and a form", nil, []Attachment{whole, {Title: "表", Listed: new(true)}}, false},
	} {
		c := &Campaign{Name: "x", Year: 2021, Documents: append(tc.docs, Document{ID: "n", Kind: IssueNotice, Title: "通知", Attachments: tc.as})}
		warned := false
		for _, p := range c.Advice() {
			warned = warned || strings.Contains(p.Msg, "内容相同")
		}
		if warned != tc.want {
			t.Errorf("%s: warned %v, want %v", tc.name, warned, tc.want)
		}
	}
}
