package load

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"gongwen/data"
)

const committedSchema = "../../data/activity.schema.json"

var update = flag.Bool("update", false, "write the generated schema to data/activity.schema.json")

// The committed schema is what `gongwen schema` prints (gongwen/data embeds
// it) and what editors read; it must be the model's.
func TestSchemaIsCommitted(t *testing.T) {
	got := Schema()
	if *update {
		if err := os.WriteFile(committedSchema, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(committedSchema)
	if err != nil {
		t.Fatalf("%v\n生成方法：go test ./internal/load -run TestSchemaIsCommitted -update", err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("data/activity.schema.json 与数据模型不一致（模型改过了？）。\n" +
			"请在仓库根目录运行：go test ./internal/load -run TestSchemaIsCommitted -update")
	}
	if !bytes.Equal(data.Schema, want) {
		t.Fatal("gongwen/data embeds a different schema from data/activity.schema.json")
	}
	if !bytes.Equal(Schema(), got) {
		t.Error("Schema is not deterministic")
	}
}

func compileSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(Schema()))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	if err := c.AddResource("activity.schema.json", doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile("activity.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// The files the loader accepts must satisfy the schema editors use, or
// editors would underline good data.
func TestSchemaAcceptsWhatTheLoaderAccepts(t *testing.T) {
	s := compileSchema(t)
	files, _ := filepath.Glob("../../testdata/ok/*.*")
	files = append(files, "../../data/xuechuang.yaml")
	for _, f := range files {
		if strings.HasSuffix(f, "expect.txt") {
			continue
		}
		if _, _, err := File(f); err != nil {
			if os.IsNotExist(err) || strings.Contains(err.Error(), "文件不存在") {
				continue
			}
			t.Errorf("%s does not load: %v", f, err)
			continue
		}
		v, err := Raw(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := s.Validate(v); err != nil {
			t.Errorf("%s: %v", f, err)
		}
	}
}

// And the schema catches the mistakes editors can see: unknown keys, wrong
// types, bad enums.
func TestSchemaRejects(t *testing.T) {
	s := compileSchema(t)
	tests := []string{
		"name: x\nyear: 2013\nshortname: y\n",
		"name: x\nyear: abc\n",
		"name: x\nyear: 2013\ntasks: [{id: t, status: 已完成了}]\n",
		"name: x\nyear: 2013\nmeetings: [{id: m, name: n, date: 三月一日}]\n",
		"name: x\nyear: 2013\nmeetings: [{id: m, name: n, date: 2013-03-01T10:00:00Z}]\n",
		"year: 2013\n",
		"name: x\nyear: 2013\nunits: [{name: 无标识}]\n",
		// validate: 印发通知须有主送机关 recipients
		"name: x\nyear: 2013\ndocuments: [{id: d, kind: 印发通知, title: t}]\n",
		"name: x\nyear: 2013\ndocuments: [{id: d, kind: 督办通知, title: t}]\n",
	}
	for _, data := range tests {
		v, err := RawBytes("a.yaml", []byte(data))
		if err != nil {
			t.Fatal(err)
		}
		if err := s.Validate(v); err == nil {
			t.Errorf("schema accepts\n%s", data)
		}
	}
}
