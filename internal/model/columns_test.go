package model

import (
	"strings"
	"testing"
)

func TestColumnKind(t *testing.T) {
	for head, want := range map[string]string{
		"序号": ColumnNo, "重点任务": ColumnTask, "工作任务": ColumnTask, "主要目标任务": ColumnTask, "工作内容": ColumnTask,
		"牵头单位": ColumnLead, "牵头部门": ColumnLead, "责任单位": ColumnUnits, "配合单位": ColumnUnits,
		"主要责任单位": ColumnLead, "主办单位": ColumnLead, "协同配合单位": ColumnUnits, "协同单位": ColumnUnits,
		"完成时限": ColumnDue, "时间节点": ColumnDue, "类别": ColumnGroup, "专项活动": ColumnGroup, "备注": ColumnNotes,
		"责任人": ColumnPerson, "负责人": ColumnPerson, "责任领导": ColumnLeader, "分管领导": ColumnLeader, "牵头领导": ColumnLeader,
		"进展情况": "", "经办": "",
		// 旌阳 2016's target table: 指标, 监考单位 (the unit that checks it).
		"指标": ColumnTask, "监考单位": ColumnUnits, "项目名称": ColumnTask, "项目": ColumnGroup,
	} {
		if got := ColumnKind(head); got != want {
			t.Errorf("ColumnKind(%q) = %q, want %q", head, got, want)
		}
	}
}

func TestCheckColumns(t *testing.T) {
	for _, tc := range []struct {
		cols []string
		want string // "" for no problem
	}{
		{[]string{"序号", "重点任务", "牵头单位", "责任单位", "完成时限"}, ""},
		{[]string{"类别", "序号", "工作任务", "责任单位", "完成时限", "备注"}, ""},
		{[]string{"序号", "工作任务", "经办"}, "看不出表头“经办”是哪一列，也没有任务在 values 中写“经办”这一项。可用的列有：序号（表头含序号、编号），类别（表头含类别、专项活动、领域、类型、板块、分类、项目），任务（表头含名称、任务、内容、事项、目标、措施、工作、举措、指标），任务内容（第二个任务列，如“具体任务分解”，列出任务的 text），牵头单位（表头含牵头、主要责任、主责、主办），责任单位（表头含责任、配合、协同、协办、参与、承办、监考），完成时限（表头含时限、时间、期限、时序、进度），责任领导（表头含领导），责任人（表头含责任人、负责人），备注（表头含备注）；表头按本单位的叫法写，含其中一个词即可，各列次序随意；表中任务自己的一项（如“分值”）在任务中写 values: {经办: …}，表头与名称相同"},
		// 郧阳's table: 责任人 is a column of its own, not a second 责任单位.
		{[]string{"序号", "目标任务", "牵头单位", "责任单位", "责任人"}, ""},
		// 霍山's table: the leader before the units.
		{[]string{"序号", "重点工作", "责任领导", "责任单位", "完成时限"}, ""},
		{[]string{"序号", "工作任务", "分管领导", "完成时限"}, ""},
		{[]string{"完成时限", "工作任务", "序号"}, ""},
		// Both people, and 备注 besides.
		{[]string{"序号", "工作任务", "责任领导", "责任人", "备注"}, ""},
		{[]string{"序号", "工作任务", "备注", "责任领导"}, ""},
		{[]string{"序号", "工作任务", "责任单位", "配合单位"}, "表头“配合单位”与第 3 列“责任单位”都是责任单位列，同一种列只能有一列。可用的列有：序号（表头含序号、编号），"},
		{[]string{"序号", "工作任务", "责任领导", "分管领导"}, "都是责任领导列"},
		// 谯城's table (安徽): 主要责任单位 is the lead column, 协同配合单位 the shared one.
		{[]string{"序号", "重点工作任务", "主要责任单位", "协同配合单位"}, ""},
		{[]string{"序号", "牵头单位"}, "没有任务列"},
		// 繁昌's nine columns: 重点工作, then 具体任务分解 its detail.
		{[]string{"序号", "重点工作", "具体任务分解", "完成时限", "牵头单位", "责任单位", "牵头区领导", "责任人", "备注"}, ""},
		{[]string{"序号", "重点工作", "具体任务分解", "工作措施"}, "是第三个任务列"},
		// The detail is a column of its own: anywhere after the task's.
		{[]string{"序号", "重点工作", "完成时限", "具体任务分解"}, ""},
	} {
		c := small()
		c.Division.Columns = tc.cols
		var got []string
		for _, p := range c.Check() {
			got = append(got, p.String())
		}
		all := strings.Join(got, "\n")
		if tc.want == "" && all != "" || tc.want != "" && !strings.Contains(all, tc.want) {
			t.Errorf("%v: problems %q, want %q", tc.cols, all, tc.want)
		}
	}
}

func TestCheckDocumentNumbering(t *testing.T) {
	c := small()
	c.Documents[0].Numbering = []string{"一、", "1）"}
	c.Documents[0].HeadingEnd = "；"
	var got []string
	for _, p := range c.Check() {
		got = append(got, p.String())
	}
	all := strings.Join(got, "\n")
	for _, want := range []string{"documents[0].numbering[1]：序号样式“1）”不可用", "documents[0].heading_end：段首标题后的标点“；”应为 。 或 无"} {
		if !strings.Contains(all, want) {
			t.Errorf("no %q in\n%s", want, all)
		}
	}
}

// A programme's task of no unit stays in the matrix (empty cells); a
// campaign's is the office's own work and is left out.
func TestMatrixKeepsProgrammeTasks(t *testing.T) {
	c := small()
	c.Activities = nil
	for i := range c.Tasks {
		c.Tasks[i].Activity = ""
	}
	rows := map[string]bool{}
	for _, r := range c.Matrix().Rows {
		rows[r.Task.ID] = true
	}
	if !rows["t2"] || len(rows) != len(c.Tasks) {
		t.Errorf("programme matrix rows %v, want every task", rows)
	}
	if small().Campaigning() {
		for _, r := range small().Matrix().Rows {
			if r.Task.ID == "t2" {
				t.Error("a campaign's task of no unit is in the matrix")
			}
		}
	}
}

// A header that names a value the tasks carry (Task.Values) is that
// value's column whatever its words; a field's name stays the field's
// column; the others read as ColumnKindsOf reads them, the second task
// column after a value column still the detail.
func TestColumnKindsWithValues(t *testing.T) {
	c := small()
	c.Tasks[0].Values = map[string]string{"分值": "3", "考核目标": "全省前十", "牵头单位": "区发改局"}
	for _, tc := range []struct {
		heads []string
		want  []string
	}{
		{[]string{"类别", "指标", "分值", "目标任务", "监考单位"}, []string{ColumnGroup, ColumnTask, ColumnValue, ColumnDetail, ColumnUnits}},
		{[]string{"序号", "工作任务", "考核目标"}, []string{ColumnNo, ColumnTask, ColumnValue}},
		{[]string{"序号", "工作任务", "牵头单位"}, []string{ColumnNo, ColumnTask, ColumnLead}},
		{[]string{"序号", "工作任务", "权重"}, []string{ColumnNo, ColumnTask, ""}},
	} {
		if got := c.ColumnKinds(tc.heads); strings.Join(got, ",") != strings.Join(tc.want, ",") {
			t.Errorf("%v: kinds %q, want %q", tc.heads, got, tc.want)
		}
	}
	c.Tasks[1].Values = map[string]string{"备注说明": "x", "分值": "1"}
	if got := strings.Join(c.ValueNames(), ","); got != "分值,牵头单位,考核目标,备注说明" {
		t.Errorf("value names %s", got)
	}
}
