package build_test

import (
	"bytes"
	"context"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"gongwen/internal/build"
	"gongwen/internal/load"
	"gongwen/internal/xlsx"
)

func meetingPlan(t *testing.T, manifest string, date time.Time) []build.Job {
	t.Helper()
	m, err := build.ParseManifest("../..", "test.yaml", []byte(manifest))
	if err != nil {
		t.Fatal(err)
	}
	c, _, err := load.File(m.Path(m.Data))
	if err != nil {
		t.Fatal(err)
	}
	jobs, err := build.Plan(context.Background(), m, c, date)
	if err != nil {
		t.Fatal(err)
	}
	return jobs
}

func titles(jobs []build.Job) []string {
	var out []string
	for _, j := range jobs {
		out = append(out, j.Kind+"："+j.Title+j.Ext)
	}
	sort.Strings(out)
	return out
}

// The meeting and supervision outputs of the seed campaign as of dates a
// user would pick; each renders.
func TestMeetingOutputs(t *testing.T) {
	const all = "outputs: [meeting-notice, minutes, signin, supervision, supervision-summary]\n"
	cases := []struct {
		name string
		date string
		want []string // titles that must be there
		n    map[string]int
	}{
		{"mid-July", "2013-07-15",
			[]string{"会议通知：关于召开市州“学创”活动现场推进会的通知.docx", "参会回执：市州“学创”活动现场推进会参会回执.xlsx",
				"会议纪要：省委“学创”活动领导小组第一次会议纪要.docx", "会议纪要：领导小组办公室第二次主任会议纪要.docx",
				"签到表：工作例会签到表（2013年7月15日）.xlsx", "督办情况汇总：督办情况汇总.docx"},
			map[string]int{"会议通知": 1, "会议纪要": 5, "签到表": 3, "督办情况汇总": 1}},
		// Before any meeting: no minutes; the 2月 例会 sign-in sheets.
		{"February", "2013-02-01",
			[]string{"签到表：工作例会签到表（2013年2月16日）.xlsx", "督办情况汇总：督办情况汇总.docx"},
			map[string]int{"会议纪要": 0, "签到表": 3, "督办通知": 0}},
		// Ten working days before the third-quarter 主任会议 (9月16日).
		{"September", "2013-09-02",
			[]string{"会议通知：关于召开领导小组办公室主任会议的通知.docx", "签到表：领导小组办公室主任会议签到表（2013年9月16日）.xlsx",
				"会议通知：关于召开专项活动牵头单位会议的通知.docx"},
			map[string]int{"会议通知": 3}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d, _ := time.Parse(time.DateOnly, tc.date)
			jobs := meetingPlan(t, all, d)
			got := titles(jobs)
			for _, w := range tc.want {
				found := false
				for _, g := range got {
					found = found || g == w
				}
				if !found {
					t.Errorf("missing %s in\n%s", w, strings.Join(got, "\n"))
				}
			}
			kinds := map[string]int{}
			for _, j := range jobs {
				kinds[j.Kind]++
			}
			for k, n := range tc.n {
				if kinds[k] != n {
					t.Errorf("%d × %s, want %d\n%s", kinds[k], k, n, strings.Join(got, "\n"))
				}
			}
			if kinds["督办通知"] != kinds["督办事项回复表"] || kinds["会议通知"] != kinds["参会回执"] {
				t.Errorf("every letter and notice needs its workbook: %v", kinds)
			}
			for _, j := range jobs {
				var buf bytes.Buffer
				if err := j.Render(context.Background(), &buf); err != nil {
					t.Errorf("%s《%s》：%v", j.Kind, j.Title, err)
				}
			}
		})
	}
}

// only picks documents, meetings and units by id.
func TestMeetingOutputsOnly(t *testing.T) {
	d, _ := time.Parse(time.DateOnly, "2013-07-15")
	jobs := meetingPlan(t, `outputs:
  - kind: minutes
    only: [bgs-2]
  - kind: supervision
    only: [xcb]
  - kind: signin
    only: [zrhy-2013-09-16]
`, d)
	got := strings.Join(titles(jobs), "\n")
	want := strings.Join([]string{
		"会议纪要：领导小组办公室第二次主任会议纪要.docx",
		"督办事项回复表：督办事项回复表（中共湖北省委宣传部）.xlsx",
		"督办通知：关于对中共湖北省委宣传部有关工作任务进行督办的通知.docx",
		"签到表：领导小组办公室主任会议签到表（2013年9月16日）.xlsx",
	}, "\n")
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

// The weekly list of 2013-07-15 carries the open decisions on its own
// sheet, keyed for gongwen import; its task rows read back as before.
func TestWeeklyListDecisions(t *testing.T) {
	d, _ := time.Parse(time.DateOnly, "2013-07-15")
	jobs := meetingPlan(t, "outputs: [weekly]\n", d)
	var buf bytes.Buffer
	if err := jobs[0].Render(context.Background(), &buf); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows(xlsx.DecisionSheet)
	if err != nil {
		t.Fatal(err)
	}
	// The 牵头单位会议's decision due 6月10日 is still open (carried), the
	// 主任会议's runs to 7月25日; the 例会's, finished 7月11日, is gone.
	if len(rows) != 5 || !strings.Contains(rows[3][1], "上半年进展情况") || rows[3][5] != "推进中" || !strings.HasPrefix(rows[3][7], "已汇总") ||
		!strings.Contains(rows[4][1], "现场推进会调整至7月下旬") || rows[4][4] != "领导小组办公室第二次主任会议（2013年6月27日）" {
		t.Errorf("decision rows: %q", rows)
	}
	ups, err := xlsx.ReadReturned("w.xlsx", buf.Bytes(), 2013)
	if err != nil {
		t.Fatalf("the weekly list no longer reads back: %v", err)
	}
	var keys []string
	for _, u := range ups {
		if u.Decision {
			keys = append(keys, u.TaskID)
		}
	}
	if strings.Join(keys, " ") != "qtdw-1-jy1 bgs-2-jy1" {
		t.Errorf("decision keys read back: %v", keys)
	}
}

// The 推进计划 gains a 会议安排 sheet over the same 旬.
func TestScheduleMeetingPlan(t *testing.T) {
	d, _ := time.Parse(time.DateOnly, "2013-07-15")
	jobs := meetingPlan(t, "outputs: [schedule]\n", d)
	var buf bytes.Buffer
	if err := jobs[0].Render(context.Background(), &buf); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := f.GetSheetList(); len(got) != 2 || got[1] != xlsx.MeetingPlanSheet {
		t.Fatalf("sheets %v", got)
	}
	// Row 5 is the 主任会议; column D is 1月上旬, so 3月中旬 is K and
	// 9月中旬 AC.
	for cell, want := range map[string]string{"B5": "领导小组办公室主任会议", "K5": "13日", "AC5": "16日", "H4": "16、18日"} {
		if v, _ := f.GetCellValue(xlsx.MeetingPlanSheet, cell); v != want {
			t.Errorf("%s = %q, want %q", cell, v, want)
		}
	}
}

// On 2013-07-15 the 综合组's 召开市州现场推进会 (6月份) is overdue. The office
// sends no 督办通知 to its own group: the weekly list and the sign-in sheet
// of that day's 工作例会 carry it on the agenda (issue 15 item 6), while
// the agenda of the next week's 例会 does not repeat it.
func TestGroupsOverdueWorkOnTheAgenda(t *testing.T) {
	d, _ := time.Parse(time.DateOnly, "2013-07-15")
	jobs := meetingPlan(t, "outputs: [weekly, signin, supervision]\n", d)
	const item = "督促综合组：召开市州现场推进会（逾期11个工作日）"
	cellsOf := func(j build.Job) string {
		var buf bytes.Buffer
		if err := j.Render(context.Background(), &buf); err != nil {
			t.Fatal(err)
		}
		f, err := excelize.OpenReader(bytes.NewReader(buf.Bytes()))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		var all []string
		for _, sh := range f.GetSheetList() {
			rows, _ := f.GetRows(sh)
			for _, r := range rows {
				all = append(all, strings.Join(r, "|"))
			}
		}
		return strings.Join(all, "\n")
	}
	seen := map[string]bool{}
	for _, j := range jobs {
		switch {
		case j.Kind == "督办通知" && strings.Contains(j.Title, "综合组"):
			t.Errorf("a 督办通知 to the office's own group: %s", j.Title)
		case j.Kind == xlsx.Weekly:
			text := cellsOf(j)
			if !strings.Contains(text, "列入7月15日工作例会议程（办公室工作组逾期未完成的工作，不发督办通知）："+item+"。") {
				t.Errorf("the weekly list does not put the overdue work on the 例会's agenda:\n%s", text)
			}
			seen["weekly"] = true
		case j.Title == "工作例会签到表（2013年7月15日）":
			if text := cellsOf(j); !strings.Contains(text, "议程：") || !strings.Contains(text, item+"。") {
				t.Errorf("the 例会's sign-in sheet has no agenda with the overdue work:\n%s", text)
			}
			seen["signin"] = true
		case j.Title == "工作例会签到表（2013年7月22日）":
			if text := cellsOf(j); strings.Contains(text, "督促") {
				t.Errorf("a later 例会 repeats the follow-up:\n%s", text)
			}
		}
	}
	if !seen["weekly"] || !seen["signin"] {
		t.Errorf("outputs missing: %v", seen)
	}
}
