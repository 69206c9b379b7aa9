package xlsx

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"gongwen/internal/clients"
	"gongwen/internal/load"
	"gongwen/internal/model"
)

// startsBadly reports a line that starts with a mark no line may start with.
func startsBadly(line string) bool {
	for _, r := range line {
		return strings.ContainsRune("、，。；：？！）》」”’", r)
	}
	return false
}

func TestCellLines(t *testing.T) {
	tests := []struct {
		text  string
		width float64
		list  bool
		want  []string
	}{
		// QA: 「3月30日、6月30日、9月30日/、12月30日」.
		{"3月30日、6月30日、9月30日、12月30日", 22, true, []string{"3月30日、6月30日、", "9月30日、12月30日"}},
		// A name is not split when it fits: 「人/事教育科」.
		{"综合规划科，局办公室，市场运行和消费促进科，对外贸易科，外国投资管理科，电子商务和信息化科，流通业发展科，人事教育科", 30, true,
			[]string{"综合规划科，局办公室，", "市场运行和消费促进科，", "对外贸易科，外国投资管理科，", "电子商务和信息化科，", "流通业发展科，人事教育科"}},
		// A bracket inside a name is part of it.
		{"市场运行和消费促进科，各县（市、区）商务主管部门", 30, true, []string{"市场运行和消费促进科，", "各县（市、区）商务主管部门"}},
		// A name wider than the column breaks between its words.
		{"中共湖北省纪律检查委员会", 14, true, []string{"中共湖北省", "纪律检查", "委员会"}},
		// A deadline that fits stays whole; one that does not leaves no
		// lone character: 「每季度最后一个月30日/前」.
		{"每季度最后一个月30日前", 26, true, []string{"每季度最后一个月30日前"}},
		{"每季度最后一个月30日前", 22, true, []string{"每季度最后一个月", "30日前"}},
		// Text: no line starts with a closing mark, a number keeps its unit,
		// and the last line is not one character.
		{"建设跨境电商产业园，引进跨境电商企业20家", 42, false, []string{"建设跨境电商产业园，引进跨境电商企业", "20家"}},
		{"组织开展“宁享消费”系列促消费活动，全年不少于100场", 42, false, []string{"组织开展“宁享消费”系列促消费活动，全年", "不少于100场"}},
		{"召开专题会议研究部署。", 12, false, []string{"召开专题会", "议研究部", "署。"}},
		{"", 10, false, []string{""}},
		{"一行\n两行", 20, false, []string{"一行", "两行"}},
	}
	for _, tt := range tests {
		got := cellLines(tt.text, tt.width, bodySize, tt.list)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("cellLines(%q, %v) = %q, want %q", tt.text, tt.width, got, tt.want)
		}
		for _, l := range got {
			if startsBadly(l) {
				t.Errorf("cellLines(%q): line %q starts with a closing mark", tt.text, l)
			}
		}
	}
}

// builtSheets builds the 责任分工表 and the 周工作清单 of the default data
// and of every example, each with its campaign.
func builtSheets(t *testing.T) map[string]*model.Campaign {
	t.Helper()
	out := map[string]*model.Campaign{}
	root := filepath.Join("..", "..", "data")
	paths := []string{filepath.Join(root, "xuechuang.yaml")}
	ex, _ := filepath.Glob(filepath.Join(root, "examples", "*", "*.yaml"))
	for _, p := range ex {
		if filepath.Base(p) != "gongwen.yaml" {
			paths = append(paths, p)
		}
	}
	dir := t.TempDir()
	for _, p := range paths {
		c, _, err := load.File(p)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		for _, kind := range []string{Division, Weekly} {
			var b bytes.Buffer
			if err := Build(kind, c, time.Date(c.Year, 7, 3, 0, 0, 0, 0, time.UTC), &b); err != nil {
				t.Fatalf("%s: %v", p, err)
			}
			name := filepath.Join(dir, filepath.Base(filepath.Dir(p))+"-"+strings.TrimSuffix(filepath.Base(p), ".yaml")+"-"+kind+".xlsx")
			if err := os.WriteFile(name, b.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			out[name] = c
		}
	}
	return out
}

// laidHeads are the columns whose text gongwen lays out; the others are
// numbers, dates or filled in by the units.
var laidHeads = map[string]bool{"工作任务": true, "牵头单位": true, "责任单位": true, "责任科室": true, "完成时限": true,
	"类别": true, "专项活动": true, "任务": true, "目标任务": true}

// TestBuiltSheetLines reads every cell of the 责任分工表 and the 周工作清单
// of each data set: the headers fit their columns line by line; a cell's
// value has no line break the data does not have (the program wraps it,
// so widening a column re-flows it, QA s8 #6) — only the 类别 cell names
// a task's categories one a line; and its row is tall enough for the
// lines the text takes at the column's width (cellLines), so nothing is
// cut off in print.
func TestBuiltSheetLines(t *testing.T) {
	checked := 0
	for path, c := range builtSheets(t) {
		f, err := excelize.OpenFile(path)
		if err != nil {
			t.Fatal(err)
		}
		sheet, head := DivisionSheet, divisionHeaderRow
		if strings.HasSuffix(path, Weekly+".xlsx") {
			sheet, head = WeeklySheet, weeklyHeaderRow
		}
		rows, err := f.GetRows(sheet)
		if err != nil {
			t.Fatal(err)
		}
		heads := rows[head-1]
		// A header is one line: no header word splits (最长逾期工/作日).
		for ci, h := range heads {
			col := colLetter(ci)
			if vis, _ := f.GetColVisible(sheet, col); h == "" || !vis {
				continue
			}
			w, _ := f.GetColWidth(sheet, col)
			for _, line := range strings.Split(h, "\n") {
				checked++
				if cellPixels(line, headerSize) > cellRoom(w) || startsBadly(line) {
					t.Errorf("%s %s%d: header line %q does not fit its column (%.0f)", filepath.Base(path), col, head, line, w)
				}
			}
		}
		flat := make([]string, len(heads))
		for i, h := range heads {
			flat[i] = strings.ReplaceAll(h, "\n", "")
		}
		heads = flat
		categories := map[string]bool{}
		for _, cat := range c.Categories {
			categories[cat.Heading()] = true
			categories[cat.Name] = true
		}
		for r := head; r < len(rows); r++ {
			if len(rows[r]) > 0 && strings.HasPrefix(rows[r][0], "合计") {
				continue // the template's total row
			}
			for ci, v := range rows[r] {
				col := colLetter(ci)
				if v == "" || ci >= len(heads) || !laidHeads[heads[ci]] && !(ci == 1 && sheet == WeeklySheet) {
					continue
				}
				if isHeading(v) || strings.HasPrefix(v, "合计") {
					continue // a category heading or the total spans the table
				}
				checked++
				if strings.Contains(v, "\n") {
					for _, line := range strings.Split(v, "\n") {
						if !categories[line] && !categories[headingRE.ReplaceAllString(line, "")] {
							t.Errorf("%s %s%d: a line break the data does not have: %q", filepath.Base(path), col, r+1, v)
							break
						}
					}
				}
				if merged, _ := f.GetMergeCells(sheet); isMerged(merged, col, r+1) {
					continue // a merged group cell spans rows of their own heights
				}
				w, _ := f.GetColWidth(sheet, col)
				h, _ := f.GetRowHeight(sheet, r+1)
				lines := 0
				for _, para := range strings.Split(v, "\n") {
					lines += len(cellLines(para, w, bodySize, false))
				}
				if need := float64(lines) * bodySize * 1.45; h < need {
					t.Errorf("%s %s%d: the row is %.0f pt high, %d lines of %q need %.0f", filepath.Base(path), col, r+1, h, lines, v, need)
				}
			}
		}
		f.Close()
	}
	if checked < 300 {
		t.Errorf("only %d cells checked", checked)
	}
	t.Logf("%d cells checked", checked)
}

// isMerged reports whether the cell (col, row) lies in a merged range
// of more than one row.
func isMerged(merged []excelize.MergeCell, col string, row int) bool {
	for _, m := range merged {
		c1, r1, _ := excelize.CellNameToCoordinates(m.GetStartAxis())
		c2, r2, _ := excelize.CellNameToCoordinates(m.GetEndAxis())
		c, _ := excelize.ColumnNameToNumber(col)
		if r1 != r2 && c >= c1 && c <= c2 && row >= r1 && row <= r2 {
			return true
		}
	}
	return false
}

// builtSheetsData are builtSheets' campaigns for the LibreOffice test.
var builtSheetsData map[string]*model.Campaign

var headingRE = regexp.MustCompile(`^[一二三四五六七八九十]+、|^（[一二三四五六七八九十]+）`)

func isHeading(s string) bool { return headingRE.MatchString(s) }

// TestDivisionSheetLinesInLibreOffice prints the 责任分工表 with
// LibreOffice, which wraps the cells itself: no line starts with a closing
// mark, and every task and unit is printed whole — no row is too low for
// its text.
func TestDivisionSheetLinesInLibreOffice(t *testing.T) {
	clients.RequireLibreOffice(t)
	bad := regexp.MustCompile(`(^|\s)[、，。；：）”]`)
	builtSheetsData = builtSheets(t)
	for path := range builtSheetsData {
		// The 责任分工表 of the two examples with the longest unit lists and deadlines:
		// one soffice run each is what this test costs.
		if !strings.Contains(path, "yaodian") && !strings.Contains(path, "quzhengfu") || !strings.HasSuffix(path, Division+".xlsx") {
			continue
		}
		text, _ := clients.PDFText(t, clients.ToPDF(t, path))
		for _, line := range strings.Split(text, "\n") {
			if bad.MatchString(line) {
				t.Errorf("%s: a line starts with a closing mark: %q", filepath.Base(path), line)
			}
		}
		// A wrapped cell's lines are interleaved with its neighbours' in
		// the PDF's text, so a task or unit printed whole is one whose
		// characters all come, in order, after the previous one's: a row
		// too low would cut its last lines off.
		flat := []rune(clients.Squash(text))
		c := builtSheetsData[path]
		for _, tk := range c.Tasks {
			if !inOrder(flat, clients.Squash(tk.Title)) {
				t.Errorf("%s: the task %q is not printed whole:\n%s", filepath.Base(path), tk.Title, text)
			}
		}
		for _, u := range c.Units {
			if len(c.UnitTasks(u.ID)) > 0 && !inOrder(flat, clients.Squash(u.Name)) {
				t.Errorf("%s: the unit %q is not printed whole", filepath.Base(path), u.Name)
			}
		}
	}
}

// inOrder reports whether the characters of s all occur in text, in order.
func inOrder(text []rune, s string) bool {
	i := 0
	for _, r := range s {
		for i < len(text) && text[i] != r {
			i++
		}
		if i == len(text) {
			return false
		}
		i++
	}
	return true
}
