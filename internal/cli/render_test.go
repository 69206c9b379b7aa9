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
	"slices"
	"strings"
	"testing"
	"time"
)

func TestParseSize(t *testing.T) {
	tests := []struct {
		in   string
		want int64
		err  bool
	}{
		{"1048576", 1 << 20, false},
		{"256MiB", 256 << 20, false},
		{"10MB", 10 << 20, false},
		{"1g", 1 << 30, false},
		{" 64 KiB ", 64 << 10, false},
		{"", 0, true},
		{"MiB", 0, true},
		{"0", 0, true},
		{"-5MiB", 0, true},
		{"5 parsecs", 0, true},
		{"99999999999999999999", 0, true},
		{"9999999999999G", 0, true},
	}
	for _, tt := range tests {
		got, err := parseSize(tt.in)
		if (err != nil) != tt.err || got != tt.want {
			t.Errorf("parseSize(%q) = %d, %v; want %d, error %v", tt.in, got, err, tt.want, tt.err)
		}
	}
}

func TestUniqueNames(t *testing.T) {
	tests := []struct {
		in, want []string
	}{
		{[]string{"a.docx", "b.docx"}, []string{"a.docx", "b.docx"}},
		{[]string{"a.docx", "A.docx", "a.docx"}, []string{"a.docx", "A（2）.docx", "a（3）.docx"}},
		// a later item really named "a（2）" keeps its name; the duplicate skips it.
		{[]string{"a.docx", "a.docx", "a（2）.docx"}, []string{"a.docx", "a（3）.docx", "a（2）.docx"}},
	}
	for _, tt := range tests {
		if got := uniqueNames(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("uniqueNames(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSafeFileName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"武汉通知.docx", "武汉通知.docx"},
		{"武汉通知", "武汉通知.docx"},
		{"../../etc/passwd", "／..／etc／passwd.docx"},
		{`a\b:c*d?.DOCX`, "a／b：c＊d？.docx"},
		{"   ", "007.docx"},
		{"con", "_con.docx"},
		{"LPT1.docx", "_LPT1.docx"},
		{"第一\n第二", "第一 第二.docx"},
	}
	for _, tt := range tests {
		got := safeFileName(tt.in, ".docx", "007")
		if got != tt.want {
			t.Errorf("safeFileName(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if strings.ContainsAny(got, `/\`) || strings.HasPrefix(got, ".") {
			t.Errorf("safeFileName(%q) = %q is not a plain name", tt.in, got)
		}
	}
}

func rawJSON(t *testing.T, s string) any {
	t.Helper()
	var v any
	if err := json.Unmarshal([]byte(s), &v); err != nil {
		t.Fatal(err)
	}
	return v
}

func TestEachItems(t *testing.T) {
	env := &templateEnv{}
	data := rawJSON(t, `{"Records":[{"City":"武汉"},{"City":"黄石"}],"Office":{"Groups":["a","b","c"]},"One":5,"Empty":[],
		"ByName":{"b":2,"a":1}}`)
	tests := []struct {
		path string
		n    int
		err  string
	}{
		{".Records", 2, ""},
		{"Records", 2, ""},
		{".Office.Groups", 3, ""},
		{".ByName", 2, ""},
		{".Missing", 0, `--each ".Missing"：数据中没有「Missing」`},
		{".One", 0, "应为列表，实际是数字"},
		{".Records[0].City", 0, "不是有效的路径"},
		{".Records.City", 0, "数据中没有字段「City」"},
		{".Empty", 0, "空的"},
		{".Records{{", 0, "不是有效的路径"},
		{"(.Records", 0, `不是有效的路径：操作数中不应出现 "("`},
	}
	for _, tt := range tests {
		items, err := eachItems(data, tt.path, env)
		if tt.err != "" {
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("eachItems(%q) error %v, want %q", tt.path, err, tt.err)
			}
			if err != nil && strings.Contains(err.Error(), "template:") || err != nil && strings.Contains(err.Error(), "can't") {
				t.Errorf("eachItems(%q): English in %v", tt.path, err)
			}
			continue
		}
		if err != nil || len(items) != tt.n {
			t.Errorf("eachItems(%q) = %d items, %v; want %d", tt.path, len(items), err, tt.n)
		}
	}
	items, _ := eachItems(data, ".ByName", env)
	if items[0] != 1.0 || items[1] != 2.0 {
		t.Errorf("map items not in key order: %v", items)
	}
}

func TestMergeNames(t *testing.T) {
	env := &templateEnv{}
	items := []any{
		map[string]any{"City": "武汉"}, map[string]any{"City": "黄石"}, map[string]any{"City": "武汉"},
	}
	got, err := mergeNames(items, "{{seq}}-{{.City}}", ".docx", env)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"1-武汉.docx", "2-黄石.docx", "3-武汉.docx"}; !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	got, _ = mergeNames(items, "{{.City}}通知.docx", ".docx", env)
	if want := []string{"武汉通知.docx", "黄石通知.docx", "武汉通知（2）.docx"}; !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	many := make([]any, 12)
	got, _ = mergeNames(many, "", ".docx", env)
	if got[0] != "01.docx" || got[11] != "12.docx" {
		t.Errorf("default names %q", got)
	}
	if _, err := mergeNames(items, "{{.Town}}", ".docx", env); err == nil ||
		err.Error() != `--name "{{.Town}}" 用于第 1 项时出错：数据中没有「Town」` {
		t.Errorf("missing key in --name: %v", err)
	}
	if _, err := mergeNames(items, "{{.City", ".docx", env); err == nil ||
		err.Error() != `--name "{{.City" 不是有效的模板：动作没有闭合：缺少「}}」` {
		t.Errorf("bad --name template: %v", err)
	}
}

// fakeTemplate writes the item's text and fails on items equal to "bad".
type fakeTemplate struct{}

func (fakeTemplate) Execute(_ context.Context, w io.Writer, data any) error {
	if data == "bad" {
		return errors.New("坏数据")
	}
	_, err := fmt.Fprint(w, data)
	return err
}

func TestRenderMany(t *testing.T) {
	lim := renderLimit{maxOutput: 1 << 20, timeout: time.Minute}
	dir := t.TempDir()
	var errOut bytes.Buffer
	ios := &IOStreams{Out: io.Discard, ErrOut: &errOut}

	items := []any{"a", "b", "c"}
	paths, err := renderMany(context.Background(), ios, fakeTemplate{}, sliceItems(items), []string{"1.docx", "2.docx", "3.docx"}, dir, 2, lim)
	if err != nil {
		t.Fatal(err)
	}
	for i, p := range paths {
		if b, _ := os.ReadFile(filepath.Join(dir, p)); string(b) != items[i] {
			t.Errorf("%s = %q, want %q", p, b, items[i])
		}
	}

	// 25 failures among 30 items: nothing written, nothing left behind, the
	// first 20 failures listed and the rest counted.
	items = nil
	var names []string
	for i := range 30 {
		v := "bad"
		if i%6 == 0 {
			v = "ok"
		}
		items = append(items, v)
		names = append(names, fmt.Sprintf("m%02d.docx", i))
	}
	out := filepath.Join(dir, "merge")
	_, err = renderMany(context.Background(), ios, fakeTemplate{}, sliceItems(items), names, out, 3, lim)
	var ee *exitError
	if !errors.As(err, &ee) || ee.code != exitBadInput {
		t.Fatalf("err = %v, want a reported bad-input error", err)
	}
	if entries, _ := os.ReadDir(out); len(entries) != 0 {
		t.Errorf("a failed merge left %d files", len(entries))
	}
	msg := errOut.String()
	if n := strings.Count(msg, "坏数据"); n != 20 {
		t.Errorf("%d failures listed, want 20:\n%s", n, msg)
	}
	if !strings.Contains(msg, "另有 5 项失败") || !strings.Contains(msg, "30 项中有 25 项失败，未写入任何文件") {
		t.Errorf("summary missing:\n%s", msg)
	}
}

func TestNamesFolder(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	if err := os.Mkdir("have", 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile("file", nil, 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		out   string
		noExt bool
		want  bool
	}{
		{"have", false, true},
		{"have.docx", false, false},
		{"new/", false, true},
		{"new" + string(filepath.Separator), false, true},
		{"new", false, false},
		{"new", true, true},
		{"new.docx", true, false},
		{"a/b/new", true, true},
		{"file", true, false}, // an existing file without extension stays a file
	}
	for _, tt := range tests {
		if got := namesFolder(tt.out, tt.noExt); got != tt.want {
			t.Errorf("namesFolder(%q, %v) = %v, want %v", tt.out, tt.noExt, got, tt.want)
		}
	}
}
