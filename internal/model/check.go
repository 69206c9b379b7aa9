package model

import (
	"fmt"
	"gongwen/internal/spell"
	"maps"
	"reflect"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"gongwen/internal/cn"
	"gongwen/internal/period"
)

// Problem is one semantic error of a campaign. Path is the key path in the
// data file, with the yaml key names and 0-based indexes
// (`tasks[3].lead[0]`), so that the loader can point at its line and column;
// Msg is in Chinese.
type Problem struct {
	Path string
	Msg  string
}

// String returns "path: msg".
func (p Problem) String() string {
	if p.Path == "" {
		return p.Msg
	}
	return p.Path + "：" + p.Msg
}

// Year bounds: the campaign year must lie between them.
const (
	MinYear = 1949
	MaxYear = 2100
)

// ResolvePeriods parses, with the campaign year, every period whose Text is
// set but whose dates are not (phases, tasks, briefing themes), and fills in
// the dates. It does nothing when the year is outside MinYear–MaxYear. The
// texts that do not parse are left as they are; Check then reports them, so
// a loader calls ResolvePeriods and then Check and gets each message once.
//
// It also fills the stated defaults, so that every reader sees them: a task
// without status is 未启动.
func (c *Campaign) ResolvePeriods() {
	for i := range c.Tasks {
		if c.Tasks[i].Status == "" {
			c.Tasks[i].Status = NotStarted
		}
	}
	if c.Year < MinYear || c.Year > MaxYear {
		return
	}
	fill := func(p *period.Period) {
		if p.Text == "" || !p.Start.IsZero() {
			return
		}
		if q, err := period.Parse(p.Text, c.Year); err == nil {
			*p = q
		}
	}
	for i := range c.Phases {
		fill(&c.Phases[i].Period)
	}
	for i := range c.Tasks {
		fill(&c.Tasks[i].Period)
	}
	for i := range c.Briefings.Themes {
		fill(&c.Briefings.Themes[i].Period)
	}
	issued := c.IssuedOn()
	for i := range c.Reporting {
		fill(&c.Reporting[i].Period)
		// A report due before the notice that asks for it was never
		// asked for (QA s10 5): supervise listed January's 每月25日前 of a
		// notice dated 28 February as 逾期.
		if q, ok := c.Reporting[i].Period.From(issued); ok {
			c.Reporting[i].Period = q
		}
	}
	for i := range c.Tasks {
		for j := range c.Tasks[i].Record.Progress {
			fill(&c.Tasks[i].Record.Progress[j].Due)
		}
	}
}

// Check reports every semantic problem of the campaign, not the first only:
// required fields left empty, a year outside 1949–2100, duplicate ids,
// references to ids that do not exist (with a "您是不是要写 …" suggestion
// when an id is close or a name was written for an id), unknown statuses and
// document kinds, periods and cadences that do not parse, completion dates
// that contradict the status, malformed 发文字号. Problems are ordered by
// item as the sections of the file are (name, year, profile, units, office,
// …, plan; items of a list by index); within an item, in the order checked.
//
// A task whose period lies outside its phase is not a problem: plans do that
// (the 全年 tasks sit in 推进实施).
func (c *Campaign) Check() []Problem {
	k := checker{c: c}
	k.run()
	sortProblems(k.out)
	return k.out
}

// sortProblems orders problems by the section of the file and the index of
// the item they are in (stable, so the order within an item is kept).
func sortProblems(ps []Problem) {
	sort.SliceStable(ps, func(i, j int) bool {
		a, b := pathKey(ps[i].Path), pathKey(ps[j].Path)
		for n := range a {
			if a[n] != b[n] {
				return a[n] < b[n]
			}
		}
		return false
	})
}

// keyOrder ranks the keys of the campaign's top two levels in the order of
// the struct fields, which is the order the data file and schema use.
var keyOrder = func() map[string]int {
	m := map[string]int{}
	rank := func(t reflect.Type, prefix string) {
		for i := 0; i < t.NumField(); i++ {
			tag, _, _ := strings.Cut(t.Field(i).Tag.Get("yaml"), ",")
			if tag != "" && tag != "-" {
				m[prefix+tag] = i
			}
		}
	}
	rank(reflect.TypeOf(Campaign{}), "")
	rank(reflect.TypeOf(Profile{}), "profile.")
	rank(reflect.TypeOf(Office{}), "office.")
	rank(reflect.TypeOf(Briefings{}), "briefings.")
	rank(reflect.TypeOf(WorkPlan{}), "plan.")
	return m
}()

// pathKey is the sort key of a path: the rank of its top-level key, the
// index of its item there, the rank of its second-level key and the index
// below that. "tasks[3].lead[0]" → (rank of tasks, 3, -1, -1).
func pathKey(path string) [4]int {
	key := [4]int{len(keyOrder), -1, -1, -1}
	top, rest, _ := strings.Cut(path, ".")
	name, idx := splitIndex(top)
	if r, ok := keyOrder[name]; ok {
		key[0] = r
	}
	key[1] = idx
	if idx < 0 && rest != "" {
		second, _, _ := strings.Cut(rest, ".")
		name2, idx2 := splitIndex(second)
		if r, ok := keyOrder[name+"."+name2]; ok {
			key[2] = r
		}
		key[3] = idx2
	}
	return key
}

// splitIndex splits "tasks[3]" into "tasks" and 3 (-1 without an index).
func splitIndex(seg string) (string, int) {
	name, rest, ok := strings.Cut(seg, "[")
	if !ok {
		return seg, -1
	}
	n, err := strconv.Atoi(strings.TrimSuffix(rest, "]"))
	if err != nil {
		return name, -1
	}
	return name, n
}

type checker struct {
	c   *Campaign
	out []Problem

	units, groups, activities, phases, tasks, cadences, meetings, organs, documents, categories idSet
}

func (k *checker) add(path, format string, args ...any) {
	k.out = append(k.out, Problem{Path: path, Msg: fmt.Sprintf(format, args...)})
}

// idSet is one namespace of ids: where each was first defined and what it
// is called, for duplicate messages and suggestions.
type idSet struct {
	what  string            // 单位, 工作组, …
	first map[string]string // id → path of its first definition
	names map[string]string // id → display name
	alias map[string]string // name or short name → id, for "wrote the name" hints
	order []string
}

func newIDSet(what string) idSet {
	return idSet{what: what, first: map[string]string{}, names: map[string]string{}, alias: map[string]string{}}
}

func (k *checker) define(s *idSet, path, id, name string) {
	switch {
	case id == "":
		k.add(path+".id", "缺少标识 id（%s须有唯一的标识，供其他地方引用）", s.what)
		return
	case strings.IndexFunc(id, unicode.IsSpace) >= 0:
		k.add(path+".id", "标识“%s”含有空白字符", id)
	}
	if prev, ok := s.first[id]; ok {
		k.add(path+".id", "%s标识“%s”重复，已在 %s 定义", s.what, id, prev)
		return
	}
	s.first[id] = path
	s.names[id] = name
	if name != "" {
		s.alias[name] = id
	}
	s.order = append(s.order, id)
}

func (k *checker) required(path, value, what string) {
	if strings.TrimSpace(value) == "" {
		k.add(path, "缺少%s", what)
	}
}

// ref checks that id names a member of one of the sets.
func (k *checker) ref(path, id string, sets ...*idSet) {
	if strings.TrimSpace(id) == "" {
		k.add(path, "引用为空，应填写%s的标识", whats(sets))
		return
	}
	for _, s := range sets {
		if _, ok := s.first[id]; ok {
			return
		}
	}
	k.add(path, "%s“%s”不存在%s", whats(sets), id, suggest(id, sets))
}

func (k *checker) refs(path string, ids []string, sets ...*idSet) {
	seen := map[string]bool{}
	for i, id := range ids {
		p := fmt.Sprintf("%s[%d]", path, i)
		if seen[id] {
			k.add(p, "“%s”重复列出", id)
			continue
		}
		seen[id] = true
		k.ref(p, id, sets...)
	}
}

// unitRefs checks a list of units (lead, units), which may hold marks
// (UnitMark): a group break (GroupBreak) or 及 (UnitsAnd) between two
// units, not first, not last, not two in a row (a group may end in 等
// before its break); 等 (UnitsEtc) after a unit, at the end of the list
// or of a group.
func (k *checker) unitRefs(path string, ids []string) {
	seen := map[string]bool{}
	unit := func(i int) bool { return i >= 0 && i < len(ids) && !UnitMark(ids[i]) }
	for i, id := range ids {
		p := fmt.Sprintf("%s[%d]", path, i)
		switch id {
		case GroupBreak:
			if i == 0 || i == len(ids)-1 || !unit(i+1) || !unit(i-1) && ids[i-1] != UnitsEtc {
				k.add(p, "分组符“，”只能写在两个单位之间，表示原文在此由“、”换为“，”（如 [gxj, zjj, ，, xzjd]）")
			}
			continue
		case UnitsAnd:
			if !unit(i-1) || !unit(i+1) {
				k.add(p, "“及”只能写在两个单位之间，表示原文在此用“及”连接（如 [sjbm, 及, xsq] 印作“市级各有关部门及各县市区政府”）")
			}
			continue
		case UnitsEtc:
			if !unit(i-1) || i+1 < len(ids) && ids[i+1] != GroupBreak {
				k.add(p, "“等”只能写在单位之后、列表或一组的末尾（如 [swj, gzw, 等] 印作“区税务局、区国资委等”）")
			}
			continue
		}
		if seen[id] {
			k.add(p, "“%s”重复列出", id)
			continue
		}
		seen[id] = true
		k.ref(p, id, &k.units)
	}
}

func whats(sets []*idSet) string {
	var w []string
	for _, s := range sets {
		w = append(w, s.what)
	}
	return strings.Join(w, "或")
}

// suggest proposes the id the user probably meant: one whose name or short
// name was written instead of the id, or the closest id by edit distance.
func suggest(id string, sets []*idSet) string {
	type cand struct {
		id, name string
		d        int
	}
	var best []cand
	for _, s := range sets {
		if c, ok := s.alias[id]; ok {
			return fmt.Sprintf("，您是不是要写“%s”（%s）？引用请写标识而不是名称", c, s.names[c])
		}
	}
	for _, s := range sets {
		for _, c := range s.order {
			d := spell.Distance(strings.ToLower(id), strings.ToLower(c))
			n := len([]rune(c))
			if d <= 2 && d < n || strings.EqualFold(id, c) {
				best = append(best, cand{c, s.names[c], d})
			}
		}
	}
	if len(best) == 0 {
		return ""
	}
	sort.SliceStable(best, func(i, j int) bool { return best[i].d < best[j].d })
	b := best[0]
	if b.name != "" {
		return fmt.Sprintf("，您是不是要写“%s”（%s）？", b.id, b.name)
	}
	return fmt.Sprintf("，您是不是要写“%s”？", b.id)
}

func (k *checker) run() {
	c := k.c
	k.units, k.groups, k.activities = newIDSet("单位"), newIDSet("工作组"), newIDSet("专项活动")
	k.phases, k.tasks, k.cadences = newIDSet("工作步骤"), newIDSet("任务"), newIDSet("会议制度")
	k.meetings, k.organs, k.documents = newIDSet("会议"), newIDSet("发文机关"), newIDSet("文件")
	k.categories = newIDSet("任务类别")

	k.required("name", c.Name, "活动全称 name")
	yearOK := c.Year >= MinYear && c.Year <= MaxYear
	switch {
	case c.Year == 0:
		k.add("year", "缺少活动年度 year（如 2013）")
	case !yearOK:
		k.add("year", "活动年度 %d 不在 %d–%d 之间", c.Year, MinYear, MaxYear)
	}
	if r := c.Profile.Red; r != "" && !isHex6(r) {
		k.add("profile.red", "颜色“%s”应为六位十六进制数，如 FF0000（不带 #）", r)
	}

	// Definitions first, so that references may point forward.
	for i, o := range c.Profile.Organs {
		p := fmt.Sprintf("profile.organs[%d]", i)
		k.define(&k.organs, p, o.ID, o.Name)
		k.required(p+".name", o.Name, "机关全称 name")
	}
	for i, u := range c.Units {
		p := fmt.Sprintf("units[%d]", i)
		k.define(&k.units, p, u.ID, u.Name)
		k.required(p+".name", u.Name, "单位全称 name")
		if m := u.ID; UnitMark(m) || UnitMark(u.Name) {
			if !UnitMark(m) {
				m = u.Name
			}
			k.add(p+".id", "“%s”不是单位：在 lead、units 中直接写 “，”“及”“等”即印出分组、“及”和末尾的“等”（如 [swj, gzw, 等]），不必定义为单位", m)
		}
		if u.Short != "" && u.ID != "" {
			k.units.alias[u.Short] = u.ID
		}
	}
	for i, g := range c.Office.Groups {
		p := fmt.Sprintf("office.groups[%d]", i)
		k.define(&k.groups, p, g.ID, g.Name)
		k.required(p+".name", g.Name, "工作组名称 name")
		if prev, ok := k.units.first[g.ID]; ok && g.ID != "" {
			k.add(p+".id", "工作组标识“%s”与单位 %s 相同，引用时无法区分", g.ID, prev)
		}
		for j, d := range g.Duties {
			k.required(fmt.Sprintf("%s.duties[%d]", p, j), d, "职责内容")
		}
	}
	for i, a := range c.Activities {
		k.define(&k.activities, fmt.Sprintf("activities[%d]", i), a.ID, a.Name)
	}
	for i, ph := range c.Phases {
		k.define(&k.phases, fmt.Sprintf("phases[%d]", i), ph.ID, ph.Name)
	}
	for i, cat := range c.Categories {
		k.define(&k.categories, fmt.Sprintf("categories[%d]", i), cat.ID, cat.Name)
	}
	for i, t := range c.Tasks {
		k.define(&k.tasks, fmt.Sprintf("tasks[%d]", i), t.ID, t.Title)
	}
	for i, cd := range c.Cadences {
		k.define(&k.cadences, fmt.Sprintf("cadences[%d]", i), cd.ID, cd.Name)
	}
	for i, m := range c.Meetings {
		k.define(&k.meetings, fmt.Sprintf("meetings[%d]", i), m.ID, m.Name)
	}
	for i, d := range c.Documents {
		k.define(&k.documents, fmt.Sprintf("documents[%d]", i), d.ID, d.Title)
	}

	for i, a := range c.Activities {
		p := fmt.Sprintf("activities[%d]", i)
		k.required(p+".name", a.Name, "专项活动名称 name")
		k.unitRefs(p+".lead", a.Lead)
		k.unitRefs(p+".units", a.Units)
		k.both(p, a.Lead, a.Units)
	}
	k.checkCategories()
	k.checkDivision()
	switch sp := k.c.Weekly.Split; sp {
	case "", WeeklyByUnit:
	case WeeklyByGroup:
		if len(k.c.Office.Groups) == 0 {
			k.add("weekly.split", "按工作组分别生成周工作清单，但 office.groups 中没有工作组；请先列出工作组，或改写 单位")
		}
	default:
		k.add("weekly.split", "“%s”不可用：按单位分别生成周工作清单写 单位，按办公室工作组分别生成写 工作组，否则不写", sp)
	}
	for i, ph := range c.Phases {
		p := fmt.Sprintf("phases[%d]", i)
		k.required(p+".name", ph.Name, "步骤名称 name")
		k.period(p+".period", ph.Period, yearOK)
	}
	k.checkTasks(yearOK)
	k.checkReporting(yearOK)
	k.checkMeetings(yearOK)
	k.checkBriefings(yearOK)
	k.checkDocuments()
	k.checkDocNos()
	for i, r := range c.Requirements {
		p := fmt.Sprintf("requirements[%d]", i)
		k.required(p+".title", r.Title, "要求的标题 title")
		k.required(p+".text", r.Text, "要求的内容 text")
	}
	if c.Plan.Group != "" {
		k.ref("plan.group", c.Plan.Group, &k.groups)
	}
}

// both reports units listed both as lead and as responsible.
func (k *checker) both(path string, lead, units []string) {
	in := map[string]bool{}
	for _, id := range lead {
		in[id] = true
	}
	for i, id := range units {
		if in[id] && id != "" && !UnitMark(id) {
			k.add(fmt.Sprintf("%s.units[%d]", path, i), "单位“%s”已是牵头单位，不必再列为责任单位", id)
		}
	}
}

func (k *checker) period(path string, p period.Period, yearOK bool) {
	switch {
	case strings.TrimSpace(p.Text) == "":
		k.add(path, "缺少期限（如 2月中旬、3月初-11月底、全年）")
	case !yearOK:
		// The year is reported already; every period would fail with it.
	case p.Start.IsZero():
		if _, err := period.Parse(p.Text, k.c.Year); err != nil {
			k.add(path, "%s", err.Error())
		}
	case p.Open:
	case p.Start.Year() != k.c.Year || p.End.Year() < k.c.Year:
		// Work that starts in the year may be due later: 2025年底前 or
		// 2023—2025年 in a 2023 programme, 次年1月底前 (the year's report).
		k.add(path, "期限“%s”不在活动年度 %d 年内", p.Text, k.c.Year)
	}
}

func (k *checker) checkTasks(yearOK bool) {
	c := k.c
	for i, t := range c.Tasks {
		p := fmt.Sprintf("tasks[%d]", i)
		k.required(p+".title", t.Title, "任务名称 title")
		if strings.TrimSpace(t.Period.Text) != "" {
			// No period: a task without a due date, as 长期坚持.
			k.period(p+".period", t.Period, yearOK)
		}
		if t.Phase != "" {
			k.ref(p+".phase", t.Phase, &k.phases)
		}
		if t.Category != "" {
			k.ref(p+".category", t.Category, &k.categories)
		}
		k.reported(p, t, yearOK)
		if t.Group != "" {
			k.ref(p+".group", t.Group, &k.groups)
		}
		if t.Activity != "" {
			k.ref(p+".activity", t.Activity, &k.activities)
		}
		k.unitRefs(p+".lead", t.Lead)
		k.unitRefs(p+".units", t.Units)
		k.both(p, t.Lead, t.Units)
		switch {
		case t.Status == "":
			// 未启动 (ResolvePeriods fills it; a caller may not have).
		case !t.Status.Valid():
			k.add(p+".status", "状态“%s”无效，应为 %s%s", t.Status, statusList(), suggestStatus(t.Status))
		}
		k.doneOn(p, "任务", t.Status, t.DoneOn, yearOK)
		k.record(p+".record", t.Record, yearOK)
		k.values(p+".values", t.Values)
	}
}

// fieldValues are the names a task's values must not take: each is a
// field of the task, which supervision, the weekly list and the tables
// read (the units by id), with the field to write it in.
var fieldValues = map[string]string{
	"牵头单位": "lead（单位 id）", "责任单位": "units（单位 id）", "完成时限": "period", "责任领导": "leaders",
	"责任人": "persons", "备注": "notes（各单位在 Excel 责任分工表中填写、import 记回的进展；要在表中印出的说明文字，请另起名称，如 说明）", "序号": "（序号由表格编排）", "类别": "category", "任务": "title", "工作任务": "title",
}

// values checks the names of a task's own values: not empty, not one of
// the task's fields.
func (k *checker) values(p string, vals map[string]string) {
	for _, name := range slices.Sorted(maps.Keys(vals)) {
		switch n := strings.TrimSpace(name); {
		case n == "":
			k.add(p, "values 中有一项没有名称：名称是表格的表头，如 分值")
		case fieldValues[n] != "":
			k.add(p+"."+name, "“%s”是任务的字段，请写在 %s 中，不写在 values 里", n, fieldValues[n])
		}
	}
}

// reported checks the dates a recurring deadline was met on: only for a
// recurring period, no more than its occurrences, in order, in the year.
func (k *checker) reported(p string, t Task, yearOK bool) {
	if len(t.Reported) == 0 || !yearOK {
		return
	}
	if !t.Period.Recurs {
		k.add(p+".reported", "期限“%s”不是周期性期限，只到期一次，完成请写 status 和 done_on", t.Period.Text)
		return
	}
	if n := len(t.Period.Parts); len(t.Reported) > n {
		k.add(fmt.Sprintf("%s.reported[%d]", p, n), "期限“%s”全年只到期 %d 次，各次完成日期多写了 %d 个", t.Period.Text, n, len(t.Reported)-n)
	}
	for i, d := range t.Reported {
		switch {
		case yearOK && d.Year() != k.c.Year && d.Year() != k.c.Year+1:
			k.add(fmt.Sprintf("%s.reported[%d]", p, i), "完成日期 %s 不在活动年度 %d 年内", d.Format(time.DateOnly), k.c.Year)
		case i > 0 && d.Before(t.Reported[i-1]):
			k.add(fmt.Sprintf("%s.reported[%d]", p, i), "各次完成日期应按先后顺序填写：%s 早于上一次的 %s", d.Format(time.DateOnly), t.Reported[i-1].Format(time.DateOnly))
		}
	}
}

// checkDivision checks the chosen layout of the division: known layout,
// number forms, columns and separator, each said with what may be written.
func (k *checker) checkDivision() {
	d := k.c.Division
	if d.Layout != "" && d.Layout != LayoutTable && d.Layout != LayoutList {
		k.add("division.layout", "版式“%s”应为 表格 或 列表", d.Layout)
	}
	for i, f := range d.Numbering {
		if _, _, ok := cn.ParseForm(f); !ok {
			k.add(fmt.Sprintf("division.numbering[%d]", i), "序号样式“%s”不可用，可写：%s；从别的数起编号时写起始的序号，如 三、 11. （四）", f, strings.Join(NumberForms, " "))
		}
	}
	if f := d.TaskNumber; f != "" {
		if _, _, ok := cn.ParseForm(f); !ok {
			k.add("division.task_number", "序号样式“%s”不可用，可写：%s；从别的数起编号时写起始的序号，如 11.", f, strings.Join(NumberForms, " "))
		}
	}
	if len(d.Numbering) > 6 {
		k.add("division.numbering", "序号最多六级，实际写了 %d 级", len(d.Numbering))
	}
	k.checkColumns(d.Columns)
	for i, r := range d.CategoryRows {
		if r != CategoryRowWhole && r != CategoryRowSplit {
			k.add(fmt.Sprintf("division.category_rows[%d]", i), "类别行的排法“%s”应为 %s 或 %s", r, CategoryRowWhole, CategoryRowSplit)
		}
	}
	if d.Join != "" && d.Join != "、" && d.Join != "，" {
		k.add("division.join", "单位分隔符“%s”应为 、 或 ，", d.Join)
	}
	if o := d.Orientation; o != "" && o != OrientationPortrait && o != OrientationLandscape {
		k.add("division.orientation", "页面方向“%s”应为 纵向 或 横向", o)
	}
	if o := d.Outer; o != "" && !slices.Contains([]string{"[]", "［］", "〔〕", "【】"}, o) {
		k.add("division.outer_bracket", "外层括号“%s”应为 []、［］、〔〕 或 【】", o)
	}
	if e := d.HeadingEnd; e != "" && e != "。" && e != "无" {
		k.add("division.heading_end", "任务后的标点“%s”应为 。 或 无", e)
	}
	k.checkLines()
	k.checkLevels()
}

// checkLines checks the styles of the list's lines: a known form, 句 only
// for the units (it joins the lead and the responsible units), and the
// two not set apart when one says 句.
func (k *checker) checkLines() {
	l := &k.c.Division.Lines
	forms := []string{LineOwn, LineBracket, LineSentence}
	for _, kind := range LineKinds {
		st := l.Style(kind.Key)
		p := "division.lines." + kind.Key
		switch {
		case st.Form != "" && !contains(forms, st.Form):
			k.add(p+".form", "写法“%s”应为 行、括号 或 句", st.Form)
		case st.Form == LineSentence && kind.Key != "lead" && kind.Key != "units":
			k.add(p+".form", "“句”只用于牵头单位和责任单位（lead、units），把两者合为一句“X牵头，Y配合。”；%s行可写 行 或 括号", kind.Label)
		}
		if strings.TrimRight(st.Label, "：:") != st.Label {
			k.add(p+".label", "标签“%s”不用写冒号：列表印作“%s：……”", st.Label, strings.TrimRight(st.Label, "：:"))
		}
		if e := st.End; e != "" && e != "。" {
			k.add(p+".end", "行末标点“%s”应为 。", e)
		}
		switch v := st.Verb; {
		case v == "":
		case (kind.Key != "lead" && kind.Key != "units") || !l.Sentence():
			k.add(p+".verb", "动词“%s”只用于合为一句（句）的牵头单位和责任单位（lead、units 写 form: 句）", v)
		case utf8.RuneCountInString(v) > maxVerb || strings.ContainsAny(v, "，。；、,.;：:（）()"):
			k.add(p+".verb", "动词“%s”应是单位名称之后的几个字（不超过 %d 个字、不带标点），如 牵头、负责、按职责分工负责", v, maxVerb)
		}
	}
	if l.Sentence() {
		for _, o := range []struct {
			key string
			st  LineStyle
		}{{"lead", l.Lead}, {"units", l.Units}} {
			if o.st.Form != "" && o.st.Form != LineSentence {
				k.add("division.lines."+o.key+".form", "牵头单位和责任单位已合为一句（句），这里不能另写“%s”；句单占一行，division.inline 为 true 时写在任务末尾的括号内", o.st.Form)
			}
		}
		if l.Units.Label != "" && l.Lead.Label != "" && l.Units.Label != l.Lead.Label {
			k.add("division.lines.units.label", "牵头单位和责任单位合为一句，只有一个标签：lead 的标签“%s”与 units 的“%s”不同，请只写一个", l.Lead.Label, l.Units.Label)
		}
	}
}

// maxVerb bounds the verb of the 句 form (按职责分工负责 is seven).
const maxVerb = 12

// checkLevels: numbering written in the data must give every level the
// outline uses a form of its own — with fewer, the last form repeats
// (「（一）…」 above 「（一）…」) and the levels read as one.
func (k *checker) checkLevels() {
	d := k.c.Division
	if len(d.Numbering) == 0 {
		return
	}
	cats := 0
	taskLevel := 0
	for _, it := range k.c.Outline() {
		if it.Category != nil {
			cats = max(cats, it.Depth+1)
		} else {
			taskLevel = max(taskLevel, it.Depth+1)
		}
	}
	switch {
	case cats > len(d.Numbering):
		k.add("division.numbering", "分类有 %d 级，numbering 只给了 %d 级：请为每一级写一个序号样式，如 [一、, （一）, 1., （1）]", cats, len(d.Numbering))
	case d.TaskNumber == "" && taskLevel > len(d.Numbering) && (d.Layout == LayoutList || d.Layout == "" && !k.c.Campaigning()):
		k.add("division.numbering", "任务在第 %d 级（分类有 %d 级），numbering 只给了 %d 级：请再写一级序号样式，或用 task_number 写任务的序号样式", taskLevel, cats, len(d.Numbering))
	}
}

// checkColumns checks the headers of the division table: each says what
// its column holds, no kind twice, a task column. The columns stand in
// the order written: offices print them in many orders.
func (k *checker) checkColumns(cols []string) {
	seen := map[string]int{}
	kinds := k.c.ColumnKinds(cols)
	firstValue := -1
	for i, h := range cols {
		path := fmt.Sprintf("division.columns[%d]", i)
		kind := kinds[i]
		if kind == ColumnTask {
			if j, ok := seen[ColumnDetail]; ok {
				k.add(path, "表头“%s”是第三个任务列：任务列最多两列，第一列印任务的 title，第二列（第 %d 列“%s”）印任务的 text", h, j+1, cols[j])
				continue
			}
		}
		if kind == "" {
			k.add(path, "看不出表头“%s”是哪一列，也没有任务在 values 中写“%s”这一项。可用的列有：%s；表头按本单位的叫法写，含其中一个词即可，各列次序随意；"+
				"表中任务自己的一项（如“分值”）在任务中写 values: {%s: …}，表头与名称相同", h, strings.TrimSpace(h), ColumnKinds(), strings.TrimSpace(h))
			continue
		}
		if kind == ColumnValue {
			// The Word tables repeat one cell for the values' columns.
			if firstValue >= 0 && kinds[i-1] != ColumnValue {
				k.add(path, "任务自己的各项（values）的列须相邻：“%s”与第 %d 列“%s”之间隔着别的列（Word 表格中这几列连在一起）", h, firstValue+1, cols[firstValue])
			}
			if firstValue < 0 {
				firstValue = i
			}
			continue
		}
		if j, ok := seen[kind]; ok {
			k.add(path, "表头“%s”与第 %d 列“%s”都是%s列，同一种列只能有一列。可用的列有：%s", h, j+1, cols[j], kind, ColumnKinds())
			continue
		}
		seen[kind] = i
	}
	if _, ok := seen[ColumnTask]; len(cols) > 0 && !ok {
		k.add("division.columns", "表格各列中没有任务列（表头如“工作任务”“重点任务”）")
	}
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// checkCategories checks the names and the parents of the task categories;
// a parent must come earlier, so the levels read top down and cannot loop.
func (k *checker) checkCategories() {
	seen := map[string]bool{}
	for i, cat := range k.c.Categories {
		p := fmt.Sprintf("categories[%d]", i)
		k.required(p+".name", cat.Name, "类别名称 name")
		k.unitRefs(p+".lead", cat.Lead)
		k.unitRefs(p+".units", cat.Units)
		k.both(p, cat.Lead, cat.Units)
		if cat.Parent != "" {
			switch {
			case cat.Parent == cat.ID:
				k.add(p+".parent", "类别不能以自身为上级")
			case k.categories.first[cat.Parent] == "":
				k.ref(p+".parent", cat.Parent, &k.categories)
			case !seen[cat.Parent]:
				k.add(p+".parent", "上级类别“%s”须写在本类别之前", cat.Parent)
			}
		}
		seen[cat.ID] = true
	}
}

// doneOn checks that a completion date goes with a finished status (what
// is 任务 or 议定事项, for the message): a finished item needs one, an
// unfinished one must not have one, and it lies in the campaign year. An
// empty status (allowed for decisions) counts as 未启动.
func (k *checker) doneOn(p, what string, s Status, done *time.Time, yearOK bool) {
	shown := s
	if shown == "" {
		shown = NotStarted
	}
	switch {
	case done != nil && (s == "" || s.Valid()) && !s.Finished():
		k.add(p+".done_on", "状态为“%s”的%s不应有完成日期；已完成的请把 status 改为 已完成 或 已销号", shown, what)
	case done == nil && s.Finished():
		k.add(p+".done_on", "状态为“%s”的%s须填写完成日期 done_on（YYYY-MM-DD），用于统计是否按期完成", s, what)
	case done != nil && yearOK && done.Year() != k.c.Year:
		k.add(p+".done_on", "完成日期 %s 不在活动年度 %d 年内", done.Format(time.DateOnly), k.c.Year)
	}
}

func (k *checker) checkMeetings(yearOK bool) {
	c := k.c
	for i, cd := range c.Cadences {
		p := fmt.Sprintf("cadences[%d]", i)
		k.required(p+".name", cd.Name, "会议名称 name")
		switch {
		case strings.TrimSpace(cd.Every) == "":
			k.add(p+".every", "缺少频次 every（%s，或期限如 5月左右）", strings.Join(period.CadenceForms(), "、"))
		case yearOK:
			if _, err := period.ParseCadence(cd.Every); err != nil {
				if _, perr := period.Parse(cd.Every, c.Year); perr != nil {
					k.add(p+".every", "无法识别的频次“%s”：应为 %s，或期限如 5月左右、6月份", cd.Every, strings.Join(period.CadenceForms(), "、"))
				}
			}
		}
		seen := map[int]bool{}
		for j, m := range cd.Months {
			mp := fmt.Sprintf("%s.months[%d]", p, j)
			switch {
			case m < 1 || m > 12:
				k.add(mp, "月份 %d 不在 1–12 之间", m)
			case seen[m]:
				k.add(mp, "月份 %d 重复", m)
			}
			seen[m] = true
		}
		if cd.Weekday < 0 || cd.Weekday > 7 {
			k.add(p+".weekday", "星期 %d 不在 1–7 之间（1 为星期一）", cd.Weekday)
		}
		if cd.Organiser != "" {
			k.ref(p+".organiser", cd.Organiser, &k.groups)
		}
		k.refs(p+".attendees", cd.Attendees, &k.units, &k.groups)
	}
	for i, m := range c.Meetings {
		p := fmt.Sprintf("meetings[%d]", i)
		k.required(p+".name", m.Name, "会议名称 name")
		if m.Cadence != "" {
			k.ref(p+".cadence", m.Cadence, &k.cadences)
		}
		switch {
		case m.Date.IsZero():
			k.add(p+".date", "缺少会议日期 date（YYYY-MM-DD）")
		case yearOK && m.Date.Year() != c.Year:
			k.add(p+".date", "会议日期 %s 不在活动年度 %d 年内", m.Date.Format(time.DateOnly), c.Year)
		}
		for j, d := range m.Decisions {
			dp := fmt.Sprintf("%s.decisions[%d]", p, j)
			k.required(dp+".text", d.Text, "议定事项内容 text")
			if d.Owner != "" {
				k.ref(dp+".owner", d.Owner, &k.units, &k.groups)
			}
			if d.Status != "" && !d.Status.Valid() {
				k.add(dp+".status", "状态“%s”无效，应为 %s%s", d.Status, statusList(), suggestStatus(d.Status))
			}
			k.doneOn(dp, "议定事项", d.Status, d.DoneOn, yearOK)
		}
		k.record(p+".record", m.Record, yearOK)
	}
}

func (k *checker) checkBriefings(yearOK bool) {
	b := k.c.Briefings
	if b.Every != "" {
		if _, err := period.ParseCadence(b.Every); err != nil {
			k.add("briefings.every", "%s", err.Error())
		}
	}
	for i, th := range b.Themes {
		p := fmt.Sprintf("briefings.themes[%d]", i)
		k.period(p+".period", th.Period, yearOK)
		k.required(p+".theme", th.Theme, "宣传重点 theme")
	}
	numbers := map[int]int{}
	for i, is := range b.Issues {
		p := fmt.Sprintf("briefings.issues[%d]", i)
		switch j, dup := numbers[is.Number]; {
		case is.Number < 1:
			k.add(p+".number", "期号应为正整数")
		case dup:
			k.add(p+".number", "期号 %d 与 briefings.issues[%d] 重复", is.Number, j)
		default:
			numbers[is.Number] = i
		}
		switch {
		case is.Date.IsZero():
			k.add(p+".date", "缺少编印日期 date（YYYY-MM-DD）")
		case yearOK && is.Date.Year() != k.c.Year:
			k.add(p+".date", "编印日期 %s 不在活动年度 %d 年内", is.Date.Format(time.DateOnly), k.c.Year)
		}
		for j, a := range is.Articles {
			k.required(fmt.Sprintf("%s.articles[%d].title", p, j), a.Title, "文章标题 title")
		}
	}
}

func (k *checker) checkDocuments() {
	for i, d := range k.c.Documents {
		p := fmt.Sprintf("documents[%d]", i)
		k.required(p+".title", d.Title, "文件标题 title")
		switch {
		case d.Kind == "":
			k.add(p+".kind", "缺少文种 kind（%s）", kindList())
		case !d.Kind.Valid():
			k.add(p+".kind", "文种“%s”无效，应为 %s", d.Kind, kindList())
		}
		k.refs(p+".organs", d.Organs, &k.organs)
		for j, f := range d.Numbering {
			if !contains(NumberForms, f) {
				k.add(fmt.Sprintf("%s.numbering[%d]", p, j), "序号样式“%s”不可用，可写：%s", f, strings.Join(NumberForms, " "))
			}
		}
		if e := d.HeadingEnd; e != "" && e != "。" && e != "无" {
			k.add(p+".heading_end", "段首标题后的标点“%s”应为 。 或 无", e)
		}
		if d.Task != "" {
			k.ref(p+".task", d.Task, &k.tasks)
		}
		for j, a := range d.Attachments {
			ap := fmt.Sprintf("%s.attachments[%d]", p, j)
			k.required(ap+".title", a.Title, "附件名称 title")
			switch {
			case a.Source == "" || a.Source == AttachDivision || a.Source == AttachGroups:
			case a.Source == d.ID:
				k.add(ap+".source", "文件不能以自身为附件")
			default:
				k.ref(ap+".source", a.Source, &k.documents)
			}
		}
		k.checkSelections(i, d)
		k.checkDocNo(p, d)
		if d.CopyNo != "" && !isDigits(d.CopyNo, 6) {
			k.add(p+".copy_no", "份号“%s”应为6位阿拉伯数字，如 000001", d.CopyNo)
		}
		if d.Urgency != "" && d.Urgency != "特急" && d.Urgency != "加急" {
			k.add(p+".urgency", "紧急程度“%s”应为 特急 或 加急", d.Urgency)
		}
		if d.Secret != "" && !strings.HasPrefix(d.Secret, "绝密") && !strings.HasPrefix(d.Secret, "机密") && !strings.HasPrefix(d.Secret, "秘密") {
			k.add(p+".secret", "密级“%s”应为 绝密、机密 或 秘密（可加保密期限，如 秘密★1年）", d.Secret)
		}
		if d.Kind.Valid() && d.Kind.isNotice() && len(d.Recipients) == 0 {
			k.add(p+".recipients", "%s须有主送机关 recipients", d.Kind)
		}
		if d.Date != nil && k.c.Year != 0 && (d.Date.Year() < k.c.Year || d.Date.Year() > k.c.Year+1) {
			k.add(p+".date", "成文日期 %s 不在活动年度 %d 年或次年内", d.Date.Format(time.DateOnly), k.c.Year)
		}
	}
}

// checkDocNo checks the form of a 发文字号 (GB/T 9704 §7.2.4), that its
// code is the code of the first issuing organ, and that its year is the year
// of the document's date.
func (k *checker) checkDocNo(p string, d Document) {
	if d.DocNo == "" {
		return
	}
	if err := cn.CheckDocNo(d.DocNo); err != nil {
		k.add(p+".doc_no", "%s", err.Error())
		return
	}
	prefix, rest, _ := strings.Cut(d.DocNo, "〔")
	if len(d.Organs) > 0 {
		if o := k.c.OrganByID(d.Organs[0]); o != nil && o.DocPrefix != "" && prefix != o.DocPrefix {
			k.add(p+".doc_no", "发文字号“%s”的机关代字应为主办机关 %s 的“%s”", d.DocNo, o.ID, o.DocPrefix)
		}
	}
	year, _, _ := strings.Cut(rest, "〕")
	if d.Date != nil && year != strconv.Itoa(d.Date.Year()) {
		k.add(p+".doc_no", "发文字号“%s”的年份与成文日期 %s 不一致", d.DocNo, d.Date.Format(time.DateOnly))
	}
}

func (k DocumentKind) isNotice() bool {
	return k == Notice || k == IssueNotice || k == MeetingNotice || k == Supervision
}

// NoticeKinds are the kinds that must name their 主送机关; the JSON Schema
// states the same rule so that an editor warns where validate would.
func NoticeKinds() []DocumentKind {
	return []DocumentKind{Notice, IssueNotice, MeetingNotice, Supervision}
}

func isDigits(s string, n int) bool {
	if len(s) != n {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// AttachDivision is the Attachment.Source that stands for the generated
// responsibility-division table.
const AttachDivision = "division"

// AttachGroups is the Attachment.Source that stands for the office's
// working groups and their duties (office.groups).
const AttachGroups = "groups"

// Valid reports whether s is one of Statuses.
func (s Status) Valid() bool {
	for _, v := range Statuses {
		if s == v {
			return true
		}
	}
	return false
}

// DocumentKinds lists the document kinds in their natural order.
var DocumentKinds = []DocumentKind{Notice, IssueNotice, Speech, Plan, Division, BriefingDoc, Summary, Report, MeetingNotice, Minutes, Supervision}

// Valid reports whether k is one of DocumentKinds.
func (k DocumentKind) Valid() bool {
	for _, v := range DocumentKinds {
		if k == v {
			return true
		}
	}
	return false
}

func statusList() string {
	var s []string
	for _, v := range Statuses {
		s = append(s, string(v))
	}
	return strings.Join(s, "、")
}

func kindList() string {
	var s []string
	for _, v := range DocumentKinds {
		s = append(s, string(v))
	}
	return strings.Join(s, "、")
}

// suggestStatus is 「，您是不是要写“推进中”？」 for a near miss, else "".
func suggestStatus(s Status) string {
	if v, ok := NearStatus(string(s)); ok {
		return fmt.Sprintf("，您是不是要写“%s”？", v)
	}
	return ""
}

// statusSynonyms are the words clerks write for a status (进行中, 已办结,
// 未开始 …), which no edit distance finds.
var statusSynonyms = map[string]Status{
	"完成": Done, "已完": Done, "完毕": Done, "已完毕": Done, "已办结": Done, "办结": Done, "已办": Done,
	"已落实": Done, "落实": Done, "按期完成": Done,
	"进行中": InProgress, "正在进行": InProgress, "推进": InProgress, "正在推进": InProgress, "在推进": InProgress,
	"在办": InProgress, "进行": InProgress, "办理中": InProgress, "实施中": InProgress, "落实中": InProgress,
	"已启动": InProgress, "启动": InProgress,
	"销号": CheckedOff, "已消号": CheckedOff, "消号": CheckedOff, "已注销": CheckedOff,
	"未开始": NotStarted, "尚未开始": NotStarted, "没开始": NotStarted, "未启用": NotStarted, "待启动": NotStarted,
	"未开展": NotStarted, "尚未启动": NotStarted, "未动": NotStarted,
}

// NearStatus is the status a clerk most likely meant by s: a synonym
// (进行中 → 推进中, 已办结 → 已完成, 未开始 → 未启动) or a status one edit
// away; false when none is close.
func NearStatus(s string) (Status, bool) {
	s = strings.TrimSpace(s)
	if v, ok := statusSynonyms[s]; ok {
		return v, true
	}
	best, bd := Status(""), 2
	for _, v := range Statuses {
		if d := spell.Distance(s, string(v)); d < bd {
			best, bd = v, d
		}
	}
	return best, best != ""
}

func isHex6(s string) bool {
	if len(s) != 6 {
		return false
	}
	for _, r := range s {
		if !(r >= '0' && r <= '9' || r >= 'a' && r <= 'f' || r >= 'A' && r <= 'F') {
			return false
		}
	}
	return true
}
