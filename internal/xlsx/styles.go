package xlsx

import (
	"math"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"gongwen/internal/model"
)

// Default font names, as offices have them; the campaign profile may name
// others (方正仿宋_GBK, say). The built-in templates are written with these
// and the builders swap them for the profile's.
const (
	defaultTitleFont = "方正小标宋简体"
	defaultBodyFont  = "仿宋_GB2312"
	defaultHeiFont   = "黑体"
)

type fonts struct{ title, body, hei string }

func profileFonts(c *model.Campaign) fonts {
	f := fonts{defaultTitleFont, defaultBodyFont, defaultHeiFont}
	if c != nil {
		if v := c.Profile.Fonts.Title; v != "" {
			f.title = v
		}
		if v := c.Profile.Fonts.Body; v != "" {
			f.body = v
		}
		if v := c.Profile.Fonts.Hei; v != "" {
			f.hei = v
		}
	}
	return f
}

// Font sizes in points.
const (
	titleSize  = 18
	headerSize = 12
	bodySize   = 11
)

var thin = []excelize.Border{
	{Type: "left", Color: "000000", Style: 1}, {Type: "right", Color: "000000", Style: 1},
	{Type: "top", Color: "000000", Style: 1}, {Type: "bottom", Color: "000000", Style: 1},
}

// styles are the cell styles every built-in workbook uses.
type styles struct {
	title, subtitle, header, body, center, date, hidden int
}

func newStyles(f *excelize.File, fn fonts) (styles, error) {
	var s styles
	var err error
	mk := func(st *excelize.Style) int {
		if err != nil {
			return 0
		}
		var id int
		id, err = f.NewStyle(st)
		return id
	}
	wrap := func(h string) *excelize.Alignment {
		return &excelize.Alignment{Horizontal: h, Vertical: "center", WrapText: true}
	}
	s.title = mk(&excelize.Style{Font: &excelize.Font{Family: fn.title, Size: titleSize}, Alignment: wrap("center")})
	s.subtitle = mk(&excelize.Style{Font: &excelize.Font{Family: fn.body, Size: bodySize}, Alignment: &excelize.Alignment{Horizontal: "left", Vertical: "center"}})
	s.header = mk(&excelize.Style{Font: &excelize.Font{Family: fn.hei, Size: headerSize}, Alignment: wrap("center"), Border: thin,
		Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"D9D9D9"}}})
	s.body = mk(&excelize.Style{Font: &excelize.Font{Family: fn.body, Size: bodySize}, Alignment: wrap("left"), Border: thin})
	s.center = mk(&excelize.Style{Font: &excelize.Font{Family: fn.body, Size: bodySize}, Alignment: wrap("center"), Border: thin})
	s.date = mk(&excelize.Style{Font: &excelize.Font{Family: fn.body, Size: bodySize}, Alignment: wrap("center"), Border: thin, CustomNumFmt: ptr(`m"月"d"日"`)})
	s.hidden = mk(&excelize.Style{Font: &excelize.Font{Family: fn.body, Size: 9, Color: "808080"}})
	return s, err
}

// pageSetup makes a sheet print on A4 landscape, fitted to the page width,
// with the header rows repeated and page numbers in the footer.
func pageSetup(f *excelize.File, sheet string, titleRows string, landscape bool) error {
	orient := "portrait"
	if landscape {
		orient = "landscape"
	}
	size, one, zero := 9, 1, 0 // 9 = A4
	if err := f.SetPageLayout(sheet, &excelize.PageLayoutOptions{Size: &size, Orientation: &orient, FitToWidth: &one, FitToHeight: &zero}); err != nil {
		return err
	}
	fit := true
	if err := f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
		return err
	}
	// All six margins: excelize zeroes those not given.
	l, r, t, b, h, ft := 0.6, 0.6, 0.7, 0.7, 0.3, 0.3
	c := true
	if err := f.SetPageMargins(sheet, &excelize.PageLayoutMarginsOptions{Left: &l, Right: &r, Top: &t, Bottom: &b, Header: &h, Footer: &ft, Horizontally: &c}); err != nil {
		return err
	}
	if err := f.SetHeaderFooter(sheet, &excelize.HeaderFooterOptions{OddFooter: "&C第 &P 页，共 &N 页"}); err != nil {
		return err
	}
	if titleRows != "" {
		return f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", RefersTo: quoteSheet(sheet) + "!" + titleRows, Scope: sheet})
	}
	return nil
}

func quoteSheet(s string) string { return "'" + s + "'" }

// rowHeight estimates the height in points a row needs so that wrapped
// text shows whole: for each cell, the lines its text takes at the
// column's width, times the line height. Excel does not fit rows itself
// when a file is opened, and LibreOffice only for rows without a height.
func rowHeight(texts []string, widths []float64, size float64) float64 {
	lines := 1
	for i, s := range texts {
		if i >= len(widths) || s == "" {
			continue
		}
		// A column width of w holds about w narrow characters; a CJK
		// character at size pt is about size/5.5 of them wide (11pt
		// Calibri's '0' is 7px, a 11pt CJK glyph 14.7px).
		avail := widths[i]*7 + 5 - 7 // pixels: 7 per unit and 5 of padding, less the margins
		n := 0
		for _, para := range splitLines(s) {
			px := 0.0
			for _, r := range para {
				if r < 0x2E80 {
					px += size * 4 / 3 * 0.55
				} else {
					px += size * 4 / 3
				}
			}
			// The program wraps the cell itself: at least the lines of
			// its width, more where a number or a mark may not be cut
			// (cellLines' breaks, which Excel's resemble).
			n += max(1, int(math.Ceil(px/avail)), len(cellLines(para, widths[i], size, false)))
		}
		lines = max(lines, n)
	}
	// Excel refuses rows taller than 409 points; the text stays in full.
	return min(409, math.Round(float64(lines)*size*1.45+8))
}

func splitLines(s string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		if r == '\n' {
			out = append(out, s[start:i])
			start = i + w
		}
		i += w
	}
	return append(out, s[start:])
}
