package xlsx

import (
	"fmt"
	"strings"
)

// Error is one problem of a template, at a cell of the template.
type Error struct {
	Sheet string
	Cell  string // A1 reference in the template, "" for a sheet- or file-wide problem
	Item  int    // 1-based item of a repeated row, 0 outside one
	Msg   string
}

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.Sheet)
	if e.Cell != "" {
		b.WriteString("!" + e.Cell)
	}
	b.WriteString(": ")
	if e.Item > 0 {
		fmt.Fprintf(&b, "第%d项: ", e.Item)
	}
	b.WriteString(e.Msg)
	return b.String()
}

// Errors is every problem found, in sheet and cell order. It is the error
// Parse and Execute return when the template or the data is wrong.
type Errors []*Error

func (es Errors) Error() string {
	lines := make([]string, len(es))
	for i, e := range es {
		lines[i] = e.Error()
	}
	return strings.Join(lines, "\n")
}

// templateMsg shortens a text/template error to what the user needs: the
// "template: name:1:5: " prefix names our internal template, not their cell.
func templateMsg(err error) string {
	s := err.Error()
	if strings.HasPrefix(s, "template: ") {
		s = s[len("template: "):]
		// name:line:col: executing "name" at <.X>: msg
		if i := strings.Index(s, ": "); i >= 0 {
			s = s[i+2:]
		}
		if strings.HasPrefix(s, "executing ") {
			if i := strings.Index(s, " at <"); i >= 0 {
				rest := s[i+len(" at "):]
				if j := strings.Index(rest, ">: "); j >= 0 {
					return rest[:j+1] + ": " + translate(rest[j+3:])
				}
			}
		}
	}
	return translate(s)
}

// translate gives the common text/template messages in Chinese and keeps
// the rest as they are.
func translate(s string) string {
	switch {
	case strings.HasPrefix(s, "map has no entry for key "):
		return "数据中没有键 " + strings.TrimPrefix(s, "map has no entry for key ")
	case strings.HasPrefix(s, "can't evaluate field "):
		return "数据中没有字段 " + strings.TrimPrefix(s, "can't evaluate field ")
	case strings.HasPrefix(s, "nil pointer evaluating "):
		return "空值上取字段 " + strings.TrimPrefix(s, "nil pointer evaluating ")
	case strings.HasPrefix(s, "function ") && strings.HasSuffix(s, " not defined"):
		return "未定义的函数 " + strings.TrimSuffix(strings.TrimPrefix(s, "function "), " not defined")
	case strings.HasPrefix(s, "unexpected EOF"):
		return "动作未闭合（缺少 }} 或 {{end}}）"
	}
	return s
}
