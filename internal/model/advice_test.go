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
