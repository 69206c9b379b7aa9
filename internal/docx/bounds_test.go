package docx

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
	"testing"
	"time"

	dt "gongwen/internal/docx/docxtest"
	"gongwen/internal/funcs"
)

// Nesting is bounded while compiling, where no timeout applies: 20 000
// nested ifs (the 1.2 MB template that grew memory with the square of its
// depth) are refused with a located Chinese message.
func TestDeepNestingRefused(t *testing.T) {
	const depth = 20000
	src := strings.Repeat("{{if 1}}", depth) + "x" + strings.Repeat("{{end}}", depth)
	_, err := try(dt.Doc{Body: []dt.Block{dt.P(src)}}, nil, Options{})
	var es Errors
	if !errors.As(err, &es) || len(es) != 1 || !strings.Contains(es[0].Msg, "嵌套超过 100 层") {
		t.Fatalf("err = %v, want one nesting error", err)
	}
	// Just inside the bound is fine.
	src = strings.Repeat("{{if 1}}", maxNesting) + "x" + strings.Repeat("{{end}}", maxNesting)
	if _, err := try(dt.Doc{Body: []dt.Block{dt.P(src)}}, nil, Options{}); err != nil {
		t.Fatalf("%d levels: %v", maxNesting, err)
	}
}

// The compiler is linear in the template: twice the actions (each
// declaring and using variables, each nested) allocate about twice the
// memory, not four times.
func TestCompileLinear(t *testing.T) {
	tmpl := func(n int) dt.Doc {
		var b strings.Builder
		for i := range n {
			b.WriteString("{{if 1}}{{$v" + strings.Repeat("x", i%7) + " := " + "1}}{{$v" + strings.Repeat("x", i%7) + "}}")
			if i%50 == 49 {
				b.WriteString(strings.Repeat("{{end}}", 50))
			}
		}
		return dt.Doc{Body: []dt.Block{dt.P(b.String())}}
	}
	alloc := func(n int) uint64 {
		d := tmpl(n)
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		if _, err := parsePackage("t.docx", docPackage(d), Options{Funcs: funcs.Map(funcs.Options{})}); err != nil {
			t.Fatal(err)
		}
		runtime.ReadMemStats(&after)
		return after.TotalAlloc - before.TotalAlloc
	}
	small, big := alloc(2000), alloc(8000)
	t.Logf("allocated %d and %d bytes", small, big)
	if ratio := float64(big) / float64(small); ratio > 6 {
		t.Errorf("4× the template allocates %.1f× the memory (%d → %d bytes)", ratio, small, big)
	}
}

// Functions that build text count against their bound as they go, in a
// document too; paragraphs made by paras count against the output cap
// one by one, so a huge host formatting cannot multiply first.
func TestBuildingBounded(t *testing.T) {
	fm := funcs.Map(funcs.Options{})
	d := dt.Doc{Body: []dt.Block{dt.P(`{{$s := "xxxxxxxxxxxxxxxx"}}{{range 40}}{{$s = printf "%s%s" $s $s}}{{end}}{{$s}}`)}}
	_, err := try(d, nil, Options{Funcs: fm})
	if err == nil || !strings.Contains(err.Error(), "printf 生成的文字超过") {
		t.Errorf("printf doubling: %v", err)
	}
	d = dt.Doc{Body: []dt.Block{dt.P(`{{paras .}}`)}}
	_, err = try(d, strings.Repeat("x\n", 400000), Options{Funcs: fm, MaxOutput: 1 << 20})
	if !errors.Is(err, ErrTooLarge) {
		t.Errorf("paras: %v, want ErrTooLarge", err)
	}
}

// FuzzCompileBounded feeds the compiler action texts with the whole
// function map, the attacks of issue 13 among the seeds: whatever the
// text, Parse and Render end within the limits, with an error or a
// well-formed part, never a crash or a runaway.
func FuzzCompileBounded(f *testing.F) {
	f.Add(`{{$s := "xxxxxxxxxxxxxxxx"}}{{range 40}}{{$s = printf "%s%s" $s $s}}{{end}}{{$s}}`, uint8(1))
	f.Add(`{{if 1}}`, uint8(200))
	f.Add(`{{range 1000000000}}x{{end}}`, uint8(1))
	f.Add(`{{$l := list 1}}{{range 60}}{{$l = list $l $l}}{{end}}{{toJson $l}}`, uint8(1))
	f.Add(`{{with $x := 1}}{{$x}}{{end}}{{$x}}`, uint8(3))
	f.Add(`{{paras (repeat 5000 "a\n")}}`, uint8(1))
	fm := funcs.Map(funcs.Options{})
	f.Fuzz(func(t *testing.T, text string, times uint8) {
		if len(text)*int(times) > 20000 {
			return
		}
		watch := time.AfterFunc(20*time.Second, func() { panic(fmt.Sprintf("runaway input %q × %d", text, times)) })
		defer watch.Stop()
		d := dt.Doc{Body: []dt.Block{dt.P(strings.Repeat(text, int(times)))}}
		tp, err := parsePackage("f.docx", docPackage(d), Options{Funcs: fm, Missing: "empty", Timeout: time.Second, MaxOutput: 1 << 20})
		if err != nil {
			return
		}
		out, err := tp.Render(fuzzData, ExecOptions{})
		if err != nil {
			return
		}
		if err := wellFormed(out["word/document.xml"]); err != nil {
			t.Fatalf("malformed output: %v", err)
		}
	})
}
