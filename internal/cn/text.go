package cn

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
)

// Join lists items the Chinese way: 、 between items and 和 before the
// last: 甲、乙和丙; two items 甲和乙; one item itself; none "".
func Join(items []string) string { return JoinWith(items, "和") }

// JoinWith is Join with another word before the last item (及, 或, 以及).
func JoinWith(items []string, conj string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	return strings.Join(items[:len(items)-1], "、") + conj + items[len(items)-1]
}

// isHan reports a Chinese character (CJK ideograph, including 〇).
func isHan(r rune) bool { return unicode.Is(unicode.Han, r) || r == '〇' }

// isCJKPunct reports full-width punctuation that belongs to Chinese text.
func isCJKPunct(r rune) bool {
	return strings.ContainsRune("，。、；：？！“”‘’（）《》〈〉【】〔〕—…·「」『』", r)
}

// isChinese is a character that makes its neighbourhood Chinese context.
func isChinese(r rune) bool { return isHan(r) || isCJKPunct(r) }

var halfToFull = map[rune]rune{',': '，', '.': '。', ':': '：', ';': '；', '?': '？', '!': '！', '(': '（', ')': '）'}

// protected spans are copied unchanged by Punct: URLs, e-mail addresses,
// and file or domain names.
var protected = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)(?:https?|ftp)://[A-Za-z0-9\-._~:/?#\[\]@!$&'*+,;=%]*[A-Za-z0-9/#=_\-]|www\.[A-Za-z0-9\-._~/?#=&%]*[A-Za-z0-9/]|[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}`)
})

// Punct makes punctuation full-width where it stands in Chinese text, the
// way GB/T 15834 wants it: , . : ; ? ! ( ) and straight double quotes
// become ，。：；？！（）“” when a Chinese character is next to them (across
// spaces), and spaces between two Chinese characters or next to Chinese
// punctuation are removed. Latin text, numbers (3.5, 1,000, 9:30),
// URLs and e-mail addresses are left alone, and so is the leading
// indentation of the text. "..." after Chinese becomes ……
func Punct(s string) string {
	var out []rune
	ls := &lineScan{}
	last := 0
	for _, loc := range protected().FindAllStringIndex(s, -1) {
		out = punctSegment(out, []rune(s[last:loc[0]]), ls)
		out = append(out, []rune(s[loc[0]:loc[1]])...)
		last = loc[1]
	}
	out = punctSegment(out, []rune(s[last:]), ls)
	return string(out)
}

// punctSegment converts rs and appends it to out. The context before rs
// is what out already holds.
func punctSegment(out, rs []rune, ls *lineScan) []rune {
	// hanBefore[i] counts the Chinese characters in rs[:i], so that the
	// pairing below tests a pair's content in constant time.
	hanBefore := make([]int, len(rs)+1)
	for i, r := range rs {
		hanBefore[i+1] = hanBefore[i]
		if isHan(r) {
			hanBefore[i+1]++
		}
	}
	pairs := quotePairs(rs, hanBefore)
	parens := parenPairs(rs, hanBefore)
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		prev := lastNonSpace(out)
		next := nextNonSpace(rs, i+1)
		switch {
		case r == ' ' || r == '\t' || r == '\u3000':
			// Drop runs of spaces between Chinese characters, but keep the
			// indentation at the start of a line.
			j := i
			for j < len(rs) && (rs[j] == ' ' || rs[j] == '\t' || rs[j] == '\u3000') {
				j++
			}
			atLineStart := len(out) == 0 || out[len(out)-1] == '\n'
			if !atLineStart && prev != 0 && next != 0 && j < len(rs) && (isChinese(prev) && isChinese(next) ||
				isCJKPunct(prev) && next != '\n' || isCJKPunct(next) || convertsNext(out, rs, j, prev, ls)) {
				i = j - 1
				continue
			}
			out = append(out, rs[i:j]...)
			i = j - 1
			continue
		case r == '"':
			if p, ok := pairs[i]; ok {
				out = trimTrailingSpaceBeforeCJK(out)
				out = append(out, p)
				continue
			}
		case r == '(' || r == ')':
			if parens[i] {
				out = trimTrailingSpaceBeforeCJK(out)
				out = append(out, halfToFull[r])
				continue
			}
		case r == '.' && i+2 < len(rs) && rs[i+1] == '.' && rs[i+2] == '.':
			if isChinese(prev) {
				j := i
				for j < len(rs) && rs[j] == '.' {
					j++
				}
				out = trimTrailingSpaceBeforeCJK(out)
				out = append(out, '…', '…')
				i = j - 1
				continue
			}
		case halfToFull[r] != 0:
			if convertible(r, out, rs, i, ls) {
				out = trimTrailingSpaceBeforeCJK(out)
				out = append(out, halfToFull[r])
				continue
			}
		}
		out = append(out, r)
	}
	return out
}

// convertsNext reports whether the punctuation at rs[j] will be made
// full-width, so that spaces before it can go.
func convertsNext(out, rs []rune, j int, prev rune, ls *lineScan) bool {
	if j >= len(rs) {
		return false
	}
	r := rs[j]
	return r != '(' && r != '"' && halfToFull[r] != 0 && isChinese(prev) && convertible(r, out, rs, j, ls)
}

// convertible decides whether the ASCII punctuation rs[i] stands in
// Chinese context. out is the text converted so far.
func convertible(r rune, out []rune, rs []rune, i int, ls *lineScan) bool {
	prev := lastNonSpace(out)
	var next rune
	if i+1 < len(rs) {
		next = rs[i+1]
	}
	nextNS := nextNonSpace(rs, i+1)
	if isDigit(prev) && isDigit(next) && (r == '.' || r == ',' || r == ':') {
		return false // 3.5, 1,000, 9:30
	}
	if r == '.' {
		// A full point ends a Chinese sentence. 1.2, v1.2, file.docx and
		// the 1. of a heading number at the start of a line stay.
		if isLatinOrDigit(next) {
			return false
		}
		if isChinese(prev) {
			return true
		}
		return !headingNumberBefore(out) && ls.hanInLine(out) && (next == 0 || next == ' ' || next == '\n' || isChinese(next))
	}
	if isChinese(prev) || isHan(nextNS) {
		return true
	}
	// ! and ? end a Chinese sentence even after Latin or a number.
	return (r == '!' || r == '?') && !isLatinOrDigit(next) && ls.hanInLine(out) &&
		(next == 0 || next == ' ' || next == '\n')
}

// headingNumberBefore reports out ending in digits that start their line
// (after indentation): the "1" of a heading "1.".
func headingNumberBefore(out []rune) bool {
	i := len(out)
	for i > 0 && isDigit(out[i-1]) {
		i--
	}
	if i == len(out) {
		return false
	}
	for i > 0 && (out[i-1] == ' ' || out[i-1] == '\t' || out[i-1] == '\u3000') {
		i--
	}
	return i == 0 || out[i-1] == '\n'
}

// lineScan remembers, for the text converted so far, whether its current
// line holds a Chinese character, scanning each character once however
// often it is asked (a long paragraph with many full points stays linear).
type lineScan struct {
	upto int
	han  bool
}

// hanInLine reports a Chinese character on the current line of out. out
// only grows, or loses trailing spaces, between calls.
func (ls *lineScan) hanInLine(out []rune) bool {
	ls.upto = min(ls.upto, len(out))
	for ; ls.upto < len(out); ls.upto++ {
		switch r := out[ls.upto]; {
		case r == '\n':
			ls.han = false
		case isHan(r):
			ls.han = true
		}
	}
	return ls.han
}

func isDigit(r rune) bool        { return r >= '0' && r <= '9' }
func isLatinOrDigit(r rune) bool { return r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)) }

func lastNonSpace(out []rune) rune {
	for i := len(out) - 1; i >= 0; i-- {
		if out[i] != ' ' && out[i] != '\t' && out[i] != '\u3000' {
			return out[i]
		}
	}
	return 0
}

func nextNonSpace(rs []rune, i int) rune {
	for ; i < len(rs); i++ {
		if rs[i] != ' ' && rs[i] != '\t' && rs[i] != '\u3000' {
			return rs[i]
		}
	}
	return 0
}

// trimTrailingSpaceBeforeCJK drops spaces written before a full-width
// mark: full-width punctuation carries its own spacing.
func trimTrailingSpaceBeforeCJK(out []rune) []rune {
	n := len(out)
	for n > 0 && (out[n-1] == ' ' || out[n-1] == '\t') {
		n--
	}
	if n == 0 || out[n-1] == '\n' {
		return out
	}
	return out[:n]
}

// quotePairs pairs straight double quotes in order and returns the
// full-width replacement of each quote of a pair whose content or
// surroundings are Chinese.
func quotePairs(rs []rune, hanBefore []int) map[int]rune {
	m := map[int]rune{}
	open := -1
	for i, r := range rs {
		if r != '"' {
			continue
		}
		if open < 0 {
			open = i
			continue
		}
		if chineseAround(rs, hanBefore, open, i) {
			m[open], m[i] = '“', '”'
		}
		open = -1
	}
	return m
}

// parenPairs marks the parentheses of matched pairs in Chinese context.
func parenPairs(rs []rune, hanBefore []int) map[int]bool {
	m := map[int]bool{}
	var stack []int
	for i, r := range rs {
		switch r {
		case '(', '（':
			stack = append(stack, i)
		case ')', '）':
			if len(stack) == 0 {
				continue
			}
			open := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			// A pair typed half in full width, （试行), is Chinese.
			if rs[open] == '（' || r == '）' || chineseAround(rs, hanBefore, open, i) {
				m[open], m[i] = true, true
			}
		}
	}
	return m
}

// chineseAround reports Chinese text inside rs[open+1:close] or right
// outside the pair.
func chineseAround(rs []rune, hanBefore []int, open, close int) bool {
	if hanBefore[close] > hanBefore[open+1] {
		return true
	}
	before := lastNonSpace(rs[:open])
	after := nextNonSpace(rs, close+1)
	return isHan(before) || isHan(after)
}
