package docx

import (
	"fmt"
	"strconv"
	"strings"
)

// numInfo is what Parse learns from word/numbering.xml: which abstract
// numbering each w:num uses, and the largest numId.
type numInfo struct {
	abstract map[string]string
	max      int
}

var (
	numRE      = lazyRE(`(?s)<w:num\s[^>]*w:numId="(\d+)"[^>]*>.*?<w:abstractNumId\s+w:val="(\d+)"`)
	numCloseRE = lazyRE(`<w:numIdMacAtCleanup\b|</w:numbering>`)
)

func readNumbering(src []byte) numInfo {
	ni := numInfo{abstract: map[string]string{}}
	for _, m := range numRE.FindAllSubmatch(src, -1) {
		ni.abstract[string(m[1])] = string(m[2])
		if v, err := strconv.Atoi(string(m[1])); err == nil && v > ni.max {
			ni.max = v
		}
	}
	return ni
}

// numState tracks list restarts during one Execute.
type numState struct {
	remap map[string]string // numId in the template → numId in use now
	added []newNum
}

type newNum struct {
	id       int
	abstract string
}

func (n *numState) mapID(v string) string {
	if r, ok := n.remap[v]; ok {
		return r
	}
	return v
}

// restartNumbering gives the list of the current paragraph (its numId was
// the last one written) a fresh w:num that starts again at 1; the following
// paragraphs of that list use it too, until the next restart.
func (w *writer) restartNumbering(string) error {
	st := w.st
	if w.lastNumLen == 0 || w.lastNumAt+w.lastNumLen > len(w.buf) {
		return fmt.Errorf("restartnum：所在段落没有直接设置的编号（请把它放在用“编号”按钮编号的段落中，而不是靠样式编号的段落）")
	}
	cur := string(w.buf[w.lastNumAt : w.lastNumAt+w.lastNumLen])
	orig := cur
	for o, r := range st.nums.remap {
		if r == cur {
			orig = o
		}
	}
	abs, ok := st.t.nums.abstract[orig]
	if !ok {
		return fmt.Errorf("restartnum：numbering.xml 中没有编号 %s", orig)
	}
	id := st.t.nums.max + 1 + len(st.nums.added)
	st.nums.added = append(st.nums.added, newNum{id: id, abstract: abs})
	if st.nums.remap == nil {
		st.nums.remap = map[string]string{}
	}
	v := strconv.Itoa(id)
	st.nums.remap[orig] = v
	tail := append([]byte(nil), w.buf[w.lastNumAt+w.lastNumLen:]...)
	w.buf = append(append(w.buf[:w.lastNumAt], v...), tail...)
	w.lastNumLen = len(v)
	return nil
}

// patchNumbering adds the w:num elements created by restarts.
func patchNumbering(src []byte, added []newNum) []byte {
	if len(added) == 0 {
		return nil
	}
	var b strings.Builder
	for _, n := range added {
		fmt.Fprintf(&b, `<w:num w:numId="%d"><w:abstractNumId w:val="%s"/>`, n.id, n.abstract)
		for l := 0; l < 9; l++ {
			fmt.Fprintf(&b, `<w:lvlOverride w:ilvl="%d"><w:startOverride w:val="1"/></w:lvlOverride>`, l)
		}
		b.WriteString(`</w:num>`)
	}
	loc := numCloseRE.FindIndex(src)
	if loc == nil {
		return nil
	}
	out := make([]byte, 0, len(src)+b.Len())
	out = append(out, src[:loc[0]]...)
	out = append(out, b.String()...)
	return append(out, src[loc[0]:]...)
}
