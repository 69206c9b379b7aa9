package docx

import (
	"fmt"
	"path"
	"strings"
)

// A person finds a place in Word by what it shows: the header of the first
// page, the third row of the second table, the paragraph that begins
// “关于在全省开展”. Part names and paragraph indexes are what the package
// holds; this file translates.

var (
	relRE     = lazyRE(`<Relationship\s[^>]*>`)
	relIDRE   = lazyRE(`\bId="([^"]*)"`)
	relTgtRE  = lazyRE(`\bTarget="([^"]*)"`)
	sectRE    = lazyRE(`(?s)<w:sectPr\b(?:[^>]*/>|.*?</w:sectPr>)`)
	hfRefRE   = lazyRE(`<w:(header|footer)Reference\s[^>]*>`)
	hfTypeRE  = lazyRE(`\bw:type="([^"]*)"`)
	hfRelIDRE = lazyRE(`\br:id="([^"]*)"`)
)

// areaLabels names every header and footer part as Word shows it: "页眉",
// "第一页页脚", "偶数页页眉", with "第 N 节" when the document has several
// sections whose headers differ. A part no section uses keeps its name.
func areaLabels(pkg pkgSource) map[string]string {
	labels := map[string]string{}
	doc, err := pkg.Read("word/document.xml")
	if err != nil {
		return labels
	}
	rels, err := pkg.Read("word/_rels/document.xml.rels")
	if err != nil {
		return labels
	}
	target := map[string]string{}
	for _, r := range relRE.FindAll(rels, -1) {
		id, tg := relIDRE.FindSubmatch(r), relTgtRE.FindSubmatch(r)
		if id == nil || tg == nil {
			continue
		}
		t := string(tg[1])
		if strings.HasPrefix(t, "/") {
			t = strings.TrimPrefix(t, "/")
		} else {
			t = path.Join("word", t)
		}
		target[string(id[1])] = t
	}
	sects := sectRE.FindAll(doc, -1)
	withRefs := 0
	for _, s := range sects {
		if hfRefRE.Match(s) {
			withRefs++
		}
	}
	for i, s := range sects {
		for _, ref := range hfRefRE.FindAllSubmatch(s, -1) {
			id := hfRelIDRE.FindSubmatch(ref[0])
			if id == nil {
				continue
			}
			part := target[string(id[1])]
			if part == "" || labels[part] != "" {
				continue
			}
			what := "页眉"
			if string(ref[1]) == "footer" {
				what = "页脚"
			}
			typ := ""
			if m := hfTypeRE.FindSubmatch(ref[0]); m != nil {
				typ = string(m[1])
			}
			switch typ {
			case "first":
				what = "第一页" + what
			case "even":
				what = "偶数页" + what
			}
			if withRefs > 1 {
				what = fmt.Sprintf("第 %d 节%s", i+1, what)
			}
			labels[part] = what
		}
	}
	return labels
}

// namePara records what a person needs to find paragraph p: the area of
// the part, the footnote or endnote it is in, whether it is in a text box.
func (c *compiler) namePara(p *para) {
	p.area = c.area
	for n := p.n.parent; n != nil; n = n.parent {
		switch {
		case n.is("txbxContent"):
			p.box = true
		case n.is("footnote"), n.is("endnote"):
			p.note = noteNumber(c.src, n)
		}
	}
}

// noteNumber is the number Word shows for a footnote or endnote: its place
// among the notes that are not separators.
func noteNumber(src []byte, n *node) int {
	if n.parent == nil {
		return 0
	}
	k := 0
	for _, sib := range n.parent.kids {
		if sib.kind != kindElem || sib.name != n.name {
			continue
		}
		if typ, _, _, ok := attr(src, sib, "w:type"); ok && typ != "normal" {
			continue // separator, continuationSeparator, continuationNotice
		}
		k++
		if sib == n {
			return k
		}
	}
	return 0
}

// openingRunes is how many characters of a paragraph's beginning are shown.
const openingRunes = 12

// placeOf fills l with the place of action a as a person finds it.
func placeOf(l *Location, a *action) {
	l.Action = a.typed
	p := a.p
	if p == nil {
		return
	}
	l.Para, l.Table, l.Row, l.Cell = p.index, p.tbl, p.row, p.cell
	l.Area, l.Note, l.Box = p.area, p.note, p.box
	l.After = p.after
	l.Context = a.around()
	if strings.HasPrefix(l.Context, "…") || p.opening != "" {
		// The action stands further in, or the context reads as another
		// paragraph's: say how the paragraph begins.
		l.Opening = opening(p.full)
		if p.opening != "" {
			l.Opening = p.opening
		}
	}
	l.Nth, l.Twins = p.nth, p.twins
	l.Text = p.full
}

// shownOpening is how a paragraph begins for a person looking for it:
// its own words when it begins with an action ({{showif …}}签发人：),
// which many paragraphs of a template do, else its opening.
func shownOpening(full string) string {
	if strings.HasPrefix(strings.TrimSpace(full), "{") {
		if w := withoutActions(full); w != "" {
			return opening(w)
		}
	}
	return opening(full)
}

// withoutActions is what a paragraph shows besides its actions ({{…}},
// and those typed with full-width braces), white space trimmed.
func withoutActions(full string) string {
	var b strings.Builder
	for s := full; s != ""; {
		i := strings.IndexAny(s, "{｛")
		if i < 0 {
			b.WriteString(s)
			break
		}
		b.WriteString(s[:i])
		s = s[i:]
		j := strings.IndexAny(s, "}｝")
		if j < 0 {
			break
		}
		s = strings.TrimLeft(s[j:], "}｝")
	}
	return strings.TrimSpace(b.String())
}

// twinRunes is how many characters may be shown of a paragraph that
// begins as others do.
const twinRunes = 42

// opening is the beginning of a paragraph's text, white space squeezed.
func opening(full string) string { return openingN(full, openingRunes) }

func openingN(full string, n int) string {
	r := []rune(strings.Join(strings.Fields(full), " "))
	if len(r) > n {
		return string(r[:n]) + "…"
	}
	return string(r)
}
