package xlsx

import (
	"bytes"
	"fmt"
	"sort"
	"strings"

	"github.com/xuri/excelize/v2"
)

// SetCells returns a copy of a workbook with cells changed as a person
// would change them in Excel: keys are sheet!cell, values strings, numbers,
// time.Time (a date cell) or nil (cleared). It exists for tests of the round
// trip outside this package, which may not import excelize.
func SetCells(data []byte, cells map[string]any) ([]byte, error) {
	f, err := excelize.OpenReader(bytes.NewReader(data), Options{}.openOptions())
	if err != nil {
		return nil, err
	}
	defer f.Close()
	w := &writer{f: f, dateStyles: map[int]int{}}
	refs := make([]string, 0, len(cells))
	for k := range cells {
		refs = append(refs, k)
	}
	sort.Strings(refs)
	for _, k := range refs {
		sheet, ref, ok := strings.Cut(k, "!")
		if !ok {
			return nil, fmt.Errorf("%s: 应写作 工作表!单元格", k)
		}
		col, row, err := excelize.CellNameToCoordinates(ref)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", k, err)
		}
		if err := w.set(sheet, col, row, cells[k]); err != nil {
			return nil, fmt.Errorf("%s: %w", k, err)
		}
	}
	var b bytes.Buffer
	if err := write(f, &b); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// InsertRow returns a copy of a workbook with an empty row inserted before
// row of sheet, as a unit adding a line would; for tests.
func InsertRow(data []byte, sheet string, row int) ([]byte, error) {
	f, err := excelize.OpenReader(bytes.NewReader(data), Options{}.openOptions())
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if err := f.InsertRows(sheet, row, 1); err != nil {
		return nil, err
	}
	var b bytes.Buffer
	if err := write(f, &b); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}
