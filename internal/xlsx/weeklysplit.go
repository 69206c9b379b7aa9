package xlsx

import (
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"gongwen/internal/cn"
	"gongwen/internal/model"
	"gongwen/internal/period"
)

// A programme's 周工作清单 can go out split (weekly.split): besides the
// office's combined list, one list for each unit (单位) or each of the
// office's groups (工作组), holding only its own tasks and the meetings'
// decisions it is charged with, its name after the title and as 填报单位,
// so that the list it returns is read back as its report. Only the office
// that checks finished work marks it 已销号, on its combined list: a
// holder's own list offers 未启动、推进中、已完成.

// WeeklyHolder is one that gets a 周工作清单 of its own: a unit, or one of
// the office's groups (工作组).
type WeeklyHolder struct {
	ID, Name string
	Group    bool
}

// holds reports whether a task is on h's own list.
func (h WeeklyHolder) holds(c *model.Campaign, t *model.Task) bool {
	if h.Group {
		return t.Group == h.ID
	}
	return slices.Contains(answersFor(c, t), h.ID)
}

// reports reports whether h is one of the responsible units that owe the
// task's reports under a rule of by: 责任单位 (广丰: each 责任单位 reports
// to the 牵头单位), whose lines go on h's own list too.
func (h WeeklyHolder) reports(c *model.Campaign, t *model.Task) bool {
	if h.Group {
		return false
	}
	for _, r := range c.ReportRulesFor(t) {
		if r.ByUnits() && slices.Contains(r.Reporters(c, t), h.ID) {
			return true
		}
	}
	return false
}

// keeps reports whether a line of the weekly list is on h's own list:
// a line of a task h answers for (but the reports its responsible units
// owe, unless h is one), or a report h owes as a responsible unit.
func (h WeeklyHolder) keeps(c *model.Campaign, it model.WeekItem) bool {
	units := it.Report != nil && it.Report.ByUnits()
	if units {
		return h.reports(c, it.Task)
	}
	return h.holds(c, it.Task)
}

// WeeklyUnits are the units that answer for a task on the 周工作清单 of
// the week holding date, in the data's order: those that get a list of
// their own when the data splits it by unit (weekly.split: 单位).
func WeeklyUnits(c *model.Campaign, date time.Time) []model.Unit {
	var out []model.Unit
	for _, h := range weeklyHolders(c, date, model.WeeklyByUnit, nil) {
		out = append(out, *c.UnitByID(h.ID))
	}
	return out
}

// WeeklyHolders are those that get a list of their own as the data splits
// the 周工作清单 (weekly.split), in the data's order: each unit or group
// with a task on the list of the week holding date, or charged with one
// of owners (the ids of the owners of the week's running decisions).
// None when the data does not split the list.
func WeeklyHolders(c *model.Campaign, date time.Time, owners []string) []WeeklyHolder {
	return weeklyHolders(c, date, c.Weekly.Split, owners)
}

func weeklyHolders(c *model.Campaign, date time.Time, split string, owners []string) []WeeklyHolder {
	var all []WeeklyHolder
	switch split {
	case model.WeeklyByUnit:
		for _, u := range c.Units {
			all = append(all, WeeklyHolder{ID: u.ID, Name: cmp(u.Name, u.ID)})
		}
	case model.WeeklyByGroup:
		for _, g := range c.Office.Groups {
			all = append(all, WeeklyHolder{ID: g.ID, Name: cmp(g.Name, g.ID), Group: true})
		}
	default:
		return nil
	}
	wl := c.WeekList(period.WeekOf(date))
	var out []WeeklyHolder
	for _, h := range all {
		has := slices.Contains(owners, h.ID)
		for _, it := range wl.Items {
			has = has || h.keeps(c, it)
		}
		if has {
			out = append(out, h)
		}
	}
	return out
}

// cmp is s, or else when s is empty.
func cmp(s, orElse string) string {
	if s == "" {
		return orElse
	}
	return s
}

// BuildWeeklyFor writes h's own 周工作清单 (see WeeklyHolder): only its
// tasks, its name after the title and filled in as 填报单位; extras add
// their sheets (the 会议议定事项 of its decisions), and no dropdown of the
// list offers 已销号, which the office marks on its own list.
func BuildWeeklyFor(c *model.Campaign, cal *cn.Calendar, date time.Time, h WeeklyHolder, w io.Writer, extras ...Extra) error {
	own := *c
	own.Tasks = nil
	for i := range c.Tasks {
		if h.holds(c, &c.Tasks[i]) || h.reports(c, &c.Tasks[i]) {
			own.Tasks = append(own.Tasks, c.Tasks[i])
		}
	}
	own.KeepWeekItems(func(it model.WeekItem) bool { return h.keeps(&own, it) })
	sign := func(f *excelize.File) error {
		title, err := f.GetCellValue(WeeklySheet, "A1")
		if err != nil {
			return err
		}
		if err := f.SetCellValue(WeeklySheet, "A1", title+"（"+h.Name+"）"); err != nil {
			return err
		}
		rows, err := f.GetRows(WeeklySheet)
		if err != nil {
			return err
		}
		for i, r := range rows {
			if len(r) > 0 && strings.HasPrefix(strings.TrimSpace(r[0]), labelBy) {
				// The signature line: 填报单位： in A, the name in C.
				return f.SetCellValue(WeeklySheet, "C"+strconv.Itoa(i+1), h.Name)
			}
		}
		return fmt.Errorf("周工作清单模板中没有“%s”一行", labelBy)
	}
	all := append([]Extra{sign}, extras...)
	all = append(all, func(f *excelize.File) error { return unitStates(f, checkedBy(c)) })
	return BuildWeekly(&own, cal, date, w, all...)
}

// unitStates takes 已销号 out of the status dropdowns of a list a unit
// fills in, and says who marks it, in the dropdown's message and in the
// list's 说明.
func unitStates(f *excelize.File, office string) error {
	var states []string
	for _, s := range model.Statuses {
		if s != model.CheckedOff {
			states = append(states, string(s))
		}
	}
	for _, sh := range f.GetSheetList() {
		dvs, err := f.GetDataValidations(sh)
		if err != nil {
			return err
		}
		for _, dv := range dvs {
			if dv.Type != "list" || !strings.Contains(dv.Formula1, string(model.CheckedOff)) {
				continue
			}
			if err := f.DeleteDataValidation(sh, dv.Sqref); err != nil {
				return err
			}
			nv := excelize.NewDataValidation(true)
			nv.Sqref = dv.Sqref
			if err := nv.SetDropList(states); err != nil {
				return err
			}
			nv.SetError(excelize.DataValidationErrorStyleStop, "状态不正确",
				"请从列表中选择："+strings.Join(states, "、")+"（“已销号”由"+office+"核实后标注）")
			if err := f.AddDataValidation(sh, nv); err != nil {
				return err
			}
		}
	}
	rows, err := f.GetRows(WeeklySheet)
	if err != nil {
		return err
	}
	for i, r := range rows {
		if len(r) > 0 && strings.HasPrefix(r[0], "说明：") {
			note := "说明：状态从下拉列表选择（未启动、推进中、已完成）；完成的任务请填写完成日期；“已销号”由" + office + "核实后在汇总清单中标注；逾期未完成的任务以红色显示。"
			return f.SetCellValue(WeeklySheet, "A"+strconv.Itoa(i+1), note)
		}
	}
	return nil
}
