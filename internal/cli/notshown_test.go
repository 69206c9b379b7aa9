package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSignerNotDropped: the 印发通知's template has no 签发人 line (a
// downward document), so a signer in its data is said, not dropped
// silently; on a 通知, whose template shows it, nothing is said.
func TestSignerNotDropped(t *testing.T) {
	src, err := os.ReadFile(filepath.Join(repoRoot(t), "data", "xuechuang.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	data := filepath.Join(dir, "data.yaml")
	withSigner := strings.Replace(string(src), "    kind: 印发通知\n", "    kind: 印发通知\n    signer: [张三]\n", 1)
	withSigner = strings.Replace(withSigner, "    kind: 通知\n", "    kind: 通知\n    signer: [李四]\n", 1)
	if withSigner == string(src) {
		t.Fatal("the data has no 印发通知 to give a signer")
	}
	if err := os.WriteFile(data, []byte(withSigner), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errOut := run("render", "-d", data, "--doc", "yf-fg", "--date", "2013-07-15", "-o", filepath.Join(dir, "out")+"/")
	if code != 0 || !strings.Contains(errOut, "签发人“张三”没有出现在文中：印发通知是下行文") {
		t.Errorf("render --doc yf-fg: exit %d, want the signer named:\n%s", code, errOut)
	}
	code, _, errOut = run("build", "--data", data, "--date", "2013-07-15", "-o", filepath.Join(dir, "all"))
	if code != 0 || strings.Count(errOut, "数据中的签发人") != 1 || strings.Contains(errOut, "李四") {
		t.Errorf("build: exit %d, want the 印发通知's signer named once, the 通知's shown:\n%s", code, errOut)
	}
}

// TestMissingMeetingFactsOnce: the 会议通知 whose data says neither time
// nor place is reported once — one 警告 at its place in the data, not that
// and a 提示 per section — and not at all by a build that does not write
// it (QA: one 警告 and two 提示, even when the manifest built only 通知).
func TestMissingMeetingFactsOnce(t *testing.T) {
	data := filepath.Join(repoRoot(t), "data", "xuechuang.yaml")
	dir := t.TempDir()
	for _, tc := range []struct {
		outputs string
		want    int
	}{{"[notice]", 0}, {"[notice, meeting-notice]", 1}} {
		manifest := filepath.Join(dir, "gongwen.yaml")
		if err := os.WriteFile(manifest, []byte("data: "+data+"\nout: out\ndate: 2013-07-15\noutputs: "+tc.outputs+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		code, _, errOut := run("build", "-f", manifest, "--draft", "-o", filepath.Join(dir, "out"))
		if code != 0 || strings.Count(errOut, "没有写会议时间和会议地点") != tc.want || strings.Contains(errOut, "提示：会议通知") {
			t.Errorf("build %s: exit %d, want the missing time and place said %d times, in one 警告:\n%s", tc.outputs, code, tc.want, errOut)
		}
	}
}
