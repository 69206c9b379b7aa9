package docx

import "strings"

// maxFragmentActions bounds the actions Actions returns: a template holds a
// few thousand at most (maxActions bounds a part).
const maxFragmentActions = maxActions

// Actions are the actions in a fragment of WordprocessingML — a table, a
// row, a cell, one paragraph or several — as Parse reads them: each
// paragraph's text joined across its runs, whatever split a word processor
// left (LibreOffice's re-save, Word's proofing marks, bookmarks and revision
// ids, one character a run), and each action normalised as the engine does
// it (curly quotes, the full-width braces and punctuation of a Chinese IME,
// a capitalised keyword), without its braces, trim markers and surrounding
// spaces: "range .Appendices", ".Label", "end". Template-preparation passes
// that look for an action read the fragment through Actions, never its
// bytes: the bytes of a re-saved template hold "{{range .</w:t></w:r><w:r
// w:rsidR=…><w:t>Appendices}}". A fragment that is not well-formed XML has
// no actions (nil).
func Actions(frag []byte) []string {
	root, err := parseXML(frag)
	if err != nil {
		return nil
	}
	var out []string
	var walk func(n *node)
	walk = func(n *node) {
		for _, k := range n.kids {
			if len(out) >= maxFragmentActions {
				return
			}
			if k.kind != kindElem {
				continue
			}
			if k.is("p") {
				p := &para{n: k}
				collectSegs(frag, p)
				if strings.ContainsAny(p.full, "{｛") {
					raws, _ := findActions(p.full)
					for _, r := range raws {
						out = append(out, trimAction(r.inner))
					}
				}
			}
			// Paragraphs in a text box inside this one are paragraphs of
			// their own (collectSegs skips them).
			walk(k)
		}
	}
	walk(root)
	return out
}

// trimAction is an action's inner text without trim markers and the spaces
// around it: "- range .X -" is "range .X".
func trimAction(inner string) string {
	s := strings.TrimSpace(inner)
	if strings.HasPrefix(s, "- ") || s == "-" {
		s = strings.TrimSpace(s[1:])
	}
	if strings.HasSuffix(s, " -") {
		s = strings.TrimSpace(s[:len(s)-1])
	}
	return s
}
