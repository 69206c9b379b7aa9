package docdata

import (
	"strings"
	"testing"
	"time"

	"gongwen/internal/model"
)

// The list's lines as offices write them (division.lines): labels of
// their own (广东's 分管省领导, 协办单位), the units as one sentence with a
// label (「部门分工：省发展改革委牵头，各地、各部门配合。」), bare units in
// brackets after the task (宁波's 「（市发改委）」); the default stays the
// labelled lines.
func TestDivisionListLines(t *testing.T) {
	date := time.Date(2023, 2, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name   string
		lines  model.ListLines
		inline bool
		want   []string // lines of the view, in order
		not    []string
	}{
		{name: "default", want: []string{"1.地区生产总值增长6%左右。", "牵头单位：区发展改革委", "责任单位：各街道、区财政局", "完成时限：每季度最后一个月25日前"}},
		{name: "labels", lines: model.ListLines{Leaders: model.LineStyle{Label: "分管省领导"}, Units: model.LineStyle{Label: "协办单位"}},
			want: []string{"1.地区生产总值增长6%左右。", "分管省领导：张三", "牵头单位：区发展改革委", "协办单位：各街道、区财政局"},
			not:  []string{"责任单位：", "责任领导："}},
		{name: "sentence", lines: model.ListLines{Lead: model.LineStyle{Label: "部门分工", Form: model.LineSentence}},
			want: []string{"1.一个没有类别的任务。", "部门分工：区财政局负责。", "1.地区生产总值增长6%左右。", "部门分工：区发展改革委牵头，各街道、区财政局配合。",
				"完成时限：每季度最后一个月25日前", "1.推进重大项目建设。", "部门分工：各街道负责。"},
			not: []string{"牵头单位：", "责任单位："}},
		{name: "bare brackets", lines: model.ListLines{Lead: model.LineStyle{Label: "无", Form: model.LineBracket}, Units: model.LineStyle{Label: "无", Form: model.LineBracket}},
			want: []string{"1.一个没有类别的任务。（区财政局）", "1.推进重大项目建设。（各街道）", "完成时限：6月底前"},
			not:  []string{"牵头单位", "责任单位"}},
		{name: "inline sentence", inline: true, lines: model.ListLines{Units: model.LineStyle{Form: model.LineSentence}, Period: model.LineStyle{Form: model.LineOwn}},
			want: []string{"1.地区生产总值增长6%左右。（责任领导：张三；区发展改革委牵头，各街道、区财政局配合）", "完成时限：每季度最后一个月25日前"}},
		{name: "inline default", inline: true,
			want: []string{"1.地区生产总值增长6%左右。（责任领导：张三；牵头单位：区发展改革委；责任单位：各街道、区财政局；完成时限：每季度最后一个月25日前）"}},
	} {
		c := programme(false)
		c.Tasks[0].Leaders = []string{"张三"}
		c.Division = model.DivisionLayout{Numbering: []string{"一、", "（一）"}, TaskNumber: "1.", Lines: tc.lines, Inline: tc.inline}
		if errs := c.Check(); len(errs) > 0 {
			t.Fatalf("%s: %v", tc.name, errs)
		}
		got := viewText(ForDivision(c, date))
		at := 0
		for _, w := range tc.want {
			i := strings.Index(got[at:], w+"\n")
			if i < 0 {
				t.Errorf("%s: no line %q (in order) in\n%s", tc.name, w, got)
				break
			}
			at += i + len(w)
		}
		for _, w := range tc.not {
			if strings.Contains(got, w) {
				t.Errorf("%s: %q in\n%s", tc.name, w, got)
			}
		}
		// Nothing of the task dropped whatever the style.
		for _, s := range []string{"张三", "区发展改革委", "各街道", "区财政局", "6月底前"} {
			if !strings.Contains(got, s) {
				t.Errorf("%s: %q dropped from\n%s", tc.name, s, got)
			}
		}
	}
}

// validate refuses what cannot be written: an unknown form, 句 for a line
// other than the units, the lead and units set apart while one says 句, a
// label with its colon.
func TestCheckListLines(t *testing.T) {
	for _, tc := range []struct {
		lines model.ListLines
		want  string
	}{
		{model.ListLines{Units: model.LineStyle{Form: "段"}}, "division.lines.units.form"},
		{model.ListLines{Period: model.LineStyle{Form: model.LineSentence}}, "只用于牵头单位和责任单位"},
		{model.ListLines{Lead: model.LineStyle{Form: model.LineSentence}, Units: model.LineStyle{Form: model.LineBracket}}, "已合为一句"},
		{model.ListLines{Lead: model.LineStyle{Form: model.LineSentence, Label: "部门分工"}, Units: model.LineStyle{Label: "配合"}}, "只有一个标签"},
		{model.ListLines{Leaders: model.LineStyle{Label: "分管省领导："}}, "不用写冒号"},
	} {
		c := programme(false)
		c.Division.Lines = tc.lines
		var msgs []string
		for _, e := range c.Check() {
			msgs = append(msgs, e.String())
		}
		if !strings.Contains(strings.Join(msgs, "\n"), tc.want) {
			t.Errorf("%+v: want %q in %v", tc.lines, tc.want, msgs)
		}
	}
	c := programme(false)
	c.Division.Lines = model.ListLines{Lead: model.LineStyle{Form: model.LineSentence, Label: "部门分工"}, Leaders: model.LineStyle{Label: "无", Form: model.LineBracket}}
	if errs := c.Check(); len(errs) > 0 {
		t.Errorf("good lines refused: %v", errs)
	}
}

// Brackets close the task's last paragraph — after its text, where 宁波
// prints 「（市发改委）」 — and division.text_run_in runs the text on after
// the title in one paragraph (芜湖: 「1.加强思想理论武装。坚持……（责任科室：组干科）」).
func TestDivisionListTextAndBrackets(t *testing.T) {
	date := time.Date(2023, 2, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		runIn bool
		want  []string
	}{
		{false, []string{"1.推进重大项目建设。", "全年完成投资100亿元。（责任科室：各街道）", "完成时限：6月底前"}},
		{true, []string{"1.推进重大项目建设。全年完成投资100亿元。（责任科室：各街道）", "完成时限：6月底前"}},
	} {
		c := programme(false)
		c.Tasks[1].Text = "全年完成投资100亿元。"
		c.Division = model.DivisionLayout{Numbering: []string{"一、", "（一）"}, TaskNumber: "1.", TextRunIn: tc.runIn,
			Lines: model.ListLines{Units: model.LineStyle{Label: "责任科室", Form: model.LineBracket}}}
		got := viewText(ForDivision(c, date))
		if !strings.Contains(got, strings.Join(tc.want, "\n")+"\n") {
			t.Errorf("run in %v: want\n%s\nin\n%s", tc.runIn, strings.Join(tc.want, "\n"), got)
		}
	}
}
