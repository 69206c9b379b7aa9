package cn

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestTitleLinesExact(t *testing.T) {
	tests := []struct {
		title string
		max   int
		want  []string
	}{
		{"关于召开会议的通知", 22, []string{"关于召开会议的通知"}},
		{"关于印发综合组工作方案的通知", 12, []string{"关于印发综合组", "工作方案的通知"}},
		{"湖北省学习贯彻十八大争创发展新业绩活动领导小组办公室关于印发综合组工作方案的通知", 22,
			[]string{"湖北省学习贯彻十八大", "争创发展新业绩活动领导小组办公室", "关于印发综合组工作方案的通知"}},
		{"关于在全省开展“学习贯彻十八大、争创发展新业绩”主题实践活动的通知", 22,
			[]string{"关于在全省开展", "“学习贯彻十八大、争创发展新业绩”", "主题实践活动的通知"}},
		{"关于成立省委“学习贯彻十八大、争创发展新业绩”主题实践活动领导小组的通知", 18,
			[]string{"关于成立省委", "“学习贯彻十八大、争创发展新业绩”", "主题实践活动领导小组的通知"}},
		// A joint notice keeps the space between its organs, as one
		// full-width space, and no line begins or ends with it (QA s11
		// finding 14: 「…教育工委安徽省教育厅…」 lost it).
		{"中共安徽省委教育工委 安徽省教育厅关于印发2015年工作要点的通知", 20,
			[]string{"中共安徽省委教育工委\u3000安徽省教育厅", "关于印发2015年工作要点的通知"}},
		{"中共安徽省委教育工委  安徽省教育厅关于印发2015年工作要点的通知", 20,
			[]string{"中共安徽省委教育工委\u3000安徽省教育厅", "关于印发2015年工作要点的通知"}},
		{"中共安徽省委教育工委安徽省教育厅 关于印发2015年工作要点的通知", 20,
			[]string{"中共安徽省委教育工委安徽省教育厅", "关于印发2015年工作要点的通知"}},
	}
	for _, tt := range tests {
		got, err := TitleLines(tt.title, tt.max)
		if err != nil || strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("TitleLines(%q, %d) = %q, %v; want %q", tt.title, tt.max, got, err, tt.want)
		}
	}
}

// titleCases are titles of 9 to 60 characters in the style of the seed's
// documents.
var titleCases = []string{
	"关于召开会议的通知",         // 9
	"关于报送活动简报的通知",       // 11
	"关于印发综合组工作方案的通知",    // 14
	"关于做好二〇一三年度工作总结的通知", // 17
	"关于印发《综合组工作方案》的通知",  // 16
	"省委“学习贯彻十八大、争创发展新业绩”主题实践活动领导小组办公室综合组工作方案",                     // 39
	"关于在全省开展“学习贯彻十八大、争创发展新业绩”主题实践活动的通知",                           // 33
	"在全省“学习贯彻十八大、争创发展新业绩”主题实践活动电视电话动员会上的讲话",                       // 37
	"湖北省学习贯彻十八大争创发展新业绩活动领导小组办公室关于印发综合组工作方案的通知",                    // 40
	"关于2013年第1季度“学创”活动推进情况和下一步工作安排的报告",                            // 32
	"中共湖北省委办公厅关于印发《省委“学习贯彻十八大、争创发展新业绩”主题实践活动责任分工》的通知",             // 47
	"关于省委“学习贯彻十八大、争创发展新业绩”主题实践活动领导小组办公室组成人员和内设机构及主要职责的通知",         // 51
	"中共湖北省委“学习贯彻十八大、争创发展新业绩”主题实践活动领导小组办公室关于进一步加强督导工作扎实推进各专项活动的意见", // 60
}

func titleWidth(s string) int {
	w := 0
	for _, r := range s {
		w += runeWidth(r)
	}
	return w
}

func TestTitleLinesRules(t *testing.T) {
	for _, title := range titleCases {
		n := utf8.RuneCountInString(title)
		if n < 9 || n > 60 {
			t.Fatalf("test title %q has %d characters, want 9 to 60", title, n)
		}
		for _, max := range []int{10, 12, 15, 18, 20, 22, 26} {
			lines, err := TitleLines(title, max)
			if err != nil {
				t.Errorf("TitleLines(%q, %d): %v", title, max, err)
				continue
			}
			if got := strings.Join(lines, ""); got != title {
				t.Errorf("TitleLines(%q, %d) = %q: lines do not make up the title", title, max, lines)
			}
			checkTitleLines(t, title, max, lines)
		}
	}
}

func checkTitleLines(t *testing.T, title string, max int, lines []string) {
	t.Helper()
	widths := make([]int, len(lines))
	for i, l := range lines {
		widths[i] = titleWidth(l)
		if widths[i] > 2*max {
			t.Errorf("TitleLines(%q, %d): line %q longer than %d", title, max, l, max)
		}
		if len(lines) > 1 && utf8.RuneCountInString(l) < 2 {
			t.Errorf("TitleLines(%q, %d): lone character %q", title, max, l)
		}
		if first, _ := utf8.DecodeRuneInString(l); strings.ContainsRune("，。、；：？！”’》）", first) {
			t.Errorf("TitleLines(%q, %d): line %q starts with closing punctuation", title, max, l)
		}
		if last, _ := utf8.DecodeLastRuneInString(l); strings.ContainsRune("“‘《（", last) {
			t.Errorf("TitleLines(%q, %d): line %q ends with opening punctuation", title, max, l)
		}
	}
	// No break inside a dictionary word.
	pos := 0
	for _, l := range lines[:len(lines)-1] {
		pos += len(l)
		for w := range titleWords() {
			for i := strings.Index(title, w); i >= 0; {
				if i < pos && pos < i+len(w) && !overlapsLongerWord(title, i, w, pos) {
					t.Errorf("TitleLines(%q, %d) = %q breaks the word %q", title, max, lines, w)
				}
				j := strings.Index(title[i+1:], w)
				if j < 0 {
					break
				}
				i += 1 + j
			}
		}
	}
	// 梯形 or 菱形: the widths rise (only for 菱形), then never rise again,
	// and the last line is not the only longest.
	rose, fell := false, false
	for i := 1; i < len(widths); i++ {
		switch {
		case widths[i] > widths[i-1] && fell:
			t.Errorf("TitleLines(%q, %d) = %q: widths %v form neither 梯形 nor 菱形", title, max, lines, widths)
		case widths[i] > widths[i-1]:
			rose = true
		case widths[i] < widths[i-1]:
			fell = true
		}
	}
	if rose && !fell {
		t.Errorf("TitleLines(%q, %d) = %q: widths %v put the longest line last", title, max, lines, widths)
	}
}

// overlapsLongerWord reports that the tokenizer took another word that
// covers the break instead (longest match first), e.g. 小组 inside 领导小组
// is not a word of its own there.
func overlapsLongerWord(title string, i int, w string, pos int) bool {
	// Accept the break when it falls on a token boundary: the word w was
	// not chosen by the tokenizer at i.
	off := 0
	for _, tok := range tokenizeTitle(title) {
		off += len(tok.text)
		if off == pos {
			return true
		}
	}
	return false
}

func TestTitleLinesErrors(t *testing.T) {
	if _, err := TitleLines("关于召开会议的通知", 1); err == nil {
		t.Error("max 1: want error")
	}
	// A title that fits is returned whole, even a short one.
	if got, err := TitleLines("通知", 2); err != nil || len(got) != 1 {
		t.Errorf("TitleLines(通知, 2) = %q, %v", got, err)
	}
}

func FuzzTitleLines(f *testing.F) {
	for _, s := range titleCases {
		f.Add(s, 12)
	}
	f.Add("《》“”", 2)
	f.Fuzz(func(t *testing.T, s string, max int) {
		if !utf8.ValidString(s) || utf8.RuneCountInString(s) > 80 || max < 2 || max > 40 || strings.ContainsFunc(s, func(r rune) bool { return r < ' ' || r == ' ' }) {
			return
		}
		lines, err := TitleLines(s, max)
		if err != nil {
			return
		}
		// Spaces are dropped unless they separate Latin words.
		noSpace := func(s string) string { return strings.Join(strings.Fields(s), "") }
		if got := strings.Join(lines, ""); noSpace(got) != noSpace(s) {
			t.Fatalf("TitleLines(%q, %d) = %q loses text", s, max, lines)
		}
	})
}

// realTitles are titles of the default data's documents the QA pass found
// split inside words (领导小组办公/室, 牵/头) before the word list grew.
var realTitles = []string{
	"省委“学习贯彻十八大、争创发展新业绩”主题实践活动领导小组办公室2013年2月工作总结",
	"省委“学习贯彻十八大、争创发展新业绩”主题实践活动领导小组办公室2013年上半年工作总结",
	"省委“学习贯彻十八大、争创发展新业绩”主题实践活动领导小组办公室2013年第一季度工作总结",
	"关于印发《省委“学习贯彻十八大、争创发展新业绩”主题实践活动牵头单位主要职责》《省委“学习贯彻十八大、争创发展新业绩”主题实践活动责任分工》的通知",
	"关于省委“学习贯彻十八大、争创发展新业绩”主题实践活动领导小组办公室组成人员和内设机构及主要职责的通知",
	"省委“学习贯彻十八大、争创发展新业绩”主题实践活动领导小组办公室综合组工作方案",
	"省委“学习贯彻十八大、争创发展新业绩”主题实践活动牵头单位主要职责",
	"关于全省“学习贯彻十八大、争创发展新业绩”主题实践活动开展情况的汇报",
}

// TestTitleLinesRealTitles: no break of a real title falls inside a word
// of the list.
func TestTitleLinesRealTitles(t *testing.T) {
	for _, title := range realTitles {
		lines, err := TitleLines(title, 20)
		if err != nil {
			t.Fatal(err)
		}
		rs := []rune(title)
		cut := 0
		for _, l := range lines[:len(lines)-1] {
			cut += utf8.RuneCountInString(l)
			for w := range titleWords() {
				n := utf8.RuneCountInString(w)
				for s := max(0, cut-n+1); s < cut && s+n <= len(rs); s++ {
					if string(rs[s:s+n]) == w {
						t.Errorf("%q: a break splits %s", lines, w)
					}
				}
			}
		}
		t.Logf("%q", lines)
	}
}
