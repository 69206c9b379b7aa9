package xlsx

import (
	"fmt"
	"io"
	"time"

	"github.com/xuri/excelize/v2"

	"gongwen/internal/model"
	"gongwen/internal/period"
)

// The 推进计划 is a Gantt chart over the 36 旬 of the campaign year: a band
// row per phase over the phase's period, a row per task with its 旬
// filled, and the 旬 of the build date marked in the header and down its
// column.

const (
	scheduleFirstCol = 4 // A 序号, B 工作任务, C 期限, then the 旬
	scheduleFirstRow = 4 // rows 1–3: title, months, 上/中/下
)

var scheduleWidths = []float64{6, 36, 14}

// Phase colours: band (light) and task bar (strong), cycling.
var phaseColours = [][2]string{{"DDEBF7", "5B9BD5"}, {"E2EFDA", "70AD47"}, {"FCE4D6", "ED7D31"}, {"EDEDED", "A5A5A5"}}

// ScheduleRow is one row of the chart: a phase band or a task.
type ScheduleRow struct {
	Phase bool // a band row
	No    int  // task number, 0 for a band
	Title string
	Due   string
	On    []bool // per 旬 of the year: filled
	Tone  int    // index into the phase colours
}

// scheduleRows arranges the model's Schedule by phase: each phase's band
// (from its first to its last 旬), then its tasks in plan order; tasks of
// no known phase last.
func scheduleRows(c *model.Campaign) []ScheduleRow {
	sc := c.Schedule()
	band := map[string]model.PhaseBand{}
	for _, b := range sc.Phases {
		band[b.Phase.ID] = b
	}
	var rows []ScheduleRow
	no := 0
	done := make([]bool, len(sc.Rows))
	add := func(tone int, r model.ScheduleRow) {
		no++
		title := r.Task.Title
		if title == "" {
			title = r.Task.Text
		}
		rows = append(rows, ScheduleRow{No: no, Title: title, Due: r.Task.Period.Written(), On: r.Cells, Tone: tone})
	}
	for pi, p := range c.Phases {
		on := make([]bool, len(sc.Xuns))
		if b, ok := band[p.ID]; ok {
			for k := b.From; k <= b.To && k < len(on); k++ {
				on[k] = true
			}
		}
		rows = append(rows, ScheduleRow{Phase: true, Title: fmt.Sprintf("%s、%s", cnOrdinal(pi+1), p.Name), Due: p.Period.Written(), On: on, Tone: pi})
		for i, r := range sc.Rows {
			if r.Task.Phase == p.ID {
				add(pi, r)
				done[i] = true
			}
		}
	}
	first := true
	for i, r := range sc.Rows {
		if done[i] {
			continue
		}
		if first {
			rows = append(rows, ScheduleRow{Phase: true, Title: "其他任务", On: make([]bool, len(sc.Xuns)), Tone: len(c.Phases)})
			first = false
		}
		add(len(c.Phases), r)
	}
	return rows
}

// cnOrdinal gives 一 … 十九 for heading numbers of phases.
func cnOrdinal(n int) string {
	digits := []string{"", "一", "二", "三", "四", "五", "六", "七", "八", "九"}
	switch {
	case n < 10:
		return digits[n]
	case n == 10:
		return "十"
	case n < 20:
		return "十" + digits[n-10]
	}
	return fmt.Sprint(n)
}

func buildSchedule(c *model.Campaign, date time.Time, w io.Writer) error {
	return buildScheduleWith(c, date, w, nil)
}

func buildScheduleWith(c *model.Campaign, date time.Time, w io.Writer, extras []Extra) error {
	f := excelize.NewFile()
	defer f.Close()
	if err := writeSchedule(f, c, date); err != nil {
		return fmt.Errorf("生成推进计划: %w", err)
	}
	if err := addExtras(f, extras); err != nil {
		return err
	}
	return write(f, w)
}

func writeSchedule(f *excelize.File, c *model.Campaign, date time.Time) error {
	const s = ScheduleSheet
	if err := f.SetSheetName("Sheet1", s); err != nil {
		return err
	}
	fn := profileFonts(c)
	st, err := newStyles(f, fn)
	if err != nil {
		return err
	}
	xuns := period.Xuns(c.Year)
	nCols := scheduleFirstCol - 1 + len(xuns)
	lastCol, _ := excelize.ColumnNumberToName(nCols)
	now := period.XunOf(date)
	nowCol := -1
	if now.Year == c.Year {
		nowCol = scheduleFirstCol + now.Index()
	}
	cellStyle := map[string]int{}
	fill := func(colour string, marked bool) (int, error) {
		key := fmt.Sprint(colour, marked)
		if id, ok := cellStyle[key]; ok {
			return id, nil
		}
		border := thin
		if marked {
			border = []excelize.Border{{Type: "left", Color: "C00000", Style: 2}, {Type: "right", Color: "C00000", Style: 2},
				{Type: "top", Color: "000000", Style: 1}, {Type: "bottom", Color: "000000", Style: 1}}
		}
		style := &excelize.Style{Border: border, Font: &excelize.Font{Family: fn.body, Size: 9}, Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center"}}
		if colour != "" {
			style.Fill = excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{colour}}
		}
		id, err := f.NewStyle(style)
		cellStyle[key] = id
		return id, err
	}
	nowHeader, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Family: fn.hei, Size: 9, Color: "FFFFFF", Bold: true}, Border: thin,
		Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center"}, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"C00000"}}})
	if err != nil {
		return err
	}
	band, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Family: fn.hei, Size: bodySize}, Border: thin,
		Alignment: &excelize.Alignment{Horizontal: "left", Vertical: "center", WrapText: true}})
	if err != nil {
		return err
	}
	small, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Family: fn.hei, Size: 9}, Border: thin,
		Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center"}, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"D9D9D9"}}})
	if err != nil {
		return err
	}

	steps := []func() error{
		func() error { return setWidths(f, s, scheduleWidths) },
		func() error {
			first, _ := excelize.ColumnNumberToName(scheduleFirstCol)
			return f.SetColWidth(s, first, lastCol, 2.6)
		},
		func() error {
			return setRow(f, s, 1, st.title, campaignTitle(c)+"推进计划（"+fmt.Sprint(c.Year)+"年）")
		},
		func() error { return f.MergeCell(s, "A1", lastCol+"1") },
		func() error { return f.SetRowHeight(s, 1, 36) },
		func() error { return setRow(f, s, 2, st.header, "序号", "工作任务", "完成时限") },
		func() error { return setRow(f, s, 3, st.header, nil, nil, nil) },
		func() error { return f.MergeCell(s, "A2", "A3") },
		func() error { return f.MergeCell(s, "B2", "B3") },
		func() error { return f.MergeCell(s, "C2", "C3") },
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return err
		}
	}
	for m := 0; m < 12; m++ {
		a, _ := excelize.CoordinatesToCellName(scheduleFirstCol+3*m, 2)
		b, _ := excelize.CoordinatesToCellName(scheduleFirstCol+3*m+2, 2)
		if err := f.SetCellValue(s, a, fmt.Sprintf("%d月", m+1)); err != nil {
			return err
		}
		if err := f.SetCellStyle(s, a, b, small); err != nil {
			return err
		}
		if err := f.MergeCell(s, a, b); err != nil {
			return err
		}
	}
	for i, x := range xuns {
		ref, _ := excelize.CoordinatesToCellName(scheduleFirstCol+i, 3)
		if err := f.SetCellValue(s, ref, x.Third.Short()); err != nil {
			return err
		}
		style := small
		if scheduleFirstCol+i == nowCol {
			style = nowHeader
		}
		if err := f.SetCellStyle(s, ref, ref, style); err != nil {
			return err
		}
	}

	rows := scheduleRows(c)
	for i, r := range rows {
		rn := scheduleFirstRow + i
		tone := phaseColours[r.Tone%len(phaseColours)]
		if r.Phase {
			if err := setRow(f, s, rn, band, r.Title, nil, r.Due); err != nil {
				return err
			}
			a, _ := excelize.CoordinatesToCellName(1, rn)
			b, _ := excelize.CoordinatesToCellName(2, rn)
			if err := f.MergeCell(s, a, b); err != nil {
				return err
			}
			if err := f.SetRowHeight(s, rn, 22); err != nil {
				return err
			}
		} else {
			if err := setRow(f, s, rn, st.body, r.No, r.Title, r.Due); err != nil {
				return err
			}
			for _, col := range []int{1, 3} {
				ref, _ := excelize.CoordinatesToCellName(col, rn)
				if err := f.SetCellStyle(s, ref, ref, st.center); err != nil {
					return err
				}
			}
			if err := f.SetRowHeight(s, rn, rowHeight([]string{"", r.Title, r.Due}, scheduleWidths, bodySize)); err != nil {
				return err
			}
		}
		for k := range xuns {
			colour := ""
			if k < len(r.On) && r.On[k] {
				colour = tone[1]
				if r.Phase {
					colour = tone[0]
				}
			}
			id, err := fill(colour, scheduleFirstCol+k == nowCol)
			if err != nil {
				return err
			}
			ref, _ := excelize.CoordinatesToCellName(scheduleFirstCol+k, rn)
			if err := f.SetCellStyle(s, ref, ref, id); err != nil {
				return err
			}
		}
	}
	legendRow := scheduleFirstRow + len(rows) + 1
	legend := "图例：色块为各任务的推进期限，浅色横条为工作步骤；红框一列为当前旬"
	if nowCol > 0 {
		legend += fmt.Sprintf("（%s，截至%s）", now, cnDate(date))
	} else {
		legend += fmt.Sprintf("（截至%s，不在%d年内）", cnDate(date), c.Year)
	}
	if err := setRow(f, s, legendRow, st.subtitle, legend); err != nil {
		return err
	}
	if err := f.MergeCell(s, fmt.Sprintf("A%d", legendRow), fmt.Sprintf("%s%d", lastCol, legendRow)); err != nil {
		return err
	}
	if err := f.SetPanes(s, &excelize.Panes{Freeze: true, XSplit: scheduleFirstCol - 1, YSplit: scheduleFirstRow - 1, TopLeftCell: "D4",
		ActivePane: "bottomRight", Selection: []excelize.Selection{{SQRef: "D4", ActiveCell: "D4", Pane: "bottomRight"}}}); err != nil {
		return err
	}
	if err := pageSetup(f, s, "", true); err != nil {
		return err
	}
	return f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles",
		RefersTo: quoteSheet(s) + "!$A:$C," + quoteSheet(s) + "!$2:$3", Scope: s})
}
