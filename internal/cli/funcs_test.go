package cli

import (
	"encoding/json"
	"strings"
	"testing"

	"gongwen/internal/funcs"
)

func TestFuncsText(t *testing.T) {
	code, stdout, stderr := run("funcs")
	if code != exitOK || stderr != "" {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	for _, want := range []string{
		"中文公文格式（cn）\n  cnum ",
		"{{cnum 10001}}  →  一万零一",
		"文字处理（strings）",
		`{{nindent 2 "甲"}}  →  "\n  甲"`,
		"Word 文档结构（docx）",
		"  paras ",
	} {
		if !strings.Contains(stdout, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	for _, absent := range []string{"  env ", "  genPrivateKey ", "  until "} {
		if strings.Contains(stdout, absent) {
			t.Errorf("output lists %q", absent)
		}
	}
	// Every function of the map is listed.
	for _, f := range funcs.All() {
		if !strings.Contains(stdout, "\n  "+f.Name+" ") {
			t.Errorf("%s not listed", f.Name)
		}
	}
}

func TestFuncsNames(t *testing.T) {
	tests := []struct {
		args           []string
		code           int
		stdout, stderr []string
	}{
		{[]string{"funcs", "cnum", "workdays"}, exitOK, []string{"cnum", "workdays", "中文公文格式（cn）"}, nil},
		{[]string{"funcs", "trim"}, exitOK, []string{"文字处理（strings）\n  trim "}, nil},
		{[]string{"funcs", "env"}, exitBadInput, nil, []string{"出于安全考虑，模板中不能使用 env"}},
		{[]string{"funcs", "until"}, exitBadInput, nil, []string{"为防止生成无限大的文稿，模板中不能使用 until"}},
		{[]string{"funcs", "workday"}, exitBadInput, nil, []string{"没有名为 workday 的函数，是否想查 addWorkdays、isWorkday、workdays？"}},
		{[]string{"funcs", "--bogus"}, exitUsage, nil, []string{"未知的选项 --bogus"}},
	}
	for _, tt := range tests {
		code, stdout, stderr := run(tt.args...)
		if code != tt.code {
			t.Errorf("%v: exit %d, want %d\n%s", tt.args, code, tt.code, stderr)
		}
		for _, w := range tt.stdout {
			if !strings.Contains(stdout, w) {
				t.Errorf("%v: stdout lacks %q:\n%s", tt.args, w, stdout)
			}
		}
		for _, w := range tt.stderr {
			if !strings.Contains(stderr, w) {
				t.Errorf("%v: stderr lacks %q:\n%s", tt.args, w, stderr)
			}
		}
		if tt.code != exitOK && stdout != "" {
			t.Errorf("%v: stdout %q on failure", tt.args, stdout)
		}
	}
	if _, stdout, _ := run("funcs", "cnum"); strings.Contains(stdout, "trim") {
		t.Error("funcs cnum lists other functions")
	}
}

func TestFuncsJSON(t *testing.T) {
	code, stdout, stderr := run("funcs", "--json")
	if code != exitOK || stderr != "" {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	var out struct {
		Namespaces []struct{ Name, Title string }
		Functions  []struct {
			Name, Namespace, Desc string
			Examples              []struct{ Template, Want string }
		}
		Excluded []struct{ Name, Reason string }
	}
	if err := json.Unmarshal([]byte(stdout), &out); err != nil {
		t.Fatal(err)
	}
	if len(out.Functions) < len(funcs.All()) || out.Functions[0].Name != "cnum" || out.Namespaces[0].Title != "中文公文格式" {
		t.Errorf("functions: %d, first %+v", len(out.Functions), out.Functions[0])
	}
	found := false
	for _, e := range out.Excluded {
		if e.Name == "genPrivateKey" && strings.Contains(e.Reason, "出于安全考虑") {
			found = true
		}
	}
	if !found {
		t.Error("excluded list lacks genPrivateKey")
	}
	// The output is stable, and raw: no \u003c escapes for tools to undo.
	_, again, _ := run("funcs", "--json")
	if again != stdout || strings.Contains(stdout, `\u003c`) {
		t.Error("--json output unstable or HTML-escaped")
	}
	// With names, only those functions and no excluded list.
	_, one, _ := run("funcs", "--json", "amount")
	if !strings.Contains(one, `"name": "amount"`) || strings.Contains(one, `"excluded"`) || strings.Contains(one, `"cnum"`) {
		t.Errorf("funcs --json amount:\n%s", one)
	}
}
