package docdata

import (
	"strings"
	"testing"
	"time"

	"gongwen/internal/model"
)

// 嘉鱼 2021 brackets a task's units in [ ] when they hold a （） of their
// own — 「（一）地区生产总值增长11%。[牵头单位：县发改局（粮食局）；责任单位：…]」
// — and in （） otherwise (QA s11 finding 12): division.outer_bracket.
func TestDivisionOuterBracket(t *testing.T) {
	c := programme(false)
	c.Units[0].Name = "县发改局（粮食局）"
	c.Division = model.DivisionLayout{Numbering: []string{"一、", "（一）"}, TaskNumber: "1.", Inline: true, Outer: "[]"}
	if errs := c.Check(); len(errs) > 0 {
		t.Fatal(errs)
	}
	got := viewText(ForDivision(c, time.Date(2021, 3, 1, 0, 0, 0, 0, time.UTC)))
	for _, w := range []string{
		"1.地区生产总值增长6%左右。[牵头单位：县发改局（粮食局）；责任单位：各街道、区财政局；完成时限：每季度最后一个月25日前]\n",
		"1.推进重大项目建设。（责任单位：各街道；完成时限：6月底前）\n",
	} {
		if !strings.Contains(got, w) {
			t.Errorf("no %q in\n%s", w, got)
		}
	}
	// Without outer_bracket: brackets in brackets, as before.
	c.Division.Outer = ""
	if got := viewText(ForDivision(c, time.Date(2021, 3, 1, 0, 0, 0, 0, time.UTC))); !strings.Contains(got, "（牵头单位：县发改局（粮食局）；") {
		t.Errorf("default changed:\n%s", got)
	}
	c.Division.Outer = "<>"
	if errs := c.Check(); len(errs) == 0 || !strings.Contains(errs[0].String(), "division.outer_bracket") {
		t.Errorf("outer_bracket “<>” accepted: %v", errs)
	}
	// An attachment's own layout keeps what it writes of these.
	over := model.DivisionLayout{}.Over(model.DivisionLayout{Outer: "[]", Lines: model.ListLines{Units: model.LineStyle{Form: model.LineSentence, Verb: "按职责分工负责", End: "。"}}})
	if over.Outer != "[]" || over.Lines.Units.Verb != "按职责分工负责" || over.Lines.Units.End != "。" {
		t.Errorf("Over dropped outer_bracket, verb or end: %+v", over)
	}
}
