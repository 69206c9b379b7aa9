package docdata

import (
	"strings"
	"testing"
	"time"

	"gongwen/internal/model"
)

// 安徽 2025's 工作要点 labels the first task's units 「责任处室、单位（按处室、
// 单位顺序排列，下同）：……。」 and every later one 「责任处室、单位：……。」
// (QA s11 finding 19): a label's 「（……下同）」 is printed once, and
// lines.units.end closes the line with 「。」.
func TestDivisionListLabelOnce(t *testing.T) {
	c := programme(false)
	c.Division = model.DivisionLayout{Numbering: []string{"一、", "（一）"}, TaskNumber: "1、",
		Lines: model.ListLines{Units: model.LineStyle{Label: "责任处室、单位（按处室、单位顺序排列，下同）", End: "。"}}}
	if errs := c.Check(); len(errs) > 0 {
		t.Fatal(errs)
	}
	got := viewText(ForDivision(c, time.Date(2025, 4, 1, 0, 0, 0, 0, time.UTC)))
	want := []string{"责任处室、单位（按处室、单位顺序排列，下同）：各街道、区财政局。", "责任处室、单位：各街道。"}
	at := 0
	for _, w := range want {
		i := strings.Index(got[at:], w+"\n")
		if i < 0 {
			t.Fatalf("no line %q (in order) in\n%s", w, got)
		}
		at += i + len(w)
	}
	if n := strings.Count(got, "下同"); n != 1 {
		t.Errorf("「下同」 printed %d times, want once:\n%s", n, got)
	}
	// The lead's line keeps its default label and no 「。」.
	if !strings.Contains(got, "牵头单位：区发展改革委\n") {
		t.Errorf("lead line changed:\n%s", got)
	}
	c.Division.Lines.Units.End = "；"
	if errs := c.Check(); len(errs) == 0 || !strings.Contains(errs[0].String(), "division.lines.units.end") {
		t.Errorf("end “；” accepted: %v", errs)
	}
}
