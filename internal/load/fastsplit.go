package load

import (
	"bytes"
	"runtime"
)

// splitMin is the text size from which fastJSONValid decodes the two
// halves of its biggest list at once, on two goroutines: a 10 000-row
// table's 2 MB took 60 ms of `render --raw`'s 160 on one core while the
// other waited.
const splitMin = 1 << 20

// A split cuts the array that opens at arr after the comma at comma: the
// elements after it are decoded by another goroutine, from the start.
type split struct {
	arr, comma int
	rest       chan splitHalf
}

// splitHalf is the other goroutine's part: the elements after the comma
// and the position just past the array's ']'.
type splitHalf struct {
	items []any
	end   int
	ok    bool
}

// findSplit finds where to cut text in two: after the first comma past the
// middle that separates two elements of the outermost array enclosing the
// middle. It reads only the structure (strings skipped whole), up to that
// comma. ok is false when the middle is in no array, or that array ends
// before a comma is found; the text is then decoded on one goroutine.
// Text that is not JSON may give any cut: the decoders then fail, and the
// caller reads it the slow way, as for any problem.
func findSplit(text []byte) (arr, comma, depth int, ok bool) {
	mid := len(text) / 2
	var opens []int // positions of the open '[' and '{'
	target := -1    // index in opens of the array cut, once past the middle
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '"':
			// Skip to the closing quote: one not preceded by an odd run of
			// backslashes.
			j := i + 1
			for {
				k := bytes.IndexByte(text[j:], '"')
				if k < 0 {
					return 0, 0, 0, false
				}
				j += k
				n := 0
				for n < j-i-1 && text[j-1-n] == '\\' {
					n++
				}
				if n%2 == 0 {
					break
				}
				j++
			}
			i = j
		case '[', '{':
			opens = append(opens, i)
		case ']', '}':
			if len(opens) == 0 || len(opens)-1 == target {
				return 0, 0, 0, false
			}
			opens = opens[:len(opens)-1]
		case ',':
			if target >= 0 && len(opens)-1 == target {
				return opens[target], i, target + 1, true
			}
		}
		if target < 0 && i >= mid {
			for k, p := range opens {
				if text[p] == '[' {
					target = k
					break
				}
			}
			if target < 0 {
				return 0, 0, 0, false
			}
		}
	}
	return 0, 0, 0, false
}

// startSplit plans a cut of d's text and starts decoding the part after it
// at once; d.array joins the two halves when it reaches the cut.
func (d *fastDecoder) startSplit() {
	if runtime.GOMAXPROCS(0) < 2 {
		return
	}
	arr, comma, depth, ok := findSplit(d.data)
	if !ok || depth > MaxDepth {
		return
	}
	s := &split{arr: arr, comma: comma, rest: make(chan splitHalf, 1)}
	d.split = s
	other := &fastDecoder{data: d.data, pos: comma + 1, keys: map[string]string{},
		strictUTF8: d.strictUTF8, validUTF8: d.validUTF8}
	go func() {
		// The elements of the array, which sits at depth, are at depth+1.
		var h splitHalf
		for {
			v, ok := other.value(depth + 1)
			if !ok {
				break
			}
			h.items = append(h.items, v)
			more, ok := other.separator(']')
			if !ok {
				break
			}
			if !more {
				h.end, h.ok = other.pos, true
				break
			}
		}
		s.rest <- h
	}()
}

// join ends the array that the split cuts, at its comma: it appends the
// other goroutine's elements and moves past the array's end.
func (d *fastDecoder) join() bool {
	h := <-d.split.rest
	d.split = nil
	if !h.ok {
		return false
	}
	d.stack = append(d.stack, h.items...)
	d.pos = h.end
	return true
}
