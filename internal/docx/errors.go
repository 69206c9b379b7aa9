package docx

import (
	"fmt"
	"strings"
)

// Location is where in a template an action stands.
type Location struct {
	Template string // template file name as given to Parse
	Part     string // package part, e.g. "word/document.xml"
	// Area is the part as the author knows it in Word: "正文", "页眉",
	// "第一页页脚", "偶数页页眉", "第 2 节页脚", "脚注" …; empty means it is
	// named from Part.
	Area  string
	Para  int // 1-based paragraph number within the part (table cells included); 0 if unknown
	Table int // 1-based table number within the part; 0 outside tables
	Row   int // 1-based row within the table
	Cell  int // 1-based cell within the row
	// Note is the 1-based number of the footnote or endnote holding the
	// paragraph, as Word numbers them; 0 elsewhere.
	Note int
	// Box is set when the paragraph stands in a text box.
	Box bool
	// Opening is the paragraph's first words, when the text around the
	// action (Context) does not begin with them: what to look for in Word.
	Opening string
	// After names the nearest paragraph before that shows text of its
	// own (how it begins, in quotes) or the table before, when this one
	// holds only actions ({{.DocNo}} alone): Word numbers no paragraphs,
	// but one finds “the line after 签发人”.
	After string
	// Nth is the paragraph's place among Twins paragraphs (outside
	// tables) that begin with the same words, when Twins > 1: Word's Find
	// goes to the Nth.
	Nth, Twins int
	Action     string // the action as typed, braces included
	// Text is the paragraph's whole text as typed, actions included: what
	// a laid-out copy of the template shows of it (gongwen check finds its
	// page with LibreOffice).
	Text    string
	Context string // the paragraph's text around the action
}

// Where describes the place without the template file, in Chinese, as a
// person finds it in Word, which numbers no paragraphs: "正文“关于在全省开展…”"
// (how the paragraph begins), "正文“签发人：”之后" (for a paragraph of
// actions only), "正文 第 1 个表格第 2 行第 3 列", "第一页页脚", "第 2 个脚注".
// The paragraph's number (Para, counting those in tables) is said only
// when nothing else tells the paragraph from another.
func (l Location) Where() string {
	var b strings.Builder
	area := l.Area
	if area == "" {
		area = partTitle(l.Part)
	}
	if l.Note > 0 {
		area = fmt.Sprintf("第 %d 个%s", l.Note, area)
	}
	b.WriteString(area)
	if l.Box {
		b.WriteString(" 文本框中")
	}
	switch {
	case l.Table > 0:
		fmt.Fprintf(&b, " 第 %d 个表格第 %d 行第 %d 列", l.Table, l.Row, l.Cell)
		if l.Opening != "" {
			b.WriteString("“" + l.Opening + "”")
		}
	case l.Twins > 1 && l.Opening != "":
		fmt.Fprintf(&b, "第 %d 个以“%s”开头的段落", l.Nth, l.Opening)
	case l.Opening != "":
		b.WriteString("“" + l.Opening + "”")
	case strings.HasPrefix(l.After, "“"):
		b.WriteString(l.After + "之后")
	case l.After != "":
		b.WriteString(" " + l.After + "之后")
	case l.Para > 1 && l.Note == 0 && l.Context == "":
		fmt.Fprintf(&b, " 第 %d 段", l.Para)
	}
	return b.String()
}

// String is the full place: file, part, paragraph, cell and the text around.
func (l Location) String() string {
	s := l.Where()
	if l.Template != "" {
		s = l.Template + ": " + s
	}
	if l.Context != "" {
		s += "「" + l.Context + "」"
	}
	return s
}

// partTitle names a part the way an author knows it.
func partTitle(part string) string {
	switch {
	case part == "word/document.xml":
		return "正文"
	case strings.HasPrefix(part, "word/header"):
		return "页眉(" + part + ")"
	case strings.HasPrefix(part, "word/footer"):
		return "页脚(" + part + ")"
	case part == "word/footnotes.xml":
		return "脚注"
	case part == "word/endnotes.xml":
		return "尾注"
	case part == "docProps/core.xml":
		return "文档属性"
	}
	return part
}

// Error is one problem of a template, at parse or execution time.
type Error struct {
	Loc  Location
	Path string // the data path involved, e.g. ".Tasks[].Lead"; may be empty
	Msg  string // Chinese
	Err  error  // the cause, if any

	missing bool // the data lacks a value the template reads
}

func (e *Error) Error() string {
	s := e.Loc.String() + ": " + e.Msg
	if e.Path != "" {
		s += "（数据路径 " + e.Path + "）"
	}
	return s
}

func (e *Error) Unwrap() error { return e.Err }

// Errors is every problem found in a template. Parse returns all of them at
// once rather than stopping at the first.
type Errors []*Error

func (es Errors) Error() string {
	var b strings.Builder
	for i, e := range es {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.Error())
	}
	return b.String()
}

// Unwrap gives errors.Is and errors.As access to every problem.
func (es Errors) Unwrap() []error {
	out := make([]error, len(es))
	for i, e := range es {
		out[i] = e
	}
	return out
}
