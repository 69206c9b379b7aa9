package xlsx

import (
	"bytes"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"gongwen/internal/lazyre"
	"gongwen/internal/model"
)

// Returned workbooks: a 周工作清单 or 责任分工表 that the units filled in and
// sent back. Rows are matched to tasks by the hidden 任务标识 column, never
// by text, so a row whose id is gone or changed is reported, not guessed;
// rows of the 周工作清单's 会议议定事项 sheet likewise by its hidden
// 议定事项标识 column.

// Update is what one returned row says about one task. A nil field means
// the workbook has no such column or the cell is empty: nothing to change.
type Update struct {
	// TaskID is the task id, or for a row of the 会议议定事项 sheet (Decision
	// set) the decision's key as written in its hidden 议定事项标识 column
	// (meetings.DecisionTaskID: meeting id and 1-based index).
	TaskID   string
	Decision bool
	Where    string // sheet!cell of the task id
	// Occurrence is the due date of the occurrence of a recurring deadline
	// the row reports (the id column's 任务标识@2023-03-30), nil for a row
	// about the whole task: lists built before occurrences had keys say
	// only the task id.
	Occurrence *time.Time
	// Report says the occurrence is one of the reporting rule that covers
	// the task (任务标识@报送2023-03-30): its date goes to submitted.
	Report bool
	Status *model.Status
	DoneOn *time.Time
	Notes  *string
	// Cells of the values, for messages: sheet!cell.
	StatusCell, DoneCell, NotesCell string
	// By and On are the workbook's 填报单位 and 填报日期 as the unit wrote
	// them ("" and nil where the form has none or left them blank): who
	// reported the row's notes, and when. SignedCell is where On was read.
	By         string
	On         *time.Time
	SignedCell string
}

// Header texts the reader looks for.
const (
	colID       = "任务标识"
	colDecision = "议定事项标识"
	colStatus   = "状态"
	colDone     = "完成日期"
	colNotes    = "备注"
	colProgress = "进展情况"
)

// layout is a sheet gongwen writes to be filled in and returned: the
// column that matches a row to its task or decision, and the columns import
// reads. A returned sheet of that name that lacks one of them has been
// altered, and its edits could not all be read: it is refused.
type layout struct {
	sheet, id string
	need      []string
}

var layouts = []layout{
	{WeeklySheet, colID, []string{colStatus, colDone, colNotes}},
	{DecisionSheet, colDecision, []string{colStatus, colDone, colNotes}},
	// A division table of a work programme has 备注 where a campaign's
	// has 进展情况; one of the office's own columns may have neither
	// (optional: only a header renamed is refused).
	{DivisionSheet, colID, []string{"?" + colProgress + "|" + colNotes}},
	{ReplySheet, colID, []string{colStatus, colDone, colProgress}},
}

// headers are the texts that mark a header row; values, the columns whose
// cells a unit fills in.
var (
	headers = []string{"序号", "工作任务", "议定事项", colID, colDecision, colStatus, colDone, colNotes, colProgress}
	values  = []string{colStatus, colDone, colNotes, colProgress}
)

// ReadReturned reads the updates from a returned check-off list,
// responsibility table or 督办事项回复表. year is the campaign year, for
// dates written without one (3月5日). Every sheet with a 任务标识 or
// 议定事项标识 column in its first 20 rows is read. Nothing a unit wrote is
// dropped unread: the error is Errors, with sheet and cell, when one of
// gongwen's sheets lost its id column or a column import reads (deleted,
// or its header renamed), a sheet has columns to fill in but no id column,
// a header appears twice, the 周工作清单 sheet is gone, a row has entries
// but no id, a status is not one of the four, a date cannot be read, or an
// id repeats.
func ReadReturned(name string, data []byte, year int) ([]Update, error) {
	f, err := excelize.OpenReader(bytes.NewReader(data), Options{}.openOptions())
	if err != nil {
		return nil, openError(name, err)
	}
	defer f.Close()
	var ups []Update
	var errs Errors
	found := false
	seen := map[string]string{}
	var sig struct {
		by   string
		on   *time.Time
		cell string
	}
	sheets := f.GetSheetList()
	hasTaskSheet := false
	for _, sheet := range sheets {
		rows, err := f.GetRows(sheet, excelize.Options{RawCellValue: true})
		if err != nil {
			errs = append(errs, &Error{Sheet: sheet, Msg: "无法读取此工作表：" + err.Error()})
			continue
		}
		lay := layoutOf(sheet)
		hdr, cols, dups := findHeader(rows)
		sheetErr := func(format string, a ...any) {
			errs = append(errs, &Error{Sheet: sheet, Msg: fmt.Sprintf(format, a...)})
		}
		if hdr < 0 {
			if lay != nil {
				sheetErr("找不到表头行（应有“%s”等列）：工作表被改动过，无法读取其中的填写", strings.ReplaceAll(strings.Join(append([]string{lay.id}, lay.need...), "”“"), "|", "”或“"))
			}
			continue
		}
		ref := func(col, row int) string { r, _ := excelize.CoordinatesToCellName(col+1, row+1); return r }
		for _, d := range dups {
			errs = append(errs, &Error{Sheet: sheet, Cell: ref(d.second, hdr),
				Msg: fmt.Sprintf("表头“%s”出现两次（又见于 %s），无法确定读哪一列", d.name, ref(d.first, hdr))})
		}
		key := colID
		if _, ok := cols[colID]; !ok {
			key = colDecision
		}
		if lay != nil {
			key = lay.id
		}
		renamed := func(want string) string {
			for c, v := range rows[hdr] {
				v = strings.TrimSpace(v)
				if v != want && strings.Contains(v, want) {
					return fmt.Sprintf("（%s 的表头“%s”应为“%s”，请勿改动表头）", ref(c, hdr), v, want)
				}
			}
			return "（被删除或表头被改名？）"
		}
		if _, ok := cols[key]; !ok {
			var filled []string
			for _, v := range values {
				if _, ok := cols[v]; ok {
					filled = append(filled, "“"+v+"”")
				}
			}
			switch {
			case lay != nil:
				sheetErr("缺少隐藏的“%s”列%s，各行无法对应到%s，填写的内容无法导入；请在 gongwen 生成的原表上填写", key, renamed(key), whatOf(key))
			case len(filled) > 0:
				sheetErr("有%s列，但没有隐藏的“任务标识”或“议定事项标识”列，各行无法对应到任务，填写的内容无法导入；请在 gongwen 生成的原表上填写", strings.Join(filled, ""))
			}
			continue
		}
		found = true
		if key == colID {
			hasTaskSheet = true
		}
		need := []string{}
		if lay != nil {
			need = lay.need
		} else if _, ok := cols[colDone]; ok {
			// A completion date is read against the status of its row.
			need = []string{colStatus}
		}
		missing := false
		for _, alts := range need {
			optional := strings.HasPrefix(alts, "?")
			alt := strings.Split(strings.TrimPrefix(alts, "?"), "|")
			if optional && !slices.ContainsFunc(alt, func(c string) bool {
				return slices.ContainsFunc(rows[hdr], func(v string) bool {
					v = strings.TrimSpace(v)
					return strings.Contains(v, c) || utf8.RuneCountInString(v) >= 2 && strings.Contains(c, v)
				})
			}) {
				continue // not written, not renamed: nothing to read
			}
			if !slices.ContainsFunc(alt, func(c string) bool { _, ok := cols[c]; return ok }) {
				sheetErr("缺少“%s”列%s，此表的填写无法完整读取", strings.Join(alt, "”或“"), renamed(alt[0]))
				missing = true
			}
		}
		if missing || len(dups) > 0 {
			continue
		}
		what := whatOf(key)
		bad := func(ref, format string, a ...any) {
			errs = append(errs, &Error{Sheet: sheet, Cell: ref, Msg: fmt.Sprintf(format, a...)})
		}
		for ri := hdr + 1; ri < len(rows); ri++ {
			row := rows[ri]
			get := func(col int) string {
				if col < 0 || col >= len(row) {
					return ""
				}
				return strings.TrimSpace(row[col])
			}
			if by, on, ok := signedRow(row); ok {
				// 填报单位：… 填报日期：… under the table.
				if by != "" {
					sig.by = by
				}
				if on.text != "" {
					cellRef := ref(on.col, ri)
					typ, _ := f.GetCellType(sheet, cellRef)
					d, err := parseDate(on.text, typ == excelize.CellTypeNumber || typ == excelize.CellTypeUnset, year)
					if err != nil {
						bad(cellRef, "%s", strings.ReplaceAll(err.Error(), "完成日期", "填报日期"))
					} else {
						sig.on, sig.cell = &d, sheet+"!"+cellRef
					}
				}
				continue
			}
			id := get(cols[key])
			if id == "" {
				// Totals, notes and blank rows carry no id. A row that has
				// entries but lost its id cannot be matched.
				if c, ok := filledWithoutID(row, cols); ok {
					bad(ref(cols[key], ri), "此行填写了“%s”但没有%s，无法对应到%s（请勿删除或改动隐藏的“%s”列）", c, key, what, key)
				}
				continue
			}
			u := Update{TaskID: id, Decision: key == colDecision, Where: sheet + "!" + ref(cols[key], ri)}
			if key == colID {
				tid, occ, report, err := ParseOccurrenceID(id)
				if err != nil {
					bad(ref(cols[key], ri), "%s %s：%v（请勿改动隐藏的“%s”列）", key, id, err, key)
					continue
				}
				u.TaskID, u.Occurrence, u.Report = tid, occ, report
			}
			if prev, ok := seen[key+"\x00"+id]; ok {
				bad(ref(cols[key], ri), "%s %s 重复（已见于 %s）", key, id, prev)
				continue
			}
			seen[key+"\x00"+id] = u.Where
			if c, ok := cols[colStatus]; ok {
				if v := get(c); v != "" {
					s := model.Status(v)
					if !validStatus(s) {
						bad(ref(c, ri), "状态“%s”不是 未启动、推进中、已完成、已销号 之一", v)
					} else {
						u.Status = &s
					}
				}
				u.StatusCell = sheet + "!" + ref(c, ri)
			}
			if c, ok := cols[colDone]; ok {
				cellRef := ref(c, ri)
				if v := get(c); v != "" {
					typ, _ := f.GetCellType(sheet, cellRef)
					d, err := parseDate(v, typ == excelize.CellTypeNumber || typ == excelize.CellTypeUnset, year)
					if err != nil {
						bad(cellRef, "%v", err)
					} else {
						u.DoneOn = &d
					}
				}
				u.DoneCell = sheet + "!" + cellRef
			}
			for _, k := range []string{colNotes, colProgress} {
				if c, ok := cols[k]; ok {
					if v := get(c); v != "" {
						v = strings.ReplaceAll(v, "\r\n", "\n")
						u.Notes = &v
					}
					u.NotesCell = sheet + "!" + ref(c, ri)
					break
				}
			}
			ups = append(ups, u)
		}
	}
	// The 会议议定事项 sheet goes out with the 周工作清单 sheet: alone, the
	// tasks' sheet was deleted or lost its ids.
	if found && !hasTaskSheet && slices.Contains(sheets, DecisionSheet) && !slices.ContainsFunc(errs, func(e *Error) bool { return e.Sheet != DecisionSheet }) {
		errs = append(errs, &Error{Sheet: name, Msg: fmt.Sprintf("只有“%s”工作表，缺少“%s”工作表（被删除或改名？），其中的填写无法导入；请在 gongwen 生成的原表上填写", DecisionSheet, WeeklySheet)})
	}
	if len(errs) > 0 {
		return nil, errs
	}
	// One unit fills in and signs the whole workbook.
	for i := range ups {
		ups[i].By, ups[i].On, ups[i].SignedCell = sig.by, sig.on, sig.cell
	}
	if !found {
		return nil, Errors{{Sheet: name, Msg: "没有找到“任务标识”列：这不是 gongwen 生成的周工作清单、责任分工表或督办事项回复表"}}
	}
	return ups, nil
}

// OccurrenceID is the key of one occurrence of a recurring deadline in a
// returned form's 任务标识 column: the task id and the due date,
// gdtz@2023-03-30. A weekly list lists a missed quarterly report and the
// current one as two rows of one task; the key tells import which report
// each row is.
func OccurrenceID(id string, due time.Time) string {
	return id + "@" + due.Format("2006-01-02")
}

// ReportOccurrenceID is the key of one report under the reporting rule
// that covers a task (第一季度进展情况, due 2023-03-30): gdp@报送2023-03-30.
// The task's own deadline and its reports are rows of one task, told
// apart by the mark.
func ReportOccurrenceID(id string, due time.Time) string {
	return id + "@" + reportMark + due.Format("2006-01-02")
}

const reportMark = "报送"

// ParseOccurrenceID splits a 任务标识 into the task id and, for an
// occurrence's key (OccurrenceID, ReportOccurrenceID), its due date and
// whether it is a report. A plain task id has none.
func ParseOccurrenceID(key string) (id string, due *time.Time, report bool, err error) {
	id, date, ok := strings.Cut(key, "@")
	if !ok {
		return key, nil, false, nil
	}
	date, report = strings.CutPrefix(strings.TrimSpace(date), reportMark)
	d, err := time.Parse("2006-01-02", date)
	if err != nil || id == "" {
		return "", nil, false, fmt.Errorf("“@”后应为到期日期（如 %s@2023-03-30）", cmpStr(id, "任务标识"))
	}
	return id, &d, report, nil
}

func cmpStr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// layoutOf is the layout of a sheet gongwen writes under this name, or nil.
func layoutOf(sheet string) *layout {
	for i := range layouts {
		if strings.TrimSpace(sheet) == layouts[i].sheet {
			return &layouts[i]
		}
	}
	return nil
}

func whatOf(key string) string {
	if key == colDecision {
		return "议定事项"
	}
	return "任务"
}

func validStatus(s model.Status) bool {
	for _, x := range model.Statuses {
		if s == x {
			return true
		}
	}
	return false
}

type dupHeader struct {
	name          string
	first, second int
}

// findHeader returns the index of the header row — the first of the first
// 20 rows with an id column, or else with two of the known headers — the
// columns of the known headers in it, and the headers it has twice.
func findHeader(rows [][]string) (int, map[string]int, []dupHeader) {
	for i := 0; i < len(rows) && i < 20; i++ {
		cols := map[string]int{}
		var dups []dupHeader
		for c, v := range rows[i] {
			v = strings.TrimSpace(v)
			if !slices.Contains(headers, v) {
				continue
			}
			if first, dup := cols[v]; dup {
				dups = append(dups, dupHeader{v, first, c})
				continue
			}
			cols[v] = c
		}
		_, task := cols[colID]
		_, decision := cols[colDecision]
		if task || decision || len(cols) >= 2 {
			return i, cols, dups
		}
	}
	return -1, nil, nil
}

// Labels of the signature under a returned form's table.
const (
	labelBy = "填报单位"
	labelOn = "填报日期"
)

// signedText is a value of the signature and its column.
type signedText struct {
	text string
	col  int
}

// signedRow reads a row of the signature: 「填报单位：宣传部」 in a cell, or
// the label in one cell and the value in the next filled cell to its right
// (within two); likewise 填报日期. ok is false for a row without either label.
func signedRow(row []string) (by string, on signedText, ok bool) {
	value := func(i int, label string) signedText {
		v := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(row[i]), label))
		v = strings.TrimSpace(strings.TrimPrefix(v, "（盖章）"))
		v = strings.TrimSpace(strings.TrimLeft(v, "：: "))
		if v != "" {
			return signedText{v, i}
		}
		for j := i + 1; j < len(row) && j <= i+2; j++ {
			if w := strings.TrimSpace(row[j]); w != "" {
				if strings.HasPrefix(w, labelBy) || strings.HasPrefix(w, labelOn) {
					break
				}
				return signedText{w, j}
			}
		}
		return signedText{}
	}
	for i, c := range row {
		c = strings.TrimSpace(c)
		switch {
		case strings.HasPrefix(c, labelBy):
			by, ok = value(i, labelBy).text, true
		case strings.HasPrefix(c, labelOn):
			on, ok = value(i, labelOn), true
		}
	}
	return by, on, ok
}

// filledWithoutID reports whether a row without an id has something in a
// column a unit fills in, and which: the sign of a row whose id was
// deleted, or of a row a unit added. The totals row (合计) holds counts and
// labels there, and the notes row (说明：…) text: they are not tasks'.
func filledWithoutID(row []string, cols map[string]int) (string, bool) {
	for _, c := range row {
		if c = strings.TrimSpace(c); c != "" {
			if c == "合计" || strings.HasPrefix(c, "说明") {
				return "", false
			}
			break
		}
	}
	for _, v := range values {
		if c, ok := cols[v]; ok && c < len(row) && strings.TrimSpace(row[c]) != "" {
			return v, true
		}
	}
	return "", false
}

var (
	cnDateRE  = lazyre.New(`^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?$`)
	mdDateRE  = lazyre.New(`^()(\d{1,2})\s*月\s*(\d{1,2})\s*日?$`)
	isoDateRE = lazyre.New(`^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$`)
)

// parseDate reads a completion date: an Excel serial date (numeric cell),
// 2013-03-05, 2013/3/5, 2013.3.5, 2013年3月5日, or 3月5日 in year.
func parseDate(v string, numeric bool, year int) (time.Time, error) {
	if numeric {
		if x, err := strconv.ParseFloat(v, 64); err == nil {
			if x < 1 || x > 2958465 {
				return time.Time{}, fmt.Errorf("完成日期 %s 不是有效的日期", v)
			}
			t, err := excelize.ExcelDateToTime(x, false)
			if err != nil {
				return time.Time{}, fmt.Errorf("完成日期 %s 不是有效的日期", v)
			}
			return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC), nil
		}
	}
	for _, re := range []*lazyre.Regexp{isoDateRE, cnDateRE, mdDateRE} {
		if m := re.FindStringSubmatch(v); m != nil {
			y, _ := strconv.Atoi(m[1])
			if m[1] == "" {
				if year == 0 {
					continue
				}
				y = year
			}
			mo, _ := strconv.Atoi(m[2])
			d, _ := strconv.Atoi(m[3])
			t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
			if t.Year() != y || int(t.Month()) != mo || t.Day() != d {
				return time.Time{}, fmt.Errorf("完成日期“%s”不存在", v)
			}
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("完成日期“%s”无法识别（应为 2013-03-05 或 2013年3月5日）", v)
}
