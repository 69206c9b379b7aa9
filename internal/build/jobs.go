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
func Plan(ctx context.Context, m *Manifest, c *model.Campaign, date time.Time) ([]Job, error) {
	p, err := newPlanner(m, c, date)
	if err != nil {
		return nil, err
	}
	p.ctx = ctx
	p.compileAll(m.Outputs)
	var jobs []Job
	for _, e := range m.Outputs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		js, err := p.entry(e)
		if err != nil {
			if ctxErr := ctx.Err(); ctxErr != nil && errors.Is(err, ctxErr) {
				return nil, err
			}
			return nil, fmt.Errorf("%s 第 %d 行（%s）：%w", m.Name, e.Line, e.Kind, err)
		}
		jobs = append(jobs, js...)
	}
	return jobs, nil
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
	return p.docxJob(Entry{Template: custom}, k, doc)
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
}

func (p *planner) env() *docdata.Env {
	return &docdata.Env{Campaign: p.c, Date: p.date, Calendar: p.cal}
}

func (p *planner) entry(e Entry) ([]Job, error) {
	k, ok := docdata.Lookup(e.Kind)
	if !ok || k.Name != e.Kind {
		return p.workbook(e)
	}
	docs, err := k.Plan(p.env(), e.Only)
	if err != nil {
		return nil, err
	}
	var jobs []Job
	for _, d := range docs {
		if err := p.ctx.Err(); err != nil {
			return nil, err
		}
		j, err := p.docxJob(e, k, d)
		if err != nil {
			return nil, err
		}
		jobs = append(jobs, j)
		for _, s := range d.Sheets {
			jobs = append(jobs, Job{Kind: s.Kind, Title: s.Title, Ext: ".xlsx",
				Render: func(ctx context.Context, w io.Writer) error { return s.Write(w) }})
		}
	}
	return jobs, nil
}

func (p *planner) docxJob(e Entry, k *docdata.Kind, d docdata.Doc) (Job, error) {
	page := plainPage
	switch {
	case docdata.OwnColophonPage(d.View):
		page = colophonPage
	case docdata.InLetterFormat(d.View):
		page = letterPage
	}
	t, err := p.template(e.Template, k.Template, page)
	if err != nil {
		return Job{}, err
	}
	v := d.View
	render := func(ctx context.Context, w io.Writer) error {
		return t.Execute(w, v, docx.ExecOptions{Context: ctx})
	}
	// A built-in notice whose closing would stand alone on page 2 gets a
	// tighter page 1 (GB/T 9704 7.3.5); a user's template lays out its
	// own first page, which the estimate does not know.
	if pitch := docdata.FirstPagePitch(v); pitch > 0 && e.Template == "" {
		render = func(ctx context.Context, w io.Writer) error {
			var buf bytes.Buffer
			if err := t.Execute(&buf, v, docx.ExecOptions{Context: ctx}); err != nil {
				return err
			}
			out, err := gbt9704.FitClosing(buf.Bytes(), pitch)
			if err != nil {
				return err
			}
			_, err = w.Write(out)
			return err
		}
	}
	// The 版记 was set on an even page of its own; when the body is
	// estimated to end on an even page with room under it, it goes back to
	// the foot of that page (gbt9704.PlaceColophon).
	if page == colophonPage {
		inner := render
		render = func(ctx context.Context, w io.Writer) error {
			var buf bytes.Buffer
			if err := inner(ctx, &buf); err != nil {
				return err
			}
			out, _, err := gbt9704.PlaceColophon(buf.Bytes())
			if err != nil {
				return err
			}
			_, err = w.Write(out)
			return err
		}
	}
	return Job{Kind: k.Label, Title: d.Title, Ext: ".docx", Unfilled: d.Unfilled, Omitted: d.Omitted,
		NotShown: k.NotShown(v, t.Paths()), Notes: d.Notes, Render: render}, nil
}

// compiled is a template compiled once per plan, however many documents
// use it and whoever asks first.
type compiled struct {
	once sync.Once
	t    *docx.Template
	err  error
}

// pageSetup is how a template is prepared for the page rules of GB/T 9704
// its document needs.
type pageSetup int

const (
	plainPage    pageSetup = iota
	colophonPage           // the 版记 on an even page of its own (docdata.PageRules)
	letterPage             // the 信函格式's first page (docdata.LetterPage)
)

// template returns the compiled template: the entry's own file when it
// names one, else the built-in one, prepared for page.
func (p *planner) template(custom, builtin string, page pageSetup) (*docx.Template, error) {
	key := builtin
	if custom != "" {
		key = p.m.Path(custom)
	}
	cacheKey := fmt.Sprintf("%s\x00%d", key, page)
	p.mu.Lock()
	c, ok := p.cache[cacheKey]
	if !ok {
		c = &compiled{}
		p.cache[cacheKey] = c
	}
	p.mu.Unlock()
	c.once.Do(func() { c.t, c.err = p.compile(key, custom != "", builtin, page) })
	return c.t, c.err
}

// compileAll compiles the Word templates the manifest's entries use, in
// parallel: compiling is most of planning's time, and the documents are
// then planned one after another. Errors are kept for template to return
// where the entry asks, so a plan fails as it would without this.
func (p *planner) compileAll(entries []Entry) {
	var wg sync.WaitGroup
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	for _, e := range entries {
		k, ok := docdata.Lookup(e.Kind)
		if !ok || k.Name != e.Kind {
			continue
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			p.template(e.Template, k.Template, plainPage)
		}()
	}
	wg.Wait()
}

func (p *planner) compile(key string, custom bool, builtin string, page pageSetup) (*docx.Template, error) {
	var src []byte
	var err error
	if custom {
		src, err = os.ReadFile(key)
	} else {
		src, err = templates.Read(builtin)
	}
	if err != nil {
		return nil, fmt.Errorf("读取模板 %s：%w", key, err)
	}
	// Styles cannot hold template actions, so the office's fonts and red
	// are put into the template's styles, theme and text before parsing —
	// of the built-ins only, unless profile.restyle asks: a user's own
	// template keeps the fonts and colours the user gave it.
	if !custom || p.c.Profile.Restyle {
		if src, err = docdata.Restyle(src, p.c); err != nil {
			return nil, fmt.Errorf("模板 %s 套用字体和颜色：%w", key, err)
		}
	}
	if !custom || p.c.Profile.Restyle {
		// The responsibility tables' columns sized from the data, and
		// the 责任分工 document's pages turned when the data asks.
		landscape := builtin == docdata.Division.Template && docdata.Landscape(p.c)
		if src, err = docdata.DivisionWidths(src, p.c, landscape); err != nil {
			return nil, fmt.Errorf("模板 %s 设置责任分工表列宽：%w", key, err)
		}
	}
	switch page {
	case colophonPage:
		if src, err = docdata.PageRules(src); err != nil {
			return nil, fmt.Errorf("模板 %s 设置版记页：%w", key, err)
		}
	case letterPage:
		if src, err = docdata.LetterPage(src, p.c); err != nil {
			return nil, fmt.Errorf("模板 %s 设置信函格式首页：%w", key, err)
		}
	}
	pkg, err := opc.Open(bytes.NewReader(src), int64(len(src)), opc.DefaultLimits)
	if err != nil {
		return nil, fmt.Errorf("打开模板 %s：%w", key, err)
	}
	t, err := docx.Parse(filepath.Base(key), pkg, docx.Options{Funcs: p.fmap})
	if err != nil {
		return nil, err
	}
	return t, nil
}
