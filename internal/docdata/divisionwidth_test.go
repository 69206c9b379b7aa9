package docdata

import (
	"bytes"
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"gongwen/internal/clients"
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
	// The chosen columns first, in the data's order.
	if got[3] == grid.FindAllStringSubmatch(before, -1)[3][1] || got[3] != itoa(w[5]) || got[0] != itoa(w[1]) || got[2] != itoa(w[4]) {
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

// A word processor wraps a task anywhere but before a closing mark; one
// that does not fit takes the character before it along.
func TestWrapCount(t *testing.T) {
	room := 7 * tableChar
	tests := []struct {
		s           string
		lines, last int
	}{
		{"编印学习贯彻十八大精神辅导材料", 3, 1},
		{"举办“五个湖北”建设专题研讨", 3, 1}, // 举办“五个湖 / 北”建设专题研 / 讨
		{"召开专题民主生活会", 2, 2},
		{"开展重点项目督查。", 2, 1}, // 「查。」 is one character
	}
	for _, tt := range tests {
		n, last := wrapCount(tt.s, room)
		if n != tt.lines || last != tt.last {
			t.Errorf("wrapCount(%q) = %d lines, last %d; want %d, %d", tt.s, n, last, tt.lines, tt.last)
		}
		if got := wrapLines(tt.s, room); len(got) != n {
			t.Errorf("wrapLines(%q) = %q, %d lines; wrapCount says %d", tt.s, got, len(got), n)
		}
	}
}

// The default data's table as a clerk reads it: the category column holds
// “五个湖北” on one line and its words whole, no task cell ends on a line of
// one character (料, 讨, 查 did), the unit names break between words, and
// the task text is left-aligned — LibreOffice sets it so.
func TestDefaultDivisionTableLines(t *testing.T) {
	c := campaign(t)
	v := viewOf(c, forDivisionT(c, time.Date(2013, 12, 31, 0, 0, 0, 0, time.UTC)))
	rows := v.Typed.(*DivisionView).Division
	fresh := divisionRows(c)
	heads := divisionHeads(c)
	fillCells(c, fresh, heads)
	w := DivisionColumnWidths(fresh, heads, gbt9704.TypeWidth)
	for _, r := range rows {
		for _, g := range r.Cells.Group {
			for _, l := range strings.Split(g, "\n") {
				if strings.Count(l, "“") != strings.Count(l, "”") {
					t.Errorf("category line %q splits a quoted name", l)
				}
			}
		}
		for _, task := range r.Cells.Task {
			for _, l := range strings.Split(task, "\u2028") {
				if n, last := wrapCount(l, w[2]-tableMargin); n > 1 && last == 1 {
					t.Errorf("task %q: its line %q ends on one character in %d twips", task, l, w[2])
				}
			}
		}
	}
	tpl, err := templates.Read("fengong.docx")
	if err != nil {
		t.Fatal(err)
	}
	if tpl, err = DivisionWidths(tpl, c, false); err != nil {
		t.Fatal(err)
	}
	out := renderTemplate(t, "fengong.docx", tpl, v)
	path := filepath.Join(t.TempDir(), "division.docx")
	if err := os.WriteFile(path, out, 0o644); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(docXML(t, out)), `<w:jc w:val="both"/></w:pPr><w:r><w:t xml:space="preserve">编印`) {
		t.Error("the task cell is justified")
	}
	if testing.Short() {
		return
	}
	clients.RequireLibreOffice(t)
	pdf := clients.ToPDF(t, path)
	words := pdfWords(t, pdf)
	if !slices.Contains(words, "“五个湖北”") {
		t.Errorf("LibreOffice splits “五个湖北” in the category column: %q", words)
	}
	for _, r := range rows {
		for _, task := range r.Cells.Task {
			rs := []rune(strings.ReplaceAll(task, "\u2028", ""))
			if slices.Contains(words, string(rs[len(rs)-1])) {
				t.Errorf("LibreOffice ends the task %q on a line of %q alone", task, string(rs[len(rs)-1]))
			}
		}
	}
	for _, w := range []string{"中共湖北省委", "政策研究室", "群众路线"} {
		if !slices.Contains(words, w) {
			t.Errorf("LibreOffice breaks a unit's name inside %q: %q", w, words)
		}
	}
}

// docXML is the document part of a .docx.
func docXML(t *testing.T, b []byte) []byte {
	t.Helper()
	pkg, err := opc.Open(bytes.NewReader(b), int64(len(b)), opc.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	d, err := pkg.Read("word/document.xml")
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// pdfWords are the words of a PDF as pdftotext -bbox cuts them: a line of
// a table cell is one word, unless spaces or digits cut it.
func pdfWords(t *testing.T, pdf string) []string {
	t.Helper()
	out, err := exec.Command("pdftotext", "-bbox", pdf, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext -bbox: %v", err)
	}
	var ws []string
	for _, m := range regexp.MustCompile(`<word [^>]*>([^<]*)</word>`).FindAllStringSubmatch(string(out), -1) {
		ws = append(ws, html.UnescapeString(m[1]))
	}
	return ws
}

// The rows the layout estimate lets split (flowRows) are the rows the
// document leaves without cantSplit, and the header row repeats on the
// next page. (Built by gongwen build, page 1 of the default 责任分工 ended
// 75 pt short of the type area's foot when row 6 of five lines moved
// whole; split at the foot, three lines and two, in session 9; row 6 now
// moves whole again — two lines of it would stand on page 1 within the
// estimate's half-line slack — and page 1 ends less than a sixth empty.
// TestSplitRowsLeaveTwoLinesEachSide holds the rule in LibreOffice.)
func TestDivisionRowsSplitOverPages(t *testing.T) {
	c := campaign(t)
	v := viewOf(c, forDivisionT(c, time.Date(2013, 12, 31, 0, 0, 0, 0, time.UTC)))
	rows := v.Typed.(*DivisionView).Division
	split := 0
	for _, r := range rows {
		if r.Split {
			split++
		}
	}
	want := append([]DivisionRow(nil), rows...)
	flowRows(want, divisionStart(v.Typed.(*DivisionView).TitleLines, v.Typed.(*DivisionView).Body), gbt9704.TypeHeight)
	for i := range rows {
		if rows[i].Split != want[i].Split {
			t.Errorf("row %s: split %v, the estimate says %v", rows[i].No, rows[i].Split, want[i].Split)
		}
	}
	tpl, err := templates.Read("fengong.docx")
	if err != nil {
		t.Fatal(err)
	}
	if tpl, err = DivisionWidths(tpl, c, false); err != nil {
		t.Fatal(err)
	}
	out := renderTemplate(t, "fengong.docx", tpl, v)
	doc := string(docXML(t, out))
	if n := strings.Count(doc, "<w:tr>") - strings.Count(doc, "<w:tr><w:trPr><w:cantSplit/>"); n != split {
		t.Errorf("%d rows may split in the document, want %d", n, split)
	}
	if testing.Short() {
		return
	}
	clients.RequireLibreOffice(t)
	path := filepath.Join(t.TempDir(), "division.docx")
	if err := os.WriteFile(path, out, 0o644); err != nil {
		t.Fatal(err)
	}
	pdf := clients.ToPDF(t, path)
	text, pages := clients.PDFText(t, pdf)
	if pages < 2 {
		t.Fatalf("the table takes %d page", pages)
	}
	if p2 := strings.Split(text, "\f")[1]; !strings.Contains(clients.Squash(p2), "专项活动序号工作任务") {
		t.Errorf("page 2 does not repeat the header row:\n%s", p2)
	}
	// The type area ends 35 mm above the sheet's foot (GB/T 9704).
	foot := 841.89 - 35/25.4*72
	low := 0.0
	outb, err := exec.Command("pdftotext", "-f", "1", "-l", "1", "-bbox", pdf, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range regexp.MustCompile(`yMax="([0-9.]+)">([^<]*)<`).FindAllStringSubmatch(string(outb), -1) {
		if strings.ContainsAny(m[2], "—") || m[2] == "1" {
			continue // the page number
		}
		y, _ := strconv.ParseFloat(m[1], 64)
		low = max(low, y)
	}
	if sixth := 225 / 25.4 * 72 / 6; low < foot-sixth {
		t.Errorf("page 1's table ends at %.1f pt, %.1f pt above the type area's foot: more than a sixth empty", low, foot-low)
	}
}
