package load

import (
	"io"
	"os"
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
	s := &jsonStream{r: f, data: make([]byte, 0, eachWindow), yield: yield}
	// A byte order mark, UTF-16 or anything but JSON text: Raw's way.
	if !s.fill(false) {
		return 0, false, nil
	}
	if b := s.data[0]; b != '{' && b != '[' && b != ' ' && b != '\n' && b != '\r' && b != '\t' {
		return 0, false, nil
	}
	s.dec.keys = map[string]string{}
	s.dec.strictUTF8 = true
	if !s.walk(keys, 1) {
		return s.n, false, s.err
	}
	if _, more := s.peek(); more || s.readErr {
		return s.n, false, nil // something after the value
	}
	return s.n, true, nil
}

// CountJSON counts the items of the list under keys of a JSON file, as
// EachJSON would yield them, without decoding them: a mail merge whose
// file names do not depend on the items needs only how many there are.
// It checks the items' structure (strings, brackets) but not every detail
// EachJSON checks; ok is false when it finds anything amiss, and a file it
// counts may still fail EachJSON, which the caller must handle.
func CountJSON(path string, keys []string) (n int, ok bool) {
	f, err := os.Open(path)
	if err != nil {
		return 0, false
	}
	defer f.Close()
	if st, err := f.Stat(); err != nil || !st.Mode().IsRegular() || st.Size() > maxFileSize() {
		return 0, false
	}
	s := &jsonStream{r: f, data: make([]byte, 0, eachWindow), count: true}
	if !s.fill(false) {
		return 0, false
	}
	if b := s.data[0]; b != '{' && b != '[' && b != ' ' && b != '\n' && b != '\r' && b != '\t' {
		return 0, false
	}
	s.dec.keys = map[string]string{}
	s.dec.strictUTF8 = true
	if !s.walk(keys, 1) {
		return 0, false
	}
	if _, more := s.peek(); more || s.readErr {
		return 0, false
	}
	return s.n, true
}

// eachWindow is the first size of EachJSON's window on the file; tests
// make it tiny so that values are cut off everywhere.
var eachWindow = 64 << 10

// jsonStream reads the structure around the list byte by byte, and each
// value in it (an item, or a member beside the list) with the one-pass
// decoder, which checks it as Raw would, straight from a window of the
// file. A value the window cuts off makes the decoder fail; the window
// then grows (doubling, so a big value costs twice its size at most) and
// the value is decoded again. It replaced a scanner that first copied each
// value byte by byte to find its end, a third of the instructions of a
// 1000-notice mail merge (and, before that, encoding/json's Decoder).
type jsonStream struct {
	r       io.Reader
	data    []byte // the window: data[pos:] is not read yet
	pos     int
	eof     bool        // r has no more
	readErr bool        // and it ended with an error, not at the end of the file
	dec     fastDecoder // its interned keys serve every item
	yield   func(any) error
	count   bool // skip the list's items (CountJSON), do not decode them
	n       int
	err     error
}

// fill reads more of the file into the window, keeping what is unread;
// grow doubles the window when it is more than half full. It reports
// whether it read anything.
func (s *jsonStream) fill(grow bool) bool {
	if s.eof {
		return false
	}
	n := copy(s.data[:cap(s.data)], s.data[s.pos:])
	s.data, s.pos = s.data[:n], 0
	if grow && n > cap(s.data)/2 {
		s.data = append(make([]byte, 0, 2*cap(s.data)), s.data...)
	}
	for {
		m, err := s.r.Read(s.data[len(s.data):cap(s.data)])
		s.data = s.data[:len(s.data)+m]
		if err != nil {
			s.eof = true
			s.readErr = err != io.EOF
		}
		if m > 0 || s.eof {
			return m > 0
		}
	}
}

// peek skips white space and returns the next byte, not consumed; more is
// false at the end of the file (or on a read error).
func (s *jsonStream) peek() (c byte, more bool) {
	for {
		for ; s.pos < len(s.data); s.pos++ {
			switch c := s.data[s.pos]; c {
			case ' ', '\t', '\n', '\r':
			default:
				return c, true
			}
		}
		if !s.fill(false) {
			return 0, false
		}
	}
}

// next is peek that consumes the byte.
func (s *jsonStream) next() (byte, bool) {
	c, more := s.peek()
	if more {
		s.pos++
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
			if s.count {
				if !s.skip(depth + 1) {
					return false
				}
				s.n++
			} else {
				v, ok := s.value(depth + 1)
				if !ok {
					return false
				}
				if s.err = s.yield(v); s.err != nil {
					return false
				}
				s.n++
			}
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

// value reads one value at depth with the one-pass decoder. A value that
// ends where the window ends may be cut off (a list without its end, the
// first digits of a number): the window grows and it is decoded again,
// until it ends inside the window or the file has no more.
func (s *jsonStream) value(depth int) (any, bool) {
	for {
		if _, more := s.peek(); !more {
			return nil, false
		}
		s.dec.data, s.dec.pos = s.data, s.pos
		v, ok := s.dec.value(depth)
		if ok && (s.dec.pos < len(s.data) || s.eof) {
			s.pos = s.dec.pos
			return v, !s.readErr
		}
		if s.eof || !s.fill(true) {
			return nil, false
		}
	}
}

// skip moves past one value at depth, as value does, without building it;
// a value the window cuts off grows the window and is scanned again.
func (s *jsonStream) skip(depth int) bool {
	for {
		if _, more := s.peek(); !more {
			return false
		}
		end, ok := skipJSON(s.data[s.pos:], depth)
		if ok && (s.pos+end < len(s.data) || s.eof) {
			s.pos += end
			return true
		}
		if !ok && end >= 0 {
			return false // malformed
		}
		if s.eof || !s.fill(true) {
			return false // the file ends inside the value
		}
	}
}

// skipJSON returns the length of the JSON value at the start of b: a
// string, a container (its strings and nesting followed, not its
// grammar) or a run of the characters of numbers and literals. end is -1
// when b ends inside a string or container; else ok says whether the value
// looks well formed (end is then where it stopped).
func skipJSON(b []byte, depth int) (end int, ok bool) {
	if len(b) == 0 {
		return -1, false
	}
	switch c := b[0]; {
	case c == '"':
		return skipString(b)
	case c == '{' || c == '[':
		open := 0
		for i := 0; i < len(b); i++ {
			switch b[i] {
			case '"':
				n, ok := skipString(b[i:])
				if !ok {
					if n < 0 {
						return -1, false
					}
					return i + n, false
				}
				i += n - 1
			case '{', '[':
				open++
				if depth+open-1 > MaxDepth {
					return i, false
				}
			case '}', ']':
				open--
				if open == 0 {
					return i + 1, true
				}
			}
		}
		return -1, false
	}
	i := 0
	for i < len(b) && scalarByte(b[i]) {
		i++
	}
	return i, i > 0
}

// skipString returns the length of the string at the start of b, -1 when
// b ends inside it.
func skipString(b []byte) (int, bool) {
	for j := 1; j < len(b); j++ {
		switch c := b[j]; {
		case c == '"':
			return j + 1, true
		case c == '\\':
			j++
		case c < 0x20:
			return j, false
		}
	}
	return -1, false
}

// scalarByte reports the bytes of numbers and of true, false and null.
func scalarByte(c byte) bool {
	return c == '-' || c == '+' || c == '.' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
}
