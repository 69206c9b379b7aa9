package load

import (
	"fmt"
	"strconv"

	"go.yaml.in/yaml/v3"
)

// Raw reads any YAML or JSON file as plain values (map[string]any, []any,
// string, int, float64, bool, nil) for templates that take data other than
// a campaign (render --raw). The same limits apply as for File, and errors
// are a Diagnostics with places. Dates stay strings as written.
func Raw(path string) (any, error) {
	data, d := readFile(path)
	if d != nil {
		return nil, Diagnostics{*d}
	}
	return RawBytes(path, data)
}

// RawBytes is Raw for data already read.
func RawBytes(name string, data []byte) (any, error) {
	if isJSON(name) {
		// One pass without positions; on any problem the slow way below
		// reads it again to say where. Raw reports no warnings, so the
		// mojibake scan is only needed on that way.
		if text, _, fail := decodeText(name, data); fail == nil {
			if v, ok := fastJSONValid(text); ok {
				return v, nil
			}
		}
	}
	return rawPositioned(name, data)
}

// rawPositioned reads data through the node tree with positions, so that
// every problem is found and placed.
func rawPositioned(name string, data []byte) (any, error) {
	text, doc, diags := prepare(name, data)
	if doc == nil {
		return nil, finish(diags)
	}
	d := newDecoder(name, doc, len(text))
	v := d.raw(doc.Content[0], "", 1)
	if len(d.diags) > 0 {
		return nil, finish(append(diags, d.diags...))
	}
	return v, nil
}

func (d *decoder) raw(n *yaml.Node, path string, depth int) any {
	if n = d.enter(n, path, depth); n == nil {
		return nil
	}
	switch n.Kind {
	case yaml.MappingNode:
		m := map[string]any{}
		explicit, merged := d.pairs(n, path, depth)
		seen := map[string]int{}
		for _, p := range explicit {
			if p.k.Kind != yaml.ScalarNode {
				d.errorf(p.k, path, "键应为字符串，实际为%s", describe(p.k))
				continue
			}
			if line, dup := seen[p.k.Value]; dup {
				d.errorf(p.k, join(path, p.k.Value), "键“%s”重复（第 %d 行已经写过）；同一层中每个键只能写一次", p.k.Value, line)
				continue
			}
			seen[p.k.Value] = p.k.Line
			m[p.k.Value] = d.raw(p.v, join(path, p.k.Value), depth+1)
			if d.stop {
				return nil
			}
		}
		for _, p := range merged {
			if _, ok := seen[p.k.Value]; ok || p.k.Kind != yaml.ScalarNode {
				continue
			}
			seen[p.k.Value] = p.k.Line
			m[p.k.Value] = d.raw(p.v, join(path, p.k.Value), depth+1)
			if d.stop {
				return nil
			}
		}
		return m
	case yaml.SequenceNode:
		s := make([]any, len(n.Content))
		for i, el := range n.Content {
			s[i] = d.raw(el, fmt.Sprintf("%s[%d]", path, i), depth+1)
			if d.stop {
				return nil
			}
		}
		return s
	case yaml.ScalarNode:
		switch n.Tag {
		case "!!null":
			return nil
		case "!!bool":
			var b bool
			if n.Decode(&b) == nil {
				return b
			}
		case "!!int":
			if i, err := strconv.ParseInt(n.Value, 0, 64); err == nil && int64(int(i)) == i {
				return int(i)
			}
			var f float64
			if n.Decode(&f) == nil {
				return f
			}
		case "!!float":
			var f float64
			if n.Decode(&f) == nil {
				return f
			}
		}
		return n.Value
	}
	return nil
}
