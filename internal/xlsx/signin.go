package xlsx

import (
	"fmt"
	"io"
	"strings"

	"github.com/xuri/excelize/v2"

	"gongwen/internal/model"
)

// SignInSheet is the sheet name of a 签到表.
const SignInSheet = "签到表"

// SignIn is what a meeting's sign-in sheet (签到表) shows: the meeting,
// its time and place, and the units expected, each on a row of its own
// with its name already written. Blank rows follow for those not listed.
type SignIn struct {
	Title string // 领导小组办公室第二次主任会议签到表
	When  string // 2013年6月27日（星期四）15:00
	Place string
	Units []string // unit names, one row each
	// Agenda is what the meeting takes up, printed under the time and
	// place: for the next 工作例会, the office groups' overdue work.
	Agenda []string
	Blank  int // blank rows after the units (default: up to 20 rows in all, at least 5)
}

var signInWidths = []float64{6, 30, 12, 18, 24}

// BuildSignIn writes the 签到表 workbook: a title, the time and place, and
// a table 序号 | 单位 | 姓名 | 职务 | 签名 with rows tall enough to sign in;
// A4 portrait, the header row repeated on every printed page, page numbers
// in the footer. c gives the fonts.
func BuildSignIn(c *model.Campaign, s SignIn, w io.Writer) error {
	f := excelize.NewFile()
	defer f.Close()
	if err := writeSignIn(f, c, s); err != nil {
		return fmt.Errorf("生成签到表: %w", err)
	}
	return write(f, w)
}

func writeSignIn(f *excelize.File, c *model.Campaign, s SignIn) error {
	const sh = SignInSheet
	fm, err := newForm(f, c, sh, true, signInWidths, 5)
	if err != nil {
		return err
	}
	st, set := fm.st, fm.set
	if err := fm.title(s.Title); err != nil {
		return err
	}
	info := "时间：" + s.When
	if s.Place != "" {
		info += "　　地点：" + s.Place
	}
	if err := fm.note(2, info); err != nil {
		return err
	}
	h := 24.0
	if len(s.Agenda) > 0 {
		info += "\n议程："
		for i, a := range s.Agenda {
			if len(s.Agenda) > 1 {
				info += fmt.Sprintf("\n%d.", i+1)
			}
			info += strings.TrimRight(a, "。") + "。"
		}
		wrapped, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Family: profileFonts(c).body, Size: bodySize},
			Alignment: &excelize.Alignment{Horizontal: "left", Vertical: "center", WrapText: true}})
		if err != nil {
			return err
		}
		if err := set(1, 2, info, wrapped); err != nil {
			return err
		}
		h = max(h, rowHeight([]string{info}, []float64{sum(signInWidths)}, bodySize))
	}
	if err := f.SetRowHeight(sh, 2, h); err != nil {
		return err
	}
	for i, h := range []string{"序号", "单位", "姓名", "职务", "签名"} {
		if err := set(i+1, 3, h, st.header); err != nil {
			return err
		}
	}
	if err := f.SetRowHeight(sh, 3, 24); err != nil {
		return err
	}
	blank := s.Blank
	if blank <= 0 {
		blank = max(5, 20-len(s.Units))
	}
	n := len(s.Units) + blank
	for i := 0; i < n; i++ {
		row := 4 + i
		unit := ""
		if i < len(s.Units) {
			unit = s.Units[i]
		}
		for col, v := range []any{i + 1, unit, "", "", ""} {
			style := st.center
			if col == 1 {
				style = st.body
			}
			if err := set(col+1, row, v, style); err != nil {
				return err
			}
		}
		// Room for a handwritten signature, more when the unit's name wraps.
		h := max(30, rowHeight([]string{"", unit}, signInWidths, bodySize))
		if err := f.SetRowHeight(sh, row, h); err != nil {
			return err
		}
	}
	if err := f.SetPanes(sh, &excelize.Panes{Freeze: true, YSplit: 3, TopLeftCell: "A4", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	return pageSetup(f, sh, "$3:$3", false)
}
