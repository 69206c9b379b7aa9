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

// A 督办 reply (or a weekly list's row) for one occurrence of a recurring
// deadline records that occurrence's report; the task stays open and the
// next occurrence is supervised on its own. (QA issue 12: the reply for
// the missed 3月30日 report of 「地区生产总值增长7%以上」 wrote 已完成 and
// the 6月30日 report was never chased.)
func TestOccurrenceReply(t *testing.T) {
	day := func(s string) *time.Time { d, _ := time.Parse(time.DateOnly, s); return &d }
	done, going := model.Done, model.InProgress
	row := func(occ string, st *model.Status, doneOn, notes string) Update {
		u := Update{TaskID: "gdp", Occurrence: day(occ), Where: "督办事项回复表!H4", Status: st,
			StatusCell: "督办事项回复表!E4", DoneCell: "督办事项回复表!F4", NotesCell: "督办事项回复表!G4"}
		if doneOn != "" {
			u.DoneOn = day(doneOn)
		}
		if notes != "" {
			u.Notes = &notes
		}
		return u
	}
	tests := []struct {
		name     string
		reported string // the task's reported lines as written
		rows     []Update
		want     string // reported dates after, "" when refused
		problem  string
		overdue  string // first overdue due date on 2013-07-05
	}{
		{"missed first quarter reported", "", []Update{row("2013-03-30", &done, "2013-04-07", "一季度增长7.2%")},
			"2013-04-07", "", "2013-06-30"},
		{"two quarters in one reply, out of order", "", []Update{row("2013-06-30", &done, "2013-07-01", ""), row("2013-03-30", &done, "2013-04-07", "")},
			"2013-04-07 2013-07-01", "", ""},
		{"a block list grows by a line", "    reported:\n      - 2013-03-28\n", []Update{row("2013-06-30", &done, "2013-06-29", "")},
			"2013-03-28 2013-06-29", "", ""},
		{"a flow list grows", "    reported: [2013-03-28]\n", []Update{row("2013-06-30", &done, "2013-06-29", "")},
			"2013-03-28 2013-06-29", "", ""},
		{"a later quarter before the missed one", "", []Update{row("2013-06-30", &done, "2013-07-01", "")},
			"", "2013年6月30日 一次报为已完成，但此前的 2013年3月30日 一次尚未记为完成", ""},
		{"no such occurrence", "", []Update{row("2013-03-31", &done, "2013-04-01", "")},
			"", "中没有 2013年3月31日 这一次", ""},
		{"finished without a date", "", []Update{row("2013-03-30", &done, "", "")},
			"", "须填写完成日期", ""},
		{"推进中 with notes goes to the task", "", []Update{row("2013-03-30", &going, "", "正在汇总")},
			"", "", "2013-03-30"},
	}
	src, err := os.ReadFile("testdata/campaign.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := string(src) + "  - id: gdp\n    title: 地区生产总值增长7%以上\n    period: 每季度最后一个月30日前\n    phase: fd\n    units: [zzb]\n    status: 推进中\n" + tt.reported
			path := filepath.Join(t.TempDir(), "campaign.yaml")
			if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := Commit(Save{Path: path, Record: true, Update: tt.rows,
				Now: func() time.Time { return time.Date(2013, 7, 5, 10, 0, 0, 0, time.UTC) }})
			if tt.problem != "" {
				if err == nil || !strings.Contains(err.Error(), tt.problem) {
					t.Fatalf("err %v, want a problem with %q", err, tt.problem)
				}
				if after, _ := os.ReadFile(path); string(after) != s {
					t.Error("a refused reply changed the file")
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			c, _, err := load.File(path)
			if err != nil {
				t.Fatal(err)
			}
			tk := c.TaskByID("gdp")
			var got []string
			for _, d := range tk.Reported {
				got = append(got, d.Format(time.DateOnly))
			}
			if strings.Join(got, " ") != tt.want || tk.Status != model.InProgress || tk.DoneOn != nil {
				t.Errorf("reported %v, status %s, done_on %v; want %s, 推进中, none", got, tk.Status, tk.DoneOn, tt.want)
			}
			first := ""
			if p, ok := tk.FirstOverdue(time.Date(2013, 7, 5, 0, 0, 0, 0, time.UTC)); ok {
				first = p.End.Format(time.DateOnly)
			}
			if first != tt.overdue {
				t.Errorf("first overdue on 7月5日 %q, want %q", first, tt.overdue)
			}
			// The same reply again changes nothing.
			res, err := Commit(Save{Path: path, Record: true, Update: tt.rows, DryRun: true})
			if err != nil || len(res.Changes) != 0 {
				t.Errorf("second import: %v, changes %+v", err, res)
			}
		})
	}
}

// A reply form built before occurrences had keys says only 「gdp」: its
// 已完成 records the first occurrence not yet reported, and says so; the
// task stays open. The last occurrence of a finite series reported, the
// task is done on that day. (QA session 7, finding 3 for old forms.)
func TestOccurrenceLegacyRowAndLast(t *testing.T) {
	day := func(s string) *time.Time { d, _ := time.Parse(time.DateOnly, s); return &d }
	done := model.Done
	keyless := func(doneOn string) Update {
		return Update{TaskID: "gdp", Where: "督办事项回复表!H4", Status: &done, DoneOn: day(doneOn),
			StatusCell: "督办事项回复表!E4", DoneCell: "督办事项回复表!F4"}
	}
	keyed := func(occ, doneOn string) Update {
		u := keyless(doneOn)
		u.Occurrence = day(occ)
		return u
	}
	tests := []struct {
		name     string
		reported string
		rows     []Update
		want     string // reported after
		status   model.Status
		doneOn   string
		where    string // in a change's Where
	}{
		{"old form, first quarter", "", []Update{keyless("2013-04-07")}, "2013-04-07", model.InProgress, "",
			"记作 2013年3月30日 一次的报送，任务仍按以后各次到期"},
		{"old form, third quarter after two", "    reported: [2013-03-28, 2013-06-28]\n", []Update{keyless("2013-10-08")},
			"2013-03-28 2013-06-28 2013-10-08", model.InProgress, "", "记作 2013年9月30日 一次"},
		{"old form, the last quarter finishes the task", "    reported: [2013-03-28, 2013-06-28, 2013-09-28]\n", []Update{keyless("2013-12-29")},
			"2013-03-28 2013-06-28 2013-09-28 2013-12-29", model.Done, "2013-12-29", "记作 2013年12月30日 一次的报送；4 次均已完成，任务记为已完成"},
		{"keyed last quarter finishes the task", "    reported: [2013-03-28, 2013-06-28, 2013-09-28]\n", []Update{keyed("2013-12-30", "2013-12-27")},
			"2013-03-28 2013-06-28 2013-09-28 2013-12-27", model.Done, "2013-12-27", "4 次均已完成，任务记为已完成"},
	}
	src, err := os.ReadFile("testdata/campaign.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := string(src) + "  - id: gdp\n    title: 地区生产总值增长7%以上\n    period: 每季度最后一个月30日前\n    phase: fd\n    units: [zzb]\n    status: 推进中\n" + tt.reported
			path := filepath.Join(t.TempDir(), "campaign.yaml")
			if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
				t.Fatal(err)
			}
			res, err := Commit(Save{Path: path, Record: true, Update: tt.rows,
				Now: func() time.Time { return time.Date(2013, 12, 31, 10, 0, 0, 0, time.UTC) }})
			if err != nil {
				t.Fatal(err)
			}
			var wheres []string
			for _, ch := range res.Changes {
				wheres = append(wheres, ch.Key+"@"+ch.Where)
			}
			if w := strings.Join(wheres, "\n"); !strings.Contains(w, tt.where) {
				t.Errorf("changes\n%s\nwant one saying %q", w, tt.where)
			}
			c, _, err := load.File(path)
			if err != nil {
				t.Fatal(err)
			}
			tk := c.TaskByID("gdp")
			var got []string
			for _, d := range tk.Reported {
				got = append(got, d.Format(time.DateOnly))
			}
			on := ""
			if tk.DoneOn != nil {
				on = tk.DoneOn.Format(time.DateOnly)
			}
			if strings.Join(got, " ") != tt.want || tk.Status != tt.status || on != tt.doneOn {
				t.Errorf("reported %v, status %s, done_on %q; want %s, %s, %q", got, tk.Status, on, tt.want, tt.status, tt.doneOn)
			}
		})
	}
}
