package xlsx

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"gongwen/internal/model"
)

// alter edits a workbook the way a unit might before sending it back.
func alter(t *testing.T, data []byte, edit func(f *excelize.File) error) []byte {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := edit(f); err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := f.Write(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func set(sheet string, cells map[string]any) func(f *excelize.File) error {
	return func(f *excelize.File) error {
		for ref, v := range cells {
			if err := f.SetCellValue(sheet, ref, v); err != nil {
				return err
			}
		}
		return nil
	}
}

func steps(edits ...func(f *excelize.File) error) func(f *excelize.File) error {
	return func(f *excelize.File) error {
		for _, e := range edits {
			if err := e(f); err != nil {
				return err
			}
		}
		return nil
	}
}

func removeCol(sheet, col string) func(f *excelize.File) error {
	return func(f *excelize.File) error { return f.RemoveCol(sheet, col) }
}

// totalsRow finds the 合计 row of the weekly list (1-based), 0 if none.
func totalsRow(t *testing.T, data []byte) int {
	f, _ := excelize.OpenReader(bytes.NewReader(data))
	defer f.Close()
	rows, _ := f.GetRows(WeeklySheet)
	for i, r := range rows {
		if len(r) > 0 && r[0] == "合计" {
			return i + 1
		}
	}
	return 0
}

func weeklyWithDecisions(t *testing.T) []byte {
	book, err := AddDecisions(campaign(), built(t, Weekly), "第8周", []DecisionRow{
		{Key: "m1-jy1", Text: "各牵头单位报送进展", Owner: "综合组", Due: "2013年3月1日", Meeting: "第一次会议", Status: model.InProgress},
	})
	if err != nil {
		t.Fatal(err)
	}
	return book
}

func reply(t *testing.T) []byte {
	var b bytes.Buffer
	err := BuildSupervisionReply(campaign(), SupervisionReply{Title: "督办事项回复表（综合组）", Tasks: []ReplyTask{
		{ID: "t2", Task: "召开动员大会", Due: "2013年2月20日", Status: model.InProgress}}}, &b)
	if err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestReadReturnedAltered: workbooks edited in the ways a unit might. What
// can still be read without losing an entry is read; what cannot is
// refused, naming what is missing — never read in part.
func TestReadReturnedAltered(t *testing.T) {
	weekly := built(t, Weekly)
	division := built(t, Division)
	withDecisions := weeklyWithDecisions(t)
	tot := totalsRow(t, weekly)
	if tot == 0 {
		t.Fatal("the weekly list has no 合计 row")
	}
	sw := WeeklySheet
	tests := []struct {
		name string
		book []byte
		edit func(f *excelize.File) error
		want []string // parts of the error; none: accepted
		ups  int      // updates when accepted
	}{
		// Refused: the id column or sheet is gone or changed.
		{"id column deleted", weekly, steps(set(sw, map[string]any{"G4": "已完成", "H4": "2013-02-19"}), removeCol(sw, "J")),
			[]string{"周工作清单: 缺少隐藏的“任务标识”列（被删除或表头被改名？）"}, 0},
		{"id header renamed", weekly, set(sw, map[string]any{"J3": "任务标识（勿改）"}),
			[]string{"J3 的表头“任务标识（勿改）”应为“任务标识”"}, 0},
		{"id cleared in an edited row", weekly, set(sw, map[string]any{"J4": "", "G4": "", "I4": "已召开"}),
			[]string{"周工作清单!J4: 此行填写了“备注”但没有任务标识"}, 0},
		{"row added with entries", weekly, func(f *excelize.File) error {
			if err := f.InsertRows(sw, 5, 1); err != nil {
				return err
			}
			return set(sw, map[string]any{"C5": "新增的任务", "G5": "推进中"})(f)
		}, []string{"周工作清单!J5: 此行填写了“状态”但没有任务标识"}, 0},
		{"status header renamed", weekly, set(sw, map[string]any{"G3": "状态（请选择）", "H4": "2013-02-19"}),
			[]string{"缺少“状态”列（G3 的表头“状态（请选择）”应为“状态”"}, 0},
		{"status column deleted", weekly, removeCol(sw, "G"), []string{"周工作清单: 缺少“状态”列"}, 0},
		{"date column deleted", weekly, removeCol(sw, "H"), []string{"缺少“完成日期”列"}, 0},
		{"notes column deleted", weekly, removeCol(sw, "I"), []string{"缺少“备注”列"}, 0},
		{"status column doubled", weekly, set(sw, map[string]any{"L3": "状态", "L4": "已完成"}),
			[]string{"周工作清单!L3: 表头“状态”出现两次（又见于 G3）"}, 0},
		{"sheet renamed and ids deleted", weekly, steps(removeCol(sw, "J"), func(f *excelize.File) error { return f.SetSheetName(sw, "Sheet1") }),
			[]string{"Sheet1: 有“状态”“完成日期”“备注”列，但没有隐藏的“任务标识”"}, 0},
		{"header row cleared", weekly, func(f *excelize.File) error {
			for _, c := range []string{"A3", "B3", "C3", "D3", "E3", "F3", "G3", "H3", "I3", "J3", "K3"} {
				f.SetCellValue(sw, c, "")
			}
			return nil
		}, []string{"周工作清单: 找不到表头行"}, 0},
		{"weekly sheet deleted", withDecisions, func(f *excelize.File) error { return f.DeleteSheet(sw) },
			[]string{"缺少“周工作清单”工作表"}, 0},
		{"decision ids deleted", withDecisions, removeCol(DecisionSheet, "I"),
			[]string{"会议议定事项: 缺少隐藏的“议定事项标识”列"}, 0},
		{"division progress renamed", division, set(DivisionSheet, map[string]any{"G3": "进展"}),
			[]string{"责任分工: 缺少“进展情况”或“备注”列"}, 0},
		{"division ids deleted", division, removeCol(DivisionSheet, "H"), []string{"责任分工: 缺少隐藏的“任务标识”列"}, 0},
		{"reply ids deleted", reply(t), removeCol(ReplySheet, "H"), []string{"督办事项回复表: 缺少隐藏的“任务标识”列"}, 0},
		{"reply status deleted", reply(t), removeCol(ReplySheet, "E"), []string{"督办事项回复表: 缺少“状态”列"}, 0},
		{"only sheet deleted", weekly, func(f *excelize.File) error {
			f.NewSheet("Sheet1")
			return f.DeleteSheet(sw)
		}, []string{"没有找到“任务标识”列"}, 0},

		// Accepted: nothing a unit wrote is out of reach.
		{"unchanged", weekly, nil, nil, 4},
		{"columns reordered", weekly, func(f *excelize.File) error {
			// The id column moved to the front, as cut and paste does.
			if err := f.InsertCols(sw, "A", 1); err != nil {
				return err
			}
			rows, _ := f.GetRows(sw)
			for i, r := range rows {
				if len(r) > 10 {
					ref, _ := excelize.CoordinatesToCellName(1, i+1)
					f.SetCellValue(sw, ref, r[10])
				}
			}
			return f.RemoveCol(sw, "K")
		}, nil, 4},
		{"sheet renamed, ids kept", weekly, func(f *excelize.File) error { return f.SetSheetName(sw, "第8周") }, nil, 4},
		{"sheets reordered", withDecisions, func(f *excelize.File) error { f.SetActiveSheet(1); return f.MoveSheet(DecisionSheet, sw) }, nil, 5},
		{"a sheet of notes added", weekly, func(f *excelize.File) error {
			f.NewSheet("说明")
			return f.SetCellValue("说明", "A1", "本周无新增任务")
		}, nil, 4},
		{"totals with counts", weekly, func(f *excelize.File) error {
			return set(sw, map[string]any{"G" + itoa(tot): 3, "H" + itoa(tot): "已销号", "I" + itoa(tot): 1})(f)
		}, nil, 4},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			book := tc.book
			if tc.edit != nil {
				book = alter(t, book, tc.edit)
			}
			ups, err := ReadReturned("w.xlsx", book, 2013)
			if len(tc.want) == 0 {
				if err != nil {
					t.Fatalf("refused: %v", err)
				}
				if len(ups) != tc.ups {
					t.Errorf("%d updates, want %d", len(ups), tc.ups)
				}
				return
			}
			if err == nil {
				t.Fatalf("accepted with %d updates", len(ups))
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error\n%v\nlacks %q", err, w)
				}
			}
		})
	}
}

// FuzzReadReturnedNothingDropped builds a one-row sheet from fuzzed header
// texts and cells. Whatever the headers say, the reader never panics and,
// when it accepts the sheet, every entry under a column it reads is in an
// update: an entry is read or the sheet refused, never dropped silently.
func FuzzReadReturnedNothingDropped(f *testing.F) {
	f.Add("周工作清单", "任务标识", "状态", "完成日期", "备注", "t1", "已完成", "2013-03-05", "好")
	f.Add("周工作清单", "标识", "状态", "完成日期", "备注", "t1", "已完成", "2013-03-05", "好")
	f.Add("Sheet1", "任务标识", "状态 ", "完成日期", "进展情况", "t1", "推进中", "", "x")
	f.Add("责任分工", "任务标识", "进展情况", "进展情况", "序号", "t1", "a", "b", "1")
	f.Add("会议议定事项", "议定事项标识", "状态", "备注", "完成日期", "m-jy1", "", "说明", "3月5日")
	f.Fuzz(func(t *testing.T, sheet, h1, h2, h3, h4, v1, v2, v3, v4 string) {
		nf := excelize.NewFile()
		defer nf.Close()
		if err := nf.SetSheetName("Sheet1", sheet); err != nil {
			return // a name Excel does not allow
		}
		hs, vs := []string{h1, h2, h3, h4}, []string{v1, v2, v3, v4}
		for i := range hs {
			c1, _ := excelize.CoordinatesToCellName(i+1, 1)
			c2, _ := excelize.CoordinatesToCellName(i+1, 2)
			if nf.SetCellStr(sheet, c1, hs[i]) != nil || nf.SetCellStr(sheet, c2, vs[i]) != nil {
				return
			}
		}
		var b bytes.Buffer
		if err := nf.Write(&b); err != nil {
			return
		}
		ups, err := ReadReturned("f.xlsx", b.Bytes(), 2013)
		if err != nil {
			return
		}
		// Read back what the cells hold (the library may clean up text).
		rf, _ := excelize.OpenReader(bytes.NewReader(b.Bytes()))
		defer rf.Close()
		rows, _ := rf.GetRows(rf.GetSheetList()[0], excelize.Options{RawCellValue: true})
		if len(rows) < 2 {
			return
		}
		for i, h := range rows[0] {
			h = strings.TrimSpace(h)
			if i >= len(rows[1]) || strings.TrimSpace(rows[1][i]) == "" {
				continue
			}
			v := strings.TrimSpace(rows[1][i])
			var got bool
			for _, u := range ups {
				switch h {
				case colStatus:
					got = got || u.Status != nil && string(*u.Status) == v
				case colDone:
					got = got || u.DoneOn != nil
				case colNotes, colProgress:
					got = got || u.Notes != nil
				default:
					got = true
				}
			}
			if !got && slices.Contains(values, h) {
				t.Errorf("%s: %q under %q was dropped (updates %+v)", sheet, v, h, ups)
			}
		}
	})
}
