package cn

import (
	"errors"
	"strings"
	"testing"
)

func TestDocNo(t *testing.T) {
	if got := DocNo("鄂办发", 2013, 5); got != "鄂办发〔2013〕5号" {
		t.Errorf("DocNo = %q", got)
	}
	if err := CheckDocNo(DocNo("国办发", 2026, 118)); err != nil {
		t.Errorf("CheckDocNo(DocNo(...)) = %v", err)
	}
}

func TestCheckDocNo(t *testing.T) {
	tests := []struct {
		in       string
		problems []string // substrings of the message; nil means valid
		fix      string
	}{
		{"鄂办发〔2013〕5号", nil, ""},
		{"鄂办发〔2013〕105号", nil, ""},
		{"鄂办发[2013]5号", []string{"六角括号〔〕", "方括号[]"}, "鄂办发〔2013〕5号"},
		{"鄂办发(2013)5号", []string{"圆括号()"}, "鄂办发〔2013〕5号"},
		{"鄂办发（2013）5号", []string{"圆括号（）"}, "鄂办发〔2013〕5号"},
		{"鄂办发【2013】5号", []string{"实心方头括号【】"}, "鄂办发〔2013〕5号"},
		{"鄂办发〔2013〕第5号", []string{"不加“第”"}, "鄂办发〔2013〕5号"},
		{"鄂办发〔2013〕05号", []string{"不编虚位（5 不写作 05）"}, "鄂办发〔2013〕5号"},
		{"鄂办发〔2013〕5", []string{"应加“号”"}, "鄂办发〔2013〕5号"},
		{"鄂办发〔13〕5号", []string{"年份应标全称"}, "鄂办发〔2013〕5号"},
		{"鄂办发2013 5号", []string{"年份应用六角括号〔〕括入"}, "鄂办发〔2013〕5号"},
		{"鄂办发[2013]第005", []string{"方括号[]", "不加“第”", "不编虚位", "应加“号”"}, "鄂办发〔2013〕5号"},
		{"〔2013〕5号", []string{"缺少发文机关代字"}, ""},
		{"鄂办发〔2013〕0号", []string{"从 1 开始"}, ""},
		{"鄂办发", []string{"应由机关代字"}, ""},
	}
	for _, tt := range tests {
		err := CheckDocNo(tt.in)
		if tt.problems == nil {
			if err != nil {
				t.Errorf("CheckDocNo(%q) = %v, want nil", tt.in, err)
			}
			continue
		}
		var de *DocNoError
		if !errors.As(err, &de) {
			t.Errorf("CheckDocNo(%q) = %v, want *DocNoError", tt.in, err)
			continue
		}
		for _, p := range tt.problems {
			if !strings.Contains(err.Error(), p) {
				t.Errorf("CheckDocNo(%q) = %q, want it to mention %q", tt.in, err, p)
			}
		}
		if de.Fix != tt.fix {
			t.Errorf("CheckDocNo(%q).Fix = %q, want %q", tt.in, de.Fix, tt.fix)
		}
		if tt.fix != "" && !strings.Contains(err.Error(), "应写作“"+tt.fix+"”") {
			t.Errorf("CheckDocNo(%q) = %q, want the fix in the message", tt.in, err)
		}
	}
}

func FuzzCheckDocNo(f *testing.F) {
	for _, s := range []string{"鄂办发〔2013〕5号", "鄂办发[2013]第05", "〔〕号", "x(1)2"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		err := CheckDocNo(s)
		var de *DocNoError
		if err != nil && errors.As(err, &de) && de.Fix != "" {
			if err := CheckDocNo(de.Fix); err != nil {
				t.Fatalf("the fix %q of %q is itself wrong: %v", de.Fix, s, err)
			}
		}
	})
}
