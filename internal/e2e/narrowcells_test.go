package e2e

import (
	"encoding/xml"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"gongwen/internal/clients"
)

// pdfCells are the cells of text pdftotext finds on a PDF's pages, each
// its lines with the spaces between words taken out. pdftotext's blocks
// may run across a table's columns (a date beside its row's 牵头单位), so
// a block's lines are cells of their own where they do not stand one
// above the other: a line belongs to the cell whose last line it overlaps
// across.
func pdfCells(t *testing.T, pdf string) [][]string {
	t.Helper()
	out, err := exec.Command("pdftotext", "-bbox-layout", pdf, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext -bbox-layout %s: %v", pdf, err)
	}
	type line struct {
		XMin  float64  `xml:"xMin,attr"`
		XMax  float64  `xml:"xMax,attr"`
		Words []string `xml:"word"`
	}
	var doc struct {
		Pages []struct {
			Flows []struct {
				Blocks []struct {
					Lines []line `xml:"line"`
				} `xml:"block"`
			} `xml:"flow"`
		} `xml:"body>doc>page"`
	}
	// pdftotext writes XHTML; its entities are XML's own.
	if err := xml.Unmarshal(out, &doc); err != nil {
		t.Fatalf("pdftotext -bbox-layout %s: %v", pdf, err)
	}
	var cells [][]string
	for _, p := range doc.Pages {
		for _, f := range p.Flows {
			for _, b := range f.Blocks {
				var groups [][]line
			next:
				for _, l := range b.Lines {
					for i, g := range groups {
						if last := g[len(g)-1]; l.XMin < last.XMax && last.XMin < l.XMax {
							groups[i] = append(g, l)
							continue next
						}
					}
					groups = append(groups, []line{l})
				}
				for _, g := range groups {
					var lines []string
					for _, l := range g {
						lines = append(lines, strings.Join(l.Words, ""))
					}
					cells = append(cells, lines)
				}
			}
		}
	}
	return cells
}

// dueDate is a date as a 完成时限 cell holds it.
var dueDate = regexp.MustCompile(`\d{4}年\d{1,2}月(?:底|\d{1,2}日)?前?|\d{1,2}月(?:底|\d{1,2}日)前?`)

// TestNarrowCellsInLibreOffice builds QA's fanchang2023 (ten columns on a
// landscape page, in the notice's attachment and the standalone table) and
// guangzhou2021 (a header of seven characters), converts every Word output
// with LibreOffice and reads each table cell's lines from the PDF (QA s10):
//   - a date breaks after its 年 or 月 or not at all — 「2023年12月底/前」
//     was printed, the estimate taking LibreOffice's digits for narrower
//     than they are;
//   - a header breaks between its words (具体任务/分解, 市政府/分管领导),
//     never 「具体任务分/解」 or 「市政府分/管领导」, and no header line is
//     one character.
func TestNarrowCellsInLibreOffice(t *testing.T) {
	clients.RequireLibreOffice(t)
	// The places a header may break, in characters from its start.
	headBreaks := map[string][]int{
		"具体任务分解":    {2, 4},
		"市政府分管领导":   {3, 5},
		"牵头区领导":     {3},
		"市政府分管领导同志": {3, 5, 7},
	}
	heads := map[string]bool{"序号": true, "类别": true, "重点工作": true, "具体任务分解": true, "完成时限": true,
		"牵头单位": true, "责任单位": true, "牵头区领导": true, "责任人": true, "备注": true, "市政府分管领导": true, "配合单位": true}
	var docs []string
	for _, folder := range []string{"fanchang2023", "guangzhou2021"} {
		manifest, err := filepath.Abs(filepath.Join("../../testdata/programmes", folder, "gongwen.yaml"))
		if err != nil {
			t.Fatal(err)
		}
		out := t.TempDir()
		if code, _, stderr := gongwen(t, "build", "-f", manifest, "-o", out, "--draft"); code != 0 {
			t.Fatalf("%s: build exits %d:\n%s", folder, code, stderr)
		}
		got, _ := filepath.Glob(filepath.Join(out, "*.docx"))
		if len(got) < 2 {
			t.Fatalf("%s: %d Word outputs, want the notice and the division", folder, len(got))
		}
		docs = append(docs, got...)
	}
	dates, broken := 0, 0
	seen := map[string]bool{}
	for i, pdf := range clients.ToPDFs(t, docs...) {
		name := filepath.Base(docs[i])
		for _, lines := range pdfCells(t, pdf) {
			joined := strings.Join(lines, "")
			// Where the cell's lines end, in bytes of joined.
			var ends []int
			at := 0
			for _, l := range lines[:len(lines)-1] {
				at += len(l)
				ends = append(ends, at)
			}
			for _, m := range dueDate.FindAllStringIndex(joined, -1) {
				dates++
				for _, e := range ends {
					if e <= m[0] || e >= m[1] {
						continue
					}
					broken++
					if before := joined[m[0]:e]; !strings.HasSuffix(before, "年") && !strings.HasSuffix(before, "月") {
						t.Errorf("%s: a date broken inside: %s / %s", name, before, joined[e:m[1]])
					}
				}
			}
			if !heads[joined] {
				continue
			}
			seen[joined] = true
			if len(lines) < 2 {
				continue
			}
			n := 0
			for _, l := range lines[:len(lines)-1] {
				n += len([]rune(l))
				if allowed, ok := headBreaks[joined]; ok && !containsInt(allowed, n) {
					t.Errorf("%s: header %q broken inside a word: %q", name, joined, lines)
				}
			}
			for _, l := range lines {
				if len([]rune(l)) == 1 {
					t.Errorf("%s: header %q leaves a character alone: %q", name, joined, lines)
				}
			}
		}
	}
	// What the test is for was there to read.
	for _, h := range []string{"具体任务分解", "市政府分管领导", "完成时限"} {
		if !seen[h] {
			t.Errorf("header %q not found in any PDF", h)
		}
	}
	if dates == 0 {
		t.Error("no date found in any PDF")
	}
	t.Logf("%d documents, %d dates (%d broken after 年 or 月)", len(docs), dates, broken)
}

func containsInt(s []int, n int) bool {
	for _, x := range s {
		if x == n {
			return true
		}
	}
	return false
}
