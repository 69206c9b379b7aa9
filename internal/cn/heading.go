package cn

import (
	"fmt"
	"strconv"
)

// Heading returns the number of the n-th heading at a level of the
// structure GB/T 9704 prescribes: level 1 一、, level 2 （一）, level 3 1.
// (half-width full point), level 4 （1）, with full-width parentheses.
// n counts from 1.
func Heading(level, n int) (string, error) {
	if n < 1 {
		return "", fmt.Errorf("标题序号应从 1 开始，实际为 %d", n)
	}
	if level < 1 || level > 4 {
		return "", fmt.Errorf("标题层级应为 1 到 4（一、 （一） 1. （1）），实际为 %d", level)
	}
	num, err := Numeral(int64(n))
	if err != nil {
		return "", err
	}
	switch level {
	case 1:
		return num + "、", nil
	case 2:
		return "（" + num + "）", nil
	case 3:
		return strconv.Itoa(n) + ".", nil
	default:
		return "（" + strconv.Itoa(n) + "）", nil
	}
}

// NoNumber is the number form of a level whose headings have no number
// (运城's 「“十三五”应急体系9个具体建设任务」, 咸安's third level).
const NoNumber = "无"

// FormNumber writes the n-th number (from 1) in one of the number forms an
// office chooses for a level (model.NumberForms): 一、 （一） 1. 1． 1、
// （1） ①, or 无 for a level printed without a number, whose number is
// empty; an unknown form numbers as 1.
func FormNumber(form string, n int) string {
	if form == NoNumber {
		return ""
	}
	num, err := Numeral(int64(n))
	if err != nil {
		num = strconv.Itoa(n)
	}
	switch form {
	case "一、":
		return num + "、"
	case "（一）":
		return "（" + num + "）"
	case "1．":
		return strconv.Itoa(n) + "．"
	case "1、":
		return strconv.Itoa(n) + "、"
	case "（1）":
		return "（" + strconv.Itoa(n) + "）"
	case "①":
		if n >= 1 && n <= 20 {
			return string(rune('①' + n - 1))
		}
		return "（" + strconv.Itoa(n) + "）"
	}
	return strconv.Itoa(n) + "."
}
