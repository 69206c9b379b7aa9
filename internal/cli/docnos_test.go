package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"gongwen/internal/load"
	"gongwen/internal/model"
)

func TestAppendDocNos(t *testing.T) {
	d := time.Date(2013, 7, 15, 0, 0, 0, 0, time.UTC)
	e := model.DocNoEntry{DocNo: "鄂学创办〔2013〕6号", Title: "关于“x”的通知", Document: "督办通知:xcb:2013-07-15", Date: &d}
	tests := []struct {
		name, src, want string
	}{
		{"no register yet", "name: x\n", "name: x\n\n# 发文字号登记：gongwen build 分配的号登记在此，重新生成时不变，已登记的号不再分配。\ndocnos:\n" +
			"  - doc_no: 鄂学创办〔2013〕6号\n    title: \"关于“x”的通知\"\n    document: \"督办通知:xcb:2013-07-15\"\n    date: 2013-07-15\n    state: 已发\n"},
		{"before the next key and its comment", "docnos:\n  - doc_no: 鄂发〔2013〕4号 # 示例\n    state: 预留\n\n# 要求\nrequirements: []\n",
			"docnos:\n  - doc_no: 鄂发〔2013〕4号 # 示例\n    state: 预留\n" +
				"  - doc_no: 鄂学创办〔2013〕6号\n    title: \"关于“x”的通知\"\n    document: \"督办通知:xcb:2013-07-15\"\n    date: 2013-07-15\n    state: 已发\n" +
				"\n# 要求\nrequirements: []\n"},
		{"at the end without newline", "docnos:\n    - doc_no: 鄂发〔2013〕4号",
			"docnos:\n    - doc_no: 鄂发〔2013〕4号\n" +
				"    - doc_no: 鄂学创办〔2013〕6号\n      title: \"关于“x”的通知\"\n      document: \"督办通知:xcb:2013-07-15\"\n      date: 2013-07-15\n      state: 已发\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := appendDocNos([]byte(tt.src), []model.DocNoEntry{e})
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
	if _, err := appendDocNos([]byte("docnos: [a]\n"), []model.DocNoEntry{e}); err == nil {
		t.Error("a flow list was edited")
	}
}

// Build records the numbers it gives in the data file; the file still
// loads, keeps its bytes elsewhere, and a rebuild adds nothing.
func TestBuildRecordsDocNos(t *testing.T) {
	dir := t.TempDir()
	src, err := os.ReadFile(seedData)
	if err != nil {
		t.Fatal(err)
	}
	data := filepath.Join(dir, "data.yaml")
	if err := os.WriteFile(data, src, 0o644); err != nil {
		t.Fatal(err)
	}
	manifest := filepath.Join(dir, "gongwen.yaml")
	os.WriteFile(manifest, []byte("data: data.yaml\nout: out\noutputs: [notice, supervision]\n"), 0o644)
	run := func() string {
		var o, e bytes.Buffer
		if err := runBuild(t.Context(), &buildOptions{IO: &IOStreams{Out: &o, ErrOut: &e}, Manifest: manifest, explicit: true, Date: "2013-09-02"}); err != nil {
			t.Fatalf("%v\n%s", err, e.String())
		}
		return e.String()
	}
	first := run()
	if !strings.Contains(first, "登记发文字号：鄂学创办〔2013〕6号") {
		t.Errorf("first build:\n%s", first)
	}
	after, _ := os.ReadFile(data)
	if !bytes.HasPrefix(after, src[:bytes.Index(src, []byte("# 方案“四、工作要求”原文。"))-1]) {
		t.Error("the file changed before the register's end")
	}
	c, _, err := load.File(data)
	if err != nil {
		t.Fatal(err)
	}
	if n := len(c.DocNos); n <= 9 {
		t.Errorf("%d register lines", n)
	}
	if second := run(); strings.Contains(second, "登记发文字号") {
		t.Errorf("rebuild registered again:\n%s", second)
	}
	again, _ := os.ReadFile(data)
	if !bytes.Equal(after, again) {
		t.Error("rebuild changed the data file")
	}
}
