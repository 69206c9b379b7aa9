package load

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// The decoder is generic over the model; these kinds are not in the model
// today but must not crash it when a field of that kind is added.
type otherKinds struct {
	F     float64           `yaml:"f"`
	M     map[string]int    `yaml:"m"`
	Any   any               `yaml:"any"`
	Texts map[string]string `yaml:"texts"`
	Ch    chan int          `yaml:"ch"`
}

func decodeInto(t *testing.T, src string, v any) Diagnostics {
	t.Helper()
	var doc yaml.Node
	if err := yaml.Unmarshal([]byte(src), &doc); err != nil {
		t.Fatal(err)
	}
	d := newDecoder("x.yaml", &doc, len(src))
	d.value(doc.Content[0], reflect.ValueOf(v).Elem(), "", 1, nil)
	return d.diags
}

func TestOtherKinds(t *testing.T) {
	var v otherKinds
	ds := decodeInto(t, "f: 1.5\nm: {a: 1, b: 2}\nany: [1, x]\ntexts: {k: v}\n", &v)
	if len(ds) != 0 {
		t.Fatal(ds)
	}
	want := otherKinds{F: 1.5, M: map[string]int{"a": 1, "b": 2}, Any: []any{1, "x"}, Texts: map[string]string{"k": "v"}}
	if !reflect.DeepEqual(v, want) {
		t.Errorf("got %+v", v)
	}
	ds = decodeInto(t, "f: x\nm: {a: 1, a: 2}\nch: 1\n", &v)
	var msgs []string
	for _, d := range ds {
		msgs = append(msgs, d.String())
	}
	got := strings.Join(msgs, "\n")
	for _, w := range []string{"x.yaml:1:4: 应为数字", "x.yaml:2:11: 键“a”重复", "x.yaml:3:5: 内部错误"} {
		if !strings.Contains(got, w) {
			t.Errorf("missing %q in\n%s", w, got)
		}
	}
}

func TestCRLF(t *testing.T) {
	data := strings.ReplaceAll(minimal, "\n", "\r\n")
	if _, _, err := Bytes("crlf.yaml", []byte(data)); err != nil {
		t.Fatal(err)
	}
	bad := strings.ReplaceAll("name: x\r\nyear: abc\r\n", "\n", "\n")
	_, _, err := Bytes("crlf.yaml", []byte(bad))
	if err == nil || !strings.Contains(err.Error(), "crlf.yaml:2:7: 应为整数") {
		t.Errorf("got %v", err)
	}
	src := []byte(bad)
	if ex := Excerpt(src, 2, 7); strings.Contains(ex, "\r") {
		t.Errorf("excerpt keeps the carriage return: %q", ex)
	}
}

func TestSuggestions(t *testing.T) {
	tests := []struct {
		s    string
		opts []string
		want string
	}{
		{"nmae", []string{"name", "year"}, "name"},
		{"shortname", []string{"short_name", "short"}, "short_name"},
		{"已完成了", []string{"未启动", "推进中", "已完成", "已销号"}, "已完成"},
		{"完成", []string{"未启动", "推进中", "已完成", "已销号"}, "已完成"},
		{"zzzzzz", []string{"name", "year"}, ""},
	}
	for _, tt := range tests {
		if got := closest(tt.s, tt.opts); got != tt.want {
			t.Errorf("closest(%q) = %q, want %q", tt.s, got, tt.want)
		}
	}
}

func TestAliasesAndMerges(t *testing.T) {
	// A mistake inside an anchor is reported once, at the anchor; a
	// problem of a mapping that merges another is placed at the mapping.
	data := "name: x\nyear: 2013\nunits:\n  - &u {id: a, name: A, sample: 是}\n  - *u\n  - *u\n" +
		"phases:\n  - &p {id: p1, name: P, period: 全年}\n  - <<: *p\n    name: Q\n"
	_, _, err := Bytes("a.yaml", []byte(data))
	got := ""
	if err != nil {
		got = err.Error()
	}
	if strings.Count(got, "实际为字符串“是”") != 1 || !strings.Contains(got, "a.yaml:4:33:") {
		t.Errorf("anchor mistake not reported once at 4:33:\n%s", got)
	}
	if !strings.Contains(got, "a.yaml:5:5: 单位标识“a”重复") || !strings.Contains(got, "a.yaml:6:5: 单位标识“a”重复") {
		t.Errorf("duplicate id of an alias not placed at the alias:\n%s", got)
	}
	if !strings.Contains(got, "a.yaml:9:5: 工作步骤标识“p1”重复") {
		t.Errorf("merged duplicate id not placed at the merging mapping:\n%s", got)
	}
}

func TestMojibakeDetection(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"瀵逛笉璧凤紝鎮ㄨ璁块棶鐨勯〉闈笉瀛樺湪鎴栧凡琚垹闄!", true},
		{"10 绉掍箣鍚庡皢甯︽偍鍥炲埌鑽嗘缃戦椤", true},
		{"notes: 鍏ㄧ渷寮€灞曚富棰樺疄璺垫椿鍔?", true},
		// Genuine text whose GBK bytes happen to form UTF-8.
		{`{"武汉通知.docx", "武汉通知.docx"},`, false},
		{"2月中旬，筹备召开全省主题实践活动电视电话动员会。", false},
		{"省委“学习贯彻十八大、争创发展新业绩”", false},
		{"ASCII only", false},
	}
	for _, tt := range tests {
		if _, got := mojibake(tt.line); got != tt.want {
			t.Errorf("mojibake(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

func TestJSONPositionsAndEscapes(t *testing.T) {
	data := "{\n  \"name\": \"a\\/b \\ud83d\\ude00 \\u4e2d\",\n\t\"year\": true,\n  \"units\": [ {\"id\": \"中文\", \"nmae\": null} ],\n  \"office\": {\"groups\": [[]]}\n}\n"
	_, _, err := Bytes("a.json", []byte(data))
	var ds Diagnostics
	if !errors.As(err, &ds) {
		t.Fatal(err)
	}
	var got []string
	for _, d := range ds {
		got = append(got, d.String())
	}
	want := []string{
		"a.json:3:10: 应为整数，实际为布尔值 true（路径 year）",
		"a.json:4:27: 未知的键“nmae”，您是不是要写“name”（全称）？（路径 units[0].nmae）",
		"a.json:5:25: 应为键值对（每行“键: 值”），实际为列表（路径 office.groups[0]）",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	c, _, err := Bytes("a.json", []byte(`{"name": "a\/b \ud83d\ude00", "year": 2013}`))
	if err != nil {
		t.Fatal(err)
	}
	if c.Name != "a/b 😀" {
		t.Errorf("name %q", c.Name)
	}
	for _, n := range []int{70, 20000} {
		deep := `{"a": ` + strings.Repeat("[", n) + strings.Repeat("]", n) + `}`
		if _, err := RawBytes("d.json", []byte(deep)); err == nil || !strings.Contains(err.Error(), "嵌套超过 64 层") {
			t.Errorf("JSON nested %d deep: %v", n, err)
		}
	}
}

func TestKeyOneLevelTooHigh(t *testing.T) {
	_, _, err := Bytes("a.yaml", []byte("name: x\nyear: 2013\ngroups:\n  - {id: a, name: A}\n"))
	want := "a.yaml:3:1: 未知的键“groups”；“groups”（工作组）应写在“office”下面（缩进一层）（路径 groups）"
	if err == nil || err.Error() != want {
		t.Errorf("got %v\nwant %s", err, want)
	}
}

// TestStatusSynonyms: a status written as clerks say it (进行中, 已办结,
// 未开始), which no edit distance finds, is answered with the status it
// means.
func TestStatusSynonyms(t *testing.T) {
	for _, tt := range []struct{ written, want string }{
		{"进行中", "推进中"}, {"已办结", "已完成"}, {"未开始", "未启动"}, {"推进", "推进中"}, {"已消号", "已销号"},
	} {
		data := "name: x\nyear: 2013\ntasks:\n  - {id: a, title: 任务, period: 3月, status: " + tt.written + "}\n"
		_, _, err := Bytes("a.yaml", []byte(data))
		if err == nil || !strings.Contains(err.Error(), "状态“"+tt.written+"”不是可选的值") ||
			!strings.Contains(err.Error(), "您是不是要写“"+tt.want+"”") {
			t.Errorf("status %s: %v, want a suggestion of %s", tt.written, err, tt.want)
		}
	}
}
