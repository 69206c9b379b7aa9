package ledger

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// ParseSeq indexes the mappings of the top-level list key (meetings) by
// id, as Parse does for tasks, so the same edits apply.
func ParseSeq(src []byte, key string) (*Doc, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(src, &doc); err != nil {
		return nil, fmt.Errorf("读取数据文件：%w", err)
	}
	if len(doc.Content) == 0 || doc.Content[0].Kind != yaml.MappingNode {
		return nil, errors.New("数据文件的顶层不是映射")
	}
	yt := &Doc{src: src, ByID: map[string]*yaml.Node{}, Index: map[string]int{}, Decisions: map[string]*yaml.Node{}, lineStarts: []int{0}}
	for i, b := range src {
		if b == '\n' {
			yt.lineStarts = append(yt.lineStarts, i+1)
		}
	}
	seq := Value(doc.Content[0], key)
	if seq == nil || seq.Kind != yaml.SequenceNode {
		return nil, fmt.Errorf("数据文件中没有 %s 列表", key)
	}
	for i, t := range seq.Content {
		if t.Kind != yaml.MappingNode {
			continue
		}
		if id := Value(t, "id"); id != nil && id.Kind == yaml.ScalarNode {
			yt.ByID[id.Value] = t
			yt.Index[id.Value] = i
		}
	}
	yt.seq = seq
	return yt, nil
}

// ReplaceField sets key of item id to text: the key's lines are replaced
// by one line when it exists (a block list becomes a flow one), else a
// line is inserted after the nearest of after.
func (yt *Doc) ReplaceField(id, key, text string, after []string) (Edit, error) {
	m := yt.ByID[id]
	if Value(m, key) == nil {
		return yt.SetField(m, key, text, after)
	}
	del, err := yt.DeleteField(m, id, key)
	if err != nil {
		return Edit{}, err
	}
	indent := strings.Repeat(" ", m.Content[0].Column-1)
	return Edit{Start: del.Start, End: del.End, Text: indent + key + ": " + text + "\n"}, nil
}

// AppendItem adds a block mapping of fields (key, YAML text) after the
// indexed list's last item, in the indentation of the items before it.
func (yt *Doc) AppendItem(fields [][2]string) (Edit, error) {
	if yt.seq == nil || yt.seq.Style&yaml.FlowStyle != 0 || len(yt.seq.Content) == 0 {
		return Edit{}, errors.New("meetings 列表为空或使用了流式写法 […]，无法追加；请先手工登记一次会议")
	}
	last := yt.seq.Content[len(yt.seq.Content)-1]
	if last.Kind != yaml.MappingNode || last.Style&yaml.FlowStyle != 0 {
		return Edit{}, errors.New("meetings 的最后一项不是块式映射，无法追加")
	}
	keyCol := last.Content[0].Column - 1
	end, err := yt.nodeEnd(last, keyCol)
	if err != nil {
		return Edit{}, err
	}
	var b strings.Builder
	for i, f := range fields {
		if i == 0 {
			b.WriteString(strings.Repeat(" ", keyCol-2) + "- ")
		} else {
			b.WriteString(strings.Repeat(" ", keyCol))
		}
		b.WriteString(f[0] + ": " + f[1] + "\n")
	}
	at := yt.lineEnd(end)
	if at == len(yt.src) {
		return Edit{Start: at, End: at, Text: "\n" + strings.TrimSuffix(b.String(), "\n")}, nil
	}
	return Edit{Start: at + 1, End: at + 1, Text: b.String()}, nil
}

// FlowList writes a one-line YAML list, every item double-quoted so no
// name can break the list.
func FlowList(items []string) string {
	q := make([]string, len(items))
	for i, s := range items {
		q[i] = strconv.Quote(s)
	}
	return "[" + strings.Join(q, ", ") + "]"
}

// DeleteItem plans removing item id of the indexed list: the lines from
// its "- " to the end of its last value.
func (yt *Doc) DeleteItem(id string) (Edit, error) {
	m := yt.ByID[id]
	if m == nil {
		return Edit{}, fmt.Errorf("没有标识为 %s 的一项", id)
	}
	if m.Style&yaml.FlowStyle != 0 {
		return Edit{}, ErrFlow
	}
	start := yt.lineStarts[m.Content[0].Line-1]
	end, err := yt.nodeEnd(m, m.Content[0].Column-1)
	if err != nil {
		return Edit{}, err
	}
	end = yt.lineEnd(end)
	if end < len(yt.src) {
		end++
	}
	return Edit{Start: start, End: end}, nil
}
