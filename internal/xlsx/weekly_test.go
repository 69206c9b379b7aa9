package xlsx

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"gongwen/internal/model"
	"gongwen/internal/period"
)

// weeklyBook builds the 周工作清单 of c as of date and opens it.
func weeklyBook(t *testing.T, c *model.Campaign, date time.Time) (*excelize.File, []byte) {
	t.Helper()
	var b bytes.Buffer
	if err := buildWeekly(c, date, &b); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(b.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f, b.Bytes()
}

// shown is what a clerk reads in a cell: a cell inside a merged range shows
// the range's first cell.
func shown(t *testing.T, f *excelize.File, sheet, cell string) string {
	t.Helper()
	merged, err := f.GetMergeCells(sheet)
	if err != nil {
		t.Fatal(err)
	}
	col, row, _ := excelize.CellNameToCoordinates(cell)
	for _, m := range merged {
		c1, r1, _ := excelize.CellNameToCoordinates(m.GetStartAxis())
		c2, r2, _ := excelize.CellNameToCoordinates(m.GetEndAxis())
		if col >= c1 && col <= c2 && row >= r1 && row <= r2 {
			return m.GetCellValue()
		}
	}
	v, _ := f.GetCellValue(sheet, cell)
	return v
}

// The weekly list's second column says under what each task is checked
// off, by the programme's own structure, and its note names who checks a
// task off — no campaign group is written into a programme's list.
func TestWeeklyGroupColumn(t *testing.T) {
	p := func(s string) period.Period { return period.MustParse(s, 2024) }
	date := time.Date(2024, 7, 3, 0, 0, 0, 0, time.UTC)
	units := []model.Unit{{ID: "fgw", Name: "区发展和改革委员会", Short: "区发展改革委"}, {ID: "jd", Name: "各街道"}, {ID: "czj", Name: "区财政局"}}
	withGroups := campaign()
	withGroups.Plan.Group = "zhz"
	withGroups.Tasks = append(withGroups.Tasks, model.Task{ID: "t9", Title: "开展“三抓一促”督查", Activity: "sz",
		Period: period.MustParse("2月下旬", 2013), Status: model.InProgress})
	noActivity := campaign()
	noActivity.Activities = nil
	for i := range noActivity.Tasks {
		noActivity.Tasks[i].Activity = ""
	}
	tests := []struct {
		name    string
		c       *model.Campaign
		date    time.Time
		head    string
		groups  []string // column B of the task rows, top to bottom
		checker string
	}{
		{"campaign: office groups and special activities", withGroups, buildDate, "工作组/专项活动",
			[]string{"综合组", "综合组", "宣传组", "督导组", "三抓一促"}, "综合组"},
		{"campaign without activities", noActivity, buildDate, "工作组",
			[]string{"综合组", "综合组", "宣传组", "督导组"}, "省委“学创”活动领导小组办公室"},
		{"programme with categories", &model.Campaign{Name: "宁川区2024年重点工作任务分解", Year: 2024, Units: units,
			Office:     model.Office{Name: "宁川区人民政府办公室", Short: "区政府办公室"},
			Categories: []model.Category{{ID: "wz", Name: "稳增长"}, {ID: "ms", Name: "惠民生"}},
			Tasks: []model.Task{
				{ID: "a", Title: "固定资产投资增长8%", Category: "wz", Lead: []string{"fgw"}, Period: p("年底前")},
				{ID: "b", Title: "新增就业8000人", Category: "ms", Units: []string{"jd"}, Period: p("年底前")},
				{ID: "c", Title: "一般公共预算收入增长5%", Category: "wz", Lead: []string{"czj"}, Period: p("年底前")},
			}}, date, "类别", []string{"稳增长", "稳增长", "惠民生"}, "区政府办公室"},
		{"programme without categories", &model.Campaign{Name: "某区2024年重点工作任务分解", Year: 2024, Units: units,
			Profile: model.Profile{Organs: []model.Organ{{ID: "qzf", Name: "宁川区人民政府", Short: "区政府"}}},
			Tasks: []model.Task{
				{ID: "a", Title: "固定资产投资增长8%", Lead: []string{"fgw"}, Units: []string{"jd"}, Period: p("年底前")},
				{ID: "b", Title: "新增就业8000人", Units: []string{"jd", "czj"}, Period: p("年底前")},
			}}, date, "承办单位", []string{"区发展改革委", "各街道"}, "区政府"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, _ := weeklyBook(t, tt.c, tt.date)
			// The cells' own line breaks (layCell) are not part of the names.
			flat := func(s string) string { return strings.ReplaceAll(s, "\n", "") }
			if got := flat(shown(t, f, WeeklySheet, "B3")); got != tt.head {
				t.Errorf("B3 = %q, want %q", got, tt.head)
			}
			var groups []string
			note := ""
			for row := weeklyHeaderRow + 1; ; row++ {
				id, _ := f.GetCellValue(WeeklySheet, "J"+itoa(row))
				if id == "" {
					note = shown(t, f, WeeklySheet, "A"+itoa(row+1))
					break
				}
				groups = append(groups, flat(shown(t, f, WeeklySheet, "B"+itoa(row))))
			}
			if strings.Join(groups, "|") != strings.Join(tt.groups, "|") {
				t.Errorf("column B %q, want %q", groups, tt.groups)
			}
			if want := "“已销号”由" + tt.checker + "核实后标注"; !strings.Contains(note, want) {
				t.Errorf("note %q does not say %s", note, want)
			}
			if tt.c.Plan.Group == "" && strings.Contains(note, "综合组") {
				t.Errorf("note %q names a group the data does not", note)
			}
		})
	}
}

// A list returned in the shape of earlier versions (工作组 heading an empty
// column, no agenda line) imports as the new one does.
func TestReadReturnedWeeklyOldAndNewShape(t *testing.T) {
	c := campaign()
	_, book := weeklyBook(t, c, buildDate)
	fill := map[string]any{"周工作清单!G4": "已完成", "周工作清单!H4": day(2, 19), "周工作清单!I4": "已召开"}
	newShape, err := SetCells(book, fill)
	if err != nil {
		t.Fatal(err)
	}
	old := map[string]any{"周工作清单!B3": "工作组"}
	for k, v := range fill {
		old[k] = v
	}
	for row := 4; row <= 8; row++ {
		old["周工作清单!B"+itoa(row)] = ""
	}
	oldShape, err := SetCells(book, old)
	if err != nil {
		t.Fatal(err)
	}
	var got [2]string
	for i, b := range [][]byte{newShape, oldShape} {
		ups, err := ReadReturned("w.xlsx", b, 2013)
		if err != nil {
			t.Fatalf("shape %d: %v", i, err)
		}
		var s []string
		for _, u := range ups {
			s = append(s, u.TaskID+":"+str(u.Status)+":"+date(u.DoneOn)+":"+str(u.Notes))
		}
		got[i] = strings.Join(s, " ")
	}
	if got[0] != got[1] || !strings.Contains(got[0], "t2:已完成:2013-02-19:已召开") {
		t.Errorf("new shape %q, old shape %q", got[0], got[1])
	}
}

// Overdue work of the office's own groups gets no 督办通知: the weekly list
// puts it on the agenda of the next 工作例会 (issue 15 item 6). Work led by
// a unit is not on it — that unit gets the 督办通知.
func TestWeeklyAgendaOfGroupsOverdueWork(t *testing.T) {
	c := campaign()
	c.Cadences = []model.Cadence{{ID: "lh", Name: "工作例会", Every: "每周", Weekday: 1, Agenda: []string{"梳理本周工作清单"}}}
	c.Tasks = append(c.Tasks, model.Task{ID: "t8", Title: "筹备召开电视电话动员会", Group: "zhz",
		Period: period.MustParse("2月中旬", 2013), Status: model.InProgress})
	// 2月22日 (Friday): t8 (综合组's own, 2月中旬) is overdue; t3 is
	// 宣传组's but has units, so they answer for it by a 督办通知.
	date := day(2, 22)
	d := WeeklyData(c, nil, date)
	agenda := d["Agenda"].(string)
	for _, want := range []string{"列入2月25日工作例会议程", "督促综合组：筹备召开电视电话动员会（逾期", "不发督办通知"} {
		if !strings.Contains(agenda, want) {
			t.Errorf("agenda %q lacks %q", agenda, want)
		}
	}
	if strings.Contains(agenda, "开设专栏") {
		t.Errorf("agenda %q lists a task that units answer for", agenda)
	}
	f, _ := weeklyBook(t, c, date)
	found := false
	rows, _ := f.GetRows(WeeklySheet)
	for _, r := range rows {
		if len(r) > 0 && r[0] == agenda {
			found = true
		}
	}
	if !found {
		t.Errorf("the agenda line is not in the workbook: %q", rows)
	}
	// Hundreds of overdue items: the line grows past the tallest row Excel
	// takes (409 points), and the list still builds.
	many := campaign()
	many.Cadences = c.Cadences
	for i := range 300 {
		many.Tasks = append(many.Tasks, model.Task{ID: fmt.Sprintf("x%d", i), Title: "筹备召开电视电话动员会", Group: "zhz",
			Period: period.MustParse("2月中旬", 2013), Status: model.InProgress})
	}
	var b bytes.Buffer
	if err := BuildWeekly(many, nil, date, &b); err != nil {
		t.Fatalf("300 overdue items: %v", err)
	}
	// Nothing overdue of the groups: no line.
	if a := WeeklyData(c, nil, day(2, 4))["Agenda"]; a != "" {
		t.Errorf("agenda on 2月4日: %q", a)
	}
}

// The 督办事项回复表 goes out with its unit in 填报单位; the date the unit
// writes in 填报日期 comes back with every row (a unit may correct the
// unit's name). A date that cannot be read is an error at its cell.
func TestReadReturnedSigned(t *testing.T) {
	var b bytes.Buffer
	r := SupervisionReply{Title: "督办事项回复表（省委宣传部）", Unit: "省委宣传部",
		Tasks: []ReplyTask{{ID: "t3", Task: "开设专栏", Due: "2013年2月20日", Delay: "逾期2个工作日", Status: model.NotStarted}}}
	if err := BuildSupervisionReply(campaign(), r, &b); err != nil {
		t.Fatal(err)
	}
	// The form: title, note, header, one task, a blank row, the signature.
	f, err := excelize.OpenReader(bytes.NewReader(b.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	for cell, want := range map[string]string{"A6": "填报单位：", "C6": "省委宣传部", "E6": "填报日期："} {
		if got := shown(t, f, ReplySheet, cell); got != want {
			t.Errorf("%s = %q, want %q", cell, got, want)
		}
	}
	f.Close()
	for _, tt := range []struct {
		name  string
		cells map[string]any
		by    string
		on    string
		err   string
	}{
		{"unsigned", map[string]any{"督办事项回复表!G4": "已开设"}, "省委宣传部", "<nil>", ""},
		{"dated", map[string]any{"督办事项回复表!G4": "已开设", "督办事项回复表!F6": day(2, 22)}, "省委宣传部", "2013-02-22", ""},
		{"dated as text, unit corrected", map[string]any{"督办事项回复表!G4": "已开设", "督办事项回复表!F6": "2月25日", "督办事项回复表!C6": "宣传部"}, "宣传部", "2013-02-25", ""},
		{"bad date", map[string]any{"督办事项回复表!F6": "下周一"}, "", "", "督办事项回复表!F6: 填报日期“下周一”无法识别"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			edited, err := SetCells(b.Bytes(), tt.cells)
			if err != nil {
				t.Fatal(err)
			}
			ups, err := ReadReturned("r.xlsx", edited, 2013)
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("error %v, want %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(ups) != 1 || ups[0].By != tt.by || date(ups[0].On) != tt.on {
				t.Errorf("updates %+v, want by %q on %q", ups, tt.by, tt.on)
			}
		})
	}
}

// The 责任分工表's columns are sized from their content: a date of 完成时限
// and a unit's name fit their columns (the row heights follow), and the
// table prints portrait only when the data asks for it.
func TestDivisionSheetLayout(t *testing.T) {
	c := &model.Campaign{Name: "某局2024年工作要点任务分工", Year: 2024,
		Units:      []model.Unit{{ID: "gx", Name: "各县（市、区）商务主管部门"}, {ID: "dz", Name: "电子商务和信息化科"}},
		Categories: []model.Category{{ID: "wm", Name: "稳住外贸外资基本盘"}},
		Tasks: []model.Task{{ID: "a", Title: "外贸进出口总额增长5%", Category: "wm", Lead: []string{"dz"}, Units: []string{"gx"},
			Period: period.MustParse("2024年12月31日前", 2024)}}}
	for _, orient := range []string{"", model.OrientationLandscape, model.OrientationPortrait} {
		c.Division.Orientation = orient
		var b bytes.Buffer
		if err := buildDivision(c, time.Date(2024, 7, 3, 0, 0, 0, 0, time.UTC), &b); err != nil {
			t.Fatal(err)
		}
		f, err := excelize.OpenReader(&b)
		if err != nil {
			t.Fatal(err)
		}
		due, _ := f.GetColWidth(DivisionSheet, "F")
		units, _ := f.GetColWidth(DivisionSheet, "E")
		group, _ := f.GetColWidth(DivisionSheet, "A")
		// 「2024年12月31日前」: 4 Chinese characters and 8 digits at 11 pt;
		// 各县（市、区）商务主管部门 is one name of 13 characters.
		if due < 20 || units < 28 || group < 18 {
			t.Errorf("%s: widths 完成时限 %.0f, 责任单位 %.0f, 类别 %.0f: they wrap a date or a name", orient, due, units, group)
		}
		lay, _ := f.GetPageLayout(DivisionSheet)
		want := "landscape"
		if orient == model.OrientationPortrait {
			want = "portrait"
		}
		if lay.Orientation == nil || *lay.Orientation != want {
			t.Errorf("%q: orientation %v, want %s", orient, lay.Orientation, want)
		}
		f.Close()
	}
}
