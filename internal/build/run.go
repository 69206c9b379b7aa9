// Package build turns a manifest into jobs and runs them: every document is
// rendered in memory, in parallel, and only when all have succeeded are they
// written — as one durable batch, and only where the bytes changed — so a
// failed build leaves out/ exactly as it was.
package build

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"
)

// Job is one output file.
type Job struct {
	Kind  string // 文种 or workbook kind, for listings: 通知, 工作方案, 责任分工表, …
	Title string // the document's title; the file is named after it
	Ext   string // ".docx" or ".xlsx"
	// Render writes the document. It must be safe to call concurrently
	// with the Render of other jobs.
	Render func(ctx context.Context, w io.Writer) error
	// Unfilled lists the headings of sections the data had nothing for:
	// the document holds "（此处填写…。）" there, for the drafter to write.
	Unfilled []string
	// Omitted names the tasks a division leaves out (docdata.View.Omitted).
	Omitted []string
	// NotShown says what the data gives that the template does not show
	// (docdata.Kind.NotShown), so that it does not vanish unsaid.
	NotShown []string
	// Notes are the document's own 提示 (docdata.Doc.Notes).
	Notes []string
	// BuildNotes are 提示 about the build (docdata.Doc.BuildNotes).
	BuildNotes []string
	// Warnings are 警告: a layout the data asks for that the document's
	// template does not let be made (docdata.PrepareDivision), each naming
	// the template; the same for every document of that template.
	Warnings []string

	// first: the planner's guess that the job is among the longest to
	// render (a workbook of every task, the 责任分工 table): Run starts
	// those first, so that no long job starts last and keeps one core busy
	// while the other waits.
	first bool
	// light: a workbook of a small campaign, which may render beside
	// another (see queue).
	light bool
	// untightened names the user's template of a notice whose page 1
	// the built-in layout would tighten (docdata.FirstPagePitch): said
	// when the template turns out not to be laid out as a built-in.
	untightened string
}

// Result is what became of a job.
type Result struct {
	Kind   string `json:"kind"`
	Title  string `json:"title"`
	Path   string `json:"path"`
	SHA256 string `json:"sha256"`
	Size   int    `json:"size"`
	// Wrote is false when the file already held these bytes.
	Wrote bool   `json:"written"`
	PDF   string `json:"pdf,omitempty"`
	// Unfilled: the job's sections with placeholder text (see Job).
	Unfilled []string `json:"unfilled,omitempty"`
}

// Options control a run.
type Options struct {
	Out     string // output folder
	Workers int    // parallel renders; 0 means GOMAXPROCS
	// Progress, when set, is called once per finished render, from one
	// goroutine at a time.
	Progress func(done, total int)
	// Prune removes the files earlier builds wrote into Out that this
	// build no longer produces (see Report.Stale).
	Prune bool
}

// JobError is a failed render, named by its job. A problem of a template
// stops every document built from it with the same words: it is told
// once, with the other documents it stops (Also, “督办通知《…》”).
type JobError struct {
	Kind, Title string
	Err         error
	Also        []string
}

func (e *JobError) Error() string {
	who := fmt.Sprintf("%s《%s》", e.Kind, e.Title)
	if len(e.Also) > 0 {
		who = fmt.Sprintf("%d 个文件（%s、%s）", len(e.Also)+1, who, strings.Join(e.Also, "、"))
	}
	return fmt.Sprintf("%s：%v", who, e.Err)
}

// sameProblems folds the errors that say the same thing (a template's
// problem, met by every document built from it) into the first one's.
func sameProblems(errs []error) []error {
	var out []error
	first := map[string]*JobError{}
	for _, err := range errs {
		je, ok := err.(*JobError)
		if !ok || je == nil {
			out = append(out, err)
			continue
		}
		key := je.Err.Error()
		if f := first[key]; f != nil {
			f.Also = append(f.Also, fmt.Sprintf("%s《%s》", je.Kind, je.Title))
			continue
		}
		first[key] = je
		out = append(out, je)
	}
	return out
}
func (e *JobError) Unwrap() error { return e.Err }

// Run renders every job and, if none failed, writes them into opts.Out
// (see write). On a failed render it returns every job's error joined
// (errors.Join of *JobError) and writes nothing; when the files cannot be
// written the error is a *WriteError.
func Run(ctx context.Context, jobs []Job, opts Options) (*Report, error) {
	paths := FileNames(jobs)
	outs := make([][]byte, len(jobs))
	errs := make([]error, len(jobs))

	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	var (
		wg   sync.WaitGroup
		mu   sync.Mutex
		done int
		q    = newQueue(jobs)
	)
	for range min(workers, max(len(jobs), 1)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i, ok := q.take()
				if !ok {
					return
				}
				var buf bytes.Buffer
				err := jobs[i].Render(ctx, &buf)
				q.finished(i)
				if err != nil {
					errs[i] = &JobError{Kind: jobs[i].Kind, Title: jobs[i].Title, Err: err}
				} else {
					outs[i] = buf.Bytes()
				}
				mu.Lock()
				done++
				if opts.Progress != nil {
					opts.Progress(done, len(jobs))
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	if err := errors.Join(sameProblems(errs)...); err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}

	return write(jobs, paths, outs, opts)
}

// queue hands out jobs in order, the longest first (Job.first), but never
// two workbooks of a big campaign at once: the workbooks' engine holds
// every cell of a sheet as a structure of its own while it writes (the
// 推进计划 of 60 000 tasks takes most of a build's peak memory), so two of
// them side by side would double the peak. While a workbook renders, the
// other workers take the Word documents after it. A small campaign's
// workbooks (Job.light) take little memory: held one at a time, the
// default set's would be a chain longer than all its Word documents.
type queue struct {
	mu      sync.Mutex
	cond    *sync.Cond
	jobs    []Job
	pending []int
	heavy   bool // a workbook is rendering
}

func newQueue(jobs []Job) *queue {
	q := &queue{jobs: jobs, pending: make([]int, 0, len(jobs))}
	for i, j := range jobs {
		if j.first {
			q.pending = append(q.pending, i)
		}
	}
	for i, j := range jobs {
		if !j.first {
			q.pending = append(q.pending, i)
		}
	}
	q.cond = sync.NewCond(&q.mu)
	return q
}

// isHeavy: a workbook, unless the planner found its campaign small enough
// for two to render side by side (light).
func isHeavy(j Job) bool { return j.Ext == ".xlsx" && !j.light }

// take returns the next job a worker may start, waiting while only
// workbooks are left and one is rendering; false when none is left.
func (q *queue) take() (int, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for {
		if len(q.pending) == 0 {
			return 0, false
		}
		for k, i := range q.pending {
			if isHeavy(q.jobs[i]) && q.heavy {
				continue
			}
			q.pending = append(q.pending[:k], q.pending[k+1:]...)
			if isHeavy(q.jobs[i]) {
				q.heavy = true
			}
			return i, true
		}
		q.cond.Wait()
	}
}

// finished says that job i has rendered.
func (q *queue) finished(i int) {
	if !isHeavy(q.jobs[i]) {
		return
	}
	q.mu.Lock()
	q.heavy = false
	q.mu.Unlock()
	q.cond.Broadcast()
}

// FileNames names each job's file after its title, made safe for every file
// system an office uses (Windows included) and unique: a second job with
// the same title gets "（2）" before its extension. Names depend only on
// the jobs' order, so builds are reproducible.
func FileNames(jobs []Job) []string {
	names := make([]string, len(jobs))
	seen := map[string]int{}
	for i, j := range jobs {
		base := SafeName(j.Title)
		if base == "" {
			base = SafeName(j.Kind)
		}
		key := strings.ToLower(base + j.Ext)
		seen[key]++
		if n := seen[key]; n > 1 {
			base = fmt.Sprintf("%s（%d）", base, n)
		}
		names[i] = base + j.Ext
	}
	return names
}

// SafeName turns a title into a file name: characters Windows forbids and
// control characters become nothing or a full-width look-alike, line breaks
// and runs of spaces one space, and the result is cut to 80 characters and
// to maxNameBytes, so that with its extension and a "（2）" it stays within
// the 255 bytes file systems allow.
func SafeName(title string) string {
	var b strings.Builder
	space := false
	n := 0
	for _, r := range strings.TrimSpace(title) {
		switch {
		case r < 0x20 || r == 0x7f || r == ' ' || r == '\u3000':
			space = true
			continue
		case strings.ContainsRune(`/\`, r):
			r = '／'
		case r == ':':
			r = '：'
		case r == '*':
			r = '＊'
		case r == '?':
			r = '？'
		case r == '"':
			r = '＂'
		case r == '<':
			r = '＜'
		case r == '>':
			r = '＞'
		case r == '|':
			r = '｜'
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
			n++
		}
		space = false
		if n >= 80 || b.Len()+utf8.RuneLen(r) > maxNameBytes {
			break
		}
		b.WriteRune(r)
		n++
	}
	return strings.Trim(b.String(), ". ")
}

// maxNameBytes leaves room in a 255-byte file name for "（12）" and ".docx".
const maxNameBytes = 255 - len("（12）") - len(".docx")

// Sorted returns results ordered by path, for listings.
func Sorted(rs []Result) []Result {
	out := append([]Result(nil), rs...)
	sort.Slice(out, func(i, j int) bool { return out[i].Path < out[j].Path })
	return out
}
