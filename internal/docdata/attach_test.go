package docdata

import (
	"slices"
	"strings"
	"testing"
	"time"

	"gongwen/internal/model"
)

// The default 组成人员通知 attaches the office's groups and their duties
// (source: groups): every group with duties, numbered. An attachment the
// data gives no content for gets a prompt the build lists, and the loader
// warns of it (model.Campaign.Advice).
func TestAttachmentContent(t *testing.T) {
	c := campaign(t)
	date := time.Date(2013, 7, 15, 0, 0, 0, 0, time.UTC)
	d := c.DocumentByID("tz-bgs")
	v, err := ForNotice(c, d, date, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(v.Appendices) != 1 {
		t.Fatalf("%d attachments", len(v.Appendices))
	}
	var heads, duties []string
	for _, b := range v.Appendices[0].Body {
		if b.Level == 1 {
			heads = append(heads, b.Number+b.Heading)
		} else {
			duties = append(duties, b.Number+b.Text)
		}
	}
	if want := []string{"一、综合组", "二、宣传组", "三、督导组"}; !slices.Equal(heads, want) {
		t.Errorf("groups %v, want %v", heads, want)
	}
	if len(duties) != 16 || duties[0] != "1.负责办公室日常工作。" {
		t.Errorf("%d duties, first %q", len(duties), duties[0])
	}
	if len(v.Unfilled()) != 0 {
		t.Errorf("unfilled %v", v.Unfilled())
	}

	// Without a source, and with groups without duties: a prompt.
	bare := *d
	bare.Attachments = []model.Attachment{{Title: "领导小组办公室组成人员名单"}}
	v, err = ForNotice(c, &bare, date, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := v.Appendices[0].Body; len(got) != 1 || got[0].Text != "（此处填写领导小组办公室组成人员名单。）" {
		t.Errorf("body %+v", got)
	}
	if !slices.Equal(v.Unfilled(), []string{"领导小组办公室组成人员名单"}) {
		t.Errorf("unfilled %v", v.Unfilled())
	}
	cc := *c
	cc.Office.Groups = nil
	cc.Documents = []model.Document{*d, bare}
	v, err = ForNotice(&cc, d, date, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := v.Appendices[0].Body; len(got) != 1 || !strings.HasPrefix(got[0].Text, "（此处填写") {
		t.Errorf("groups without duties: body %+v", got)
	}
	adv := cc.Advice()
	if len(adv) != 2 || !strings.Contains(adv[0].Msg, "没有写各组的 duties") || !strings.Contains(adv[1].Msg, "没有内容来源 source") ||
		adv[1].Path != "documents[1].attachments[0]" {
		t.Errorf("advice %v", adv)
	}
}

// An 印发通知's attachments: what it issues has no note and no label
// unless the data lists it; the listed ones are numbered among themselves
// (GB/T 9704 7.3.4: numbers only when there are several), and the
// template's 印发 sentence names what is issued — the unlisted ones when
// some are listed, else all.
func TestIssueNoticeListed(t *testing.T) {
	c := campaign(t)
	date := time.Date(2013, 7, 15, 0, 0, 0, 0, time.UTC)
	yes := true
	plan := model.Attachment{Title: "责任分解方案", Source: "division"}
	listedPlan := model.Attachment{Title: "责任分解方案", Source: "division", Listed: &yes}
	form1 := model.Attachment{Title: "办理工作方案", Listed: &yes}
	form2 := model.Attachment{Title: "完成情况表", Listed: &yes}
	tests := []struct {
		name   string
		att    []model.Attachment
		notes  []string
		labels []string
		issued []string
	}{
		{"one issued document", []model.Attachment{plan}, nil, []string{""}, []string{"责任分解方案"}},
		{"one listed", []model.Attachment{listedPlan}, []string{"附件：责任分解方案"}, []string{"附件"}, []string{"责任分解方案"}},
		{"three listed", []model.Attachment{listedPlan, form1, form2},
			[]string{"附件：1.责任分解方案", "\u3000\u3000\u30002.办理工作方案", "\u3000\u3000\u30003.完成情况表"},
			[]string{"附件1", "附件2", "附件3"}, []string{"责任分解方案", "办理工作方案", "完成情况表"}},
		{"a plan and two forms", []model.Attachment{plan, form1, form2},
			[]string{"附件：1.办理工作方案", "\u3000\u3000\u30002.完成情况表"},
			[]string{"", "附件1", "附件2"}, []string{"责任分解方案"}},
		{"a plan and one form", []model.Attachment{plan, form1},
			[]string{"附件：办理工作方案"}, []string{"", "附件"}, []string{"责任分解方案"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := model.Document{ID: "yf", Kind: model.IssueNotice, Title: "关于印发责任分解方案的通知",
				Recipients: []string{"各区直单位"}, Attachments: tt.att}
			v, err := ForIssueNotice(c, &d, date, Options{})
			if err != nil {
				t.Fatal(err)
			}
			var notes, labels []string
			for _, n := range v.Notes {
				notes = append(notes, n.Lead+n.Number+n.Title)
			}
			for _, a := range v.Appendices {
				labels = append(labels, a.Label)
			}
			if !slices.Equal(notes, tt.notes) {
				t.Errorf("附件说明 %q, want %q", notes, tt.notes)
			}
			if !slices.Equal(labels, tt.labels) {
				t.Errorf("labels %q, want %q", labels, tt.labels)
			}
			if !slices.Equal(v.Issued, tt.issued) {
				t.Errorf("issued %q, want %q", v.Issued, tt.issued)
			}
			// A 通知 lists every attachment whatever the data says.
			d.Kind = model.Notice
			n, err := ForNotice(c, &d, date, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if len(n.Notes) != len(tt.att) {
				t.Errorf("通知: %d notes for %d attachments", len(n.Notes), len(tt.att))
			}
		})
	}
}
