package model

import (
	"slices"
	"strings"
	"testing"
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
