package cn

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"sync"
)

// DocNo writes a 发文字号 as GB/T 9704 §7.2.4 prescribes: the issuer's
// code, the full year in 六角括号 〔〕, the serial number without 第 or
// leading zeros, then 号: DocNo("鄂办发", 2013, 5) → 鄂办发〔2013〕5号.
func DocNo(prefix string, year, n int) string {
	return prefix + "〔" + strconv.Itoa(year) + "〕" + strconv.Itoa(n) + "号"
}

// BlankDocNo is a 发文字号 with its number left blank, as on a draft that
// goes to 核稿 before the number is given: 鄂学创办〔2013〕　　号 (two
// ideographic spaces, room for the number written in).
func BlankDocNo(prefix string, year int) string {
	return prefix + "〔" + strconv.Itoa(year) + "〕\u3000\u3000号"
}

// DocNoError says what is wrong with a 发文字号 and how to write it.
type DocNoError struct {
	Input    string
	Problems []string // each a Chinese sentence fragment
	Fix      string   // the corrected form, "" when it cannot be worked out
}

func (e *DocNoError) Error() string {
	msg := fmt.Sprintf("发文字号“%s”不规范：%s", e.Input, strings.Join(e.Problems, "；"))
	if e.Fix != "" {
		msg += fmt.Sprintf("。应写作“%s”", e.Fix)
	}
	return msg
}

// docNoLoose reads what people actually type as a 发文字号, so that the
// checker can name each deviation and propose the fix.
var docNoLoose = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(.*?)\s*([〔\[［(（【﹝<〈]?)\s*(\d+)\s*([〕\]］)）】﹞>〉]?)\s*(第?)\s*(\d+)\s*(号?)$`)
})

var bracketNames = map[string]string{
	"[": "方括号[]", "［": "方括号［］", "(": "圆括号()", "（": "圆括号（）",
	"【": "实心方头括号【】", "﹝": "小六角括号﹝﹞", "<": "尖括号<>", "〈": "尖括号〈〉",
}

// CheckDocNo reports, as a *DocNoError, every way s departs from the form
// of a 发文字号 (GB/T 9704 §7.2.4): the year must be the full year in
// 〔〕 (not [] () 【】), the serial number has no 第 and no leading zeros,
// and it ends with 号. A correct number returns nil.
func CheckDocNo(s string) error {
	m := docNoLoose().FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return &DocNoError{Input: s, Problems: []string{"应由机关代字、〔年份〕和序号组成，如“鄂办发〔2013〕5号”"}}
	}
	prefix, open, year, closing, di, num, hao := strings.TrimSpace(m[1]), m[2], m[3], m[4], m[5], m[6], m[7]
	var problems []string
	if prefix == "" {
		problems = append(problems, "缺少发文机关代字")
	}
	switch {
	case open == "" && closing == "":
		problems = append(problems, "年份应用六角括号〔〕括入")
	case open != "〔" || closing != "〕":
		name := bracketNames[open]
		if name == "" {
			name = "“" + open + closing + "”"
		}
		problems = append(problems, "年份应用六角括号〔〕，不用"+name)
	}
	y, _ := strconv.Atoi(year)
	if len(year) != 4 {
		problems = append(problems, "年份应标全称（四位数字），不能简写为“"+year+"”")
		if len(year) == 2 {
			y += 2000
		}
	}
	if di != "" {
		problems = append(problems, "序号前不加“第”")
	}
	n, _ := strconv.Atoi(num)
	if len(num) > 1 && num[0] == '0' {
		problems = append(problems, "序号不编虚位（"+strconv.Itoa(n)+" 不写作 "+num+"）")
	}
	if n == 0 {
		problems = append(problems, "序号应从 1 开始")
	}
	if hao == "" {
		problems = append(problems, "序号后应加“号”")
	}
	if len(problems) == 0 {
		return nil
	}
	e := &DocNoError{Input: s, Problems: problems}
	if prefix != "" && n > 0 && y >= 1000 && y <= 9999 {
		e.Fix = DocNo(prefix, y, n)
	}
	return e
}
