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
// built-in Word template may have (counted in tables too). What is left in
// the 通知 family is what a list needs: {{range .Body}}…{{end}} around the
// body line, the same around the 附件说明 line and the attachment's body
// line, and {{range .Appendices}}…{{end}} around the attachment pages —
// 8 (the 会议通知 adds its meeting block, agenda and 回执; the 督办通知's
// task table holds its loop in its header row). docs/templates.md
// explains each. The generated templates these replaced had 132 (通知
// and its byte copy 印发通知), 137 (会议通知), 136 (督办通知), 43 (总结
// and its byte copy 汇报); the first .docx sources had 27–36.
//
// How the rest went: an optional line is one paragraph with {{showif …}}
// in front (two showifs: both must hold), so the 信函格式 and 文件格式
// 版头 are paragraphs with {{showif .Letter}} or {{showif (not .Letter)}}
// rather than an {{if}}/{{else}}/{{end}}; lists of lines — the title's,
// the signature's, the blank lines before the mark (.HeadGap) — are one
// paragraph with {{paras …}}; the joint mark is a table row repeated per
// organ ({{range .Joint}} in its first cell, {{end}} in its last, 文件
// merged down with vmerge); the 版记 table's 印发 row has {{showif
// .Colophon}}, its 抄送 row a row loop, and a table whose rows all go goes.
// fengong.docx is the 责任分工 table's and is written by gen/docx; its
// five marker rows (a row is a category heading across the table, a
// category laid out 分列 — 「（一）」 in 序号, its name in the task column —,
// a tall task that may split over pages, or a task kept whole) are five of
// its 24. The 通知 family's attachment table has five, as the 责任分工's (a
// programme's category rows stand in a notice's attachment as in the
// standalone table, and a tall row may split there too), five of its 15
// (会议通知 22); each also holds its header row's {{if .Table}} and
// {{end}} in marker rows around it, so that no cell of the header holds
// more than its column's loop and the columns may stand in the data's
// order (docdata.DivisionWidths: 旌阳's 分值 between 指标 and 目标任务 in
// a 通知's attachment), two more.
var controlBudget = map[string]int{
	"tongzhi.docx": 15, "yinfa.docx": 15, "huiyi_tongzhi.docx": 22, "duban.docx": 13, "duban_huizong.docx": 2,
	"fangan.docx": 2, "jianghua.docx": 2, "jianbao.docx": 6, "zongjie.docx": 2, "huibao.docx": 2,
	"jiyao.docx": 4, "fengong.docx": 24,
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
