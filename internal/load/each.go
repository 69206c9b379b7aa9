package load

import (
	"bufio"
	"encoding/json"
	"errors"
	"io"
	"os"
	"strings"
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
	br := bufio.NewReader(f)
	// A byte order mark, UTF-16 or anything but JSON text: Raw's way.
	if b, _ := br.Peek(1); len(b) == 0 || (b[0] != '{' && b[0] != '[' && b[0] != ' ' && b[0] != '\n' && b[0] != '\r' && b[0] != '\t') {
		return 0, false, nil
	}
	s := &jsonStream{dec: json.NewDecoder(br), yield: yield}
	if !s.walk(keys, 1) {
		return s.n, false, s.err
	}
	if _, terr := s.dec.Token(); !errors.Is(terr, io.EOF) {
		return s.n, false, nil // something after the value
	}
	return s.n, true, nil
}

type jsonStream struct {
	dec   *json.Decoder
	yield func(any) error
	n     int
	err   error
}

// walk reads the value at the decoder's position, descending by keys to
// the list; false when anything is amiss or yield failed.
func (s *jsonStream) walk(keys []string, depth int) bool {
	if depth > MaxDepth {
		return false
	}
	tok, err := s.dec.Token()
	if err != nil {
		return false
	}
	if len(keys) == 0 {
		if tok != json.Delim('[') {
			return false
		}
		for s.dec.More() {
			v, ok := s.item(depth + 1)
			if !ok {
				return false
			}
			if s.err = s.yield(v); s.err != nil {
				return false
			}
			s.n++
		}
		_, err := s.dec.Token() // ]
		return err == nil && s.n > 0
	}
	if tok != json.Delim('{') {
		return false
	}
	seen := map[string]bool{}
	found := false
	for s.dec.More() {
		kt, err := s.dec.Token()
		k, isString := kt.(string)
		// encoding/json turns invalid UTF-8 in a key into U+FFFD.
		if err != nil || !isString || seen[k] || strings.ContainsRune(k, utf8.RuneError) {
			return false
		}
		seen[k] = true
		if k == keys[0] {
			found = true
			if !s.walk(keys[1:], depth+1) {
				return false
			}
			continue
		}
		if _, ok := s.item(depth + 1); !ok {
			return false
		}
	}
	_, err = s.dec.Token() // }
	return err == nil && found
}

// item reads one value at depth with the one-pass decoder, so that it
// checks what Raw checks (encoding/json alone would take duplicate keys
// and replace invalid UTF-8).
func (s *jsonStream) item(depth int) (any, bool) {
	var raw json.RawMessage
	if s.dec.Decode(&raw) != nil || !utf8.Valid(raw) {
		return nil, false
	}
	return fastJSONAt(raw, depth)
}
