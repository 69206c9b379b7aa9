package xlsx

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
	"text/template"
	"text/template/parse"
	"time"

	"github.com/xuri/excelize/v2"

	"gongwen/internal/lazyre"
)

// Options configure Parse.
type Options struct {
	// Funcs is the function map templates may call (funcs.Map in gongwen).
	// Nil gives a small default set.
	Funcs template.FuncMap
	// MissingKeyZero prints the zero value for a missing map key instead of
	// reporting an error (the default is an error, with the cell).
	MissingKeyZero bool
	// MaxUnzipSize limits the unpacked size of the workbook, MaxXMLSize the
	// memory one worksheet's XML may take. Zero means DefaultMaxUnzipSize and
	// DefaultMaxXMLSize: a user's workbook is not allowed to be a zip bomb.
	MaxUnzipSize, MaxXMLSize int64
	// Context cancels Parse, which walks every cell of a sheet's used
	// area; nil means no cancellation.
	Context context.Context
}

// Limits for workbooks read from users.
const (
	DefaultMaxUnzipSize = 256 << 20
	DefaultMaxXMLSize   = 64 << 20
)

// ExecOptions configure one Execute.
type ExecOptions struct {
	// Context cancels the execution; it is looked at inside loops and
	// while cells are printed, so a cancelled render stops at once.
	Context context.Context
	// Timeout limits one Execute; 0 means one minute.
	Timeout time.Duration
	// MaxOutput caps the text all cells of one execution may print, in
	// bytes, and separately what the template's functions build during
	// the execution; 0 means 256 MiB. One cell is refused past what Excel
	// holds.
	MaxOutput int64
	// MaxErrors stops collecting after so many problems (default 100), so a
	// wrong key in a 10 000-row range gives one screen, not 10 000 lines.
	MaxErrors int
}

// Template is a parsed .xlsx template. It is immutable and safe for
// concurrent use.
type Template struct {
	name   string
	data   []byte
	opts   Options
	root   *template.Template
	funcs  template.FuncMap // as parsed with, for Paths
	sheets []*sheetTpl
}

type sheetTpl struct {
	name     string
	cells    []*cellTpl  // template cells outside range rows
	ranges   []*rangeRow // ascending row order
	formulas [][2]int    // (row, col) of formula cells outside range rows
}

type cellTpl struct {
	text     string // the cell's text as written (normalised), range wrapper included
	ref      string // A1 in the template
	row, col int
	name     string // name in Template.root
	typed    bool   // one action: the value keeps its type
}

type rangeRow struct {
	row    int
	ref    string // cell holding {{range}}
	header string // template collecting the items (two variables)
	single string // fallback with one variable (range over an int)
	cells  []*cellTpl
}

// placeholders stand in for the per-execution functions while parsing.
var placeholders = template.FuncMap{
	"__val":   func(v any) string { return "" },
	"__one":   func() any { return nil },
	"__item":  func(k, v any) string { return "" },
	"__item1": func(v any) string { return "" },
	"__tick":  func() string { return "" },
}

// defaultFuncs is used when Options.Funcs is nil: enough for plain data.
var defaultFuncs = template.FuncMap{
	"join": strings.Join,
	"add":  func(a, b int) int { return a + b },
}

var (
	rangeStartRE = lazyre.New(`^\s*\{\{-?\s*range\s+(.*?)\s*-?\}\}`)
	rangeEndRE   = lazyre.New(`\{\{-?\s*end\s*-?\}\}\s*$`)
)

// cancelled says why Parse must stop, if it must.
func (o Options) cancelled() error {
	if o.Context == nil || o.Context.Err() == nil {
		return nil
	}
	return fmt.Errorf("%w（%s）", ErrTimeout, why(o.Context.Err()))
}

// openOptions are the excelize options for a workbook from a user.
func (o Options) openOptions() excelize.Options {
	u, x := o.MaxUnzipSize, o.MaxXMLSize
	if u <= 0 {
		u = DefaultMaxUnzipSize
	}
	if x <= 0 {
		x = DefaultMaxXMLSize
	}
	if x > u {
		x = u
	}
	return excelize.Options{UnzipSizeLimit: u, UnzipXMLSizeLimit: x}
}

// Parse reads an .xlsx template. name is used in messages. The error is
// Errors when cells hold bad actions, each with its sheet and cell.
func Parse(name string, data []byte, opts Options) (*Template, error) {
	f, err := excelize.OpenReader(bytes.NewReader(data), opts.openOptions())
	if err != nil {
		return nil, openError(name, err)
	}
	defer f.Close()
	t := &Template{name: name, data: data, opts: opts}
	fm := template.FuncMap{}
	src := opts.Funcs
	if src == nil {
		src = defaultFuncs
	}
	for k, v := range src {
		fm[k] = v
	}
	for k, v := range placeholders {
		fm[k] = v
	}
	t.funcs = fm
	t.root = template.New(name).Funcs(fm)
	if opts.MissingKeyZero {
		t.root.Option("missingkey=zero")
	} else {
		t.root.Option("missingkey=error")
	}
	var errs Errors
	for _, sheet := range f.GetSheetList() {
		st, es := t.parseSheet(f, sheet, fm)
		errs = append(errs, es...)
		if st != nil {
			t.sheets = append(t.sheets, st)
		}
	}
	if len(errs) > 0 {
		return nil, errs
	}
	return t, nil
}

func (t *Template) parseSheet(f *excelize.File, sheet string, fm template.FuncMap) (*sheetTpl, Errors) {
	rows, err := f.GetRows(sheet, excelize.Options{RawCellValue: true})
	if err != nil {
		// Chart sheets and dialog sheets have no cells.
		return nil, nil
	}
	st := &sheetTpl{name: sheet}
	var errs Errors
	bad := func(ref, format string, a ...any) {
		errs = append(errs, &Error{Sheet: sheet, Cell: ref, Msg: fmt.Sprintf(format, a...)})
	}
	maxRow, maxCol := extent(f, sheet, rows)
	if maxRow*maxCol > maxTemplateCells {
		last, _ := excelize.CoordinatesToCellName(maxCol, maxRow)
		bad("", "工作表的使用范围到 %s，超过 %d 个单元格，不能作为模板（请删去远处的单元格内容或格式）", last, maxTemplateCells)
		return nil, errs
	}
	isFormula := map[[2]int]bool{}
	for r := 1; r <= maxRow; r++ {
		if err := t.opts.cancelled(); err != nil {
			bad("", "%s", err)
			return nil, errs
		}
		for c := 1; c <= maxCol; c++ {
			ref, _ := excelize.CoordinatesToCellName(c, r)
			if fo, _ := f.GetCellFormula(sheet, ref); fo != "" {
				isFormula[[2]int{r, c}] = true
			}
		}
	}
	rangeRows := map[int]bool{}
	defer func() {
		for r := 1; r <= maxRow; r++ {
			for c := 1; c <= maxCol; c++ {
				if isFormula[[2]int{r, c}] && !rangeRows[r] {
					st.formulas = append(st.formulas, [2]int{r, c})
				}
			}
		}
	}()
	for ri, row := range rows {
		r := ri + 1
		var cols []int // non-empty, non-formula cells
		text := map[int]string{}
		for ci, v := range row {
			if v == "" || isFormula[[2]int{r, ci + 1}] {
				continue
			}
			cols = append(cols, ci+1)
			text[ci+1] = normalizeActions(v)
		}
		if len(cols) == 0 {
			continue
		}
		first := cols[0]
		firstRef, _ := excelize.CoordinatesToCellName(first, r)
		if m := rangeStartRE.FindStringSubmatchIndex(text[first]); m != nil && !parsesAlone(text[first], fm) {
			rr := &rangeRow{row: r, ref: firstRef}
			hdr := text[first][m[2]:m[3]]
			text[first] = text[first][m[1]:]
			last := cols[len(cols)-1]
			lastRef, _ := excelize.CoordinatesToCellName(last, r)
			loc := rangeEndRE.FindStringIndex(text[last])
			if loc == nil {
				bad(lastRef, "本行以 {{range}} 开始（%s），但最后一个非空单元格没有以 {{end}} 结束", firstRef)
				continue
			}
			text[last] = text[last][:loc[0]]
			decl, pipe, err := splitRange(hdr, fm)
			if err != nil {
				bad(firstRef, "{{range %s}}：%s", hdr, err)
				continue
			}
			rr.header = firstRef + "#items"
			ht, err := t.root.New(rr.header).Parse("{{range $__k, $__v := " + pipe + "}}{{__item $__k $__v}}{{end}}")
			if err != nil {
				bad(firstRef, "{{range %s}}：%s", hdr, templateMsg(err))
				continue
			}
			tickLoops(ht.Tree.Root)
			rr.single = firstRef + "#items1"
			st1, err := t.root.New(rr.single).Parse("{{range $__v := " + pipe + "}}{{__item1 $__v}}{{end}}")
			if err != nil {
				bad(firstRef, "{{range %s}}：%s", hdr, templateMsg(err))
				continue
			}
			tickLoops(st1.Tree.Root)
			for _, c := range cols {
				// The first and last cells lost their range and end
				// actions: they are template cells even if nothing is left.
				if !strings.Contains(text[c], "{{") && c != first && c != last {
					continue
				}
				ref, _ := excelize.CoordinatesToCellName(c, r)
				ct, err := t.compileCell(sheet, ref, r, c, text[c], "{{range "+decl+" __one}}", "{{end}}", fm)
				if err != nil {
					bad(ref, "%s", err)
					continue
				}
				ct.text = "{{range " + hdr + "}}" + text[c] + "{{end}}"
				rr.cells = append(rr.cells, ct)
			}
			st.ranges = append(st.ranges, rr)
			rangeRows[r] = true
			continue
		}
		for _, c := range cols {
			if !strings.Contains(text[c], "{{") {
				continue
			}
			ref, _ := excelize.CoordinatesToCellName(c, r)
			ct, err := t.compileCell(sheet, ref, r, c, text[c], "", "", fm)
			if err != nil {
				bad(ref, "%s", err)
				continue
			}
			st.cells = append(st.cells, ct)
		}
	}
	return st, errs
}

// extent is the used area of a sheet: the rows GetRows returned and the
// recorded dimension, whichever is larger (a formula without a cached
// value reads as empty, so GetRows may stop before it).
func extent(f *excelize.File, sheet string, rows [][]string) (maxRow, maxCol int) {
	maxRow = len(rows)
	for _, r := range rows {
		maxCol = max(maxCol, len(r))
	}
	if dim, err := f.GetSheetDimension(sheet); err == nil && dim != "" {
		parts := strings.Split(dim, ":")
		if c, r, err := excelize.CellNameToCoordinates(parts[len(parts)-1]); err == nil && r <= 1<<16 && c <= 1<<10 {
			maxRow, maxCol = max(maxRow, r), max(maxCol, c)
		}
	}
	return maxRow, maxCol
}

// compileCell parses one cell's text, wrapped in open/close (the range
// wrapper for cells of a repeated row).
func (t *Template) compileCell(sheet, ref string, row, col int, text, open, close string, fm template.FuncMap) (*cellTpl, error) {
	name := sheet + "!" + ref
	ct := &cellTpl{ref: ref, row: row, col: col, name: name, text: text}
	tree, err := parse.Parse("cell", open+text+close, "{{", "}}", fm, builtinNames)
	if err != nil {
		return nil, errors.New(templateMsg(err))
	}
	body := text
	nodes := tree["cell"].Root.Nodes
	if open != "" {
		if rn, ok := nodes[0].(*parse.RangeNode); ok {
			if rn.ElseList != nil {
				return nil, errors.New("重复行中不支持 {{else}}（没有数据时整行会被删去或留空）")
			}
			if rn.List != nil {
				nodes = rn.List.Nodes
			}
		}
	}
	if len(nodes) == 1 {
		if a, ok := nodes[0].(*parse.ActionNode); ok && len(a.Pipe.Decl) == 0 {
			ct.typed = true
			body = "{{__val (" + a.Pipe.String() + ")}}"
		}
	}
	nt, err := t.root.New(name).Parse(open + body + close)
	if err != nil {
		return nil, errors.New(templateMsg(err))
	}
	tickLoops(nt.Tree.Root)
	return ct, nil
}

// builtinNames lets parse.Parse accept text/template's builtin functions.
var builtinNames = template.FuncMap{
	"and": true, "call": true, "html": true, "index": true, "slice": true, "js": true,
	"len": true, "not": true, "or": true, "print": true, "printf": true, "println": true,
	"urlquery": true, "eq": true, "ge": true, "gt": true, "le": true, "lt": true, "ne": true,
}

func parsesAlone(text string, fm template.FuncMap) bool {
	_, err := parse.Parse("cell", text, "{{", "}}", fm, builtinNames)
	return err == nil
}

// splitRange parses the header of a range row and returns its variable
// declaration ("$i, $t :=", or "") and its pipeline without it.
func splitRange(hdr string, fm template.FuncMap) (decl, pipe string, err error) {
	trees, err := parse.Parse("range", "{{range "+hdr+"}}{{end}}", "{{", "}}", fm, builtinNames)
	if err != nil {
		return "", "", errors.New(templateMsg(err))
	}
	rn, ok := trees["range"].Root.Nodes[0].(*parse.RangeNode)
	if !ok {
		return "", "", errors.New("不是 range 动作")
	}
	p := *rn.Pipe
	var names []string
	for _, v := range p.Decl {
		names = append(names, v.Ident[0])
	}
	if len(names) > 0 {
		op := " := "
		if p.IsAssign {
			op = " = "
		}
		decl = strings.Join(names, ", ") + op
	}
	p.Decl = nil
	p.IsAssign = false
	return decl, p.String(), nil
}

// normalizeActions repairs what Chinese input methods and Excel's
// autocorrect do to actions: full-width braces, smart quotes and
// ideographic spaces inside {{ }}.
func normalizeActions(s string) string {
	s = strings.NewReplacer("｛｛", "{{", "｝｝", "}}").Replace(s)
	if !strings.Contains(s, "{{") {
		return s
	}
	var b strings.Builder
	for {
		i := strings.Index(s, "{{")
		if i < 0 {
			b.WriteString(s)
			break
		}
		j := strings.Index(s[i:], "}}")
		if j < 0 {
			b.WriteString(s)
			break
		}
		b.WriteString(s[:i])
		b.WriteString(strings.NewReplacer("“", `"`, "”", `"`, "‘", "'", "’", "'", "\u3000", " ", "（", "(", "）", ")", "｜", "|").Replace(s[i : i+j+2]))
		s = s[i+j+2:]
	}
	return b.String()
}

// Execute fills the template with data and writes the workbook to w.
// The error is Errors when the data does not fit the template.
func (t *Template) Execute(w io.Writer, data any, opts ExecOptions) error {
	f, err := t.executeFile(data, opts)
	if err != nil {
		return err
	}
	defer f.Close()
	// The template's own texts, tags and all, stay in the shared-string
	// table after their cells are filled: drop them.
	var buf bytes.Buffer
	if err := write(f, &buf); err != nil {
		return err
	}
	b, err := pruneStrings(buf.Bytes())
	if err != nil {
		return fmt.Errorf("写出工作簿: %w", err)
	}
	if _, err := w.Write(b); err != nil {
		return fmt.Errorf("写出工作簿: %w", err)
	}
	return nil
}

// write saves f with fixed document properties, so the same input gives
// the same bytes.
func write(f *excelize.File, w io.Writer) error {
	f.SetZipWriter(zipWriter)
	return writeFile(f, w)
}

// writeFile writes f with the zip writer f has (see buildMatrix).
func writeFile(f *excelize.File, w io.Writer) error {
	if err := f.SetDocProps(&excelize.DocProperties{
		Creator: "gongwen", Created: "2013-01-01T00:00:00Z", Modified: "2013-01-01T00:00:00Z",
	}); err != nil {
		return fmt.Errorf("写入文档属性: %w", err)
	}
	argbColours(f)
	if err := f.Write(w); err != nil {
		return fmt.Errorf("写出工作簿: %w", err)
	}
	return nil
}

// argbColours undoes a slip of excelize's: a style copied with GetStyle and
// NewStyle — ours for a date cell, excelize's own when it writes a time —
// gets FF put in front of a colour that already had its alpha, as openpyxl
// writes colours (00000000 → FF00000000). Ten hex digits make a styles.xml
// that openpyxl refuses to open and Excel repairs.
func argbColours(f *excelize.File) {
	st := f.Styles
	if st == nil {
		return
	}
	fix := func(rgb *string) {
		if len(*rgb) == 10 && strings.EqualFold((*rgb)[:2], "FF") {
			*rgb = (*rgb)[2:]
		}
	}
	if st.Fonts != nil {
		for _, font := range st.Fonts.Font {
			if font != nil && font.Color != nil {
				fix(&font.Color.RGB)
			}
		}
	}
	if st.Fills != nil {
		for _, fill := range st.Fills.Fill {
			if fill == nil || fill.PatternFill == nil {
				continue
			}
			if c := fill.PatternFill.FgColor; c != nil {
				fix(&c.RGB)
			}
			if c := fill.PatternFill.BgColor; c != nil {
				fix(&c.RGB)
			}
		}
	}
	if st.Borders != nil {
		for _, b := range st.Borders.Border {
			if b == nil {
				continue
			}
			for _, l := range list(b.Left, b.Right, b.Top, b.Bottom, b.Diagonal) {
				if l != nil && l.Color != nil {
					fix(&l.Color.RGB)
				}
			}
		}
	}
}

// list makes a slice of its arguments: a border's lines, whose type
// excelize does not export, can be ranged over.
func list[T any](xs ...T) []T { return xs }

// Sheets lists the sheet names of the template.
func (t *Template) Sheets() []string {
	var names []string
	for _, s := range t.sheets {
		names = append(names, s.name)
	}
	return names
}

// Cells lists the template cells as sheet!cell, sorted, for inspection.
func (t *Template) Cells() []string {
	var out []string
	for _, s := range t.sheets {
		for _, c := range s.cells {
			out = append(out, c.name)
		}
		for _, r := range s.ranges {
			for _, c := range r.cells {
				out = append(out, c.name)
			}
		}
	}
	sort.Strings(out)
	return out
}
