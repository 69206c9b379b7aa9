package docx

import (
	"errors"
	"runtime"
	"strings"
	"testing"

	dt "gongwen/internal/docx/docxtest"
	"gongwen/internal/funcs"
)

// TestFunctionsCountAgainstTheRender builds text through many calls that
// each stay under funcs.MaxText and keeps every result: the render's cap
// stops it as it goes, with the output cap's error at the action, after
// about as many bytes as the cap allows.
func TestFunctionsCountAgainstTheRender(t *testing.T) {
	const limit = 8 << 20
	grow := func(call string) string {
		return `{{$s := "xxxxxxxxxxxxxxxx"}}{{range 13}}{{$s = printf "%s%s" $s $s}}{{end}}{{$l := list}}{{range $i := 100000}}{{$l = append $l (` + call + `)}}{{end}}{{len $l}}`
	}
	tests := []struct {
		name, tpl string
		perCall   bool // stopped by funcs.MaxText before the render's cap
	}{
		{"printf", grow(`printf "%s%d" $s $i`), false},
		{"print", grow(`print $s $i`), false},
		{"println", grow(`println $s $i`), false},
		{"cat", grow(`cat $s $i`), false},
		{"upper", grow(`upper $s`), false},
		{"html", grow(`html $s`), false},
		{"js", grow(`js $s`), false},
		{"urlquery", grow(`urlquery $s`), false},
		{"quote", grow(`quote $s`), false},
		{"replace", grow(`replace "x" "y" $s`), false},
		{"list of lists", `{{$s := list 1 2 3 4 5 6 7 8 9 10}}{{range 9}}{{$s = concat $s $s}}{{end}}{{$l := list}}{{range 100000}}{{$l = append $l (concat $s)}}{{end}}{{len $l}}`, false},
		{"doubling", `{{$s := "xxxxxxxxxxxxxxxx"}}{{range 40}}{{$s = printf "%s%s" $s $s}}{{end}}{{len $s}}`, true},
	}
	fm := funcs.Map(funcs.Options{})
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tp, err := parsePackage("t.docx", docPackage(dt.Doc{Body: []dt.Block{dt.P("前言"), dt.P(tc.tpl)}}), Options{Funcs: fm})
			if err != nil {
				t.Fatal(err)
			}
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			_, err = tp.Render(nil, ExecOptions{MaxOutput: limit})
			runtime.ReadMemStats(&after)
			if err == nil {
				t.Fatal("no error")
			}
			switch {
			case tc.perCall && !strings.Contains(err.Error(), "生成的文字超过 1048576 字节上限"):
				t.Errorf("error %v", err)
			case !tc.perCall && (!errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "模板函数累计生成的文字超过 8388608 字节")):
				t.Errorf("error %v", err)
			}
			if !strings.Contains(err.Error(), "正文“{{$s :=") || englishRE.MatchString(err.Error()) {
				t.Errorf("error not located or not in Chinese: %v", err)
			}
			// Without the meter these allocate gigabytes.
			if n := after.TotalAlloc - before.TotalAlloc; n > 8*limit {
				t.Errorf("allocated %d MiB under a %d MiB cap", n>>20, limit>>20)
			}
		})
	}
}

// TestFunctionsWithinTheRenderCap renders a template whose functions
// build a lot in total, but less than the cap: nothing is refused.
func TestFunctionsWithinTheRenderCap(t *testing.T) {
	fm := funcs.Map(funcs.Options{})
	tp, err := parsePackage("t.docx", docPackage(dt.Doc{Body: []dt.Block{dt.P(`{{range .}}{{printf "%s。" . | upper}}{{end}}`)}}), Options{Funcs: fm})
	if err != nil {
		t.Fatal(err)
	}
	data := make([]string, 1000)
	for i := range data {
		data[i] = strings.Repeat("文", 300)
	}
	if _, err := tp.Render(data, ExecOptions{MaxOutput: 4 << 20}); err != nil {
		t.Fatal(err)
	}
}
