package docx

import (
	"testing"
	"text/template"
	"text/template/parse"
)

// builtinFuncs must hold exactly text/template's predefined functions: each
// of them parses in a template without funcs, and the syntax check accepts
// what a template accepts.
func TestBuiltinFuncs(t *testing.T) {
	for name := range builtinFuncs {
		if _, err := template.New("x").Parse("{{" + name + " 1}}"); err != nil {
			t.Errorf("%s is not a text/template builtin: %v", name, err)
		}
	}
	for _, tt := range []struct {
		src string
		ok  bool
	}{
		{"{{len .A}}{{index .B 1}}{{printf \"%d\" 1}}{{slice .C 1}}", true},
		{"{{if and (eq .A 1) (ne .B 2) (lt 1 2) (le 1 2) (gt 2 1) (ge 2 1) (not .C) (or .D .E)}}{{end}}", true},
		{"{{html .A}}{{js .A}}{{urlquery .A}}{{print 1}}{{println 1}}{{call .F}}", true},
		{"{{nosuchfunc .A}}", false},
		{"{{if}}", false},
	} {
		_, want := template.New("x").Parse(tt.src)
		_, got := parse.Parse("x", tt.src, "{{", "}}", builtinFuncs)
		if (want == nil) != tt.ok || (got == nil) != tt.ok {
			t.Errorf("%s: template says %v, parse with builtinFuncs says %v", tt.src, want, got)
		}
	}
}
