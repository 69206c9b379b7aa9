package gbt9704

import (
	"strings"
	"testing"
)

func TestCheckPages(t *testing.T) {
	const (
		body1    = "中共湖北省委办公厅文件\n\n关于成立领导小组的通知\n  为加强领导，现将有关事项通知如下。\n\n                 — 1 —\n"
		body2    = "  二、领导小组办公室\n  领导小组下设办公室。\n\n  — 2 —\n"
		body3    = "  三、工作要求\n                 — 3 —\n"
		blank    = "\n\n"
		numbered = "\n\n                 — 3 —\n"
		colophon = "\n\n 抄送： 省委各常委，省人大常委会、省政府、\n    省政协领导同志。\n 中共湖北省委办公厅          2013 年 2 月 27 日印发\n"
	)
	tests := []struct {
		name  string
		pages []string
		want  []string // substrings of the findings, in order
	}{
		{"one page and the 版记", []string{body1, colophon}, nil},
		{"two pages, a blank page and the 版记", []string{body1, body2, blank, colophon}, nil},
		{"three pages and the 版记", []string{body1, body2, body3, colophon}, nil},
		{"no 版记", []string{body1, body2, body3}, nil},
		{"版记 under the body of page 2", []string{body1, body2 + colophon}, nil},
		{"版记 under the body of page 3", []string{body1, body2, body3 + colophon}, []string{"第3页（单页）"}},
		{"版记 alone on page 3", []string{body1, body2, colophon}, []string{"第3页（单页）"}},
		{"版记 page numbered", []string{body1, colophon + "  — 2 —\n"}, []string{"版记页没有正文，却编了页码“— 2 —”"}},
		{"blank page numbered", []string{body1, body2, numbered, colophon}, []string{"空白页编了页码“— 3 —”"}},
		{"版记 not last", []string{body1, colophon, body2}, []string{"其后还有1页"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := CheckPages(tt.pages)
			if len(fs) != len(tt.want) {
				t.Fatalf("%d findings, want %d: %v", len(fs), len(tt.want), fs)
			}
			for i, f := range fs {
				if !strings.Contains(f.Msg, tt.want[i]) || f.Rule != "colophon-page" || f.Severity != Error {
					t.Errorf("finding %d: %s, want it to say %q", i, f, tt.want[i])
				}
			}
		})
	}
}
