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
	Err   error // the cause when it is a limit (ErrTooLarge, ErrTimeout); nil otherwise
}

func (e *Error) Unwrap() error { return e.Err }

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

// Unwrap lets errors.Is find a limit among the problems.
func (es Errors) Unwrap() []error {
	out := make([]error, len(es))
	for i, e := range es {
		out[i] = e
	}
	return out
}

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
	cut := func(prefix string) (string, bool) {
		if strings.HasPrefix(s, prefix) {
			return s[len(prefix):], true
		}
		return "", false
	}
	if rest, ok := cut("map has no entry for key "); ok {
		return "数据中没有键 " + rest
	}
	if rest, ok := cut("can't evaluate field "); ok {
		if name, typ, ok := strings.Cut(rest, " in type "); ok {
			return "数据中没有字段 " + name + "（在 " + typ + " 中）"
		}
		return "数据中没有字段 " + rest
	}
	if rest, ok := cut("nil pointer evaluating "); ok {
		return "空值上取字段 " + rest
	}
	if rest, ok := cut("range can't iterate over "); ok {
		return "无法逐项重复“" + rest + "”：它不是列表"
	}
	if rest, ok := cut("error calling "); ok {
		if name, msg, ok := strings.Cut(rest, ": "); ok {
			return "调用 " + name + " 出错：" + translate(msg)
		}
	}
	if rest, ok := cut("index out of range: "); ok {
		return "下标越界：" + rest
	}
	if rest, ok := cut("wrong number of args for "); ok {
		if name, counts, ok := strings.Cut(rest, ": want "); ok {
			if want, got, ok := strings.Cut(counts, " got "); ok {
				return "函数 " + name + " 的参数个数不对：应为 " + want + " 个，实际 " + got + " 个"
			}
		}
	}
	if rest, ok := cut("wrong type for value; expected "); ok {
		if want, got, ok := strings.Cut(rest, "; got "); ok {
			return "值的类型不对：应为 " + want + "，实际为 " + got
		}
	}
	if strings.HasSuffix(s, " is not a method but has arguments") {
		return strings.TrimSuffix(s, " is not a method but has arguments") + " 不是方法，不能带参数"
	}
	if strings.HasPrefix(s, "incompatible types for comparison") {
		return "比较的两个值类型不同"
	}
	if strings.HasPrefix(s, "function ") && strings.HasSuffix(s, " not defined") {
		return "未定义的函数 " + strings.TrimSuffix(strings.TrimPrefix(s, "function "), " not defined")
	}
	if strings.HasPrefix(s, "unexpected EOF") {
		return "动作未闭合（缺少 }} 或 {{end}}）"
	}
	return s
}

// openError says in Chinese why a workbook from a user could not be opened.
func openError(name string, err error) error {
	msg := err.Error()
	switch {
	case strings.Contains(msg, "unzip size"):
		return fmt.Errorf("%s：解压后超过大小上限，拒绝打开（%v）", name, err)
	case strings.Contains(msg, "not a valid zip"), strings.Contains(msg, "zip: "):
		return fmt.Errorf("%s：不是有效的 Excel 工作簿（.xlsx）", name)
	}
	return fmt.Errorf("%s：无法打开（%w）", name, err)
}
