package docdata

import (
	"reflect"
	"time"

	"gongwen/internal/xlsx"
)

// Workbook is a built-in Excel workbook whose template a clerk may edit
// (gongwen templates export): its names, its template and the data the
// template receives, so that gongwen fields lists its fields and gongwen
// check --kind checks an edited copy. The workbooks drawn cell by cell
// from the data (推进计划, 责任矩阵, 签到表) have no template, hence no
// fields.
type Workbook struct {
	Name     string // the manifest's word: division-table, weekly
	Label    string // 中文名，如“周工作清单”
	Template string // the built-in template's file in templates/
	Desc     string
	view     reflect.Type
	build    xlsx.Builder
}

// DivisionTableView is what the 责任分工表's template (fengongbiao.xlsx)
// receives.
type DivisionTableView struct {
	Title    string             // 表格标题，如“……责任分工”
	Subtitle string             // 标题下一行：制表单位和截至日期，如“制表：……办公室　　截至2013年7月15日”
	Rows     []xlsx.DivisionRow // 任务各行，一行一项任务（模板中一行 {{range .Rows}}…{{end}} 按任务重复）
}

// WeeklyView is what the 周工作清单's template (zhouqingdan.xlsx)
// receives.
type WeeklyView struct {
	Title     string         // 表格标题，如“……周工作清单”
	Week      string         // 本周，如“2013年7月15日—7月21日”
	Date      time.Time      // 截至日期（构建日期），单元格中为 Excel 日期
	Rows      []xlsx.WeekRow // 本周任务各行（含结转的逾期任务），一行一项
	GroupHead string         // 第二列的表头：按什么销号——工作组、专项活动、类别或承办单位
	CheckedBy string         // 负责销号的组或单位，如“综合组”
	Agenda    string         // 列入下次工作例会议程的办公室工作组逾期工作（不发督办通知），没有时为空
}

// rowDescs describe the fields of the workbooks' rows, which package xlsx
// declares; TestWorkbookFieldsDescribed keeps them complete.
var rowDescs = map[reflect.Type]map[string]string{
	reflect.TypeFor[xlsx.DivisionRow](): {
		"No":         "序号",
		"ID":         "任务标识（隐藏列，导入回收的表格时按它对应任务，请保留）",
		"ActivityID": "专项活动的标识",
		"Activity":   "专项活动（方案数据中为类别）",
		"Task":       "工作任务",
		"Lead":       "牵头单位（全称），多个按 division.join 分隔（默认顿号）",
		"Units":      "责任单位（全称），多个按 division.join 分隔（默认顿号）",
		"Due":        "完成时限，如“3月底前”",
		"Progress":   "进展情况（方案数据中为备注）",
		"Leader":     "责任领导（任务没有责任领导、表格又没有责任人列时为责任人），多个用顿号分隔",
		"Person":     "责任人（任务没有责任人、表格又没有责任领导列时为责任领导），多个用顿号分隔",
		"Detail":     "任务内容：表格选用两个任务列时第二列所印的任务 text（如繁昌的“具体任务分解”），与任务名称相同时为空",
		"Values":     "任务自己的各项（数据中任务的 values），按名称取：{{index .Values \"分值\"}}",
	},
	reflect.TypeFor[xlsx.WeekRow](): {
		"No":      "序号",
		"ID":      "任务标识（隐藏列，导入回收的清单时按它对应任务，请保留）",
		"GroupID": "工作组的标识",
		"Group":   "销号归属：工作组、专项活动、类别或承办单位（表头见 .GroupHead）",
		"Task":    "工作任务",
		"Lead":    "牵头单位，多个用顿号分隔",
		"Units":   "责任单位，多个用顿号分隔",
		"Due":     "完成时限，如“7月19日前”",
		"DueDate": "完成时限的最后一天（隐藏列，逾期标红按它判断），没有日期时为空",
		"Status":  "状态：未开始、进行中、已完成等（单元格有下拉选择）",
		"DoneOn":  "完成日期，未完成时为空",
		"Notes":   "备注",
	},
}

var workbooks = []*Workbook{
	{Name: "division-table", Label: xlsx.Division, Template: xlsx.DivisionTemplate, view: reflect.TypeFor[DivisionTableView]()},
	{Name: "weekly", Label: xlsx.Weekly, Template: xlsx.WeeklyTemplate, view: reflect.TypeFor[WeeklyView]()},
}

func init() {
	for _, w := range workbooks {
		for _, b := range xlsx.Workbooks() {
			if b.Template == w.Template {
				w.build, w.Desc = b, b.Desc
			}
		}
	}
}

// Workbooks lists the built-in workbooks that are made from a template.
func Workbooks() []*Workbook { return append([]*Workbook(nil), workbooks...) }

// LookupWorkbook finds a workbook by its manifest word, its Chinese name
// or its template's file name (with or without .xlsx).
func LookupWorkbook(name string) (*Workbook, bool) {
	for _, w := range workbooks {
		if name != "" && (name == w.Name || name == w.Label || name == w.Template || name+".xlsx" == w.Template) {
			return w, true
		}
	}
	return nil, false
}

// ViewType is the struct the workbook's template receives.
func (w *Workbook) ViewType() reflect.Type { return w.view }

// Fields lists the fields of the workbook's template, with examples from
// the data of e (nil for none).
func (w *Workbook) Fields(e *Env) []Field {
	v := reflect.New(w.view).Elem()
	if e != nil && e.Campaign != nil && w.build.Data != nil {
		fill(v, w.build.Data(e.Campaign, e.Date))
	}
	return structFields(v, "")
}

// View is the workbook's data from the data of e as a value of its view
// type, for checking a template against what it receives.
func (w *Workbook) View(e *Env) any {
	v := reflect.New(w.view)
	fill(v.Elem(), w.build.Data(e.Campaign, e.Date))
	return v.Interface()
}

// fill sets the fields of the struct v from the keys of m (the map a
// workbook's Data returns) of the same names.
func fill(v reflect.Value, m any) {
	mv := reflect.ValueOf(m)
	if mv.Kind() != reflect.Map {
		return
	}
	for _, k := range mv.MapKeys() {
		f := v.FieldByName(k.String())
		if x := mv.MapIndex(k); f.IsValid() && f.CanSet() && x.IsValid() {
			if x.Kind() == reflect.Interface {
				x = x.Elem()
			}
			if x.Type().AssignableTo(f.Type()) {
				f.Set(x)
			}
		}
	}
}
