// Package ledger edits a campaign's data file in place — the task, decision
// and meeting values `gongwen import` and the page of `gongwen serve`
// change — keeping its comments, key order and formatting, writes it
// atomically, keeps a history of the changes beside it and undoes the
// last one. Every writer of the data goes through here, so the CLI and the
// page make the same edits with the same checks.
package ledger

import (
	"bytes"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"gongwen/internal/meetings"
)

// Editing the campaign YAML in place. Re-marshalling a node tree reflows
// the file, drops blank lines and moves comments; instead the changed
// scalars are found with the node API and only their bytes are replaced,
// new keys inserted as whole lines. Everything else stays byte for byte.

// Edit replaces src[Start:End] with Text (an insertion when Start ==
// End).
type Edit struct {
	Start, End int
	Text       string
}

// taskField is one field of one task as the file has it.
type taskField struct {
	key   string
	value *yaml.Node // nil when the key is absent
}

// Doc indexes the task mappings of a campaign file by id, and the
// meetings' decision mappings by meetings.DecisionTaskID (meeting id and
// 1-based index) in a map of their own, so that a task whose id looks like
// a decision's is never taken for it. ParseSeq indexes another top-level
// list (meetings) the same way.
type Doc struct {
	src        []byte
	lineStarts []int
	ByID       map[string]*yaml.Node // task (or list item) mapping node
	Index      map[string]int        // its place in the list
	Decisions  map[string]*yaml.Node // decision mapping node
	seq        *yaml.Node            // the list ParseSeq indexed
}

// ErrFlow is returned for a task written in flow style ({id: x, …}), which
// cannot be edited line by line.
var ErrFlow = errors.New("flow")

// Parse indexes the tasks and decisions of a campaign file.
func Parse(src []byte) (*Doc, error) {
	if !utf8.Valid(src) {
		return nil, errors.New("数据文件不是 UTF-8 编码，import 无法就地修改（请先转换为 UTF-8）")
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(src, &doc); err != nil {
		return nil, fmt.Errorf("读取数据文件：%w", err)
	}
	if len(doc.Content) == 0 || doc.Content[0].Kind != yaml.MappingNode {
		return nil, errors.New("数据文件的顶层不是映射")
	}
	yt := &Doc{src: src, ByID: map[string]*yaml.Node{}, Index: map[string]int{}, Decisions: map[string]*yaml.Node{}}
	yt.lineStarts = []int{0}
	for i, b := range src {
		if b == '\n' {
			yt.lineStarts = append(yt.lineStarts, i+1)
		}
	}
	tasks := Value(doc.Content[0], "tasks")
	if tasks == nil || tasks.Kind != yaml.SequenceNode {
		return nil, errors.New("数据文件中没有 tasks 列表")
	}
	for i, t := range tasks.Content {
		if t.Kind != yaml.MappingNode {
			continue
		}
		if id := Value(t, "id"); id != nil && id.Kind == yaml.ScalarNode {
			yt.ByID[id.Value] = t
			yt.Index[id.Value] = i
		}
	}
	if ms := Value(doc.Content[0], "meetings"); ms != nil && ms.Kind == yaml.SequenceNode {
		for _, m := range ms.Content {
			id := Value(m, "id")
			ds := Value(m, "decisions")
			if m.Kind != yaml.MappingNode || id == nil || id.Kind != yaml.ScalarNode || ds == nil || ds.Kind != yaml.SequenceNode {
				continue
			}
			for j, d := range ds.Content {
				if d.Kind == yaml.MappingNode {
					yt.Decisions[meetings.DecisionTaskID(id.Value, j)] = d
				}
			}
		}
	}
	return yt, nil
}

// Value returns the value of key in mapping m, or nil.
func Value(m *yaml.Node, key string) *yaml.Node {
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i+1]
		}
	}
	return nil
}

// offset converts a node's 1-based line and column (in characters) to a
// byte offset.
func (yt *Doc) offset(line, col int) int {
	if line < 1 || line > len(yt.lineStarts) {
		return len(yt.src)
	}
	off := yt.lineStarts[line-1]
	for i := 1; i < col && off < len(yt.src); i++ {
		_, w := utf8.DecodeRune(yt.src[off:])
		off += w
	}
	return off
}

// lineEnd returns the offset of the '\n' ending the line holding off (or
// the end of the file).
func (yt *Doc) lineEnd(off int) int {
	if i := bytes.IndexByte(yt.src[off:], '\n'); i >= 0 {
		return off + i
	}
	return len(yt.src)
}

// contentEnd is the end of a line's content before a comment and trailing
// blanks; from is where the scalar starts on that line.
func (yt *Doc) contentEnd(from int) int {
	end := yt.lineEnd(from)
	line := yt.src[from:end]
	if i := bytes.Index(line, []byte(" #")); i >= 0 {
		line = line[:i]
	}
	return from + len(bytes.TrimRight(line, " \t\r"))
}

func indentOf(line []byte) (int, bool) {
	n := 0
	for n < len(line) && line[n] == ' ' {
		n++
	}
	rest := bytes.TrimRight(line[n:], " \t\r")
	return n, len(rest) == 0
}

// span returns the bytes a scalar value occupies; keyIndent is the column
// (0-based) of its key, below which continuation lines cannot start.
func (yt *Doc) span(v *yaml.Node, keyIndent int) (start, end int, err error) {
	if v.Kind != yaml.ScalarNode {
		return 0, 0, fmt.Errorf("第 %d 行的值不是单个值", v.Line)
	}
	start = yt.offset(v.Line, v.Column)
	src := yt.src
	switch {
	case v.Style&yaml.DoubleQuotedStyle != 0:
		for i := start + 1; i < len(src); i++ {
			switch src[i] {
			case '\\':
				i++
			case '"':
				return start, i + 1, nil
			}
		}
		return 0, 0, fmt.Errorf("第 %d 行的引号没有闭合", v.Line)
	case v.Style&yaml.SingleQuotedStyle != 0:
		for i := start + 1; i < len(src); i++ {
			if src[i] == '\'' {
				if i+1 < len(src) && src[i+1] == '\'' {
					i++
					continue
				}
				return start, i + 1, nil
			}
		}
		return 0, 0, fmt.Errorf("第 %d 行的引号没有闭合", v.Line)
	}
	if v.Tag != "" && v.Tag != "!!str" && v.Tag != "!!timestamp" && v.Tag != "!!int" && v.Tag != "!!float" && v.Tag != "!!bool" && v.Tag != "!!null" {
		return 0, 0, fmt.Errorf("第 %d 行的值带有标签 %s，无法就地修改", v.Line, v.Tag)
	}
	// Plain or block scalar: the first line, then every more-indented line.
	end = yt.contentEnd(start)
	if v.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0 {
		end = yt.lineEnd(start)
	}
	for next := yt.lineEnd(start) + 1; next < len(src); {
		le := yt.lineEnd(next)
		ind, blank := indentOf(src[next:le])
		if !blank {
			if ind <= keyIndent || src[next+ind] == '#' && v.Style&(yaml.LiteralStyle|yaml.FoldedStyle) == 0 {
				break
			}
			if v.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0 {
				end = le
			} else {
				end = yt.contentEnd(next)
			}
		}
		next = le + 1
	}
	return start, end, nil
}

// nodeEnd returns the end offset of any value node: a scalar's span, the
// end of a collection's last item.
func (yt *Doc) nodeEnd(v *yaml.Node, keyIndent int) (int, error) {
	switch v.Kind {
	case yaml.ScalarNode:
		_, end, err := yt.span(v, keyIndent)
		return end, err
	case yaml.SequenceNode, yaml.MappingNode:
		if v.Style&yaml.FlowStyle != 0 || len(v.Content) == 0 {
			// One-line flow collection: to the end of its line's content.
			return yt.contentEnd(yt.offset(v.Line, v.Column)), nil
		}
		last := v.Content[len(v.Content)-1]
		return yt.nodeEnd(last, v.Column-1)
	case yaml.AliasNode:
		return yt.contentEnd(yt.offset(v.Line, v.Column)), nil
	}
	return 0, fmt.Errorf("第 %d 行：无法确定值的范围", v.Line)
}

// SetField plans the edit that makes key of mapping m (a task, a decision,
// a meeting) hold text, YAML as it is to be written. after names the keys
// the new line should follow when key is absent, nearest first.
func (yt *Doc) SetField(m *yaml.Node, key, text string, after []string) (Edit, error) {
	if m.Style&yaml.FlowStyle != 0 {
		return Edit{}, ErrFlow
	}
	keyIndent := m.Content[0].Column - 1
	if v := Value(m, key); v != nil {
		start, end, err := yt.span(v, keyIndent)
		if err != nil {
			return Edit{}, err
		}
		return Edit{Start: start, End: end, Text: text}, nil
	}
	// Absent: a new line after the nearest preceding key, else after the
	// task's last key.
	var anchor *yaml.Node
	for _, k := range after {
		if v := Value(m, k); v != nil {
			anchor = v
			break
		}
	}
	if anchor == nil {
		anchor = m.Content[len(m.Content)-1]
	}
	end, err := yt.nodeEnd(anchor, keyIndent)
	if err != nil {
		return Edit{}, err
	}
	// New lines end as the file's lines do (offices edit on Windows).
	nl := "\n"
	if bytes.Contains(yt.src, []byte("\r\n")) {
		nl = "\r\n"
	}
	line := strings.Repeat(" ", keyIndent) + key + ": " + text
	at := yt.lineEnd(end)
	if at == len(yt.src) {
		return Edit{Start: at, End: at, Text: nl + line}, nil
	}
	return Edit{Start: at + 1, End: at + 1, Text: line + nl}, nil
}

// DeleteField plans removing key of mapping m with its value: the whole
// lines they take. what names m in the error.
func (yt *Doc) DeleteField(m *yaml.Node, what, key string) (Edit, error) {
	if m.Style&yaml.FlowStyle != 0 {
		return Edit{}, ErrFlow
	}
	keyIndent := m.Content[0].Column - 1
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value != key {
			continue
		}
		k := m.Content[i]
		start := yt.lineStarts[k.Line-1]
		end, err := yt.nodeEnd(m.Content[i+1], keyIndent)
		if err != nil {
			return Edit{}, err
		}
		end = yt.lineEnd(end)
		if end < len(yt.src) {
			end++
		}
		return Edit{Start: start, End: end}, nil
	}
	return Edit{}, fmt.Errorf("%s 没有 %s", what, key)
}

// Apply returns src with the edits applied. Insertions at the same
// place keep their order.
func Apply(src []byte, edits []Edit) []byte {
	sorted := append([]Edit(nil), edits...)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].Start < sorted[j].Start })
	var b bytes.Buffer
	last := 0
	for _, e := range sorted {
		b.Write(src[last:e.Start])
		b.WriteString(e.Text)
		last = e.End
	}
	b.Write(src[last:])
	return b.Bytes()
}

// Scalar renders s as a YAML scalar, in the quoting style of the
// value it replaces (old, nil for a new key) where that style can hold it.
func Scalar(s string, old *yaml.Node) string {
	if old != nil && old.Style&yaml.SingleQuotedStyle != 0 && !strings.Contains(s, "\n") {
		return "'" + strings.ReplaceAll(s, "'", "''") + "'"
	}
	if old != nil && old.Style&yaml.DoubleQuotedStyle != 0 || strings.ContainsAny(s, "\n\r\t") {
		return strconv.Quote(s)
	}
	out, err := yaml.Marshal(s)
	text := strings.TrimSuffix(string(out), "\n")
	if err != nil || strings.Contains(text, "\n") || strings.HasPrefix(text, "|") || strings.HasPrefix(text, ">") {
		return strconv.Quote(s)
	}
	return text
}

// Date renders a date as the data file writes dates.
func Date(t time.Time) string { return t.Format("2006-01-02") }

// SameDate reports whether a scalar holds the date t.
func SameDate(v *yaml.Node, t time.Time) bool {
	d, err := time.Parse("2006-01-02", strings.TrimSpace(v.Value))
	return err == nil && d.Equal(time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC))
}
