package data_test

import (
	"os/exec"
	"strings"
	"testing"
	"unicode/utf8"

	"gongwen/internal/clients"
)

// In the default data's portrait 责任分工 table, as LibreOffice sets it,
// each unit of a 牵头单位 or 责任单位 cell starts a line of its own, and a
// name takes no more lines than its length needs at six characters a line:
// 「湖北省发展和改革委员会」 two (it took three), 「省委党的群众路线教育实践活动
// 领导小组办公室」 four (it took five).
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
		most := (utf8.RuneCountInString(name) + 5) / 6
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
