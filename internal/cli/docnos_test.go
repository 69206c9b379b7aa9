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
	os.WriteFile(manifest, []byte("data: data.yaml\nout: out\ndate: 2013-09-02\noutputs: [notice, supervision]\n"), 0o644)
	run := func() string {
		var o, e bytes.Buffer
		if err := runBuild(t.Context(), &buildOptions{IO: &IOStreams{Out: &o, ErrOut: &e}, Manifest: manifest, explicit: true}); err != nil {
			t.Fatalf("%v\n%s", err, e.String())
		}
		return e.String()
	}
	first := run()
	if !strings.Contains(first, "预留发文字号") || !strings.Contains(first, "  鄂学创办〔2013〕6号（") {
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
	if second := run(); strings.Contains(second, "发文字号") {
		t.Errorf("rebuild registered again:\n%s", second)
	}
	again, _ := os.ReadFile(data)
	if !bytes.Equal(after, again) {
		t.Error("rebuild changed the data file")
	}
}

// A trial build (--draft, or a --date that is neither the manifest's nor
// today) leaves the data file byte for byte; a normal build reserves the
// numbers (预留), a rebuild keeps them, docnos issue marks them 已发, and a
// later build never gives a number again. (QA #9: a preview on another
// day recorded four numbers as 已发.)
func TestDocNosReservedUntilIssued(t *testing.T) {
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
	os.WriteFile(manifest, []byte("data: data.yaml\nout: out\ndate: 2013-07-15\noutputs: [supervision]\n"), 0o644)
	build := func(o buildOptions) string {
		t.Helper()
		var out, e bytes.Buffer
		o.IO, o.Manifest, o.explicit = &IOStreams{Out: &out, ErrOut: &e}, manifest, true
		if err := runBuild(t.Context(), &o); err != nil {
			t.Fatalf("%v\n%s", err, e.String())
		}
		return e.String()
	}
	register := func() map[string]model.DocNoEntry {
		t.Helper()
		c, _, err := load.File(data)
		if err != nil {
			t.Fatal(err)
		}
		m := map[string]model.DocNoEntry{}
		for _, e := range c.DocNos {
			m[e.DocNo] = e
		}
		return m
	}
	// The seed already holds the 7-15 numbers; a preview of 5-01 and a
	// --draft of any day write nothing.
	for _, o := range []buildOptions{{Date: "2013-05-01"}, {Date: "2013-09-30"}, {Date: "2013-05-01", Draft: true, draftSet: true}} {
		msg := build(o)
		if !strings.Contains(msg, "试生成") || !strings.Contains(msg, "未登记") {
			t.Errorf("%+v: no word of a trial:\n%s", o, msg)
		}
		if got, _ := os.ReadFile(data); !bytes.Equal(got, src) {
			t.Fatalf("trial build %s changed the data file", o.Date)
		}
	}

	// Recorded: reserved, kept on rebuild.
	msg := build(buildOptions{Date: "2013-05-01", Draft: false, draftSet: true})
	if !strings.Contains(msg, "预留发文字号") {
		t.Fatalf("no reservation:\n%s", msg)
	}
	reg := register()
	if e := reg["鄂学创办〔2013〕6号"]; e.State != model.DocNoReserved || e.Document != "督办通知:xcb:2013-05-01" {
		t.Fatalf("6号: %+v", e)
	}
	after, _ := os.ReadFile(data)
	if msg := build(buildOptions{Date: "2013-05-01", Draft: false, draftSet: true}); strings.Contains(msg, "发文字号") {
		t.Errorf("rebuild reserved again:\n%s", msg)
	}
	if again, _ := os.ReadFile(data); !bytes.Equal(after, again) {
		t.Error("rebuild changed the data file")
	}

	// Issued: the line says 已发 and the day; nothing else moves.
	var out, e bytes.Buffer
	if err := runDocNosIssue(&docNosIssueOptions{IO: &IOStreams{Out: &out, ErrOut: &e}, Data: data, Date: "2013-05-03",
		Nos: []string{"鄂学创办〔2013〕6号"}}); err != nil {
		t.Fatalf("%v\n%s", err, e.String())
	}
	reg = register()
	if e := reg["鄂学创办〔2013〕6号"]; e.State != model.DocNoIssued || e.Date.Format(time.DateOnly) != "2013-05-03" {
		t.Errorf("issued 6号: %+v", e)
	}
	if e := reg["鄂学创办〔2013〕7号"]; e.State != model.DocNoReserved {
		t.Errorf("7号 not issued yet: %+v", e)
	}
	issuedSrc, _ := os.ReadFile(data)
	if d := len(issuedSrc) - len(after); d != 0 {
		t.Errorf("issue changed the file's length by %d bytes", d)
	}
	if err := runDocNosIssue(&docNosIssueOptions{IO: &IOStreams{Out: &out, ErrOut: &e}, Data: data, Nos: []string{"鄂学创办〔2013〕99号"}}); err == nil {
		t.Error("issuing a number not in the register succeeded")
	}

	// A later day's numbers come after all of them.
	build(buildOptions{Date: "2013-06-03", Draft: false, draftSet: true})
	seen := map[string]string{}
	c, _, _ := load.File(data)
	for _, e := range c.DocNos {
		if prev, ok := seen[e.DocNo]; ok {
			t.Errorf("%s given twice: %s and %s", e.DocNo, prev, e.Document)
		}
		seen[e.DocNo] = e.Document
	}
	if len(register()) <= len(reg) {
		t.Error("the later build reserved nothing")
	}
}
