package build

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"gongwen/internal/cn"
	"gongwen/internal/docdata"
	"gongwen/internal/docx"
	"gongwen/internal/funcs"
	"gongwen/internal/gbt9704"
	"gongwen/internal/model"
	"gongwen/internal/opc"
	"gongwen/internal/spell"
	"gongwen/templates"
)

// Plan turns the manifest's outputs into jobs for campaign c as of date.
// Templates are parsed once each here, so a bad template fails the plan
// before anything renders, and every job of a kind shares one compiled
// template.
//
// Planning computes every document's view, which for a big campaign takes
// seconds; it stops with ctx's error between one document and the next, so
// that a server gives the request's slot back soon after the client left.
//
// A template is compiled, in the background, as soon as a document is
// known to need it with its page setup, while the next documents' views
// are computed: compiling is most of planning's time. The first problem in
// the manifest's order is the one reported, as if each document waited
// for its template.
func Plan(ctx context.Context, m *Manifest, c *model.Campaign, date time.Time) ([]Job, error) {
	p, err := newPlanner(m, c, date)
	if err != nil {
		return nil, err
	}
	p.ctx = ctx
	p.async = true
	defer p.wait()
	var (
		jobs    []Job
		pending []pendingJob
	)
	// firstTemplateError is the error of the earliest job, in order,
	// whose template failed: it comes before anything planned after it.
	firstTemplateError := func() error {
		p.wait()
		for _, pj := range pending {
			if _, err := pj.c.result(); err != nil {
				return fmt.Errorf("%s 第 %d 行（%s）：%w", m.Name, pj.e.Line, pj.e.Kind, err)
			}
		}
		return nil
	}
	for _, e := range m.Outputs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		js, pjs, err := p.entry(e)
		if err != nil {
			if ctxErr := ctx.Err(); ctxErr != nil && errors.Is(err, ctxErr) {
				return nil, err
			}
			if terr := firstTemplateError(); terr != nil {
				return nil, terr
			}
			return nil, fmt.Errorf("%s 第 %d 行（%s）：%w", m.Name, e.Line, e.Kind, err)
		}
		for _, pj := range pjs {
			pj.i += len(jobs)
			pending = append(pending, pj)
		}
		jobs = append(jobs, js...)
	}
	if err := firstTemplateError(); err != nil {
		return nil, err
	}
	light := len(c.Tasks) < heavyTasks
	for i := range jobs {
		jobs[i].light = light
	}
	for _, pj := range pending {
		jobs[pj.i].NotShown = pj.notShown(pj.c.paths)
		jobs[pj.i].Warnings = pj.c.notes
		if !pj.c.asBuiltin {
			jobs[pj.i].Notes = append(jobs[pj.i].Notes, untightNote(jobs[pj.i].untightened)...)
		}
	}
	return jobs, nil
}

// heavyTasks is the number of tasks from which a campaign's workbooks
// render one at a time (queue): below it, two side by side add a few MB.
const heavyTasks = 1000

// pendingJob is a Word job planned before its template has compiled:
// what it does not show is known once the template is.
type pendingJob struct {
	i        int // the job's index
	e        Entry
	c        *compiled
	notShown func(paths []string) []string
}

func newPlanner(m *Manifest, c *model.Campaign, date time.Time) (*planner, error) {
	// Every red-header document gets its 发文字号 from the register
	// (model.AssignDocNos); the caller records what was added.
	if m.Draft {
		c.DraftDocNos()
	}
	c.AssignDocNos(date)
	fo := funcs.Options{Date: date}
	if m.Holidays != "" {
		cal, err := cn.LoadCalendar(m.Path(m.Holidays))
		if err != nil {
			return nil, fmt.Errorf("%s：节假日文件：%w", m.Name, err)
		}
		fo.Holidays = cal
	}
	p := &planner{ctx: context.Background(), m: m, c: c, date: date, cache: map[string]*compiled{},
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
	k, ok := docdata.ForData(d.Kind)
	if !ok {
		return Job{}, fmt.Errorf("文件 %s：文种“%s”不能单独生成", id, d.Kind)
	}
	p, err := newPlanner(m, c, date)
	if err != nil {
		return Job{}, err
	}
	doc, err := k.Document(p.env(), d)
	if err != nil {
		return Job{}, fmt.Errorf("文件 %s：%w", id, err)
	}
	j, tc := p.docxJob(Entry{Template: custom}, k, doc)
	if _, err := tc.result(); err != nil {
		return Job{}, err
	}
	j.NotShown = k.NotShown(doc.View, tc.paths)
	j.Warnings = tc.notes
	if !tc.asBuiltin {
		j.Notes = append(j.Notes, untightNote(j.untightened)...)
	}
	return j, nil
}

type planner struct {
	ctx   context.Context // Plan's: checked between documents
	m     *Manifest
	c     *model.Campaign
	date  time.Time
	fmap  map[string]any
	mu    sync.Mutex
	cache map[string]*compiled // by template path
	cal   *cn.Calendar         // working days: the manifest's holidays or the built-in ones
	// async compiles templates in the background, at most GOMAXPROCS at
	// once (sem), each a goroutine of compiling (wg).
	async bool
	sem   chan struct{}
	wg    sync.WaitGroup
}

// wait waits for the templates compiling in the background.
func (p *planner) wait() { p.wg.Wait() }

func (p *planner) env() *docdata.Env {
	return &docdata.Env{Campaign: p.c, Date: p.date, Calendar: p.cal, Options: docdata.Options{NoLetters: !p.sendsLetters()}}
}

// sendsLetters reports whether the manifest builds the 督办通知: the
// 督办情况汇总 says they were sent only then.
func (p *planner) sendsLetters() bool {
	if p.m == nil {
		return true
	}
	for _, e := range p.m.Outputs {
		if e.Kind == docdata.Supervision.Name {
			return true
		}
	}
	return false
}

// entry plans the jobs of one manifest entry. Its Word jobs' templates
// compile in the background: pending says which, to wait for.
func (p *planner) entry(e Entry) (jobs []Job, pending []pendingJob, err error) {
	k, ok := docdata.Lookup(e.Kind)
	if !ok || k.Name != e.Kind {
		jobs, err := p.workbook(e)
		return jobs, nil, err
	}
	docs, err := k.Plan(p.env(), e.Only)
	if err != nil {
		return nil, nil, err
	}
	for _, d := range docs {
		if err := p.ctx.Err(); err != nil {
			return nil, nil, err
		}
		j, c := p.docxJob(e, k, d)
		// The documents that hold the responsibility table.
		j.first = k == docdata.Division || k == docdata.IssueNotice
		v := d.View
		pending = append(pending, pendingJob{i: len(jobs), e: e, c: c,
			notShown: func(paths []string) []string { return k.NotShown(v, paths) }})
		jobs = append(jobs, j)
		for _, s := range d.Sheets {
			jobs = append(jobs, Job{Kind: s.Kind, Title: s.Title, Ext: ".xlsx",
				Render: func(ctx context.Context, w io.Writer) error { return s.Write(w) }})
		}
	}
	return jobs, pending, nil
}

// docxJob is the job of document d, whose template c may still be
// compiling: its Render is only to be called, and its NotShown set, once c
// has (Plan waits for that).
func (p *planner) docxJob(e Entry, k *docdata.Kind, d docdata.Doc) (Job, *compiled) {
	page := plainPage
	switch {
	case docdata.OwnColophonPage(d.View):
		page = colophonPage
	case docdata.InLetterFormat(d.View):
		page = letterPage
	}
	c := p.template(e.Template, k.Template, page)
	v := d.View
	// The page rules below measure the rendered document part and
	// rewrite it before it is zipped (docx.ExecOptions.Finish).
	var finish []func([]byte) ([]byte, error)
	// A built-in notice whose closing would stand alone on page 2 gets a
	// tighter page 1 (GB/T 9704 7.3.5); a user's template lays out its
	// own first page, which the estimate does not know — unless it is a
	// built-in's copy, re-saved or with its fixed words edited (the same
	// actions in the same order, compiled.asBuiltin), laid out as the
	// built-in is: a re-saved 印发通知 left its 署名 alone on page 2.
	if pitch := docdata.FirstPagePitch(v); pitch > 0 {
		finish = append(finish, func(doc []byte) ([]byte, error) {
			if e.Template != "" && !c.asBuiltin {
				return doc, nil
			}
			return gbt9704.FitClosingDocument(doc, pitch, c.titles...)
		})
	}
	// The 版记 was set on an even page of its own; when the body is
	// estimated to end on an even page with room under it, it goes back to
	// the foot of that page (gbt9704.PlaceColophon).
	if page == colophonPage {
		finish = append(finish, func(doc []byte) ([]byte, error) {
			out, _ := c.colophon.Place(doc)
			return out, nil
		})
	}
	render := func(ctx context.Context, w io.Writer) error {
		opts := docx.ExecOptions{Context: ctx}
		if len(finish) > 0 {
			opts.Finish = func(doc []byte) ([]byte, error) {
				for _, f := range finish {
					var err error
					if doc, err = f(doc); err != nil {
						return nil, err
					}
				}
				return doc, nil
			}
		}
		return c.t.Execute(w, v, opts)
	}
	j := Job{Kind: k.Label, Title: d.Title, Ext: ".docx", Unfilled: d.Unfilled, Omitted: d.Omitted,
		Notes: d.Notes, BuildNotes: d.BuildNotes, Render: render}
	if docdata.FirstPagePitch(v) > 0 && e.Template != "" {
		j.untightened = e.Template
	}
	return j, c
}

// compiled is a template compiled once per plan, however many documents
// use it and whoever asks first.
type compiled struct {
	done  chan struct{} // closed when t, paths and err are set
	t     *docx.Template
	paths []string // t.Paths(): what NotShown of each of its documents reads
	err   error
	// colophon is the template's styles for placing the 版记, read once
	// (colophonPage only).
	colophon *gbt9704.ColophonStyles
	notes    []string // what preparing it for the data could not do (docdata.PrepareDivision)
	// asBuiltin: a user's template with the built-in's actions, in order
	// (sameActions) — its pages are laid out as the built-in's.
	asBuiltin bool
	titles    []string // the ids of its title's style (gbt9704.TitleStyleIDs)
}

// result waits for the template.
func (c *compiled) result() (*docx.Template, error) {
	<-c.done
	return c.t, c.err
}

// pageSetup is how a template is prepared for the page rules of GB/T 9704
// its document needs.
type pageSetup int

const (
	plainPage    pageSetup = iota
	colophonPage           // the 版记 on an even page of its own (docdata.PageRules)
	letterPage             // the 信函格式's first page (docdata.LetterPage)
)

// template returns the template, compiled or (p.async) compiling: the
// entry's own file when it names one, else the built-in one, prepared for
// page. Only the setups documents ask for are compiled.
func (p *planner) template(custom, builtin string, page pageSetup) *compiled {
	key := builtin
	if custom != "" {
		key = p.m.Path(custom)
	}
	cacheKey := fmt.Sprintf("%s\x00%d", key, page)
	p.mu.Lock()
	c, ok := p.cache[cacheKey]
	if !ok {
		c = &compiled{done: make(chan struct{})}
		p.cache[cacheKey] = c
	}
	p.mu.Unlock()
	if ok {
		return c
	}
	run := func() {
		defer close(c.done)
		c.t, c.colophon, c.err = p.compile(c, key, custom != "", builtin, page)
		if c.err == nil {
			c.paths = c.t.Paths()
		}
	}
	if !p.async {
		run()
		return c
	}
	if p.sem == nil {
		p.sem = make(chan struct{}, runtime.GOMAXPROCS(0))
	}
	p.wg.Add(1)
	go func() {
		defer p.wg.Done()
		p.sem <- struct{}{}
		defer func() { <-p.sem }()
		run()
	}()
	return c
}

func (p *planner) compile(c *compiled, key string, custom bool, builtin string, page pageSetup) (*docx.Template, *gbt9704.ColophonStyles, error) {
	var src []byte
	var err error
	if custom {
		src, err = os.ReadFile(key)
	} else {
		src, err = templates.Read(builtin)
	}
	if err != nil {
		return nil, nil, fmt.Errorf("读取模板 %s：%w", key, err)
	}
	if custom {
		if b, err := templates.Read(builtin); err == nil {
			c.asBuiltin = sameActions(src, b)
		}
	}
	// Styles cannot hold template actions, so the office's fonts and red
	// are put into the template's styles, theme and text before parsing —
	// of the built-ins only, unless profile.restyle asks: a user's own
	// template keeps the fonts and colours the user gave it.
	if !custom || p.c.Profile.Restyle {
		if src, err = docdata.Restyle(src, p.c); err != nil {
			return nil, nil, fmt.Errorf("模板 %s 套用字体和颜色：%w", key, err)
		}
	}
	// The responsibility tables' columns sized from the data, and the
	// 责任分工 document's pages or a notice's attachment turned when the
	// data asks (division.orientation: 横向) — in a user's template too:
	// these are the data's choices, as the columns are, not the template's
	// looks. What the template does not let be done is said, naming it.
	landscape := builtin == docdata.Division.Template && docdata.Landscape(p.c)
	var notes []string
	if src, notes, err = docdata.PrepareDivision(src, p.c, landscape); err != nil {
		return nil, nil, fmt.Errorf("模板 %s 设置责任分工表列宽：%w", key, err)
	}
	for _, n := range notes {
		c.notes = append(c.notes, "模板 "+key+"："+n)
	}
	switch page {
	case colophonPage:
		if src, err = docdata.PageRules(src); err != nil {
			return nil, nil, fmt.Errorf("模板 %s 设置版记页：%w", key, err)
		}
	case letterPage:
		if src, err = docdata.LetterPage(src, p.c); err != nil {
			return nil, nil, fmt.Errorf("模板 %s 设置信函格式首页：%w", key, err)
		}
	}
	pkg, err := opc.Open(bytes.NewReader(src), int64(len(src)), opc.DefaultLimits)
	if err != nil {
		return nil, nil, fmt.Errorf("打开模板 %s：%w", key, err)
	}
	t, err := docx.Parse(filepath.Base(key), pkg, docx.Options{Funcs: p.fmap, HoldPhones: true})
	if err != nil {
		return nil, nil, err
	}
	var cs *gbt9704.ColophonStyles
	if page == colophonPage {
		cs = gbt9704.ColophonStylesOf(pkg)
	}
	c.titles = gbt9704.TitleStyleIDs(pkg)
	return t, cs, nil
}

// sameActions reports whether two templates' documents hold the same
// actions in the same order, as the parser reads them (docx.Actions): a
// built-in template exported, re-saved by Word, WPS or LibreOffice, its
// fixed words edited, is still laid out as the built-in.
func sameActions(a, b []byte) bool {
	read := func(t []byte) []string {
		pkg, err := opc.Open(bytes.NewReader(t), int64(len(t)), opc.DefaultLimits)
		if err != nil {
			return nil
		}
		doc, err := pkg.Read("word/document.xml")
		if err != nil {
			return nil
		}
		return docx.Actions(doc)
	}
	x := read(a)
	return len(x) > 0 && slices.Equal(x, read(b))
}

// untightNote says, for a notice built with a user's template not laid out
// as the built-in (tpl, "" for none), that its page 1 was not tightened
// though the built-in layout needs it for the 署名 (GB/T 9704 7.3.5).
func untightNote(tpl string) []string {
	if tpl == "" {
		return nil
	}
	return []string{"按内置版式估计，第1页需调紧行距才放得下署名和成文日期；模板 " + tpl +
		" 的标签与内置模板不同（不是内置模板另存或只改了文字的副本），版面无法估计，未调整。请用 gongwen lint --pages 核对署名是否单独排到了第2页"}
}
