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
		"责任人": ColumnPerson, "责任领导": ColumnPerson, "分管领导": ColumnPerson, "牵头领导": ColumnPerson,
		"进展情况": "", "经办": "",
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
		{[]string{"序号", "工作任务", "经办"}, "看不出表头“经办”是哪一列：表头中应有 序号、任务（或 工作、事项、目标）、牵头（或 主要责任）、责任（或 配合、协同）、时限（或 时间）、类别、备注、责任人（或 责任领导） 之一"},
		// 郧阳's table: 责任人 is a column of its own, not a second 责任单位.
		{[]string{"序号", "目标任务", "牵头单位", "责任单位", "责任人"}, ""},
		{[]string{"序号", "工作任务", "分管领导", "完成时限"}, "表头“完成时限”（完成时限列）应在“分管领导”之前：各列的次序为 类别、序号、任务、牵头单位、责任单位、完成时限、备注（或 责任人）"},
		{[]string{"序号", "工作任务", "责任人", "备注"}, "不能同时选用"},
		{[]string{"序号", "工作任务", "备注", "责任领导"}, "不能同时选用"},
		{[]string{"序号", "工作任务", "责任单位", "配合单位"}, "同一种列只能有一列"},
		// 谯城's table (安徽): 主要责任单位 is the lead column, 协同配合单位 the shared one.
		{[]string{"序号", "重点工作任务", "主要责任单位", "协同配合单位"}, ""},
		{[]string{"序号", "完成时限", "工作任务"}, "应在“完成时限”之前"},
		{[]string{"序号", "牵头单位"}, "没有任务列"},
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
