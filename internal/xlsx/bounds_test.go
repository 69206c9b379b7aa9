package xlsx

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"gongwen/internal/funcs"
)

// A loop in one cell is refused as the cell grows past what Excel holds,
// not after the text is built.
func TestCellBoundedAsItGrows(t *testing.T) {
	tp, err := Parse("t.xlsx", book(t, "Sheet1", map[string]string{"A1": "{{range 1000000000}}x{{end}}"}, nil), Options{})
	if err != nil {
		t.Fatal(err)
	}
	err = tp.Execute(io.Discard, nil, ExecOptions{})
	if err == nil || !strings.Contains(err.Error(), "Sheet1!A1") || !strings.Contains(err.Error(), "超过单元格上限 32767 字") {
		t.Fatalf("err = %v", err)
	}
}

// The cells of one execution share an output budget.
func TestOutputBudget(t *testing.T) {
	cells := map[string]string{}
	for _, ref := range []string{"A1", "A2", "A3", "A4", "A5"} {
		cells[ref] = `{{range 3000}}xxxxxxxxxx{{end}}`
	}
	tp, err := Parse("t.xlsx", book(t, "Sheet1", cells, nil), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := tp.Execute(io.Discard, nil, ExecOptions{MaxOutput: 100000}); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("err = %v, want ErrTooLarge", err)
	}
	if err := tp.Execute(io.Discard, nil, ExecOptions{}); err != nil {
		t.Fatalf("within the default budget: %v", err)
	}
}

// A loop that prints nothing meets the deadline and a cancelled context,
// in a cell and in the header of a repeated row.
func TestLoopsCancelled(t *testing.T) {
	for name, cells := range map[string]map[string]string{
		"cell":      {"A1": "{{range 1000000000}}{{end}}"},
		"row items": {"A1": "{{range $i, $x := .}}{{$x}}", "B1": "{{end}}"},
	} {
		var data any
		if name == "row items" {
			data = make([]int, 2000000)
		}
		tp, err := Parse("t.xlsx", book(t, "Sheet1", cells, nil), Options{})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		err = tp.Execute(io.Discard, data, ExecOptions{Context: ctx})
		if name == "row items" {
			// Two million items are more than a sheet's rows: refused as
			// they are collected, before the cancelled context matters.
			if err == nil || !strings.Contains(err.Error(), "最大行数") && !errors.Is(err, ErrTimeout) {
				t.Errorf("%s: err = %v", name, err)
			}
			continue
		}
		if !errors.Is(err, ErrTimeout) || !strings.Contains(err.Error(), "渲染超时（已取消）") {
			t.Errorf("%s: err = %v, want ErrTimeout in Chinese", name, err)
		}
		err = tp.Execute(io.Discard, data, ExecOptions{Timeout: time.Millisecond})
		if !errors.Is(err, ErrTimeout) || !strings.Contains(err.Error(), "超过时限") {
			t.Errorf("%s: timeout: err = %v", name, err)
		}
	}
}

// Doubling a text with printf stops at the function bound in a workbook.
func TestXlsxDoubling(t *testing.T) {
	src := `{{$s := "xxxxxxxxxxxxxxxx"}}{{range 40}}{{$s = printf "%s%s" $s $s}}{{end}}{{len $s}}`
	tp, err := Parse("t.xlsx", book(t, "Sheet1", map[string]string{"A1": src}, nil), Options{Funcs: funcs.Map(funcs.Options{})})
	if err != nil {
		t.Fatal(err)
	}
	if err := tp.Execute(io.Discard, nil, ExecOptions{}); err == nil || !strings.Contains(err.Error(), "printf 生成的文字超过") {
		t.Fatalf("err = %v", err)
	}
}

// Text built through many calls, each under funcs.MaxText, and kept in a
// variable counts against the execution's cap as it is built: the cell
// fails with the output cap's error after about that many bytes.
func TestXlsxFunctionsCountAgainstTheCap(t *testing.T) {
	const limit = 8 << 20
	src := `{{$s := "xxxxxxxxxxxxxxxx"}}{{range 13}}{{$s = printf "%s%s" $s $s}}{{end}}` +
		`{{$l := list}}{{range $i := 100000}}{{$l = append $l (cat $s $i)}}{{end}}{{len $l}}`
	tp, err := Parse("t.xlsx", book(t, "Sheet1", map[string]string{"B2": src}, nil), Options{Funcs: funcs.Map(funcs.Options{})})
	if err != nil {
		t.Fatal(err)
	}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	err = tp.Execute(io.Discard, nil, ExecOptions{MaxOutput: limit})
	runtime.ReadMemStats(&after)
	if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "Sheet1!B2") || !strings.Contains(err.Error(), "模板函数累计生成的文字超过 8388608 字节") {
		t.Fatalf("err = %v", err)
	}
	// Without the meter this allocates 13 GB.
	if n := after.TotalAlloc - before.TotalAlloc; n > 8*limit {
		t.Errorf("allocated %d MiB under a %d MiB cap", n>>20, limit>>20)
	}
	// The same template with fewer items passes.
	small := strings.Replace(src, "100000", "20", 1)
	tp, err = Parse("t.xlsx", book(t, "Sheet1", map[string]string{"B2": small}, nil), Options{Funcs: funcs.Map(funcs.Options{})})
	if err != nil {
		t.Fatal(err)
	}
	if err := tp.Execute(io.Discard, nil, ExecOptions{MaxOutput: limit}); err != nil {
		t.Fatal(err)
	}
}

// A value in the last cell of the sheet makes the used area seventeen
// billion cells; the parser refuses it instead of walking them.
func TestFarCellRefused(t *testing.T) {
	// Made by moving B2 there: excelize takes seconds to set XFD1048576.
	data := rezip(t, book(t, "Sheet1", map[string]string{"A1": "{{.X}}", "B2": "x"}, nil), "xl/worksheets/sheet1.xml",
		strings.NewReplacer(`<row r="2">`, `<row r="1048576">`, `r="B2"`, `r="XFD1048576"`))
	_, err := Parse("t.xlsx", data, Options{})
	if err == nil || !strings.Contains(err.Error(), "XFD1048576") || !strings.Contains(err.Error(), "不能作为模板") {
		t.Fatalf("err = %v", err)
	}
	// A cancelled parse stops in the cell walk.
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	rows := map[string]string{"A1": "{{.X}}"}
	for r := 1; r <= 600; r++ {
		ref, _ := excelize.CoordinatesToCellName(3, r)
		rows[ref] = "y"
	}
	_, err = Parse("t.xlsx", book(t, "Sheet1", rows, nil), Options{Context: ctx})
	if !errors.Is(err, ErrTimeout) && (err == nil || !strings.Contains(err.Error(), "渲染超时")) {
		t.Fatalf("cancelled parse: err = %v", err)
	}
}

// rezip rewrites one part of a package with r.
func rezip(t *testing.T, data []byte, part string, r *strings.Replacer) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		if f.Name == part {
			if nb := r.Replace(string(b)); nb != string(b) {
				b = []byte(nb)
			} else {
				t.Fatalf("%s: nothing replaced in %s", part, b)
			}
		}
		w, err := zw.Create(f.Name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(b)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

// FuzzExecuteBounded runs arbitrary cell texts (a repeated row among
// them) through Parse and Execute with the whole function map: an error
// or a workbook, within the limits, never a panic or a runaway.
func FuzzExecuteBounded(f *testing.F) {
	f.Add(`{{$s := "xxxxxxxxxxxxxxxx"}}{{range 40}}{{$s = printf "%s%s" $s $s}}{{end}}{{$s}}`, "{{.}}")
	f.Add(`{{range 1000000000}}x{{end}}`, "")
	f.Add(`{{range $i, $x := .R}}{{$x}}`, `{{end}}`)
	f.Add(`{{range 1000000000}}{{end}}`, "{{len .R}}")
	f.Add(`{{range .R}}{{.}}`, `{{range 100000}}y{{end}}{{end}}`)
	fm := funcs.Map(funcs.Options{})
	f.Fuzz(func(t *testing.T, a1, b1 string) {
		if len(a1)+len(b1) > 2000 {
			return
		}
		data := book(&testing.T{}, "Sheet1", map[string]string{"A1": a1, "B1": b1, "A2": "{{.T}}"}, nil)
		watch := time.AfterFunc(20*time.Second, func() { panic(fmt.Sprintf("runaway cells %q %q", a1, b1)) })
		defer watch.Stop()
		tp, err := Parse("f.xlsx", data, Options{Funcs: fm, MissingKeyZero: true})
		if err != nil {
			return
		}
		err = tp.Execute(io.Discard, map[string]any{"R": []any{1, "二", 3.5}, "T": "t"}, ExecOptions{Timeout: time.Second, MaxOutput: 1 << 20})
		var es Errors
		if err != nil && !errors.As(err, &es) && !strings.Contains(err.Error(), "写出") {
			t.Fatalf("not the engine's errors: %v", err)
		}
	})
}
