package cn

import (
	"errors"
	"testing"
)

func TestNumeral(t *testing.T) {
	tests := []struct {
		n    int64
		want string
	}{
		{0, "零"},
		{1, "一"},
		{10, "十"},
		{11, "十一"},
		{19, "十九"},
		{20, "二十"},
		{99, "九十九"},
		{100, "一百"},
		{101, "一百零一"},
		{110, "一百一十"},
		{111, "一百一十一"},
		{123, "一百二十三"},
		{1000, "一千"},
		{1001, "一千零一"},
		{1010, "一千零一十"},
		{1100, "一千一百"},
		{10000, "一万"},
		{10001, "一万零一"},
		{10010, "一万零一十"},
		{10100, "一万零一百"},
		{11000, "一万一千"},
		{100000, "十万"},
		{100010, "十万零一十"},
		{105000, "十万五千"},
		{1000000, "一百万"},
		{10000000, "一千万"},
		{100000000, "一亿"},
		{100000001, "一亿零一"},
		{100010000, "一亿零一万"},
		{110000000, "一亿一千万"},
		{1000000000, "十亿"},
		{1200000000, "十二亿"},
		{230000000000, "二千三百亿"},
		{1000000000000, "一万亿"},
		{1000100000000, "一万零一亿"},
		{9999999999999999, "九千九百九十九万九千九百九十九亿九千九百九十九万九千九百九十九"},
		{12, "十二"},
		{112, "一百一十二"},
		{2024, "二千零二十四"},
		{30000, "三万"},
		{1000001, "一百万零一"},
		{1001000, "一百万一千"},
		{100000010, "一亿零一十"},
		{-5, "负五"},
		{-10, "负十"},
		{-110, "负一百一十"},
	}
	for _, tt := range tests {
		got, err := Numeral(tt.n)
		if err != nil || got != tt.want {
			t.Errorf("Numeral(%d) = %q, %v; want %q", tt.n, got, err, tt.want)
		}
	}
	for _, n := range []int64{1e16, -1e16, 1<<63 - 1, -1 << 63} {
		if _, err := Numeral(n); !errors.Is(err, ErrRange) {
			t.Errorf("Numeral(%d) error = %v, want ErrRange", n, err)
		}
	}
}

func TestDecimalNumeral(t *testing.T) {
	tests := []struct{ in, want string }{
		{"3.5", "三点五"},
		{"-12.05", "负十二点零五"},
		{"2013", "二千零一十三"},
		{"0.25", "零点二五"},
		{"010", "十"},
		{"-0", "零"},
		{"+7", "七"},
	}
	for _, tt := range tests {
		got, err := DecimalNumeral(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("DecimalNumeral(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
		}
	}
	for _, bad := range []string{"", "-", ".", "1.", "1e5", "12a", "1.2.3", "12345678901234567"} {
		if got, err := DecimalNumeral(bad); err == nil {
			t.Errorf("DecimalNumeral(%q) = %q, want error", bad, got)
		}
	}
}

func TestYear(t *testing.T) {
	tests := []struct {
		y    int
		want string
	}{{2013, "二〇一三"}, {2000, "二〇〇〇"}, {1949, "一九四九"}, {2026, "二〇二六"}}
	for _, tt := range tests {
		if got := Year(tt.y); got != tt.want {
			t.Errorf("Year(%d) = %q, want %q", tt.y, got, tt.want)
		}
	}
}

func TestAmount(t *testing.T) {
	tests := []struct{ in, want string }{
		{"12300.5", "壹万贰仟叁佰元伍角"},
		{"12300.50", "壹万贰仟叁佰元伍角"},
		{"0", "零元整"},
		{"0.00", "零元整"},
		{"1", "壹元整"},
		{"10", "壹拾元整"},
		{"16", "壹拾陆元整"},
		{"100", "壹佰元整"},
		{"101", "壹佰零壹元整"},
		{"1409.50", "壹仟肆佰零玖元伍角"},
		{"1680.32", "壹仟陆佰捌拾元叁角贰分"},
		{"6007.14", "陆仟零柒元壹角肆分"},
		{"325.04", "叁佰贰拾伍元零肆分"},
		{"107000.53", "壹拾万柒仟元伍角叁分"},
		{"0.5", "伍角"},
		{"0.05", "伍分"},
		{"0.55", "伍角伍分"},
		{"10.05", "壹拾元零伍分"},
		{"100000000", "壹亿元整"},
		{"100010000", "壹亿零壹万元整"},
		{"1.005", "壹元零壹分"},
		{"0.999", "壹元整"},
		{"-3.2", "负叁元贰角"},
		{"1234567.89", "壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分"},
		{"100000.00", "壹拾万元整"},
		{"20.5", "贰拾元伍角"},
		{"0.01", "壹分"},
		{"1000000000000000", "壹仟万亿元整"},
	}
	for _, tt := range tests {
		got, err := Amount(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("Amount(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
		}
	}
	for _, bad := range []string{"abc", "1,000", "99999999999999999"} {
		if got, err := Amount(bad); err == nil {
			t.Errorf("Amount(%q) = %q, want error", bad, got)
		}
	}
}

func TestHeading(t *testing.T) {
	tests := []struct {
		level, n int
		want     string
	}{
		{1, 1, "一、"}, {1, 10, "十、"}, {1, 11, "十一、"}, {1, 20, "二十、"},
		{2, 1, "（一）"}, {2, 12, "（十二）"},
		{3, 1, "1."}, {3, 10, "10."},
		{4, 3, "（3）"},
	}
	for _, tt := range tests {
		got, err := Heading(tt.level, tt.n)
		if err != nil || got != tt.want {
			t.Errorf("Heading(%d, %d) = %q, %v; want %q", tt.level, tt.n, got, err, tt.want)
		}
	}
	for _, bad := range [][2]int{{0, 1}, {5, 1}, {1, 0}, {2, -1}} {
		if _, err := Heading(bad[0], bad[1]); err == nil {
			t.Errorf("Heading(%d, %d): want error", bad[0], bad[1])
		}
	}
}
