package load

import (
	"encoding/json"
	"strconv"
	"unicode/utf8"
)

// fastJSON decodes a JSON text in one pass into the values Raw gives
// (map[string]any, []any, string, int, float64, bool, nil), without
// positions. It exists because building the positioned node tree took 70%
// of `render --raw` on a 10 000-row table. It gives up (ok false) at the
// first thing it does not like — a syntax error, a duplicate key, nesting
// deeper than MaxDepth, an integer that int cannot hold — and the caller
// then reads the text again the slow way, which finds and places every
// problem exactly. FuzzFastJSON checks that the two agree wherever this one
// succeeds.
func fastJSON(text []byte) (v any, ok bool) { return fastJSONAt(text, 1) }

// fastJSONValid is fastJSON for text known to be valid UTF-8 (decodeText
// checked it): its strings are not checked again, which was a tenth of
// reading a 10 000-row table.
func fastJSONValid(text []byte) (v any, ok bool) { return fastJSONSplit(text, splitMin) }

// fastJSONSplit is fastJSONValid splitting texts of at least min bytes.
func fastJSONSplit(text []byte, min int) (v any, ok bool) {
	d := fastDecoder{data: text, keys: map[string]string{}, validUTF8: true}
	if len(text) >= min {
		d.startSplit()
	}
	v, ok = d.value(1)
	if d.split != nil {
		// The cut was never reached (the text is not what findSplit
		// took it for): wait for the other half, which reads no shared
		// state but d.data, and give up.
		<-d.split.rest
		return nil, false
	}
	if !ok {
		return nil, false
	}
	d.space()
	return v, d.pos == len(d.data)
}

// fastJSONAt is fastJSON for a value nested at depth.
func fastJSONAt(text []byte, depth int) (v any, ok bool) {
	d := fastDecoder{data: text, keys: map[string]string{}}
	v, ok = d.value(depth)
	if !ok {
		return nil, false
	}
	d.space()
	return v, d.pos == len(d.data)
}

type fastDecoder struct {
	data  []byte
	pos   int
	keys  map[string]string // interned keys: a table repeats the same few
	stack []any             // scratch for the items of the open containers
	names []string          // and for the keys of the open objects, kept apart
	// so that a key is not boxed into an interface (an allocation) each time
	// strictUTF8 refuses a string that is not valid UTF-8 (which
	// encoding/json would take, replacing the bad bytes) for a caller that
	// has not checked the text as a whole, so that Raw reports it.
	strictUTF8 bool
	// validUTF8 says the caller checked the whole text: no string is
	// checked again.
	validUTF8 bool
	// split, when set, is where another goroutine decodes the rest of an
	// array (startSplit).
	split *split
}

func (d *fastDecoder) space() {
	for d.pos < len(d.data) {
		switch d.data[d.pos] {
		case ' ', '\t', '\n', '\r':
			d.pos++
		default:
			return
		}
	}
}

func (d *fastDecoder) value(depth int) (any, bool) {
	d.space()
	if d.pos >= len(d.data) || depth > MaxDepth {
		return nil, false
	}
	switch c := d.data[d.pos]; {
	case c == '{':
		return d.object(depth)
	case c == '[':
		return d.array(depth)
	case c == '"':
		raw, simple, ok := d.scanString()
		if !ok {
			return nil, false
		}
		return d.stringValue(raw, simple)
	case c == '-' || (c >= '0' && c <= '9'):
		return d.number()
	case c == 't':
		return true, d.literal("true")
	case c == 'f':
		return false, d.literal("false")
	case c == 'n':
		return nil, d.literal("null")
	}
	return nil, false
}

func (d *fastDecoder) literal(word string) bool {
	if len(d.data)-d.pos < len(word) || string(d.data[d.pos:d.pos+len(word)]) != word {
		return false
	}
	d.pos += len(word)
	return true
}

func (d *fastDecoder) object(depth int) (any, bool) {
	d.pos++ // {
	base, nbase := len(d.stack), len(d.names)
	defer func() {
		clear(d.stack[base:])
		d.stack = d.stack[:base]
		d.names = d.names[:nbase]
	}()
	d.space()
	if d.pos < len(d.data) && d.data[d.pos] == '}' {
		d.pos++
		return map[string]any{}, true
	}
	for {
		d.space()
		if d.pos >= len(d.data) || d.data[d.pos] != '"' {
			return nil, false
		}
		k, ok := d.key()
		if !ok {
			return nil, false
		}
		d.space()
		if d.pos >= len(d.data) || d.data[d.pos] != ':' {
			return nil, false
		}
		d.pos++
		v, ok := d.value(depth + 1)
		if !ok {
			return nil, false
		}
		d.names = append(d.names, k)
		d.stack = append(d.stack, v)
		more, ok := d.separator('}')
		if !ok {
			return nil, false
		}
		if !more {
			break
		}
	}
	items, names := d.stack[base:], d.names[nbase:]
	m := make(map[string]any, len(items))
	for i, k := range names {
		if _, dup := m[k]; dup {
			return nil, false // the slow path says where both are
		}
		m[k] = items[i]
	}
	return m, true
}

// separator reads what follows a member or an element: a comma (more
// follow) or close, the end of the object or array.
func (d *fastDecoder) separator(close byte) (more, ok bool) {
	d.space()
	if d.pos >= len(d.data) {
		return false, false
	}
	c := d.data[d.pos]
	if c != ',' && c != close {
		return false, false
	}
	d.pos++
	return c == ',', true
}

// key reads an object key, interned.
func (d *fastDecoder) key() (string, bool) {
	raw, simple, ok := d.scanString()
	if !ok {
		return "", false
	}
	if simple {
		// Without the quotes: looked up with them, no key was ever found.
		if k, ok := d.keys[string(raw[1:len(raw)-1])]; ok { // no allocation for the lookup
			return k, true
		}
	}
	v, ok := d.stringValue(raw, simple)
	if !ok {
		return "", false
	}
	k := v.(string)
	if simple {
		d.keys[k] = k
	}
	return k, true
}

func (d *fastDecoder) array(depth int) (any, bool) {
	d.pos++ // [
	base := len(d.stack)
	defer func() {
		clear(d.stack[base:])
		d.stack = d.stack[:base]
	}()
	d.space()
	if d.pos < len(d.data) && d.data[d.pos] == ']' {
		d.pos++
		return make([]any, 0), true
	}
	cut := d.split != nil && d.split.arr == d.pos-1
	for {
		v, ok := d.value(depth + 1)
		if !ok {
			return nil, false
		}
		d.stack = append(d.stack, v)
		more, ok := d.separator(']')
		if !ok {
			return nil, false
		}
		if !more {
			if cut {
				return nil, false // ended before the cut: not what findSplit saw
			}
			break
		}
		if cut && d.pos == d.split.comma+1 {
			if !d.join() {
				return nil, false
			}
			break
		}
	}
	out := make([]any, len(d.stack)-base)
	copy(out, d.stack[base:])
	return out, true
}

// scanString moves past the string at d.pos and returns its raw content
// with the quotes; simple means no escapes and valid UTF-8, so the bytes
// between the quotes are the value.
func (d *fastDecoder) scanString() (raw []byte, simple, ok bool) {
	start := d.pos
	simple = true
	ascii := true
	for i := d.pos + 1; i < len(d.data); i++ {
		switch c := d.data[i]; {
		case c == '"':
			d.pos = i + 1
			raw = d.data[start:d.pos]
			if !ascii && !d.validUTF8 && !utf8.Valid(raw) {
				if d.strictUTF8 {
					return nil, false, false
				}
				simple = false
			}
			return raw, simple, true
		case c == '\\':
			simple = false
			i++
		case c < 0x20:
			return nil, false, false
		case c >= utf8.RuneSelf:
			ascii = false
		}
	}
	return nil, false, false
}

// stringValue turns a scanned string into its value; escapes are left to
// encoding/json, so they decode exactly as the slow path decodes them.
func (d *fastDecoder) stringValue(raw []byte, simple bool) (any, bool) {
	if simple {
		return string(raw[1 : len(raw)-1]), true
	}
	var s string
	if json.Unmarshal(raw, &s) != nil {
		return nil, false
	}
	return s, true
}

// number reads a number by JSON's grammar,
// -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?, as Raw types it: an int
// when written without fraction or exponent, else a float64.
func (d *fastDecoder) number() (any, bool) {
	start, i := d.pos, d.pos
	digits := func() int {
		n := 0
		for i < len(d.data) && d.data[i] >= '0' && d.data[i] <= '9' {
			i++
			n++
		}
		return n
	}
	if d.data[i] == '-' {
		i++
	}
	if i < len(d.data) && d.data[i] == '0' {
		i++
	} else if digits() == 0 {
		return nil, false
	}
	float := false
	if i < len(d.data) && d.data[i] == '.' {
		i++
		float = true
		if digits() == 0 {
			return nil, false
		}
	}
	if i < len(d.data) && (d.data[i] == 'e' || d.data[i] == 'E') {
		i++
		float = true
		if i < len(d.data) && (d.data[i] == '+' || d.data[i] == '-') {
			i++
		}
		if digits() == 0 {
			return nil, false
		}
	}
	d.pos = i
	text := string(d.data[start:i])
	if !float {
		n, err := strconv.ParseInt(text, 10, 64)
		if err != nil || int64(int(n)) != n {
			return nil, false
		}
		return int(n), true
	}
	f, err := strconv.ParseFloat(text, 64)
	if err != nil {
		return nil, false
	}
	return f, true
}
