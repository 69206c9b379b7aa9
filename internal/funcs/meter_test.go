package funcs

import (
	"errors"
	"strings"
	"testing"
	"text/template"
)

func TestMetered(t *testing.T) {
	errSpent := errors.New("spent")
	tests := []struct {
		tpl     string
		charged int64
	}{
		{`{{printf "%s-%s" "ab" "cd"}}`, 5},
		{`{{upper "abc"}}`, 3},
		{`{{"abc" | replace "b" "xx"}}`, 4},
		{`{{list 1 2 3 | len}}`, 3 * itemBytes},
		{`{{dict "a" 1 "b" 2 | len}}`, 2 * entryBytes},
		{`{{default "x" "abcdef"}}`, 0}, // passes its argument through
		{`{{__own "abc"}}`, 0},          // the engine's
		{`{{cnum 12}}`, int64(len("十二"))},
	}
	for _, tc := range tests {
		var charged int64
		fm := Map(Options{})
		fm["__own"] = func(s string) string { return s }
		m := Metered(fm, func(n int64) error { charged += n; return nil })
		tm, err := template.New("t").Funcs(m).Parse(tc.tpl)
		if err != nil {
			t.Fatal(err)
		}
		if err := tm.Execute(&strings.Builder{}, nil); err != nil {
			t.Fatalf("%s: %v", tc.tpl, err)
		}
		if charged != tc.charged {
			t.Errorf("%s charged %d, want %d", tc.tpl, charged, tc.charged)
		}
	}
	// The meter's error stops the call that passed the budget.
	left := int64(10)
	m := Metered(Map(Options{}), func(n int64) error {
		if left -= n; left < 0 {
			return errSpent
		}
		return nil
	})
	tm := template.Must(template.New("t").Funcs(m).Parse(`{{range 5}}{{$x := printf "%s" "abcd"}}{{end}}`))
	if err := tm.Execute(&strings.Builder{}, nil); !errors.Is(err, errSpent) {
		t.Errorf("err = %v", err)
	}
}
