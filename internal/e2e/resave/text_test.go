package resave

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"sort"
	"strings"

	"gongwen/internal/docx/docxtest"
)

// docText is the text of a built document as a reader sees it: the body's
// paragraphs in order, a page break (typed, or a paragraph's
// page-break-before) as "[分页]", then the headers' and footers' text, sorted
// (a suite may renumber those parts).
func docText(data []byte) (string, error) {
	parts, err := docxtest.Unzip(data)
	if err != nil {
		return "", err
	}
	body, err := paraTexts(parts["word/document.xml"])
	if err != nil {
		return "", err
	}
	var hf []string
	for name, b := range parts {
		if strings.HasPrefix(name, "word/header") || strings.HasPrefix(name, "word/footer") {
			ps, err := paraTexts(b)
			if err != nil {
				return "", err
			}
			if s := strings.TrimSpace(strings.Join(ps, "\n")); s != "" {
				hf = append(hf, s)
			}
		}
	}
	sort.Strings(hf)
	return strings.Join(body, "\n") + "\n--\n" + strings.Join(hf, "\n--\n"), nil
}

// paraTexts reads the paragraphs of a WordprocessingML part; empty ones
// are kept, since a suite must not add or drop lines either.
func paraTexts(part []byte) ([]string, error) {
	d := xml.NewDecoder(bytes.NewReader(part))
	var out []string
	var cur *strings.Builder
	inT := false
	// Field results (page numbers, dates) are the suite's cached values,
	// recomputed on opening: not text of the template.
	result, simple := 0, 0
	inRun := 0 // w:tab is a tab in a run, a tab stop in paragraph properties
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		switch x := tok.(type) {
		case xml.StartElement:
			switch x.Name.Local {
			case "p":
				cur = &strings.Builder{}
			case "t":
				inT = result == 0 && simple == 0
			case "fldSimple":
				simple++
			case "r":
				inRun++
			case "fldChar":
				switch attrValue(x, "fldCharType") {
				case "separate":
					result++
				case "end":
					result = max(0, result-1)
				}
			case "tab":
				if cur != nil && inRun > 0 {
					cur.WriteString("\t")
				}
			case "pageBreakBefore":
				if cur != nil && onValue(x) {
					cur.WriteString("[分页]")
				}
			case "br":
				if cur == nil {
					break
				}
				if attrValue(x, "type") == "page" {
					cur.WriteString("[分页]")
				} else {
					cur.WriteString("\n")
				}
			}
		case xml.EndElement:
			switch x.Name.Local {
			case "t":
				inT = false
			case "fldSimple":
				simple--
			case "r":
				inRun--
			case "p":
				if cur != nil {
					out = append(out, cur.String())
				}
				cur = nil
			}
		case xml.CharData:
			if inT && cur != nil {
				cur.Write(x)
			}
		}
	}
}

func attrValue(e xml.StartElement, local string) string {
	for _, a := range e.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

func onValue(e xml.StartElement) bool {
	switch attrValue(e, "val") {
	case "0", "false", "off":
		return false
	}
	return true
}

// lineDiff shows the first lines where two texts part.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	i := 0
	for i < len(w) && i < len(g) && w[i] == g[i] {
		i++
	}
	show := func(ls []string) string {
		end := min(len(ls), i+4)
		if i >= len(ls) {
			return "(end)"
		}
		return strings.Join(ls[i:end], "⏎")
	}
	return fmt.Sprintf("  line %d\n  want: %s\n   got: %s", i+1, show(w), show(g))
}
