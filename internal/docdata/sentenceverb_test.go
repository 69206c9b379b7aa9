package docdata

import (
	"strings"
	"testing"
	"time"

	"gongwen/internal/model"
)

// The 句 form says what the data says after the units (QA s11 finding
// 18): 咸阳 2022 brackets 「（市政府办公室、……牵头，市级各有关部门及各县市区
// 政府按职责分工负责）」, which came out 「……、各县市区政府配合」 — no verb
// but 配合 and no 及. lines.units.verb and the unit mark 及 write it.
func TestDivisionSentenceVerbs(t *testing.T) {
	date := time.Date(2022, 3, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name  string
		lines model.ListLines
		units []string // task a's units
		want  []string
		not   []string
	}{
		{name: "咸阳", units: []string{"jd", "及", "czj"},
			lines: model.ListLines{Lead: model.LineStyle{Label: "无", Form: model.LineSentence}, Units: model.LineStyle{Label: "无", Form: model.LineSentence, Verb: "按职责分工负责"}},
			want: []string{"1.地区生产总值增长6%左右。（区发展改革委牵头，各街道及区财政局按职责分工负责）",
				"1.推进重大项目建设。（各街道按职责分工负责）", "1.一个没有类别的任务。（区财政局负责）"},
			not: []string{"配合"}},
		{name: "lead verb", units: []string{"jd", "czj", "等"},
			lines: model.ListLines{Lead: model.LineStyle{Form: model.LineSentence, Verb: "负总责"}},
			want:  []string{"1.地区生产总值增长6%左右。（区发展改革委负总责，各街道、区财政局等配合）"}},
	} {
		c := programme(false)
		c.Tasks[0].Units = tc.units
		tc.lines.Period = model.LineStyle{Form: model.LineOwn}
		c.Division = model.DivisionLayout{Numbering: []string{"一、", "（一）"}, TaskNumber: "1.", Lines: tc.lines, Inline: true}
		if errs := c.Check(); len(errs) > 0 {
			t.Fatalf("%s: %v", tc.name, errs)
		}
		got := viewText(ForDivision(c, date))
		for _, w := range tc.want {
			if !strings.Contains(got, w+"\n") {
				t.Errorf("%s: no line %q in\n%s", tc.name, w, got)
			}
		}
		for _, w := range tc.not {
			if strings.Contains(got, w) {
				t.Errorf("%s: %q in\n%s", tc.name, w, got)
			}
		}
	}
}

// A verb is refused where it would print nothing: on a line that is not
// in the sentence, or with punctuation that would break it.
func TestCheckSentenceVerb(t *testing.T) {
	for _, tc := range []struct {
		lines model.ListLines
		path  string
	}{
		{model.ListLines{Units: model.LineStyle{Verb: "按职责分工负责"}}, "division.lines.units.verb"},
		{model.ListLines{Period: model.LineStyle{Verb: "完成"}, Units: model.LineStyle{Form: model.LineSentence}}, "division.lines.period.verb"},
		{model.ListLines{Units: model.LineStyle{Form: model.LineSentence, Verb: "配合，负责"}}, "division.lines.units.verb"},
	} {
		c := programme(false)
		c.Division.Lines = tc.lines
		ok := false
		var msgs []string
		for _, e := range c.Check() {
			msgs = append(msgs, e.String())
			ok = ok || e.Path == tc.path
		}
		if !ok {
			t.Errorf("%+v: want a problem at %s, got %v", tc.lines, tc.path, msgs)
		}
	}
}
