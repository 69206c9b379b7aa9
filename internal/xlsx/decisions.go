package xlsx

import (
	"bytes"
	"fmt"

	"github.com/xuri/excelize/v2"

	"gongwen/internal/model"
)

// DecisionSheet is the sheet of meeting decisions added to a 周工作清单.
const DecisionSheet = "会议议定事项"

// DecisionRow is a decision of a meeting, with an owner and a deadline,
// that is still running in the week of a weekly list.
type DecisionRow struct {
	Text    string // 议定事项
	Owner   string // 责任单位
	Due     string // 完成时限
	Meeting string // 来源会议 and its date
}

var decisionWidths = []float64{6, 56, 18, 14, 30, 24}

// AddDecisions adds to a built workbook (the 周工作清单) a sheet listing
// the meetings' decisions that run in its week: 序号, 议定事项, 责任单位,
// 完成时限, 来源会议, and an empty 办理情况 column to fill in. The sheet has
// no 任务标识 column, so the returned-list reader (ReadReturned, gongwen
// import) leaves it alone: decisions are not tasks of the data. The
// workbook's other sheets are kept as they are. With no rows the workbook
// is returned unchanged.
func AddDecisions(c *model.Campaign, book []byte, week string, rows []DecisionRow) ([]byte, error) {
	if len(rows) == 0 {
		return book, nil
	}
	f, err := excelize.OpenReader(bytes.NewReader(book), Options{}.openOptions())
	if err != nil {
		return nil, fmt.Errorf("打开周工作清单: %w", err)
	}
	defer f.Close()
	const sh = DecisionSheet
	fm, err := newForm(f, c, sh, false, decisionWidths, 6)
	if err != nil {
		return nil, err
	}
	st, set := fm.st, fm.set
	if err := fm.title("会议议定事项（" + week + "）"); err != nil {
		return nil, err
	}
	if err := fm.note(2, "会议纪要中有责任单位和完成时限的事项，在完成时限前列入周工作清单；办理情况请在末列填写。"); err != nil {
		return nil, err
	}
	const hdr = 3
	for i, h := range []string{"序号", "议定事项", "责任单位", "完成时限", "来源会议", "办理情况"} {
		if err := set(i+1, hdr, h, st.header); err != nil {
			return nil, err
		}
	}
	for i, r := range rows {
		row := hdr + 1 + i
		vals := []any{i + 1, r.Text, r.Owner, r.Due, r.Meeting, ""}
		styles := []int{st.center, st.body, st.center, st.center, st.body, st.body}
		for col, v := range vals {
			if err := set(col+1, row, v, styles[col]); err != nil {
				return nil, err
			}
		}
		if err := f.SetRowHeight(sh, row, rowHeight([]string{"", r.Text, r.Owner, r.Due, r.Meeting}, decisionWidths, bodySize)); err != nil {
			return nil, err
		}
	}
	if err := pageSetup(f, sh, fmt.Sprintf("$%d:$%d", hdr, hdr), true); err != nil {
		return nil, err
	}
	var out bytes.Buffer
	if err := write(f, &out); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}
