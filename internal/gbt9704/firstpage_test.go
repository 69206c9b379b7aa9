package gbt9704

import (
	"regexp"
	"strings"
	"testing"
)

// The title-line and body-on-page-1 rules, on the good notice changed one
// way at a time.
func TestFirstPageFaults(t *testing.T) {
	const D = "word/document.xml"
	title := `<w:p><w:pPr><w:pStyle w:val="gwTitle"/></w:pPr><w:r><w:t xml:space="preserve">关于成立省委主题实践活动领导小组的通知</w:t></w:r></w:p>`
	lines := func(ls ...string) string {
		var b strings.Builder
		for _, l := range ls {
			b.WriteString(`<w:p><w:pPr><w:pStyle w:val="gwTitle"/></w:pPr><w:r><w:t xml:space="preserve">` + l + `</w:t></w:r></w:p>`)
		}
		return b.String()
	}
	keep := `<w:pStyle w:val="gwBody"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">为认真`
	// The body is one sentence, chained to the signature and the date.
	oneSentence := func(doc string) string {
		doc = regexp.MustCompile(`(?s)<w:p><w:pPr><w:pStyle w:val="gwH1"/>.*?特此通知。</w:t></w:r></w:p>`).ReplaceAllString(doc, "")
		doc = strings.Replace(doc, `<w:pStyle w:val="gwBody"/></w:pPr><w:r><w:t xml:space="preserve">为认真`, keep, 1)
		return strings.Replace(doc, `<w:pStyle w:val="gwRecipient"/></w:pPr><w:r><w:t xml:space="preserve">`+"\u3000", `<w:pStyle w:val="gwRecipient"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">`+"\u3000", 1)
	}
	tests := []struct {
		name   string
		change func(doc string) string
		rule   string
		want   string // "" when the document must stay clean
	}{
		{"word split", func(d string) string {
			return strings.Replace(d, title, lines("关于成立省委主题实践活动领导", "小组的通知"), 1)
		}, "title", "领导小组"},
		{"year split", func(d string) string {
			return strings.Replace(d, title, lines("关于印发2023", "年重点工作任务的通知"), 1)
		}, "title", "数字和单位"},
		{"line starts with 的", func(d string) string {
			return strings.Replace(d, title, lines("关于成立省委主题实践活动领导小组", "的通知"), 1)
		}, "title", "以“的”开头"},
		// QA session 8 #10: the 洪山 and 武昌 titles as gongwen set them.
		{"compound word split", func(d string) string {
			return strings.Replace(d, title, lines("区人民政府办公室关于印发2025年区", "《政府工作报告》确定的主要目标", "任务责任分解方案的通知"), 1)
		}, "title", "拆开了词语“主要目标任务”"},
		{"list split", func(d string) string {
			return strings.Replace(d, title, lines("区人民政府办公室关于印发《2023年省、", "市、区〈政府工作报告〉确定的", "主要目标任务办理责任分解方案》的通知"), 1)
		}, "title", "拆开了并列的“省、市、区”"},
		{"list whole", func(d string) string {
			return strings.Replace(d, title, lines("区人民政府办公室关于印发", "《2023年省、市、区〈政府工作报告〉确定的", "主要目标任务办理责任分解方案》的通知"), 1)
		}, "", ""},
		{"good two lines", func(d string) string {
			return strings.Replace(d, title, lines("关于成立省委主题实践活动", "领导小组的通知"), 1)
		}, "", ""},
		{"one-sentence body chained to the closing", oneSentence, "first-page", "正文第一段"},
		{"one-sentence body not chained", func(d string) string {
			return strings.Replace(oneSentence(d), keep, `<w:pStyle w:val="gwBody"/></w:pPr><w:r><w:t xml:space="preserve">为认真`, 1)
		}, "", ""},
		{"heading keeps with its text", func(d string) string {
			return strings.Replace(d, `<w:pStyle w:val="gwH1"/></w:pPr>`, `<w:pStyle w:val="gwH1"/><w:keepNext/></w:pPr>`, 1)
		}, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pkg, doc := goodDocument(t)
			changed := tt.change(doc)
			if changed == doc {
				t.Fatal("the change changed nothing")
			}
			fs := lintBytes(t, mutate(t, pkg, map[string]string{D: changed}, D, "", ""))
			if tt.rule == "" {
				for _, f := range fs {
					t.Errorf("unexpected: %s", f)
				}
				return
			}
			for _, f := range fs {
				if f.Rule == tt.rule && strings.Contains(f.Msg, tt.want) {
					return
				}
			}
			t.Errorf("want a %s finding containing %q, got %v", tt.rule, tt.want, fs)
		})
	}
}
