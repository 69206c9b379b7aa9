package load

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// jsonDocument builds the YAML node tree of a JSON text that checkJSON has
// accepted, with the line and column of every value and key. JSON is not
// handed to the YAML parser because YAML rejects some valid JSON (the \/
// escape, escaped surrogate pairs).
func jsonDocument(text []byte) (*yaml.Node, error) {
	dec := json.NewDecoder(bytes.NewReader(text))
	dec.UseNumber()
	b := &jsonBuilder{dec: dec, text: text, line: 1, col: 1}
	root, err := b.value()
	if err != nil {
		return nil, err
	}
	return &yaml.Node{Kind: yaml.DocumentNode, Line: 1, Column: 1, Content: []*yaml.Node{root}}, nil
}

type jsonBuilder struct {
	dec  *json.Decoder
	text []byte
	// The cursor: a byte offset and its line and column, moved forward
	// only, so positions cost one pass over the text.
	off, line, col int
}

// start returns the position of the next token: after the last one, past
// blanks and separators.
func (b *jsonBuilder) start() (line, col int) {
	target := int(b.dec.InputOffset())
	for target < len(b.text) {
		c := b.text[target]
		if c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != ',' && c != ':' {
			break
		}
		target++
	}
	for b.off < target {
		r, n := utf8.DecodeRune(b.text[b.off:])
		if r == '\n' {
			b.line++
			b.col = 1
		} else {
			b.col++
		}
		b.off += n
	}
	return b.line, b.col
}

func (b *jsonBuilder) value() (*yaml.Node, error) {
	line, col := b.start()
	tok, err := b.dec.Token()
	if err != nil {
		return nil, err
	}
	n := &yaml.Node{Line: line, Column: col}
	switch t := tok.(type) {
	case json.Delim:
		switch t {
		case '{':
			n.Kind, n.Tag, n.Style = yaml.MappingNode, "!!map", yaml.FlowStyle
			for b.dec.More() {
				kl, kc := b.start()
				kt, err := b.dec.Token()
				if err != nil {
					return nil, err
				}
				key, ok := kt.(string)
				if !ok {
					return nil, fmt.Errorf("json: key %v is not a string", kt)
				}
				v, err := b.value()
				if err != nil {
					return nil, err
				}
				n.Content = append(n.Content, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: key, Line: kl, Column: kc}, v)
			}
		case '[':
			n.Kind, n.Tag, n.Style = yaml.SequenceNode, "!!seq", yaml.FlowStyle
			for b.dec.More() {
				v, err := b.value()
				if err != nil {
					return nil, err
				}
				n.Content = append(n.Content, v)
			}
		default:
			return nil, fmt.Errorf("json: unexpected %v", t)
		}
		if _, err := b.dec.Token(); err != nil { // the closing delimiter
			return nil, err
		}
	case string:
		n.Kind, n.Tag, n.Value, n.Style = yaml.ScalarNode, "!!str", t, yaml.DoubleQuotedStyle
	case json.Number:
		n.Kind, n.Tag, n.Value = yaml.ScalarNode, "!!int", t.String()
		if strings.ContainsAny(t.String(), ".eE") {
			n.Tag = "!!float"
		}
	case bool:
		n.Kind, n.Tag, n.Value = yaml.ScalarNode, "!!bool", fmt.Sprint(t)
	case nil:
		n.Kind, n.Tag, n.Value = yaml.ScalarNode, "!!null", "null"
	}
	return n, nil
}
