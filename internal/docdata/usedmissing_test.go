package docdata

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// naiveUsedMissing is the definition usedMissing must agree with: each
// placeholder, in order, that some block's text contains.
func naiveUsedMissing(body []Block, missing []string) []string {
	var out []string
	for _, m := range missing {
		for _, b := range body {
			if strings.Contains(b.Text, m) {
				out = append(out, m)
				break
			}
		}
	}
	return out
}

func TestUsedMissing(t *testing.T) {
	ph := func(name string) string {
		return "（此处补写“" + name + "”的完成情况，3月1日完成。）"
	}
	tests := []struct {
		name    string
		body    []string
		missing []string
	}{
		{"none missing", []string{"正文"}, nil},
		{"one used", []string{"方面，" + ph("甲")}, []string{ph("甲")}},
		{"one of two used", []string{"方面，" + ph("甲") + "另有"}, []string{ph("乙"), ph("甲")}},
		{"name holds the end", []string{ph("甲。）乙")}, []string{ph("甲。）乙"), ph("甲")}},
		{"in the second block", []string{"无", ph("甲") + ph("乙")}, []string{ph("乙"), ph("甲"), ph("丙")}},
		{"repeated placeholder", []string{ph("甲")}, []string{ph("甲"), ph("甲")}},
		{"briefing body is its own placeholder", []string{"（此处补写本期简报内容：1月1日至3月1日的工作记录中没有完成情况和进展。）"},
			[]string{"（此处补写本期简报内容：1月1日至3月1日的工作记录中没有完成情况和进展。）"}},
		{"no common beginning", []string{"xay", "bz"}, []string{"a", "bz", "q"}},
		{"placeholder is a prefix of another", []string{ph("甲乙")}, []string{"（此处补写“甲", ph("甲乙")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var body []Block
			for _, s := range tt.body {
				body = append(body, Block{Text: s})
			}
			got, want := usedMissing(body, tt.missing), naiveUsedMissing(body, tt.missing)
			if !slices.Equal(got, want) {
				t.Errorf("usedMissing = %q, want %q", got, want)
			}
		})
	}
}

// TestUsedMissingAgreesWithNaive on random bodies made of placeholders and
// other text, some placeholders left out.
func TestUsedMissingAgreesWithNaive(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for i := range 200 {
		var missing []string
		var text strings.Builder
		for k := range r.IntN(20) {
			m := fmt.Sprintf("（此处补写“任务%d%s”的完成情况。）", k, strings.Repeat("。）", r.IntN(3)))
			missing = append(missing, m)
			if r.IntN(3) > 0 {
				text.WriteString(m)
			}
			text.WriteString(strings.Repeat("另有。）", r.IntN(2)))
		}
		body := []Block{{Text: text.String()}}
		if got, want := usedMissing(body, missing), naiveUsedMissing(body, missing); !slices.Equal(got, want) {
			t.Fatalf("case %d: usedMissing = %q, want %q", i, got, want)
		}
	}
}
