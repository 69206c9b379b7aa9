package docdata

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"gongwen/internal/gbt9704"
	"gongwen/internal/load"
	"gongwen/internal/model"
	"gongwen/internal/opc"
)

func campaign(t *testing.T) *model.Campaign {
	t.Helper()
	c, _, err := load.File(filepath.Join("..", "..", "data", "xuechuang.yaml"))
	if err != nil {
		t.Fatalf("load default data: %v", err)
	}
	return c
}

// quzhengfu is the ordinary district programme of data/examples, the one
// the tests hold beside the campaign.
func quzhengfu(t *testing.T) *model.Campaign {
	t.Helper()
	c, _, err := load.File(filepath.Join("..", "..", "data", "examples", "quzhengfu", "renwu.yaml"))
	if err != nil {
		t.Fatalf("load quzhengfu: %v", err)
	}
	return c
}

// normalise folds the punctuation the scraped seed has in half width, and
// drops spaces, so only wording is compared.
func normalise(s string) string {
	s = strings.NewReplacer(",", "，", "(", "（", ")", "）", ":", "：", ";", "；", " ", "", "\u3000", "").Replace(s)
	return strings.TrimSpace(s)
}

// SeedLines is the seed plan without its two broken last lines.
func seedLines(t *testing.T) []string {
	t.Helper()
	files, _ := filepath.Glob("/work/shared/seed/000_*.txt")
	if len(files) == 0 {
		files, _ = filepath.Glob(filepath.Join("..", "..", "data", "testdata", "seed*.txt"))
	}
	if len(files) == 0 {
		t.Skip("seed plan not found")
	}
	b, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimRight(string(b), "\n"), "\n")
	return lines[:len(lines)-2]
}

// PlanLines is the work plan as lines of text: title lines, then one line
// per body paragraph.
func planLines(v *View) []string {
	out := append([]string{}, v.TitleLines...)
	for _, b := range v.Body {
		out = append(out, b.Number+b.Heading+b.Text)
	}
	return out
}

func TestPlanEqualsSeed(t *testing.T) {
	c := campaign(t)
	v := forPlanT(c, time.Date(2013, 2, 20, 0, 0, 0, 0, time.UTC), Options{})
	got, want := planLines(viewOf(c, v)), seedLines(t)
	for i := 0; i < max(len(got), len(want)); i++ {
		var g, w string
		if i < len(got) {
			g = got[i]
		}
		if i < len(want) {
			w = want[i]
		}
		if normalise(g) != normalise(w) {
			t.Errorf("line %d:\n got %s\nwant %s", i+1, g, w)
		}
	}
}

func TestHeadingNumbers(t *testing.T) {
	secs := []model.Section{
		{Heading: "总体要求", Paragraphs: []string{"段落一"}, Sections: []model.Section{
			{Heading: "指导思想", Sections: []model.Section{
				{Heading: "明确职责", Paragraphs: []string{"按照分工。"}, Sections: []model.Section{{Heading: "加强领导", Paragraphs: []string{"高度重视。"}}}},
				{Paragraphs: []string{"第二项。"}},
			}},
		}},
		{Heading: "工作要求"},
	}
	got := sectionBlocks(secs, 1, sectionStyle{level3: "."})
	want := []Block{
		{Level: 1, Number: "一、", Heading: "总体要求"},
		{Text: "段落一"},
		{Level: 2, Number: "（一）", Heading: "指导思想"},
		{Level: 3, Number: "1.", Heading: "明确职责。", Text: "按照分工。"},
		{Level: 4, Number: "（1）", Heading: "加强领导。", Text: "高度重视。"},
		{Number: "2.", Text: "第二项。"}, // no heading: body text that begins with its number
		{Level: 1, Number: "二、", Heading: "工作要求"},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d blocks %+v", len(got), got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("block %d: got %+v want %+v", i, got[i], want[i])
		}
	}
}

// A document may number its sections 一、→1. and choose not to end a
// run-in heading with 。; a heading ending in punctuation gets none added.
func TestChosenNumbering(t *testing.T) {
	secs := []model.Section{
		{Heading: "主要目标", Sections: []model.Section{
			{Heading: "稳增长", Paragraphs: []string{"地区生产总值增长6%左右。"}},
			{Heading: "为什么要稳？", Paragraphs: []string{"因为……"}},
		}},
		{Heading: "保障措施", Paragraphs: []string{"加强领导。"}},
	}
	for _, tc := range []struct {
		doc  model.Document
		want []Block
	}{
		{model.Document{Numbering: []string{"一、", "1."}}, []Block{
			{Level: 1, Number: "一、", Heading: "主要目标"},
			{Level: 3, Number: "1.", Heading: "稳增长。", Text: "地区生产总值增长6%左右。"},
			{Level: 3, Number: "2.", Heading: "为什么要稳？", Text: "因为……"},
			{Level: 1, Number: "二、", Heading: "保障措施"},
			{Text: "加强领导。"},
		}},
		{model.Document{Numbering: []string{"一、", "1."}, HeadingEnd: "无"}, []Block{
			{Level: 1, Number: "一、", Heading: "主要目标"},
			{Level: 3, Number: "1.", Heading: "稳增长", Text: "地区生产总值增长6%左右。"},
			{Level: 3, Number: "2.", Heading: "为什么要稳？", Text: "因为……"},
			{Level: 1, Number: "二、", Heading: "保障措施"},
			{Text: "加强领导。"},
		}},
		{model.Document{HeadingEnd: "无"}, []Block{
			{Level: 1, Number: "一、", Heading: "主要目标"},
			{Level: 2, Number: "（一）", Heading: "稳增长"},
			{Text: "地区生产总值增长6%左右。"},
			{Level: 2, Number: "（二）", Heading: "为什么要稳？"},
			{Text: "因为……"},
			{Level: 1, Number: "二、", Heading: "保障措施"},
			{Text: "加强领导。"},
		}},
	} {
		got := sectionBlocks(secs, 1, docStyle(&tc.doc, "."))
		if fmt.Sprint(got) != fmt.Sprint(tc.want) {
			t.Errorf("numbering %v end %q:\n got %+v\nwant %+v", tc.doc.Numbering, tc.doc.HeadingEnd, got, tc.want)
		}
	}
}

func TestCnum(t *testing.T) {
	for n, want := range map[int]string{1: "一", 10: "十", 11: "十一", 20: "二十", 23: "二十三", 99: "九十九"} {
		if got := cnum(n); got != want {
			t.Errorf("cnum(%d) = %s, want %s", n, got, want)
		}
	}
}

func TestTitleLines(t *testing.T) {
	tests := []struct {
		title string
		max   int
		want  []string
	}{
		{"关于开展工作的通知", 20, []string{"关于开展工作的通知"}},
		{"中共湖北省委办公厅关于成立省委“学习贯彻十八大、争创发展新业绩”主题实践活动领导小组的通知", 20, nil},
		// A line of 20 characters holding 2023 wraps its 年 in Word and
		// LibreOffice (the space between Chinese and Latin text): half a
		// character is kept free on a line with digits.
		{"立山区人民政府关于印发《立山区政府2023年重点工作任务分解和责任分工方案》的通知", 20, nil},
	}
	for _, tt := range tests {
		got := TitleLines(tt.title, tt.max)
		if strings.Join(got, "") != tt.title {
			t.Errorf("%s: lines %q lose text", tt.title, got)
		}
		for _, l := range got {
			if n := (width(l) + 1) / 2; n > tt.max {
				t.Errorf("%s: line %q has %d > %d characters", tt.title, l, n, tt.max)
			}
			if strings.ContainsAny(l, "0123456789") && width(l) > 2*tt.max-1 {
				t.Errorf("%s: line %q with digits fills the whole line", tt.title, l)
			}
			if strings.ContainsAny(string([]rune(l)[:1]), "，。、”》）") {
				t.Errorf("%s: line %q starts with closing punctuation", tt.title, l)
			}
		}
		if tt.want != nil && strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%s: got %q want %q", tt.title, got, tt.want)
		}
		t.Logf("%q", got)
	}
}

func TestSignLayout(t *testing.T) {
	// Without a seal: the signature ends two characters from the right,
	// the date starts two characters right of the signature's start.
	lines, date := signLayout([]string{"中共湖北省委办公厅"}, "2013年2月25日", false)
	sig := strings.Count(lines[0], "\u3000")
	if sig+9+2 != 28 {
		t.Errorf("signature starts at %d, want %d", sig, 28-2-9)
	}
	if d := strings.Count(date, "\u3000"); d != sig+2 {
		t.Errorf("date starts at %d, want %d", d, sig+2)
	}
	// With a seal: the date ends four characters from the right.
	_, date = signLayout([]string{"中共湖北省委办公厅"}, "2013年2月25日", true)
	if d := strings.Count(date, "\u3000"); d+width("2013年2月25日")/2 > 24 || d+width("2013年2月25日")/2 < 23 {
		t.Errorf("sealed date line %q does not end 4 characters from the right", date)
	}
}

func TestEveryDocumentBuilds(t *testing.T) {
	c := campaign(t)
	date := time.Date(2013, 12, 31, 0, 0, 0, 0, time.UTC)
	for i := range c.Documents {
		d := &c.Documents[i]
		if d.Kind == model.BriefingDoc {
			continue
		}
		v, err := For(d.Kind, c, d, date, Options{})
		if err != nil {
			t.Errorf("%s (%s): %v", d.ID, d.Kind, err)
			continue
		}
		if len(v.TitleLines) == 0 || len(v.Body) == 0 {
			t.Errorf("%s: empty title or body", d.ID)
		}
		for _, b := range v.Body {
			if b.Level == 0 && b.Text == "" {
				t.Errorf("%s: empty paragraph", d.ID)
			}
		}
	}
	for i := range c.Briefings.Issues {
		v := forBriefingT(c, &c.Briefings.Issues[i])
		if v.Briefing == nil || len(v.Briefing.Articles) == 0 {
			t.Errorf("briefing %d: no articles", i)
		}
	}
	d := forDivisionT(c, date)
	if len(d.Division) == 0 {
		t.Error("empty division")
	}
	s := forSummaryT(c, nil, QuarterSpan(2013, 1), date, Options{})
	if s.Stats.Total == 0 {
		t.Errorf("first quarter summary: no tasks due: %+v", s.Stats)
	}
}

// FuzzTitleLines: breaking never loses or adds text, and lines stay within
// the limit unless the title is one unbreakable line.
func FuzzTitleLines(f *testing.F) {
	f.Add("关于在全省开展“学习贯彻十八大、争创发展新业绩”主题实践活动的通知", 20)
	f.Add("关于印发《省委“学习贯彻十八大、争创发展新业绩”主题实践活动责任分工》的通知", 18)
	f.Add("abc", 1)
	f.Fuzz(func(t *testing.T, title string, max int) {
		if max < 1 || max > 60 || len(title) > 400 {
			t.Skip()
		}
		lines := TitleLines(title, max)
		// Invalid UTF-8 comes back as U+FFFD, as []rune makes it; spaces
		// matter only between Latin words and may be dropped.
		noSpace := func(s string) string { return strings.Join(strings.Fields(string([]rune(s))), "") }
		if got := strings.Join(lines, ""); noSpace(got) != noSpace(title) {
			t.Fatalf("%q → %q", title, lines)
		}
		for _, l := range lines {
			if n := width(l); n > 2*max && len(lines) > 1 {
				t.Fatalf("%q: line %q is %d half characters wide, more than %d", title, l, n, 2*max)
			}
		}
	})
}

// TestMarkSize: a mark too long for one line at 30 pt gets a smaller size,
// the largest at which it fits; a joint mark is measured line by line
// against the organs' column.
func TestMarkSize(t *testing.T) {
	for _, tc := range []struct {
		mark  string
		joint []string
		want  int
	}{
		{"中共湖北省委办公厅文件", nil, 60},
		{"中共湖北省委湖北省人民政府文件", nil, 54},
		{"省委“学创”活动领导小组办公室文件", nil, 48},
		{"省委“学习贯彻”活动领导小组办公室文件", nil, 42},
		{"省委“学习贯彻十八大、争创发展新业绩”主题实践活动领导小组办公室文件", nil, 36},
		{"", []string{"中共湖北省委", "湖北省人民政府"}, 60},
		{"", []string{"中共湖北省委", "省委“学创”活动领导小组"}, 48},
	} {
		got := markSize(tc.mark, tc.joint)
		if got != tc.want {
			t.Errorf("markSize(%q, %q) = %d, want %d", tc.mark, tc.joint, got, tc.want)
		}
		// Whatever is chosen fits (bar the last resort), with room to spare.
		w := width(tc.mark)
		room := gbt9704.TypeWidth
		for _, m := range tc.joint {
			w, room = max(w, width(m)), jointMarkWidth
		}
		if got != gbt9704.MarkSizes[len(gbt9704.MarkSizes)-1] && w*got*5 > room {
			t.Errorf("%q at %d half-points is %d twips, wider than %d", tc.mark, got, w*got*5, room)
		}
	}
}

// TestLongMarkRendersSmaller: the built-in notice prints a long mark at
// its computed size, in one paragraph.
func TestLongMarkRendersSmaller(t *testing.T) {
	c := campaign(t)
	date := time.Date(2013, 7, 15, 0, 0, 0, 0, time.UTC)
	c.Profile.Organs = append(c.Profile.Organs, model.Organ{ID: "long", Name: "省委“学创”活动领导小组办公室", Mark: "省委“学创”活动领导小组办公室"})
	doc := model.Document{ID: "x", Kind: model.Notice, Title: "关于召开会议的通知", Organs: []string{"long"}, Opening: "现将有关事项通知如下。"}
	v, err := For(model.Notice, c, &doc, date, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if v.MarkSize != 48 {
		t.Fatalf("MarkSize %d, want 48", v.MarkSize)
	}
	out := render(t, "tongzhi.docx", v)
	pkg, err := opc.Open(bytes.NewReader(out), int64(len(out)), opc.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	xml, err := pkg.Read("word/document.xml")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, p := range strings.Split(string(xml), "</w:p>") {
		if strings.Contains(p, gbt9704.StyleMark) && strings.Contains(p, "领导小组办公室文件") {
			n++
			if !strings.Contains(p, `<w:sz w:val="48"/>`) {
				t.Errorf("mark paragraph without size 48: %s", p)
			}
		}
	}
	if n != 1 {
		t.Errorf("%d mark paragraphs, want 1", n)
	}

	// A joint mark: every organ line and 文件 at the joint size.
	doc.Organs = []string{"sw", "long"}
	if v, err = For(model.Notice, c, &doc, date, Options{}); err != nil {
		t.Fatal(err)
	}
	if v.MarkSize != 36 {
		t.Fatalf("joint MarkSize %d, want 36", v.MarkSize)
	}
	out = render(t, "tongzhi.docx", v)
	if pkg, err = opc.Open(bytes.NewReader(out), int64(len(out)), opc.DefaultLimits); err != nil {
		t.Fatal(err)
	}
	if xml, err = pkg.Read("word/document.xml"); err != nil {
		t.Fatal(err)
	}
	n = 0
	for _, p := range strings.Split(string(xml), "</w:p>") {
		if strings.Contains(p, gbt9704.StyleMark) {
			n++
			if !strings.Contains(p, `<w:sz w:val="36"/>`) {
				t.Errorf("joint mark paragraph without size 36: %s", p)
			}
		}
	}
	// A row per organ: 文件 in the first row's second cell, merged down
	// over the second's, whose paragraph stays empty.
	if n != 4 {
		t.Errorf("%d joint mark paragraphs, want 4 (two organs, 文件 and the cell merged into it)", n)
	}
}

// TestRealTitles: the titles of the default data's documents, attachments
// and generated summaries break between words, into balanced lines (each
// within 20 characters, none shorter than both its neighbours, the last
// not the longest).
func TestRealTitles(t *testing.T) {
	c := campaign(t)
	date := time.Date(2013, 7, 15, 0, 0, 0, 0, time.UTC)
	var titles [][]string
	for i := range c.Documents {
		d := &c.Documents[i]
		if d.Kind == model.Minutes {
			continue
		}
		v, err := For(d.Kind, c, d, date, Options{})
		if err != nil {
			t.Fatalf("%s: %v", d.ID, err)
		}
		titles = append(titles, v.TitleLines)
		for _, a := range v.Appendices {
			titles = append(titles, a.TitleLines)
		}
	}
	spans := []Span{QuarterSpan(2013, 1), QuarterSpan(2013, 2), HalfSpan(2013, 1), YearSpan(2013)}
	for m := 1; m <= 12; m++ {
		spans = append(spans, MonthSpan(2013, m))
	}
	for _, sp := range spans {
		titles = append(titles, forSummaryT(c, nil, sp, date, Options{}).TitleLines)
	}
	titles = append(titles, forDivisionT(c, date).TitleLines, forPlanT(c, date, Options{}).TitleLines)

	words := []string{"办公室", "领导小组", "领导小组办公室", "工作总结", "牵头单位", "主要职责", "责任分工",
		"主题实践活动", "实践活动", "组成人员", "内设机构", "新业绩", "十八大", "工作方案", "动员会", "推进会"}
	for _, lines := range titles {
		title := strings.Join(lines, "")
		rs := []rune(title)
		cut := 0
		for i, l := range lines[:len(lines)-1] {
			cut += len([]rune(l))
			for _, w := range words {
				n := len([]rune(w))
				for s := max(0, cut-n+1); s < cut && s+n <= len(rs); s++ {
					if string(rs[s:s+n]) == w {
						t.Errorf("%q: the break after line %d splits %s", lines, i+1, w)
					}
				}
			}
		}
		if strings.Contains(title, "““") {
			t.Errorf("%q: doubled quotes", title)
		}
		ws := make([]int, len(lines))
		for i, l := range lines {
			ws[i] = width(l)
			if ws[i] > 40 {
				t.Errorf("%q: line %q wider than 20 characters", lines, l)
			}
		}
		for i := 1; i+1 < len(ws); i++ {
			if ws[i] < ws[i-1] && ws[i] < ws[i+1] {
				t.Errorf("%q: line %d is shorter than both its neighbours (%v)", lines, i+1, ws)
			}
		}
		if n := len(ws); n > 1 && ws[n-1] > slices.Max(ws[:n-1]) {
			t.Errorf("%q: the last line is the longest (%v)", lines, ws)
		}
	}
	// The monthly summaries, as the QA pass saw them split "办公/室".
	got := forSummaryT(c, nil, MonthSpan(2013, 2), date, Options{}).TitleLines
	want := []string{"省委“学习贯彻十八大、争创发展新业绩”", "主题实践活动领导小组办公室", "2013年2月工作总结"}
	if !slices.Equal(got, want) {
		t.Errorf("February summary title %q, want %q", got, want)
	}
}

// TestPrinterFitsLine: a 印发机关 too long for the 版记 line gives way to
// its short name; one that fits stays.
func TestPrinterFitsLine(t *testing.T) {
	c := campaign(t)
	long := "省委“学习贯彻十八大、争创发展新业绩”主题实践活动领导小组办公室"
	for _, tc := range []struct{ name, want string }{
		{long, "省委“学创”活动领导小组办公室"},
		{"中共湖北省委办公厅", "中共湖北省委办公厅"},
		{"某个没有简称而且名字非常非常非常非常非常非常长的机关单位", "某个没有简称而且名字非常非常非常非常非常非常长的机关单位"},
	} {
		if got := fitPrinter(c, tc.name, "2013年12月31日印发"); got != tc.want {
			t.Errorf("fitPrinter(%q) = %q, want %q", tc.name, got, tc.want)
		}
	}
	// Every notice of the default data prints a 版记 line that fits.
	date := time.Date(2013, 7, 15, 0, 0, 0, 0, time.UTC)
	for i := range c.Documents {
		d := &c.Documents[i]
		if d.Kind == model.Minutes {
			continue
		}
		v, err := For(d.Kind, c, d, date, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if v.Printer == long {
			t.Errorf("%s: 印发机关 is the full name %s", d.ID, v.Printer)
		}
	}
	for _, md := range meetingDocs(t) {
		if md.view.Printer == long {
			t.Errorf("%s: 印发机关 is the full name %s", md.name, md.view.Printer)
		}
	}
}

// Numbered paragraphs as offices write them in notices: a section without
// a heading is body text that begins with its number; run_in puts a 一、
// heading and its text in one paragraph that does not keep with the next.
func TestNumberedParagraphs(t *testing.T) {
	tests := []struct {
		name string
		secs []model.Section
		want []Block
	}{
		{"numbered paragraphs", []model.Section{
			{Paragraphs: []string{"各责任单位要高度重视。", "并于1月15日前报送。"}},
			{Paragraphs: []string{"区绩效考评机构要纳入考核。"}},
		}, []Block{
			{Number: "一、", Text: "各责任单位要高度重视。"},
			{Text: "并于1月15日前报送。"},
			{Number: "二、", Text: "区绩效考评机构要纳入考核。"},
		}},
		{"run-in first-level headings", []model.Section{
			{Heading: "提高责任意识，科学制订办理方案。", RunIn: true, Paragraphs: []string{"各责任单位要高度重视。"}},
			{Heading: "加强沟通协作", RunIn: true, Paragraphs: []string{"各责任单位要树“一盘棋”思想。"}, Sections: []model.Section{
				{Heading: "加强调度", RunIn: true, Paragraphs: []string{"每月调度。"}},
			}},
		}, []Block{
			{Level: 1, Number: "一、", Heading: "提高责任意识，科学制订办理方案。", Text: "各责任单位要高度重视。", RunIn: true},
			{Level: 1, Number: "二、", Heading: "加强沟通协作。", Text: "各责任单位要树“一盘棋”思想。", RunIn: true},
			{Level: 2, Number: "（一）", Heading: "加强调度。", Text: "每月调度。", RunIn: true},
		}},
		{"run_in without paragraphs stands alone", []model.Section{{Heading: "工作要求", RunIn: true}},
			[]Block{{Level: 1, Number: "一、", Heading: "工作要求"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := sectionBlocks(tt.secs, 1, sectionStyle{level3: "."})
			if len(got) != len(tt.want) {
				t.Fatalf("got %d blocks %+v", len(got), got)
			}
			for i := range tt.want {
				if got[i] != tt.want[i] {
					t.Errorf("block %d: got %+v want %+v", i, got[i], tt.want[i])
				}
			}
			for _, b := range got {
				if b.Style() == "公文正文" && b.Number != "" && b.KeepNext() != false {
					t.Errorf("numbered body paragraph %q keeps with the next", b.Text)
				}
				if b.RunIn {
					if k, ok := b.KeepNext().(interface{ KeepNextOff() bool }); !ok || !k.KeepNextOff() {
						t.Errorf("run-in heading %q: KeepNext %v, want off", b.Heading, b.KeepNext())
					}
				}
			}
		})
	}
}
