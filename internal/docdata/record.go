package docdata

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"gongwen/internal/cn"
	"gongwen/internal/model"
)

// The paragraphs of a 总结 or 汇报 that say what happened are written from
// the record (model.Record), in the register of a summary: 主要成效 in the
// past from results and progress notes, grouped by category with counts
// and dates; 存在的问题 from overdue and late work with the working days and
// the units; 下一步 from what falls due next, as intentions. The plan's
// sentence (Task.Text) is future tense — 「2月中旬，筹备召开…」 — and appears
// only where a finished task has no record, inside a placeholder the
// drafter must replace: 「（此处补写…）」.

// recordParts are the "done", "overdue" and "next" parts of a summary of
// span as of asOf (span.End already cut to asOf when the span is not over),
// and the placeholders left for finished work without a record.
type recordParts struct {
	done, overdue, next []string
	missing             []string
}

// category is what a summary groups the work under: the special activity
// of a task, else its phase.
type category struct {
	name  string
	tasks []*model.Task
}

func categories(c *model.Campaign, keep func(*model.Task) bool) []category {
	var out []category
	idx := map[string]int{}
	add := func(key, name string, t *model.Task) {
		i, ok := idx[key]
		if !ok {
			i = len(out)
			idx[key] = i
			out = append(out, category{name: name})
		}
		out[i].tasks = append(out[i].tasks, t)
	}
	// Phases first, in their order, then the special activities.
	for _, ph := range c.Phases {
		for i := range c.Tasks {
			t := &c.Tasks[i]
			if t.Activity == "" && t.Phase == ph.ID && keep(t) {
				add("phase:"+ph.ID, ph.Name, t)
			}
		}
	}
	for _, a := range c.Activities {
		name := a.Short
		if name == "" {
			name = a.Name
		}
		for i := range c.Tasks {
			t := &c.Tasks[i]
			if t.Activity == a.ID && keep(t) {
				add("activity:"+a.ID, name, t)
			}
		}
	}
	seen := map[*model.Task]bool{}
	for _, cat := range out {
		for _, t := range cat.tasks {
			seen[t] = true
		}
	}
	// A programme's tasks, under their top category (经济发展方面), in
	// data order; then tasks whose phase, activity or category is not
	// listed (bad data is reported by Check; a summary still says
	// everything).
	for i := range c.Tasks {
		t := &c.Tasks[i]
		if seen[t] || !keep(t) {
			continue
		}
		if path := c.CategoryPath(t); len(path) > 0 {
			add("category:"+path[0].ID, path[0].Name, t)
			seen[t] = true
		}
	}
	for i := range c.Tasks {
		if t := &c.Tasks[i]; !seen[t] && keep(t) {
			add("other", "其他工作", t)
		}
	}
	return out
}

func finishedBy(t *model.Task, asOf time.Time) bool {
	return t.Status.Finished() && t.DoneOn != nil && !t.DoneOn.After(asOf)
}

func within(d time.Time, from, to time.Time) bool { return !d.Before(from) && !d.After(to) }

// notesIn are a record's progress notes dated from from to to.
func notesIn(ns []model.Note, from, to time.Time) []model.Note {
	var out []model.Note
	for _, n := range ns {
		if within(n.Date, from, to) {
			out = append(out, n)
		}
	}
	return out
}

// monthDay is 3月12日: the year of a summary goes without saying.
func monthDay(t time.Time) string { return fmt.Sprintf("%d月%d日", int(t.Month()), t.Day()) }

// noteText is a progress note as a summary tells it: 「5月31日，省发改委报告，
// 完成第一轮重点项目督查，印发督查通报」 (no end mark).
func noteText(c *model.Campaign, n model.Note) string {
	s := monthDay(n.Date) + "，"
	// A unit reports; the office's own groups are the office writing.
	if n.Unit != "" && c.GroupByID(n.Unit) == nil {
		s += ownerShort(c, n.Unit) + "报告，"
	}
	return s + clause(n.Text)
}

// ownerShort is a unit's short name or an office group's name.
func ownerShort(c *model.Campaign, id string) string {
	if u := c.UnitByID(id); u != nil {
		return c.UnitShorts([]string{id})[0]
	}
	return c.OwnerName(id)
}

// figureText is 集中宣讲1260场, 印发辅导材料5万册.
func figureText(f model.Figure) string {
	return f.Label + formatValue(f.Value) + f.Measure
}

func formatValue(v float64) string {
	if v >= 10000 && v == float64(int64(v)) && int64(v)%100 == 0 {
		return strconv.FormatFloat(v/10000, 'f', -1, 64) + "万"
	}
	return strconv.FormatFloat(v, 'f', -1, 64)
}

// resultText is a finished task's result with its figures (those the
// result does not already tell), no end mark.
func resultText(r model.Record) string {
	s := clause(r.Result)
	var figs []string
	for _, f := range r.Figures {
		if f.Label != "" && !strings.Contains(s, formatValue(f.Value)+f.Measure) {
			figs = append(figs, figureText(f))
		}
	}
	if len(figs) > 0 {
		if s != "" {
			s += "，"
		}
		s += strings.Join(figs, "，")
	}
	return s
}

// missingRecord is the placeholder for finished work nothing records: the
// plan's sentence quoted for the drafter, never presented as a result.
func missingRecord(t *model.Task) string {
	s := "（此处补写“" + taskName(t) + "”的完成情况，" + monthDay(*t.DoneOn) + "完成"
	if t.Text != "" {
		s += "；方案原文：" + clause(t.Text)
	}
	return s + "。）"
}

func taskName(t *model.Task) string {
	if t.Title != "" {
		return t.Title
	}
	return clause(t.Text)
}

// owners names who answers for a task: its lead units, else its office
// group.
func owners(c *model.Campaign, t *model.Task) string {
	if ids := c.TaskLead(t); len(ids) > 0 {
		return strings.Join(c.UnitShorts(ids), "、") + "牵头"
	}
	if t.Group != "" {
		return c.OwnerName(t.Group) + "负责"
	}
	return ""
}

// workdaysLate counts the working days after due up to asOf; without a
// holiday calendar for the year it counts calendar days and says so.
func workdaysLate(due, asOf time.Time) string {
	n, err := cn.DefaultCalendar().Workdays(due.AddDate(0, 0, 1), asOf)
	if err != nil {
		return fmt.Sprintf("%d天", int(asOf.Sub(due).Hours()/24))
	}
	return fmt.Sprintf("%d个工作日", n)
}

// writeRecord writes the record parts of a summary of span as of asOf; the
// next stretch runs to nextEnd.
func writeRecord(c *model.Campaign, span Span, asOf, nextEnd time.Time) recordParts {
	var p recordParts
	from := span.Start

	// 主要成效: by category, the work finished in the span (its result
	// and figures) and the progress noted on the work still under way.
	cats := categories(c, func(t *model.Task) bool {
		if finishedBy(t, asOf) && within(*t.DoneOn, from, asOf) {
			return true
		}
		return len(notesIn(t.Record.Progress, from, asOf)) > 0
	})
	for _, cat := range cats {
		var results, going []string
		var first, last time.Time
		n := 0
		for _, t := range cat.tasks {
			if finishedBy(t, asOf) && within(*t.DoneOn, from, asOf) {
				n++
				if first.IsZero() || t.DoneOn.Before(first) {
					first = *t.DoneOn
				}
				if t.DoneOn.After(last) {
					last = *t.DoneOn
				}
				switch r := resultText(t.Record); {
				case clause(t.Record.Result) != "":
					results = append(results, r+"。")
				case len(t.Record.Progress) > 0:
					var ns []string
					for _, note := range notesIn(t.Record.Progress, time.Time{}, asOf) {
						ns = append(ns, noteText(c, note))
					}
					results = append(results, taskName(t)+"："+strings.Join(ns, "；")+"，"+monthDay(*t.DoneOn)+"完成。")
				default:
					ph := missingRecord(t)
					results = append(results, ph)
					p.missing = append(p.missing, ph)
				}
				continue
			}
			var ns []string
			for _, note := range notesIn(t.Record.Progress, from, asOf) {
				ns = append(ns, noteText(c, note))
			}
			going = append(going, taskName(t)+"："+strings.Join(ns, "；")+"。")
		}
		var para strings.Builder
		para.WriteString(cat.name + "方面，")
		switch {
		case n == 0:
		case first.Equal(last):
			fmt.Fprintf(&para, "%s完成工作任务%d项。", monthDay(first), n)
		default:
			fmt.Fprintf(&para, "%s至%s完成工作任务%d项。", monthDay(first), monthDay(last), n)
		}
		if n > 0 {
			para.WriteString(strings.Join(results, ""))
			p.done = append(p.done, para.String())
			para.Reset()
		}
		if len(going) > 0 {
			if n > 0 {
				fmt.Fprintf(&para, "另有%d项工作正在推进。", len(going))
			} else {
				fmt.Fprintf(&para, "%d项工作正在推进。", len(going))
			}
			para.WriteString(strings.Join(going, ""))
			p.done = append(p.done, para.String())
		}
	}

	// 存在的问题: work overdue as of asOf, with the working days and who
	// answers for it, and the problem recorded; work finished late in
	// the span. Never work not yet due.
	for i := range c.Tasks {
		t := &c.Tasks[i]
		due := t.Period.End
		if due.IsZero() || !due.Before(asOf) {
			continue
		}
		name := taskName(t)
		who := owners(c, t)
		if who != "" {
			who = "（" + who + "）"
		}
		probs := notesIn(t.Record.Problems, time.Time{}, asOf)
		var why []string
		for _, pr := range probs {
			why = append(why, clause(pr.Text))
		}
		// Rescheduled by decision and not yet due again: not chased, the
		// problem that moved it said with the new date.
		moved := t.Rescheduled(asOf)
		if moved != nil && !finishedBy(t, asOf) {
			if !moved.Due.End.Before(asOf) {
				if len(why) > 0 {
					p.overdue = append(p.overdue, fmt.Sprintf("%s%s原定%s前完成，%s，%s调整至%s。",
						name, who, monthDay(due), strings.Join(why, "；"), monthDay(moved.Date), moved.Due.Written()))
				}
				continue
			}
			due = moved.Due.End
		}
		switch {
		case !finishedBy(t, asOf):
			s := fmt.Sprintf("%s%s应于%s前完成，已逾期%s", name, who, monthDay(due), workdaysLate(due, asOf))
			switch {
			case len(why) > 0:
				s += "：" + strings.Join(why, "；") + "。"
			default:
				if last := t.Record.LastNote(asOf); last != nil {
					s += "，目前尚未完成（" + noteText(c, *last) + "）。"
				} else {
					s += "，目前尚未完成。"
				}
			}
			p.overdue = append(p.overdue, s)
		case within(*t.DoneOn, from, asOf) && t.DoneOn.After(due):
			s := fmt.Sprintf("%s%s于%s完成，较计划推迟%s", name, who, monthDay(*t.DoneOn), workdaysLate(due, *t.DoneOn))
			if len(why) > 0 {
				s += "：" + strings.Join(why, "；")
			}
			p.overdue = append(p.overdue, s+"。")
		}
	}

	// 下一步: first the overdue work (抓紧, it is late), then what falls
	// due on the day the figures are taken or by nextEnd, as intentions
	// with their dates: work due today is not late yet.
	// A task rescheduled by then is held to its new period.
	for i := range c.Tasks {
		t := &c.Tasks[i]
		per := t.PeriodAsOf(asOf)
		if per.End.IsZero() || finishedBy(t, asOf) || !per.End.Before(asOf) {
			continue
		}
		p.next = append(p.next, "抓紧"+doing(taskName(t))+"，确保尽快完成。")
	}
	for i := range c.Tasks {
		t := &c.Tasks[i]
		per := t.PeriodAsOf(asOf)
		end := per.End
		if end.IsZero() || finishedBy(t, asOf) || end.Before(asOf) || per.Start.After(nextEnd) {
			continue
		}
		name := taskName(t)
		if t.Rescheduled(asOf) != nil {
			p.next = append(p.next, "按调整后的安排于"+per.Written()+doing(name)+"。")
			continue
		}
		var s string
		// Begun by asOf and not left untouched (the status is today's; a
		// summary of a past day reads the period).
		begun := !t.Period.Start.After(asOf) && t.Status != model.NotStarted
		switch {
		case end.Equal(asOf) && begun:
			s = "继续" + doing(name) + "，按计划于" + monthDay(end) + "完成。"
		case end.Equal(asOf):
			s = doing(name) + "，按计划于" + monthDay(end) + "完成。"
		case begun:
			s = "继续" + doing(name) + "，" + monthDay(end) + "前完成。"
		default:
			s = "按计划于" + t.Period.Written() + doing(name) + "。"
		}
		p.next = append(p.next, s)
	}
	return p
}

// verbs that start a task's name when it says what to do.
var verbs = []string{"制定", "召开", "开展", "组织", "举办", "建设", "编印", "梳理", "总结", "督导", "协调", "跟踪",
	"下发", "落实", "启动", "筹备", "推进", "印发", "建立", "完成", "做好", "抓好", "开设", "在", "向", "分", "对", "报送",
	"召", "形成", "编发", "宣传", "调研", "检查", "修订", "起草", "审定", "部署", "培训", "评选", "表彰", "推广"}

// doing is a task name made an action: the name when it starts with a
// verb, else 做好…工作 (全年活动总结报道 → 做好全年活动总结报道工作).
func doing(name string) string {
	for _, v := range verbs {
		if strings.HasPrefix(name, v) {
			return name
		}
	}
	if strings.HasSuffix(name, "工作") {
		return "做好" + name
	}
	return "做好" + name + "工作"
}

// usedMissing are the placeholders for unrecorded work that made it into
// the body (a section fed "done"), so the build can list them.
//
// Looking each placeholder up in the body is quadratic (a summary of 60 000
// tasks has tens of thousands of them in one paragraph), so the body is
// scanned once instead: every placeholder starts and ends alike, and each
// stretch from such a start to such an end is looked up in a set.
func usedMissing(body []Block, missing []string) []string {
	if len(missing) == 0 {
		return nil
	}
	pre, suf := missing[0], missing[0]
	want := make(map[string]bool, len(missing))
	shortest, longest := len(missing[0]), 0
	for _, m := range missing {
		want[m] = true
		pre = pre[:commonPrefix(pre, m)]
		suf = suf[len(suf)-commonSuffix(suf, m):]
		shortest, longest = min(shortest, len(m)), max(longest, len(m))
	}
	found := map[string]bool{}
	for _, b := range body {
		t := b.Text
		for i := 0; i < len(t); {
			k := strings.Index(t[i:], pre)
			if k < 0 {
				break
			}
			start := i + k
			// Every end within reach: a task's name may itself hold the end.
			for j := start + max(shortest, len(suf)) - len(suf); j <= len(t)-len(suf); {
				e := strings.Index(t[j:], suf)
				if e < 0 {
					break
				}
				end := j + e + len(suf)
				if end-start > longest {
					break
				}
				if s := t[start:end]; want[s] {
					found[s] = true
				}
				j += e + 1
			}
			i = start + max(len(pre), 1)
		}
	}
	var out []string
	for _, m := range missing {
		if found[m] {
			out = append(out, m)
		}
	}
	return out
}

// commonPrefix is the length in bytes of the longest common beginning of a
// and b; commonSuffix of their end.
func commonPrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

func commonSuffix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[len(a)-1-n] == b[len(b)-1-n] {
		n++
	}
	return n
}

// recordArticles writes the articles of a briefing issue the data gives
// none: what the record says happened since the issue before it (or since
// the year began), under the period's theme — a 综述 of the campaign, or
// its news.
func recordArticles(c *model.Campaign, b *model.Briefing) ([]ArticleView, []string) {
	from := time.Date(b.Date.Year(), 1, 1, 0, 0, 0, 0, time.UTC)
	for _, o := range c.Briefings.Issues {
		if o.Date.Before(b.Date) && !o.Date.Before(from) {
			from = o.Date.AddDate(0, 0, 1)
		}
	}
	span := Span{Start: from, End: b.Date}
	rec := writeRecord(c, span, b.Date, b.Date)
	body, missing := rec.done, rec.missing
	short := c.ShortName
	if short != "" {
		short = "“" + short + "”"
	}
	title := "全省" + short + "活动扎实推进"
	if th := c.ThemeAt(b.Date); th != nil && th.Kind == "综述" {
		title = "全省" + short + "活动总体情况综述"
	}
	if len(body) == 0 {
		body = []string{"（此处补写本期简报内容：" + monthDay(from) + "至" + monthDay(b.Date) + "的工作记录中没有完成情况和进展。）"}
		missing = body
	}
	return []ArticleView{{Title: title, Body: body}}, missing
}
