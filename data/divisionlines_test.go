package data_test

import (
	"encoding/json"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"gongwen/internal/clients"
)

// In the default data's portrait 责任分工 table, as LibreOffice sets it,
// each unit of a 牵头单位 or 责任单位 cell starts a line of its own, and a
// name breaks between its words in at most one line more than its length
// needs at six characters a line: 「湖北省发展和改革委员会」 two (it took
// three). The columns give way to the category's “五个湖北”, kept whole, and
// to the task column: 「省委党的群众路线教育实践活动领导小组办公室」 takes
// five (省委党的 / 群众路线 / 教育实践活动 / 领导小组 / 办公室), as the
// words allow at six characters.
func TestDivisionUnitLines(t *testing.T) {
	rep, _, c := buildKind(t, "../gongwen.yaml", "division", nil)
	path := ""
	for _, r := range rep.Results {
		if strings.HasSuffix(r.Path, "责任分工.docx") {
			path = r.Path
		}
	}
	if path == "" {
		t.Fatalf("no 责任分工 in %+v", rep.Results)
	}
	pdf := clients.ToPDF(t, path)
	// -raw keeps the content's order: a table cell's lines one after
	// another.
	out, err := exec.Command("pdftotext", "-raw", pdf, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, l := range strings.Split(string(out), "\n") {
		if l = strings.Join(strings.Fields(l), ""); l != "" {
			lines = append(lines, l)
		}
	}
	used := map[string]bool{}
	for _, tk := range c.Tasks {
		if c.ActivityByID(tk.Activity) == nil {
			continue // the office's own work: not in the table
		}
		for _, id := range append(c.TaskLead(&tk), c.TaskUnits(&tk)...) {
			if u := c.UnitByID(id); u != nil {
				used[u.Name] = true
			}
		}
	}
	for name := range used {
		most := (utf8.RuneCountInString(name)+5)/6 + 1
		found := false
		for i := range lines {
			if !strings.HasPrefix(name, lines[i]) && !strings.HasPrefix(lines[i], name) {
				continue
			}
			// The name starts this line: count the lines it covers.
			n, got := 0, ""
			for j := i; j < len(lines) && utf8.RuneCountInString(got) < utf8.RuneCountInString(name); j++ {
				got += strings.TrimSuffix(lines[j], "、")
				n++
			}
			if !strings.HasPrefix(got, name) {
				continue
			}
			found = true
			if n > most {
				t.Errorf("%s takes %d lines (%q), want at most %d", name, n, lines[i:i+n], most)
			}
		}
		if !found {
			t.Errorf("%s does not start a line of the table: %q", name, lines)
		}
	}
}

// unitParasScript lists, for every cell of every table, its paragraphs,
// a line break inside one written as "|".
const unitParasScript = `
import sys, json, docx
from docx.oxml.ns import qn
d = docx.Document(sys.argv[1])
out = []
for t in d.tables:
    for row in t._tbl.tr_lst:
        for tc in row.tc_lst:
            paras = []
            for p in tc.iter(qn('w:p')):
                s = ''
                for el in p.iter():
                    if el.tag == qn('w:t') and el.text:
                        s += el.text
                    elif el.tag == qn('w:br'):
                        s += '|'
                paras.append(s)
            out.append(paras)
json.dump(out, sys.stdout, ensure_ascii=False)
`

// The unit cells of every Word division table (the 责任分工 and the 印发
// notice's attachment, the default data and the table example): a cell
// that wraps holds one unit a paragraph, each but the last ending in the
// data's 、 or ， where all fit (they were dropped), and a name its column cannot hold
// breaks between words where the data chose (a w:br), so in LibreOffice no
// unit's name is broken inside a word (中共湖北省纪 / 律检查委员会 was).
func TestDivisionUnitParagraphs(t *testing.T) {
	for _, manifest := range []string{"../gongwen.yaml", "examples/yaodian/gongwen.yaml"} {
		for _, kind := range []string{"division", "issue-notice"} {
			rep, _, c := buildKind(t, manifest, kind, nil)
			names := map[string]bool{}
			for _, u := range c.Units {
				names[u.Name] = true
			}
			for _, r := range rep.Results {
				if !strings.HasSuffix(r.Path, ".docx") || !strings.Contains(filepath.Base(r.Path), "分工") {
					continue // the 印发 notice's other document (主要职责)
				}
				var cells [][]string
				if err := json.Unmarshal(clients.RunPython(t, "docx", unitParasScript, r.Path), &cells); err != nil {
					t.Fatal(err)
				}
				multi := 0
				chosen := map[string][]string{} // a name's lines as the data breaks it
				for _, paras := range cells {
					if len(paras) < 2 {
						continue
					}
					multi++
					for i, p := range paras {
						name := strings.TrimRight(strings.ReplaceAll(p, "|", ""), "、，")
						if !names[name] {
							t.Errorf("%s: a cell's paragraph %q is not one unit (cell %q)", filepath.Base(r.Path), p, paras)
						}
						// Each unit but the last ends in the data's
						// separator, as the units are joined in a line —
						// or, where one would not fit, none does.
						first := strings.HasSuffix(paras[0], "、") || strings.HasSuffix(paras[0], "，")
						if sep := strings.HasSuffix(p, "、") || strings.HasSuffix(p, "，"); sep != (first && i+1 < len(paras)) {
							t.Errorf("%s: unit %d of %d %q ends in a separator: %v (cell %q)", filepath.Base(r.Path), i+1, len(paras), p, sep, paras)
						}
						chosen[name] = strings.Split(strings.TrimRight(p, "、，"), "|")
						// Words a break used to cut: 纪|律, 领导|小组, 委员|会.
						for _, w := range []string{"纪律", "领导小组", "委员会", "办公室", "主管部门", "消费促进科", "信息化科"} {
							for i := 1; i < len(chosen[name]); i++ {
								joint := chosen[name][i-1] + chosen[name][i]
								at := len(chosen[name][i-1])
								if k := strings.Index(joint, w); k >= 0 && k < at && at < k+len(w) {
									t.Errorf("%s: %q breaks inside %s", filepath.Base(r.Path), p, w)
								}
							}
						}
					}
				}
				if multi == 0 {
					t.Errorf("%s: no cell lists its units one a paragraph", filepath.Base(r.Path))
				}
				// LibreOffice breaks no name anywhere else.
				out, err := exec.Command("pdftotext", "-raw", clients.ToPDF(t, r.Path), "-").Output()
				if err != nil {
					t.Fatal(err)
				}
				var lines []string
				for _, l := range strings.Split(string(out), "\n") {
					if l = strings.Join(strings.Fields(l), ""); l != "" {
						lines = append(lines, l)
					}
				}
				for name, want := range chosen {
					for i := range lines {
						if !strings.HasPrefix(name, lines[i]) || lines[i] == name || utf8.RuneCountInString(lines[i]) < 2 {
							continue
						}
						got := []string{lines[i]}
						for j := i + 1; j < len(lines) && len(strings.Join(got, "")) < len(name); j++ {
							got = append(got, lines[j])
						}
						if strings.Join(got, "") == name && strings.Join(got, "|") != strings.Join(want, "|") {
							t.Errorf("%s: LibreOffice sets %s as %q, the data chose %q", filepath.Base(r.Path), name, got, want)
						}
					}
				}
			}
		}
	}
}
