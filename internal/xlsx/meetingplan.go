package xlsx

import (
	"bytes"
	"fmt"

	"github.com/xuri/excelize/v2"

	"gongwen/internal/model"
)

// MeetingPlanSheet is the sheet of meetings by 旬 added to the 推进计划.
const MeetingPlanSheet = "会议安排"

// MeetingPlanRow is one meeting rule (or the meetings held outside any)
// across the 36 旬 of the year: Days[i] is the day numbers of its meetings
// in 旬 i ("4日、11日"), Held[i] whether those were held.
type MeetingPlanRow struct {
	Name  string
	Every string
	Days  [36]string
	Held  [36]bool
}

// AddMeetingPlan adds to a built workbook (the 推进计划) a sheet with the
// year's meetings over the same 36 旬 as the Gantt chart: a row per
// meeting rule, the day of each meeting in its 旬, held ones in green,
// planned ones in blue; unscheduled rules (适时) are listed with an empty
// row. The workbook's other sheets are kept as they are; with no rows it
// is returned unchanged.
func AddMeetingPlan(c *model.Campaign, book []byte, year int, rows []MeetingPlanRow) ([]byte, error) {
	if len(rows) == 0 {
		return book, nil
	}
	f, err := excelize.OpenReader(bytes.NewReader(book), Options{}.openOptions())
	if err != nil {
		return nil, fmt.Errorf("打开推进计划: %w", err)
	}
	defer f.Close()
	if err := addMeetingPlan(f, c, year, rows); err != nil {
		return nil, err
	}
	var out bytes.Buffer
	if err := write(f, &out); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

// addMeetingPlan adds the meetings' sheet to f (see AddMeetingPlan).
func addMeetingPlan(f *excelize.File, c *model.Campaign, year int, rows []MeetingPlanRow) error {
	const sh = MeetingPlanSheet
	if _, err := f.NewSheet(sh); err != nil {
		return err
	}
	fn := profileFonts(c)
	st, err := newStyles(f, fn)
	if err != nil {
		return err
	}
	mark := func(fill string) (int, error) {
		return f.NewStyle(&excelize.Style{Font: &excelize.Font{Family: fn.body, Size: 9}, Border: thin,
			Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true},
			Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{fill}}})
	}
	heldStyle, err := mark("C6EFCE")
	if err != nil {
		return err
	}
	planStyle, err := mark("DDEBF7")
	if err != nil {
		return err
	}
	emptyStyle, err := f.NewStyle(&excelize.Style{Border: thin})
	if err != nil {
		return err
	}
	const first = 4 // A 序号, B 会议, C 频次, then the 旬
	if err := f.SetColWidth(sh, "A", "A", 5); err != nil {
		return err
	}
	if err := f.SetColWidth(sh, "B", "B", 26); err != nil {
		return err
	}
	if err := f.SetColWidth(sh, "C", "C", 10); err != nil {
		return err
	}
	lastCol, _ := excelize.ColumnNumberToName(first + 35)
	firstCol, _ := excelize.ColumnNumberToName(first)
	if err := f.SetColWidth(sh, firstCol, lastCol, 4.2); err != nil {
		return err
	}
	cell := func(col, row int) string { s, _ := excelize.CoordinatesToCellName(col, row); return s }
	set := func(col, row int, v any, style int) error {
		if err := f.SetCellValue(sh, cell(col, row), v); err != nil {
			return err
		}
		return f.SetCellStyle(sh, cell(col, row), cell(col, row), style)
	}
	if err := set(1, 1, fmt.Sprintf("%d年会议安排（按旬）", year), st.title); err != nil {
		return err
	}
	if err := f.MergeCell(sh, "A1", cell(first+35, 1)); err != nil {
		return err
	}
	for i, h := range []string{"序号", "会议", "频次"} {
		if err := set(i+1, 2, h, st.header); err != nil {
			return err
		}
		if err := set(i+1, 3, "", st.header); err != nil {
			return err
		}
		if err := f.MergeCell(sh, cell(i+1, 2), cell(i+1, 3)); err != nil {
			return err
		}
	}
	for m := 0; m < 12; m++ {
		col := first + 3*m
		for k, t := range []string{"上", "中", "下"} {
			if err := set(col+k, 2, "", st.header); err != nil {
				return err
			}
			if err := set(col+k, 3, t, st.header); err != nil {
				return err
			}
		}
		if err := set(col, 2, fmt.Sprintf("%d月", m+1), st.header); err != nil {
			return err
		}
		if err := f.MergeCell(sh, cell(col, 2), cell(col+2, 2)); err != nil {
			return err
		}
	}
	for i, r := range rows {
		row := 4 + i
		if err := set(1, row, i+1, st.center); err != nil {
			return err
		}
		if err := set(2, row, r.Name, st.body); err != nil {
			return err
		}
		if err := set(3, row, r.Every, st.center); err != nil {
			return err
		}
		tall := 1
		for x := 0; x < 36; x++ {
			style := emptyStyle
			if r.Days[x] != "" {
				style = planStyle
				if r.Held[x] {
					style = heldStyle
				}
				tall = max(tall, len([]rune(r.Days[x]))/3+1)
			}
			if err := set(first+x, row, r.Days[x], style); err != nil {
				return err
			}
		}
		h := max(rowHeight([]string{"", r.Name}, []float64{5, 26}, bodySize), float64(12*tall+8))
		if err := f.SetRowHeight(sh, row, h); err != nil {
			return err
		}
	}
	note := len(rows) + 5
	if err := set(1, note, "注：绿色为已召开，蓝色为按会议制度排定（遇节假日已顺延）；数字为召开日期。", st.subtitle); err != nil {
		return err
	}
	if err := f.SetPanes(sh, &excelize.Panes{Freeze: true, XSplit: 3, YSplit: 3, TopLeftCell: cell(first, 4), ActivePane: "bottomRight"}); err != nil {
		return err
	}
	if err := pageSetup(f, sh, "$2:$3", true); err != nil {
		return err
	}
	return nil
}
