package build_test

import (
	"bytes"
	"context"
	"regexp"
	"strings"
	"testing"
	"time"

	"gongwen/internal/opc"
)

// The 督办情况汇总 says the 督办通知 were sent only when the build sends
// them (QA s11 finding 17): wuhan2022's outputs have no supervision, and
// its summary told the director 「已向各单位发出督办通知」.
func TestSummarySaysLettersSentOnlyWhenBuilt(t *testing.T) {
	d, _ := time.Parse(time.DateOnly, "2013-07-15")
	tags := regexp.MustCompile(`<[^>]+>`)
	for _, tc := range []struct {
		outputs string
		sent    bool
	}{
		{"outputs: [supervision, supervision-summary]\n", true},
		{"outputs: [supervision-summary]\n", false},
	} {
		var text string
		for _, j := range meetingPlan(t, tc.outputs, d) {
			if j.Kind != "督办情况汇总" {
				continue
			}
			var buf bytes.Buffer
			if err := j.Render(context.Background(), &buf); err != nil {
				t.Fatal(err)
			}
			pkg, err := opc.Open(bytes.NewReader(buf.Bytes()), int64(buf.Len()), opc.DefaultLimits)
			if err != nil {
				t.Fatal(err)
			}
			doc, _ := pkg.Read("word/document.xml")
			text = tags.ReplaceAllString(string(doc), "")
		}
		if !strings.Contains(text, "逾期") {
			t.Fatalf("%s: no 督办情况汇总 with overdue tasks: %q", tc.outputs, text)
		}
		if got := strings.Contains(text, "已向各单位发出督办通知"); got != tc.sent {
			t.Errorf("%s: says the letters were sent: %v, want %v", strings.TrimSpace(tc.outputs), got, tc.sent)
		}
	}
}
