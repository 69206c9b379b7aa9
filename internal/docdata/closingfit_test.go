package docdata

import (
	"bytes"
	"strconv"
	"strings"
	"testing"
	"time"

	"gongwen/internal/docx/docxtest"
	"gongwen/internal/gbt9704"
	"gongwen/internal/model"
	"gongwen/internal/opc"
	"gongwen/templates"
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
// along with the closing when a tighter page cannot hold them — but a
// tighter page that holds it and the closing is asked for (旌阳's
// 「特此通知」). A body of one paragraph too long for page 1 with the
// closing is cut at a line's end (splitLoneBody), with or without an
// 附件说明, a body of two lines too: its last lines go on to page 2 with
// the closing, kept with it, and nothing is said.
func TestFitClosing(t *testing.T) {
	sentence := "现将《方案》印发给你们，请认真贯彻落实。"
	long := strings.Repeat("各地各部门要充分认识开展活动的重要意义，切实把思想和行动统一到部署上来。", 4)
	tests := []struct {
		name  string
		title int
		body  []Block
		notes int // lines of 附件说明
		tight bool
		cut   int    // lines of the body that go on to page 2 (0: not cut)
		hint  string // what the build says: the closing cannot stay on page 1
	}{
		{"short title, one line", 2, []Block{{Text: sentence}}, 0, false, 0, ""},
		{"five-line title, three lines", 5, []Block{{Text: strings.Repeat(sentence, 3)}}, 0, true, 0, ""},
		{"five-line title, four lines", 5, []Block{{Text: strings.Repeat(sentence, 5)}}, 0, false, 2, ""}, // cut: two lines go on with the closing
		{"five-line title, six lines", 5, []Block{{Text: strings.Repeat(sentence, 7)}}, 0, false, 0, ""},  // the body runs onto page 2
		// QA's p1test: one sentence, three attachments.
		{"two-line title, three lines, 附件说明", 2, []Block{{Text: strings.Repeat(sentence, 4)}}, 3, false, 2, ""},
		{"two-line title, one line, 附件说明", 2, []Block{{Text: sentence}}, 3, true, 0, ""},
		{"five-line title, one line, 附件说明", 5, []Block{{Text: sentence}}, 3, false, 0, "差约2行"},
		{"five-line title, two lines, 附件说明", 5, []Block{{Text: strings.Repeat(sentence, 2)}}, 3, false, 1, ""},
		{"body longer than the page", 2, []Block{{Text: strings.Repeat(long, 6)}}, 0, false, 0, ""},
		{"last paragraph kept with the closing", 5, []Block{{Text: sentence}, {Text: strings.Repeat(sentence, 3), keep: true}}, 0, false, 0, ""},
		{"特此通知 kept with the closing, a tighter page holds them", 5, []Block{{Text: strings.Repeat(sentence, 2)}, {Text: "特此通知", keep: true}}, 0, true, 0, ""},
	}
	blocksText := func(bs []Block) string {
		s := ""
		for _, b := range bs {
			s += b.Text
		}
		return s
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := &draft{Head: Head{Mark: "省委“学创”活动领导小组文件", MarkPt: 30},
				Main: Main{TitleLines: make([]string, tt.title), Recipients: "各市、州：", Body: tt.body,
					SignLines: []string{"省委“学创”活动领导小组"}, DateLine: "2013年3月26日"}}
			for i := range tt.notes {
				v.Notes = append(v.Notes, AttachmentNote{Lead: "附件：", Number: strconv.Itoa(i+1) + ".", Title: "2025年县《政府工作报告》任务清单"})
			}
			text := blocksText(tt.body)
			v.fitClosing()
			if got := blocksText(v.Body); got != text {
				t.Errorf("the body reads %q, was %q", got, text)
			}
			if len(v.Body) == 2 && len(tt.body) == 1 {
				a, b := v.Body[0], v.Body[1]
				if a.keep || !b.keep || !b.cont || b.Style() != "Normal" || textLines(b.Text, 0) != tt.cut || textLines(a.Text+"两字", 4) == textLines(a.Text, 4) {
					t.Errorf("cut into %+v (%d lines, style %s) and %+v (%d lines, want %d)", a, textLines(a.Text, 4), b.Style(), b, textLines(b.Text, 0), tt.cut)
				}
			} else if tt.cut > 0 {
				t.Errorf("the body is not cut: %+v", v.Body)
			}
			if got := v.firstPagePitch != 0; got != tt.tight {
				t.Errorf("pitch %d, want tight %v", v.firstPagePitch, tt.tight)
			}
			if v.firstPagePitch != 0 && (v.firstPagePitch < gbt9704.MinTightPitch || v.firstPagePitch > gbt9704.LinePitch) {
				t.Errorf("pitch %d out of range", v.firstPagePitch)
			}
			switch {
			case tt.hint == "" && len(v.Hints) > 0:
				t.Errorf("hints %q, want none", v.Hints)
			case tt.hint != "" && (len(v.Hints) != 1 || !strings.Contains(v.Hints[0], tt.hint)):
				t.Errorf("hints %q, want one saying %s", v.Hints, tt.hint)
			}
		})
	}
}

// TestIssueSentenceIsTheTemplates: an 印发通知 whose data writes no
// opening says 现将《…》印发给你们 in the words of yinfa.docx, which a clerk
// may change; what it issues comes from the data, one 书名号 pair each and
// no 顿号 between them (GB/T 15834). Page 1 is still fitted to it.
func TestIssueSentenceIsTheTemplates(t *testing.T) {
	c := campaign(t)
	date := time.Date(2013, 7, 15, 0, 0, 0, 0, time.UTC)
	var d model.Document
	for i := range c.Documents {
		if c.Documents[i].Kind == model.IssueNotice {
			d = c.Documents[i]
		}
	}
	d.Opening = ""
	v, err := ForIssueNotice(c, &d, date, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(v.Body) != 0 || len(v.Issued) != len(d.Attachments) || len(v.Issued) < 2 {
		t.Fatalf("Body %v, Issued %q", v.Body, v.Issued)
	}
	want := "现将《" + d.Attachments[0].Title + "》《" + d.Attachments[1].Title + "》印发给你们，请结合实际认真贯彻落实。"
	// Page 1 is fitted as it would be were the sentence the data's.
	written := d
	written.Opening = want
	w, err := ForIssueNotice(c, &written, date, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if p, q := FirstPagePitch(v), FirstPagePitch(w); p != q {
		t.Errorf("page 1 pitch %d, but %d with the sentence in the data", p, q)
	}
	src, err := templates.Read(IssueNotice.Template)
	if err != nil {
		t.Fatal(err)
	}
	text := func(tpl []byte) string {
		t.Helper()
		parts, err := docxtest.Unzip(renderTemplate(t, IssueNotice.Template, tpl, viewOf(c, v)))
		if err != nil {
			t.Fatal(err)
		}
		body, err := docxtest.Read(parts["word/document.xml"])
		if err != nil {
			t.Fatal(err)
		}
		return strings.Join(body.Paras, "\n")
	}
	if got := text(src); !strings.Contains(got, want) {
		t.Errorf("the notice lacks %q:\n%s", want, got)
	}
	parts, err := docxtest.Unzip(src)
	if err != nil {
		t.Fatal(err)
	}
	pkg, err := opc.Open(bytes.NewReader(src), int64(len(src)), opc.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	var edited bytes.Buffer
	doc := bytes.Replace(parts["word/document.xml"], []byte("请结合实际认真贯彻落实。"), []byte("请认真组织实施。"), 1)
	if err := pkg.Write(&edited, map[string][]byte{"word/document.xml": doc}); err != nil {
		t.Fatal(err)
	}
	if got := text(edited.Bytes()); !strings.Contains(got, "印发给你们，请认真组织实施。") {
		t.Errorf("the edited sentence is not the notice's:\n%s", got)
	}
}
