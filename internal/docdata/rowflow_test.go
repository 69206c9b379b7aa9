package docdata

import (
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"gongwen/internal/clients"
	"gongwen/internal/gbt9704"
	"gongwen/internal/model"
	"gongwen/internal/period"
	"gongwen/templates"
)

// flowRows lets a row split only where the estimate puts two lines of it
// or more on each page, half a line either way; a row taller than a page
// splits anyway.
func TestFlowRowsSplitOnlyWithTwoLinesEachSide(t *testing.T) {
	const head, page = 500, 10000
	// A row of n lines at the table line's pitch, its margins and rule.
	row := func(n int) DivisionRow {
		return DivisionRow{height: n*tableLine + tableMargin + rowRule, lines: n, head: head}
	}
	for _, tc := range []struct {
		name  string
		start int // the table's top on its page
		lines int // the row at the foot
		split bool
	}{
		{"fits whole", 0, 8, false},
		{"one and a half lines above", page - head - 3*tableLine/2 - tableMargin - rowRule, 8, false},
		{"four above, four below", page - head - 4*tableLine - tableMargin - rowRule, 8, true},
		{"six above, two below", page - head - 6*tableLine - tableMargin - rowRule, 8, true},
		{"six and a half above", page - head - 13*tableLine/2 - tableMargin - rowRule, 8, false},
		{"seven above, one below", page - head - 7*tableLine - tableMargin - rowRule, 8, false},
		{"a heading row never splits", page - head - 4*tableLine - tableMargin - rowRule, -1, false},
		{"taller than a page", 0, 40, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			filler := row(1)
			filler.height = tc.start
			last := row(max(tc.lines, 8))
			if tc.lines < 0 {
				last.Heading = "一、稳定经济增长"
			}
			rows := []DivisionRow{filler, last}
			if tc.start == 0 {
				rows = rows[1:]
			}
			flowRows(rows, 0, page)
			if got := rows[len(rows)-1].Split; got != tc.split {
				t.Errorf("split %v, want %v", got, tc.split)
			}
		})
	}
}

// tallProgramme is a programme of tall rows: each task has eight
// responsible units of its own, one a line, each a paragraph of its cell
// (so LibreOffice's widow control, which keeps two lines of a paragraph
// together, cannot hold a unit back), named 「三组单位甲」 after the task's
// number so that the PDF tells which row a line belongs to.
func tallProgramme() *model.Campaign {
	c := &model.Campaign{Name: "某区2024年重点工作任务分解和责任分工方案", Year: 2024}
	c.Division = model.DivisionLayout{Layout: model.LayoutTable, Columns: []string{"序号", "工作任务", "责任单位", "完成时限"}}
	for i := range 14 {
		var ids []string
		for _, n := range "甲乙丙丁戊己庚辛" {
			id := fmt.Sprintf("u%d%c", i, n)
			c.Units = append(c.Units, model.Unit{ID: id, Name: fmt.Sprintf("%s组单位%c", cnum(i+1), n)})
			ids = append(ids, id)
		}
		c.Tasks = append(c.Tasks, model.Task{ID: fmt.Sprintf("t%d", i), Title: "推进重点项目建设",
			Units: ids, Period: period.Period{Text: "6月底前"}})
	}
	c.ResolvePeriods()
	return c
}

// No split row of the 责任分工 leaves a line alone on a page, in
// LibreOffice: the table of tall rows is built with 0 to 7 lines of text
// before it, so that its rows meet the page's foot at every line, and in
// every PDF each row that runs over a page has at least two lines on each
// side. The rule before (any row taller than an eighth of the type area
// split wherever the page ended) is built the same way as a control: it
// left one-line fragments, which shows the measure sees them.
func TestSplitRowsLeaveTwoLinesEachSide(t *testing.T) {
	if testing.Short() {
		t.Skip("LibreOffice: not in -short")
	}
	clients.RequireLibreOffice(t)
	c := tallProgramme()
	if errs := c.Check(); len(errs) > 0 {
		t.Fatal(errs)
	}
	tpl, err := templates.Read("fengong.docx")
	if err != nil {
		t.Fatal(err)
	}
	if tpl, err = DivisionWidths(tpl, c, false); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	var paths []string
	for _, old := range []bool{false, true} {
		for k := range 8 {
			v := ForDivision(c, time.Date(2024, 2, 1, 0, 0, 0, 0, time.UTC))
			for range k {
				v.Body = append(v.Body, Block{Text: "为确保各项任务落到实处。"})
			}
			flowRows(v.Division, divisionStart(v.TitleLines, v.Body), gbt9704.TypeHeight)
			if old {
				for i := range v.Division {
					v.Division[i].Split = v.Division[i].height-rowRule > gbt9704.TypeHeight/8
				}
			}
			out := renderTemplate(t, "fengong.docx", tpl, viewOf(c, v))
			p := filepath.Join(dir, fmt.Sprintf("t%v%d.docx", old, k))
			if err := os.WriteFile(p, out, 0o644); err != nil {
				t.Fatal(err)
			}
			paths = append(paths, p)
		}
	}
	pdfs := clients.ToPDFs(t, paths...)
	if d := os.Getenv("ROWS_KEEP"); d != "" {
		for _, p := range pdfs {
			exec.Command("cp", p, d).Run()
		}
	}
	oldFragments, splits := 0, 0
	for i, pdf := range pdfs {
		old := i >= 8
		for _, s := range splitRows(t, pdf) {
			t.Logf("%s: %+v", filepath.Base(paths[i]), s)
			if old {
				if min(s.above, s.below) < 2 {
					oldFragments++
				}
				continue
			}
			splits++
			if s.above < 2 || s.below < 2 {
				t.Errorf("%s: row %s splits %d lines on page %d, %d on page %d",
					filepath.Base(paths[i]), s.no, s.above, s.page, s.below, s.page+1)
			}
		}
	}
	if oldFragments == 0 {
		t.Errorf("the old rule left no one-line fragment: the measure does not see them")
	}
	if splits == 0 {
		t.Errorf("no row split in any of the eight tables: rows moved whole, leaving pages empty")
	}
	t.Logf("old rule: %d split rows left a line alone; new rule: %d rows split, each with two lines or more a side", oldFragments, splits)
}

// splitRow is a row that runs over from page to page+1 with lines above
// and below the break.
type splitRow struct {
	no           string
	page         int
	above, below int
}

var (
	bboxWordRE = regexp.MustCompile(`<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([^<]*)</word>`)
	unitRowRE  = regexp.MustCompile(`^([一二三四五六七八九十]+)组单位`)
)

// splitRows reads a tallProgramme 责任分工's PDF: the lines of each row
// are its units' names (「三组单位甲」), and a row whose lines stand on two
// pages is split there.
func splitRows(t *testing.T, pdf string) []splitRow {
	t.Helper()
	out, err := exec.Command("pdftotext", "-bbox", pdf, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	// lines[row][page] is the set of the row's line heights on the page.
	lines := map[string]map[int]map[int]bool{}
	for page, pg := range strings.Split(string(out), "</page>") {
		for _, m := range bboxWordRE.FindAllStringSubmatch(pg, -1) {
			u := unitRowRE.FindStringSubmatch(m[2])
			if u == nil {
				continue
			}
			y, _ := strconv.ParseFloat(m[1], 64)
			if lines[u[1]] == nil {
				lines[u[1]] = map[int]map[int]bool{}
			}
			if lines[u[1]][page] == nil {
				lines[u[1]][page] = map[int]bool{}
			}
			lines[u[1]][page][int(math.Round(y/2))] = true
		}
	}
	var rows []splitRow
	for no, pages := range lines {
		if len(pages) < 2 {
			continue
		}
		var ps []int
		for p := range pages {
			ps = append(ps, p)
		}
		sort.Ints(ps)
		rows = append(rows, splitRow{no: no, page: ps[0] + 1, above: len(pages[ps[0]]), below: len(pages[ps[1]])})
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].page < rows[j].page })
	return rows
}

// An 印发通知's attachment table splits rows by the same rule: before,
// yinfa.docx kept every row whole, and a table of tall rows left each page
// as much as a row empty; now rows run over the page with two lines or
// more on each side, and the attachment's pages are full.
func TestAttachmentRowsSplitLikeTheDivision(t *testing.T) {
	if testing.Short() {
		t.Skip("LibreOffice: not in -short")
	}
	clients.RequireLibreOffice(t)
	c := tallProgramme()
	// The first row three lines shorter, so that rows meet the pages'
	// feet where they may split.
	c.Tasks[0].Units = c.Tasks[0].Units[:5]
	c.Profile.Organs = []model.Organ{{ID: "qzf", Name: "某区人民政府", Short: "区政府", Mark: "某区人民政府", DocPrefix: "某政发"}}
	c.Documents = []model.Document{{ID: "yf", Kind: model.IssueNotice, Organs: []string{"qzf"}, Recipients: []string{"各街道办事处"},
		Title:       "某区人民政府关于印发某区2024年重点工作任务分解和责任分工方案的通知",
		Attachments: []model.Attachment{{Title: "某区2024年重点工作任务分解和责任分工方案", Source: "division"}}}}
	if errs := c.Check(); len(errs) > 0 {
		t.Fatal(errs)
	}
	v, err := ForIssueNotice(c, &c.Documents[0], time.Date(2024, 2, 1, 0, 0, 0, 0, time.UTC), Options{})
	if err != nil {
		t.Fatal(err)
	}
	split := 0
	for _, r := range v.Appendices[0].Table {
		if r.Split {
			split++
		}
	}
	if split == 0 {
		t.Fatalf("no row of the attachment may split")
	}
	tpl, err := templates.Read("yinfa.docx")
	if err != nil {
		t.Fatal(err)
	}
	if tpl, err = DivisionWidths(tpl, c, false); err != nil {
		t.Fatal(err)
	}
	out := renderTemplate(t, "yinfa.docx", tpl, viewOf(c, v))
	doc := string(docXML(t, out))
	if n := strings.Count(doc, "<w:tr>") - strings.Count(doc, "<w:tr><w:trPr><w:cantSplit/>"); n < split {
		t.Errorf("%d rows may split in the document, want %d", n, split)
	}
	p := filepath.Join(t.TempDir(), "yinfa.docx")
	if err := os.WriteFile(p, out, 0o644); err != nil {
		t.Fatal(err)
	}
	pdf := clients.ToPDF(t, p)
	rows := splitRows(t, pdf)
	for _, s := range rows {
		if s.above < 2 || s.below < 2 {
			t.Errorf("row %s splits %d lines on page %d, %d on page %d", s.no, s.above, s.page, s.below, s.page+1)
		}
	}
	if len(rows) == 0 {
		t.Errorf("no row of the attachment runs over a page in LibreOffice")
	}
}

// A header of five characters or fewer stands on one line in its column
// (「分管省领导」 broke as 分管省领 / 导 when headers were held to four).
func TestShortHeadersStandOnOneLine(t *testing.T) {
	for _, head := range []string{"牵头单位", "分管省领导", "牵头市领导", "完成时限"} {
		c := programme(false)
		c.Division = model.DivisionLayout{Layout: model.LayoutTable, Columns: []string{"序号", "重点工作", "牵头单位", "责任单位", "完成时限"}}
		switch head {
		case "分管省领导", "牵头市领导":
			c.Division.Columns = []string{"序号", "重点工作", head, "责任单位", "完成时限"}
		}
		rows := divisionRows(c)
		heads := divisionHeads(c)
		fillCells(c, rows, heads)
		w := DivisionColumnWidths(rows, heads, gbt9704.TypeWidth)
		for i, hs := range heads.lists() {
			for _, h := range hs {
				if n, _ := wrapCount(h, w[i]-tableMargin); n != 1 && len([]rune(h)) <= 5 {
					t.Errorf("columns %v: header %q takes %d lines in %d twips", c.Division.Columns, h, n, w[i])
				}
			}
		}
	}
}
