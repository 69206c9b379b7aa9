package load

import (
	"strings"
	"testing"
)

// A task's own values (旌阳's 分值) as a clerk writes them: numbers and
// text both read as written (0.5 stays 0.5), and every problem is said at
// its place (the value's, or the column's header) — a column naming a value no task has, a task's value no
// column shows (a warning naming the tasks), a value that is a field of
// the task, values not side by side.
func TestValuesDiagnostics(t *testing.T) {
	const head = `name: 旌阳区目标任务分解表
year: 2016
units:
  - {id: fgj, name: 区发改局}
categories:
  - {id: hg, name: 宏观调控}
tasks:
  - {id: m01, title: 地区生产总值增长率, category: hg, units: [fgj], values: {分值: 3, 考核方式: 年终考核}}
  - {id: m15, title: 地方政府债务率, category: hg, units: [fgj], values: {分值: 0.5}}
`
	for _, tc := range []struct {
		name, division string
		want           []string // each "line:col: text" of a diagnostic, warnings with 警告
	}{
		{"both shown", "division: {layout: 表格, columns: [类别, 指标, 分值, 考核方式, 监考单位]}\n", nil},
		{"one not shown", "division: {layout: 表格, columns: [类别, 指标, 分值, 监考单位]}\n",
			[]string{"8:83: 警告：1 项任务（“地区生产总值增长率”）写了“考核方式”，但 division.columns 中没有表头为“考核方式”的列"}},
		{"none shown, named tasks", "division: {layout: 表格, columns: [类别, 指标, 监考单位]}\n",
			[]string{"8:83: 警告：1 项任务（“地区生产总值增长率”）写了“考核方式”", "8:74: 警告：2 项任务（“地区生产总值增长率”“地方政府债务率”）写了“分值”"}},
		{"a column of no value", "division: {layout: 表格, columns: [类别, 指标, 分值, 考核方式, 权重]}\n",
			[]string{"10:52: 看不出表头“权重”是哪一列，也没有任务在 values 中写“权重”这一项"}},
		{"values apart", "division: {layout: 表格, columns: [类别, 分值, 指标, 考核方式, 监考单位]}\n",
			[]string{"10:46: 任务自己的各项（values）的列须相邻：“考核方式”与第 2 列“分值”之间隔着别的列"}},
		{"the list shows them as lines", "division: {layout: 列表, columns: [指标, 分值, 考核方式]}\n", nil},
	} {
		_, diags, err := Bytes("mubiao.yaml", []byte(head+tc.division))
		var got []string
		for _, d := range diags {
			got = append(got, d.String())
		}
		if err != nil {
			got = append(got, err.Error())
		}
		all := strings.Join(got, "\n")
		for _, w := range tc.want {
			if !strings.Contains(all, "mubiao.yaml:"+w) {
				t.Errorf("%s: diagnostics\n%s\nlack mubiao.yaml:%s", tc.name, all, w)
			}
		}
		if tc.want == nil && strings.Contains(all, "values") {
			t.Errorf("%s: diagnostics\n%s", tc.name, all)
		}
	}
	// A value named as a field of the task.
	bad := strings.Replace(head, "values: {分值: 0.5}", "values: {分值: 0.5, 牵头单位: 区发改局}", 1) +
		"division: {layout: 表格, columns: [类别, 指标, 分值, 考核方式, 监考单位]}\n"
	_, _, err := Bytes("mubiao.yaml", []byte(bad))
	if err == nil || !strings.Contains(err.Error(), "mubiao.yaml:9:83: “牵头单位”是任务的字段，请写在 lead（单位 id） 中，不写在 values 里") ||
		strings.Contains(err.Error(), "写了“牵头单位”") {
		t.Errorf("a value named 牵头单位: %v", err)
	}
	// Read as written.
	c, _, err := Bytes("mubiao.yaml", []byte(head+"division: {layout: 表格, columns: [类别, 指标, 分值, 考核方式, 监考单位]}\n"))
	if err != nil {
		t.Fatal(err)
	}
	if v := c.Tasks[1].Values["分值"]; v != "0.5" {
		t.Errorf("分值 %q, want 0.5", v)
	}
}

// The same values from JSON: a number kept as its text.
func TestValuesFromJSON(t *testing.T) {
	const doc = `{"name": "旌阳区目标任务分解表", "year": 2016, "units": [{"id": "fgj", "name": "区发改局"}],
 "tasks": [{"id": "m15", "title": "地方政府债务率", "units": ["fgj"], "values": {"分值": 0.5, "考核方式": "年终考核"}}],
 "division": {"layout": "表格", "columns": ["指标", "分值", "考核方式", "监考单位"]}}`
	c, diags, err := Bytes("mubiao.json", []byte(doc))
	if err != nil {
		t.Fatal(err, diags)
	}
	if v := c.Tasks[0].Values; v["分值"] != "0.5" || v["考核方式"] != "年终考核" {
		t.Errorf("values %q", v)
	}
}

// A value the data's division (a list without columns) does not show but
// an attachment's own columns do is no warning of loss.
func TestValuesShownByAnAttachment(t *testing.T) {
	const doc = `name: 某区目标任务
year: 2016
units:
  - {id: fgj, name: 区发改局}
tasks:
  - {id: m01, title: 地区生产总值增长率, units: [fgj], values: {分值: 3}}
documents:
  - id: yf
    kind: 印发通知
    title: 某区人民政府关于印发2016年度目标任务的通知
    recipients: [各乡镇人民政府]
    attachments:
      - {title: 目标任务, source: division, listed: true, division: {layout: 表格, columns: [序号, 指标, 分值, 责任单位]}}
    date: 2016-08-18
`
	_, diags, err := Bytes("mubiao.yaml", []byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range diags {
		if strings.Contains(d.Msg, "分值") {
			t.Errorf("warned: %s", d)
		}
	}
	// Without the attachment's column, warned at the task's value.
	_, diags, _ = Bytes("mubiao.yaml", []byte(strings.Replace(doc, "分值, 责任单位", "责任单位", 1)))
	found := false
	for _, d := range diags {
		found = found || d.Warning && d.Line == 6 && strings.Contains(d.Msg, "写了“分值”")
	}
	if !found {
		t.Errorf("no warning of the 分值 at line 6: %v", diags)
	}
}
