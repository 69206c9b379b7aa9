package cn

import (
	"strings"
	"testing"
)

func BenchmarkTitleLines60(b *testing.B) {
	title := titleCases[len(titleCases)-1]
	for b.Loop() {
		if _, err := TitleLines(title, 12); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkPunct(b *testing.B) {
	text := strings.Repeat("各单位 要认真学习(试行)办法,于9:30前报送.详见http://www.gov.cn/a.html. ", 100)
	for b.Loop() {
		Punct(text)
	}
}

func BenchmarkWorkdaysYear(b *testing.B) {
	c := DefaultCalendar()
	for b.Loop() {
		if _, err := c.Workdays(day(2026, 1, 1), day(2026, 12, 31)); err != nil {
			b.Fatal(err)
		}
	}
}
