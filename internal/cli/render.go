package cli

import (
	"bufio"
	"bytes"
	"compress/flate"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"runtime/debug"
	"sort"
	"strconv"
	"strings"
	"sync"
	"text/template"
	"text/template/parse"
	"time"
	"unicode"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"

	"gongwen/internal/build"
	"gongwen/internal/cn"
	"gongwen/internal/docx"
	"gongwen/internal/funcs"
	"gongwen/internal/hugeheap"
	"gongwen/internal/load"
	"gongwen/internal/opc"
	"gongwen/internal/outfile"
	"gongwen/internal/xlsx"
)

func init() { register(newCmdRender) }

// renderOptions are the flags of gongwen render.
type renderOptions struct {
	IO       *IOStreams
	Template string
	Data     string
	Out      string
	Raw      bool
	Missing  string // "error" or "empty"
	Date     string // YYYY-MM-DD; empty means today (or SOURCE_DATE_EPOCH)
	Each     string // template path of a list: one document per item
	Name     string // file-name template for --each
	Jobs     int    // parallel renders; 0 means GOMAXPROCS
	Holidays string // override file of the working-day calendar
	Doc      string // id of a document of the campaign, rendered as build does

	Compress  string        // "fast" or "small"
	MaxOutput string        // size with unit: 256MiB
	Timeout   time.Duration // per document
}

func newCmdRender(ios *IOStreams) *cobra.Command {
	opts := &renderOptions{IO: ios}
	cmd := &cobra.Command{
		Use:   "render -t 模板 -d 数据 -o 输出",
		Short: "用数据渲染一个 Word（或 Excel）模板",
		Long: `render 用数据文件渲染一个模板，生成一个文档；加 --each 则为列表中的每一项各生成一个文档（邮件合并）。

数据默认是活动数据文件（YAML/JSON，按活动数据模型校验，模板中用 {{.Name}}、{{range .Tasks}} 等取值）；
加 --raw 时，数据文件中的任意 JSON/YAML 对象原样交给模板。

模板中引用了数据中没有的键时默认报错（指出模板中的位置和数据路径）；--missing=empty 则输出空白。

--doc 指定活动数据中一份文件的 id（如 tz-kaizhan），按其文种套用内置模板（或 -t 给出的自定义模板），
生成与 gongwen build 相同的文稿；-o 为文件夹（已有的文件夹，或以 / 结尾、不带扩展名的路径，
没有时自动创建）时以文件标题命名。

邮件合并：--each 指定列表的路径（如 .Tasks、.Records），每一项作为一个文档的数据（模板中的“.”），
-o 为输出文件夹；--name 为文件名模板（如 '{{.City}}通知.docx'，可用 {{seq}} 取从 1 开始的序号），
默认按序号命名。文件名中的非法字符会被替换，重名的文件依次加“（2）”“（3）”。
所有文档都渲染成功后才一并写入；任何一项失败时，输出文件夹保持原样。

每个文件先写入同一文件夹中的临时文件，再改名为目标文件：失败不会留下半个文件，也不会破坏已有文件。`,
		Example: `  gongwen render -t 通知.docx -d campaign.yaml -o out/通知.docx
  gongwen render -d data/xuechuang.yaml --doc tz-kaizhan -o out/
  gongwen render -d data/xuechuang.yaml --doc tz-kaizhan -t 我的通知.docx -o out/通知.docx
  gongwen render --raw -t 名单.docx -d people.json -o out/名单.docx
  gongwen render --raw -t 通知.docx -d cities.yaml --each .Cities --name '{{.City}}通知.docx' -o out/通知`,
		Args: exactArgs(0),
		RunE: func(cmd *cobra.Command, args []string) error { return runRender(cmd.Context(), opts) },
	}
	f := cmd.Flags()
	f.StringVarP(&opts.Template, "template", "t", "", "模板文件（.docx）")
	f.StringVarP(&opts.Data, "data", "d", "", "数据文件（YAML 或 JSON）")
	f.StringVarP(&opts.Out, "out", "o", "", "输出文件（已有的文件夹或以 / 结尾的路径则以模板的文件名存入其中）；使用 --each 时为输出文件夹")
	f.BoolVar(&opts.Raw, "raw", false, "不按活动数据模型校验，把数据原样交给模板")
	f.StringVar(&opts.Missing, "missing", "error", "数据缺少模板引用的键时：error 报错，empty 输出空白")
	f.StringVar(&opts.Date, "date", "", "成文日期等使用的“今天”，如 2013-07-15（默认今天，或环境变量 SOURCE_DATE_EPOCH）")
	f.StringVar(&opts.Each, "each", "", "邮件合并：为此路径处列表的每一项生成一个文档（如 .Records）")
	f.StringVar(&opts.Name, "name", "", "邮件合并的文件名模板，如 '{{.City}}通知.docx'")
	f.IntVarP(&opts.Jobs, "jobs", "j", 0, "并行渲染的数量（默认为 CPU 核数）")
	f.StringVar(&opts.Doc, "doc", "", "渲染活动数据中 id 为此值的一份文件，与 build 生成的相同（-t 可换用自定义模板）")
	f.StringVar(&opts.Holidays, "holidays", "", "节假日补充文件（工作日函数使用；内置数据未覆盖的年份或地方安排）")
	f.StringVar(&opts.MaxOutput, "max-output", "256MiB", "单个输出文件的大小上限")
	f.StringVar(&opts.Compress, "compress", "fast", "压缩方式：fast 更快，small 文件更小（与 Word 相当）")
	f.DurationVar(&opts.Timeout, "timeout", 60*time.Second, "单个文档渲染的时间上限")
	return cmd
}

func runRender(ctx context.Context, opts *renderOptions) error {
	if ctx == nil {
		ctx = context.Background()
	}
	if opts.Doc != "" {
		return runRenderDoc(ctx, opts)
	}
	switch {
	case opts.Template == "":
		return usageError("缺少 -t 模板文件（或用 --doc 指定数据中的一份文件）")
	case opts.Data == "":
		return usageError("缺少 -d 数据文件")
	case opts.Out == "":
		return usageError("缺少 -o 输出")
	case opts.Name != "" && opts.Each == "":
		return usageError("--name 只能与 --each 一起使用")
	}
	limits, err := renderLimits(opts.MaxOutput, opts.Timeout)
	if err != nil {
		return err
	}
	if limits.level, err = compressionLevel(opts.Compress); err != nil {
		return err
	}
	env, err := newTemplateEnv(opts.Missing, opts.Date, limits)
	if env != nil {
		// The campaign's documents hold a telephone number together as
		// build's do; --raw data is printed as it is given.
		env.phones = !opts.Raw
	}
	if err != nil {
		return err
	}
	if opts.Holidays != "" {
		cal, err := loadCalendar(opts.Holidays)
		if err != nil {
			return err
		}
		env.funcs = funcs.Map(funcs.Options{Date: env.date, Holidays: cal})
	}
	ext := strings.ToLower(filepath.Ext(opts.Template))
	if opts.Each == "" && namesFolder(opts.Out, false) {
		// -o names a folder: the document takes the template's name there.
		opts.Out = filepath.Join(opts.Out, filepath.Base(opts.Template))
	}
	if opts.Each == "" {
		if oext := strings.ToLower(filepath.Ext(opts.Out)); oext != ext {
			return usageError("输出文件 %s 的扩展名应与模板相同（%s）", opts.Out, ext)
		}
	}
	if opts.Each == "" && (sameFile(opts.Out, opts.Template) || sameFile(opts.Out, opts.Data)) {
		return usageError("输出文件 %s 不能是模板或数据文件本身", opts.Out)
	}
	if opts.Each == "" {
		// One document holds its data and its output at once: a heap
		// of about 15 bytes per byte of data, first touched page by page.
		reserved := heapFor(opts.Data)
		hugeheap.Reserve(reserved)
		relaxGC(opts.Data, reserved)
	}
	// One document's data is read while the template compiles, each on a
	// core; a problem in the template is still the one reported first.
	var readData func() (any, error)
	if opts.Each == "" && opts.Raw {
		readData = startRaw(opts.Data)
	}
	tpl, err := parseTemplate(opts.Template, env)
	if err != nil {
		return templateFailure(opts.IO, err)
	}
	if opts.Each != "" && opts.Raw {
		if written, done, err := renderEachJSON(ctx, opts, tpl, ext, env, limits); done {
			if err != nil {
				return err
			}
			return reportMerged(opts, written)
		}
	}
	var data any
	if readData != nil {
		if data, err = readData(); err != nil {
			return loadFailure(opts.IO, opts.Data, err)
		}
	} else if data, err = loadData(opts.IO, opts.Data, opts.Raw); err != nil {
		return err
	}
	if opts.Each == "" {
		err := outfile.Write(opts.Out, func(w io.Writer) error {
			return executeLimited(ctx, tpl, w, data, limits)
		})
		if err != nil {
			return templateFailure(opts.IO, err)
		}
		fmt.Fprintln(opts.IO.Out, opts.Out)
		return nil
	}
	items, err := eachItems(data, opts.Each, env)
	if err != nil {
		return badInput(err)
	}
	names, err := mergeNames(items, opts.Name, ext, env)
	if err != nil {
		return badInput(err)
	}
	defer mergeGC(opts, len(items))()
	written, err := renderMany(ctx, opts.IO, tpl, sliceItems(items), names, opts.Out, opts.Jobs, limits)
	if err != nil {
		return err
	}
	return reportMerged(opts, written)
}

// heapFor is the heap worth reserving in huge pages for a command whose
// data is the file at path: 16 bytes a byte of data (a 10 000-row table's
// 2 MB make a 30 MB heap), at least 16 MiB, at most 256 MiB (address
// space, not memory: only what is touched is backed).
func heapFor(path string) int {
	n := int64(16 << 20)
	if st, err := os.Stat(path); err == nil {
		n = max(n, min(16*st.Size(), 256<<20))
	}
	return int(n)
}

// relaxGC lets the collector wait for the heap to grow to 5 times what
// it keeps (GOGC=400, not 100) when the data file is small (up to 4 MiB):
// on a 10 000-row table (2 MB) the collections ran beside the render on
// the 2 cores and took a tenth of the CPU time, for a heap that stays
// within the 32 MiB heapFor reserves. Until the first collection the goal
// is the reserved block itself (reserved bytes): the block is free and
// already paid for, and at GOGC=400 the goal after Reserve's collection is
// 16 MiB, so a 10 000-row table (16 MB allocated) still paid one
// collection (gctrace: 5–21 ms of CPU, 3–10 ms with the world stopped).
// A bigger file keeps the default, so that memory stays proportional to
// the data (W1 at 100 000 rows). Output does not depend on it.
func relaxGC(path string, reserved int) {
	st, err := os.Stat(path)
	if err != nil || st.Size() > 4<<20 {
		return
	}
	// The runtime's first goal is 4 MiB × GOGC/100.
	debug.SetGCPercent(max(400, reserved/(4<<20)*100))
	// A finalizer runs after the collection that found its object
	// unreachable: from then on, 400.
	runtime.SetFinalizer(new(gcSentinel), func(*gcSentinel) { debug.SetGCPercent(400) })
}

// gcSentinel is an object big enough not to share the tiny allocator's
// blocks, whose finalizers may never run.
type gcSentinel struct{ _ [32]byte }

// reportMerged prints the path of every document of a mail merge, the
// files names in the folder opts.Out.
func reportMerged(opts *renderOptions, names []string) error {
	// One write for the list, not one per document.
	out := bufio.NewWriter(opts.IO.Out)
	for _, n := range names {
		out.WriteString(filepath.Join(opts.Out, n))
		out.WriteByte('\n')
	}
	if err := out.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(opts.IO.ErrOut, "已生成 %d 个文档，在 %s\n", len(names), opts.Out)
	return nil
}

// renderEachJSON is the mail merge of a JSON file whose list is named by
// plain keys (.Records): it renders while it decodes, so memory holds the
// items the workers are rendering, not the file (load.EachJSON). A first
// pass names the files (names depend on every item: numbering width,
// duplicates) — or only counts the items when the names do not read them —
// and the second renders. done is false when the file is not one
// this way takes; the caller then loads it whole, which reports any
// problem in it with its place.
func renderEachJSON(ctx context.Context, opts *renderOptions, tpl compiledTemplate, ext string,
	env *templateEnv, lim renderLimit) (written []string, done bool, err error) {
	keys, ok := eachKeys(opts.Each)
	if !ok || !strings.EqualFold(filepath.Ext(opts.Data), ".json") {
		return nil, false, nil
	}
	namer, err := newItemNamer(opts.Name, env)
	if err != nil {
		return nil, true, badInput(err)
	}
	var rendered []string
	var nameErr error
	var n int
	counted := !namer.readsItem()
	if counted {
		// The names need only the number of items: count them without
		// decoding (a fifth of a 1000-notice merge went to decoding them
		// twice). The render's pass checks them.
		if n, ok = load.CountJSON(opts.Data, keys); ok {
			rendered = make([]string, n)
			for i := range n {
				if rendered[i], nameErr = namer.name(i, nil); nameErr != nil {
					break
				}
			}
		}
	} else {
		n, ok, _ = load.EachJSON(opts.Data, keys, func(v any) error {
			name, err := namer.name(len(rendered), v)
			if nameErr == nil {
				nameErr = err
			}
			rendered = append(rendered, name)
			return nil
		})
	}
	if !ok {
		return nil, false, nil // a problem in the data comes first
	}
	if nameErr != nil {
		return nil, true, badInput(nameErr)
	}
	names := finishNames(rendered, ext)
	src := jsonItems{path: opts.Data, keys: keys, n: n}
	defer mergeGC(opts, n)()
	written, err = renderMany(ctx, opts.IO, tpl, src, names, opts.Out, opts.Jobs, lim)
	if counted && errors.Is(err, errChanged) {
		// Counted, not checked: the data may be what the render's pass
		// refused. Loading it whole says what is wrong and where (or, if
		// it did change, renders what it holds now).
		return nil, false, nil
	}
	return written, true, err
}

// eachKeys splits an --each path made of plain keys (.Records, .A.B) into
// them; ok is false for anything else (variables, calls, indexes).
func eachKeys(path string) ([]string, bool) {
	p := strings.TrimPrefix(strings.TrimSpace(path), ".")
	if p == "" {
		return nil, false
	}
	keys := strings.Split(p, ".")
	for _, k := range keys {
		if k == "" {
			return nil, false
		}
		for i, r := range k {
			if !(r == '_' || unicode.IsLetter(r) || (i > 0 && unicode.IsDigit(r))) {
				return nil, false
			}
		}
	}
	return keys, true
}

// itemSource gives renderMany its items: a list in memory, or a file read
// while rendering.
type itemSource interface {
	count() int
	// each calls yield with every item in order.
	each(yield func(i int, v any)) error
}

type sliceItems []any

func (s sliceItems) count() int { return len(s) }

func (s sliceItems) each(yield func(int, any)) error {
	for i, v := range s {
		yield(i, v)
	}
	return nil
}

// jsonItems are the n items of the list under keys of a JSON file, read
// again as they are rendered.
type jsonItems struct {
	path string
	keys []string
	n    int
}

func (j jsonItems) count() int { return j.n }

func (j jsonItems) each(yield func(int, any)) error {
	i := 0
	_, ok, err := load.EachJSON(j.path, j.keys, func(v any) error {
		if i >= j.n {
			return errChanged
		}
		yield(i, v)
		i++
		return nil
	})
	if err != nil || !ok || i != j.n {
		return fmt.Errorf("%s：%w", j.path, errChanged)
	}
	return nil
}

var errChanged = errors.New("数据文件在渲染期间被改动，未写入任何文件；请重新运行")

// namesFolder reports whether -o means a folder to put the document in: an
// existing folder, or a path ending in a separator ("out/"), which is
// created when missing. noExt: a path without an extension means a folder
// too (for --doc, whose file name comes from the document's title).
func namesFolder(out string, noExt bool) bool {
	if st, err := os.Stat(out); err == nil {
		return st.IsDir()
	}
	if strings.HasSuffix(out, "/") || strings.HasSuffix(out, string(filepath.Separator)) {
		return true
	}
	return noExt && filepath.Ext(out) == ""
}

// sameFile reports whether two paths name one existing file.
func sameFile(a, b string) bool {
	sa, err1 := os.Stat(a)
	sb, err2 := os.Stat(b)
	return err1 == nil && err2 == nil && os.SameFile(sa, sb)
}

// loadData reads the data file: a campaign validated into the model, or with
// raw any JSON/YAML value as it is. Warnings are printed with their source
// line; errors too, and counted.
func loadData(ios *IOStreams, path string, raw bool) (any, error) {
	if raw {
		v, err := load.Raw(path)
		if err != nil {
			return nil, loadFailure(ios, path, err)
		}
		return v, nil
	}
	c, err := loadCampaignFor(ios, path)
	if err != nil {
		return nil, err // not a typed nil in the interface
	}
	return c, nil
}

// startRaw reads the data file at path as --raw does, in the background;
// the function it returns waits for the result.
func startRaw(path string) func() (any, error) {
	type result struct {
		v   any
		err error
	}
	done := make(chan result, 1)
	go func() {
		v, err := load.Raw(path)
		done <- result{v, err}
	}()
	return func() (any, error) {
		r := <-done
		return r.v, r.err
	}
}

// loadFailure prints a load error's diagnostics and says how many.
func loadFailure(ios *IOStreams, path string, err error) error {
	var ds load.Diagnostics
	if errors.As(err, &ds) && len(ds) > 0 {
		writeDiagnostics(ios.ErrOut, path, ds)
		return reported(max(len(ds.Errors()), 1))
	}
	return badInput(fmt.Errorf("读取数据 %s：%w", path, err))
}

// renderLimit holds the per-document limits, and the deflate level.
type renderLimit struct {
	maxOutput int64
	timeout   time.Duration
	level     int
}

func renderLimits(maxOutput string, timeout time.Duration) (renderLimit, error) {
	n, err := parseSize(maxOutput)
	if err != nil {
		return renderLimit{}, usageError("--max-output %q：%v", maxOutput, err)
	}
	if timeout <= 0 {
		return renderLimit{}, usageError("--timeout 必须大于 0")
	}
	return renderLimit{maxOutput: n, timeout: timeout, level: flate.BestSpeed}, nil
}

// compressionLevel maps --compress to a deflate level. "fast" is the
// default: on a 10 000-row table (10 MB of XML) deflate at the default level
// took 107 ms of a 130 ms render and BestSpeed 21 ms, for a file of 575 KB
// instead of 368 KB. "small" writes files as small as Word's.
func compressionLevel(s string) (int, error) {
	switch s {
	case "fast", "":
		return flate.BestSpeed, nil
	case "small":
		return flate.DefaultCompression, nil
	}
	return 0, usageError("--compress 应为 fast 或 small，而不是 %q", s)
}

// parseSize reads a byte count with an optional unit: 1048576, 10MB, 256MiB,
// 1G. K/M/G and KiB/MiB/GiB are powers of 1024 both (nobody means 1000
// here); KB/MB/GB too.
func parseSize(s string) (int64, error) {
	t := strings.TrimSpace(s)
	i := 0
	for i < len(t) && t[i] >= '0' && t[i] <= '9' {
		i++
	}
	if i == 0 {
		return 0, errors.New("应为数字加单位，如 256MiB")
	}
	n, err := strconv.ParseInt(t[:i], 10, 64)
	if err != nil {
		return 0, errors.New("数字太大")
	}
	var shift uint
	switch strings.ToUpper(strings.TrimSpace(t[i:])) {
	case "", "B":
	case "K", "KB", "KIB":
		shift = 10
	case "M", "MB", "MIB":
		shift = 20
	case "G", "GB", "GIB":
		shift = 30
	default:
		return 0, fmt.Errorf("不认识的单位 %q", t[i:])
	}
	if n <= 0 {
		return 0, errors.New("必须大于 0")
	}
	if n > (1<<62)>>shift {
		return 0, errors.New("数字太大")
	}
	return n << shift, nil
}

// errOutputTooLarge is returned when a document exceeds --max-output.
var errOutputTooLarge = errors.New("输出超过 --max-output 上限")

// limitedWriter fails once more than n bytes have been written.
type limitedWriter struct {
	w io.Writer
	n int64
}

func (l *limitedWriter) Write(p []byte) (int, error) {
	if int64(len(p)) > l.n {
		return 0, errOutputTooLarge
	}
	l.n -= int64(len(p))
	return l.w.Write(p)
}

// executeLimited runs one render under the size and time limits. The
// engines enforce them too and say where in the template they were hit; the
// writer's cap and the context are the backstop.
func executeLimited(ctx context.Context, tpl compiledTemplate, w io.Writer, data any, lim renderLimit) error {
	ctx, cancel := context.WithTimeout(ctx, lim.timeout)
	defer cancel()
	err := tpl.Execute(ctx, &limitedWriter{w: w, n: lim.maxOutput}, data)
	switch {
	case errors.Is(err, errOutputTooLarge):
		return badInput(fmt.Errorf("%w（%d 字节）", errOutputTooLarge, lim.maxOutput))
	case err == context.DeadlineExceeded: // bare: the engine did not say where
		return badInput(fmt.Errorf("渲染超过 --timeout 时限 %s，已停止（模板中可能有过大的循环）", lim.timeout))
	}
	return err
}

// eachItems finds the list at path (a template expression such as
// .Records or .Office.Groups) and returns its items: the elements of a slice
// or array, or the values of a map in key order, as {{range}} visits them.
func eachItems(data any, path string, env *templateEnv) ([]any, error) {
	expr := strings.TrimSpace(path)
	if !strings.HasPrefix(expr, ".") && !strings.HasPrefix(expr, "$") {
		expr = "." + expr
	}
	var got any
	fm := template.FuncMap{"gongwenCapture": func(v any) string { got = v; return "" }}
	t, err := template.New("--each").Option("missingkey=error").Funcs(fm).Parse("{{gongwenCapture (" + expr + ")}}")
	if err != nil {
		return nil, fmt.Errorf("--each %q 不是有效的路径：%v", path, templateMsg(err))
	}
	if err := t.Execute(io.Discard, data); err != nil {
		return nil, fmt.Errorf("--each %q：%v", path, templateMsg(err))
	}
	v := reflect.ValueOf(got)
	for v.IsValid() && (v.Kind() == reflect.Pointer || v.Kind() == reflect.Interface) {
		if v.IsNil() {
			return nil, fmt.Errorf("--each %q 处的值为空", path)
		}
		v = v.Elem()
	}
	if !v.IsValid() {
		return nil, fmt.Errorf("--each %q 处的值为空", path)
	}
	var items []any
	switch v.Kind() {
	case reflect.Slice, reflect.Array:
		for i := 0; i < v.Len(); i++ {
			items = append(items, v.Index(i).Interface())
		}
	case reflect.Map:
		keys := v.MapKeys()
		sort.Slice(keys, func(i, j int) bool { return fmt.Sprint(keys[i].Interface()) < fmt.Sprint(keys[j].Interface()) })
		for _, k := range keys {
			items = append(items, v.MapIndex(k).Interface())
		}
	default:
		return nil, fmt.Errorf("--each %q 处应为列表，实际是%s", path, kindWord(v.Kind()))
	}
	if len(items) == 0 {
		return nil, fmt.Errorf("--each %q 处的列表是空的，没有文档可生成", path)
	}
	return items, nil
}

// kindWord names a kind of value the way an author thinks of data.
func kindWord(k reflect.Kind) string {
	switch k {
	case reflect.String:
		return "文字"
	case reflect.Bool:
		return "真假值"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "整数"
	case reflect.Float32, reflect.Float64:
		return "数字"
	case reflect.Struct:
		return "一组字段"
	}
	return "其他值"
}

// templateMsg strips text/template's "template: name:1:2: " prefix, which
// points into our one-line helper template, not into anything of the user's,
// and says the rest in Chinese.
func templateMsg(err error) string {
	s := err.Error()
	if i := strings.Index(s, ": executing "); i >= 0 {
		if j := strings.Index(s[i:], ">: "); j >= 0 {
			s = s[i+j+3:]
		}
	} else if i := strings.LastIndex(s, ": "); i >= 0 && strings.HasPrefix(s, "template: ") {
		s = s[i+2:]
	}
	return docx.TemplateMessage(strings.TrimPrefix(s, ": "))
}

// mergeNames gives each item its file name: nameTpl executed with the item
// as dot (and {{seq}}, its 1-based number), or the zero-padded number when
// nameTpl is empty; made safe for Windows, given the template's extension,
// and made unique without regard to case, deterministically in item order.
func mergeNames(items []any, nameTpl, ext string, env *templateEnv) ([]string, error) {
	namer, err := newItemNamer(nameTpl, env)
	if err != nil {
		return nil, err
	}
	rendered := make([]string, len(items))
	for i, it := range items {
		if rendered[i], err = namer.name(i, it); err != nil {
			return nil, err
		}
	}
	return finishNames(rendered, ext), nil
}

// itemNamer executes --name for one item at a time.
type itemNamer struct {
	nameTpl string
	t       *template.Template
	seq     int
	b       strings.Builder
}

func newItemNamer(nameTpl string, env *templateEnv) (*itemNamer, error) {
	n := &itemNamer{nameTpl: nameTpl}
	if nameTpl == "" {
		return n, nil
	}
	fm := template.FuncMap{}
	for k, v := range env.funcs {
		fm[k] = v
	}
	fm["seq"] = func() int { return n.seq }
	t, err := template.New("--name").Option("missingkey=error").Funcs(fm).Parse(nameTpl)
	if err != nil {
		return nil, fmt.Errorf("--name %q 不是有效的模板：%v", nameTpl, templateMsg(err))
	}
	n.t = t
	return n, nil
}

// readsItem reports whether --name may read the item (dot, a field, a
// variable, a nested template, range or with); without it, a name
// depends on its number alone.
func (n *itemNamer) readsItem() bool {
	if n.t == nil {
		return false
	}
	reads := false
	var walk func(node parse.Node)
	walk = func(node parse.Node) {
		switch x := node.(type) {
		case *parse.DotNode, *parse.FieldNode, *parse.VariableNode, *parse.ChainNode,
			*parse.TemplateNode, *parse.RangeNode, *parse.WithNode:
			reads = true
		case *parse.ListNode:
			if x != nil {
				for _, c := range x.Nodes {
					walk(c)
				}
			}
		case *parse.ActionNode:
			walk(x.Pipe)
		case *parse.PipeNode:
			if x != nil {
				for _, c := range x.Cmds {
					walk(c)
				}
			}
		case *parse.CommandNode:
			for _, a := range x.Args {
				walk(a)
			}
		case *parse.IfNode:
			walk(x.Pipe)
			walk(x.List)
			walk(x.ElseList)
		}
	}
	for _, t := range n.t.Templates() {
		if t.Tree != nil {
			walk(t.Tree.Root)
		}
	}
	return reads
}

// name returns the rendered name of item i (0-based), "" without --name.
func (n *itemNamer) name(i int, item any) (string, error) {
	if n.t == nil {
		return "", nil
	}
	n.seq = i + 1
	n.b.Reset()
	if err := n.t.Execute(&n.b, item); err != nil {
		return "", fmt.Errorf("--name %q 用于第 %d 项时出错：%v", n.nameTpl, i+1, templateMsg(err))
	}
	return n.b.String(), nil
}

// finishNames turns the rendered names into file names: the zero-padded
// number where there is none, safe, unique.
func finishNames(rendered []string, ext string) []string {
	width := len(strconv.Itoa(len(rendered)))
	natural := make([]string, len(rendered))
	for i, r := range rendered {
		natural[i] = safeFileName(r, ext, fmt.Sprintf("%0*d", width, i+1))
	}
	return uniqueNames(natural)
}

// safeFileName makes a rendered name into a file name in one folder: no
// separators or characters Windows forbids (build.SafeName), not a device
// name, with ext at the end; fallback when nothing is left.
func safeFileName(name, ext, fallback string) string {
	stem := name
	if strings.EqualFold(filepath.Ext(stem), ext) {
		stem = stem[:len(stem)-len(ext)]
	}
	stem = build.SafeName(stem)
	if stem == "" {
		stem = fallback
	}
	if reservedName(stem) {
		stem = "_" + stem
	}
	return stem + ext
}

// reservedName reports Windows device names, which cannot be files there
// whatever their extension.
func reservedName(stem string) bool {
	s := strings.ToUpper(stem)
	switch s {
	case "CON", "PRN", "AUX", "NUL":
		return true
	}
	if len(s) == 4 && (strings.HasPrefix(s, "COM") || strings.HasPrefix(s, "LPT")) && s[3] >= '1' && s[3] <= '9' {
		return true
	}
	return false
}

// uniqueNames keeps the first of equal names (compared without case, as
// Windows and macOS do) and gives later ones "（2）", "（3）"… before the
// extension, skipping any candidate that another item is named anyway.
func uniqueNames(natural []string) []string {
	wanted := make(map[string]bool, len(natural))
	for _, n := range natural {
		wanted[strings.ToLower(n)] = true
	}
	taken := make(map[string]bool, len(natural))
	out := make([]string, len(natural))
	for i, n := range natural {
		key := strings.ToLower(n)
		if !taken[key] {
			taken[key] = true
			out[i] = n
			continue
		}
		ext := filepath.Ext(n)
		stem := n[:len(n)-len(ext)]
		for k := 2; ; k++ {
			c := fmt.Sprintf("%s（%d）%s", stem, k, ext)
			if ck := strings.ToLower(c); !taken[ck] && !wanted[ck] {
				taken[ck] = true
				out[i] = c
				break
			}
		}
	}
	return out
}

// A mail merge of small documents from small items (a notice per record)
// streams: the data is decoded as the workers go (load.EachJSON) and
// each document is handed to the writer once rendered, so the heap holds
// the template, a worker's buffers and the deflater, about 2 MB, and
// everything else it allocates is garbage at once. The collector's
// default goal (twice what is kept, 4 MiB at least) let the heap of a
// 1000-notice merge reach 5–6 MB; at GOGC=50 it stays within 3 MB, for a
// few more collections of a small heap (docs/performance.md, session 11).
// Bigger templates or items, where a worker holds more and collecting
// costs more, keep the default, as does a GOGC the user sets.
const (
	smallMergeTemplate = 256 << 10 // bytes of the template file
	smallMergeItem     = 16 << 10  // bytes of data per item, on average
)

// mergeGC sets the collector's goal for a mail merge of n items from the
// data and template files of opts (above); restore puts it back.
func mergeGC(opts *renderOptions, n int) (restore func()) {
	restore = func() {}
	if n == 0 || os.Getenv("GOGC") != "" {
		return restore
	}
	tst, err1 := os.Stat(opts.Template)
	dst, err2 := os.Stat(opts.Data)
	if err1 != nil || err2 != nil || tst.Size() > smallMergeTemplate || dst.Size()/int64(n) > smallMergeItem {
		return restore
	}
	gc := debug.SetGCPercent(50)
	return func() { debug.SetGCPercent(gc) }
}

// renderMany renders every item into a temporary file in dir, in parallel;
// only when all have succeeded are the temporary files renamed to their
// names, which it returns. On any failure all temporary files are removed,
// the errors printed (in item order) and dir is left as it was.
func renderMany(ctx context.Context, ios *IOStreams, tpl compiledTemplate, items itemSource, names []string,
	dir string, jobs int, lim renderLimit) ([]string, error) {
	// What a killed run left (temporary files, a batch half renamed) is
	// put right first; then every document goes into one durable batch.
	if _, err := outfile.Tidy(dir); err != nil {
		return nil, badInput(err)
	}
	// A new or empty folder is filled in a staging folder renamed into
	// place at the end: one rename, not one per document.
	set, err := outfile.NewFolderSet(dir)
	if err != nil {
		return nil, badInput(err)
	}
	if jobs <= 0 {
		jobs = runtime.GOMAXPROCS(0)
	}
	// The workers render; the set's own goroutine creates the files, one
	// at a time, while they go on.
	set.Queue(2 * jobs)
	// The disk writes the first documents while the rest render.
	set.FlushAhead(items.count())
	errs := make([]error, items.count())
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	// A progress bar only on a terminal, and only when it is worth one.
	var bar *progressbar.ProgressBar
	if ios.ErrTTY && items.count() >= 20 {
		bar = progressbar.NewOptions(items.count(), progressbar.OptionSetWriter(ios.ErrOut),
			progressbar.OptionSetDescription("邮件合并"), progressbar.OptionShowCount(),
			progressbar.OptionClearOnFinish())
		defer bar.Finish()
	}
	type job struct {
		i int
		v any
	}
	// A few items wait for the workers, so that the decoder and the
	// workers do not hand over one item at a time (a wake-up each).
	next := make(chan job, jobs)
	var wg sync.WaitGroup
	for range min(jobs, items.count()) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range next {
				i := j.i
				errs[i] = set.Stage(names[i], func(w io.Writer) error {
					return executeLimited(ctx, tpl, w, j.v, lim)
				})
				if bar != nil {
					bar.Add(1) // the bar locks itself
				}
			}
		}()
	}
	srcErr := items.each(func(i int, v any) { next <- job{i, v} })
	close(next)
	wg.Wait()
	if srcErr != nil {
		set.Abort()
		return nil, badInput(srcErr)
	}

	// Every failure counts; the first few are printed, since a wrong key
	// usually fails every item the same way.
	const maxShown = 20
	failed := 0
	for i, err := range errs {
		if err != nil {
			failed++
			if failed <= maxShown {
				fmt.Fprintf(ios.ErrOut, "第 %d 项（%s）：%v\n", i+1, names[i], errText(err))
			}
		}
	}
	if failed > maxShown {
		fmt.Fprintf(ios.ErrOut, "……另有 %d 项失败，未一一列出\n", failed-maxShown)
	}
	if failed > 0 {
		set.Abort()
		fmt.Fprintf(ios.ErrOut, "%d 项中有 %d 项失败，未写入任何文件\n", items.count(), failed)
		return nil, reported(failed)
	}
	if err := set.Commit(); err != nil {
		var ce *outfile.CommitError
		if errors.As(err, &ce) {
			return nil, badInput(fmt.Errorf("%v\n%d 个文档中已写入 %d 个，%d 个未写入", ce.Err, items.count(), len(ce.Done), len(ce.Left)))
		}
		return nil, badInput(fmt.Errorf("%v\n%d 个文档均未写入", err, items.count()))
	}
	// The names, not a path per document: the list is printed as the
	// paths are joined (reportMerged), so that a merge holds no more per
	// record than its name.
	return names, nil
}

// errText is an error's text without the exit-code wrapper.
func errText(err error) string {
	var ee *exitError
	if errors.As(err, &ee) {
		return ee.err.Error()
	}
	return err.Error()
}

// templateEnv is what every template of one command run shares: the
// function map (with the build date) and the missing-key policy.
type templateEnv struct {
	funcs        template.FuncMap
	missingEmpty bool
	phones       bool // docx.Options.HoldPhones
	date         time.Time
	lim          renderLimit
}

// newTemplateEnv checks --missing and --date and builds the function map.
// Without --date the date is SOURCE_DATE_EPOCH when set (reproducible
// builds), else today in China.
func newTemplateEnv(missing, date string, lim renderLimit) (*templateEnv, error) {
	env := &templateEnv{lim: lim}
	switch missing {
	case "error", "":
	case "empty":
		env.missingEmpty = true
	default:
		return nil, usageError("--missing 应为 error 或 empty，而不是 %q", missing)
	}
	switch {
	case date != "":
		d, err := cn.ParseDate(date)
		if err != nil {
			return nil, usageError("--date：%v", err)
		}
		env.date = time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, chinaTime)
	case os.Getenv("SOURCE_DATE_EPOCH") != "":
		sec, err := strconv.ParseInt(os.Getenv("SOURCE_DATE_EPOCH"), 10, 64)
		if err != nil {
			return nil, usageError("环境变量 SOURCE_DATE_EPOCH 应为整数秒")
		}
		y, m, d := time.Unix(sec, 0).In(chinaTime).Date()
		env.date = time.Date(y, m, d, 0, 0, 0, 0, chinaTime)
	}
	env.funcs = funcs.Map(funcs.Options{Date: env.date}) // a zero date means today
	return env, nil
}

// chinaTime is UTC+8, the zone of the dates in official documents.
var chinaTime = time.FixedZone("CST", 8*3600)

// compiledTemplate is what the commands need of a parsed template, whatever
// its format. Execute must be safe for concurrent use.
type compiledTemplate interface {
	Execute(ctx context.Context, w io.Writer, data any) error
}

// parseTemplate opens and compiles a template file, choosing the engine by
// its extension. This is the one place that knows the formats.
func parseTemplate(path string, env *templateEnv) (compiledTemplate, error) {
	if isOLE(path) {
		return nil, badInput(fmt.Errorf("%s 不是 zip 格式的 .docx/.xlsx，而是旧版 Office 文件或加密的文档：请在 Word/WPS 中另存为 .docx（或 .xlsx），不加密码", path))
	}
	switch ext := strings.ToLower(filepath.Ext(path)); ext {
	case ".docx", ".docm", ".dotx", ".dotm":
		return parseDocx(path, env)
	case ".xlsx", ".xlsm", ".xltx", ".xltm":
		return parseXlsx(path, env)
	default:
		return nil, badInput(fmt.Errorf("%s：不支持的模板格式 %q（应为 .docx 或 .xlsx）", path, ext))
	}
}

// isOLE reports whether the file is an OLE compound file: a .doc or .xls
// renamed, or a password-protected .docx, which Office also stores that way.
func isOLE(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	var magic [8]byte
	_, err = io.ReadFull(f, magic[:])
	return err == nil && string(magic[:]) == "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
}

// templateFailure turns an engine's error into the command's: every located
// problem of a multi-error on its own line (exit 1, "reported"); limits and
// bad input as they are; anything else internal.
func templateFailure(ios *IOStreams, err error) error {
	var ee *exitError
	if errors.As(err, &ee) {
		return err
	}
	var multi interface{ Unwrap() []error }
	if errors.As(err, &multi) {
		if errs := multi.Unwrap(); len(errs) > 0 {
			for _, e := range errs {
				fmt.Fprintln(ios.ErrOut, errorText(e))
			}
			return reported(len(errs))
		}
	}
	var oe *outfile.Error
	if errors.As(err, &oe) || errors.Is(err, os.ErrNotExist) || errors.Is(err, os.ErrPermission) {
		return badInput(err)
	}
	fmt.Fprintln(ios.ErrOut, errorText(err))
	return reported(1)
}

// xlsxTemplate runs an Excel template. The engine has no cancellation, so
// the time limit abandons a runaway render rather than stopping it; the
// process ends soon after in the CLI.
type xlsxTemplate struct {
	t *xlsx.Template
}

func parseXlsx(path string, env *templateEnv) (compiledTemplate, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, badInput(err)
	}
	// Let opc refuse a zip bomb or unsafe names before excelize sees the file.
	pkg, err := opc.Open(bytes.NewReader(src), int64(len(src)), opc.DefaultLimits)
	if err != nil {
		return nil, badInput(fmt.Errorf("%s：%w", path, err))
	}
	if err := pkg.Check("xl/workbook.xml"); err != nil {
		return nil, badInput(fmt.Errorf("模板 %s 的%w", path, err))
	}
	t, err := xlsx.Parse(filepath.Base(path), src, xlsx.Options{Funcs: env.funcs, MissingKeyZero: env.missingEmpty})
	if err != nil {
		return nil, err
	}
	return &xlsxTemplate{t: t}, nil
}

// Paths lists the data paths the template reads (for inspect and check).
func (x *xlsxTemplate) Paths() []string { return x.t.Paths() }

// Places names the cell that first reads each path (for check).
func (x *xlsxTemplate) Places() map[string]string { return x.t.Places() }

func (x *xlsxTemplate) Execute(ctx context.Context, w io.Writer, data any) error {
	var buf bytes.Buffer
	done := make(chan error, 1)
	// The context reaches the engine's loops, so the goroutine ends too.
	go func() { done <- x.t.Execute(&buf, data, xlsx.ExecOptions{Context: ctx}) }()
	select {
	case err := <-done:
		if err != nil {
			return err
		}
		_, err = w.Write(buf.Bytes())
		return err
	case <-ctx.Done():
		return ctx.Err()
	}
}

// docxTemplate runs a Word template.
type docxTemplate struct {
	t   *docx.Template
	lim renderLimit
}

func parseDocx(path string, env *templateEnv) (compiledTemplate, error) {
	pkg, err := opc.OpenFile(path, opc.DefaultLimits)
	if err != nil {
		return nil, badInput(err)
	}
	missing := "error"
	if env.missingEmpty {
		missing = "empty"
	}
	t, err := docx.Parse(path, pkg, docx.Options{Funcs: env.funcs, Missing: missing, HoldPhones: env.phones,
		MaxOutput: env.lim.maxOutput, Timeout: env.lim.timeout})
	if err != nil {
		return nil, err
	}
	return &docxTemplate{t: t, lim: env.lim}, nil
}

func (d *docxTemplate) Execute(ctx context.Context, w io.Writer, data any) error {
	return d.t.Execute(w, data, docx.ExecOptions{Context: ctx, MaxOutput: d.lim.maxOutput, Timeout: d.lim.timeout,
		Level: d.lim.level})
}

// Paths lists the data paths the template reads (for inspect and check).
func (d *docxTemplate) Paths() []string { return d.t.Paths() }

// DataPaths is Paths with the places in the template that read each one.
func (d *docxTemplate) DataPaths() []docx.DataPath { return d.t.DataPaths() }

// runRenderDoc renders one document of the campaign as build makes it: the
// view of its kind, with the built-in template or the one given by -t.
func runRenderDoc(ctx context.Context, opts *renderOptions) error {
	switch {
	case opts.Data == "":
		return usageError("缺少 -d 活动数据文件")
	case opts.Out == "":
		return usageError("缺少 -o 输出")
	case opts.Raw || opts.Each != "":
		return usageError("--doc 不能与 --raw 或 --each 一起使用")
	}
	// The programme's date: from its gongwen.yaml when -d is its data, as
	// every other command reads it (datafile.go).
	src, err := resolveData(opts.Data)
	if err != nil {
		return err
	}
	date, err := buildDate(opts.Date, src.Date)
	if err != nil {
		return err
	}
	c, err := loadCampaignFor(opts.IO, opts.Data)
	if err != nil {
		return err
	}
	m := &build.Manifest{Dir: ".", Name: "render"}
	if opts.Holidays != "" {
		m.Holidays = opts.Holidays
	}
	job, err := build.Document(m, c, date, opts.Doc, opts.Template)
	if err != nil {
		if e := templateProblem(opts.IO, err); e != err {
			return e
		}
		return badInput(err)
	}
	out := opts.Out
	if namesFolder(out, true) {
		out = filepath.Join(out, build.FileNames([]build.Job{job})[0])
	} else if ext := strings.ToLower(filepath.Ext(out)); ext != job.Ext {
		return usageError("输出文件 %s 的扩展名应为 %s", out, job.Ext)
	}
	if sameFile(out, opts.Data) || (opts.Template != "" && sameFile(out, opts.Template)) {
		return usageError("输出文件 %s 不能是模板或数据文件本身", out)
	}
	if err := outfile.Write(out, func(w io.Writer) error { return job.Render(ctx, w) }); err != nil {
		return templateFailure(opts.IO, err)
	}
	for _, n := range job.Warnings {
		fmt.Fprintf(opts.IO.ErrOut, "警告：%s\n", n)
	}
	for _, n := range job.NotShown {
		fmt.Fprintf(opts.IO.ErrOut, "提示：%s《%s》：%s\n", job.Kind, job.Title, n)
	}
	fmt.Fprintln(opts.IO.Out, out)
	return nil
}
