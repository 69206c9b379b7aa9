package build

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"gongwen/internal/cn"
	"gongwen/internal/docdata"
	"gongwen/internal/docx"
	"gongwen/internal/funcs"
	"gongwen/internal/model"
	"gongwen/internal/opc"
	"gongwen/internal/spell"
	"gongwen/internal/xlsx"
	"gongwen/templates"
)

// Plan turns the manifest's outputs into jobs for campaign c as of date.
// Templates are parsed once each here, so a bad template fails the plan
// before anything renders, and every job of a kind shares one compiled
// template.
func Plan(m *Manifest, c *model.Campaign, date time.Time) ([]Job, error) {
	p, err := newPlanner(m, c, date)
	if err != nil {
		return nil, err
	}
	var jobs []Job
	for _, e := range m.Outputs {
		js, err := p.entry(e)
		if err != nil {
			return nil, fmt.Errorf("%s 第 %d 行（%s）：%w", m.Name, e.Line, e.Kind, err)
		}
		jobs = append(jobs, js...)
	}
	return jobs, nil
}

func newPlanner(m *Manifest, c *model.Campaign, date time.Time) (*planner, error) {
	fo := funcs.Options{Date: date}
	if m.Holidays != "" {
		cal, err := cn.LoadCalendar(m.Path(m.Holidays))
		if err != nil {
			return nil, fmt.Errorf("%s：节假日文件：%w", m.Name, err)
		}
		fo.Holidays = cal
	}
	p := &planner{m: m, c: c, date: date, cache: map[string]*docx.Template{},
		fmap: funcs.Map(fo), cal: fo.Holidays}
	if p.cal == nil {
		p.cal = cn.DefaultCalendar()
	}
	return p, nil
}

// Document plans the one document of the campaign's data whose id is id,
// as build would make it: the view of its kind, and the built-in template
// of its kind or, when custom names one, that template file.
func Document(m *Manifest, c *model.Campaign, date time.Time, id, custom string) (Job, error) {
	d := c.DocumentByID(id)
	if d == nil {
		ids := make([]string, len(c.Documents))
		for i, d := range c.Documents {
			ids[i] = d.ID
		}
		hint := ""
		if near, ok := spell.Nearest(id, ids, 2); ok {
			hint = fmt.Sprintf("，您是不是要写“%s”？", near)
		}
		return Job{}, fmt.Errorf("数据中没有 id 为“%s”的文件%s（可选：%s）", id, hint, strings.Join(ids, "、"))
	}
	// Meeting paperwork takes the views of the meetings' entries.
	for kind, name := range map[model.DocumentKind]string{model.MeetingNotice: "meeting-notice", model.Minutes: "minutes"} {
		if d.Kind != kind {
			continue
		}
		mm := *m
		mm.Outputs = []Entry{{Kind: name, Template: custom, Only: []string{id}}}
		jobs, err := Plan(&mm, c, date)
		if err != nil {
			return Job{}, err
		}
		// A meeting notice comes with its reply slip (.xlsx); the
		// document asked for is the Word one.
		for _, j := range jobs {
			if j.Ext == ".docx" {
				return j, nil
			}
		}
		return Job{}, fmt.Errorf("文件“%s”（%s）没有对应的会议", id, d.Kind)
	}
	p, err := newPlanner(m, c, date)
	if err != nil {
		return Job{}, err
	}
	v, err := docdata.For(d.Kind, c, d, date, docdata.Options{})
	if err != nil {
		return Job{}, fmt.Errorf("文件 %s：%w", id, err)
	}
	return p.docxJob(Entry{Template: custom}, d.Kind, v)
}

type planner struct {
	m     *Manifest
	c     *model.Campaign
	date  time.Time
	fmap  map[string]any
	mu    sync.Mutex
	cache map[string]*docx.Template
	cal   *cn.Calendar // working days: the manifest's holidays or the built-in ones
}

// docs returns the campaign's documents of kind, restricted to only.
func (p *planner) docs(kind model.DocumentKind, only []string) []*model.Document {
	var out []*model.Document
	for i := range p.c.Documents {
		d := &p.c.Documents[i]
		if d.Kind == kind && (len(only) == 0 || slices.Contains(only, d.ID)) {
			out = append(out, d)
		}
	}
	return out
}

func (p *planner) entry(e Entry) ([]Job, error) {
	opts := docdata.Options{}
	switch e.Kind {
	case "notice", "issue-notice", "speech", "report":
		kind := map[string]model.DocumentKind{"notice": model.Notice, "issue-notice": model.IssueNotice,
			"speech": model.Speech, "report": model.Report}[e.Kind]
		var jobs []Job
		for _, d := range p.docs(kind, e.Only) {
			v, err := docdata.For(kind, p.c, d, p.date, opts)
			if err != nil {
				return nil, fmt.Errorf("文件 %s：%w", d.ID, err)
			}
			j, err := p.docxJob(e, kind, v)
			if err != nil {
				return nil, err
			}
			jobs = append(jobs, j)
		}
		return jobs, nil
	case "plan":
		return p.one(e, model.Plan, docdata.ForPlan(p.c, p.date, opts))
	case "division":
		docs := p.docs(model.Division, e.Only)
		if len(docs) == 0 {
			return p.one(e, model.Division, docdata.ForDivision(p.c, p.date))
		}
		var jobs []Job
		for _, d := range docs {
			v, err := docdata.For(model.Division, p.c, d, p.date, opts)
			if err != nil {
				return nil, fmt.Errorf("文件 %s：%w", d.ID, err)
			}
			j, err := p.docxJob(e, model.Division, v)
			if err != nil {
				return nil, err
			}
			jobs = append(jobs, j)
		}
		return jobs, nil
	case "briefing":
		var jobs []Job
		for i := range p.c.Briefings.Issues {
			b := &p.c.Briefings.Issues[i]
			if b.Date.After(p.date) {
				continue // not yet published as of the build date
			}
			j, err := p.docxJob(e, model.BriefingDoc, docdata.ForBriefing(p.c, b))
			if err != nil {
				return nil, err
			}
			jobs = append(jobs, j)
		}
		return jobs, nil
	case "summary":
		var jobs []Job
		for _, s := range p.summaries(e.Only) {
			j, err := p.docxJob(e, model.Summary, docdata.ForSummary(p.c, s.doc, s.span, p.date, opts))
			if err != nil {
				return nil, err
			}
			jobs = append(jobs, j)
		}
		return jobs, nil
	case "division-table", "matrix", "schedule", "weekly":
		return p.workbook(e)
	case "meeting-notice", "minutes", "signin", "supervision", "supervision-summary":
		return p.meetingJobs(e) // meetings.go
	}
	return nil, fmt.Errorf("未知的文种“%s”", e.Kind)
}

func (p *planner) one(e Entry, kind model.DocumentKind, v *docdata.View) ([]Job, error) {
	j, err := p.docxJob(e, kind, v)
	if err != nil {
		return nil, err
	}
	return []Job{j}, nil
}

type summary struct {
	doc  *model.Document
	span docdata.Span
}

// summaries lists the summaries due by the build date: one for each month,
// quarter and half of the campaign year that has ended since the work
// began, and the documents of kind 总结 in the data once they are due.
func (p *planner) summaries(only []string) []summary {
	var out []summary
	if len(only) == 0 {
		y := p.c.Year
		first := p.firstMonth()
		ended := func(s docdata.Span) bool { return s.End.Before(p.date) }
		for m := first; m <= 12; m++ {
			if s := docdata.MonthSpan(y, m); ended(s) {
				out = append(out, summary{span: s})
			}
		}
		for q := 1; q <= 4; q++ {
			if s := docdata.QuarterSpan(y, q); ended(s) && s.End.Month() >= time.Month(first) {
				out = append(out, summary{span: s})
			}
		}
		for h := 1; h <= 2; h++ {
			if s := docdata.HalfSpan(y, h); ended(s) {
				out = append(out, summary{span: s})
			}
		}
	}
	year := docdata.YearSpan(p.c.Year)
	for _, d := range p.docs(model.Summary, only) {
		// A summary in the data is due on its 成文日期, or, undated, when
		// the year is over; --only asks for it whatever the date.
		due := (d.Date != nil && !d.Date.After(p.date)) || (d.Date == nil && year.End.Before(p.date))
		if due || len(only) > 0 {
			out = append(out, summary{doc: d, span: year})
		}
	}
	return out
}

// firstMonth is the month the campaign's first phase starts in: tasks that
// run 全年 start in January, but nothing is summarised before the work begins.
func (p *planner) firstMonth() int {
	first := 13
	for _, ph := range p.c.Phases {
		if s := ph.Period.Start; !s.IsZero() && s.Year() == p.c.Year {
			first = min(first, int(s.Month()))
		}
	}
	if first == 13 {
		return 1
	}
	return first
}

func (p *planner) docxJob(e Entry, kind model.DocumentKind, v *docdata.View) (Job, error) {
	name, err := docdata.Template(kind)
	if err != nil {
		return Job{}, err
	}
	t, err := p.template(e.Template, name)
	if err != nil {
		return Job{}, err
	}
	title := v.Title
	if title == "" {
		title = string(kind)
	}
	return Job{Kind: string(kind), Title: title, Ext: ".docx", Unfilled: v.Placeholders, Omitted: v.Omitted,
		Render: func(ctx context.Context, w io.Writer) error {
			return t.Execute(w, v, docx.ExecOptions{Context: ctx})
		}}, nil
}

// template returns the compiled template: the entry's own file when it
// names one, else the built-in one.
func (p *planner) template(custom, builtin string) (*docx.Template, error) {
	key := builtin
	if custom != "" {
		key = p.m.Path(custom)
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if t, ok := p.cache[key]; ok {
		return t, nil
	}
	var src []byte
	var err error
	if custom != "" {
		src, err = os.ReadFile(key)
	} else {
		src, err = templates.Read(builtin)
	}
	if err != nil {
		return nil, fmt.Errorf("读取模板 %s：%w", key, err)
	}
	// Styles cannot hold template actions, so the office's fonts and red
	// are put into the template's styles, theme and text before parsing.
	if src, err = docdata.Restyle(src, p.c); err != nil {
		return nil, fmt.Errorf("模板 %s 套用字体和颜色：%w", key, err)
	}
	pkg, err := opc.Open(bytes.NewReader(src), int64(len(src)), opc.DefaultLimits)
	if err != nil {
		return nil, fmt.Errorf("打开模板 %s：%w", key, err)
	}
	t, err := docx.Parse(filepath.Base(key), pkg, docx.Options{Funcs: p.fmap})
	if err != nil {
		return nil, err
	}
	p.cache[key] = t
	return t, nil
}

func (p *planner) workbook(e Entry) ([]Job, error) {
	kind := map[string]string{"division-table": xlsx.Division, "matrix": xlsx.Matrix,
		"schedule": xlsx.Schedule, "weekly": xlsx.Weekly}[e.Kind]
	for _, b := range xlsx.Workbooks() {
		if b.Kind != kind {
			continue
		}
		c, date := p.c, p.date
		title := strings.TrimSuffix(b.File, ".xlsx")
		render := func(ctx context.Context, w io.Writer) error { return b.Build(c, date, w) }
		if e.Template != "" {
			// An office's own version of a built-in workbook template
			// (exported with gongwen templates export), run on the data
			// the built-in one receives.
			if b.Template == "" {
				return nil, fmt.Errorf("%s 按数据直接绘制，没有可替换的模板；自定义表格请用 gongwen render", kind)
			}
			src, err := os.ReadFile(p.m.Path(e.Template))
			if err != nil {
				return nil, fmt.Errorf("读取模板：%w", err)
			}
			t, err := xlsx.Parse(filepath.Base(e.Template), src, xlsx.Options{Funcs: p.fmap})
			if err != nil {
				return nil, err
			}
			data := b.Data(c, date)
			render = func(ctx context.Context, w io.Writer) error { return t.Execute(w, data, xlsx.ExecOptions{}) }
		}
		switch kind { // meetings.go
		case xlsx.Weekly:
			render = withDecisions(c, date, render)
		case xlsx.Schedule:
			render = withMeetingPlan(c, p.cal, render)
		}
		return []Job{{Kind: kind, Title: title, Ext: ".xlsx", Render: render}}, nil
	}
	return nil, fmt.Errorf("没有内置工作簿“%s”", kind)
}
