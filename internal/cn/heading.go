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
