package gbt9704

import (
	"fmt"
	"strings"

	"gongwen/internal/opc"
)

// The 纪要格式 (GB/T 9704-2012 10.2): the 纪要标志 "×××××纪要" centred, in
// red 小标宋 as the standard recommends; 出席, 请假 and 列席 each on a line
// of its own, in that order, the label and its full-width colon in 3号黑体
// two characters from the left, the names in 3号仿宋, wrapped lines
// aligned after the colon.

// attendanceLabels are the labels of the attendance lines, in their order.
var attendanceLabels = []string{"出席", "请假", "列席"}

// LintMinutes checks a 会议纪要: everything Lint checks, and the 纪要格式 —
// the 纪要标志 (rule minutes-mark), the 出席/请假/列席 lines (rule
// attendance) and the numbering 一、二、 of the level-1 items (rule
// numbering). Text holding template actions is exempt, as in Lint.
func LintMinutes(pkg *opc.Package) ([]Finding, error) {
	out, err := lintGeneral(pkg)
	if err != nil {
		return nil, err
	}
	return minutesChecks(pkg, out)
}

// isMinutes reports whether the document's first text ends in 纪要: the
// mark of the 纪要格式.
func isMinutes(pkg *opc.Package) bool {
	docXML, err := pkg.Read("word/document.xml")
	if err != nil {
		return false
	}
	doc, err := parseXML(docXML)
	if err != nil {
		return false
	}
	for _, p := range minutesParas(doc.path("document", "body"), "", nil, nil) {
		text := strings.TrimSpace(reAction.ReplaceAllString(p.text, ""))
		if text == "" || p.table != nil {
			continue
		}
		return strings.HasSuffix(text, "纪要")
	}
	return false
}

func minutesChecks(pkg *opc.Package, out []Finding) ([]Finding, error) {
	l := &linter{pkg: pkg}
	docXML, _ := pkg.Read("word/document.xml")
	doc, err := parseXML(docXML)
	if err != nil {
		return nil, fmt.Errorf("word/document.xml 不是有效的 XML：%w", err)
	}
	l.st = l.loadStyles()
	l.paras = minutesParas(doc.path("document", "body"), "", nil, nil)
	l.checkMinutes()
	return append(out, l.out...), nil
}

// LintMinutesFile checks the 会议纪要 at path.
func LintMinutesFile(file string) ([]Finding, error) {
	pkg, err := opc.OpenFile(file, opc.DefaultLimits)
	if err != nil {
		return nil, err
	}
	return LintMinutes(pkg)
}

func (l *linter) checkMinutes() {
	const part = "word/document.xml"
	mark := -1
	for i, p := range l.paras {
		text := strings.TrimSpace(p.text)
		if text == "" || p.table != nil {
			continue
		}
		plain := strings.TrimSpace(reAction.ReplaceAllString(text, ""))
		if strings.HasSuffix(plain, "纪要") || plain == "" {
			mark = i
			rp := l.st.firstRunProps(p.n)
			if !isRed(rp.color) {
				l.add("minutes-mark", Error, part, p, "纪要标志应为红色，实际颜色为“%s”", rp.color)
			}
			if !isTitleFont(rp.font) {
				l.add("minutes-mark", Warning, part, p, "纪要标志宜用小标宋体（如 %s），实际为“%s”", FontTitle, rp.font)
			}
			if pp := l.st.paraProps(p.n); pp.jc != "center" {
				l.add("minutes-mark", Error, part, p, "纪要标志应居中排布")
			}
		}
		break // the mark is the first text of the document
	}
	if mark < 0 {
		l.add("minutes-mark", Error, part, nil, "没有纪要标志：文首应为居中的红色“×××××纪要”")
	}
	last := -1
	seen := map[string]bool{}
	for _, p := range l.paras {
		text := strings.TrimSpace(p.text)
		label, ok := attendanceLabel(text)
		if !ok || p.table != nil {
			continue
		}
		idx := indexOf(attendanceLabels, label)
		if seen[label] {
			l.add("attendance", Error, part, p, "“%s”重复出现", label)
		}
		seen[label] = true
		if idx < last {
			l.add("attendance", Error, part, p, "“%s”应排在“%s”之前：顺序为出席、请假、列席", attendanceLabels[last], label)
		}
		last = max(last, idx)
		runs := textRuns(p.n)
		if len(runs) == 0 {
			continue
		}
		first := l.st.runProps(p.n, runs[0])
		if !isHei(first.font) {
			l.add("attendance", Error, part, p, "“%s：”应为黑体，实际为“%s”", label, first.font)
		}
		if first.size != SizeBody {
			l.add("attendance", Error, part, p, "“%s：”应为 3 号字（16 磅），实际为 %s", label, pt(first.size))
		}
		for _, r := range runs[1:] {
			t := paraText(r)
			if strings.Contains(t, "{{") && !hasCJK(reAction.ReplaceAllString(t, "")) {
				continue
			}
			rp := l.st.runProps(p.n, r)
			if hasCJK(t) && !isFangsong(rp.font) {
				l.add("attendance", Error, part, p, "%s人员名单应为仿宋，实际为“%s”", label, rp.font)
				break
			}
			if rp.size != SizeBody {
				l.add("attendance", Error, part, p, "%s人员名单应为 3 号字（16 磅），实际为 %s", label, pt(rp.size))
				break
			}
		}
		if len(runs) == 1 && strings.Contains(text, "：") && !strings.HasSuffix(text, "：") {
			l.add("attendance", Error, part, p, "“%s：”与人员名单字体相同：标签应为黑体、名单为仿宋", label)
		}
		pp := l.st.paraProps(p.n)
		hanging := pp.left - pp.firstLine
		if ind := l.hanging(p); ind >= 0 {
			hanging = ind
		}
		if start := pp.left - hanging; start != 2*Char && !(pp.firstLine == 2*Char && pp.left == 0) {
			l.add("attendance", Warning, part, p, "“%s”应左空二字，实际左空 %.1f 字", label, float64(start)/Char)
		}
		if hanging != 3*Char && hanging != 0 {
			l.add("attendance", Warning, part, p, "回行应与冒号后的首字对齐（悬挂缩进 3 字），实际 %.1f 字", float64(hanging)/Char)
		}
	}
	if len(seen) == 0 && !l.templateText() {
		l.add("attendance", Warning, part, nil, "没有“出席：”人员名单")
	} else if !seen["出席"] && !l.templateText() {
		l.add("attendance", Warning, part, nil, "有请假或列席名单，却没有“出席：”")
	}
	// Level-1 items numbered 一、二、三、 without gaps.
	n := 0
	for _, p := range l.paras {
		text := strings.TrimSpace(p.text)
		if p.table != nil || strings.HasPrefix(text, "{{") || !reH1.MatchString(text) {
			continue
		}
		n++
		want := cnumeral(n) + "、"
		if !strings.HasPrefix(text, want) {
			l.add("numbering", Error, part, p, "一级序号应为“%s”", want)
			n = numeralValue(strings.SplitN(text, "、", 2)[0])
		}
	}
}

// minutesParas lists the body's paragraphs in order with their table, as
// Lint sees them (its own collector is private to its checks).
func minutesParas(n *node, where string, tbl *node, out []*para) []*para {
	if n == nil {
		return out
	}
	for _, c := range n.children {
		switch c.name {
		case "p":
			out = append(out, &para{n: c, index: len(out) + 1, where: where, table: tbl, text: paraText(c)})
		case "tbl":
			for ri, r := range filter(c.children, "tr") {
				for ci, tc := range filter(r.children, "tc") {
					out = minutesParas(tc, fmt.Sprintf("表格第%d行第%d列", ri+1, ci+1), c, out)
				}
			}
		case "sdt":
			out = minutesParas(c.child("sdtContent"), where, tbl, out)
		case "customXml", "smartTag", "ins":
			out = minutesParas(c, where, tbl, out)
		}
	}
	return out
}

// hanging returns the paragraph's own w:hanging in twips, or -1.
func (l *linter) hanging(p *para) int {
	ind := p.n.path("pPr", "ind")
	if ind == nil {
		return -1
	}
	if v, ok := atoi(ind.get("hanging")); ok {
		return v
	}
	return -1
}

// templateText reports whether the body holds template actions (a
// template rather than a rendered document).
func (l *linter) templateText() bool {
	for _, p := range l.paras {
		if strings.Contains(p.text, "{{") {
			return true
		}
	}
	return false
}

func attendanceLabel(text string) (string, bool) {
	for _, lb := range attendanceLabels {
		if strings.HasPrefix(text, lb+"：") || strings.HasPrefix(text, lb+":") {
			return lb, true
		}
	}
	return "", false
}

func indexOf(list []string, s string) int {
	for i, x := range list {
		if x == s {
			return i
		}
	}
	return -1
}

var cnDigits = []string{"", "一", "二", "三", "四", "五", "六", "七", "八", "九"}

// cnumeral writes 1–99 as heading numerals (十一, 二十).
func cnumeral(n int) string {
	switch {
	case n < 10:
		return cnDigits[n]
	case n == 10:
		return "十"
	case n < 20:
		return "十" + cnDigits[n%10]
	case n%10 == 0:
		return cnDigits[n/10%10] + "十"
	}
	return cnDigits[n/10%10] + "十" + cnDigits[n%10]
}

// numeralValue reads a heading numeral back (0 when unknown), so one
// wrong number is reported once, not every number after it.
func numeralValue(s string) int {
	for n := 1; n < 100; n++ {
		if cnumeral(n) == s {
			return n
		}
	}
	return 0
}
