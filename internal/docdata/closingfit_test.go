package docdata

import (
	"strings"
	"testing"
	"time"

	"gongwen/internal/gbt9704"
	"gongwen/internal/model"
)

// The default 印发通知 issues two documents: no 附件说明 and no 附件 labels
// (what a notice issues is not its attachment), and its page 1, a
// five-line title over one sentence, is set tighter so the signature and
// date stay on it. The other notices of the default data need nothing.
func TestIssueNoticeClosing(t *testing.T) {
	c := campaign(t)
	date := time.Date(2013, 7, 15, 0, 0, 0, 0, time.UTC)
	var issued, others int
	for i := range c.Documents {
		d := &c.Documents[i]
		switch d.Kind {
		case model.IssueNotice:
			v, err := ForIssueNotice(c, d, date, Options{})
			if err != nil {
				t.Fatal(err)
			}
			issued++
			if len(v.Notes) != 0 {
				t.Errorf("%s: 附件说明 %v", d.Title, v.Notes)
			}
			for _, a := range v.Appendices {
				if a.Label != "" {
					t.Errorf("%s: issued document labelled %q", d.Title, a.Label)
				}
			}
			if len(v.TitleLines) != 5 {
				t.Fatalf("%s: %d title lines, the test expects 5: %q", d.Title, len(v.TitleLines), v.TitleLines)
			}
			if p := FirstPagePitch(v); p < gbt9704.MinTightPitch || p >= gbt9704.LinePitch {
				t.Errorf("%s: page 1 pitch %d, want a tighter one in [%d, %d)", d.Title, p, gbt9704.MinTightPitch, gbt9704.LinePitch)
			}
		case model.Notice:
			v, err := ForNotice(c, d, date, Options{})
			if err != nil {
				t.Fatal(err)
			}
			others++
			if len(d.Attachments) > 0 && len(v.Notes) == 0 {
				t.Errorf("%s: a notice's attachments lost their 附件说明", d.Title)
			}
			if p := FirstPagePitch(v); p != 0 {
				t.Errorf("%s: page 1 pitch %d, want none (its body runs onto page 2)", d.Title, p)
			}
		}
	}
	if issued == 0 || others == 0 {
		t.Fatalf("%d 印发通知 and %d 通知 in the default data", issued, others)
	}
}

// fitClosing by the shape of page 1: a closing that fits asks nothing, one
// a tighter page takes in asks for it, one too far over or after a body
// that runs on asks nothing, nor does a body whose last paragraph goes
// along with the closing.
func TestFitClosing(t *testing.T) {
	sentence := "现将《方案》印发给你们，请认真贯彻落实。"
	long := strings.Repeat("各地各部门要充分认识开展活动的重要意义，切实把思想和行动统一到部署上来。", 4)
	tests := []struct {
		name  string
		title int
		body  []Block
		tight bool
	}{
		{"short title, one line", 2, []Block{{Text: sentence}}, false},
		{"five-line title, three lines", 5, []Block{{Text: strings.Repeat(sentence, 3)}}, true},
		{"five-line title, six lines", 5, []Block{{Text: strings.Repeat(sentence, 7)}}, false},
		{"body longer than the page", 2, []Block{{Text: strings.Repeat(long, 6)}}, false},
		{"last paragraph kept with the closing", 5, []Block{{Text: sentence}, {Text: strings.Repeat(sentence, 3), KeepNext: true}}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := &draft{Head: Head{Mark: "省委“学创”活动领导小组文件", MarkPt: 30},
				Main: Main{TitleLines: make([]string, tt.title), Recipients: "各市、州：", Body: tt.body,
					SignLines: []string{"省委“学创”活动领导小组"}, DateLine: "2013年3月26日"}}
			v.fitClosing()
			if got := v.firstPagePitch != 0; got != tt.tight {
				t.Errorf("pitch %d, want tight %v", v.firstPagePitch, tt.tight)
			}
			if v.firstPagePitch != 0 && (v.firstPagePitch < gbt9704.MinTightPitch || v.firstPagePitch > gbt9704.LinePitch) {
				t.Errorf("pitch %d out of range", v.firstPagePitch)
			}
		})
	}
}
