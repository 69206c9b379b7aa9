package cn

import (
	"strings"
	"unicode/utf8"
)

// CellLinesAtWords is CellLines when every break it makes is one a reader
// can be sure of, and otherwise the lines that break only there, or nil
// when no such lines fit width (the text is then left to the word
// processor to wrap). A sure break follows a punctuation mark (黄埔区、 /
// 南沙区政府) or stands between two words of the word list (中共湖北省 /
// 纪律检查委员会). The word list does not know every name (南沙, 国家技术
// 创新中心): between characters it cannot place, CellLines broke
// wherever the line was full, and a hard line break there printed
// 「南⏎沙区政府」 and 「大湾区国⏎家技术创新中心」 in every client, however
// wide the column came out (QA s10 9).
func CellLinesAtWords(text string, width int) []string {
	text = strings.TrimSpace(text)
	lines := CellLines(text, width)
	if len(lines) < 2 {
		return lines
	}
	toks := withSuffixes(tokenizeWords(text, width/2), width)
	if strings.Join(lines, "") != text || joined(toks) != text {
		return nil // spaces dropped: the offsets would not line up
	}
	sure := sureBreaks(toks)
	if breaksAt(lines, sure) {
		return lines
	}
	// The pieces between sure breaks, packed into lines greedily.
	var out []string
	var line strings.Builder
	lineW := 0
	at, pieceStart := 0, 0
	flush := func(piece string) bool {
		w := textHalves(piece)
		if w > width {
			return false
		}
		if lineW > 0 && lineW+w > width {
			out = append(out, line.String())
			line.Reset()
			lineW = 0
		}
		line.WriteString(piece)
		lineW += w
		return true
	}
	for i, t := range toks {
		at += len(t.text)
		if i == len(toks)-1 || sure[at] {
			if !flush(text[pieceStart:at]) {
				return nil
			}
			pieceStart = at
		}
	}
	if line.Len() > 0 {
		out = append(out, line.String())
	}
	return out
}

// WordStart returns the byte offset of the start of the word of text that
// holds offset n (n itself when a word starts there): a break moved back
// to it keeps the word whole (国家, not 国 / 家), words matched up to
// maxLen runes.
func WordStart(text string, n, maxLen int) int {
	at := 0
	for _, t := range tokenizeWords(text, maxLen) {
		if at+len(t.text) > n {
			if strings.HasPrefix(text[at:], t.text) {
				return at
			}
			return n // spaces dropped: offsets do not line up
		}
		at += len(t.text)
	}
	return n
}

// sureBreaks maps the byte offsets between tokens where a break is sure.
func sureBreaks(toks []titleToken) map[int]bool {
	sure := map[int]bool{}
	at := 0
	for i := 0; i+1 < len(toks); i++ {
		at += len(toks[i].text)
		a, b := toks[i], toks[i+1]
		if a.depth > 0 {
			continue // inside a quotation or bracket
		}
		last, _ := utf8.DecodeLastRuneInString(a.text)
		switch {
		case strings.ContainsRune("，。、；：？！）)》」』〕】,;:?!", last):
			sure[at] = true
		case (known(a.text) || connective(a.text)) && known(b.text):
			// 湖北省发展和 / 改革委员会: after 和 as after a word.
			sure[at] = true
		}
	}
	return sure
}

// known reports whether a token is a word the word list placed (two
// characters or more besides its marks) or a number or Latin word.
func known(s string) bool {
	core := strings.TrimRight(strings.TrimLeft(s, openingMarks), closingMarks)
	n := utf8.RuneCountInString(core)
	if n >= 2 {
		return true
	}
	r, _ := utf8.DecodeRuneInString(core)
	return n == 1 && r < utf8.RuneSelf
}

// connective reports whether a token is a one-character word that joins
// two words (发展和改革, 科学与技术): a line may end on it.
func connective(s string) bool { return s == "和" || s == "与" || s == "及" || s == "或" }

// breaksAt reports whether every break between lines falls on a sure offset.
func breaksAt(lines []string, sure map[int]bool) bool {
	at := 0
	for _, l := range lines[:len(lines)-1] {
		at += len(l)
		if !sure[at] {
			return false
		}
	}
	return true
}

func joined(toks []titleToken) string {
	var b strings.Builder
	for _, t := range toks {
		b.WriteString(t.text)
	}
	return b.String()
}

func textHalves(s string) int {
	n := 0
	for _, r := range s {
		n += runeWidth(r)
	}
	return n
}
