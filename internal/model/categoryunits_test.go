package model

import (
	"slices"
	"strings"
	"testing"
)

// A category may name the units of all its tasks (沁县's
// 「一、县示范区管委会牵头工作（8项）」 over bare 「1.…」 tasks): its tasks and
// those of its sub-categories inherit them; a task's own units, or its
// activity's, override; the nearest category that names units wins.
func TestCategoryUnits(t *testing.T) {
	c := &Campaign{Name: "2025年县政府工作报告任务清单", Year: 2025,
		Units: []Unit{{ID: "sfq", Name: "县示范区管委会"}, {ID: "fgj", Name: "县发改局"}, {ID: "gxj", Name: "县工信局"}},
		Categories: []Category{
			{ID: "a", Name: "县示范区管委会牵头工作（8项）", Lead: []string{"sfq"}},
			{ID: "a1", Name: "产业项目", Parent: "a"},
			{ID: "a2", Name: "工信项目", Parent: "a", Lead: []string{"gxj"}, Units: []string{"fgj"}},
			{ID: "b", Name: "其他工作"},
		},
		Tasks: []Task{
			{ID: "bare", Title: "投资3000万元建设南美白对虾工厂化循环水养殖基地。", Category: "a"},
			{ID: "own", Title: "打造食用菌酵素生产基地。", Category: "a", Lead: []string{"fgj"}},
			{ID: "sub", Title: "建设3个劳动密集型产业园。", Category: "a1"},
			{ID: "near", Title: "推动潞讯精密电子30条生产线投产。", Category: "a2"},
			{ID: "shared", Title: "培育服装加工产业园。", Category: "a", Units: []string{"fgj"}},
			{ID: "none", Title: "其他", Category: "b"},
			{ID: "free", Title: "无类别"},
		}}
	c.ResolvePeriods()
	if ps := c.Check(); len(ps) > 0 {
		t.Fatalf("problems: %v", ps)
	}
	for _, tc := range []struct {
		task            string
		lead, units     []string
		byCat, unitsCat bool
	}{
		{"bare", []string{"sfq"}, nil, true, false},
		{"own", []string{"fgj"}, nil, false, false},
		{"sub", []string{"sfq"}, nil, true, false},
		{"near", []string{"gxj"}, []string{"fgj"}, true, true},
		{"shared", []string{"sfq"}, []string{"fgj"}, true, false},
		{"none", nil, nil, false, false},
		{"free", nil, nil, false, false},
	} {
		tk := c.TaskByID(tc.task)
		if got := c.TaskLead(tk); !slices.Equal(got, tc.lead) {
			t.Errorf("%s: TaskLead = %v, want %v", tc.task, got, tc.lead)
		}
		if got := c.TaskUnits(tk); !slices.Equal(got, tc.units) {
			t.Errorf("%s: TaskUnits = %v, want %v", tc.task, got, tc.units)
		}
		if got := c.LeadByCategory(tk); got != tc.byCat {
			t.Errorf("%s: LeadByCategory = %v, want %v", tc.task, got, tc.byCat)
		}
		if got := c.UnitsByCategory(tk); got != tc.unitsCat {
			t.Errorf("%s: UnitsByCategory = %v, want %v", tc.task, got, tc.unitsCat)
		}
	}
	// Supervision and the weekly list go by UnitTasks: the category's lead
	// answers for its bare tasks.
	var got []string
	for _, tk := range c.UnitTasks("sfq") {
		got = append(got, tk.ID)
	}
	if want := []string{"bare", "sub", "shared"}; !slices.Equal(got, want) {
		t.Errorf("UnitTasks(sfq) = %v, want %v", got, want)
	}
}

// A category's units are checked as a task's are.
func TestCheckCategoryUnits(t *testing.T) {
	for _, tc := range []struct {
		name string
		cat  Category
		path string
		want string
	}{
		{"unknown lead", Category{ID: "a", Name: "甲", Lead: []string{"xx"}}, "categories[0].lead[0]", "“xx”"},
		{"unknown units", Category{ID: "a", Name: "甲", Units: []string{"yy"}}, "categories[0].units[0]", "“yy”"},
		{"both", Category{ID: "a", Name: "甲", Lead: []string{"u"}, Units: []string{"u"}}, "categories[0].units[0]", "已是牵头单位"},
	} {
		c := &Campaign{Name: "某", Year: 2025, Units: []Unit{{ID: "u", Name: "县发改局"}}, Categories: []Category{tc.cat}}
		var found []string
		ok := false
		for _, p := range c.Check() {
			found = append(found, p.String())
			ok = ok || p.Path == tc.path && strings.Contains(p.Msg, tc.want)
		}
		if !ok {
			t.Errorf("%s: want %s %s, got %v", tc.name, tc.path, tc.want, found)
		}
	}
}

// Unit groups: a ， among the ids ends a group, printed as published
// (、 within, ， between) and ignored where units are counted or routed;
// a collective unit whose name holds 、 is one unit.
func TestUnitGroups(t *testing.T) {
	names := map[string]string{"gxj": "区工信局", "zjj": "区住建局", "xzjd": "各乡镇人民政府、街道办事处", "kfq": "谯城经开区管委会"}
	name := func(id string) string { return names[id] }
	for _, tc := range []struct {
		list []string
		sep  string
		want string
	}{
		{[]string{"gxj", "zjj", "，", "xzjd", "，", "kfq"}, "、", "区工信局、区住建局，各乡镇人民政府、街道办事处，谯城经开区管委会"},
		{[]string{"gxj", "zjj", "xzjd"}, "、", "区工信局、区住建局、各乡镇人民政府、街道办事处"},
		{[]string{"gxj", "zjj", "，", "kfq"}, "，", "区工信局，区住建局，谯城经开区管委会"},
		{[]string{"gxj"}, "、", "区工信局"},
		{nil, "、", ""},
	} {
		if got := JoinUnits(tc.list, tc.sep, name); got != tc.want {
			t.Errorf("JoinUnits(%v, %q) = %q, want %q", tc.list, tc.sep, got, tc.want)
		}
	}
	c := &Campaign{Name: "谯城区2025年政府工作报告重点工作任务分解表", Year: 2025,
		Units: []Unit{{ID: "gxj", Name: "区工信局"}, {ID: "zjj", Name: "区住建局"},
			{ID: "xzjd", Name: "各乡镇人民政府、街道办事处"}, {ID: "kfq", Name: "谯城经开区管委会"}},
		Tasks: []Task{{ID: "gdzc", Title: "固定资产投资增长7.5%左右。", Lead: []string{"gxj"},
			Units: []string{"zjj", "，", "xzjd", "，", "kfq"}}}}
	if ps := c.Check(); len(ps) > 0 {
		t.Fatalf("problems: %v", ps)
	}
	tk := &c.Tasks[0]
	if got := c.TaskUnits(tk); !slices.Equal(got, []string{"zjj", "xzjd", "kfq"}) {
		t.Errorf("TaskUnits = %v", got)
	}
	if got := c.TaskUnitsAsWritten(tk); len(got) != 5 {
		t.Errorf("TaskUnitsAsWritten = %v", got)
	}
	if got := len(c.UnitTasks("xzjd")); got != 1 {
		t.Errorf("the collective unit answers for %d tasks, want 1", got)
	}
	if got := len(c.UnitTasks("，")); got != 0 {
		t.Errorf("the group break answers for %d tasks", got)
	}
	m := c.Matrix()
	if len(m.Units) != 4 {
		t.Errorf("the matrix has %d units, want 4: %v", len(m.Units), m.Units)
	}
	for _, tc := range []struct {
		units []string
		path  string
	}{
		{[]string{"，", "zjj"}, "tasks[0].units[0]"},
		{[]string{"zjj", "，"}, "tasks[0].units[1]"},
		{[]string{"zjj", "，", "，", "kfq"}, "tasks[0].units[2]"},
	} {
		tk.Units = tc.units
		ok := false
		var got []string
		for _, p := range c.Check() {
			got = append(got, p.String())
			ok = ok || p.Path == tc.path && strings.Contains(p.Msg, "只能写在两个单位之间")
		}
		if !ok {
			t.Errorf("%v: want %s 分组符, got %v", tc.units, tc.path, got)
		}
	}
}

// A 文件-format notice that nothing can number is advised at validate and
// build (QA s8 #11): lint would refuse the document built.
func TestDocNoAdvice(t *testing.T) {
	base := func() *Campaign {
		return &Campaign{Name: "某", Year: 2025,
			Profile: Profile{Organs: []Organ{{ID: "qzf", Name: "亳州市谯城区人民政府办公室"}}},
			Documents: []Document{{ID: "yf", Kind: IssueNotice, Title: "关于印发任务分解表的通知", Organs: []string{"qzf"},
				Recipients: []string{"各乡镇人民政府"}}}}
	}
	for _, tc := range []struct {
		name   string
		change func(c *Campaign)
		warn   bool
	}{
		{"no number, no prefix", func(c *Campaign) {}, true},
		{"doc_no", func(c *Campaign) { c.Documents[0].DocNo = "谯政办〔2025〕1号" }, false},
		{"prefix", func(c *Campaign) { c.Profile.Organs[0].DocPrefix = "谯政办" }, false},
		{"letter", func(c *Campaign) { c.Documents[0].Format = FormatLetter }, false},
		{"letter kind", func(c *Campaign) { c.Profile.Letters = []DocumentKind{IssueNotice} }, false},
		{"registered", func(c *Campaign) { c.DocNos = []DocNoEntry{{DocNo: "谯政办〔2025〕1号", Document: "yf"}} }, false},
		{"not a notice", func(c *Campaign) { c.Documents[0].Kind = Division }, false},
	} {
		c := base()
		tc.change(c)
		got := false
		for _, p := range c.Advice() {
			if p.Path == "documents[0]" && strings.Contains(p.Msg, "须有发文字号") {
				got = true
				if !strings.Contains(p.Msg, "doc_prefix") || !strings.Contains(p.Msg, "format: 信函") {
					t.Errorf("%s: the advice gives no way out: %s", tc.name, p.Msg)
				}
			}
		}
		if got != tc.warn {
			t.Errorf("%s: advised %v, want %v", tc.name, got, tc.warn)
		}
	}
}
