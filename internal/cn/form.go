package cn

import (
	"strconv"
	"strings"
	"sync"
)

// MaxFormStart is the highest number a number form may start at
// (「999.」): published lists that continue another's numbering start at
// 11. or 三、, and no level of a document holds a thousand items.
const MaxFormStart = 999

// ParseForm reads a number form as an office writes the first number of
// a level (model.NumberForms, division.numbering): 一、 （一） 1. 1． 1、
// （1） ① or 无 — the form itself, starting at 1 — or the same form with
// the number the level starts at: 三、 for 一、 from 3, （四） for （一）
// from 4, 11. for 1. from 11, ⑤ for ① from 5. A partial list that
// continues another's numbering (广东 2022's attachment starts at 「11.」)
// says so this way. ok is false for anything else, and for a start
// beyond MaxFormStart or written with a leading zero.
func ParseForm(s string) (form string, start int, ok bool) {
	if s == NoNumber {
		return NoNumber, 1, true
	}
	if r := []rune(s); len(r) == 1 && r[0] >= '①' && r[0] <= '⑳' {
		return "①", int(r[0]-'①') + 1, true
	}
	if inner, found := strings.CutPrefix(s, "（"); found {
		inner, found = strings.CutSuffix(inner, "）")
		if !found {
			return "", 0, false
		}
		if n, ok := digits(inner); ok {
			return "（1）", n, true
		}
		if n, ok := numeralValue(inner); ok {
			return "（一）", n, true
		}
		return "", 0, false
	}
	for _, end := range []struct{ mark, arabic, chinese string }{
		{"、", "1、", "一、"}, {".", "1.", ""}, {"．", "1．", ""},
	} {
		inner, found := strings.CutSuffix(s, end.mark)
		if !found {
			continue
		}
		if n, ok := digits(inner); ok {
			return end.arabic, n, true
		}
		if n, ok := numeralValue(inner); ok && end.chinese != "" {
			return end.chinese, n, true
		}
		return "", 0, false
	}
	return "", 0, false
}

// digits reads 1 … MaxFormStart in ASCII digits, without a leading zero.
func digits(s string) (int, bool) {
	if s == "" || len(s) > 3 || s[0] == '0' {
		return 0, false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
	}
	n, err := strconv.Atoi(s)
	return n, err == nil && n >= 1 && n <= MaxFormStart
}

// numeralValues maps the numerals Numeral writes for 1 … MaxFormStart
// back to their values.
var numeralValues = sync.OnceValue(func() map[string]int {
	m := make(map[string]int, MaxFormStart)
	for n := 1; n <= MaxFormStart; n++ {
		if s, err := Numeral(int64(n)); err == nil {
			m[s] = n
		}
	}
	return m
})

// numeralValue is the value of a Chinese numeral as Numeral writes it
// (一, 十一, 二十, 一百零五), from 1 to MaxFormStart.
func numeralValue(s string) (int, bool) {
	if s == "" || len(s) > 24 {
		return 0, false
	}
	n, ok := numeralValues()[s]
	return n, ok
}
