package xlsx

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"reflect"
	"sort"
	"strings"
	"text/template"
	"time"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"gongwen/internal/funcs"
)

// state is what the per-execution functions share with the executor.
type state struct {
	val    any
	hasVal bool
	one    map[any]any
	items  []item
}

type item struct{ key, val any }

// executeFile runs the template and returns the filled workbook; the
// builders post-process it before writing.
func (t *Template) executeFile(data any, opts ExecOptions) (*excelize.File, error) {
	maxErr := opts.MaxErrors
	if maxErr <= 0 {
		maxErr = 100
	}
	st := &state{}
	bud := newBudget(opts)
	root, err := t.root.Clone()
	if err != nil {
		return nil, fmt.Errorf("复制模板 %s: %w", t.name, err)
	}
	// Items are collected before rows are made: more than a sheet holds
	// is refused as it is collected, not after a billion of them.
	addItem := func(it item) (string, error) {
		if len(st.items) >= excelize.TotalRows {
			return "", fmt.Errorf("超过 %d 项，超过工作表的最大行数", excelize.TotalRows)
		}
		st.items = append(st.items, it)
		return "", nil
	}
	root.Funcs(funcs.Metered(t.funcs, bud.charge))
	root.Funcs(template.FuncMap{
		"__val":   func(v any) string { st.val, st.hasVal = v, true; return "" },
		"__one":   func() any { return st.one },
		"__item":  func(k, v any) (string, error) { return addItem(item{k, v}) },
		"__item1": func(v any) (string, error) { return addItem(item{len(st.items), v}) },
		"__tick":  bud.tick,
	})
	var errs Errors
	full := func() bool { return len(errs) >= maxErr || bud.err != nil }
	fail := func(sheet, ref string, n int, err error) {
		e := &Error{Sheet: sheet, Cell: ref, Item: n, Msg: templateMsg(err), Err: err}
		switch {
		case bud.err != nil:
			e.Msg, e.Err = bud.err.Error(), bud.err
		case errors.Is(err, errCellTooLong):
			e.Msg = err.Error()
		}
		errs = append(errs, e)
	}
	run := func(ct *cellTpl, sheet string, dot any, n int) any {
		st.val, st.hasVal = nil, false
		if full() {
			return nil
		}
		buf := cellBuffer{b: bud}
		if err := root.Lookup(ct.name).Execute(&buf, dot); err != nil {
			fail(sheet, ct.ref, n, err)
			return nil
		}
		if ct.typed {
			if !st.hasVal {
				// The range wrapper ran no body: cannot happen with one item.
				return nil
			}
			return cellValue(st.val)
		}
		return cleanText(string(buf.buf))
	}

	type plan struct {
		rr     *rangeRow
		values [][]any // per item, per rr.cells
	}
	plans := map[string][]plan{}
	plain := map[string][]any{}
	for _, s := range t.sheets {
		vals := make([]any, len(s.cells))
		for i, ct := range s.cells {
			vals[i] = run(ct, s.name, data, 0)
		}
		plain[s.name] = vals
		for _, rr := range s.ranges {
			if full() {
				break
			}
			st.items = st.items[:0]
			buf := cellBuffer{b: bud}
			err := root.Lookup(rr.header).Execute(&buf, data)
			if err != nil && strings.Contains(err.Error(), "more than one variable") {
				st.items = st.items[:0]
				err = root.Lookup(rr.single).Execute(&buf, data)
			}
			if err != nil {
				fail(s.name, rr.ref, 0, err)
				continue
			}
			items := append([]item(nil), st.items...)
			if len(items) >= excelize.TotalRows {
				errs = append(errs, &Error{Sheet: s.name, Cell: rr.ref, Msg: fmt.Sprintf("%d 项超过工作表的最大行数", len(items))})
				continue
			}
			p := plan{rr: rr, values: make([][]any, len(items))}
			for n, it := range items {
				if full() {
					break
				}
				st.one = map[any]any{it.key: it.val}
				row := make([]any, len(rr.cells))
				for i, ct := range rr.cells {
					row[i] = run(ct, s.name, data, n+1)
				}
				p.values[n] = row
			}
			plans[s.name] = append(plans[s.name], p)
		}
	}
	if err := bud.clock(); err != nil && len(errs) == 0 {
		errs = append(errs, &Error{Msg: err.Error(), Err: err})
	}
	if len(errs) > 0 {
		return nil, errs
	}

	f, err := excelize.OpenReader(bytes.NewReader(t.data), t.opts.openOptions())
	if err != nil {
		return nil, fmt.Errorf("打开模板 %s: %w", t.name, err)
	}
	w := &writer{f: f, dateStyles: map[int]int{}}
	formulas := map[string][]*[2]int{}
	for _, s := range t.sheets {
		for _, fc := range s.formulas {
			fc := fc
			formulas[s.name] = append(formulas[s.name], &fc)
		}
	}
	for _, s := range t.sheets {
		for i, ct := range s.cells {
			if err := w.set(s.name, ct.col, ct.row, plain[s.name][i]); err != nil {
				errs = append(errs, &Error{Sheet: s.name, Cell: ct.ref, Msg: err.Error()})
			}
		}
		ps := plans[s.name]
		sort.Slice(ps, func(i, j int) bool { return ps[i].rr.row > ps[j].rr.row })
		for _, p := range ps {
			if err := w.repeat(s.name, p.rr, p.values, formulas); err != nil {
				errs = append(errs, &Error{Sheet: s.name, Cell: p.rr.ref, Msg: err.Error()})
			}
		}
	}
	if len(errs) > 0 {
		f.Close()
		return nil, errs
	}
	return f, nil
}

// cellValue turns a value computed by an action into what the cell holds:
// numbers stay numbers, times become dates, Stringers and the rest text.
func cellValue(v any) any {
	if v == nil {
		return nil
	}
	switch x := v.(type) {
	case time.Time:
		return x
	case *time.Time:
		if x == nil {
			return nil
		}
		return *x
	case fmt.Stringer:
		return cleanText(x.String())
	case error:
		return cleanText(x.Error())
	}
	rv := reflect.ValueOf(v)
	for rv.Kind() == reflect.Pointer || rv.Kind() == reflect.Interface {
		if rv.IsNil() {
			return nil
		}
		rv = rv.Elem()
	}
	switch rv.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return rv.Int()
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return float64(rv.Uint())
	case reflect.Float32, reflect.Float64:
		f := rv.Float()
		if math.IsNaN(f) || math.IsInf(f, 0) {
			return fmt.Sprint(f)
		}
		return f
	case reflect.Bool:
		return rv.Bool()
	case reflect.String:
		return cleanText(rv.String())
	}
	return cleanText(fmt.Sprint(rv.Interface()))
}

// cleanText removes what XML 1.0 cannot hold, so a value never corrupts
// the workbook.
func cleanText(s string) string {
	ok := true
	for _, r := range s {
		if !xmlChar(r) {
			ok = false
			break
		}
	}
	if ok && utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if xmlChar(r) && r != utf8.RuneError {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func xmlChar(r rune) bool {
	return r == '\t' || r == '\n' || r == '\r' || r >= 0x20 && r <= 0xD7FF || r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF
}

// writer puts values into a workbook, keeping each cell's style.
type writer struct {
	f          *excelize.File
	dateStyles map[int]int // style → the same style with a date format
}

// set writes v to the cell. A date goes into a cell with a date format:
// the cell's own if it has one, else a copy of its style with 年月日.
func (w *writer) set(sheet string, col, row int, v any) error {
	ref, err := excelize.CoordinatesToCellName(col, row)
	if err != nil {
		return err
	}
	switch x := v.(type) {
	case nil:
		return w.f.SetCellValue(sheet, ref, nil)
	case string:
		if utf8.RuneCountInString(x) > excelize.TotalCellChars {
			return fmt.Errorf("文字长 %d 字，超过单元格上限 %d 字", utf8.RuneCountInString(x), excelize.TotalCellChars)
		}
		return w.f.SetCellStr(sheet, ref, x)
	case time.Time:
		style, err := w.f.GetCellStyle(sheet, ref)
		if err != nil {
			return err
		}
		ds, err := w.dateStyle(style)
		if err != nil {
			return err
		}
		if ds != style {
			if err := w.f.SetCellStyle(sheet, ref, ref, ds); err != nil {
				return err
			}
		}
		// Excel serial dates are local wall time: drop the zone.
		return w.f.SetCellValue(sheet, ref, time.Date(x.Year(), x.Month(), x.Day(), x.Hour(), x.Minute(), x.Second(), 0, time.UTC))
	default:
		return w.f.SetCellValue(sheet, ref, x)
	}
}

// DateFormat is the number format given to date cells that have none.
const DateFormat = `yyyy"年"m"月"d"日"`

func (w *writer) dateStyle(style int) (int, error) {
	if ds, ok := w.dateStyles[style]; ok {
		return ds, nil
	}
	s, err := w.f.GetStyle(style)
	if err != nil {
		return 0, err
	}
	if isDateFormat(s) {
		w.dateStyles[style] = style
		return style, nil
	}
	s.NumFmt = 0
	s.CustomNumFmt = ptr(DateFormat)
	ds, err := w.f.NewStyle(s)
	if err != nil {
		return 0, err
	}
	w.dateStyles[style] = ds
	return ds, nil
}

func isDateFormat(s *excelize.Style) bool {
	if s.CustomNumFmt != nil {
		f := strings.ToLower(*s.CustomNumFmt)
		// Drop quoted text and escapes: "年" is not a date part.
		var b strings.Builder
		inQ := false
		for i := 0; i < len(f); i++ {
			switch {
			case f[i] == '"':
				inQ = !inQ
			case inQ:
			case f[i] == '\\':
				i++
			default:
				b.WriteByte(f[i])
			}
		}
		g := b.String()
		return strings.ContainsAny(g, "ymd") && !strings.Contains(g, "[h]")
	}
	switch {
	case s.NumFmt >= 14 && s.NumFmt <= 22, s.NumFmt >= 27 && s.NumFmt <= 36, s.NumFmt >= 50 && s.NumFmt <= 58:
		return true
	}
	return false
}

func ptr[T any](v T) *T { return &v }

// templateRow is what a repeated row copies: styles, static values,
// formulas, merges and the height of the template row.
type templateRow struct {
	maxCol  int
	styles  []int
	statics map[int]any    // static values by column
	formula map[int]string // formulas by column
	merges  [][2]int       // column spans merged on the row
	height  float64        // 0 when the row has the default height
}

func (w *writer) readRow(sheet string, row int, skip map[int]bool) (*templateRow, error) {
	f := w.f
	rows, err := f.GetRows(sheet, excelize.Options{RawCellValue: true})
	if err != nil {
		return nil, err
	}
	_, maxCol := extent(f, sheet, rows)
	tr := &templateRow{maxCol: maxCol, styles: make([]int, maxCol+1), statics: map[int]any{}, formula: map[int]string{}}
	for c := 1; c <= maxCol; c++ {
		ref, _ := excelize.CoordinatesToCellName(c, row)
		if tr.styles[c], err = f.GetCellStyle(sheet, ref); err != nil {
			return nil, err
		}
		if fo, _ := f.GetCellFormula(sheet, ref); fo != "" {
			tr.formula[c] = fo
			continue
		}
		if skip[c] {
			continue
		}
		v, err := f.GetCellValue(sheet, ref, excelize.Options{RawCellValue: true})
		if err != nil || v == "" {
			continue
		}
		typ, _ := f.GetCellType(sheet, ref)
		switch typ {
		case excelize.CellTypeNumber, excelize.CellTypeUnset:
			var x float64
			if _, err := fmt.Sscan(v, &x); err == nil && typ == excelize.CellTypeNumber {
				tr.statics[c] = x
				continue
			}
			tr.statics[c] = v
		case excelize.CellTypeBool:
			tr.statics[c] = v == "1" || strings.EqualFold(v, "true")
		default:
			tr.statics[c] = v
		}
	}
	merges, err := f.GetMergeCells(sheet, true)
	if err != nil {
		return nil, err
	}
	for _, m := range merges {
		c1, r1, err1 := excelize.CellNameToCoordinates(m.GetStartAxis())
		c2, r2, err2 := excelize.CellNameToCoordinates(m.GetEndAxis())
		if err1 == nil && err2 == nil && r1 == row && r2 == row {
			tr.merges = append(tr.merges, [2]int{c1, c2})
		}
	}
	h, err := f.GetRowHeight(sheet, row)
	if err != nil {
		return nil, err
	}
	if def, _ := f.GetRowHeight(sheet, excelize.TotalRows); h != def {
		tr.height = h
	}
	return tr, nil
}

// repeat expands the range row rr to one row per item.
func (w *writer) repeat(sheet string, rr *rangeRow, values [][]any, formulas map[string][]*[2]int) error {
	f := w.f
	n := len(values)
	r := rr.row
	if n == 0 {
		// Removing the row would leave totals such as SUM(C5:C5) pointing
		// at the row above (excelize shrinks them onto it); when a range
		// ends on the row, keep it, empty, so they count nothing.
		if endsOnRow, err := w.rangeEndsOn(sheet, r, formulas); err != nil {
			return err
		} else if endsOnRow {
			for _, ct := range rr.cells {
				if err := w.set(sheet, ct.col, r, nil); err != nil {
					return err
				}
			}
			return nil
		}
		if err := f.RemoveRow(sheet, r); err != nil {
			return err
		}
		shiftFormulaCells(formulas[sheet], r+1, -1)
		return w.moveComments(sheet, r, -1)
	}
	skip := map[int]bool{}
	for _, ct := range rr.cells {
		skip[ct.col] = true
	}
	tr, err := w.readRow(sheet, r, skip)
	if err != nil {
		return err
	}
	end := r + n - 1
	if n > 1 {
		if err := f.InsertRows(sheet, r+1, n-1); err != nil {
			return err
		}
		if err := w.moveComments(sheet, r+1, n-1); err != nil {
			return err
		}
		shiftFormulaCells(formulas[sheet], r+1, n-1)
		if err := w.grow(sheet, r, end, formulas); err != nil {
			return err
		}
		for c := 1; c <= tr.maxCol; c++ {
			if tr.styles[c] == 0 {
				continue
			}
			from, _ := excelize.CoordinatesToCellName(c, r+1)
			to, _ := excelize.CoordinatesToCellName(c, end)
			if err := f.SetCellStyle(sheet, from, to, tr.styles[c]); err != nil {
				return err
			}
		}
	}
	for k := 0; k < n; k++ {
		row := r + k
		if k > 0 {
			for c, v := range tr.statics {
				if err := w.set(sheet, c, row, v); err != nil {
					return err
				}
			}
			for c, fo := range tr.formula {
				ref, _ := excelize.CoordinatesToCellName(c, row)
				if err := f.SetCellFormula(sheet, ref, shiftRelativeRows(fo, k)); err != nil {
					return err
				}
			}
			if tr.height > 0 {
				if err := f.SetRowHeight(sheet, row, tr.height); err != nil {
					return err
				}
			}
		}
		for i, ct := range rr.cells {
			if err := w.set(sheet, ct.col, row, values[k][i]); err != nil {
				return fmt.Errorf("第%d项 %s: %w", k+1, ct.ref, err)
			}
		}
	}
	// Merges last: excelize checks every cell written against every merged
	// range, which makes writing into a sheet with 10 000 merges slow.
	for k := 1; k < n; k++ {
		for _, m := range tr.merges {
			a, _ := excelize.CoordinatesToCellName(m[0], r+k)
			b, _ := excelize.CoordinatesToCellName(m[1], r+k)
			if err := f.MergeCell(sheet, a, b); err != nil {
				return err
			}
		}
	}
	return nil
}

// rangeEndsOn reports whether a formula, conditional format or validation
// of the sheet has a range ending on row r.
func (w *writer) rangeEndsOn(sheet string, r int, formulas map[string][]*[2]int) (bool, error) {
	f := w.f
	for sh, cells := range formulas {
		for _, fc := range cells {
			ref, _ := excelize.CoordinatesToCellName(fc[1], fc[0])
			fo, _ := f.GetCellFormula(sh, ref)
			if fo != "" && growRanges(fo, sheet, sh == sheet, r, r+1) != fo {
				return true, nil
			}
		}
	}
	cfs, err := f.GetConditionalFormats(sheet)
	if err != nil {
		return false, err
	}
	for sq := range cfs {
		if _, ok := growSqref(sq, r, r+1); ok {
			return true, nil
		}
	}
	dvs, err := f.GetDataValidations(sheet)
	if err != nil {
		return false, err
	}
	for _, dv := range dvs {
		if _, ok := growSqref(dv.Sqref, r, r+1); ok {
			return true, nil
		}
	}
	return false, nil
}

// moveComments moves the comments (notes) on rows from on by rows, which
// excelize's row insertion leaves behind; by < 0 removes rows from..from-by-1,
// and their comments go.
func (w *writer) moveComments(sheet string, from, by int) error {
	cs, err := w.f.GetComments(sheet)
	if err != nil {
		return err
	}
	var moved []excelize.Comment
	for _, c := range cs {
		col, row, err := excelize.CellNameToCoordinates(c.Cell)
		if err != nil || row < from {
			continue
		}
		if err := w.f.DeleteComment(sheet, c.Cell); err != nil {
			return err
		}
		if by < 0 && row < from-by {
			continue
		}
		c.Cell, _ = excelize.CoordinatesToCellName(col, row+by)
		moved = append(moved, c)
	}
	for _, c := range moved {
		if err := w.f.AddComment(sheet, c); err != nil {
			return err
		}
	}
	return nil
}

func shiftFormulaCells(cells []*[2]int, from, by int) {
	for _, c := range cells {
		if c[0] >= from {
			c[0] += by
		}
	}
}

// grow extends what ends on the template row r to the last copy: ranges in
// formulas, conditional formats, data validations and defined names.
func (w *writer) grow(sheet string, r, end int, formulas map[string][]*[2]int) error {
	f := w.f
	for sh, cells := range formulas {
		for _, fc := range cells {
			if sh == sheet && fc[0] >= r && fc[0] <= end {
				continue
			}
			ref, _ := excelize.CoordinatesToCellName(fc[1], fc[0])
			fo, err := f.GetCellFormula(sh, ref)
			if err != nil || fo == "" {
				continue
			}
			if g := growRanges(fo, sheet, sh == sheet, r, end); g != fo {
				if err := f.SetCellFormula(sh, ref, g); err != nil {
					return err
				}
			}
		}
	}
	cfs, err := f.GetConditionalFormats(sheet)
	if err != nil {
		return err
	}
	sqrefs := make([]string, 0, len(cfs))
	for sq := range cfs {
		sqrefs = append(sqrefs, sq)
	}
	sort.Strings(sqrefs)
	for _, sq := range sqrefs {
		if g, ok := growSqref(sq, r, end); ok {
			if err := f.UnsetConditionalFormat(sheet, sq); err != nil {
				return err
			}
			if err := f.SetConditionalFormat(sheet, g, cfs[sq]); err != nil {
				return err
			}
		}
	}
	dvs, err := f.GetDataValidations(sheet)
	if err != nil {
		return err
	}
	for _, dv := range dvs {
		if g, ok := growSqref(dv.Sqref, r, end); ok {
			if err := f.DeleteDataValidation(sheet, dv.Sqref); err != nil {
				return err
			}
			dv.Sqref = g
			if err := f.AddDataValidation(sheet, dv); err != nil {
				return err
			}
		}
	}
	for _, dn := range f.GetDefinedName() {
		g := growRanges(dn.RefersTo, sheet, false, r, end)
		if g == dn.RefersTo {
			continue
		}
		if err := f.DeleteDefinedName(&excelize.DefinedName{Name: dn.Name, Scope: dn.Scope}); err != nil {
			return err
		}
		dn.RefersTo = g
		if err := f.SetDefinedName(&dn); err != nil {
			return err
		}
	}
	return nil
}
