package data_test

import (
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"gongwen/internal/clients"
	"gongwen/internal/model"
)

// The Excel 责任分工表 has the Word table's columns: those the data chooses
// (division.columns) or the default ones, in the same order under the same
// headers, then the column the units fill in (where asked: a campaign's
// default columns, or tasks with notes) and the hidden 任务标识; every
// task is in it, under its own id, as openpyxl reads the file. Checked for
// the default data and for each example (yaodian chooses its columns).
func TestDivisionTableColumns(t *testing.T) {
	manifests, err := filepath.Glob("examples/*/gongwen.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for _, manifest := range append([]string{"../gongwen.yaml"}, manifests...) {
		name := filepath.Base(filepath.Dir(manifest))
		if name == ".." {
			name = "default"
		}
		t.Run(name, func(t *testing.T) {
			rep, _, c := buildKind(t, manifest, "division-table", nil)
			if len(rep.Results) != 1 {
				t.Fatalf("%d files, want the 责任分工表", len(rep.Results))
			}
			sheets := clients.ReadXlsx(t, rep.Results[0].Path)
			sh, ok := sheets["责任分工"]
			if !ok || len(sh.Rows) < 4 {
				t.Fatalf("sheets %v", sheets)
			}
			var head []string
			for _, v := range sh.Rows[2] {
				if v != nil {
					head = append(head, *v)
				}
			}
			fill := "备注"
			if c.Campaigning() {
				fill = "进展情况"
			}
			want := slices.Clone(c.DivisionColumns())
			if listNoColumns(c) {
				want = listColumns(c, want)
			}
			// The column the units fill in: a campaign's default columns
			// have it; otherwise only when tasks have notes to show.
			asked := c.Campaigning() && len(c.Division.Columns) == 0 ||
				slices.ContainsFunc(c.Tasks, func(t model.Task) bool { return strings.TrimSpace(t.Notes) != "" })
			if asked && !slices.ContainsFunc(want, func(h string) bool { return model.ColumnKind(h) == model.ColumnNotes }) {
				want = append(want, fill)
			}
			want = append(want, "任务标识")
			if !slices.Equal(head, want) {
				t.Errorf("headers %q, want %q", head, want)
			}
			task := slices.IndexFunc(want, func(h string) bool { return model.ColumnKind(h) == model.ColumnTask })
			rows := map[string]string{}
			for _, r := range sh.Rows[3:] {
				if len(r) >= len(want) && r[len(want)-1] != nil && r[task] != nil {
					rows[*r[len(want)-1]] = strings.ReplaceAll(*r[task], "\n", "") // without the cell's own line breaks
				}
			}
			for _, tk := range c.Tasks {
				title := tk.Title
				if title == "" {
					title = tk.Text
				}
				if rows[tk.ID] != title {
					t.Errorf("task %s: row says %q, want %q", tk.ID, rows[tk.ID], title)
				}
			}
			if len(rows) != len(c.Tasks) {
				t.Errorf("%d rows with a task id, data has %d tasks", len(rows), len(c.Tasks))
			}
		})
	}
}

// listNoColumns: the data lays its division out as the list and
// chooses no columns, so the Excel table's columns are those its tasks
// fill.
func listNoColumns(c *model.Campaign) bool {
	list := c.Division.Layout == model.LayoutList || c.Division.Layout == "" && !c.Campaigning()
	return list && len(c.Division.Columns) == 0
}

// listColumns are the Excel columns of a list-layout division from the
// default ones: without 类别 when there are no categories, without
// 牵头单位 or 完成时限 when no task has one, with 任务内容 after the task
// when a task has text beside its title, and 责任领导 and 责任人 when a
// task names them (the Word list prints them all as lines).
func listColumns(c *model.Campaign, heads []string) []string {
	some := func(f func(t *model.Task) bool) bool {
		return slices.ContainsFunc(c.Tasks, func(t model.Task) bool { return f(&t) })
	}
	var out []string
	for _, h := range heads {
		switch model.ColumnKind(h) {
		case model.ColumnGroup:
			if len(c.Categories) == 0 {
				continue
			}
		case model.ColumnLead:
			if !some(func(t *model.Task) bool { return len(c.TaskLead(t)) > 0 }) {
				continue
			}
		case model.ColumnDue:
			if !some(func(t *model.Task) bool { return t.Period.Text != "" }) {
				continue
			}
		}
		out = append(out, h)
		if model.ColumnKind(h) == model.ColumnTask && some(func(t *model.Task) bool {
			return t.Title != "" && strings.TrimSpace(t.Text) != "" && strings.TrimSpace(t.Text) != strings.TrimSpace(t.Title)
		}) {
			out = append(out, "任务内容")
		}
	}
	if some(func(t *model.Task) bool { return len(t.Leaders) > 0 }) {
		out = append(out, "责任领导")
	}
	if some(func(t *model.Task) bool { return len(t.Persons) > 0 }) {
		out = append(out, "责任人")
	}
	return out
}

// The Excel 责任分工表 keeps every level of a programme's categories and
// numbers each task as the Word division list does: quzhengfu's
// 「二（三）3.城镇新增就业8000人以上」 in Word is 序号 3 under 「二、重点工作任务
// （三）坚持民生优先…」 in Excel, not row 14. Checked against the built Word
// division for each example laid out as a list, with openpyxl.
func TestDivisionTableNumbersAsWord(t *testing.T) {
	manifests, err := filepath.Glob("examples/*/gongwen.yaml")
	if err != nil {
		t.Fatal(err)
	}
	heading := regexp.MustCompile(`^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)(.+)$`)
	task := regexp.MustCompile(`^(\d+)\.(.+?)。?$`)
	checked := 0
	for _, manifest := range manifests {
		name := filepath.Base(filepath.Dir(manifest))
		t.Run(name, func(t *testing.T) {
			rep, _, c := buildKind(t, manifest, "division", nil)
			if c.Division.Layout != model.LayoutList || len(c.Categories) == 0 {
				t.Skipf("%s lays its division out as %q", name, c.Division.Layout)
			}
			checked++
			// Word: each task's number and the headings above it.
			type place struct{ path, no string }
			word := map[string]place{}
			var path []string
			for _, line := range strings.Split(docxText(t, rep.Results[0].Path), "\n") {
				if m := heading.FindStringSubmatch(line); m != nil {
					depth := 0
					if strings.HasPrefix(m[1], "（") {
						depth = 1
					}
					path = append(path[:min(depth, len(path))], line)
				} else if m := task.FindStringSubmatch(line); m != nil {
					word[m[2]] = place{strings.Join(path, "\n"), m[1]}
				}
			}
			rep, _, _ = buildKind(t, manifest, "division-table", nil)
			sh := clients.ReadXlsx(t, rep.Results[0].Path)["责任分工"]
			head := sh.Rows[2]
			col := func(kind string) int {
				return slices.IndexFunc(head, func(v *string) bool { return v != nil && model.ColumnKind(*v) == kind })
			}
			group, no, title := col(model.ColumnGroup), col(model.ColumnNo), col(model.ColumnTask)
			if no < 0 || title < 0 {
				t.Fatalf("header %v", head)
			}
			excel := map[string]place{}
			cat := ""
			for _, r := range sh.Rows[3:] {
				if len(r) <= title || r[title] == nil {
					if len(r) > 0 && r[0] != nil && group < 0 {
						// A category's own row: its heading, at its depth.
						m := heading.FindStringSubmatch(*r[0])
						if m == nil {
							t.Errorf("category row %q", *r[0])
							continue
						}
						if strings.HasPrefix(m[1], "（") {
							cat = strings.SplitN(cat, "\n", 2)[0] + "\n" + *r[0]
						} else {
							cat = *r[0]
						}
					}
					continue
				}
				if group >= 0 && r[group] != nil {
					cat = *r[group] // merged over its run: openpyxl reads it on the first row
				}
				n := ""
				if r[no] != nil {
					n = *r[no]
				}
				// The cells' own line breaks are not part of the names; a
				// path's levels are compared without them too.
				excel[strings.ReplaceAll(*r[title], "\n", "")] = place{strings.ReplaceAll(cat, "\n", ""), n}
			}
			for _, tk := range c.Tasks {
				w, ok := word[tk.Title]
				if !ok {
					t.Errorf("task %s is not in the Word list", tk.ID)
					continue
				}
				if e := excel[tk.Title]; e.path != strings.ReplaceAll(w.path, "\n", "") || e.no != w.no {
					t.Errorf("task %s: Excel %q %s, Word %q %s", tk.ID, e.path, e.no, w.path, w.no)
				}
			}
		})
	}
	if checked == 0 {
		t.Error("no example laid out as a list was checked")
	}
}
