package cn

import "strings"

// openers pairs each opening mark of Chinese text with its closing mark.
var openers = map[rune]rune{'“': '”', '‘': '’', '《': '》', '（': '）', '〔': '〕', '「': '」', '『': '』', '【': '】', '〈': '〉'}

// Clip shortens s to about n characters for a table cell, ending with …
// when it cuts. The cut never leaves a quotation or a bracket open — a
// table once read 「开展食品安全“守底线、查隐患、…」 — nor a 、，；： before
// the …: a quoted name that the cut would split is kept whole when it
// closes within a few characters, and is otherwise left out with what
// follows it. Texts of n characters or fewer, and texts the cut would
// shorten by only one or two characters, are returned unchanged.
func Clip(s string, n int) string {
	rs := []rune(s)
	if n <= 0 || len(rs) <= n {
		return s
	}
	cut := n - 1 // room for the …
	// The opening mark still open at the cut, if any.
	open := -1
	var stack []int
	for i, r := range rs[:cut] {
		if _, ok := openers[r]; ok {
			stack = append(stack, i)
			continue
		}
		if len(stack) > 0 && openers[rs[stack[len(stack)-1]]] == r {
			stack = stack[:len(stack)-1]
		}
	}
	if len(stack) > 0 {
		open = stack[0]
	}
	if open >= 0 {
		// Keep the quoted name whole if it closes soon after the cut.
		want := openers[rs[open]]
		closed := -1
		for i := cut; i < len(rs) && i <= cut+n/3; i++ {
			if rs[i] == want {
				closed = i
				break
			}
		}
		switch {
		case closed >= 0 && len(stack) == 1:
			cut = closed + 1
			if cut >= len(rs) {
				return s
			}
		case open > 0:
			cut = open
		default:
			// The text opens with the quotation: close it at the cut.
			out := trimPauses(rs[:cut])
			return string(out) + "…" + string(want)
		}
	}
	if len(rs)-cut <= 2 {
		// An … in place of one or two characters saves nothing.
		return s
	}
	return string(trimPauses(rs[:cut])) + "…"
}

// trimPauses drops the pause marks a cut leaves at the end.
func trimPauses(rs []rune) []rune {
	for len(rs) > 0 {
		switch rs[len(rs)-1] {
		case '、', '，', '；', '：', ' ', '—':
			rs = rs[:len(rs)-1]
			continue
		}
		break
	}
	return rs
}

// Etc lists the first n of items joined by sep and ends with 等 when there
// are more, as a message names a few of many tasks: 「“甲”“乙”“丙”等」.
func Etc(items []string, n int, sep string) string {
	s := strings.Join(items[:min(len(items), max(n, 0))], sep)
	if len(items) > n {
		s += "等"
	}
	return s
}
