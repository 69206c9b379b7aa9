package docx

import (
	"reflect"
	"strings"
	"text/template"

	"gongwen/internal/funcs"
)

// Funcs describes the document functions the engine adds to every
// template, for `gongwen funcs`. They need a document to run in, so Want
// describes the result rather than spelling it.
func Funcs() []funcs.Func {
	return []funcs.Func{
		{Name: "paras", Namespace: "docx", Desc: "把多段文字（按换行分段）或一个列表（每项一段，如标题各行 .TitleLines）排成多个段落，沿用所在段落和文字的格式",
			Examples: []funcs.Example{{Template: `{{paras "第一段\n第二段"}}`, Want: "第一段\n第二段"},
				{Template: `{{paras .TitleLines}}`, Want: "（标题每行一段）"}}},
		{Name: "pagebreak", Namespace: "docx", Desc: "插入分页符",
			Examples: []funcs.Example{{Template: `{{pagebreak}}`, Want: ""}}},
		{Name: "vmerge", Namespace: "docx", Desc: "在表格行循环中，与上一行同列的值相同时纵向合并单元格（如责任分工表的专项活动列）",
			Examples: []funcs.Example{{Template: `{{vmerge .Activity}}`, Want: "（相同值的相邻单元格合并为一格）"}}},
		{Name: "restartnum", Namespace: "docx", Desc: "放在编号段落中：每次执行（如每次循环）让该列表重新从 1 开始编号",
			Examples: []funcs.Example{{Template: `{{restartnum}}{{.Title}}`, Want: "1. …"}}},
		{Name: "image", Namespace: "docx", Desc: "插入图片（PNG、JPEG、GIF）：image 路径 宽度，宽度如 5cm、40mm，高度按比例",
			Examples: []funcs.Example{{Template: `{{image "seal.png" "4cm"}}`, Want: "（4 厘米宽的图片）"}}},
		{Name: "columns", Namespace: "docx", Desc: "用在单元格中的 range 上（{{range columns .月份}}…{{end}}）：按列表重复该单元格所在的列",
			Examples: []funcs.Example{{Template: `{{range columns .Months}}{{.}}{{end}}`, Want: "（每个月份一列）"}}},
		{Name: "br", Namespace: "docx", Desc: "插入换行（同一段落内）",
			Examples: []funcs.Example{{Template: `甲{{br}}乙`, Want: "甲\n乙"}}},
		{Name: "tab", Namespace: "docx", Desc: "插入制表符",
			Examples: []funcs.Example{{Template: `甲{{tab}}乙`, Want: "甲\t乙"}}},
		{Name: "pstyle", Namespace: "docx", Desc: "设置所在段落的样式：写样式名（如 Word 显示的“标题 1”“正文”）或样式标识；值为空时不变，模板中没有该样式时报错并列出已有样式",
			Examples: []funcs.Example{{Template: `{{pstyle .Style}}{{.Heading}}`, Want: "（所在段落用数据指定的样式）"}}},
		{Name: "keepnext", Namespace: "docx", Desc: "值为真（或不写参数）时让所在段落与下段同页；为假时段落不变",
			Examples: []funcs.Example{{Template: `{{keepnext .KeepNext}}{{.Text}}`, Want: "（KeepNext 为真时与下段同页）"}}},
		{Name: "pagebefore", Namespace: "docx", Desc: "值为真（或不写参数）时让所在段落从新的一页开始（段前分页）；为假时段落不变",
			Examples: []funcs.Example{{Template: `{{pagebefore}}{{.Label}}`, Want: "（附件标识另起一页）"}}},
		{Name: "align", Namespace: "docx", Desc: "设置所在段落的对齐方式：左对齐、居中、右对齐、两端对齐、分散对齐（或 left、center、right、both、distribute）；值为空时不变",
			Examples: []funcs.Example{{Template: `{{align "居中"}}{{.DocNo}}`, Want: "（居中的段落）"}}},
		{Name: "showif", Namespace: "docx", Desc: "值为真（非空、非零）时保留所在段落，否则整段不出现：可选的一行（份号、主送、附注）只占模板的一段，不必另写 {{if}}、{{end}} 两段",
			Examples: []funcs.Example{{Template: `{{showif .CopyNo}}{{.CopyNo}}`, Want: "（没有份号时这一段不出现）"}}},
		{Name: "fontsize", Namespace: "docx", Desc: "设置所在段落全部文字（含段落标记）的字号：磅数（22、10.5、\"22pt\"）或字号名（二号、小二）；值为空或 0 时不变",
			Examples: []funcs.Example{{Template: `{{fontsize .MarkSize}}{{.Mark}}`, Want: "（发文机关标志按数据中的磅数排）"}}},
	}
}

// funcMap is the complete function map of t: the caller's functions, the
// document functions and the escapers the compiler inserts.
func (t *Template) funcMap() template.FuncMap {
	fm := template.FuncMap{}
	for k, v := range t.opts.Funcs {
		fm[k] = v
	}
	esc := escapeRunData
	if t.opts.HoldPhones {
		esc = escapeRun
	}
	fm["paras"] = func(v any) Raw { return parasWith(v, esc) }
	fm["pagebreak"] = func() Raw { return Raw(`</w:t><w:br w:type="page"/><w:t xml:space="preserve">`) }
	fm["br"] = func() Raw { return Raw(brInRun) }
	fm["tab"] = func() Raw { return Raw(tabInRun) }
	fm["vmerge"] = func(v any) Raw { return Raw(marker('M', "") + esc(v) + marker('m', "")) }
	fm["restartnum"] = func() Raw { return Raw(marker('S', "")) }
	fm["image"] = imageFunc
	fm["columns"] = func(v any) any { return v }
	fm["pstyle"] = t.styleFunc
	fm["keepnext"] = keepNextFunc
	fm["pagebefore"] = pageBeforeFunc
	fm["align"] = alignFunc
	fm["fontsize"] = fontSizeFunc
	fm["showif"] = showIfFunc
	fm["__field"] = lenientField
	fm["__esc"] = esc
	fm["__escx"] = escapePlain
	return fm
}

// paras turns text into paragraphs: the first line continues the current
// paragraph, every further line starts a new paragraph with the formatting
// of the one holding the action. Blank lines are dropped.
//
// A list (such as a title's lines) gives a paragraph per item, blank items
// included: a list's items are lines the data laid out (the padded lines
// of a signature), so a template writes {{paras .TitleLines}} in one
// paragraph instead of a {{range}}, the line and an {{end}}.
func paras(v any) Raw { return parasWith(v, escapeRun) }

func parasWith(v any, escapeRun func(any) string) Raw {
	if lines, ok := listLines(v); ok {
		var b strings.Builder
		for i, line := range lines {
			if i > 0 {
				b.WriteString(marker('n', ""))
			}
			b.WriteString(escapeRun(line))
		}
		return Raw(b.String())
	}
	s, raw := valueString(v)
	if raw {
		return Raw(s)
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	var b strings.Builder
	first := true
	for _, line := range strings.Split(s, "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		if !first {
			b.WriteString(marker('n', ""))
		}
		first = false
		b.WriteString(escapeRun(line))
	}
	return Raw(b.String())
}

// listLines is the items of a slice or array v as text, each on one line
// (line breaks inside an item become spaces, as a list item is one
// paragraph); ok is false when v is no list. []byte is text.
func listLines(v any) (lines []string, ok bool) {
	if ss, isStrings := v.([]string); isStrings {
		lines = make([]string, len(ss))
		for i, s := range ss {
			lines[i] = oneLine(s)
		}
		return lines, true
	}
	rv := reflect.ValueOf(v)
	if !rv.IsValid() || (rv.Kind() != reflect.Slice && rv.Kind() != reflect.Array) || rv.Type().Elem().Kind() == reflect.Uint8 {
		return nil, false
	}
	lines = make([]string, rv.Len())
	for i := range lines {
		s, _ := valueString(rv.Index(i).Interface())
		lines[i] = oneLine(s)
	}
	return lines, true
}

func oneLine(s string) string {
	if !strings.ContainsAny(s, "\r\n") {
		return s
	}
	return strings.NewReplacer("\r\n", " ", "\r", " ", "\n", " ").Replace(s)
}
