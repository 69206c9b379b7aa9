package xlsx

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/xuri/excelize/v2"

	"gongwen/internal/model"
)

// Reply workbooks go out with a 督办通知 or a 会议通知 and come back filled
// in. The 督办事项回复表 has the columns the returned-list reader knows
// (状态, 完成日期, 进展情况 and the hidden 任务标识), so `gongwen import`
// records it like a weekly list. The 参会回执 has a hidden 会议标识 column
// and is read by ReadReceipt.

// ReplySheet is the sheet name of a 督办事项回复表.
const ReplySheet = "督办事项回复表"

// ReplyTask is a task of a 督办事项回复表.
type ReplyTask struct {
	ID     string // task id, written to the hidden 任务标识 column
	Task   string
	Due    string // original deadline
	Delay  string // 逾期3个工作日 / 剩余2个工作日
	Status model.Status
}

// SupervisionReply is the reply form sent with one unit's 督办通知.
type SupervisionReply struct {
	Title   string // 督办事项回复表（省委宣传部）
	Note    string // 请于2013年7月18日前填写并报送……
	Tasks   []ReplyTask
	Contact string
	// Unit is the unit the letter goes to, written in the form's 填报单位
	// (the unit may correct it); gongwen import attributes the notes to
	// the unit and the date written there.
	Unit string
}

// dateHint is the message Excel and WPS show when a 完成日期 cell gets
// something that is not a date. Its example is in the programme's own year
// and in the form a clerk types into a Chinese spreadsheet (年/月/日), not
// ISO: a 2023 programme's form once told its units 「如 2013-07-16」.
func dateHint(c *model.Campaign) string {
	if c == nil || c.Year <= 0 {
		return "请按“年/月/日”填写日期"
	}
	return fmt.Sprintf("请填写日期，如 %d/7/16（%d年7月16日）", c.Year, c.Year)
}

var replyWidths = []float64{6, 36, 16, 14, 11, 13, 36, 10}

// BuildSupervisionReply writes the 督办事项回复表: a title, a note with the
// reply deadline, and one row per task — 序号, 工作任务, 原定完成时限,
// 逾期情况, 状态 (a list of the four states), 完成日期 (a real date), 进展
// 情况 (completion, reasons, measures) and the hidden 任务标识 that
// matches the row back to its task. A4 landscape, header repeated.
func BuildSupervisionReply(c *model.Campaign, r SupervisionReply, w io.Writer) error {
	f := excelize.NewFile()
	defer f.Close()
	if err := writeReply(f, c, r); err != nil {
		return fmt.Errorf("生成督办事项回复表: %w", err)
	}
	return write(f, w)
}

func writeReply(f *excelize.File, c *model.Campaign, r SupervisionReply) error {
	const sh = ReplySheet
	fm, err := newForm(f, c, sh, true, replyWidths, 7)
	if err != nil {
		return err
	}
	st, set := fm.st, fm.set
	if err := fm.title(r.Title); err != nil {
		return err
	}
	note := r.Note
	if r.Contact != "" {
		note += "　　" + r.Contact
	}
	if err := fm.note(2, note); err != nil {
		return err
	}
	if err := f.SetRowHeight(sh, 2, rowHeight([]string{note}, []float64{140}, bodySize)); err != nil {
		return err
	}
	const hdr = 3
	for i, h := range []string{"序号", "工作任务", "原定完成时限", "逾期情况", colStatus, colDone, colProgress, colID} {
		style := st.header
		if i == 7 {
			style = st.hidden
		}
		if err := set(i+1, hdr, h, style); err != nil {
			return err
		}
	}
	for i, t := range r.Tasks {
		row := hdr + 1 + i
		vals := []any{i + 1, t.Task, t.Due, t.Delay, string(t.Status), nil, nil, t.ID}
		styles := []int{st.center, st.body, st.center, st.center, st.center, st.date, st.body, st.hidden}
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
		h := max(30, rowHeight([]string{"", t.Task, t.Due, t.Delay}, replyWidths, bodySize))
		if err := f.SetRowHeight(sh, row, h); err != nil {
			return err
		}
	}
	if n := len(r.Tasks); n > 0 {
		last := hdr + n
		dv := excelize.NewDataValidation(true)
		dv.Sqref = fmt.Sprintf("E%d:E%d", hdr+1, last)
		// A unit reports; only the office that checks marks 已销号, so the
		// unit's list stops at 已完成.
		var states []string
		for _, s := range model.Statuses {
			if s != model.CheckedOff {
				states = append(states, string(s))
			}
		}
		if err := dv.SetDropList(states); err != nil {
			return err
		}
		dv.SetError(excelize.DataValidationErrorStyleStop, "状态", "请从列表中选择：未启动、推进中、已完成（已销号由办公室核实后标注）")
		if err := f.AddDataValidation(sh, dv); err != nil {
			return err
		}
		dd := excelize.NewDataValidation(true)
		dd.Sqref = fmt.Sprintf("F%d:F%d", hdr+1, last)
		if err := dd.SetRange(36526, 73050, excelize.DataValidationTypeDate, excelize.DataValidationOperatorBetween); err != nil {
			return err
		}
		dd.SetError(excelize.DataValidationErrorStyleStop, "完成日期", dateHint(c))
		if err := f.AddDataValidation(sh, dd); err != nil {
			return err
		}
	}
	// 填报单位 and 填报日期 under the table, one blank row below it.
	signRow := hdr + max(1, len(r.Tasks)) + 2
	label, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Family: profileFonts(c).body, Size: bodySize},
		Alignment: &excelize.Alignment{Horizontal: "right", Vertical: "center"}})
	if err != nil {
		return err
	}
	underline := []excelize.Border{{Type: "bottom", Color: "000000", Style: 1}}
	input, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Family: profileFonts(c).body, Size: bodySize},
		Alignment: &excelize.Alignment{Horizontal: "left", Vertical: "center"}, Border: underline})
	if err != nil {
		return err
	}
	inputDate, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Family: profileFonts(c).body, Size: bodySize},
		Alignment: &excelize.Alignment{Horizontal: "left", Vertical: "center"}, Border: underline, CustomNumFmt: ptr(DateFormat)})
	if err != nil {
		return err
	}
	for _, cell := range []struct {
		col   int
		v     any
		style int
	}{{1, "填报单位：", label}, {3, r.Unit, input}, {5, "填报日期：", label}, {6, nil, inputDate}} {
		ref, _ := excelize.CoordinatesToCellName(cell.col, signRow)
		if cell.v != nil {
			if err := f.SetCellValue(sh, ref, cell.v); err != nil {
				return err
			}
		}
		if err := f.SetCellStyle(sh, ref, ref, cell.style); err != nil {
			return err
		}
	}
	a, _ := excelize.CoordinatesToCellName(1, signRow)
	b, _ := excelize.CoordinatesToCellName(2, signRow)
	if err := f.MergeCell(sh, a, b); err != nil {
		return err
	}
	if err := f.SetRowHeight(sh, signRow, 24); err != nil {
		return err
	}
	if err := f.SetPanes(sh, &excelize.Panes{Freeze: true, YSplit: hdr, TopLeftCell: fmt.Sprintf("A%d", hdr+1), ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	if err := f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Area", RefersTo: fmt.Sprintf("%s!$A$1:$G$%d", quoteSheet(sh), signRow), Scope: sh}); err != nil {
		return err
	}
	return pageSetup(f, sh, fmt.Sprintf("$%d:$%d", hdr, hdr), true)
}

// ReceiptSheet is the sheet name of a 参会回执.
const ReceiptSheet = "参会回执"

// Receipt header texts.
const (
	colMeeting  = "会议标识"
	colUnit     = "单位"
	colName     = "姓名"
	colPosition = "职务"
	colPhone    = "联系电话"
	colRemark   = "备注"
)

// ReceiptForm is the 参会回执 sent with a 会议通知.
type ReceiptForm struct {
	MeetingID string // written to the hidden 会议标识 column
	Title     string // 领导小组办公室主任会议参会回执
	Note      string // 请于…前报…
	Units     []string
	Blank     int // blank rows after the units (default 5)
}

var receiptWidths = []float64{28, 12, 18, 16, 20, 10}

// BuildReceipt writes the 参会回执 workbook: a row per invited unit and
// blank rows, columns 单位, 姓名, 职务, 联系电话, 备注 and the hidden 会议标识.
func BuildReceipt(c *model.Campaign, r ReceiptForm, w io.Writer) error {
	f := excelize.NewFile()
	defer f.Close()
	if err := writeReceipt(f, c, r); err != nil {
		return fmt.Errorf("生成参会回执: %w", err)
	}
	return write(f, w)
}

func writeReceipt(f *excelize.File, c *model.Campaign, r ReceiptForm) error {
	const sh = ReceiptSheet
	fm, err := newForm(f, c, sh, true, receiptWidths, 5)
	if err != nil {
		return err
	}
	st, set := fm.st, fm.set
	if err := fm.title(r.Title); err != nil {
		return err
	}
	if err := fm.note(2, r.Note); err != nil {
		return err
	}
	const hdr = 3
	for i, h := range []string{colUnit, colName, colPosition, colPhone, colRemark, colMeeting} {
		style := st.header
		if i == 5 {
			style = st.hidden
		}
		if err := set(i+1, hdr, h, style); err != nil {
			return err
		}
	}
	blank := r.Blank
	if blank <= 0 {
		blank = 5
	}
	for i := 0; i < len(r.Units)+blank; i++ {
		row := hdr + 1 + i
		unit := ""
		if i < len(r.Units) {
			unit = r.Units[i]
		}
		for col, v := range []string{unit, "", "", "", "", r.MeetingID} {
			style := st.center
			if col == 5 {
				style = st.hidden
			}
			if err := set(col+1, row, v, style); err != nil {
				return err
			}
		}
		if err := f.SetRowHeight(sh, row, 28); err != nil {
			return err
		}
	}
	return pageSetup(f, sh, fmt.Sprintf("$%d:$%d", hdr, hdr), false)
}

// ReceiptEntry is one filled row of a returned 参会回执.
type ReceiptEntry struct {
	MeetingID                           string
	Unit, Name, Position, Phone, Remark string
	Where                               string // sheet!cell of the row's first cell
}

// ReadReceipt reads the filled rows of a returned 参会回执: rows with a
// name (a unit row left blank means the unit did not reply). The error is
// Errors, with sheet and cell, for a workbook without the 会议标识 or 姓名
// column or with a header twice, a filled row without a 会议标识 or without
// a name, or rows of different meetings.
func ReadReceipt(name string, data []byte) ([]ReceiptEntry, error) {
	f, err := excelize.OpenReader(bytes.NewReader(data), Options{}.openOptions())
	if err != nil {
		return nil, fmt.Errorf("打开 %s: %w", name, err)
	}
	defer f.Close()
	var out []ReceiptEntry
	var errs Errors
	found := false
	meeting := ""
	for _, sheet := range f.GetSheetList() {
		rows, err := f.GetRows(sheet)
		if err != nil {
			continue
		}
		hdr, cols := -1, map[string]int{}
		var dup []string
		for i := 0; i < len(rows) && i < 20 && hdr < 0; i++ {
			dup = nil
			for c, v := range rows[i] {
				switch v = strings.TrimSpace(v); v {
				case colMeeting, colUnit, colName, colPosition, colPhone, colRemark:
					if _, twice := cols[v]; twice {
						dup = append(dup, v)
						continue
					}
					cols[v] = c
				}
			}
			if _, ok := cols[colMeeting]; ok {
				hdr = i
			} else {
				cols = map[string]int{}
			}
		}
		if hdr < 0 {
			continue
		}
		found = true
		// Rows are read by their 姓名: without that column (deleted, or its
		// header renamed) every entry would be skipped as a unit that did
		// not reply.
		if _, ok := cols[colName]; !ok {
			errs = append(errs, &Error{Sheet: sheet, Msg: "缺少“姓名”列（被删除或表头被改名？），回执无法读取；请在 gongwen 生成的原表上填写"})
			continue
		}
		if len(dup) > 0 {
			errs = append(errs, &Error{Sheet: sheet, Msg: fmt.Sprintf("表头“%s”出现两次，无法确定读哪一列", dup[0])})
			continue
		}
		for ri := hdr + 1; ri < len(rows); ri++ {
			row := rows[ri]
			get := func(k string) string {
				c, ok := cols[k]
				if !ok || c >= len(row) {
					return ""
				}
				return strings.TrimSpace(row[c])
			}
			e := ReceiptEntry{MeetingID: get(colMeeting), Unit: get(colUnit), Name: get(colName),
				Position: get(colPosition), Phone: get(colPhone), Remark: get(colRemark)}
			cell, _ := excelize.CoordinatesToCellName(1, ri+1)
			e.Where = sheet + "!" + cell
			if e.Name == "" {
				// A unit row left blank: the unit did not reply. Anything
				// else on the row would be lost.
				if v := e.Position + e.Phone + e.Remark; v != "" {
					nameCell, _ := excelize.CoordinatesToCellName(cols[colName]+1, ri+1)
					errs = append(errs, &Error{Sheet: sheet, Cell: nameCell, Msg: "此行填写了职务、电话或备注，但没有姓名，无法记入回执"})
				}
				continue
			}
			if e.MeetingID == "" {
				idCell, _ := excelize.CoordinatesToCellName(cols[colMeeting]+1, ri+1)
				errs = append(errs, &Error{Sheet: sheet, Cell: idCell, Msg: "此行填写了姓名但没有会议标识（请勿删除或改动隐藏的“会议标识”列）"})
				continue
			}
			if meeting != "" && e.MeetingID != meeting {
				idCell, _ := excelize.CoordinatesToCellName(cols[colMeeting]+1, ri+1)
				errs = append(errs, &Error{Sheet: sheet, Cell: idCell, Msg: fmt.Sprintf("会议标识 %s 与前面各行的 %s 不同：一份回执只对应一次会议", e.MeetingID, meeting)})
				continue
			}
			meeting = e.MeetingID
			out = append(out, e)
		}
	}
	if !found {
		return nil, Errors{{Sheet: name, Msg: "没有找到“会议标识”列：这不是 gongwen 生成的参会回执"}}
	}
	if len(errs) > 0 {
		return nil, errs
	}
	return out, nil
}
