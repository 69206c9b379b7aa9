package xlsx

import (
	"fmt"
	"io"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"gongwen/internal/cn"
	"gongwen/internal/meetings"
	"gongwen/internal/model"
	"gongwen/internal/period"
	"gongwen/templates"
)

// Kinds of built-in workbooks.
const (
	Division = "责任分工表"
	Matrix   = "责任矩阵"
	Schedule = "推进计划"
	Weekly   = "周工作清单"
)

// Builder builds one built-in workbook from the campaign.
type Builder struct {
	Kind string // 责任分工表, 责任矩阵, 推进计划, 周工作清单
	File string // default output file name, e.g. 责任分工表.xlsx
	Desc string // one line in Chinese
	// Build writes the workbook for the campaign as of date (the build
	// date: it picks the week of the check-off list and marks the 旬 of
	// the schedule). The output depends only on c and date.
	Build func(c *model.Campaign, date time.Time, w io.Writer) error
	// Template names the built-in template the workbook is filled from
	// (in templates/), "" for workbooks drawn by code.
	Template string
	// Data returns what that template receives, so an office's own version
	// of it can be run with Parse and Execute; nil when Template is "".
	// 责任分工表: .Title .Subtitle .Rows ([]DivisionRow);
	// 周工作清单: .Title .Week .Date (time.Time) .Rows ([]WeekRow)
	// .GroupHead (the second column's header: 工作组, 类别, …) .CheckedBy
	// (who checks a task off: 综合组, 区政府办公室).
	Data func(c *model.Campaign, date time.Time) any
	// with is Build taking extra sheets; nil for a workbook that takes none.
	with func(c *model.Campaign, date time.Time, w io.Writer, extras []Extra) error
}

// An Extra adds a sheet to a built-in workbook while it is built (see
// Builder.BuildWith).
type Extra func(f *excelize.File) error

// DecisionsExtra is AddDecisions as an Extra of the 周工作清单.
func DecisionsExtra(c *model.Campaign, week string, rows []DecisionRow) Extra {
	return func(f *excelize.File) error {
		if len(rows) == 0 {
			return nil
		}
		return addDecisions(f, c, week, rows)
	}
}

// MeetingPlanExtra is AddMeetingPlan as an Extra of the 推进计划.
func MeetingPlanExtra(c *model.Campaign, year int, rows []MeetingPlanRow) Extra {
	return func(f *excelize.File) error {
		if len(rows) == 0 {
			return nil
		}
		return addMeetingPlan(f, c, year, rows)
	}
}

// BuildWith is Build with extra sheets added before the workbook is
// written, so that it is written once: adding them to the written bytes
// (AddDecisions) reads the workbook back and writes it a second time.
// Only the 周工作清单 and the 推进计划 take extras.
func (b Builder) BuildWith(c *model.Campaign, date time.Time, w io.Writer, extras ...Extra) error {
	if len(extras) == 0 {
		return b.Build(c, date, w)
	}
	if b.with == nil {
		return fmt.Errorf("%s 不能添加工作表", b.Kind)
	}
	return b.with(c, date, w, extras)
}

// Workbooks lists the built-in workbooks in the order a build writes them.
func Workbooks() []Builder {
	return []Builder{
		{Division, Division + ".xlsx", "责任分工表：与 Word 责任分工同样的列（类别或专项活动、序号、工作任务、牵头单位、责任单位、完成时限，或数据中 division.columns 所写，含任务自己的各项如“分值”），活动的默认各列另加各单位填写的进展情况列（方案和数据自己写了各列的，只在其中有备注列或任务写了 notes 时才有备注列）", buildDivision,
			DivisionTemplate, func(c *model.Campaign, date time.Time) any { return divisionData(c, date) }, nil},
		{Matrix, Matrix + ".xlsx", "责任矩阵：任务×单位，●牵头 ○责任，按单位合计", buildMatrix, "", nil, nil},
		{Schedule, Schedule + ".xlsx", "推进计划：按旬排列的甘特图，标出阶段和当前旬", buildSchedule, "", nil, buildScheduleWith},
		{Weekly, Weekly + ".xlsx", "周工作清单（销号制）：本周任务、状态下拉、逾期标红、合计", buildWeekly,
			WeeklyTemplate, func(c *model.Campaign, date time.Time) any { return weeklyData(c, date) }, buildWeeklyWith},
	}
}

// Build writes the built-in workbook kind (责任分工表, 责任矩阵, 推进计划 or
// 周工作清单) for c as of date.
func Build(kind string, c *model.Campaign, date time.Time, w io.Writer) error {
	for _, b := range Workbooks() {
		if b.Kind == kind || b.File == kind {
			return b.Build(c, date, w)
		}
	}
	var kinds []string
	for _, b := range Workbooks() {
		kinds = append(kinds, b.Kind)
	}
	return fmt.Errorf("没有名为“%s”的内置工作簿（可用：%s）", kind, strings.Join(kinds, "、"))
}

func campaignTitle(c *model.Campaign) string { return c.ShortTitle() }

// subtitle names who keeps the table — the leading group's office, else
// the organs that issue the programme (its 印发通知's, else its 责任分工's:
// both of a joint notice, 「中共安徽省委教育工委、安徽省教育厅」, where the
// first alone was named — QA s11 finding 14), else the first organ — and
// the date.
func subtitle(c *model.Campaign, date time.Time) string {
	maker := c.Office.Name
	if maker == "" {
		maker = strings.Join(issuers(c), "、")
	}
	if maker == "" && len(c.Profile.Organs) > 0 {
		maker = c.Profile.Organs[0].Name
	}
	if maker == "" {
		return "截至" + cnDate(date)
	}
	return "制表：" + maker + "　　截至" + cnDate(date)
}

// divisionTitle titles the 责任分工表: the title the data gives the
// division (model.DivisionTitle), else a programme named …分工 or …分解
// already is not called 责任分工 twice.
func divisionTitle(c *model.Campaign) string {
	if t := c.DivisionTitle(); t != "" {
		return t
	}
	t := campaignTitle(c)
	if !c.Campaigning() && (strings.Contains(t, "分工") || strings.Contains(t, "分解")) {
		return t
	}
	return t + "责任分工"
}

// cnDate writes a date as 2013年2月20日.
func cnDate(t time.Time) string {
	return fmt.Sprintf("%d年%d月%d日", t.Year(), int(t.Month()), t.Day())
}

// executeBuiltin runs a built-in template with data.
func executeBuiltin(name string, data any) (*excelize.File, error) {
	b, err := templates.Read(name)
	if err != nil {
		return nil, fmt.Errorf("读取内置模板 %s: %w", name, err)
	}
	t, err := Parse(name, b, Options{})
	if err != nil {
		return nil, err
	}
	return t.executeFile(data, ExecOptions{})
}

// useFonts replaces the default font names of a built-in template with the
// campaign's.
func useFonts(f *excelize.File, fn fonts) error {
	if _, err := f.GetStyle(0); err != nil { // loads the style sheet
		return err
	}
	if f.Styles == nil || f.Styles.Fonts == nil {
		return nil
	}
	swap := map[string]string{defaultTitleFont: fn.title, defaultBodyFont: fn.body, defaultHeiFont: fn.hei}
	for _, font := range f.Styles.Fonts.Font {
		if font == nil || font.Name == nil || font.Name.Val == nil {
			continue
		}
		if to, ok := swap[*font.Name.Val]; ok {
			v := to
			font.Name.Val = &v
		}
	}
	return nil
}

// mergeRuns merges the cells of column col over each run of rows whose key
// is the same, starting at row first.
func mergeRuns(f *excelize.File, sheet string, col, first int, keys []string) error {
	start := 0
	for i := 1; i <= len(keys); i++ {
		if i < len(keys) && keys[i] == keys[start] {
			continue
		}
		if i-start > 1 {
			a, _ := excelize.CoordinatesToCellName(col, first+start)
			b, _ := excelize.CoordinatesToCellName(col, first+i-1)
			if err := f.MergeCell(sheet, a, b); err != nil {
				return err
			}
		}
		start = i
	}
	return nil
}

// fitRows sets the height of rows first.. from their texts.
func fitRows(f *excelize.File, sheet string, first int, texts [][]string, widths []float64) error {
	for i, t := range texts {
		if err := f.SetRowHeight(sheet, first+i, rowHeight(t, widths, bodySize)); err != nil {
			return err
		}
	}
	return nil
}

func divisionData(c *model.Campaign, date time.Time) map[string]any {
	return map[string]any{
		"Title":    divisionTitle(c),
		"Subtitle": subtitle(c, date),
		"Rows":     divisionRows(c),
	}
}

func buildDivision(c *model.Campaign, date time.Time, w io.Writer) error {
	plan := divisionPlan(c)
	t, err := divisionTemplateFor(c)
	if err != nil {
		return err
	}
	data := divisionData(c, date)
	rows, heads := divisionItems(c, data["Rows"].([]DivisionRow), plan)
	widths := divisionSheetWidths(rows, plan)
	data["Rows"] = rows
	f, err := t.executeFile(data, ExecOptions{})
	if err != nil {
		return err
	}
	defer f.Close()
	const first = divisionHeaderRow + 1
	for i, wd := range widths {
		if err := f.SetColWidth(DivisionSheet, colLetter(i), colLetter(i), wd); err != nil {
			return err
		}
	}
	printed := len(plan) - 1
	texts := make([][]string, len(rows))
	for i, r := range rows {
		texts[i] = make([]string, printed)
		for j, col := range plan[:printed] {
			// The group is merged over its run, so it sets the height
			// of a run of one row only.
			alone := (i == 0 || rows[i-1].Activity != r.Activity) && (i == len(rows)-1 || rows[i+1].Activity != r.Activity)
			if col.kind != model.ColumnGroup || alone {
				texts[i][j] = divisionCell(r, col)
			}
		}
	}
	if err := fitRows(f, DivisionSheet, first, texts, widths); err != nil {
		return err
	}
	if g := slices.IndexFunc(plan, func(p divisionCol) bool { return p.kind == model.ColumnGroup }); g >= 0 {
		keys := make([]string, len(rows))
		for i, r := range rows {
			keys[i] = r.Activity
		}
		if err := mergeRuns(f, DivisionSheet, g+1, first, keys); err != nil {
			return err
		}
	}
	if err := categoryRows(f, heads, first, printed, widths); err != nil {
		return err
	}
	if err := useFonts(f, profileFonts(c)); err != nil {
		return err
	}
	if c.Division.Orientation == model.OrientationPortrait {
		// The table prints landscape unless the data asks for portrait.
		portrait := "portrait"
		if err := f.SetPageLayout(DivisionSheet, &excelize.PageLayoutOptions{Orientation: &portrait}); err != nil {
			return err
		}
	}
	return write(f, w)
}

// divisionCell is what a row shows in a column.
func divisionCell(r DivisionRow, col divisionCol) string {
	switch col.kind {
	case model.ColumnNo:
		if r.No == 0 {
			return ""
		}
		return strconv.Itoa(r.No)
	case model.ColumnGroup:
		return r.Activity
	case model.ColumnTask:
		return r.Task
	case model.ColumnLead:
		return r.Lead
	case model.ColumnUnits:
		return r.Units
	case model.ColumnDue:
		return r.Due
	case model.ColumnNotes:
		return r.Progress
	case model.ColumnLeader:
		return r.Leader
	case model.ColumnPerson:
		return r.Person
	case model.ColumnDetail:
		return r.Detail
	case model.ColumnValue:
		return r.Values[col.head]
	}
	return r.ID
}

// categoryRows writes the category headings (「一、稳定经济增长」) into
// their rows, each one cell across the printed columns, in 黑体 as the
// headings of the Word list.
func categoryRows(f *excelize.File, heads map[int]string, first, printed int, widths []float64) error {
	if len(heads) == 0 {
		return nil
	}
	style, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Family: defaultHeiFont, Size: bodySize},
		Alignment: &excelize.Alignment{Horizontal: "left", Vertical: "center", WrapText: true}, Border: thin})
	if err != nil {
		return err
	}
	total := 0.0
	for _, w := range widths[:printed] {
		total += w
	}
	for _, i := range slices.Sorted(maps.Keys(heads)) {
		row := strconv.Itoa(first + i)
		for j := range printed {
			if err := f.SetCellValue(DivisionSheet, colLetter(j)+row, nil); err != nil {
				return err
			}
		}
		a, b := "A"+row, colLetter(printed-1)+row
		steps := []func() error{
			func() error { return f.SetCellValue(DivisionSheet, a, heads[i]) },
			func() error { return f.MergeCell(DivisionSheet, a, b) },
			func() error { return f.SetCellStyle(DivisionSheet, a, b, style) },
			func() error {
				return f.SetRowHeight(DivisionSheet, first+i, rowHeight([]string{heads[i]}, []float64{total}, bodySize))
			},
		}
		for _, step := range steps {
			if err := step(); err != nil {
				return err
			}
		}
	}
	return nil
}

// divisionSheetWidths sizes the 责任分工表's columns from their content, as
// the Word table's are: 序号 and 完成时限 hold their widest number or date
// on one line (「2024年6月30日前」), 类别 and the unit columns their longest
// name up to a cap; the task column keeps the template's width.
func divisionSheetWidths(rows []DivisionRow, plan []divisionCol) []float64 {
	widths := make([]float64, len(plan))
	// Width units of a cell's text: a Chinese character at the body size
	// is size*4/3 pixels, a width unit 7.
	units := func(s string) float64 {
		px := 0.0
		for _, r := range s {
			if r < 0x2E80 {
				px += float64(bodySize) * 4 / 3 * 0.55
			} else {
				px += float64(bodySize) * 4 / 3
			}
		}
		return math.Ceil(px/7) + 2
	}
	// widest is the width of the widest piece of the column's texts cut
	// at the marks, outside brackets: 各县（市、区）商务主管部门 is one name.
	widest := func(col divisionCol, cut string) float64 {
		w := 0.0
		for _, r := range rows {
			if r.ID == "" {
				continue // a category's row spans the table
			}
			depth := 0
			for _, p := range strings.FieldsFunc(divisionCell(r, col), func(r rune) bool {
				switch {
				case strings.ContainsRune("（(", r):
					depth++
				case strings.ContainsRune("）)", r):
					depth = max(0, depth-1)
				}
				return depth == 0 && strings.ContainsRune(cut, r)
			}) {
				w = max(w, units(p))
			}
		}
		return w
	}
	// Caps in width units, by kind: the task column keeps its width.
	most := map[string]float64{model.ColumnNo: 8, model.ColumnGroup: 22, model.ColumnLead: 26, model.ColumnUnits: 30, model.ColumnDue: 26, model.ColumnValue: 24}
	// A group cell names a task's categories one a line.
	cut := map[string]string{model.ColumnLead: "、，", model.ColumnUnits: "、，", model.ColumnDue: "、，", model.ColumnGroup: "\n"}
	for i, col := range plan {
		widths[i] = divisionFields[col.kind].width
		if m, ok := most[col.kind]; ok {
			widths[i] = max(widths[i], min(widest(col, cut[col.kind]), m))
			if col.kind == model.ColumnValue {
				// Its header too: the name is the office's own (考核方式).
				widths[i] = max(widths[i], min(units(col.head), m))
			}
		}
	}
	return widths
}

func weeklyData(c *model.Campaign, date time.Time) map[string]any {
	return WeeklyData(c, nil, date)
}

// WeeklyData is what the 周工作清单 template receives for c as of date;
// cal (nil for the built-in holidays) counts the working days of overdue
// work and places the next 工作例会. .Agenda is the office groups' overdue
// work that meeting takes up (meetings.NextRoutine), "" when there is none.
func WeeklyData(c *model.Campaign, cal *cn.Calendar, date time.Time) map[string]any {
	wl, rows := weekRows(c, date)
	agenda := ""
	if r, err := meetings.NextRoutine(c, cal, date); err == nil && len(r.FollowUps) > 0 {
		// A year the calendar does not know leaves the line out: the
		// list itself still shows the overdue rows in red.
		agenda = "列入" + r.Name() + "议程（办公室工作组逾期未完成的工作，不发督办通知）："
		if len(r.FollowUps) == 1 {
			agenda += r.FollowUps[0] + "。"
		} else {
			for i, f := range r.FollowUps {
				agenda += fmt.Sprintf("\n%d.%s。", i+1, f)
			}
		}
	}
	return map[string]any{
		"Title":     campaignTitle(c) + "周工作清单",
		"Week":      wl.Label,
		"Date":      period.Day(date),
		"Rows":      rows,
		"GroupHead": weekGroupHead(c, rows),
		"CheckedBy": checkedBy(c),
		"Agenda":    agenda,
	}
}

// checkedBy names who checks finished work off the weekly list: the office
// group that keeps the work plan (综合组), else the office (区政府办公室),
// else the issuing organ (区政府).
func checkedBy(c *model.Campaign) string {
	if g := c.GroupByID(c.Plan.Group); g != nil && g.Name != "" {
		return g.Name
	}
	for _, name := range []string{c.Office.Short, c.Office.Name} {
		if name != "" {
			return name
		}
	}
	for _, o := range c.Profile.Organs {
		for _, name := range []string{o.Short, o.Name} {
			if name != "" {
				return name
			}
		}
	}
	return "办公室"
}

func buildWeekly(c *model.Campaign, date time.Time, w io.Writer) error {
	return BuildWeekly(c, nil, date, w)
}

func buildWeeklyWith(c *model.Campaign, date time.Time, w io.Writer, extras []Extra) error {
	return BuildWeekly(c, nil, date, w, extras...)
}

// BuildWeekly writes the 周工作清单 for c as of date with the holidays of
// cal (nil for the built-in ones); extras add their sheets before it is
// written (see Builder.BuildWith).
func BuildWeekly(c *model.Campaign, cal *cn.Calendar, date time.Time, w io.Writer, extras ...Extra) error {
	data := WeeklyData(c, cal, date)
	rows := data["Rows"].([]WeekRow)
	if h := data["GroupHead"].(string); cellPixels(h, headerSize) > cellRoom(weeklyWidths[1]) {
		// 工作组/专项活动 in a narrow column: a line for each name.
		data["GroupHead"] = strings.ReplaceAll(h, "/", "/\n")
	}
	f, err := executeBuiltin(WeeklyTemplate, data)
	if err != nil {
		return err
	}
	defer f.Close()
	if err := useFonts(f, profileFonts(c)); err != nil {
		return err
	}
	if data["GroupHead"] == "" {
		// Nothing groups the tasks: no empty column under a made-up
		// header. Hidden, not removed: the columns keep their places
		// for import.
		if err := f.SetColVisible(WeeklySheet, "B", false); err != nil {
			return err
		}
	}
	if h := data["GroupHead"].(string); strings.Contains(h, "\n") {
		if err := f.SetRowHeight(WeeklySheet, weeklyHeaderRow, rowHeight([]string{h}, []float64{weeklyWidths[1]}, headerSize)); err != nil {
			return err
		}
	}
	const first = weeklyHeaderRow + 1
	keys := make([]string, len(rows))
	texts := make([][]string, len(rows))
	for i, r := range rows {
		keys[i] = r.key
		if r.key == "" {
			keys[i] = "#" + r.ID // a task under nothing is not merged with its neighbours
		}
		texts[i] = []string{"", "", r.Task, r.Lead, r.Units, r.Due, r.Status, "", r.Notes}
	}
	for i, r := range rows {
		// The group is merged over its run, so it sets the height of a
		// run of one row only.
		if (i == 0 || keys[i-1] != keys[i]) && (i == len(rows)-1 || keys[i+1] != keys[i]) {
			texts[i][1] = r.Group
		}
	}
	if err := mergeRuns(f, WeeklySheet, 2, first, keys); err != nil {
		return err
	}
	if err := fitRows(f, WeeklySheet, first, texts, weeklyWidths); err != nil {
		return err
	}
	if a := data["Agenda"].(string); a != "" {
		// Under the 合计 and the 说明, across the nine printed columns.
		if err := f.SetRowHeight(WeeklySheet, first+len(rows)+2, rowHeight([]string{a}, []float64{sum(weeklyWidths[:9])}, bodySize)); err != nil {
			return err
		}
	}
	if err := addExtras(f, extras); err != nil {
		return err
	}
	return write(f, w)
}

func addExtras(f *excelize.File, extras []Extra) error {
	for _, x := range extras {
		if err := x(f); err != nil {
			return err
		}
	}
	return nil
}

func sum(xs []float64) float64 {
	var t float64
	for _, x := range xs {
		t += x
	}
	return t
}

// answersFor are the units that answer for a task on the weekly list: its
// lead units, else its responsible units — as the 督办 groups them.
func answersFor(c *model.Campaign, t *model.Task) []string {
	lead, units := taskUnits(c, t)
	if len(lead) > 0 {
		return lead
	}
	return units
}

// issuers are the names of the organs of the programme's first 印发通知
// (else of its first 责任分工) that names any, in the document's order.
func issuers(c *model.Campaign) []string {
	for _, kind := range []model.DocumentKind{model.IssueNotice, model.Division} {
		for i := range c.Documents {
			d := &c.Documents[i]
			if d.Kind != kind || len(d.Organs) == 0 {
				continue
			}
			var names []string
			for _, id := range d.Organs {
				if o := c.OrganByID(id); o != nil && o.Name != "" {
					names = append(names, o.Name)
				}
			}
			if len(names) > 0 {
				return names
			}
		}
	}
	return nil
}
