package xlsx

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

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
	Status   *model.Status
	DoneOn   *time.Time
	Notes    *string
	// Cells of the values, for messages: sheet!cell.
	StatusCell, DoneCell, NotesCell string
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

// ReadReturned reads the updates from a returned check-off list or
// responsibility table. year is the campaign year, for dates written
// without one (3月5日). Every sheet with a 任务标识 or 议定事项标识 column in
// its first 20 rows is read. The error is Errors, with sheet and cell, when a status is
// not one of the four, a date cannot be read, or a task id repeats.
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
	for _, sheet := range f.GetSheetList() {
		rows, err := f.GetRows(sheet, excelize.Options{RawCellValue: true})
		if err != nil {
			continue
		}
		hdr, cols := findHeader(rows)
		if hdr < 0 {
			continue
		}
		found = true
		key, what := colID, "任务"
		if _, ok := cols[colID]; !ok {
			key, what = colDecision, "议定事项"
		}
		bad := func(ref, format string, a ...any) {
			errs = append(errs, &Error{Sheet: sheet, Cell: ref, Msg: fmt.Sprintf(format, a...)})
		}
		ref := func(col, row int) string { r, _ := excelize.CoordinatesToCellName(col+1, row+1); return r }
		for ri := hdr + 1; ri < len(rows); ri++ {
			row := rows[ri]
			get := func(col int) string {
				if col < 0 || col >= len(row) {
					return ""
				}
				return strings.TrimSpace(row[col])
			}
			id := get(cols[key])
			if id == "" {
				// Totals, notes and blank rows carry no id. A row that has a
				// task text but lost its id cannot be matched.
				if hasText(row, cols) {
					bad(ref(cols[key], ri), "此行有内容但没有%s，无法对应到%s（请勿删除或改动隐藏的“%s”列）", key, what, key)
				}
				continue
			}
			u := Update{TaskID: id, Decision: key == colDecision, Where: sheet + "!" + ref(cols[key], ri)}
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
	if !found {
		return nil, Errors{{Sheet: name, Msg: "没有找到“任务标识”列：这不是 gongwen 生成的周工作清单或责任分工表"}}
	}
	if len(errs) > 0 {
		return nil, errs
	}
	return ups, nil
}

func validStatus(s model.Status) bool {
	for _, x := range model.Statuses {
		if s == x {
			return true
		}
	}
	return false
}

// findHeader returns the index of the header row (the first of the first
// 20 rows with a 任务标识 or 议定事项标识 cell) and the columns of the known headers.
func findHeader(rows [][]string) (int, map[string]int) {
	for i := 0; i < len(rows) && i < 20; i++ {
		cols := map[string]int{}
		for c, v := range rows[i] {
			v = strings.TrimSpace(v)
			switch v {
			case colID, colDecision, colStatus, colDone, colNotes, colProgress:
				if _, dup := cols[v]; !dup {
					cols[v] = c
				}
			}
		}
		_, task := cols[colID]
		_, decision := cols[colDecision]
		if task || decision {
			return i, cols
		}
	}
	return -1, nil
}

// hasText reports whether a row without an id carries a status from the
// list: the sign of a task row whose id was deleted. (Totals and notes rows
// hold counts and labels there, not statuses.)
func hasText(row []string, cols map[string]int) bool {
	c, ok := cols[colStatus]
	return ok && c < len(row) && validStatus(model.Status(strings.TrimSpace(row[c])))
}

var (
	cnDateRE  = regexp.MustCompile(`^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?$`)
	mdDateRE  = regexp.MustCompile(`^()(\d{1,2})\s*月\s*(\d{1,2})\s*日?$`)
	isoDateRE = regexp.MustCompile(`^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$`)
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
	for _, re := range []*regexp.Regexp{isoDateRE, cnDateRE, mdDateRE} {
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
