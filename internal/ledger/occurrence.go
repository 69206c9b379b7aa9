package ledger

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"

	"gongwen/internal/model"
	"gongwen/internal/period"
)

// A recurring deadline (每季度最后一个月30日前) is met occurrence by
// occurrence: the task's reported dates, the nth meeting the nth due date.
// A returned row keyed task@due-date (a weekly list's line for one
// quarter's report, a 督办事项回复表's row for a missed one) reports that
// occurrence: 已完成 with a date records the date in reported, and the
// task stays open for the next occurrence. Its notes and an unfinished
// status still go to the task.

// reportedKey is the task key that lists the met occurrences;
// submittedKey the one that lists the reports made under the reporting
// rule that covers the task (task@报送2023-03-30 rows).
const (
	reportedKey  = "reported"
	submittedKey = "submitted"
	// unitsSubmittedKey lists the reports of the task's responsible units
	// under a rule of by: 责任单位 (the row's date is one of its dates).
	unitsSubmittedKey = "units_submitted"
)

// reportRule is the rule a report row of task t due on due answers: the
// one of the task's rules (model.Campaign.ReportRulesFor) with a date on
// that day; nil with a problem when none has, or both the lead's and the
// responsible units' rules have (the row cannot say whose report it is).
func reportRule(c *model.Campaign, t *model.Task, due time.Time) (*model.ReportRule, string) {
	var hit []*model.ReportRule
	for _, r := range c.ReportRulesFor(t) {
		if slices.ContainsFunc(r.Period.Dues(), func(p period.Period) bool { return p.End.Equal(period.Day(due)) }) {
			hit = append(hit, r)
		}
	}
	switch {
	case len(hit) == 0:
		if rs := c.ReportRulesFor(t); len(rs) > 0 {
			return rs[0], "" // the date check below names the problem
		}
		return nil, ""
	case !slices.ContainsFunc(hit, func(r *model.ReportRule) bool { return r.ByUnits() != hit[0].ByUnits() }):
		// Rules of one side due the same day are refused by validate;
		// the side is what the row needs.
		return hit[0], ""
	}
	return nil, fmt.Sprintf("任务 %s 的牵头单位和责任单位的报送要求都在 %s 到期，此行无法判断是哪一方的报送；请直接在数据中填写 submitted 或 units_submitted", t.ID, cnDate(due))
}

// occurrenceUpdates takes the occurrence rows out of ups and plans the
// reported dates they record, one Change per task; what the rows say of
// the task as a whole (notes, 推进中) stays in the returned updates.
func (yt *Doc) occurrenceUpdates(c *model.Campaign, ups []Update) ([]Update, []Change, []string) {
	var rest []Update
	var changes []Change
	var problems []string
	// A task's own occurrences and its reports are two lists: rows are
	// grouped by task and by which list they meet.
	type series struct {
		id     string
		report bool
		units  bool // a report under the responsible units' rule
	}
	byTask := map[series][]Update{}
	var order []series
	// A form built before occurrences had keys (a 督办事项回复表 of last
	// year's build) says only the task id: its 已完成 of a recurring task
	// is the report of the first occurrence not yet recorded — the one the
	// 督办 was about — not the whole task.
	legacy := map[string]time.Time{}
	for i, u := range ups {
		if u.Occurrence != nil || u.Decision || u.Status == nil || !u.Status.Finished() {
			continue
		}
		if t := c.TaskByID(u.TaskID); t != nil && t.Period.Recurs && !t.Status.Finished() && len(t.Reported) < len(t.Period.Dues()) {
			due := t.Period.Dues()[len(t.Reported)].End
			ups[i].Occurrence = &due
			legacy[u.Where] = due
		}
	}
	for _, u := range ups {
		if u.Occurrence == nil || u.Decision {
			rest = append(rest, u)
			continue
		}
		k := series{id: u.TaskID, report: u.Report}
		if t := c.TaskByID(u.TaskID); t != nil && u.Report {
			r, problem := reportRule(c, t, *u.Occurrence)
			if problem != "" {
				problems = append(problems, u.Where+": "+problem)
				continue
			}
			k.units = r != nil && r.ByUnits()
		}
		if _, ok := byTask[k]; !ok {
			order = append(order, k)
		}
		byTask[k] = append(byTask[k], u)
	}
	for _, k := range order {
		id, rows := k.id, byTask[k]
		t, m := c.TaskByID(id), yt.ByID[id]
		if t == nil || m == nil {
			for _, u := range rows {
				u.Occurrence = nil // Plan says the id is unknown
				rest = append(rest, u)
			}
			continue
		}
		dues, met, key, what := t.Period.Dues(), t.Reported, reportedKey, "期限“"+t.Period.Written()+"”"
		if k.report {
			// The side's reports under all its rules, in order of date
			// (a one-time 办理方案 and the quarters' 完成情况): its
			// submitted dates meet them one by one.
			var texts []string
			for _, r := range c.ReportRulesFor(t) {
				if r.ByUnits() == k.units {
					texts = append(texts, r.Period.Written())
				}
			}
			if len(texts) == 0 {
				for _, u := range rows {
					problems = append(problems, fmt.Sprintf("%s: 任务 %s 没有适用的报送要求（reporting），此行所报的 %s 一次无法对应（数据改过？）", u.Where, id, cnDate(*u.Occurrence)))
				}
				continue
			}
			dues, met, key, what = c.ReportDues(t, k.units), t.Submitted, submittedKey, "报送时限“"+strings.Join(texts, "”“")+"”"
			if k.units {
				met, key = t.UnitsSubmitted, unitsSubmittedKey
			}
		} else if !t.Period.Recurs {
			for _, u := range rows {
				problems = append(problems, fmt.Sprintf("%s: 任务 %s 的期限“%s”不是周期性的，此行所报的 %s 一次无法对应（数据改过？）", u.Where, id, t.Period.Written(), cnDate(*u.Occurrence)))
			}
			continue
		}
		// Earlier occurrences first: reported lists them in order.
		slices.SortStableFunc(rows, func(a, b Update) int { return a.Occurrence.Compare(*b.Occurrence) })
		reported := slices.Clone(met)
		var pending []Update // what the rows say of the task as a whole
		for _, u := range rows {
			i := slices.IndexFunc(dues, func(p period.Period) bool { return p.End.Equal(period.Day(*u.Occurrence)) })
			if i < 0 {
				problems = append(problems, fmt.Sprintf("%s: 任务 %s 的%s中没有 %s 这一次（数据改过？），此行无法对应", u.Where, id, what, cnDate(*u.Occurrence)))
				continue
			}
			task := u
			task.Occurrence, task.Status, task.DoneOn = nil, nil, nil
			finished := u.Status != nil && u.Status.Finished()
			switch {
			case finished && u.DoneOn == nil && i < len(reported):
				// Already recorded: the row repeats it.
			case finished && u.DoneOn == nil:
				where := cmp(u.DoneCell, u.StatusCell)
				problems = append(problems, fmt.Sprintf("%s: 状态为“%s”的 %s 一次须填写完成日期（报送日期）", where, *u.Status, cnDate(*u.Occurrence)))
				continue
			case finished && i < len(reported):
				reported[i] = *u.DoneOn
			case finished && i == len(reported):
				reported = append(reported, *u.DoneOn)
			case finished:
				problems = append(problems, fmt.Sprintf("%s: %s 一次报为已完成，但此前的 %s 一次尚未记为完成；各次按次序记入 reported，请一并填写前面各次的完成情况",
					cmp(u.StatusCell, u.Where), cnDate(*u.Occurrence), cnDate(dues[len(reported)].End)))
				continue
			case u.DoneOn != nil:
				problems = append(problems, fmt.Sprintf("%s: 填了完成日期，但状态是“%s”；此次已完成的请把状态改为 已完成", u.DoneCell, deref(u.Status)))
				continue
			case u.Status != nil && i < len(reported):
				problems = append(problems, fmt.Sprintf("%s: %s 一次已记为 %s 完成，此行的状态“%s”与之不符；如需撤销，请直接修改数据文件中任务 %s 的 %s",
					cmp(u.StatusCell, u.Where), cnDate(*u.Occurrence), cnDate(reported[i]), *u.Status, id, key))
				continue
			case k.report:
				// A report's 推进中 says nothing of the task's own work:
				// the reporting rule leaves the task's status to its rows.
			default:
				// 推进中 (or 未启动) of the occurrence is the task's.
				task.Status = u.Status
			}
			if finished && !k.report && (t.Status == "" || t.Status == model.NotStarted) {
				s := model.InProgress
				task.Status = &s
			}
			if task.Status != nil || task.Notes != nil {
				pending = append(pending, task)
			}
		}
		done := !k.report && len(reported) == len(dues) && len(met) < len(dues)
		if done {
			// The last occurrence of a finite series met: the task is
			// done, on the day of its last report.
			u := rows[len(rows)-1]
			st, last := model.Done, reported[len(reported)-1]
			for i := range pending {
				pending[i].Status = nil
			}
			pending = append(pending, Update{TaskID: id, Where: u.Where, Status: &st, DoneOn: &last,
				StatusCell: u.StatusCell, DoneCell: u.DoneCell, By: u.By, On: u.On})
		}
		rest = append(rest, pending...)
		if slices.EqualFunc(reported, met, func(a, b time.Time) bool { return a.Equal(b) }) {
			continue
		}
		u := rows[0]
		ch, err := yt.setReported(m, key, met, reported)
		if errors.Is(err, ErrFlow) {
			err = errors.New("在数据文件中使用了流式写法 {…}，无法就地修改；请改为逐行书写的写法")
		}
		if err != nil {
			problems = append(problems, fmt.Sprintf("%s: 任务 %s：%v", u.Where, id, err))
			continue
		}
		ch.TaskID, ch.Where, ch.By, ch.On = id, cmp(u.DoneCell, u.Where), u.By, u.On
		for _, r := range rows {
			if due, ok := legacy[r.Where]; ok {
				// Said, as the row does not: which report it was taken for.
				ch.Where += "；此表只写任务标识，记作 " + cnDate(due) + " 一次的报送"
				if !done {
					ch.Where += "，任务仍按以后各次到期"
				}
			}
		}
		if done {
			ch.Where += fmt.Sprintf("；%d 次均已完成，任务记为已完成", len(dues))
		}
		changes = append(changes, ch)
	}
	return rest, changes, problems
}

// setReported plans the edit of a task's reported list from old to now:
// a list written as a block gets its new and changed items in place, any
// other is written anew as [2023-03-28, 2023-06-29].
func (yt *Doc) setReported(m *yaml.Node, key string, old, now []time.Time) (Change, error) {
	dates := make([]string, len(now))
	for i, d := range now {
		dates[i] = Date(d)
	}
	text := "[" + strings.Join(dates, ", ") + "]"
	oldText := ""
	if len(old) > 0 {
		od := make([]string, len(old))
		for i, d := range old {
			od[i] = Date(d)
		}
		oldText = "[" + strings.Join(od, ", ") + "]"
	}
	ch := Change{Key: key, Text: text, Old: oldText, OldSet: len(old) > 0}
	v := Value(m, key)
	if v != nil && v.Kind == yaml.SequenceNode && v.Style&yaml.FlowStyle == 0 && len(v.Content) > 0 && len(v.Content) == len(old) && len(now) == len(old)+1 && sameUpTo(old, now) {
		// One more report under a block list: a new "- date" line.
		last := v.Content[len(v.Content)-1]
		end, err := yt.nodeEnd(last, v.Column-1)
		if err != nil {
			return ch, err
		}
		nl := "\n"
		if strings.Contains(string(yt.src), "\r\n") {
			nl = "\r\n"
		}
		line := strings.Repeat(" ", v.Column-1) + "- " + dates[len(dates)-1]
		at := yt.lineEnd(end)
		if at == len(yt.src) {
			ch.Edit = Edit{Start: at, End: at, Text: nl + line}
		} else {
			ch.Edit = Edit{Start: at + 1, End: at + 1, Text: line + nl}
		}
		return ch, nil
	}
	if v != nil && v.Kind == yaml.SequenceNode && v.Style&yaml.FlowStyle != 0 {
		start := yt.offset(v.Line, v.Column)
		ch.Edit = Edit{Start: start, End: yt.contentEnd(start), Text: text}
		return ch, nil
	}
	if v != nil && v.Kind != yaml.SequenceNode {
		return ch, fmt.Errorf("%s 应为日期列表", key)
	}
	if v != nil {
		// A block list whose items changed: the whole list, replaced.
		e, err := yt.DeleteField(m, "任务", key)
		if err != nil {
			return ch, err
		}
		indent := strings.Repeat(" ", m.Content[0].Column-1)
		e.Text = indent + key + ": " + text + "\n"
		ch.Edit = e
		return ch, nil
	}
	e, err := yt.SetField(m, key, text, []string{"reported", "done_on", "status", "deliverable", "units", "lead", "activity", "group", "phase"})
	if err != nil {
		return ch, err
	}
	ch.Edit = e
	return ch, nil
}

func sameUpTo(old, now []time.Time) bool {
	for i := range old {
		if !old[i].Equal(now[i]) {
			return false
		}
	}
	return true
}

// sameReported reports whether a reported list node holds the dates of a
// flow list text, for Verify.
func sameReported(v *yaml.Node, text string) bool {
	var want []string
	if err := yaml.Unmarshal([]byte(text), &want); err != nil || v == nil || v.Kind != yaml.SequenceNode || len(v.Content) != len(want) {
		return false
	}
	for i, n := range v.Content {
		if n.Value != want[i] {
			return false
		}
	}
	return true
}

func cnDate(t time.Time) string {
	return fmt.Sprintf("%d年%d月%d日", t.Year(), int(t.Month()), t.Day())
}

func cmp(a, b string) string {
	if a != "" {
		return a
	}
	return b
}
