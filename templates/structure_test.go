package templates_test

import (
	"regexp"
	"strings"
	"testing"

	"gongwen/internal/docx/docxtest"
	"gongwen/templates"
)

// controlAction is a template action that only steers: it opens, divides
// or closes a block.
var controlAction = regexp.MustCompile(`\{\{-?\s*(if|else|end|range|with)\b[^}]*\}\}`)

// controlBudget is the most paragraphs holding only control actions each
// built-in Word template may have: the 版头's optional elements, lists and
// the closing take what they need, and one paragraph serves every heading
// level and every size of the mark. The generated templates these replaced
// had 132 (通知 and its byte copy 印发通知), 137 (会议通知), 136 (督办通知), 43
// (总结 and its byte copy 汇报). fengong.docx is
// the 责任分工 table's and is written by gen/docx.
// An optional line is one paragraph with {{showif …}} in front, not an
// {{if}} and an {{end}} around it: that took 通知 from 53 to 30; the
// 督办通知 lost two more when its sentences moved out of Go. The mark
// paragraph is an optional line too ({{showif .Mark}} after the joint
// table's {{end}}, not an {{else if}}). The 会议通知 gained four (its
// agenda loop and the block of its own sections) when its wording moved out
// of Go into the template. The attachment's division table needs no {{if}}
// and {{end}} around it (nor the 督办通知's task table): its header row
// holds them (first and last cell), and a table whose rows all drop drops.
var controlBudget = map[string]int{
	"tongzhi.docx": 27, "yinfa.docx": 27, "huiyi_tongzhi.docx": 36, "duban.docx": 27, "duban_huizong.docx": 6,
	"fangan.docx": 4, "jianghua.docx": 4, "jianbao.docx": 6, "zongjie.docx": 6, "huibao.docx": 6,
	"jiyao.docx": 8, "fengong.docx": 19,
}

// TestTemplatesAreCompact reads the committed Word templates, the source a
// clerk edits: each action stands whole in one run's text (so no editor
// merging is needed to read it) and the control-only paragraphs, which
// Word shows as lines of {{…}}, stay within the template's budget.
func TestTemplatesAreCompact(t *testing.T) {
	for _, name := range templates.Names() {
		if !strings.HasSuffix(name, ".docx") {
			continue
		}
		data, err := templates.Read(name)
		if err != nil {
			t.Fatal(err)
		}
		parts, err := docxtest.Unzip(data)
		if err != nil {
			t.Fatal(err)
		}
		root, err := parseTree(parts["word/document.xml"])
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		paras, control := 0, 0
		var walk func(n *node)
		walk = func(n *node) {
			for _, k := range n.kids {
				if k.name == "p" {
					paras++
					text := paraText(k)
					if strings.TrimSpace(text) != "" && strings.TrimSpace(controlAction.ReplaceAllString(text, "")) == "" {
						control++
					}
				}
				if k.name == "t" && strings.Count(k.text, "{{") != strings.Count(k.text, "}}") {
					t.Errorf("%s: an action is split across runs: %q", name, k.text)
				}
				walk(k)
			}
		}
		walk(root)
		budget, ok := controlBudget[name]
		if !ok {
			t.Errorf("%s: no control-paragraph budget; add it to controlBudget", name)
			continue
		}
		if control > budget {
			t.Errorf("%s: %d paragraphs hold only control actions, budget %d", name, control, budget)
		}
		t.Logf("%s: %d paragraphs, %d control-only", name, paras, control)
	}
}

func paraText(p *node) string {
	var b strings.Builder
	var walk func(n *node)
	walk = func(n *node) {
		for _, k := range n.kids {
			if k.name == "t" {
				b.WriteString(k.text)
			}
			walk(k)
		}
	}
	walk(p)
	return b.String()
}
