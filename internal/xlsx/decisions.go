package xlsx

import (
	"bytes"
	"fmt"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"gongwen/internal/model"
)

// DecisionSheet is the sheet of meeting decisions added to a 周工作清单.
const DecisionSheet = "会议议定事项"

// DecisionRow is a decision of a meeting, with an owner and a deadline,
// that a weekly list carries: running in its week, finished in it, or
// overdue and still open.
type DecisionRow struct {
	// Key identifies the decision for gongwen import: the meeting id and
	// the decision's 1-based index (meetings.DecisionTaskID). It goes to
	// the hidden 议定事项标识 column.
	Key   string
	Text  string // 议定事项
	Owner string // 责任单位
	// OwnerID is the unit or office group charged with it: a split
	// 周工作清单 gives it to that one's own list.
	OwnerID string
	Due     string // 完成时限
	Meeting string // 来源会议 and its date
	// Status, DoneOn and Notes are the decision's check-off as the data
	// has it, for the unit to update.
	Status model.Status
	DoneOn *time.Time
	Notes  string
	// Overdue marks an open decision past its deadline (shown in red).
	Overdue bool
}

var decisionWidths = []float64{6, 44, 16, 14, 26, 10, 12, 24, 14}

// AddDecisions adds to a built workbook (the 周工作清单) a sheet listing
// the meetings' decisions the week carries: 序号, 议定事项, 责任单位,
// 完成时限, 来源会议, 状态 (a dropdown of the four states), 完成日期, 备注,
// and the hidden 议定事项标识. Like the task rows, the units fill in the
// last three and gongwen import (ReadReturned) writes them back into the
// decision. The workbook's other sheets are kept as they are. With no rows
// the workbook is returned unchanged.
func AddDecisions(c *model.Campaign, book []byte, week string, rows []DecisionRow) ([]byte, error) {
	if len(rows) == 0 {
		return book, nil
	}
	f, err := excelize.OpenReader(bytes.NewReader(book), Options{}.openOptions())
	if err != nil {
		return nil, fmt.Errorf("打开周工作清单: %w", err)
	}
	defer f.Close()
	if err := addDecisions(f, c, week, rows); err != nil {
		return nil, err
	}
	var out bytes.Buffer
	if err := write(f, &out); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

// addDecisions adds the decisions' sheet to f (see AddDecisions).
func addDecisions(f *excelize.File, c *model.Campaign, week string, rows []DecisionRow) error {
	const sh = DecisionSheet
	fm, err := newForm(f, c, sh, false, decisionWidths, 8)
	if err != nil {
		return err
	}
	st, set := fm.st, fm.set
	// The week reads 2013年7月15日—7月21日; a bracket of its own would
	// become a comma inside the title's, never （…（…））.
	if err := fm.title("会议议定事项（" + strings.NewReplacer("（", "，", "）", "").Replace(week) + "）"); err != nil {
		return err
	}
	if err := fm.note(2, "会议纪要中有责任单位和完成时限的事项，完成前列入周工作清单（逾期未完成的以红色显示）；状态从下拉列表选择，完成的请填写完成日期，办理情况写在备注栏。"); err != nil {
		return err
	}
	const hdr = 3
	for i, h := range []string{"序号", "议定事项", "责任单位", "完成时限", "来源会议", colStatus, colDone, colNotes, colDecision} {
		style := st.header
		if i == 8 {
			style = st.hidden
		}
		if err := set(i+1, hdr, h, style); err != nil {
			return err
		}
	}
	red, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Family: profileFonts(c).body, Size: bodySize, Color: "9C0006"},
		Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"FFC7CE"}}, Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true}, Border: thin})
	if err != nil {
		return err
	}
	for i, r := range rows {
		row := hdr + 1 + i
		status := r.Status
		if status == "" {
			status = model.NotStarted
		}
		var done any
		if r.DoneOn != nil {
			done = *r.DoneOn
		}
		dueStyle := st.center
		if r.Overdue {
			dueStyle = red
		}
		vals := []any{i + 1, r.Text, r.Owner, r.Due, r.Meeting, string(status), done, r.Notes, r.Key}
		styles := []int{st.center, st.body, st.center, dueStyle, st.body, st.center, st.date, st.body, st.hidden}
		for col, v := range vals {
			if v == nil {
				cell, _ := excelize.CoordinatesToCellName(col+1, row)
				if err := f.SetCellStyle(sh, cell, cell, styles[col]); err != nil {
					return err
				}
				continue
			}
			if err := set(col+1, row, v, styles[col]); err != nil {
				return err
			}
		}
		if err := f.SetRowHeight(sh, row, rowHeight([]string{"", r.Text, r.Owner, r.Due, r.Meeting, "", "", r.Notes}, decisionWidths, bodySize)); err != nil {
			return err
		}
	}
	last := hdr + len(rows)
	dv := excelize.NewDataValidation(true)
	dv.Sqref = fmt.Sprintf("F%d:F%d", hdr+1, last)
	if err := dv.SetDropList(statusList); err != nil {
		return err
	}
	dv.SetError(excelize.DataValidationErrorStyleStop, "状态不正确", "请从列表中选择：未启动、推进中、已完成、已销号")
	if err := f.AddDataValidation(sh, dv); err != nil {
		return err
	}
	dd := excelize.NewDataValidation(true)
	dd.Sqref = fmt.Sprintf("G%d:G%d", hdr+1, last)
	if err := dd.SetRange(36526, 73050, excelize.DataValidationTypeDate, excelize.DataValidationOperatorBetween); err != nil {
		return err
	}
	dd.SetError(excelize.DataValidationErrorStyleStop, "完成日期", dateHint(c))
	if err := f.AddDataValidation(sh, dd); err != nil {
		return err
	}
	if err := f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Area", RefersTo: fmt.Sprintf("%s!$A$1:$H$%d", quoteSheet(sh), last), Scope: sh}); err != nil {
		return err
	}
	if err := pageSetup(f, sh, fmt.Sprintf("$%d:$%d", hdr, hdr), true); err != nil {
		return err
	}
	return nil
}
