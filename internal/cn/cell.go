package cn

import "strings"

// CellLines breaks the text of a table cell (a unit's name, a category)
// into lines no wider than width half-characters (a Chinese character is
// 2, a digit or Latin letter 1), where a reader expects the break: between
// words (中共湖北省 / 纪律检查委员会, not 中共湖北省纪 / 律检查委员会), never
// inside a number with its unit or a bracket that fits a line
// (各县（市、区） / 商务主管部门), in the fewest lines the words allow, as
// even as possible, and with no line of one character. Word processors
// cut Chinese wherever the line is full; a cell given these lines (one
// line break each) reads as the names it holds. A text that fits is one
// line; a text that cannot be broken so (a width under two characters)
// comes back whole.
func CellLines(text string, width int) []string {
	text = strings.TrimSpace(text)
	total := 0
	for _, r := range text {
		total += runeWidth(r)
	}
	if total <= width || width < 4 {
		return []string{text}
	}
	// Words longer than a line come as their shorter words.
	toks := withSuffixes(tokenizeWords(text, width/2), width)
	lines := breakLines(toks, total, width, true)
	if lines == nil {
		// A token wider than the line (a long quotation or number) is
		// cut into characters; the others stay whole.
		var cut []titleToken
		for _, t := range toks {
			if t.width <= width {
				cut = append(cut, t)
				continue
			}
			for _, r := range t.text {
				if len(cut) > 0 && strings.ContainsRune(closingMarks, r) {
					cut[len(cut)-1].text += string(r)
					cut[len(cut)-1].width += runeWidth(r)
					continue
				}
				cut = append(cut, titleToken{text: string(r), width: runeWidth(r), depth: t.depth})
			}
		}
		lines = breakLines(cut, total, width, true)
	}
	if lines == nil {
		// Short words between lines too narrow for them (区 / 人力资源):
		// characters, punctuation kept with them.
		var chars []titleToken
		for _, r := range text {
			if len(chars) > 0 && strings.ContainsRune(closingMarks, r) {
				chars[len(chars)-1].text += string(r)
				chars[len(chars)-1].width += runeWidth(r)
				continue
			}
			chars = append(chars, titleToken{text: string(r), width: runeWidth(r)})
		}
		lines = breakLines(chars, total, width, true)
	}
	if lines == nil {
		return []string{text}
	}
	return lines
}

// organSuffixes end the name of an organ or office: 局, 厅, 科, 委 (of
// 省委). After a word they belong to it — 生态环境局 / 宁川分局, 湖北省委 /
// 组织部 — where the word list ends the word before them.
const organSuffixes = "局厅科室处部委办院所站队"

// withSuffixes joins a lone organ suffix to the word before it when the
// two fit a line.
func withSuffixes(toks []titleToken, width int) []titleToken {
	var out []titleToken
	for _, t := range toks {
		if n := len(out); n > 0 && len([]rune(t.text)) == 1 && strings.Contains(organSuffixes, t.text) {
			prev := []rune(out[n-1].text)
			if len(prev) >= 2 && isHan(prev[len(prev)-1]) && out[n-1].width+t.width <= width {
				out[n-1].text += t.text
				out[n-1].width += t.width
				out[n-1].depth = t.depth
				continue
			}
		}
		out = append(out, t)
	}
	return out
}

// CellWordWidth is the width in half-characters of the widest part of
// text that CellLines keeps on one line when the line can hold it: a word
// of the word list with the punctuation that clings to it, a number with
// its unit, or a short quotation or bracket (“五个湖北”, （市、区）) of at
// most shortQuote characters with the words around its marks. A column at
// least this wide never splits a word or a short name of the cell.
func CellWordWidth(text string) int {
	// Words of more than four characters are compounds a narrow column
	// may break (群众路线 / 教育实践活动), as CellLines does.
	toks := tokenizeWords(strings.TrimSpace(text), 4)
	w := 0
	for _, t := range toks {
		w = max(w, t.width)
	}
	// Short quotations: the tokens from the opening mark to the closing one.
	qc := quoteCosts(toks, 1<<30)
	for i := 0; i < len(toks); {
		if qc[i] < penaltyQuote {
			i++
			continue
		}
		j, span := i, 0
		for ; j < len(toks) && qc[j] >= penaltyQuote; j++ {
			span += toks[j].width
		}
		if j < len(toks) {
			span += toks[j].width // the token holding the closing mark
		}
		w = max(w, span)
		i = j + 1
	}
	return w
}
