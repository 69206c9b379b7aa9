package cli

import (
	"context"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"

	"gongwen/internal/build"
	"gongwen/internal/cn"
	"gongwen/internal/docx"
	"gongwen/internal/funcs"
	"gongwen/internal/hugeheap"
	"gongwen/internal/load"
	"gongwen/internal/model"
	"gongwen/internal/xlsx"
)

const defaultManifest = "gongwen.yaml"

func init() { register(newCmdBuild) }

type buildOptions struct {
	IO       *IOStreams
	Manifest string
	explicit bool // --manifest was given: the file must exist
	Data     string
	Out      string
	Date     string
	Holidays string
	JSON     bool
	PDF      bool
	Prune    bool
	Memory   string
	// Draft: a trial build, which records no 发文字号 in the data. Unset
	// (draftSet false), a build on a --date that is neither the manifest's
	// nor today is one.
	Draft    bool
	draftSet bool
}

func newCmdBuild(ios *IOStreams) *cobra.Command {
	opts := &buildOptions{IO: ios}
	cmd := &cobra.Command{
		Use:   "build",
		Short: "按构建清单从活动数据生成全部文稿",
		Long: `按构建清单（gongwen.yaml；没有时使用内置清单）读取活动数据，检查无误后
生成通知、工作方案、讲话稿、责任分工、简报、总结、汇报和 Excel 工作簿，写入输出目录
（默认 out/），文件以标题命名。

先检查数据：有错误时逐条列出并退出，不写任何文件。全部文稿先在内存中生成，
都成功后才一起写入（先写临时文件、一并落盘，再换上正式文件名）；内容没有变化的
文件不重写。输出目录中的 .gongwen-build.json 记录本次构建写了哪些文件：以前的
构建写过、本次不再生成的文件会列出，加 --prune 才删除，且只删除 gongwen 写过、
之后未被改动的文件。上次构建被中断时留下的临时文件会先清理掉。

构建日期决定“截至何时”：逾期任务、已到期的总结、本周清单都按它计算。
优先用 --date，其次用清单中的 date，否则为北京时间今天。`,
		Example: `  gongwen build
  gongwen build --date 2013-09-30 --out out/q3
  gongwen build --json | jq -r '.outputs[].path'
  gongwen build --pdf`,
		Args: exactArgs(0),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.explicit = cmd.Flags().Changed("manifest")
			opts.draftSet = cmd.Flags().Changed("draft")
			return runBuild(cmd.Context(), opts)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&opts.Manifest, "manifest", "f", defaultManifest, "构建清单文件")
	f.StringVar(&opts.Data, "data", "", "活动数据文件（覆盖清单中的 data）")
	f.StringVarP(&opts.Out, "out", "o", "", "输出目录（覆盖清单中的 out）")
	f.StringVar(&opts.Date, "date", "", "构建日期 YYYY-MM-DD（默认：清单中的 date，或北京时间今天）")
	f.StringVar(&opts.Holidays, "holidays", "", "节假日覆盖文件（补充以后年份或本地的放假、调休安排；覆盖清单中的 holidays）")
	f.BoolVar(&opts.JSON, "json", false, "以 JSON 输出摘要和每个文件的文种、标题、路径、sha256")
	f.BoolVar(&opts.PDF, "pdf", false, "同时用 LibreOffice 转换为 PDF")
	f.StringVar(&opts.Memory, "memory", "", "内存上限（如 2GiB；默认取环境变量 GOMEMLIMIT，未设置时为本机可用内存）：按数据大小估计所需内存，超过时不开始构建")
	f.BoolVar(&opts.Draft, "draft", false, "试生成：分配的发文字号只印在文稿上，不登记到数据文件（--date 既不是清单的日期也不是今天时默认如此；--draft=false 则照常预留）")
	f.BoolVar(&opts.Prune, "prune", false, "删除以前的构建写入输出目录、本次不再生成的文件（只删 gongwen 写过且未改动的）")
	return cmd
}

// buildReport is the --json output.
type buildReport struct {
	Date    string         `json:"date"`
	Data    string         `json:"data"`
	Summary buildSummary   `json:"summary"`
	Outputs []build.Result `json:"outputs"`
	// Files of earlier builds in the folder that this one does not make.
	Stale    []string `json:"stale,omitempty"`
	Pruned   []string `json:"pruned,omitempty"`
	Edited   []string `json:"edited,omitempty"`
	Warnings []string `json:"warnings,omitempty"`
}

type buildSummary struct {
	Tasks    int            `json:"tasks"`
	ByStatus map[string]int `json:"by_status"`
	ByPhase  []phaseCount   `json:"by_phase"`
	Overdue  []overdueTask  `json:"overdue"`
}

type phaseCount struct {
	Phase    string         `json:"phase"`
	Tasks    int            `json:"tasks"`
	ByStatus map[string]int `json:"by_status"`
}

type overdueTask struct {
	ID     string `json:"id"`
	Title  string `json:"title"`
	Period string `json:"period"`
	Due    string `json:"due"`
	Status string `json:"status"`
	Lead   string `json:"lead,omitempty"`

	due time.Time // Due as a date, which the console says in Chinese
	// recurs is set for a recurring deadline (每季度末), of which due is the
	// first occurrence not met; text is the deadline as the data writes it.
	recurs bool
	text   string
}

func runBuild(ctx context.Context, opts *buildOptions) error {
	if ctx == nil {
		ctx = context.Background()
	}
	m, err := build.ReadManifest(opts.Manifest, opts.explicit)
	if err != nil {
		return badInput(err)
	}
	date, err := buildDate(opts.Date, m.Date)
	if err != nil {
		return err
	}
	if opts.Holidays != "" {
		abs, err := filepath.Abs(opts.Holidays)
		if err != nil {
			return err
		}
		m.Holidays = abs
	}
	dataPath := m.Path(m.Data)
	if opts.Data != "" {
		dataPath = opts.Data
	}
	out := m.Path(m.Out)
	if opts.Out != "" {
		out = opts.Out
	}

	// A build that cannot fit is refused before it starts, instead of
	// being killed by the system halfway; one that fits is held to the
	// budget by the Go runtime, which collects harder near it.
	budget, err := buildBudget(opts.Memory)
	if err != nil {
		return err
	}
	if st, err := os.Stat(dataPath); err == nil {
		if err := build.CheckMemory(dataPath, st.Size(), budget); err != nil {
			return badInput(err)
		}
	}
	if cur := debug.SetMemoryLimit(-1); budget < cur {
		debug.SetMemoryLimit(budget)
		defer debug.SetMemoryLimit(cur)
	}
	// Within that budget, a build collects garbage a quarter as often as
	// Go's default: a build is short, and the default set's collections
	// were a fifth of its instructions (1199 → 930 million; the peak grows
	// from 39 to 47 MB). GOGC, when the user sets it, wins.
	gogc := os.Getenv("GOGC") == ""
	if gogc {
		defer debug.SetGCPercent(debug.SetGCPercent(400))
	}
	// The default set's build allocates about 40 MB. Its first 24 MiB go
	// into huge pages, then one collection: a 48 MiB block and none made
	// the peak 68 MiB for the same time (harness-like A/B, 12 alternating
	// rounds: 0.072 and 0.074 s; 50 MiB with this block, 47 MiB with 16
	// and twice the page faults, 5062 against 2253).
	reserved := max(24<<20, heapFor(dataPath))
	hugeheap.Reserve(reserved)
	if gogc {
		// Until the first collection the goal is the reserved block, as
		// for render (relaxGC): the default set's build runs one
		// collection, where there were two or three beside the work on
		// both cores.
		relaxGC(dataPath, reserved)
	}

	c, warns, err := load.File(dataPath)
	if err != nil {
		var ds load.Diagnostics
		if !errors.As(err, &ds) {
			return fmt.Errorf("读取 %s：%w", dataPath, err)
		}
		writeDiagnostics(opts.IO.ErrOut, dataPath, ds)
		fmt.Fprintf(opts.IO.ErrOut, "%s：发现 %d 个错误，未生成任何文件\n", dataPath, len(ds.Errors()))
		return reported(len(ds.Errors()))
	}
	// What the data leaves out of a document is said below, for the
	// documents this build writes only.
	warns, advice := splitAdvice(warns)
	writeDiagnostics(opts.IO.ErrOut, dataPath, warns)

	sum := summarize(c, date)
	registered := len(c.DocNos)
	draft, why := opts.trial(m.Date, date)
	m.Draft = draft
	jobs, err := build.Plan(ctx, m, c, date) // assigns the missing 发文字号 (c.DocNos grows)
	if err != nil {
		// Everything Plan reads is the user's: templates, the manifest's
		// files, the holiday file.
		if e := templateProblem(opts.IO, err); e != err {
			return e
		}
		return badInput(err)
	}

	// Sections the data could not fill are drafted as "（此处填写…。）":
	// said here, so nobody sends such a draft out unread — once, at its
	// place in the data when the data's advice covers it.
	printOmitted(opts.IO, jobs)
	advised := builtAdvice(c, jobs, advice)
	writeDiagnostics(opts.IO.ErrOut, dataPath, advised.diags)
	seenNote := map[string]bool{}
	for _, j := range jobs {
		for _, n := range j.Warnings {
			if !seenNote[n] {
				seenNote[n] = true
				fmt.Fprintf(opts.IO.ErrOut, "警告：%s\n", n)
			}
		}
		for _, n := range j.BuildNotes {
			if !seenNote[n] {
				seenNote[n] = true
				fmt.Fprintf(opts.IO.ErrOut, "提示：%s\n", n)
			}
		}
		for _, ns := range [][]string{j.NotShown, j.Notes} {
			for _, n := range ns {
				fmt.Fprintf(opts.IO.ErrOut, "提示：%s《%s》：%s\n", j.Kind, j.Title, n)
			}
		}
		for _, h := range j.Unfilled {
			if strings.HasPrefix(h, "（此处补写") && !strings.HasPrefix(h, "（此处补写“") {
				// A stretch of time the record says nothing about.
				fmt.Fprintf(opts.IO.ErrOut, "提示：%s《%s》有工作记录缺失之处，已留“%s”待补写\n", j.Kind, j.Title, h)
				continue
			}
			if strings.HasPrefix(h, "（此处补写") {
				// Finished work the record says nothing about.
				fmt.Fprintf(opts.IO.ErrOut, "提示：%s《%s》中已完成的工作没有完成情况记录，已留“%s”待补写\n", j.Kind, j.Title, h)
				continue
			}
			if slices.Contains(advised.gaps[j.Title], h) {
				continue // the data's advice said it, with its place
			}
			fmt.Fprintf(opts.IO.ErrOut, "提示：%s《%s》的“%s”一节数据中没有内容，已留“（此处填写%s。）”待补写\n", j.Kind, j.Title, h, h)
		}
	}

	var bar *progressbar.ProgressBar
	if opts.IO.ErrTTY && !opts.JSON {
		bar = progressbar.NewOptions(len(jobs), progressbar.OptionSetWriter(opts.IO.ErrOut),
			progressbar.OptionSetDescription("生成文稿"), progressbar.OptionShowCount(),
			progressbar.OptionClearOnFinish())
	}
	rep, err := build.Run(ctx, jobs, build.Options{Out: out, Prune: opts.Prune, Progress: func(done, total int) {
		if bar != nil {
			bar.Set(done)
		}
	}})
	if bar != nil {
		bar.Finish()
	}
	if err != nil {
		// A full disk or a folder we may not write to is the user's to fix,
		// as with render: exit 1, saying what was written.
		var we *build.WriteError
		if errors.As(err, &we) {
			return badInput(err)
		}
		return templateProblem(opts.IO, err)
	}
	results := rep.Results
	printFolderChanges(opts.IO, out, rep)
	// The numbers given are reserved in the register, so a rebuild keeps
	// them and no other document gets them; the clerk marks them issued
	// when the document goes out. A trial build records nothing.
	if added := c.DocNos[registered:]; len(added) > 0 {
		if draft {
			fmt.Fprintf(opts.IO.ErrOut, "试生成（%s）：以下文稿的发文字号留空未编号（如“%s”），也未登记到 %s；正式生成时将依次预留：\n",
				why, blankOf(added[0].DocNo), dataPath)
		} else {
			if err := recordDocNos(dataPath, added); err != nil {
				return err
			}
			fmt.Fprintf(opts.IO.ErrOut, "预留发文字号（登记在 %s；文件印发后运行 gongwen docnos issue 发文字号 登记为已发）：\n", dataPath)
		}
		for _, e := range added {
			fmt.Fprintf(opts.IO.ErrOut, "  %s（%s）\n", e.DocNo, e.Title)
		}
	}

	var pdfWarn []string
	if opts.PDF {
		pdfWarn = convertPDF(ctx, opts.IO, results)
	}

	if opts.JSON {
		return writeJSON(opts.IO.Out, buildReport{Date: date.Format(time.DateOnly), Data: dataPath, Summary: sum,
			Outputs: results, Stale: rep.Stale, Pruned: rep.Pruned, Edited: rep.Edited, Warnings: pdfWarn})
	}
	printSummary(opts.IO, c, sum, date)
	changed := 0
	for _, r := range results {
		mark := "  "
		if r.Wrote {
			mark = "✓ "
			changed++
		}
		fmt.Fprintf(opts.IO.Out, "%s%s %s\n", mark, padCJK(r.Kind, 10), r.Path)
		if r.PDF != "" {
			fmt.Fprintf(opts.IO.Out, "  %s %s\n", padCJK("PDF", 10), r.PDF)
		}
	}
	fmt.Fprintf(opts.IO.Out, "共 %d 个文件写入 %s，其中 %d 个有变化（✓）\n", len(results), out, changed)
	return nil
}

// printOmitted says which documents leave tasks out (a division that
// lists only the campaign's activities), one line for the documents that
// leave out the same tasks, naming a few of them: with thousands of tasks
// a full list would bury the summary.
func printOmitted(ios *IOStreams, jobs []build.Job) {
	kinds := map[string]int{}
	for _, j := range jobs {
		kinds[j.Kind]++
	}
	var lists []string
	docs := map[string][]string{}
	for _, j := range jobs {
		if len(j.Omitted) == 0 {
			continue
		}
		key := strings.Join(j.Omitted, "\x00")
		if _, ok := docs[key]; !ok {
			lists = append(lists, key)
		}
		name := j.Kind
		if kinds[j.Kind] > 1 {
			name += "《" + j.Title + "》"
		}
		docs[key] = append(docs[key], name)
	}
	const shown = 3
	for _, key := range lists {
		omitted := strings.Split(key, "\x00")
		names := cn.Etc(omitted, shown, "、")
		fmt.Fprintf(ios.ErrOut, "提示：%s只列专项活动的任务，未列出其他 %d 项（%s）\n",
			strings.Join(docs[key], "和"), len(omitted), names)
	}
}

// printFolderChanges tells, on stderr, what the build did to the output
// folder besides writing its files.
func printFolderChanges(ios *IOStreams, out string, rep *build.Report) {
	w := ios.ErrOut
	if n := len(rep.Finished); n > 0 {
		fmt.Fprintf(w, "上次构建在写入文件时被中断，已先补齐其余 %d 个文件\n", n)
	}
	if rep.Cleaned > 0 {
		fmt.Fprintf(w, "已清理中断的运行留下的 %d 个临时文件\n", rep.Cleaned)
	}
	list := func(head string, names []string) {
		if len(names) == 0 {
			return
		}
		fmt.Fprintf(w, head+"\n", len(names))
		for _, n := range names {
			fmt.Fprintf(w, "  %s\n", filepath.Join(out, n))
		}
	}
	list("以下 %d 个文件是以前的构建生成的，本次不再生成（如不再需要，加 --prune 删除）：", rep.Stale)
	list("已删除以前的构建生成、本次不再生成的 %d 个文件：", rep.Pruned)
	list("以下 %d 个文件是以前的构建生成的，本次不再生成，但之后被改动过，未删除：", rep.Edited)
}

// buildBudget is the memory a build may take: --memory, else GOMEMLIMIT,
// else what the machine has available.
func buildBudget(flag string) (int64, error) {
	if flag != "" {
		n, err := parseSize(flag)
		if err != nil || n < 64<<20 {
			return 0, usageError("--memory %q：应为不小于 64MiB 的大小，如 2GiB", flag)
		}
		return n, nil
	}
	if os.Getenv("GOMEMLIMIT") != "" {
		if cur := debug.SetMemoryLimit(-1); cur > 0 && cur < math.MaxInt64 {
			return cur, nil
		}
	}
	return load.AvailableMemory(), nil
}

// buildDate picks the day a build is "as of": --date, else the manifest's
// date, else today in China.
func buildDate(flag string, manifest time.Time) (time.Time, error) {
	if flag != "" {
		d, err := cn.ParseDate(flag)
		if err != nil {
			return time.Time{}, usageError("--date：%v", err)
		}
		return d, nil
	}
	if !manifest.IsZero() {
		return manifest, nil
	}
	y, mo, d := funcs.Today().Date()
	return time.Date(y, mo, d, 0, 0, 0, 0, time.UTC), nil
}

// blankOf is a 发文字号 as a trial build prints it, its number blank.
func blankOf(no string) string {
	if code, year, _, ok := model.SplitDocNo(no); ok {
		return cn.BlankDocNo(code, year)
	}
	return no
}

// trial says whether the build is a trial, which records no 发文字号, and
// why: --draft, or a --date that is neither the manifest's nor today (a
// preview of another day, whose numbers nobody will issue). --draft=false
// makes any build record.
func (o *buildOptions) trial(manifest, date time.Time) (bool, string) {
	if o.draftSet {
		return o.Draft, "--draft"
	}
	if o.Date == "" || date.Equal(manifest) {
		return false, ""
	}
	y, mo, d := funcs.Today().Date()
	if date.Equal(time.Date(y, mo, d, 0, 0, 0, 0, time.UTC)) {
		return false, ""
	}
	return true, "构建日期 " + cn.Date(date) + " 不是清单的日期也不是今天；要登记请加 --draft=false"
}

// templateProblem prints template and render errors, every one on its own
// line with its place, and turns them into exit 1: a template is the user's
// input as much as the data is.
func templateProblem(ios *IOStreams, err error) error {
	var de docx.Errors
	var xe xlsx.Errors
	var je *build.JobError
	switch {
	case errors.As(err, &de), errors.As(err, &xe), errors.As(err, &je):
		fmt.Fprintln(ios.ErrOut, err)
		fmt.Fprintln(ios.ErrOut, "生成失败，未写入任何文件")
		return reported(1)
	}
	return err
}

func summarize(c *model.Campaign, date time.Time) buildSummary {
	st := c.Stats(date)
	s := buildSummary{Tasks: st.Total, ByStatus: map[string]int{}, Overdue: []overdueTask{}}
	for _, sc := range st.ByStatus {
		s.ByStatus[string(sc.Status)] = sc.Count
	}
	for _, ps := range st.ByPhase {
		pc := phaseCount{Phase: ps.Phase.Name, Tasks: ps.Total, ByStatus: map[string]int{}}
		for _, sc := range ps.ByStatus {
			pc.ByStatus[string(sc.Status)] = sc.Count
		}
		s.ByPhase = append(s.ByPhase, pc)
	}
	for _, t := range st.OverdueTasks {
		// Who answers for it: the lead units, else the responsible ones.
		ids := c.TaskLead(t)
		if len(ids) == 0 {
			ids = c.TaskUnits(t)
		}
		lead := strings.Join(c.UnitShorts(ids), "、")
		if lead == "" && t.Group != "" {
			// The office's own work: the group that keeps it answers.
			lead = c.OwnerName(t.Group)
		}
		// A recurring deadline is overdue by its first unmet occurrence.
		due, period, recurs := t.Period.End, t.Period.Text, false
		if occ, ok := t.FirstOverdue(date); ok && t.Period.Recurs {
			due, period, recurs = occ.End, occ.Text+"，"+t.Period.Text, true
		}
		s.Overdue = append(s.Overdue, overdueTask{ID: t.ID, Title: t.Title, Period: period,
			Due: due.Format(time.DateOnly), Status: string(t.Status), Lead: lead, due: due, recurs: recurs, text: t.Period.Text})
	}
	return s
}

func printSummary(ios *IOStreams, c *model.Campaign, s buildSummary, date time.Time) {
	w := ios.Out
	name := c.Name
	if year := fmt.Sprintf("%d年", c.Year); !strings.Contains(name, year) {
		name += "（" + year + "）"
	}
	fmt.Fprintf(w, "%s截至%s：任务 %d 项", name, cn.Date(date), s.Tasks)
	for _, st := range model.Statuses {
		fmt.Fprintf(w, "，%s %d", st, s.ByStatus[string(st)])
	}
	fmt.Fprintln(w)
	for _, p := range s.ByPhase {
		fmt.Fprintf(w, "  %s %2d 项", padCJK(p.Phase, 8), p.Tasks)
		for _, st := range model.Statuses {
			fmt.Fprintf(w, "  %s %d", st, p.ByStatus[string(st)])
		}
		fmt.Fprintln(w)
	}
	if len(s.Overdue) == 0 {
		fmt.Fprintln(w, "逾期任务：无")
	} else {
		fmt.Fprintf(w, "逾期任务 %d 项：\n", len(s.Overdue))
		for _, t := range s.Overdue {
			fmt.Fprintf(w, "  %s（%s，%s）%s\n", t.Title, overdueWhen(t), t.Status, t.Lead)
		}
	}
}

// splitAdvice separates the data's advice about documents
// (load.Diagnostic.Advice) from the other warnings.
func splitAdvice(ds load.Diagnostics) (other, advice load.Diagnostics) {
	for _, d := range ds {
		if d.Advice {
			advice = append(advice, d)
		} else {
			other = append(other, d)
		}
	}
	return other, advice
}

// advice is the data's advice about the documents a build writes.
type advice struct {
	diags load.Diagnostics
	gaps  map[string][]string // document title → the sections the advice says are missing
}

// builtAdvice keeps the advice about documents the plan writes: a
// meeting's missing time and place is one 警告 at the notice in the data,
// not that and a 提示 per section, and nothing when the manifest does not
// build the notice (QA).
func builtAdvice(c *model.Campaign, jobs []build.Job, ds load.Diagnostics) advice {
	built := map[string]bool{}
	for _, j := range jobs {
		built[j.Title] = true
	}
	a := advice{gaps: map[string][]string{}}
	for _, d := range ds {
		i, ok := documentIndex(d.Path)
		if !ok || i >= len(c.Documents) || !built[c.Documents[i].Title] {
			continue
		}
		a.diags = append(a.diags, d)
		a.gaps[c.Documents[i].Title] = append(a.gaps[c.Documents[i].Title], c.Documents[i].MeetingGaps()...)
	}
	return a
}

// documentIndex reads i from a data path documents[i]….
func documentIndex(path string) (int, bool) {
	rest, ok := strings.CutPrefix(path, "documents[")
	if !ok {
		return 0, false
	}
	n, _, ok := strings.Cut(rest, "]")
	if !ok {
		return 0, false
	}
	i, err := strconv.Atoi(n)
	return i, err == nil && i >= 0
}

// overdueWhen says when an overdue task was due, each date once and in
// Chinese: 「2月下旬，应于2013年2月28日前完成」; 「3月25日前」 needs no
// 「应于2023年3月25日前完成」; a deadline the data writes as a date
// (2023-03-31) is said as 「应于2023年3月31日前完成」, not echoed; a
// recurring one names the occurrence missed: 「3月30日、6月30日、9月30日、
// 12月30日各一次，6月30日这一次未按期完成」 (QA).
func overdueWhen(t overdueTask) string {
	day := fmt.Sprintf("%d月%d日", int(t.due.Month()), t.due.Day())
	text := strings.TrimSpace(t.text)
	if t.recurs {
		if strings.Contains(text, "、") && !strings.ContainsAny(text, "每各") {
			text += "各一次"
		}
		return text + "，" + day + "这一次未按期完成"
	}
	if _, err := cn.ParseDate(strings.TrimSuffix(text, "前")); err == nil {
		text = "" // a date: 应于 says it
	}
	switch {
	case text == "":
		return "应于" + cn.Date(t.due) + "前完成"
	case strings.Contains(text, day):
		return text
	}
	return text + "，应于" + cn.Date(t.due) + "前完成"
}

// convertPDF converts the written documents with LibreOffice, one call for
// all, and records each PDF's path. A missing LibreOffice is a warning,
// not a failed build: the Word and Excel files are there.
func convertPDF(ctx context.Context, ios *IOStreams, results []build.Result) []string {
	// A document that did not change keeps the PDF it has: LibreOffice is
	// the slow part of a build.
	var paths []string
	pdfs := map[string]string{}
	for _, r := range results {
		pdf := strings.TrimSuffix(r.Path, filepath.Ext(r.Path)) + ".pdf"
		if _, err := os.Stat(pdf); err == nil && !r.Wrote {
			pdfs[r.Path] = pdf
			continue
		}
		paths = append(paths, r.Path)
	}
	converted, err := build.ConvertPDF(ctx, paths)
	for k, v := range converted {
		pdfs[k] = v
	}
	if err != nil {
		msg := "未生成 PDF：" + err.Error()
		fmt.Fprintln(ios.ErrOut, msg)
		return []string{msg}
	}
	for i := range results {
		if p := pdfs[results[i].Path]; p != "" {
			results[i].PDF = p
		}
	}
	return nil
}

// padCJK pads s with spaces to width terminal columns, counting a Chinese
// character as two, so listings line up.
func padCJK(s string, width int) string {
	w := 0
	for _, r := range s {
		if r >= 0x1100 {
			w += 2
		} else {
			w++
		}
	}
	for ; w < width; w++ {
		s += " "
	}
	return s
}
