package gbt9704

import (
	"bytes"
	"strings"
	"testing"

	"gongwen/internal/opc"
	"gongwen/templates"
)

func lintBytes(t testing.TB, data []byte) []Finding {
	t.Helper()
	pkg, err := opc.Open(bytes.NewReader(data), int64(len(data)), opc.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	fs, err := Lint(pkg)
	if err != nil {
		t.Fatal(err)
	}
	return fs
}

// TestBuiltinTemplatesPass lints every built-in Word template: no errors,
// no warnings.
func TestBuiltinTemplatesPass(t *testing.T) {
	n := 0
	for _, name := range templates.Names() {
		if !strings.HasSuffix(name, ".docx") {
			continue
		}
		n++
		data, err := templates.Read(name)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range lintBytes(t, data) {
			t.Errorf("%s: %s", name, f)
		}
	}
	if n < 8 {
		t.Errorf("only %d built-in Word templates", n)
	}
}
