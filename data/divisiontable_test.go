package data_test

import (
	"path/filepath"
	"slices"
	"testing"

	"gongwen/internal/clients"
	"gongwen/internal/model"
)

// The Excel 责任分工表 has the Word table's columns: those the data chooses
// (division.columns) or the default ones, in the same order under the same
// headers, then the column the units fill in and the hidden 任务标识; every
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
			if !slices.ContainsFunc(want, func(h string) bool { return model.ColumnKind(h) == model.ColumnNotes }) {
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
					rows[*r[len(want)-1]] = *r[task]
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
