package data_test

import (
	"maps"
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
		// several lines, each keyed by its occurrence (gdtz@2023-03-25).
		for _, r := range sh.Rows[3:] {
			if len(r) > 9 && r[9] != nil {
				id, _, _, err := xlsx.ParseOccurrenceID(*r[9])
				if err != nil {
					t.Errorf("任务标识 %q: %v", *r[9], err)
				}
				if !slices.Contains(out, id) {
					out = append(out, id)
				}
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

// weekly.split: 工作组 or 单位 on the default data, which has office groups
// and meetings: each group's (or unit's) own list holds the tasks it
// follows and, on a 会议议定事项 sheet, the running decisions it is charged
// with — every one of them; no dropdown of its list offers 已销号, which
// the office marks on its combined list, whose dropdowns keep it. A
// decision filled in on a group's list is read back as that group's.
// Read with openpyxl.
func TestWeeklySplitHolders(t *testing.T) {
	for _, split := range []string{model.WeeklyByGroup, model.WeeklyByUnit} {
		t.Run(split, func(t *testing.T) {
			rep, m, c := buildKind(t, "../gongwen.yaml", "weekly", func(c *model.Campaign) { c.Weekly.Split = split })
			sheets := map[string]map[string]clients.Sheet{} // holder ("" for the combined list) → sheets
			paths := map[string]string{}
			for _, r := range rep.Results {
				name := strings.TrimSuffix(filepath.Base(r.Path), ".xlsx")
				holder := strings.TrimSuffix(strings.TrimPrefix(name, "周工作清单（"), "）")
				if name == "周工作清单" {
					holder = ""
				}
				sheets[holder], paths[holder] = clients.ReadXlsx(t, r.Path), r.Path
			}
			combined, ok := sheets[""]
			if !ok || len(sheets) < 3 {
				t.Fatalf("lists %v", slices.Collect(maps.Keys(sheets)))
			}
			offers := func(sh clients.Sheet) bool {
				for _, v := range sh.Validations {
					if strings.Contains(v.Formula1, "已销号") {
						return true
					}
				}
				return false
			}
			if !offers(combined["周工作清单"]) || !offers(combined["会议议定事项"]) {
				t.Error("the office's combined list does not offer 已销号")
			}
			// decisions are the rows of a 会议议定事项 sheet: key → 责任单位.
			decisions := func(sh clients.Sheet) map[string]string {
				out := map[string]string{}
				if len(sh.Rows) < 4 {
					return out // no sheet: no decisions
				}
				for _, r := range sh.Rows[3:] {
					if len(r) > 8 && r[8] != nil && r[2] != nil {
						out[*r[8]] = *r[2]
					}
				}
				return out
			}
			all := decisions(combined["会议议定事项"])
			if len(all) == 0 {
				t.Fatal("the week has no decisions to hand out")
			}
			holders := map[string]string{} // name → id
			if split == model.WeeklyByGroup {
				for _, g := range c.Office.Groups {
					holders[g.Name] = g.ID
				}
			} else {
				for _, u := range c.Units {
					holders[u.Name] = u.ID
				}
			}
			handed := 0
			for holder, sh := range sheets {
				if holder == "" {
					continue
				}
				id, ok := holders[holder]
				if !ok {
					t.Errorf("a list for %q, which is no %s of the data", holder, split)
					continue
				}
				list := sh["周工作清单"]
				for name, s := range sh {
					if offers(s) {
						t.Errorf("%s: the %s sheet offers 已销号", holder, name)
					}
				}
				for _, r := range list.Rows[3:] {
					if len(r) > 9 && r[9] != nil {
						if tk := c.TaskByID(*r[9]); tk == nil || split == model.WeeklyByGroup && tk.Group != id || split == model.WeeklyByUnit && !answers(c, tk, id) {
							t.Errorf("%s's list holds task %s", holder, *r[9])
						}
					}
				}
				own := decisions(sh["会议议定事项"])
				for key, owner := range all {
					if (owner == holder) != (own[key] == holder) {
						t.Errorf("decision %s of %s: in %s's list %v", key, owner, holder, own[key] == holder)
					}
				}
				for key, owner := range own {
					if owner != holder {
						t.Errorf("%s's list holds decision %s of %s", holder, key, owner)
					}
					handed++
				}
			}
			if handed == 0 {
				t.Fatal("no list carries a decision")
			}
			if split == model.WeeklyByGroup {
				// Every task of the combined list that a group follows is
				// on that group's list.
				for _, r := range combined["周工作清单"].Rows[3:] {
					if len(r) <= 9 || r[9] == nil {
						continue
					}
					tk := c.TaskByID(*r[9])
					if g := c.GroupByID(tk.Group); g != nil {
						in := false
						for _, row := range sheets[g.Name]["周工作清单"].Rows {
							in = in || len(row) > 9 && row[9] != nil && *row[9] == tk.ID
						}
						if !in {
							t.Errorf("task %s of %s is not on its list", tk.ID, g.Name)
						}
					}
				}
			}
			// A group or unit fills in a decision on its own list and
			// returns it: import reads it as that one's.
			for holder, sh := range sheets {
				own := decisions(sh["会议议定事项"])
				if holder == "" || len(own) == 0 {
					continue
				}
				b, err := os.ReadFile(paths[holder])
				if err != nil {
					t.Fatal(err)
				}
				filled, err := xlsx.SetCells(b, map[string]any{"会议议定事项!H4": "已按期办结"})
				if err != nil {
					t.Fatal(err)
				}
				ups, err := xlsx.ReadReturned(filepath.Base(paths[holder]), filled, m.Date.Year())
				if err != nil {
					t.Fatal(err)
				}
				found := false
				for _, u := range ups {
					if u.Decision && u.Notes != nil && *u.Notes == "已按期办结" {
						found = true
						if u.By != holder {
							t.Errorf("the decision's notes are read as %q's, want %s's", u.By, holder)
						}
					}
				}
				if !found {
					t.Errorf("%s's decision notes are not read back: %+v", holder, ups)
				}
			}
		})
	}
}
