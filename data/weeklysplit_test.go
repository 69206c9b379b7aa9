package data_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"gongwen/internal/clients"
	"gongwen/internal/model"
	"gongwen/internal/xlsx"
)

// weekly.split: 单位 sends each unit a 周工作清单 of its own: only the tasks
// it answers for (as lead unit, or as responsible unit of a task without
// one), its name in the title and as 填报单位; the combined list stays.
// Every task of the combined list is in the list of each unit that answers
// for it, and a unit's list, filled in and returned, is read back as that
// unit's report. Checked on the quzhengfu example with openpyxl.
func TestWeeklySplitByUnit(t *testing.T) {
	dir := "examples/quzhengfu"
	rep, m, c := buildKind(t, filepath.Join(dir, "gongwen.yaml"), "weekly", func(c *model.Campaign) { c.Weekly.Split = model.WeeklyByUnit })
	units := xlsx.WeeklyUnits(c, m.Date)
	if len(units) < 2 || len(rep.Results) != len(units)+1 {
		t.Fatalf("%d files for %d units", len(rep.Results), len(units))
	}
	ids := func(sh clients.Sheet) (out []string) {
		// The hidden 任务标识 is column J; a recurring task may stand on
		// several lines.
		for _, r := range sh.Rows[3:] {
			if len(r) > 9 && r[9] != nil && !slices.Contains(out, *r[9]) {
				out = append(out, *r[9])
			}
		}
		return out
	}
	var combined []string
	lists := map[string][]string{} // unit name → task ids
	for _, r := range rep.Results {
		sh := clients.ReadXlsx(t, r.Path)["周工作清单"]
		name := strings.TrimSuffix(filepath.Base(r.Path), ".xlsx")
		if name == "周工作清单" {
			combined = ids(sh)
			continue
		}
		unit := strings.TrimSuffix(strings.TrimPrefix(name, "周工作清单（"), "）")
		lists[unit] = ids(sh)
		if title := sh.Rows[0][0]; title == nil || !strings.HasSuffix(*title, "（"+unit+"）") {
			t.Errorf("%s: title %v", name, title)
		}
		signed := false
		for _, row := range sh.Rows {
			if len(row) > 2 && row[0] != nil && strings.HasPrefix(*row[0], "填报单位") && row[2] != nil && *row[2] == unit {
				signed = true
			}
		}
		if !signed {
			t.Errorf("%s: 填报单位 is not %s", name, unit)
		}
	}
	if len(combined) == 0 {
		t.Fatal("the combined list has no task")
	}
	for _, u := range units {
		got := lists[u.Name]
		if len(got) == 0 {
			t.Errorf("%s has no list", u.Name)
		}
		for _, id := range got {
			tk := c.TaskByID(id)
			if tk == nil || !answers(c, tk, u.ID) {
				t.Errorf("%s's list holds %s, which it does not answer for", u.Name, id)
			}
		}
	}
	for _, id := range combined {
		tk := c.TaskByID(id)
		for _, u := range units {
			if answers(c, tk, u.ID) && !slices.Contains(lists[u.Name], id) {
				t.Errorf("task %s is not in the list of %s", id, u.Name)
			}
		}
	}
	// A unit returns its list: its notes are its own report.
	u := units[0]
	path := ""
	for _, r := range rep.Results {
		if strings.HasSuffix(r.Path, "（"+u.Name+"）.xlsx") {
			path = r.Path
		}
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	filled, err := xlsx.SetCells(b, map[string]any{"周工作清单!I4": "已完成一季度报送"})
	if err != nil {
		t.Fatal(err)
	}
	ups, err := xlsx.ReadReturned(filepath.Base(path), filled, c.Year)
	if err != nil {
		t.Fatal(err)
	}
	if len(ups) == 0 || ups[0].By != u.Name || ups[0].Notes == nil || *ups[0].Notes != "已完成一季度报送" {
		t.Errorf("updates %+v, want the notes by %s", ups, u.Name)
	}
}

func answers(c *model.Campaign, t *model.Task, unit string) bool {
	lead := c.TaskLead(t)
	if len(lead) > 0 {
		return slices.Contains(lead, unit)
	}
	return slices.Contains(c.TaskUnits(t), unit)
}
