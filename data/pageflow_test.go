package data_test

import (
	"os/exec"
	"strings"
	"testing"

	"gongwen/internal/clients"
)

// Page flow in LibreOffice: the lishan 分工方案 (a list) starts no page
// with a task's 牵头单位, 责任单位 or 完成时限 line — its task is on the
// page before (task 4 was split: 牵头单位 on page 1, 责任单位 on page 2);
// the 会议通知's 回执 note keeps the telephone number on one line
// (「027-」 / 「87231068」 was).
func TestPageFlow(t *testing.T) {
	pages := func(path string) []string {
		out, err := exec.Command("pdftotext", "-layout", clients.ToPDF(t, path), "-").Output()
		if err != nil {
			t.Fatal(err)
		}
		return strings.Split(strings.ReplaceAll(string(out), "\u2060", ""), "\f")
	}
	rep, _, _ := buildKind(t, "examples/lishan/gongwen.yaml", "division", nil)
	for _, r := range rep.Results {
		ps := pages(r.Path)
		if len(ps) < 2 {
			t.Errorf("%s: %d pages; the test wants a list over two", r.Path, len(ps))
		}
		for i, p := range ps[1:] {
			for _, l := range strings.Split(p, "\n") {
				if l = strings.TrimSpace(l); l == "" {
					continue
				}
				for _, w := range []string{"牵头单位：", "责任单位：", "完成时限："} {
					if strings.HasPrefix(l, w) {
						t.Errorf("page %d starts with a task's line %q", i+2, l)
					}
				}
				break
			}
		}
	}
	rep, _, _ = buildKind(t, "../gongwen.yaml", "meeting-notice", nil)
	for _, r := range rep.Results {
		if !strings.HasSuffix(r.Path, ".docx") {
			continue
		}
		text := strings.Join(pages(r.Path), "")
		if strings.Contains(text, "电话") && !strings.Contains(text, "027-87231068") {
			t.Errorf("%s: a telephone number wraps:\n%s", r.Path, text)
		}
	}
}
