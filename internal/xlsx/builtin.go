package xlsx

import (
	"bytes"
	"fmt"

	"github.com/xuri/excelize/v2"
)

// The built-in templates, written by code so that a change to one is a
// reviewable change here. `go generate ./templates` runs
// templates/gen/xlsx, which writes what TemplateFiles returns.

// File names of the built-in templates in templates/.
const (
	DivisionTemplate = "fengongbiao.xlsx"
	WeeklyTemplate   = "zhouqingdan.xlsx"
)

// Sheet names, which errors and the round trip refer to.
const (
	DivisionSheet = "责任分工"
	MatrixSheet   = "责任矩阵"
	ScheduleSheet = "推进计划"
	WeeklySheet   = "周工作清单"
)

// Column layout of the 周工作清单 template: J keeps the task id and K the
// last day of the task's period (for the overdue highlight), both hidden.
var weeklyWidths = []float64{6, 10, 36, 14, 18, 12, 10, 12, 24, 10, 12}

// The header rows of the two templates, and the row that repeats.
const (
	divisionHeaderRow = 3
	weeklyHeaderRow   = 3
)

// TemplateFile is a built-in template: its file name and bytes.
type TemplateFile struct {
	Name string
	Data []byte
}

// TemplateFiles returns the built-in .xlsx templates as the generator
// writes them. The output is the same bytes on every run.
func TemplateFiles() ([]TemplateFile, error) {
	var out []TemplateFile
	for _, g := range []struct {
		name string
		fn   func(*excelize.File) error
	}{{DivisionTemplate, divisionTemplate}, {WeeklyTemplate, weeklyTemplate}} {
		f := excelize.NewFile()
		err := g.fn(f)
		var b bytes.Buffer
		if err == nil {
			err = write(f, &b)
		}
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("生成内置模板 %s: %w", g.name, err)
		}
		out = append(out, TemplateFile{g.name, b.Bytes()})
	}
	return out, nil
}

// setRow writes values from column A on, each with style.
func setRow(f *excelize.File, sheet string, row int, style int, values ...any) error {
	for i, v := range values {
		ref, _ := excelize.CoordinatesToCellName(i+1, row)
		var err error
		switch x := v.(type) {
		case formula:
			err = f.SetCellFormula(sheet, ref, string(x))
		case nil:
		default:
			err = f.SetCellValue(sheet, ref, x)
		}
		if err != nil {
			return err
		}
		if style != 0 {
			if err := f.SetCellStyle(sheet, ref, ref, style); err != nil {
				return err
			}
		}
	}
	return nil
}

type formula string

func setWidths(f *excelize.File, sheet string, widths []float64) error {
	for i, w := range widths {
		col, _ := excelize.ColumnNumberToName(i + 1)
		if err := f.SetColWidth(sheet, col, col, w); err != nil {
			return err
		}
	}
	return nil
}

// frozen freezes the rows above row.
func frozen(row int) *excelize.Panes {
	cell, _ := excelize.CoordinatesToCellName(1, row)
	return &excelize.Panes{Freeze: true, YSplit: row - 1, TopLeftCell: cell, ActivePane: "bottomLeft",
		Selection: []excelize.Selection{{SQRef: cell, ActiveCell: cell, Pane: "bottomLeft"}}}
}

// overdueRule marks a row of the check-off list whose period ended before
// the list's date (I2) and whose status is not finished; it is relative to
// A4, the first cell of the range it formats.
const overdueRule = `AND($K4<>"",$K4<$I$2,$G4<>"已完成",$G4<>"已销号")`

// Statuses of the check-off list's dropdown, in their natural order.
var statusList = []string{"未启动", "推进中", "已完成", "已销号"}

func weeklyTemplate(f *excelize.File) error {
	const s = WeeklySheet
	if err := f.SetSheetName("Sheet1", s); err != nil {
		return err
	}
	st, err := newStyles(f, profileFonts(nil))
	if err != nil {
		return err
	}
	if err := setWidths(f, s, weeklyWidths); err != nil {
		return err
	}
	overdue, err := f.NewConditionalStyle(&excelize.Style{Font: &excelize.Font{Color: "9C0006"},
		Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"FFC7CE"}}})
	if err != nil {
		return err
	}
	dateLabel, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Family: defaultBodyFont, Size: bodySize},
		Alignment: &excelize.Alignment{Horizontal: "right", Vertical: "center"}})
	if err != nil {
		return err
	}
	dateCell, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Family: defaultBodyFont, Size: bodySize},
		Alignment: &excelize.Alignment{Horizontal: "left", Vertical: "center"}, CustomNumFmt: ptr(DateFormat)})
	if err != nil {
		return err
	}
	agenda, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Family: defaultBodyFont, Size: bodySize},
		Alignment: &excelize.Alignment{Horizontal: "left", Vertical: "top", WrapText: true}})
	if err != nil {
		return err
	}
	underline := []excelize.Border{{Type: "bottom", Color: "000000", Style: 1}}
	signed, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Family: defaultBodyFont, Size: bodySize},
		Alignment: &excelize.Alignment{Horizontal: "left", Vertical: "center"}, Border: underline})
	if err != nil {
		return err
	}
	signedDate, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Family: defaultBodyFont, Size: bodySize},
		Alignment: &excelize.Alignment{Horizontal: "left", Vertical: "center"}, Border: underline, CustomNumFmt: ptr(DateFormat)})
	if err != nil {
		return err
	}
	dv := excelize.NewDataValidation(true)
	dv.Sqref = "G4"
	if err := dv.SetDropList(statusList); err != nil {
		return err
	}
	dv.SetError(excelize.DataValidationErrorStyleStop, "状态不正确", "请从列表中选择：未启动、推进中、已完成、已销号")
	steps := []func() error{
		func() error { return f.SetColVisible(s, "J:K", false) },
		func() error { return setRow(f, s, 1, st.title, "{{.Title}}") },
		func() error { return f.MergeCell(s, "A1", "I1") },
		func() error { return f.SetRowHeight(s, 1, 36) },
		func() error { return setRow(f, s, 2, st.subtitle, "{{.Week}}") },
		func() error { return f.MergeCell(s, "A2", "F2") },
		func() error { return setRow(f, s, 2, 0, nil, nil, nil, nil, nil, nil, nil, "截至：", "{{.Date}}") },
		func() error { return f.SetCellStyle(s, "H2", "H2", dateLabel) },
		func() error { return f.SetCellStyle(s, "I2", "I2", dateCell) },
		func() error {
			return setRow(f, s, weeklyHeaderRow, st.header, "序号", "{{.GroupHead}}", "工作任务", "牵头单位", "责任单位", "完成时限", "状态", "完成日期", "备注", "任务标识", "截止日期")
		},
		func() error { return f.SetRowHeight(s, weeklyHeaderRow, 24) },
		func() error {
			return setRow(f, s, 4, st.body, "{{range .Rows}}{{.No}}", "{{.Group}}", "{{.Task}}", "{{.Lead}}", "{{.Units}}", "{{.Due}}",
				"{{.Status}}", "{{.DoneOn}}", "{{.Notes}}", "{{.ID}}", "{{.DueDate}}{{end}}")
		},
		func() error { return f.SetCellStyle(s, "A4", "B4", st.center) },
		func() error { return f.SetCellStyle(s, "F4", "G4", st.center) },
		func() error { return f.SetCellStyle(s, "H4", "H4", st.date) },
		func() error { return f.SetCellStyle(s, "J4", "K4", st.hidden) },
		func() error { return f.AddDataValidation(s, dv) },
		func() error {
			return f.SetConditionalFormat(s, "A4:I4", []excelize.ConditionalFormatOptions{{
				// excelize takes a formula rule's expression in Criteria.
				Type: "formula", Format: &overdue, Criteria: overdueRule,
			}})
		},
		func() error {
			return setRow(f, s, 5, st.center, "合计", "未启动", formula(`COUNTIF($G$4:$G$4,"未启动")`), "推进中", formula(`COUNTIF($G$4:$G$4,"推进中")`),
				"已完成", formula(`COUNTIF($G$4:$G$4,"已完成")`), "已销号", formula(`COUNTIF($G$4:$G$4,"已销号")`))
		},
		func() error {
			return setRow(f, s, 6, 0, "说明：状态从下拉列表选择；完成的任务请填写完成日期；“已销号”由{{.CheckedBy}}核实后标注；逾期未完成的任务以红色显示。")
		},
		func() error { return f.MergeCell(s, "A6", "I6") },
		// The office groups' overdue work, put on the next 工作例会's
		// agenda rather than sent a 督办通知; empty when there is none.
		func() error { return setRow(f, s, 7, agenda, "{{.Agenda}}") },
		func() error { return f.MergeCell(s, "A7", "I7") },
		// Who filled the list in, and when: gongwen import dates and
		// attributes the notes by them.
		func() error { return setRow(f, s, 8, dateLabel, "填报单位：") },
		func() error { return f.MergeCell(s, "A8", "B8") },
		func() error { return f.SetCellStyle(s, "C8", "C8", signed) },
		func() error { return f.SetCellValue(s, "F8", "填报日期：") },
		func() error { return f.SetCellStyle(s, "F8", "F8", dateLabel) },
		func() error { return f.SetCellStyle(s, "G8", "H8", signedDate) },
		func() error { return f.MergeCell(s, "G8", "H8") },
		func() error { return f.SetRowHeight(s, 8, 24) },
		func() error { return f.SetPanes(s, frozen(4)) },
		func() error { return pageSetup(f, s, "$3:$3", true) },
		func() error {
			return f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Area", RefersTo: quoteSheet(s) + "!$A$1:$I$8", Scope: s})
		},
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return err
		}
	}
	return nil
}
