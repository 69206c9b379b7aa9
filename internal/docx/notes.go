package docx

import (
	"bytes"
	"strconv"
)

// Footnotes, endnotes and comments live in parts of their own and are tied
// to the text by id. When a loop copies a reference, the copy gets a copy
// of the note (or comment) under a fresh id: Word rejects a document where
// two references point at one note.

type noteKind int

const (
	noteFoot noteKind = iota
	noteEnd
	noteComment
	noteKinds
)

var noteParts = [noteKinds]struct{ part, elem string }{
	{"word/footnotes.xml", "w:footnote"},
	{"word/endnotes.xml", "w:endnote"},
	{"word/comments.xml", "w:comment"},
}

// noteState is, for one Execute, which note ids are in use and which notes
// must be copied.
type noteState struct {
	used   [noteKinds]map[string]bool
	cur    [noteKinds]map[string]string // template id → id of the current copy
	next   [noteKinds]int64
	clones [noteKinds][]noteClone
}

type noteClone struct{ from, to string }

// ref returns the id to write for a reference to note id. fresh is set
// for the reference that starts a copy (footnoteReference, commentRangeStart);
// the others (commentRangeEnd, commentReference) follow it.
func (ns *noteState) ref(k noteKind, id string, fresh bool) string {
	if ns.used[k] == nil {
		ns.used[k], ns.cur[k] = map[string]bool{}, map[string]string{}
	}
	if !fresh {
		if v, ok := ns.cur[k][id]; ok {
			return v
		}
		return id
	}
	if !ns.used[k][id] {
		ns.used[k][id] = true
		ns.cur[k][id] = id
		return id
	}
	for {
		ns.next[k]++
		v := strconv.FormatInt(ns.next[k], 10)
		if !ns.used[k][v] {
			ns.used[k][v] = true
			ns.cur[k][id] = v
			ns.clones[k] = append(ns.clones[k], noteClone{from: id, to: v})
			return v
		}
	}
}

var noteIDRE = lazyRE(`<w:(?:footnote|endnote|comment)\s[^>]*?\bw:id="(-?\d+)"`)

// maxNoteID is the largest id among the notes of a notes part.
func maxNoteID(src []byte) int64 {
	var m int64
	for _, g := range noteIDRE.FindAllSubmatch(src, -1) {
		if v, err := strconv.ParseInt(string(g[1]), 10, 64); err == nil && v > m {
			m = v
		}
	}
	return m
}

var paraIDAttrRE = lazyRE(`\sw14:(?:paraId|textId)="[^"]*"`)

// cloneNotes appends to a notes part the copies that clones ask for: each
// the note with id from, under id to, without its paragraph ids (which
// must stay unique and are optional).
func cloneNotes(src []byte, elem string, clones []noteClone) []byte {
	root, err := parseXML(src)
	if err != nil {
		return nil
	}
	var top *node
	for _, k := range root.kids {
		if k.kind == kindElem {
			top = k
		}
	}
	if top == nil || top.closeStart == top.end {
		return nil
	}
	byID := map[string]*node{}
	for _, k := range top.kids {
		if k.kind == kindElem && k.name == elem {
			if id, _, _, ok := attr(src, k, "w:id"); ok {
				byID[id] = k
			}
		}
	}
	var add bytes.Buffer
	for _, c := range clones {
		n := byID[c.from]
		if n == nil {
			continue
		}
		_, vs, ve, _ := attr(src, n, "w:id")
		add.Write(src[n.start:vs])
		add.WriteString(c.to)
		add.Write(paraIDAttrRE.ReplaceAll(src[ve:n.end], nil))
	}
	out := make([]byte, 0, len(src)+add.Len())
	out = append(out, src[:top.closeStart]...)
	out = append(out, add.Bytes()...)
	return append(out, src[top.closeStart:]...)
}

// finish adds the copied notes to changes, reading the notes parts from
// the rendered changes or the template.
func (ns *noteState) finish(t *Template, changes map[string][]byte) {
	for k := range noteKinds {
		if len(ns.clones[k]) == 0 {
			continue
		}
		np := noteParts[k]
		src, ok := changes[np.part]
		if !ok {
			b, err := t.pkg.Read(np.part)
			if err != nil {
				continue
			}
			src = b
		}
		if b := cloneNotes(src, np.elem, ns.clones[k]); b != nil {
			changes[np.part] = b
		}
	}
}
