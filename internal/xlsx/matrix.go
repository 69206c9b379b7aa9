package xlsx

import (
	"fmt"
	"io"
	"time"

	"github.com/klauspost/compress/flate"
	"github.com/xuri/excelize/v2"

	"gongwen/internal/model"
)

// The 责任矩阵 is written with excelize's StreamWriter: a campaign with
// 100 000 tasks must not hold the sheet in memory as cell structs.

const matrixFirstRow = 3 // rows 1–2: title and header

func buildMatrix(c *model.Campaign, date time.Time, w io.Writer) error {
	f := excelize.NewFile()
	defer f.Close()
	// A matrix can hold millions of cells. Two changes to how excelize
	// saves: deflate at the fastest level (most of the time went into
	// compression; a few per cent bigger, still deterministic), and zip
	// straight into w instead of into the in-memory buffer excelize hands
	// over (which would hold the whole file; excelize then copies that
	// buffer, left empty, to w).
	f.ZipWriter = func(io.Writer) excelize.ZipWriter { return pooledZip(w, flate.BestSpeed) }
	if err := writeMatrix(f, c); err != nil {
		return fmt.Errorf("生成责任矩阵: %w", err)
	}
	return writeFile(f, w)
}

func writeMatrix(f *excelize.File, c *model.Campaign) error {
	const s = MatrixSheet
	if err := f.SetSheetName("Sheet1", s); err != nil {
		return err
	}
	st, err := newStyles(f, profileFonts(c))
	if err != nil {
		return err
	}
	fn := profileFonts(c)
	vertical, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Family: fn.hei, Size: bodySize}, Border: thin,
		Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center", TextRotation: 255, WrapText: true},
		Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"D9D9D9"}}})
	if err != nil {
		return err
	}
	units := matrixUnits(c)
	ix := newUnitIndex(c)
	col := map[string]int{}
	for i, id := range units {
		col[id] = i
	}
	nCols := 2 + len(units)
	lastCol, _ := excelize.ColumnNumberToName(nCols)
	// Page setup and print titles go before the stream: the writer copies
	// the sheet's settings when it flushes.
	if err := pageSetup(f, s, "", true); err != nil {
		return err
	}
	if err := f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles",
		RefersTo: quoteSheet(s) + "!$A:$B," + quoteSheet(s) + "!$2:$2", Scope: s}); err != nil {
		return err
	}
	sw, err := f.NewStreamWriter(s)
	if err != nil {
		return err
	}
	widths := []float64{6, 40}
	if err := sw.SetColWidth(1, 1, widths[0]); err != nil {
		return err
	}
	if err := sw.SetColWidth(2, 2, widths[1]); err != nil {
		return err
	}
	if len(units) > 0 {
		if err := sw.SetColWidth(3, nCols, 5); err != nil {
			return err
		}
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, XSplit: 2, YSplit: 2, TopLeftCell: "C3", ActivePane: "bottomRight",
		Selection: []excelize.Selection{{SQRef: "C3", ActiveCell: "C3", Pane: "bottomRight"}}}); err != nil {
		return err
	}
	title := make([]any, nCols)
	title[0] = excelize.Cell{StyleID: st.title, Value: campaignTitle(c) + "责任矩阵（●牵头 ○责任）"}
	for i := 1; i < nCols; i++ {
		title[i] = excelize.Cell{StyleID: st.title}
	}
	if err := sw.SetRow("A1", title, excelize.RowOpts{Height: 36}); err != nil {
		return err
	}
	if err := sw.MergeCell("A1", lastCol+"1"); err != nil {
		return err
	}
	header := []any{excelize.Cell{StyleID: st.header, Value: "序号"}, excelize.Cell{StyleID: st.header, Value: "工作任务"}}
	longest := 2
	for _, id := range units {
		name := ix.short(id)
		longest = max(longest, len([]rune(name)))
		header = append(header, excelize.Cell{StyleID: vertical, Value: name})
	}
	if err := sw.SetRow("A2", header, excelize.RowOpts{Height: min(409, float64(longest)*17+12)}); err != nil {
		return err
	}
	// Rows: as in Campaign.Matrix, the tasks that involve a unit, and
	// every task of a programme.
	var tasks []*model.Task
	for _, t := range orderedTasks(c) {
		if lead, units := taskUnits(c, t); len(lead)+len(units) > 0 || !c.Campaigning() {
			tasks = append(tasks, t)
		}
	}
	row := make([]any, nCols)
	// The mark cells are boxed once: a 100 000 × 30 matrix would otherwise
	// allocate three million interface values.
	var (
		empty any = excelize.Cell{StyleID: st.center}
		leadC any = excelize.Cell{StyleID: st.center, Value: MarkLead}
		respC any = excelize.Cell{StyleID: st.center, Value: MarkResponsible}
	)
	for i, t := range tasks {
		title := t.Title
		if title == "" {
			title = t.Text
		}
		row[0] = excelize.Cell{StyleID: st.center, Value: i + 1}
		row[1] = excelize.Cell{StyleID: st.body, Value: title}
		for j := 2; j < nCols; j++ {
			row[j] = empty
		}
		lead, resp := taskUnits(c, t)
		for _, id := range resp {
			if j, ok := col[id]; ok {
				row[2+j] = respC
			}
		}
		for _, id := range lead {
			if j, ok := col[id]; ok {
				row[2+j] = leadC
			}
		}
		ref, _ := excelize.CoordinatesToCellName(1, matrixFirstRow+i)
		h := rowHeight([]string{"", title}, widths, bodySize)
		if err := sw.SetRow(ref, row, excelize.RowOpts{Height: h}); err != nil {
			return err
		}
	}
	last := matrixFirstRow + len(tasks) - 1
	for k, mark := range []string{MarkLead, MarkResponsible} {
		label := "牵头合计（●）"
		if k == 1 {
			label = "责任合计（○）"
		}
		tot := []any{excelize.Cell{StyleID: st.header, Value: ""}, excelize.Cell{StyleID: st.header, Value: label}}
		for j := range units {
			cn, _ := excelize.ColumnNumberToName(3 + j)
			cell := excelize.Cell{StyleID: st.center}
			if len(tasks) > 0 {
				cell.Formula = fmt.Sprintf(`COUNTIF(%s%d:%s%d,"%s")`, cn, matrixFirstRow, cn, last, mark)
			} else {
				cell.Value = 0
			}
			tot = append(tot, cell)
		}
		ref, _ := excelize.CoordinatesToCellName(1, last+1+k)
		if err := sw.SetRow(ref, tot, excelize.RowOpts{Height: 22}); err != nil {
			return err
		}
	}
	return sw.Flush()
}
