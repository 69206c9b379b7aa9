package docdata

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"gongwen/internal/model"
	"gongwen/internal/period"
)

// TestComputeStatsAsOfSpanEnd: a month's summary reports the month as it
// stood at its end, whenever it is built.
func TestComputeStatsAsOfSpanEnd(t *testing.T) {
	d := func(s string) *time.Time {
		v, _ := time.Parse(time.DateOnly, s)
		return &v
	}
	task := func(id, p, status, done string) model.Task {
		tk := model.Task{ID: id, Period: period.MustParse(p, 2013), Status: model.Status(status)}
		if done != "" {
			tk.DoneOn = d(done)
		}
		return tk
	}
	c := &model.Campaign{Year: 2013, Tasks: []model.Task{
		task("a", "2月中旬", "已销号", "2013-02-19"), // done in February, on time
		task("b", "2月上旬", "已完成", "2013-03-05"), // due in February, done late in March
		task("c", "2月下旬", "推进中", ""),           // due at February's end, still open
		task("d", "3月", "已完成", "2013-03-20"),   // not due in February
	}}
	built := time.Date(2013, 7, 15, 0, 0, 0, 0, time.UTC)

	feb := ComputeStats(c, MonthSpan(2013, 2), built)
	if feb.Total != 3 || feb.Done != 1 || feb.OnTime != 1 || feb.Overdue != 1 {
		t.Errorf("February: total %d done %d on time %d overdue %d, want 3 1 1 1",
			feb.Total, feb.Done, feb.OnTime, feb.Overdue)
	}
	q1 := ComputeStats(c, QuarterSpan(2013, 1), built)
	if q1.Total != 4 || q1.Done != 3 || q1.OnTime != 2 || q1.Overdue != 1 {
		t.Errorf("first quarter: total %d done %d on time %d overdue %d, want 4 3 2 1",
			q1.Total, q1.Done, q1.OnTime, q1.Overdue)
	}
}

// TestReportAsOfBuildDate: the 汇报 of the default data is dated
// 2013-12-20 but built on 2013-07-15; its figures and its "截至" are those
// of the build date, and so is its date: a draft dated in December that
// reports 截至7月15日 contradicts itself. The build says why (Hints).
func TestReportAsOfBuildDate(t *testing.T) {
	c := campaign(t)
	built := time.Date(2013, 7, 15, 0, 0, 0, 0, time.UTC)
	var doc *model.Document
	for i := range c.Documents {
		if c.Documents[i].Kind == model.Report {
			doc = &c.Documents[i]
		}
	}
	if doc == nil || doc.Date == nil || !doc.Date.After(built) {
		t.Fatal("the default data has no report dated after 2013-07-15")
	}
	v, err := For(model.Report, c, doc, built, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if v.Date != "2013年7月15日" {
		t.Errorf("成文日期 %s, want the build date 2013年7月15日", v.Date)
	}
	rv := ForReport(c, doc, built, Options{})
	if want := "成文日期2013年12月20日未到，本稿按2013年7月15日的情况写成，落款日期为2013年7月15日；到成文日期再生成即按当日情况写成"; !slices.Equal(rv.notes, []string{want}) {
		t.Errorf("hints %q, want %q", rv.notes, want)
	}
	// Built on or after its date, it is the data's date.
	if v := ForReport(c, doc, day(2013, 12, 31), Options{}); v.Date != "2013年12月20日" || len(v.notes) > 0 {
		t.Errorf("built 12-31: dated %s, hints %q; want 2013年12月20日 and none", v.Date, v.notes)
	}
	want := ComputeStats(c, Span{Name: "2013年", Start: day(2013, 1, 1), End: built}, built)
	if *v.Stats != *want {
		t.Errorf("stats %+v, want those of the build date %+v", *v.Stats, *want)
	}
	var text strings.Builder
	for _, b := range v.Body {
		text.WriteString(b.Heading + b.Text + "\n")
	}
	if !strings.Contains(text.String(), "截至2013年7月15日，") {
		t.Errorf("the report does not count as of 2013年7月15日:\n%s", text.String())
	}
	// Nothing due after the build date is overdue, nothing finished after
	// it is listed as done.
	for _, tk := range c.Tasks {
		if tk.Period.End.After(built) && strings.Contains(text.String(), tk.Title+"目前尚未完成") && tk.Title != "" {
			t.Errorf("task %s (due %s) reported as overdue", tk.ID, tk.Period.End.Format(time.DateOnly))
		}
	}
	if v.Stats.Overdue >= v.Stats.Total || v.Stats.Total == 0 {
		t.Errorf("implausible stats %+v", *v.Stats)
	}
}

// TestGeneratedSentencesEnd: every paragraph of the generated summaries
// and the report ends a sentence (。！？ or ： before a list), a task's
// short name never stands alone as a paragraph, and "目前尚未完成" follows
// a comma.
func TestGeneratedSentencesEnd(t *testing.T) {
	c := campaign(t)
	built := time.Date(2013, 7, 15, 0, 0, 0, 0, time.UTC)
	views := map[string]*View{}
	for m := 1; m <= 12; m++ {
		views[MonthSpan(2013, m).Name] = forSummaryT(c, nil, MonthSpan(2013, m), built, Options{})
	}
	for _, sp := range []Span{QuarterSpan(2013, 1), QuarterSpan(2013, 2), HalfSpan(2013, 1), YearSpan(2013)} {
		views[sp.Name] = forSummaryT(c, nil, sp, built, Options{})
		views[sp.Name+"（年底生成）"] = forSummaryT(c, nil, sp, day(2013, 12, 31), Options{})
	}
	for i := range c.Documents {
		if d := &c.Documents[i]; d.Kind == model.Report || d.Kind == model.Summary {
			v, err := For(d.Kind, c, d, built, Options{})
			if err != nil {
				t.Fatal(err)
			}
			views[d.ID] = v
		}
	}
	titles := map[string]bool{}
	for _, tk := range c.Tasks {
		titles[tk.Title] = true
		titles[tk.Title+"。"] = true
	}
	for name, v := range views {
		for _, b := range v.Body {
			text := b.Text
			if text == "" {
				continue
			}
			if !endsFull(text) {
				t.Errorf("%s: paragraph does not end a sentence: %s", name, text)
			}
			if titles[text] {
				t.Errorf("%s: a task's short name stands alone: %s", name, text)
			}
			if i := strings.Index(text, "目前尚未完成"); i > 0 && !strings.HasSuffix(text[:i], "，") {
				t.Errorf("%s: no comma before 目前尚未完成: %s", name, text)
			}
			if strings.Contains(text, "。，") || strings.Contains(text, "。；") || strings.Contains(text, "。、") {
				t.Errorf("%s: doubled punctuation: %s", name, text)
			}
		}
	}
}

func endsFull(s string) bool {
	s = strings.TrimRight(s, "”’）》")
	for _, end := range []string{"。", "！", "？", "："} {
		if strings.HasSuffix(s, end) {
			return true
		}
	}
	return false
}

func TestSentence(t *testing.T) {
	for in, want := range map[string]string{
		"开展重点项目督查":     "开展重点项目督查。",
		"研究解决问题，":      "研究解决问题。",
		"召开会议。":        "召开会议。",
		"按照“简报要简”的要求。": "按照“简报要简”的要求。",
		"提出“要简”":       "提出“要简”。",
		"他说：“好。”":      "他说：“好。”",
		"  ":           "",
	} {
		if got := sentence(in); got != want {
			t.Errorf("sentence(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestPlaceholders: a summary or report section nothing in the data fills
// gets the drafter's prompt, and the view names its heading so the build
// can warn; the generated year summary has none.
func TestPlaceholders(t *testing.T) {
	c := campaign(t)
	built := time.Date(2013, 7, 15, 0, 0, 0, 0, time.UTC)
	doc := &model.Document{ID: "zj", Kind: model.Summary, Title: "工作总结",
		Sections: []model.Section{{Heading: "主要成效"}, {Heading: "经验体会"}, {Heading: "下一步打算"}}}
	v := forSummaryT(c, doc, HalfSpan(2013, 1), built, Options{})
	if !slices.Equal(v.Placeholders, []string{"经验体会"}) {
		t.Errorf("Placeholders %q, want [经验体会]", v.Placeholders)
	}
	found := false
	for _, b := range v.Body {
		found = found || b.Text == Placeholder("经验体会")
	}
	if !found {
		t.Errorf("the body lacks the prompt %s", Placeholder("经验体会"))
	}
	rep := &model.Document{ID: "hb", Kind: model.Report, Title: "汇报",
		Sections: []model.Section{{Heading: "工作进展"}, {Heading: "几点体会"}}}
	rv, err := For(model.Report, c, rep, built, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(rv.Placeholders, []string{"几点体会"}) {
		t.Errorf("report Placeholders %q, want [几点体会]", rv.Placeholders)
	}
	for i := range c.Documents {
		if d := &c.Documents[i]; d.Kind == model.Report || d.Kind == model.Summary {
			v, err := For(d.Kind, c, d, built, Options{})
			if err != nil {
				t.Fatal(err)
			}
			// Placeholders names exactly the sections holding a prompt.
			var prompts []string
			for i, b := range v.Body {
				if i > 0 && strings.HasPrefix(b.Text, "（此处填写") && v.Body[i-1].Heading != "" {
					prompts = append(prompts, v.Body[i-1].Heading)
				}
			}
			if !slices.Equal(prompts, v.Placeholders) {
				t.Errorf("%s: Placeholders %q, body prompts under %q", d.ID, v.Placeholders, prompts)
			}
			t.Logf("%s: placeholders %q", d.ID, v.Placeholders)
		}
	}
	if v := forSummaryT(c, nil, YearSpan(2013), built, Options{}); len(v.Placeholders) > 0 {
		t.Errorf("generated year summary: placeholders %q", v.Placeholders)
	}
}

// TestFiguresOmitZeroCounts: a month without meetings or briefings does
// not report "召开各类会议0次".
func TestFiguresOmitZeroCounts(t *testing.T) {
	c := campaign(t)
	built := time.Date(2013, 7, 15, 0, 0, 0, 0, time.UTC)
	feb := forSummaryT(c, nil, MonthSpan(2013, 2), built, Options{})
	mar := forSummaryT(c, nil, MonthSpan(2013, 3), built, Options{})
	text := func(v *View) string {
		var b strings.Builder
		for _, blk := range v.Body {
			b.WriteString(blk.Text + "\n")
		}
		return b.String()
	}
	if feb.Stats.Meetings == 0 && strings.Contains(text(feb), "会议0次") || feb.Stats.Briefings == 0 && strings.Contains(text(feb), "简报0期") {
		t.Errorf("February reports zero counts:\n%s", text(feb))
	}
	if mar.Stats.Meetings > 0 && !strings.Contains(text(mar), fmt.Sprintf("召开各类会议%d次", mar.Stats.Meetings)) {
		t.Errorf("March lacks its meetings:\n%s", text(mar))
	}
}

// TestSummaryOfUnfinishedSpan: a year summary built in July counts as
// "到期" only the tasks due by the build date, like the report; one dated
// before the build date counts as of its date.
func TestSummaryOfUnfinishedSpan(t *testing.T) {
	c := campaign(t)
	built := time.Date(2013, 7, 15, 0, 0, 0, 0, time.UTC)
	v := forSummaryT(c, nil, YearSpan(2013), built, Options{})
	want := ComputeStats(c, Span{Name: "2013年", Start: day(2013, 1, 1), End: built}, built)
	if *v.Stats != *want {
		t.Errorf("year summary stats %+v, want %+v", *v.Stats, *want)
	}
	if v.Date != "2013年7月15日" {
		t.Errorf("year summary dated %s", v.Date)
	}
	dated := day(2013, 5, 31)
	doc := &model.Document{ID: "zj", Kind: model.Summary, Date: &dated}
	v = forSummaryT(c, doc, HalfSpan(2013, 1), built, Options{})
	want = ComputeStats(c, Span{Name: "2013年上半年", Start: day(2013, 1, 1), End: dated}, dated)
	if *v.Stats != *want || v.Date != "2013年5月31日" {
		t.Errorf("summary dated 2013-05-31: stats %+v dated %s, want %+v", *v.Stats, v.Date, *want)
	}
	for _, b := range v.Body {
		if strings.HasPrefix(b.Text, "截至") && !strings.HasPrefix(b.Text, "截至2013年5月31日，") {
			t.Errorf("figures not as of the 成文日期: %s", b.Text)
		}
	}
}
