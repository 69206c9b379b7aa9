package ledger

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"gongwen/internal/load"
	"gongwen/internal/model"
)

// A report row of a task with a rule for each side is recorded under the
// side whose rule is due that day: 1月20日 (the 责任单位's, to the 牵头单位)
// in units_submitted, 1月25日 (the 牵头单位's) in submitted; two rules due
// the same day leave the row unattributable, and import says so.
func TestReportRowsBySide(t *testing.T) {
	const data = `name: 广丰区2021年重点工作任务分解
year: 2021
units:
  - {id: fgw, name: 区发改委}
  - {id: czj, name: 区财政局}
reporting:
  - period: 每月25日前
    to: 区政府督查室
  - period: UNITS
    by: 责任单位
    to: 牵头单位
tasks:
  - id: gdp
    title: 地区生产总值增长8%
    lead: [fgw]
    units: [czj]
`
	done := model.Done
	day := func(s string) *time.Time { d, _ := time.Parse(time.DateOnly, s); return &d }
	row := func(due, on string) Update {
		return Update{TaskID: "gdp", Report: true, Occurrence: day(due), Status: &done, DoneOn: day(on),
			Where: "周工作清单!J4", StatusCell: "周工作清单!G4", DoneCell: "周工作清单!H4"}
	}
	for _, tc := range []struct {
		units   string
		rows    []Update
		want    string // submitted | units_submitted after
		problem string
	}{
		{"每月20日前", []Update{row("2021-01-20", "2021-01-19"), row("2021-01-25", "2021-01-24")}, "2021-01-24 | 2021-01-19", ""},
		{"每月25日前", []Update{row("2021-01-25", "2021-01-24")}, "", "都在 2021年1月25日 到期"},
	} {
		path := filepath.Join(t.TempDir(), "d.yaml")
		if err := os.WriteFile(path, []byte(strings.Replace(data, "UNITS", tc.units, 1)), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := Commit(Save{Path: path, Record: true, Update: tc.rows, Now: func() time.Time { return time.Date(2021, 3, 1, 9, 0, 0, 0, time.UTC) }})
		if tc.problem != "" {
			if err == nil || !strings.Contains(err.Error(), tc.problem) {
				t.Errorf("%s: err %v, want %q", tc.units, err, tc.problem)
			}
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		c, _, err := load.File(path)
		if err != nil {
			t.Fatal(err)
		}
		tk := c.TaskByID("gdp")
		dates := func(ds []time.Time) string {
			var out []string
			for _, d := range ds {
				out = append(out, d.Format(time.DateOnly))
			}
			return strings.Join(out, " ")
		}
		if got := dates(tk.Submitted) + " | " + dates(tk.UnitsSubmitted); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.units, got, tc.want)
		}
	}
}
