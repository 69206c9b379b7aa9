package cn

import (
	"errors"
	"fmt"
	"strings"
)

var (
	lowerDigits = []rune("零一二三四五六七八九")
	upperDigits = []rune("零壹贰叁肆伍陆柒捌玖")
	// yearDigits writes zero as 〇, as years and 〇-style dates do.
	yearDigits = []rune("〇一二三四五六七八九")
)

// maxNumeral bounds Numeral and Amount: groups of four digits go up to 万亿
// (10^12); 亿亿 and above have no use in a document.
const maxNumeral = 1e16 - 1

// digitSet is the characters used for one style of numerals.
type digitSet struct {
	digits []rune
	units  [4]string // 个 十 百 千 within a group of four digits
	// tenAlone drops the leading 一 of 一十 when the number starts with it
	// (十一, not 一十一); 大写金额 keep 壹拾.
	tenAlone bool
}

var (
	lowerSet = digitSet{digits: lowerDigits, units: [4]string{"", "十", "百", "千"}, tenAlone: true}
	upperSet = digitSet{digits: upperDigits, units: [4]string{"", "拾", "佰", "仟"}}
)

// ErrRange reports a number too large to write in Chinese numerals.
var ErrRange = errors.New("数值超出范围（绝对值应小于一万万亿）")

// Numeral writes n in Chinese numerals as running text does: 0 零, 10 十,
// 11 十一, 20 二十, 101 一百零一, 110 一百一十, 10001 一万零一,
// 100000000 一亿, -5 负五. It fails with ErrRange when |n| ≥ 10^16.
func Numeral(n int64) (string, error) {
	if n < -maxNumeral || n > maxNumeral {
		return "", fmt.Errorf("%d：%w", n, ErrRange)
	}
	if n < 0 {
		return "负" + integer(uint64(-n), lowerSet), nil
	}
	return integer(uint64(n), lowerSet), nil
}

// integer writes n (< 10^16) with the digits and units of set. Above 亿
// the part before 亿 is itself a number of 万 (一万零一亿, not 一万亿零一亿).
// One 零 stands for any run of zeros between non-zero digits, and none
// is written for trailing zeros (一百一十, 十万五千, 一亿零五千).
func integer(n uint64, set digitSet) string {
	if n == 0 {
		return string(set.digits[0])
	}
	var b strings.Builder
	if n >= 1e8 {
		b.WriteString(integer(n/1e8, set))
		b.WriteString("亿")
		if lo := n % 1e8; lo > 0 {
			if lo < 1e7 {
				b.WriteRune(set.digits[0])
			}
			writeBelow1e8(&b, lo, set, false)
		}
		return b.String()
	}
	writeBelow1e8(&b, n, set, true)
	return b.String()
}

// writeBelow1e8 writes 0 < n < 10^8. leading says nothing precedes it, so
// a leading 一十 is written 十.
func writeBelow1e8(b *strings.Builder, n uint64, set digitSet, leading bool) {
	hi, lo := n/10000, n%10000
	if hi > 0 {
		writeGroup(b, hi, set, leading)
		b.WriteString("万")
		leading = false
		if lo > 0 && lo < 1000 {
			b.WriteRune(set.digits[0])
		}
	}
	if lo > 0 {
		writeGroup(b, lo, set, leading)
	}
}

// writeGroup writes 0 < g < 10^4 with its units, without leading zeros.
func writeGroup(b *strings.Builder, g uint64, set digitSet, leading bool) {
	started, zero := false, false
	for pos := 3; pos >= 0; pos-- {
		d := g / pow10[pos] % 10
		if d == 0 {
			zero = started
			continue
		}
		if zero {
			b.WriteRune(set.digits[0])
			zero = false
		}
		if !(set.tenAlone && leading && !started && d == 1 && pos == 1) {
			b.WriteRune(set.digits[d])
		}
		b.WriteString(set.units[pos])
		started = true
	}
}

var pow10 = [4]uint64{1, 10, 100, 1000}

// DecimalNumeral writes a decimal number given as text ("3.5", "-12.05",
// "2013") in Chinese numerals: the integer part as Numeral does, the
// fraction digit by digit after 点 (三点五, 十二点零五).
func DecimalNumeral(s string) (string, error) {
	neg, intPart, frac, err := splitDecimal(s)
	if err != nil {
		return "", err
	}
	if len(intPart) > 16 {
		return "", fmt.Errorf("%s：%w", s, ErrRange)
	}
	var n uint64
	for _, c := range intPart {
		n = n*10 + uint64(c-'0')
	}
	out := integer(n, lowerSet)
	if frac != "" {
		out += "点" + digitString(frac, lowerDigits)
	}
	if neg && (n != 0 || strings.Trim(frac, "0") != "") {
		out = "负" + out
	}
	return out, nil
}

// splitDecimal checks that s is a plain decimal number and splits it into
// sign, integer digits (without leading zeros) and fraction digits.
func splitDecimal(s string) (neg bool, intPart, frac string, err error) {
	t := strings.TrimSpace(s)
	if t == "" {
		return false, "", "", fmt.Errorf("“%s”不是数字", s)
	}
	if t[0] == '-' || t[0] == '+' {
		neg = t[0] == '-'
		t = t[1:]
	}
	intPart, frac, _ = strings.Cut(t, ".")
	if intPart == "" && frac == "" || !allDigits(intPart) || !allDigits(frac) || strings.Contains(t, ".") && frac == "" {
		return false, "", "", fmt.Errorf("“%s”不是数字", s)
	}
	intPart = strings.TrimLeft(intPart, "0")
	if intPart == "" {
		intPart = "0"
	}
	return neg, intPart, frac, nil
}

func allDigits(s string) bool {
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// digitString writes each ASCII digit of s with the given digit characters.
func digitString(s string, digits []rune) string {
	var b strings.Builder
	for _, c := range s {
		if c >= '0' && c <= '9' {
			b.WriteRune(digits[c-'0'])
		} else {
			b.WriteRune(c)
		}
	}
	return b.String()
}

// Year writes a year digit by digit with 〇 for zero: 2013 → 二〇一三,
// as dates in the 〇 form and 年度 headings write it.
func Year(y int) string {
	if y < 0 {
		return "负" + digitString(fmt.Sprint(-y), yearDigits)
	}
	return digitString(fmt.Sprint(y), yearDigits)
}

// Amount writes a sum of money in yuan, given as decimal text, in the
// capital numerals of financial documents (大写金额): 12300.5 →
// 壹万贰仟叁佰元伍角, 10 → 壹拾元整, 1409.05 → 壹仟肆佰零玖元零伍分.
//
// The rules are those of the People's Bank's 正确填写票据和结算凭证的基本规定:
// 整 follows 元 when there are no 角 or 分 (after 角 the rules make it
// optional, and it is left out: 伍角, not 伍角整); zeros inside the integer part
// are written once as 零; a zero 角 before non-zero 分 is written 零; when
// the integer part ends in zeros and 角 follows, no 零 is written (the
// rules allow either; this is the shorter). A sum below one yuan starts
// with its first non-zero unit (伍角). More than two decimals are rounded
// half away from zero to 分.
func Amount(yuan string) (string, error) {
	neg, intPart, frac, err := splitDecimal(yuan)
	if err != nil {
		return "", err
	}
	jiao, fen, carry := roundCents(frac)
	n, ok := parseUint(intPart)
	if !ok || n+carry > maxNumeral {
		return "", fmt.Errorf("%s：%w", yuan, ErrRange)
	}
	n += carry
	var b strings.Builder
	if neg && (n > 0 || jiao > 0 || fen > 0) {
		b.WriteString("负")
	}
	switch {
	case n == 0 && jiao == 0 && fen == 0:
		return "零元整", nil
	case n > 0:
		b.WriteString(integer(n, upperSet))
		b.WriteString("元")
	}
	switch {
	case jiao == 0 && fen == 0:
		b.WriteString("整")
	case fen == 0:
		b.WriteRune(upperDigits[jiao])
		b.WriteString("角")
	case jiao == 0:
		if n > 0 {
			b.WriteRune(upperDigits[0])
		}
		b.WriteRune(upperDigits[fen])
		b.WriteString("分")
	default:
		b.WriteRune(upperDigits[jiao])
		b.WriteString("角")
		b.WriteRune(upperDigits[fen])
		b.WriteString("分")
	}
	return b.String(), nil
}

// roundCents takes the fraction digits of a sum and returns 角 and 分,
// rounded half away from zero; carry is 1 when rounding reaches a yuan.
func roundCents(frac string) (jiao, fen int, carry uint64) {
	frac += "000"
	cents := int(frac[0]-'0')*10 + int(frac[1]-'0')
	if frac[2] >= '5' {
		cents++
	}
	if cents == 100 {
		return 0, 0, 1
	}
	return cents / 10, cents % 10, 0
}

func parseUint(s string) (uint64, bool) {
	if len(s) > 16 {
		return 0, false
	}
	var n uint64
	for _, c := range s {
		n = n*10 + uint64(c-'0')
	}
	return n, true
}
