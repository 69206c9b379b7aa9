package load

import (
	"testing"
)

// The programme's layout keys (division.lines and what follows) as the
// loader and validate see them and as the schema an editor uses sees
// them: each fixture is good for both or bad for both, so an editor
// underlines what validate refuses and nothing it accepts. (Some mistakes
// only validate sees — a 句 on a line other than the units — and are
// marked so.)
func TestProgrammeKeysSchemaAgrees(t *testing.T) {
	s := compileSchema(t)
	const head = "name: x\nyear: 2023\nunits: [{id: a, name: 区发改委}]\ntasks: [{id: t, title: 任务, lead: [a], tags: [重大项目]}]\n"
	for _, tc := range []struct {
		data       string
		ok         bool
		schemaSees bool // the schema can tell a bad one (an enum, a key)
	}{
		{"division: {lines: {leaders: {label: 分管省领导}, units: {label: 协办单位}}}\n", true, true},
		{"division: {lines: {lead: {label: 部门分工, form: 句}}}\n", true, true},
		{"division: {lines: {lead: {label: 无, form: 括号}, units: {label: 无, form: 括号}}}\n", true, true},
		{"division: {lines: {units: {form: 段}}}\n", false, true},
		{"division: {lines: {unit: {label: 协办单位}}}\n", false, true},
		{"division: {lines: {units: {lable: 协办单位}}}\n", false, true},
		{"division: {lines: {period: {form: 句}}}\n", false, false},
		{"documents: [{id: yf, kind: 印发通知, title: t, recipients: [各部门], attachments: [{title: 民生实事, source: division, tag: ms, listed: true, division: {layout: 表格, columns: [序号, 项目名称, 责任单位]}}]}]\n", false, false}, // no task has the tag
		{"categories: [{id: c1, name: 类}]\ndocuments: [{id: yf, kind: 印发通知, title: t, recipients: [各部门], attachments: [{title: 分解, source: division, categories: [c1], tasks: [t]}, {title: 项目, source: division, tasks: [t], division: {layout: 列表}}]}]\n", true, true},
		{"documents: [{id: yf, kind: 印发通知, title: t, recipients: [各部门], attachments: [{title: 项目, source: division, tasks: [t], division: {layout: 图}}]}]\n", false, true},
		{"documents: [{id: yf, kind: 印发通知, title: t, recipients: [各部门], attachments: [{title: 项目, source: division, task: [t]}]}]\n", false, true},
		{"reporting: [{period: 每月25日前, to: 区政府督查室}, {period: 每月20日前, by: 责任单位, to: 牵头单位}]\n", true, true},
		{"reporting: [{period: 每月20日前, by: 配合单位}]\n", false, true},
		{"reporting: [{period: 每月20日前, to: 牵头单位}]\n", false, false}, // to 牵头单位 needs by: 责任单位
	} {
		data := []byte(head + tc.data)
		_, _, err := Bytes("p.yaml", data)
		if (err == nil) != tc.ok {
			t.Errorf("%s: loader ok %v, want %v (%v)", tc.data, err == nil, tc.ok, err)
		}
		v, rerr := RawBytes("p.yaml", data)
		if rerr != nil {
			t.Fatal(rerr)
		}
		serr := s.Validate(v)
		switch {
		case tc.ok && serr != nil:
			t.Errorf("%s: the schema refuses what validate accepts: %v", tc.data, serr)
		case !tc.ok && tc.schemaSees && serr == nil:
			t.Errorf("%s: the schema accepts what validate refuses", tc.data)
		}
	}
}
