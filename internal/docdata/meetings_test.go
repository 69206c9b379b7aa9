package docdata

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"gongwen/internal/clients"
	"gongwen/internal/docx"
	"gongwen/internal/docx/docxtest"
	"gongwen/internal/funcs"
	"gongwen/internal/gbt9704"
	"gongwen/internal/meetings"
	"gongwen/internal/model"
	"gongwen/internal/opc"
	"gongwen/templates"
)

func mday(s string) time.Time {
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return d
}

func renderMeeting(t *testing.T, tplName string, v any) []byte {
	t.Helper()
	data, err := templates.Read(tplName)
	if err != nil {
		t.Fatal(err)
	}
	if OwnColophonPage(v) { // as gongwen build prepares it
		if data, err = PageRules(data); err != nil {
			t.Fatal(err)
		}
	}
	pkg, err := opc.Open(bytes.NewReader(data), int64(len(data)), opc.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	tpl, err := docx.Parse(tplName, pkg, docx.Options{Funcs: funcs.Map(funcs.Options{Date: mday("2013-07-15")})})
	if err != nil {
		t.Fatalf("parse %s: %v", tplName, err)
	}
	var buf bytes.Buffer
	if err := tpl.Execute(&buf, v, docx.ExecOptions{}); err != nil {
		t.Fatalf("render %s: %v", tplName, err)
	}
	return buf.Bytes()
}

type meetingDoc struct {
	name, tpl string
	view      *MeetingView
	want      []string // texts python-docx must find (paragraphs and cells, squashed)
	pages     int      // the most pages LibreOffice may make, 0 for any
}

func meetingDocs(t *testing.T) []meetingDoc {
	t.Helper()
	c := campaign(t)
	date := mday("2013-07-15")
	occ, err := meetings.Calendar(c, nil, meetings.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var out []meetingDoc
	// The data's notice of the 现场推进会, and a generated notice of the
	// third-quarter 主任会议.
	nd := c.DocumentByID("xctj-tz")
	v, err := ForMeetingNotice(c, nd, meetings.Find(occ, nd.Meeting), nil, date, Options{})
	if err != nil {
		t.Fatal(err)
	}
	out = append(out, meetingDoc{"notice-xctj", MeetingNotice.Template, viewOf(c, v),
		[]string{"关于召开市州“学创”活动现场推进会的通知", "联系人及电话", "附件：市州“学创”活动现场推进会参会回执", "单位|姓名|职务|联系电话|备注"}, 0})
	q3 := meetings.Find(occ, "zrhy-2013-09-16")
	if q3 == nil {
		t.Fatal("no 主任会议 on 2013-09-16")
	}
	v, err = ForMeetingNotice(c, nil, q3, nil, mday("2013-09-09"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	out = append(out, meetingDoc{"notice-zrhy", MeetingNotice.Template, viewOf(c, v),
		[]string{"一、会议时间", "2013年9月16日（星期一）", "四、会议议程", "（一）听取本季度活动推进情况汇报。",
			"请参会单位于2013年9月12日前将参会回执", "综合组|||", "王晓兰"}, 0})
	// The data's minutes of the 领导小组 meeting, and generated minutes.
	md := c.DocumentByID("ldxz-1-jy")
	mv, err := ForMinutes(c, md, nil, date, Options{})
	if err != nil {
		t.Fatal(err)
	}
	out = append(out, meetingDoc{"minutes-ldxz", Minutes.Template, viewOf(c, mv),
		[]string{"省委“学创”活动领导小组办公室纪要", "一、原则同意", "（责任单位：综合组；完成时限：2013年3月20日前）",
			"二、群众路线教育实践活动方案按中央统一部署另行审定。（责任单位：省委党的群众路线教育实践活动领导小组办公室）",
			"出席：领导小组全体成员。", "列席："}, 0})
	mv, err = ForMinutes(c, nil, c.MeetingByID("bgs-2"), date, Options{})
	if err != nil {
		t.Fatal(err)
	}
	out = append(out, meetingDoc{"minutes-bgs2", Minutes.Template, viewOf(c, mv),
		[]string{"领导小组办公室第二次主任会议纪要", "出席：综合组、宣传组、督导组。", "请假：督导组负责同志（出差）。"}, 0})
	// 督办 as of the default build date.
	s, err := meetings.Supervise(meetings.WithDecisions(c), nil, meetings.SuperviseOptions{Date: date})
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Letters) == 0 {
		t.Fatal("no 督办 on 2013-07-15")
	}
	for _, l := range s.Letters {
		v, err := ForSupervision(c, s, l, Options{})
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, meetingDoc{"duban-" + l.Owner, Supervision.Template, viewOf(c, v),
			[]string{l.Name + "：", "序号|工作任务|原定完成时限|逾期情况|当前状态", "2013年7月18日前"}, 0})
	}
	out = append(out, meetingDoc{"duban-huizong", SupervisionSummary.Template, viewOf(c, ForSupervisionSummary(c, s, Options{})),
		[]string{"督办情况汇总", "（截至2013年7月15日）", "合计"}, 1})
	return out
}

// TestRenderMeetingDocuments renders every meeting and supervision
// document of the default data, lints it (the 纪要 with the 纪要 rules),
// reads it back with python-docx and converts it with LibreOffice.
func TestRenderMeetingDocuments(t *testing.T) {
	dir := t.TempDir()
	converted := map[string]bool{} // LibreOffice once per template: it is slow
	for _, j := range meetingDocs(t) {
		t.Run(j.name, func(t *testing.T) {
			out := renderMeeting(t, j.tpl, j.view)
			path := filepath.Join(dir, j.name+".docx")
			if err := os.WriteFile(path, out, 0o644); err != nil {
				t.Fatal(err)
			}
			if keep := os.Getenv("GONGWEN_KEEP"); keep != "" {
				os.WriteFile(filepath.Join(keep, j.name+".docx"), out, 0o644)
			}
			lint := gbt9704.LintFile
			if j.tpl == Minutes.Template {
				lint = gbt9704.LintMinutesFile
			}
			fs, err := lint(path)
			if err != nil {
				t.Fatal(err)
			}
			for _, f := range fs {
				t.Errorf("lint: %s", f)
			}
			d := clients.ReadDocx(t, path)
			text := strings.Join(d.Paragraphs, "\n")
			for _, tb := range d.Tables {
				for _, r := range tb {
					text += "\n" + strings.Join(r, "|")
				}
			}
			if strings.Contains(text, "{{") {
				t.Errorf("actions left in the output:\n%s", text)
			}
			for _, w := range j.want {
				if !strings.Contains(clients.Squash(text), clients.Squash(w)) {
					t.Errorf("%q missing from\n%s", w, text)
				}
			}
			// A telephone number's hyphen is held by word joiners
			// (docx: phoneHyphen), which the text shows.
			text = strings.ReplaceAll(text, "\u2060", "")
			for _, b := range j.view.Body {
				if !strings.Contains(text, b.Number+b.Heading+b.Text) {
					t.Errorf("paragraph %q missing", b.Number+b.Heading+b.Text)
				}
			}
			if converted[j.tpl] && j.pages == 0 {
				return
			}
			converted[j.tpl] = true
			pdf := clients.ToPDF(t, path)
			ptext, pages := clients.PDFText(t, pdf)
			if j.pages > 0 && pages > j.pages {
				t.Errorf("%d pages, want at most %d", pages, j.pages)
			}
			if !strings.Contains(clients.Squash(ptext), clients.Squash(j.view.TitleLines[0])) {
				t.Errorf("LibreOffice text lacks the title %q", j.view.TitleLines[0])
			}
		})
	}
}

// The minutes linter finds a black mark, 出席 after 列席, a 仿宋 label and
// a gap in the numbering.
func TestMinutesLintFaults(t *testing.T) {
	c := campaign(t)
	v, err := ForMinutes(c, c.DocumentByID("ldxz-1-jy"), nil, mday("2013-07-15"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	good := renderMeeting(t, Minutes.Template, v)
	type edit struct{ old, new string }
	cases := []struct {
		name  string
		edits []edit
		rule  string
	}{
		{"mark not red", []edit{{`<w:rPr><w:sz w:val="48"/>`, `<w:rPr><w:color w:val="000000"/><w:sz w:val="48"/>`}}, "minutes-mark"},
		{"order", []edit{{"出席：", "列席："}}, "attendance"},
		{"label font", []edit{{`w:eastAsia="黑体" w:hAnsi="Times New Roman" w:cs="Times New Roman"/></w:rPr><w:t xml:space="preserve">出席`,
			`w:eastAsia="仿宋_GB2312" w:hAnsi="Times New Roman" w:cs="Times New Roman"/></w:rPr><w:t xml:space="preserve">出席`}}, "attendance"},
		{"numbering", []edit{{">二、", ">四、"}}, "numbering"},
	}
	pkg0, err := opc.Open(bytes.NewReader(good), int64(len(good)), opc.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	if fs, _ := gbt9704.LintMinutes(pkg0); len(fs) != 0 {
		t.Fatalf("good minutes have findings: %v", fs)
	}
	doc0, _ := pkg0.Read("word/document.xml")
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			doc := string(doc0)
			for _, e := range tc.edits {
				if !strings.Contains(doc, e.old) {
					t.Fatalf("%q not in the document", e.old)
				}
				doc = strings.Replace(doc, e.old, e.new, 1)
			}
			var buf bytes.Buffer
			if err := pkg0.Write(&buf, map[string][]byte{"word/document.xml": []byte(doc)}); err != nil {
				t.Fatal(err)
			}
			pkg, err := opc.Open(bytes.NewReader(buf.Bytes()), int64(buf.Len()), opc.DefaultLimits)
			if err != nil {
				t.Fatal(err)
			}
			// Lint recognises a 纪要 by its mark and applies the same rules.
			for name, lint := range map[string]func(*opc.Package) ([]gbt9704.Finding, error){
				"LintMinutes": gbt9704.LintMinutes, "Lint": gbt9704.Lint} {
				fs, err := lint(pkg)
				if err != nil {
					t.Fatal(err)
				}
				found := false
				for _, f := range fs {
					found = found || f.Rule == tc.rule && f.Severity == gbt9704.Error
				}
				if !found {
					t.Errorf("%s: no %s error in %v", name, tc.rule, fs)
				}
			}
		})
	}
}

// The built-in meeting templates themselves pass the linter.
func TestMeetingTemplatesLint(t *testing.T) {
	for _, name := range []string{MeetingNotice.Template, Minutes.Template, Supervision.Template, SupervisionSummary.Template} {
		data, err := templates.Read(name)
		if err != nil {
			t.Fatal(err)
		}
		pkg, err := opc.Open(bytes.NewReader(data), int64(len(data)), opc.DefaultLimits)
		if err != nil {
			t.Fatal(err)
		}
		lint := gbt9704.Lint
		if name == Minutes.Template {
			lint = gbt9704.LintMinutes
		}
		fs, err := lint(pkg)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range fs {
			t.Errorf("%s: %s", name, f)
		}
	}
}

func TestMeetingViewsErrors(t *testing.T) {
	c := campaign(t)
	if _, err := ForMeetingNotice(c, nil, nil, nil, mday("2013-07-15"), Options{}); err == nil {
		t.Error("notice without doc or meeting: no error")
	}
	bad := model.Document{ID: "x", Kind: model.Minutes, Meeting: "nope"}
	if _, err := ForMinutes(c, &bad, nil, mday("2013-07-15"), Options{}); err == nil || !strings.Contains(err.Error(), "nope") {
		t.Errorf("minutes of an unknown meeting: %v", err)
	}
}

// A notice with attachments of its own gets the 回执 as the last one,
// numbered; the reply date falls on a working day before the meeting.
func TestMeetingNoticeAttachments(t *testing.T) {
	c := campaign(t)
	occ, err := meetings.Calendar(c, nil, meetings.Options{})
	if err != nil {
		t.Fatal(err)
	}
	o := meetings.Find(occ, "zrhy-2013-09-16")
	d := model.Document{ID: "n", Kind: model.MeetingNotice, Title: "关于召开主任会议的通知",
		Attachments: []model.Attachment{{Title: "会议议程"}}}
	v, err := ForMeetingNotice(c, &d, o, nil, mday("2013-09-09"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(v.Notes) != 2 || v.Notes[0].Number != "1." || v.Notes[1].Number != "2." || v.Notes[1].Title != "领导小组办公室主任会议参会回执" {
		t.Errorf("notes %+v", v.Notes)
	}
	if v.Appendices[0].Label != "附件1" || v.Receipt[0].Label != "附件2" {
		t.Errorf("labels %q %q", v.Appendices[0].Label, v.Receipt[0].Label)
	}
	// 9月16日 is a Monday: two working days before is Thursday 9月12日.
	if !strings.Contains(v.Receipt[0].Note, "2013年9月12日前") {
		t.Errorf("reply note %q", v.Receipt[0].Note)
	}
	// The data's notice of a meeting the calendar has in the past: five
	// working days after the notice.
	nd := c.DocumentByID("xctj-tz")
	v, err = ForMeetingNotice(c, nd, meetings.Find(occ, nd.Meeting), nil, mday("2013-07-15"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(v.Receipt[0].Note, "2013年7月19日前") {
		t.Errorf("xctj reply note %q", v.Receipt[0].Note)
	}
}

// The default data's notice of the 现场推进会 says 7月下旬 and no place:
// the notice shows where the time and the place go, first, and lists them
// as unfilled so that build says so; a notice written from the calendar
// has its day.
func TestMeetingNoticeTimePlacePrompts(t *testing.T) {
	c := campaign(t)
	occ, err := meetings.Calendar(c, nil, meetings.Options{})
	if err != nil {
		t.Fatal(err)
	}
	nd := c.DocumentByID("xctj-tz")
	v, err := ForMeetingNotice(c, nd, meetings.Find(occ, nd.Meeting), nil, mday("2013-07-15"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	var heads, texts []string
	for _, b := range v.Body {
		if b.Level == 1 {
			heads = append(heads, b.Heading)
		} else if b.Text != "" {
			texts = append(texts, b.Text)
		}
	}
	if len(heads) < 2 || heads[0] != "会议时间" || heads[1] != "会议地点" {
		t.Errorf("headings %v, want 会议时间 and 会议地点 first", heads)
	}
	for _, want := range []string{"（此处填写会议时间。）", "（此处填写会议地点。）"} {
		if !slices.Contains(texts, want) {
			t.Errorf("no %s in %v", want, texts)
		}
	}
	if got := v.Unfilled(); !slices.Equal(got, []string{"会议时间", "会议地点"}) {
		t.Errorf("unfilled %v", got)
	}
	q3 := meetings.Find(occ, "zrhy-2013-09-16")
	g, err := ForMeetingNotice(c, nil, q3, nil, mday("2013-09-09"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Unfilled()) != 0 {
		t.Errorf("a notice from the calendar leaves %v unfilled", g.Unfilled())
	}
}

// TestMeetingNoticeWordingIsTheTemplates: a 会议通知 the data writes no
// sections for takes its sentences from huiyi_tongzhi.docx, so a clerk who
// rewrites one in Word changes every such notice; the view holds only the
// meeting's facts, and the headings renumber when the meeting has no
// agenda.
func TestMeetingNoticeWordingIsTheTemplates(t *testing.T) {
	c := campaign(t)
	occ, err := meetings.Calendar(c, nil, meetings.Options{})
	if err != nil {
		t.Fatal(err)
	}
	q3 := meetings.Find(occ, "zrhy-2013-09-16")
	if q3 == nil {
		t.Fatal("no 主任会议 on 2013-09-16")
	}
	v, err := ForMeetingNotice(c, nil, q3, nil, mday("2013-09-09"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(v.Body) != 0 || len(v.Meeting) != 1 {
		t.Fatalf("the notice's wording is built in Go: Body %v, Meeting %v", v.Body, v.Meeting)
	}
	src, err := templates.Read(MeetingNotice.Template)
	if err != nil {
		t.Fatal(err)
	}
	parts, err := docxtest.Unzip(src)
	if err != nil {
		t.Fatal(err)
	}
	doc := parts["word/document.xml"]
	edits := []struct{ from, to string }{
		{"经研究，定于", "经领导小组同意，定于"},
		{"请参会人员准时出席。", "请参会人员提前10分钟到场。"},
		{"请于{{.ReplyBy}}前报", "请务必于{{.ReplyBy}}前报"},
	}
	for _, e := range edits {
		if !bytes.Contains(doc, []byte(e.from)) {
			t.Fatalf("%s does not say %q", MeetingNotice.Template, e.from)
		}
		doc = bytes.Replace(doc, []byte(e.from), []byte(e.to), 1)
	}
	pkg, err := opc.Open(bytes.NewReader(src), int64(len(src)), opc.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	var edited bytes.Buffer
	if err := pkg.Write(&edited, map[string][]byte{"word/document.xml": doc}); err != nil {
		t.Fatal(err)
	}
	text := func(tpl []byte, v *MeetingNoticeView) string {
		t.Helper()
		parts, err := docxtest.Unzip(renderTemplate(t, MeetingNotice.Template, tpl, viewOf(c, v)))
		if err != nil {
			t.Fatal(err)
		}
		body, err := docxtest.Read(parts["word/document.xml"])
		if err != nil {
			t.Fatal(err)
		}
		return strings.Join(body.Paras, "\n")
	}
	// A telephone number's hyphen is held by word joiners.
	got := strings.ReplaceAll(text(edited.Bytes(), v), "\u2060", "")
	for _, want := range []string{
		"经领导小组同意，定于2013年9月16日召开领导小组办公室主任会议。现将有关事项通知如下：",
		"请参会人员提前10分钟到场。",
		"请务必于2013年9月12日前报综合组（电话：027-87231068）。",
		"（一）请参会单位于2013年9月12日前将参会回执（见附件）报综合组。",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("the edited template's notice lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "经研究") || strings.Contains(got, "准时出席") {
		t.Errorf("the notice kept the old wording:\n%s", got)
	}

	// Without agenda, place or contact: 有关要求 is 四, 另行通知 stands for the place.
	bare := *q3
	bare.Agenda, bare.Place = nil, ""
	c2 := *c
	c2.Profile.Contact.Name, c2.Profile.Contact.Phone = "", ""
	v, err = ForMeetingNotice(&c2, nil, &bare, nil, mday("2013-09-09"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	got = text(src, v)
	for _, want := range []string{"二、会议地点\n另行通知。", "三、参会人员\n综合组、宣传组、督导组负责同志。\n四、有关要求", "会上按议程汇报。\n（三）请参会人员准时出席。确因特殊情况不能参会的，请在回执中注明并说明原因。\n特此通知。"} {
		if !strings.Contains(got, want) {
			t.Errorf("the notice without agenda lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "会议议程\n") || strings.Contains(got, "联系人及电话") {
		t.Errorf("the notice shows an empty agenda or contact:\n%s", got)
	}
}
