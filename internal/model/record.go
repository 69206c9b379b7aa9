package model

import (
	"fmt"
	"math"
	"time"

	"gongwen/internal/period"
)

// Record is what happened to a task or at a meeting, kept apart from the
// plan's sentence (Task.Text): summaries, the 汇报 and the 简报 say what
// was done from here, in the past tense, and fall back to the plan only
// where nothing was recorded (marked as a placeholder for the drafter).
type Record struct {
	// Result is the sentence that says what was done, in the past and
	// with its date, as a 总结 writes it: 「2月18日召开全省…电视电话动员会，…」.
	Result string `yaml:"result,omitempty" json:"result,omitempty" title:"完成情况" description:"已做了什么，用过去时并写明日期，如：2月18日召开全省电视电话动员会，对活动进行全面动员部署"`
	// Progress are the dated notes units return on the weekly list and
	// in 督办 replies; gongwen import appends them.
	Progress []Note `yaml:"progress,omitempty" json:"progress,omitempty" title:"进展记录" description:"各单位报送的进展情况，每条有日期和单位；gongwen import 从周工作清单和督办事项回复表追加"`
	// Figures are the numbers a summary can quote (宣讲1260场).
	Figures []Figure `yaml:"figures,omitempty" json:"figures,omitempty" title:"数据" description:"可写入总结的数字，如：集中宣讲 1260 场"`
	// Problems met, dated and by unit, for 存在的问题.
	Problems []Note `yaml:"problems,omitempty" json:"problems,omitempty" title:"存在问题" description:"推进中遇到的问题，每条有日期，可注明单位"`
}

// Empty reports whether nothing was recorded.
func (r *Record) Empty() bool {
	return r.Result == "" && len(r.Progress) == 0 && len(r.Figures) == 0 && len(r.Problems) == 0
}

// Note is one dated entry of a record: a progress note or a problem, with
// the unit (or office group) that reported it.
type Note struct {
	Date time.Time `yaml:"date" json:"date" title:"日期" description:"YYYY-MM-DD"`
	Unit string    `yaml:"unit,omitempty" json:"unit,omitempty" title:"单位" description:"报送的单位或工作组 id"`
	Text string    `yaml:"text" json:"text" title:"内容" description:"已做了什么或遇到什么问题，用过去时"`
	// Status is the state of the unit's own part of a task several lead
	// units share, as its returned form reported it: the task is done
	// when every lead unit's part is.
	Status Status `yaml:"status,omitempty" json:"status,omitempty" title:"本单位承担部分的状态" description:"多个牵头单位共同承担的任务，各单位填回的本单位部分的状态；各牵头单位都已完成时任务才记为已完成" enum:"未启动,推进中,已完成,已销号"`
	// DoneOn is the day the unit finished its part, as its form's 完成日期
	// said, when that is not the note's date (the 填报日期): the task
	// closes on the latest of its units' days.
	DoneOn *time.Time `yaml:"done_on,omitempty" json:"done_on,omitempty" title:"本单位完成日期" description:"单位填回的完成日期（与填报日期不同时记），YYYY-MM-DD"`
	// Due, on a progress note, says the task was rescheduled that day
	// (a meeting moved, a deadline put back by decision): from the note's
	// date on, summaries and the 汇报 hold the task to this period, not
	// the plan's.
	Due period.Period `yaml:"due,omitempty" json:"due,omitempty" title:"调整后的时限" description:"这一天经研究调整了任务的完成时限（如会议改期）时填写新的时限，如：7月下旬；此后总结、汇报的“存在的问题”“下一步”按调整后的时限写"`
}

// Rescheduled is the latest progress note on or before asOf that moved
// the task's deadline (Note.Due), or nil.
func (t *Task) Rescheduled(asOf time.Time) *Note {
	var last *Note
	for i := range t.Record.Progress {
		n := &t.Record.Progress[i]
		if !n.Due.End.IsZero() && !n.Date.After(asOf) && (last == nil || !n.Date.Before(last.Date)) {
			last = n
		}
	}
	return last
}

// PeriodAsOf is the task's period as it stands on asOf: the plan's, or the
// one the latest rescheduling note by then set.
func (t *Task) PeriodAsOf(asOf time.Time) period.Period {
	if n := t.Rescheduled(asOf); n != nil {
		return n.Due
	}
	return t.Period
}

// Figure is a number the record holds: what was counted, how many, and
// the measure word (场, 个, 篇).
type Figure struct {
	Label   string  `yaml:"label" json:"label" title:"名称" description:"如：集中宣讲"`
	Value   float64 `yaml:"value" json:"value" title:"数值"`
	Measure string  `yaml:"measure,omitempty" json:"measure,omitempty" title:"单位" description:"量词，如：场、个、篇、人次"`
}

// LastNote is the latest progress note on or before asOf, or nil.
func (r *Record) LastNote(asOf time.Time) *Note {
	var last *Note
	for i := range r.Progress {
		n := &r.Progress[i]
		if !n.Date.After(asOf) && (last == nil || !n.Date.Before(last.Date)) {
			last = n
		}
	}
	return last
}

// record checks a task's or meeting's record: every note has a date in
// the campaign year (or the next, for year-end replies) and a text, its
// unit names a unit or office group, and every figure has a label.
func (k *checker) record(p string, r Record, yearOK bool) {
	notes := func(key string, ns []Note, what string) {
		for i, n := range ns {
			np := fmt.Sprintf("%s.%s[%d]", p, key, i)
			switch {
			case n.Date.IsZero():
				k.add(np+".date", "%s缺少日期 date（YYYY-MM-DD）", what)
			case yearOK && (n.Date.Year() < k.c.Year || n.Date.Year() > k.c.Year+1):
				k.add(np+".date", "%s日期 %s 不在活动年度 %d 年或次年内", what, n.Date.Format(time.DateOnly), k.c.Year)
			}
			k.required(np+".text", n.Text, what+"内容 text")
			if n.Unit != "" {
				k.ref(np+".unit", n.Unit, &k.units, &k.groups)
			}
			if d := n.DoneOn; d != nil {
				switch {
				case key != "progress":
					k.add(np+".done_on", "完成日期 done_on 只能写在进展记录 progress 中")
				case yearOK && (d.Year() < k.c.Year || d.Year() > k.c.Year+1):
					k.add(np+".done_on", "完成日期 %s 不在活动年度 %d 年或次年内", d.Format(time.DateOnly), k.c.Year)
				}
			}
			switch {
			case n.Due.Text == "":
			case key != "progress":
				k.add(np+".due", "调整后的时限 due 只能写在进展记录 progress 中（记下哪一天调整了时限）")
			case !n.Due.Open && n.Due.End.IsZero() && yearOK:
				k.period(np+".due", n.Due, yearOK)
			case !n.Date.IsZero() && !n.Due.End.IsZero() && n.Due.End.Before(n.Date):
				k.add(np+".due", "调整后的时限“%s”早于这条记录的日期 %s", n.Due.Text, n.Date.Format(time.DateOnly))
			}
		}
	}
	notes("progress", r.Progress, "进展记录")
	notes("problems", r.Problems, "问题")
	for i, f := range r.Figures {
		fp := fmt.Sprintf("%s.figures[%d]", p, i)
		k.required(fp+".label", f.Label, "数据名称 label")
		if f.Value < 0 || math.IsNaN(f.Value) || math.IsInf(f.Value, 0) {
			k.add(fp+".value", "数值 %v 应为非负数", f.Value)
		}
	}
}

// Finished is the day a progress note says the unit finished its part:
// its done_on, else its date; nil when the note does not report the part
// finished.
func (n Note) Finished() *time.Time {
	if !n.Status.Finished() {
		return nil
	}
	if n.DoneOn != nil {
		return n.DoneOn
	}
	d := n.Date
	return &d
}
