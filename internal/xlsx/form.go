package xlsx

import (
	"strconv"

	"github.com/xuri/excelize/v2"

	"gongwen/internal/model"
)

// form is a printed form sheet — a 回复表, 回执, 签到表 or list of
// decisions — laid out like the office's paper forms: fixed column widths,
// a merged title in row 1 and merged notes below it, over the visible
// columns. The sheet's hidden key column, if any, is not merged over.
type form struct {
	f    *excelize.File
	sh   string
	st   styles
	last string // the last visible column, e.g. "G"
}

// newForm sets up sheet sh of f with the campaign's fonts and the column
// widths; the first visible columns are merged by title and note. When
// rename is set the new workbook's Sheet1 becomes sh, else sh is added.
func newForm(f *excelize.File, c *model.Campaign, sh string, rename bool, widths []float64, visible int) (*form, error) {
	if rename {
		if err := f.SetSheetName("Sheet1", sh); err != nil {
			return nil, err
		}
	} else if _, err := f.NewSheet(sh); err != nil {
		return nil, err
	}
	st, err := newStyles(f, profileFonts(c))
	if err != nil {
		return nil, err
	}
	for i, wd := range widths {
		col, _ := excelize.ColumnNumberToName(i + 1)
		if err := f.SetColWidth(sh, col, col, wd); err != nil {
			return nil, err
		}
		if i >= visible {
			if err := f.SetColVisible(sh, col, false); err != nil {
				return nil, err
			}
		}
	}
	last, _ := excelize.ColumnNumberToName(visible)
	return &form{f: f, sh: sh, st: st, last: last}, nil
}

// set writes v with style into the cell at col, row (1-based).
func (fm *form) set(col, row int, v any, style int) error {
	cell, _ := excelize.CoordinatesToCellName(col, row)
	if err := fm.f.SetCellValue(fm.sh, cell, v); err != nil {
		return err
	}
	return fm.f.SetCellStyle(fm.sh, cell, cell, style)
}

// title writes the form's title into row 1, merged and 36 points high.
func (fm *form) title(text string) error {
	if err := fm.set(1, 1, text, fm.st.title); err != nil {
		return err
	}
	if err := fm.f.MergeCell(fm.sh, "A1", fm.last+"1"); err != nil {
		return err
	}
	return fm.f.SetRowHeight(fm.sh, 1, 36)
}

// note writes a line of explanation into row, merged over the form.
func (fm *form) note(row int, text string) error {
	if err := fm.set(1, row, text, fm.st.subtitle); err != nil {
		return err
	}
	return fm.f.MergeCell(fm.sh, "A"+strconv.Itoa(row), fm.last+strconv.Itoa(row))
}
