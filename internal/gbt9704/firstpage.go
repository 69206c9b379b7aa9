package gbt9704

import (
	"strings"

	"gongwen/internal/cn"
)

// checkFirstPage checks what GB/T 9704 and readers expect of the top of a
// document, from its title (paragraph index title) on:
//
//   - title lines: no line starts with 的, 和, 与, 、 or 。, and no break
//     splits a number from its unit or a word (2023|年, 领导|小组);
//   - body on page 1 (7.3.5 places 正文 on the first page): the first
//     paragraph of body text must not be chained by 与下段同页 to what
//     follows, or Word and LibreOffice move the body, the 附件说明, the
//     signature and the date together to page 2 when they do not all fit
//     under the title.
//
// Paragraphs holding template actions are left alone: a template's
// branches are not the document.
func (l *linter) checkFirstPage(title int) {
	const part = "word/document.xml"
	first := l.paras[title]
	style := l.st.paraStyle(first.n)
	var lines []string
	end := title
	for i := title; i < len(l.paras); i++ {
		p := l.paras[i]
		text := strings.TrimSpace(p.text)
		if text == "" || p.table != nil || i > title && (l.st.paraStyle(p.n) != style || l.st.paraProps(p.n).jc != "center") {
			break
		}
		if strings.Contains(text, "{{") {
			lines = nil
			end = i
			break
		}
		lines = append(lines, strings.Split(text, "\n")...)
		end = i
	}
	for _, f := range cn.TitleLineFaults(lines) {
		l.add("title", Error, part, first, "%s（GB/T 9704 7.3.1：标题回行时要做到词意完整、排列对称）", f)
	}

	// The body: after the title, blank lines and the 主送机关 line.
	i := end + 1
	for ; i < len(l.paras); i++ {
		p := l.paras[i]
		text := strings.TrimSpace(p.text)
		if text == "" {
			continue
		}
		if strings.HasSuffix(text, "：") || strings.HasSuffix(text, ":") {
			if l.st.paraProps(p.n).firstLine < Char { // 主送, flush left
				continue
			}
		}
		break
	}
	start := i
	for ; i < len(l.paras); i++ {
		p := l.paras[i]
		text := strings.TrimSpace(p.text)
		if p.table != nil || strings.Contains(text, "{{") {
			return
		}
		look := l.st.paraProps(p.n)
		if look.pageBreakBefore && i > start {
			return
		}
		if !look.keepNext {
			return
		}
		if text == "" || headingLevel(l.st.paraStyle(p.n), strings.TrimLeft(text, " \u3000")) > 0 {
			continue // a heading keeps with its text, as it should
		}
		// The first paragraph of body text keeps with the next: the
		// whole start of the body hangs on what follows it.
		n := 0
		for j := i + 1; j < len(l.paras); j++ {
			if strings.TrimSpace(l.paras[j].text) != "" {
				n++
			}
			if !l.st.paraProps(l.paras[j].n).keepNext {
				break
			}
		}
		if n >= 2 {
			l.add("first-page", Error, part, p, "正文第一段设置了“与下段同页”，与其后 %d 段（附件说明、署名、日期等）连在一起，首页放不下时整个正文会被移到第2页；GB/T 9704 要求正文从首页开始，请去掉该段的“与下段同页”", n)
		}
		return
	}
}
