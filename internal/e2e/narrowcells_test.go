package e2e

import (
	"encoding/xml"
	"os"
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

// TestNarrowCellsInLibreOffice builds every folder of testdata/programmes
// (QA's real notices: fanchang2023's ten columns on a landscape page,
// guangzhou2021's header of seven characters, …), converts every Word
// output with LibreOffice and reads each table cell's lines from the PDF
// (QA s10):
//   - a date breaks after its 年 or 月 or not at all — 「2023年12月底/前」
//     was printed, the estimate taking LibreOffice's digits for narrower
//     than they are;
//   - a header of the data's division.columns breaks between its words
//     (具体任务/分解, 市政府/分管领导), never 「具体任务分/解」 or
//     「市政府分/管领导」, and no header line is one character.
func TestNarrowCellsInLibreOffice(t *testing.T) {
	clients.RequireLibreOffice(t)
	// The places a header may break, in characters from its start.
	headBreaks := map[string][]int{
		"具体任务分解":  {2, 4},
		"市政府分管领导": {3, 5},
		"牵头区领导":   {3},
	}
	manifests, err := filepath.Glob("../../testdata/programmes/*/gongwen.yaml")
	if err != nil || len(manifests) < 10 {
		t.Fatalf("%d programme folders: %v", len(manifests), err)
	}
	heads := map[string]bool{}
	var docs []string
	for _, manifest := range manifests {
		folder := filepath.Base(filepath.Dir(manifest))
		manifest, err := filepath.Abs(manifest)
		if err != nil {
			t.Fatal(err)
		}
		var m struct {
			Data string `yaml:"data"`
		}
		readYAML(t, manifest, &m)
		var d struct {
			Division struct {
				Columns []string `yaml:"columns"`
			} `yaml:"division"`
		}
		readYAML(t, filepath.Join(filepath.Dir(manifest), m.Data), &d)
		for _, h := range d.Division.Columns {
			heads[h] = true
		}
		out := t.TempDir()
		if code, _, stderr := gongwen(t, "build", "-f", manifest, "-o", out, "--draft"); code != 0 {
			t.Fatalf("%s: build exits %d:\n%s", folder, code, stderr)
		}
		got, _ := filepath.Glob(filepath.Join(out, "*.docx"))
		if len(got) == 0 {
			t.Fatalf("%s: no Word output", folder)
		}
		for _, p := range got {
			// One soffice run for all: the names must differ.
			named := filepath.Join(out, folder+"-"+filepath.Base(p))
			if err := os.Rename(p, named); err != nil {
				t.Fatal(err)
			}
			docs = append(docs, named)
		}
	}
	dates, broken := 0, 0
	var brokenHeads []string
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
			brokenHeads = append(brokenHeads, strings.Join(lines, "/"))
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
	for _, h := range []string{"市政府分管领导", "完成时限"} {
		if !seen[h] {
			t.Errorf("header %q not found in any PDF", h)
		}
	}
	if dates == 0 {
		t.Error("no date found in any PDF")
	}
	t.Logf("%d documents, %d dates (%d broken after 年 or 月), headers on two lines or more: %q", len(docs), dates, broken, brokenHeads)
}

func containsInt(s []int, n int) bool {
	for _, x := range s {
		if x == n {
			return true
		}
	}
	return false
}
