package docdata

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"gongwen/internal/gbt9704"
	"gongwen/internal/model"
	"gongwen/internal/opc"
	"gongwen/internal/period"
	"gongwen/templates"
)

// The division table's columns are sized from what they hold: 序号 as wide
// as its widest number, 完成时限 as its widest date (broken after the year
// at most), the unit columns no wider than their longest name, the task
// column the widest, all together the type area.
func TestDivisionColumnWidths(t *testing.T) {
	heads := DivisionCells{Group: []string{"类别"}, No: []string{"序号"}, Task: []string{"工作任务"},
		Units: []string{"责任科室"}, Due: []string{"完成时限"}, Notes: []string{"备注"}}
	row := func(no, task, units, due string) DivisionRow {
		return DivisionRow{Cells: DivisionCells{Group: []string{"稳住外贸外资基本盘"}, No: []string{no}, Task: []string{task},
			Units: []string{units}, Due: []string{due}, Notes: []string{""}}}
	}
	rows := []DivisionRow{
		row("1", "外贸进出口总额增长5%", "对外贸易科，各县（市、区）商务主管部门", "2024年6月30日前"),
		row("12", "建设跨境电商产业园，引进跨境电商企业20家", "电子商务和信息化科", "9月30日前"),
	}
	for _, total := range []int{gbt9704.TypeWidth, LandscapeTypeWidth} {
		w := DivisionColumnWidths(rows, heads, total)
		sum := 0
		for _, x := range w {
			sum += x
		}
		if sum != total {
			t.Errorf("width %d: columns %v sum to %d", total, w, sum)
		}
		if w[3] != 0 {
			t.Errorf("the 牵头单位 column is not chosen but has %d", w[3])
		}
		// A date may break after its year only (2024年 / 6月30日前).
		if need := textWidth("6月30日前") + tableMargin; w[5] < need {
			t.Errorf("width %d: 完成时限 %d < %d: the date wraps", total, w[5], need)
		}
		for i, x := range w {
			if i != 2 && x > w[2] {
				t.Errorf("width %d: column %d (%d) wider than the task column %v", total, i, x, w)
			}
		}
		if need := textWidth("序号") + tableMargin; w[1] < need {
			t.Errorf("width %d: 序号 %d < %d", total, w[1], need)
		}
		if total == LandscapeTypeWidth && w[4] < textWidth("电子商务和信息化科")+tableMargin {
			t.Errorf("landscape: the unit column %d does not hold 电子商务和信息化科", w[4])
		}
	}
}

// DivisionWidths rewrites the grid of the built-in templates' division
// table for the data, and turns the pages of the 责任分工 document when the
// data chooses 横向; a list layout leaves the template as it is.
func TestDivisionWidths(t *testing.T) {
	tpl, err := templates.Read("fengong.docx")
	if err != nil {
		t.Fatal(err)
	}
	c := &model.Campaign{Name: "某局2024年工作要点任务分工", Year: 2024,
		Units: []model.Unit{{ID: "zhk", Name: "综合规划科"}},
		Tasks: []model.Task{{ID: "a", Title: "报送落实情况", Units: []string{"zhk"}, Period: period.MustParse("2024年6月30日前", 2024)}},
		Division: model.DivisionLayout{Layout: model.LayoutTable, Columns: []string{"序号", "工作任务", "责任科室", "完成时限"},
			Orientation: model.OrientationLandscape}}
	grid := regexp.MustCompile(`<w:gridCol w:w="(\d+)"/>`)
	docOf := func(b []byte) string {
		pkg, err := opc.Open(bytes.NewReader(b), int64(len(b)), opc.DefaultLimits)
		if err != nil {
			t.Fatal(err)
		}
		d, err := pkg.Read("word/document.xml")
		if err != nil {
			t.Fatal(err)
		}
		return string(d)
	}
	before := docOf(tpl)
	out, err := DivisionWidths(tpl, c, true)
	if err != nil {
		t.Fatal(err)
	}
	after := docOf(out)
	rows := divisionRows(c)
	heads := divisionHeads(c)
	fillCells(c, rows, heads)
	w := DivisionColumnWidths(rows, heads, LandscapeTypeWidth)
	var got []string
	for _, m := range grid.FindAllStringSubmatch(after, -1) {
		got = append(got, m[1])
	}
	if got[5] == grid.FindAllStringSubmatch(before, -1)[5][1] || got[5] != itoa(w[5]) || got[1] != itoa(w[1]) {
		t.Errorf("grid %v, want the chosen columns %v", got, w)
	}
	if !strings.Contains(after, `w:orient="landscape"`) || !strings.Contains(after, `<w:tblW w:w="13776" w:type="dxa"/>`) {
		t.Errorf("the pages are not turned, or the table does not fill them")
	}
	// Portrait: the pages stay; a list layout: nothing changes.
	out, _ = DivisionWidths(tpl, c, false)
	if strings.Contains(docOf(out), "landscape") {
		t.Error("portrait pages turned")
	}
	c.Division.Layout = model.LayoutList
	if out, _ = DivisionWidths(tpl, c, true); !bytes.Equal(out, tpl) {
		t.Error("a list layout changed the template")
	}
}
