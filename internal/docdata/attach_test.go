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
