package load

import (
	"bufio"
	"os"
	"unicode/utf8"
)

// EachJSON streams the list found under keys (["Records"] for
// {"Records": [...]}; none for a top-level list) of a JSON file: yield gets
// its items one after another, decoded as Raw decodes them, while the file
// is read, so memory holds one item, not the file. Everything around the
// list is read and checked too.
//
// ok is false, before or after some items were yielded, when the file is
// anything this cannot take as it is: not UTF-8 JSON, a syntax error, a
// duplicate key, the keys missing or not leading to a non-empty list, or
// over the size limit. The caller then reads it with Raw, which says what
// is wrong and where. err is yield's error, which stops the reading.
func EachJSON(path string, keys []string, yield func(v any) error) (n int, ok bool, err error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, false, nil
	}
	defer f.Close()
	if st, err := f.Stat(); err != nil || !st.Mode().IsRegular() || st.Size() > maxFileSize() {
		return 0, false, nil
	}
	br := bufio.NewReaderSize(f, 64<<10)
	// A byte order mark, UTF-16 or anything but JSON text: Raw's way.
	if b, _ := br.Peek(1); len(b) == 0 || (b[0] != '{' && b[0] != '[' && b[0] != ' ' && b[0] != '\n' && b[0] != '\r' && b[0] != '\t') {
		return 0, false, nil
	}
	s := &jsonStream{r: br, yield: yield}
	s.dec.keys = map[string]string{}
	if !s.walk(keys, 1) {
		return s.n, false, s.err
	}
	if _, more := s.peek(); more {
		return s.n, false, nil // something after the value
	}
	return s.n, true, nil
}

// jsonStream reads the structure around the list itself, byte by byte,
// and each value in it (an item, or a member beside the list) by copying
// its bytes — found by counting brackets outside strings — and decoding
// them with the one-pass decoder, which checks them as Raw would. It
// replaced encoding/json's Decoder, whose scanner, run over every item
// before the one-pass decoder read it again, took a third of the CPU of
// a 1000-notice mail merge.
type jsonStream struct {
	r     *bufio.Reader
	buf   []byte      // the value being read; reused
	dec   fastDecoder // its interned keys serve every item
	yield func(any) error
	n     int
	err   error
}

// peek skips white space and returns the next byte, not consumed; more is
// false at the end of the file (or on a read error).
func (s *jsonStream) peek() (c byte, more bool) {
	for {
		c, err := s.r.ReadByte()
		if err != nil {
			return 0, false
		}
		switch c {
		case ' ', '\t', '\n', '\r':
			continue
		}
		s.r.UnreadByte()
		return c, true
	}
}

// next is peek that consumes the byte.
func (s *jsonStream) next() (byte, bool) {
	c, more := s.peek()
	if more {
		s.r.ReadByte()
	}
	return c, more
}

// walk reads the value at the reader's position, descending by keys to
// the list; false when anything is amiss or yield failed.
func (s *jsonStream) walk(keys []string, depth int) bool {
	if depth > MaxDepth {
		return false
	}
	c, _ := s.next()
	if len(keys) == 0 {
		if c != '[' {
			return false
		}
		if c, _ := s.peek(); c == ']' {
			return false // an empty list: nothing to render
		}
		for {
			v, ok := s.value(depth + 1)
			if !ok {
				return false
			}
			if s.err = s.yield(v); s.err != nil {
				return false
			}
			s.n++
			switch c, _ := s.next(); c {
			case ',':
				continue
			case ']':
				return true
			}
			return false
		}
	}
	if c != '{' {
		return false
	}
	if c, _ := s.peek(); c == '}' {
		return false // the keys are missing
	}
	seen := map[string]bool{}
	found := false
	for {
		if c, _ := s.peek(); c != '"' {
			return false
		}
		kv, ok := s.value(depth + 1)
		k, _ := kv.(string)
		if !ok || seen[k] {
			return false
		}
		seen[k] = true
		if c, _ := s.next(); c != ':' {
			return false
		}
		if k == keys[0] {
			found = true
			if !s.walk(keys[1:], depth+1) {
				return false
			}
		} else if _, ok := s.value(depth + 1); !ok {
			return false
		}
		switch c, _ := s.next(); c {
		case ',':
			continue
		case '}':
			return found
		}
		return false
	}
}

// value reads one value at depth: its bytes are copied up to where it
// ends, then decoded in one pass, which checks everything (the copy only
// has to find the end: brackets counted outside strings, or the first
// delimiter after a number or a word).
func (s *jsonStream) value(depth int) (any, bool) {
	c, more := s.peek()
	if !more {
		return nil, false
	}
	s.buf = s.buf[:0]
	switch c {
	case '{', '[', '"':
		nest, inString, escaped := 0, false, false
		for {
			c, err := s.r.ReadByte()
			if err != nil {
				return nil, false
			}
			s.buf = append(s.buf, c)
			switch {
			case inString:
				switch {
				case escaped:
					escaped = false
				case c == '\\':
					escaped = true
				case c == '"':
					inString = false
				}
				if !inString && nest == 0 {
					goto read // a string on its own
				}
				continue
			case c == '"':
				inString = true
			case c == '{' || c == '[':
				nest++
			case c == '}' || c == ']':
				nest--
				if nest <= 0 {
					goto read
				}
			}
		}
	default:
		for {
			c, err := s.r.ReadByte()
			if err != nil {
				break
			}
			if c == ',' || c == ']' || c == '}' || c == ' ' || c == '\t' || c == '\n' || c == '\r' {
				s.r.UnreadByte()
				break
			}
			s.buf = append(s.buf, c)
		}
	}
read:
	if !utf8.Valid(s.buf) {
		return nil, false
	}
	s.dec.data, s.dec.pos = s.buf, 0
	v, ok := s.dec.value(depth)
	if !ok || s.dec.pos != len(s.buf) {
		return nil, false
	}
	return v, true
}
