package cn

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestJoin(t *testing.T) {
	tests := []struct {
		in   []string
		want string
	}{
		{nil, ""},
		{[]string{"甲"}, "甲"},
		{[]string{"甲", "乙"}, "甲和乙"},
		{[]string{"甲", "乙", "丙"}, "甲、乙和丙"},
		{[]string{"省委宣传部", "省直机关工委", "省发改委", "省政府办公厅"}, "省委宣传部、省直机关工委、省发改委和省政府办公厅"},
	}
	for _, tt := range tests {
		if got := Join(tt.in); got != tt.want {
			t.Errorf("Join(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestJoinWith(t *testing.T) {
	if got := JoinWith([]string{"甲", "乙", "丙"}, "及"); got != "甲、乙及丙" {
		t.Errorf("JoinWith = %q", got)
	}
}

func TestPunct(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"comma and period", "你好,世界.", "你好，世界。"},
		{"all marks", "问题:是否;可以?好!", "问题：是否；可以？好！"},
		{"parentheses", "办法(试行)", "办法（试行）"},
		{"quotes", `按照"简报要简"的要求`, "按照“简报要简”的要求"},
		{"time kept", "上午9:30召开", "上午9:30召开"},
		{"decimal kept", "增长3.5个百分点", "增长3.5个百分点"},
		{"thousands kept", "共1,000人,", "共1,000人，"},
		{"number then comma", "2月,3月", "2月，3月"},
		{"sentence ends after number", "详见附件1.", "详见附件1。"},
		{"sentence ends after percent", "比例为3.5%.", "比例为3.5%。"},
		{"heading number kept", "1.明确工作职责", "1.明确工作职责"},
		{"indented heading number kept", "  2.严格工作标准", "  2.严格工作标准"},
		{"spaces between Chinese removed", "各单位 要  认真 学习", "各单位要认真学习"},
		{"full-width space between Chinese removed", "综合组　工作方案", "综合组工作方案"},
		{"space before punctuation removed", "你好 ,世界 。", "你好，世界。"},
		{"space after punctuation removed", "你好， 世界", "你好，世界"},
		{"leading indentation kept", "　　为认真贯彻落实", "　　为认真贯彻落实"},
		{"Latin left alone", "This is English, ok. Fine!", "This is English, ok. Fine!"},
		{"Latin then Chinese", "Word 文档,WPS 文档", "Word 文档，WPS 文档"},
		{"space between Chinese and Latin kept", "使用 Word 编辑", "使用 Word 编辑"},
		{"URL kept", "见http://www.gov.cn/a.html?x=1,y=2,请查阅.", "见http://www.gov.cn/a.html?x=1,y=2，请查阅。"},
		{"www kept", "网址www.hubei.gov.cn,欢迎访问", "网址www.hubei.gov.cn，欢迎访问"},
		{"email kept", "发送至zhb@hb.gov.cn.谢谢", "发送至zhb@hb.gov.cn。谢谢"},
		{"file name kept", "附件a.docx,请查收", "附件a.docx，请查收"},
		{"version kept", "v1.2版", "v1.2版"},
		{"ellipsis", "等等...", "等等……"},
		{"Latin parens kept", "f(x) = 1", "f(x) = 1"},
		{"newlines kept", "第一行,\n第二行.", "第一行，\n第二行。"},
		{"already full-width", "你好，世界。", "你好，世界。"},
		{"empty", "", ""},
		{"mixed parentheses", "办法（试行)和规定(草案）", "办法（试行）和规定（草案）"},
		{"question after Latin", "是否使用WPS?", "是否使用WPS？"},
		{"exclamation after number", "共完成100项!", "共完成100项！"},
		{"Latin exclamation kept", "Hello! World", "Hello! World"},
		{"Latin question in Chinese line kept before Latin", "问题：what?why", "问题：what?why"},
	}
	for _, tt := range tests {
		if got := Punct(tt.in); got != tt.want {
			t.Errorf("%s: Punct(%q) = %q, want %q", tt.name, tt.in, got, tt.want)
		}
	}
}

func FuzzPunct(f *testing.F) {
	for _, s := range []string{"你好,世界.", `"简报"`, "9:30,3.5.", "( (", "http://a.b/,中", "  1.标题", "...", "a . b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		got := Punct(s)
		if again := Punct(got); again != got {
			t.Fatalf("Punct is not idempotent: %q → %q → %q", s, got, again)
		}
		// Only punctuation and spaces change: the letters, digits and
		// Chinese characters are kept in order.
		keep := func(s string) string {
			return strings.Map(func(r rune) rune {
				if isHan(r) || isLatinOrDigit(r) {
					return r
				}
				return -1
			}, s)
		}
		if keep(got) != keep(s) {
			t.Fatalf("Punct(%q) = %q changed the text", s, got)
		}
	})
}
