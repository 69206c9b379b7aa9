// Package peer runs gongwen under the runner contract of ../shared/peers,
// the side-by-side benchmark of document-templating engines:
//
//	COMMAND TEMPLATE DATA.json OUTDIR single|many
//
// single: DATA is one object, rendered to OUTDIR/out.docx; many: DATA is
// {"records":[…]} (or a bare array), one file per record, OUTDIR/000000.docx
// and on. The peers' data has snake_case keys; the Go-template variants of
// their templates read CamelCase fields, so keys are renamed on the way in
// (copy_no → CopyNo), as the peers' gokeys.py does.
//
// Two commands use it: the hidden `gongwen peer` (the product's own binary)
// and cmd/gongwen-peer (the engine without the CLI, to show what the rest
// of the binary costs in memory).
package peer

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

	"gongwen/internal/outfile"
)

// Render writes one document for data. It must be safe for concurrent use.
type Render func(ctx context.Context, w io.Writer, data any) error

// Options say what to run.
type Options struct {
	Data    string // the JSON data file
	OutDir  string
	Mode    string // "single" or "many"
	Workers int    // parallel renders in many mode; 0 means GOMAXPROCS
}

// Times are the phases the peers' runners report, in milliseconds. In many
// mode Render and Write are summed over the workers, so they can add up to
// more than the wall time. The engine writes the zip while it renders, so
// Zip is part of Render (and 0).
type Times struct {
	Engine  string  `json:"engine"`
	Mode    string  `json:"mode"`
	Docs    int     `json:"docs"`
	Workers int     `json:"workers"`
	Load    float64 `json:"load_ms"`
	Unzip   float64 `json:"unzip_ms"` // open the package and compile the template
	Render  float64 `json:"render_ms"`
	Zip     float64 `json:"zip_ms"`
	Write   float64 `json:"write_ms"`
	Total   float64 `json:"total_ms"`
}

// DataError is a problem with the data file or the command line, not with
// the template: the caller reports it as bad input.
type DataError struct{ Err error }

func (e *DataError) Error() string { return e.Err.Error() }
func (e *DataError) Unwrap() error { return e.Err }

// Ms converts a duration to the milliseconds of Times.
func Ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// Run renders the data of opts with render and fills in the times of the
// phases it runs (Load, Render, Write, Docs, Workers). A render error is
// returned as it is (the first one in many mode, after all have run).
func Run(ctx context.Context, render Render, opts Options, times *Times) error {
	if opts.Mode != "single" && opts.Mode != "many" {
		return &DataError{fmt.Errorf("第 4 个参数应为 single 或 many，而不是 %q", opts.Mode)}
	}
	times.Mode = opts.Mode
	if err := os.MkdirAll(opts.OutDir, 0o755); err != nil {
		return &DataError{err}
	}
	t := time.Now()
	if opts.Mode == "many" {
		f, err := os.Open(opts.Data)
		if err != nil {
			return &DataError{err}
		}
		defer f.Close()
		return runMany(ctx, render, opts, f, t, times)
	}
	src, err := os.ReadFile(opts.Data)
	if err != nil {
		return &DataError{err}
	}
	data, err := newDecoder(src, goKey).decodeAll()
	if err != nil {
		return &DataError{fmt.Errorf("%s：%w", opts.Data, err)}
	}
	src = nil // the decoded data holds no reference to it
	times.Load = Ms(time.Since(t))
	t = time.Now()
	// The file is written as the zip is made: render and write are one.
	err = outfile.Write(filepath.Join(opts.OutDir, "out.docx"), func(w io.Writer) error {
		return render(ctx, w, data)
	})
	times.Render = Ms(time.Since(t))
	times.Docs, times.Workers = 1, 1
	return err
}

// runMany reads the records one at a time while the workers render the ones
// before it, so memory holds a few records, not the file: encoding/json
// cuts each record out of the stream, the decoder builds its value.
func runMany(ctx context.Context, render Render, opts Options, r io.Reader, start time.Time, times *Times) error {
	dec := json.NewDecoder(r)
	if err := enterRecords(dec); err != nil {
		return &DataError{fmt.Errorf("%s：%w", opts.Data, err)}
	}
	load := time.Since(start)
	workers := opts.Workers
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
		firstAt       = -1
		rendering, wr time.Duration
	)
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var buf bytes.Buffer
			var rd, wt time.Duration
			for j := range jobs {
				t := time.Now()
				buf.Reset()
				err := render(ctx, &buf, j.data)
				t2 := time.Now()
				rd += t2.Sub(t)
				if err == nil {
					err = outfile.Write(filepath.Join(opts.OutDir, fmt.Sprintf("%06d.docx", j.i)), func(w io.Writer) error {
						_, err := w.Write(buf.Bytes())
						return err
					})
				}
				wt += time.Since(t2)
				if err != nil {
					mu.Lock()
					if firstAt < 0 || j.i < firstAt {
						firstAt, firstErr = j.i, fmt.Errorf("第 %d 条记录：%w", j.i+1, err)
					}
					mu.Unlock()
				}
			}
			mu.Lock()
			rendering += rd
			wr += wt
			mu.Unlock()
		}()
	}
	n := 0
	var decErr error
	var raw json.RawMessage
	for dec.More() {
		t := time.Now()
		err := dec.Decode(&raw)
		var v any
		if err == nil {
			v, err = newDecoder(raw, goKey).decodeAll()
		}
		load += time.Since(t)
		if err != nil {
			decErr = &DataError{fmt.Errorf("%s：第 %d 条记录：%w", opts.Data, n+1, err)}
			break
		}
		jobs <- job{n, v}
		n++
	}
	close(jobs)
	wg.Wait()
	times.Docs, times.Workers = n, workers
	times.Load, times.Render, times.Write = Ms(load), Ms(rendering), Ms(wr)
	if decErr != nil {
		return decErr
	}
	return firstErr
}

// enterRecords positions dec inside the list of records: the top-level
// array, or the array under "records" (or "Records") of the top-level
// object.
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

// goKey renames a snake_case key to Go's CamelCase, as the peers'
// gokeys.py does: copy_no → CopyNo, no → No; a key without "_" only gets
// its first letter upper-cased.
func goKey(k string) string {
	var b strings.Builder
	b.Grow(len(k))
	for part := range strings.SplitSeq(k, "_") {
		if part == "" {
			continue
		}
		r, size := utf8.DecodeRuneInString(part)
		if r == utf8.RuneError && size <= 1 {
			b.WriteString(part) // not UTF-8: keep the bytes as they are
			continue
		}
		b.WriteRune(unicode.ToUpper(r))
		b.WriteString(part[size:])
	}
	return b.String()
}
