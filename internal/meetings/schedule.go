package meetings

import (
	"fmt"
	"strings"
	"time"

	"gongwen/internal/model"
	"gongwen/internal/period"
)

// XunMarks returns, for each of the 36 旬 of year (1月上旬 first, as
// period.Xuns), the text a schedule chart (推进计划) shows for the
// meetings dated in it: "主任会议 6/17" lines joined by newlines, held
// meetings marked ✓. Weekly meetings are left out unless weekly is true
// (they fall in every 旬 and would hide the others); unscheduled rules
// have no 旬. The Excel schedule builder can write these into a 会议安排
// row under the 旬 header.
func XunMarks(occ []Occurrence, year int, weekly bool) []string {
	marks := make([][]string, 36)
	for i := range occ {
		o := &occ[i]
		if o.Unscheduled || o.Date.Year() != year {
			continue
		}
		if !weekly && o.Cadence != nil {
			if cd, err := period.ParseCadence(o.Cadence.Every); err == nil && cd.Every == period.Weekly {
				continue
			}
		}
		x := period.XunOf(o.Date)
		text := fmt.Sprintf("%s %d/%d", o.Name, int(o.Date.Month()), o.Date.Day())
		if o.Held() && !o.Date.After(time.Date(year, 12, 31, 0, 0, 0, 0, time.UTC)) && o.Meeting != nil {
			text = "✓" + text
		}
		marks[x.Index()] = append(marks[x.Index()], text)
	}
	out := make([]string, 36)
	for i, m := range marks {
		out[i] = strings.Join(m, "\n")
	}
	return out
}

// PlanRow is a meeting rule across the 36 旬 of a year: Days[i] lists the
// days of the month of its meetings in 旬 i, Held[i] whether all of them
// were held.
type PlanRow struct {
	Name, Every string
	Days        [36][]int
	Held        [36]bool
}

// PlanRows arranges the calendar by rule for a schedule chart: a row per
// cadence in data order (an unscheduled rule gets an empty row), then a row
// 其他会议 for meetings held outside any rule, when there are such.
func PlanRows(c *model.Campaign, occ []Occurrence, year int) []PlanRow {
	var rows []PlanRow
	index := map[string]int{}
	for i := range c.Cadences {
		index[c.Cadences[i].ID] = len(rows)
		rows = append(rows, PlanRow{Name: c.Cadences[i].Name, Every: c.Cadences[i].Every})
	}
	other := -1
	for i := range occ {
		o := &occ[i]
		if o.Unscheduled || o.Date.Year() != year {
			continue
		}
		r := other
		if o.Cadence != nil {
			r = index[o.Cadence.ID]
		} else if other < 0 {
			other = len(rows)
			r = other
			rows = append(rows, PlanRow{Name: "其他会议"})
		}
		x := period.XunOf(o.Date).Index()
		if len(rows[r].Days[x]) == 0 {
			rows[r].Held[x] = true
		}
		rows[r].Days[x] = append(rows[r].Days[x], o.Date.Day())
		rows[r].Held[x] = rows[r].Held[x] && o.Held()
	}
	return rows
}
