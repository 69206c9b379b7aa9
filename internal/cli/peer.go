package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"gongwen/internal/outfile"
)

func init() { register(newCmdPeer) }

// peerOptions are the arguments of the hidden peer command: the runner
// contract of ../shared/peers (see its README, "Measuring the Go toolkit on
// the same work"), so gongwen is timed and checked beside docxtemplater and
// docxtpl on the same templates and data.
type peerOptions struct {
	IO       *IOStreams
	Template string
	Data     string
	OutDir   string
	Mode     string // "single" or "many"
	Jobs     int
}

func newCmdPeer(ios *IOStreams) *cobra.Command {
	opts := &peerOptions{IO: ios}
	cmd := &cobra.Command{
		Use:    "peer 模板 数据.json 输出文件夹 single|many",
		Short:  "基准测试用：按 ../shared/peers 的约定渲染",
		Hidden: true,
		Long: `peer 按对比基准（shared/peers）的运行约定渲染：
  single：数据是一个对象，输出 输出文件夹/out.docx；
  many：数据是 {"records":[…]}（或数组），每条记录输出 输出文件夹/000000.docx、000001.docx…
数据的键由 snake_case 转为 Go 的写法（copy_no → CopyNo），与 *_gotemplate.docx 模板一致。
结束时在标准错误输出一行 JSON，给出各阶段耗时（毫秒）。`,
		Args: exactArgs(4),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Template, opts.Data, opts.OutDir, opts.Mode = args[0], args[1], args[2], args[3]
			return runPeer(opts)
		},
	}
	cmd.Flags().IntVarP(&opts.Jobs, "jobs", "j", 0, "many 模式下并行渲染的数量（默认为 CPU 核数）")
	return cmd
}

// peerTimes are the phases the peers' runners report, in milliseconds. In
// many mode render and write are summed over the workers, so they can add
// up to more than the wall time.
type peerTimes struct {
	Engine  string  `json:"engine"`
	Mode    string  `json:"mode"`
	Docs    int     `json:"docs"`
	Workers int     `json:"workers"`
	Load    float64 `json:"load_ms"`
	Unzip   float64 `json:"unzip_ms"` // open the package and compile the template
	Render  float64 `json:"render_ms"`
	Zip     float64 `json:"zip_ms"` // the engine writes the zip while rendering: included in render
	Write   float64 `json:"write_ms"`
	Total   float64 `json:"total_ms"`
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

func runPeer(opts *peerOptions) error {
	start := time.Now()
	if opts.Mode != "single" && opts.Mode != "many" {
		return usageError("第 4 个参数应为 single 或 many，而不是 %q", opts.Mode)
	}
	lim := renderLimit{maxOutput: 1 << 30, timeout: 10 * time.Minute}
	env, err := newTemplateEnv("error", "", lim)
	if err != nil {
		return err
	}
	tpl, err := parseTemplate(opts.Template, env)
	if err != nil {
		return templateFailure(opts.IO, err)
	}
	times := peerTimes{Engine: "gongwen", Mode: opts.Mode}
	times.Unzip = ms(time.Since(start))
	if err := os.MkdirAll(opts.OutDir, 0o755); err != nil {
		return badInput(err)
	}
	ctx := context.Background()

	f, err := os.Open(opts.Data)
	if err != nil {
		return badInput(err)
	}
	defer f.Close()
	if opts.Mode == "single" {
		t := time.Now()
		data, err := decodeGoKeys(json.NewDecoder(f))
		if err != nil {
			return badInput(fmt.Errorf("%s：%w", opts.Data, err))
		}
		times.Load = ms(time.Since(t))
		t = time.Now()
		err = outfile.Write(filepath.Join(opts.OutDir, "out.docx"), func(w io.Writer) error {
			return executeLimited(ctx, tpl, w, data, lim)
		})
		if err != nil {
			return templateFailure(opts.IO, err)
		}
		times.Render = ms(time.Since(t)) // the file is written as the zip is made
		times.Docs, times.Workers = 1, 1
	} else {
		if err := peerMany(ctx, opts, tpl, f, lim, &times); err != nil {
			return err
		}
	}
	times.Total = ms(time.Since(start))
	line, _ := json.Marshal(times)
	fmt.Fprintf(opts.IO.ErrOut, "%s\n", line)
	return nil
}

// peerMany streams the records: one is decoded while the workers render the
// ones before it, so memory stays that of a few records, not of the file.
func peerMany(ctx context.Context, opts *peerOptions, tpl compiledTemplate, r io.Reader, lim renderLimit, times *peerTimes) error {
	dec := json.NewDecoder(r)
	dec.UseNumber()
	if err := enterRecords(dec); err != nil {
		return badInput(fmt.Errorf("%s：%w", opts.Data, err))
	}
	workers := opts.Jobs
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	type job struct {
		i    int
		data any
	}
	jobs := make(chan job, workers*2)
	var (
		wg            sync.WaitGroup
		mu            sync.Mutex
		firstErr      error
		render, write time.Duration
	)
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var buf bytes.Buffer
			var rd, wr time.Duration
			for j := range jobs {
				t := time.Now()
				buf.Reset()
				err := executeLimited(ctx, tpl, &buf, j.data, lim)
				t2 := time.Now()
				rd += t2.Sub(t)
				if err == nil {
					err = outfile.Write(filepath.Join(opts.OutDir, fmt.Sprintf("%06d.docx", j.i)), func(w io.Writer) error {
						_, err := w.Write(buf.Bytes())
						return err
					})
				}
				wr += time.Since(t2)
				if err != nil {
					mu.Lock()
					if firstErr == nil {
						firstErr = fmt.Errorf("第 %d 条记录：%w", j.i+1, err)
					}
					mu.Unlock()
				}
			}
			mu.Lock()
			render += rd
			write += wr
			mu.Unlock()
		}()
	}
	var load time.Duration
	n := 0
	var decErr error
	for dec.More() {
		t := time.Now()
		var v any
		if err := dec.Decode(&v); err != nil {
			decErr = fmt.Errorf("%s：第 %d 条记录：%w", opts.Data, n+1, err)
			break
		}
		v = goKeys(v)
		load += time.Since(t)
		jobs <- job{n, v}
		n++
	}
	close(jobs)
	wg.Wait()
	if decErr != nil {
		return badInput(decErr)
	}
	if firstErr != nil {
		return templateFailure(opts.IO, firstErr)
	}
	times.Docs, times.Workers = n, workers
	times.Load, times.Render, times.Write = ms(load), ms(render), ms(write)
	return nil
}

// enterRecords positions dec inside the list of records: the top-level array,
// or the array under the key "records" (or "Records") of the top-level object.
func enterRecords(dec *json.Decoder) error {
	tok, err := dec.Token()
	if err != nil {
		return err
	}
	if tok == json.Delim('[') {
		return nil
	}
	if tok != json.Delim('{') {
		return errors.New(`应为数组或 {"records":[…]}`)
	}
	for dec.More() {
		key, err := dec.Token()
		if err != nil {
			return err
		}
		if k, _ := key.(string); k == "records" || k == "Records" {
			tok, err := dec.Token()
			if err != nil {
				return err
			}
			if tok != json.Delim('[') {
				return errors.New(`"records" 应为数组`)
			}
			return nil
		}
		var skip json.RawMessage
		if err := dec.Decode(&skip); err != nil {
			return err
		}
	}
	return errors.New(`没有 "records" 数组`)
}

// decodeGoKeys decodes one JSON value with numbers kept as written and keys
// in Go's spelling.
func decodeGoKeys(dec *json.Decoder) (any, error) {
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, err
	}
	return goKeys(v), nil
}

// goKeys renames the keys of every object from snake_case to Go's
// CamelCase, as the peers' gokeys.py does: copy_no → CopyNo, no → No. It
// works in place (deleting each old key before adding its new one, so no
// map grows), since a copy of a 10 000-row table would double the memory
// the data takes.
func goKeys(v any) any {
	switch x := v.(type) {
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		for _, k := range keys {
			e := goKeys(x[k])
			if g := goKey(k); g != k {
				delete(x, k)
				k = g
			}
			x[k] = e
		}
		return x
	case []any:
		for i, e := range x {
			x[i] = goKeys(e)
		}
		return x
	}
	return v
}

func goKey(k string) string {
	if k == "" {
		return k
	}
	var b strings.Builder
	b.Grow(len(k))
	for part := range strings.SplitSeq(k, "_") {
		if part == "" {
			continue
		}
		r, size := utf8.DecodeRuneInString(part)
		b.WriteRune(unicode.ToUpper(r))
		b.WriteString(part[size:])
	}
	return b.String()
}
