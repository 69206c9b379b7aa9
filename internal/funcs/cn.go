package funcs

import (
	"fmt"
	"time"

	"gongwen/internal/cn"
	"gongwen/internal/period"
)

// ex builds an example list from template/want pairs.
func ex(pairs ...string) []Example {
	if len(pairs)%2 != 0 {
		panic("funcs: odd number of example strings")
	}
	var out []Example
	for i := 0; i < len(pairs); i += 2 {
		out = append(out, Example{Template: pairs[i], Want: pairs[i+1]})
	}
	return out
}

// fixed wraps a function that does not depend on the options.
func fixed(f any) func(Options) any { return func(Options) any { return f } }

func cnFuncs() []entry {
	return []entry{
		{Func: Func{Name: "cnum", Desc: "把数字写成汉字（一百二十三），0 为零，10 为十，带小数时写作“三点五”，负数加“负”",
			Examples: ex(`{{cnum 123}}`, "一百二十三", `{{cnum 10}}`, "十", `{{cnum 110}}`, "一百一十",
				`{{cnum 10001}}`, "一万零一", `{{cnum 100000000}}`, "一亿", `{{cnum -3.5}}`, "负三点五")},
			make: fixed(func(v any) (string, error) {
				if n, err := toInt(v); err == nil {
					return cn.Numeral(n)
				}
				s, err := toDecimal(v)
				if err != nil {
					return "", fmt.Errorf("cnum：%w", err)
				}
				return cn.DecimalNumeral(s)
			})},
		{Func: Func{Name: "cyear", Desc: "把年份逐位写成汉字，零写作〇（二〇一三），参数可为年份或日期",
			Examples: ex(`{{cyear 2013}}`, "二〇一三", `{{cyear (now)}}`, "二〇一三")},
			make: fixed(func(v any) (string, error) {
				if t, ok := v.(time.Time); ok {
					return cn.Year(t.Year()), nil
				}
				y, err := toInt(v)
				if err != nil {
					return "", fmt.Errorf("cyear：%w", err)
				}
				return cn.Year(int(y)), nil
			})},
		{Func: Func{Name: "amount", Desc: "把金额（元）写成大写金额，如壹万贰仟叁佰元伍角，到元为止加“整”",
			Examples: ex(`{{amount 12300.5}}`, "壹万贰仟叁佰元伍角", `{{amount 10}}`, "壹拾元整",
				`{{amount "1409.05"}}`, "壹仟肆佰零玖元零伍分", `{{amount 0.5}}`, "伍角")},
			make: fixed(func(v any) (string, error) {
				s, err := toDecimal(v)
				if err != nil {
					return "", fmt.Errorf("amount：%w", err)
				}
				return cn.Amount(s)
			})},
		{Func: Func{Name: "heading", Desc: "第 N 个标题的序号：1 级“一、”，2 级“（一）”，3 级“1.”，4 级“（1）”",
			Examples: ex(`{{heading 1 3}}`, "三、", `{{heading 2 11}}`, "（十一）", `{{heading 3 2}}`, "2.", `{{heading 4 1}}`, "（1）")},
			make: fixed(func(level, n any) (string, error) {
				l, err := toInt(level)
				if err != nil {
					return "", fmt.Errorf("heading 的层级：%w", err)
				}
				i, err := toInt(n)
				if err != nil {
					return "", fmt.Errorf("heading 的序号：%w", err)
				}
				return cn.Heading(int(l), int(i))
			})},
		{Func: Func{Name: "date", Desc: "日期写成“2013年4月9日”（成文日期的格式，不补零）；参数可为日期或“2013-04-09”这样的文字；先给 Go 日期格式时同 sprig 的 date",
			Examples: ex(`{{date "2013-04-09"}}`, "2013年4月9日", `{{now | date}}`, "2013年4月9日", `{{now | date "2006/01/02"}}`, "2013/04/09")},
			make: fixed(func(args ...any) (string, error) {
				switch len(args) {
				case 1:
					return dateFunc("date", cn.Date)(args[0])
				case 2:
					// sprig's date LAYOUT TIME, kept for templates written for it.
					layout, ok := args[0].(string)
					if !ok {
						return "", fmt.Errorf("date 的第一个参数应为日期格式，得到的是 %s", describe(args[0]))
					}
					t, err := toTime(args[1])
					if err != nil {
						return "", fmt.Errorf("date：%w", err)
					}
					return t.Format(layout), nil
				}
				return "", fmt.Errorf("date 需要一个日期参数（或日期格式和日期两个参数），实际给了 %d 个", len(args))
			})},
		{Func: Func{Name: "cdate", Desc: "日期写成汉字“二〇一三年四月九日”",
			Examples: ex(`{{cdate "2013-04-09"}}`, "二〇一三年四月九日", `{{cdate "2013-12-31"}}`, "二〇一三年十二月三十一日")},
			make: fixed(dateFunc("cdate", cn.CDate))},
		{Func: Func{Name: "weekday", Desc: "日期是星期几，如“星期二”",
			Examples: ex(`{{weekday "2013-04-09"}}`, "星期二", `{{weekday "2013-04-14"}}`, "星期日")},
			make: fixed(dateFunc("weekday", cn.Weekday))},
		{Func: Func{Name: "xun", Desc: "日期所在的旬，如“4月上旬”（1—10日上旬，11—20日中旬，其余下旬）",
			Examples: ex(`{{xun "2013-04-09"}}`, "4月上旬", `{{xun "2013-02-20"}}`, "2月中旬", `{{xun "2013-02-28"}}`, "2月下旬")},
			make: fixed(dateFunc("xun", cn.Xun))},
		{Func: Func{Name: "period", Desc: "把“3月上中旬”这样的期限换算为日期范围（.Start、.End）；第二个参数为年份，缺省取构建日期的年份",
			Examples: ex(`{{with period "3月上中旬" 2013}}{{date .Start}}至{{date .End}}{{end}}`, "2013年3月1日至2013年3月20日",
				`{{(period "2月中旬").End | date}}`, "2013年2月20日")},
			make: func(o Options) any {
				return func(text string, year ...any) (period.Period, error) {
					y := o.Date.Year()
					switch len(year) {
					case 0:
					case 1:
						n, err := toInt(year[0])
						if err != nil {
							return period.Period{}, fmt.Errorf("period 的年份：%w", err)
						}
						y = int(n)
					default:
						return period.Period{}, fmt.Errorf("period 最多接受两个参数（期限、年份），实际给了 %d 个", 1+len(year))
					}
					return period.Parse(text, y)
				}
			}},
		{Func: Func{Name: "workdays", Desc: "两个日期之间（含首尾）的工作日天数，扣除法定节假日，计入调休上班日",
			Examples: ex(`{{workdays "2013-09-30" "2013-10-12"}}`, "6", `{{workdays "2025-01-25" "2025-02-08"}}`, "6")},
			make: func(o Options) any {
				return func(a, b any) (int, error) {
					ta, err := toTime(a)
					if err != nil {
						return 0, fmt.Errorf("workdays 的开始日期：%w", err)
					}
					tb, err := toTime(b)
					if err != nil {
						return 0, fmt.Errorf("workdays 的结束日期：%w", err)
					}
					return o.holidays().Workdays(ta, tb)
				}
			}},
		{Func: Func{Name: "addWorkdays", Desc: "日期之后第 N 个工作日（“N个工作日内”的截止日），跳过节假日，N 为负数时向前数",
			Examples: ex(`{{addWorkdays "2013-09-30" 1 | date}}`, "2013年10月8日", `{{addWorkdays "2013-04-12" 3 | date}}`, "2013年4月17日")},
			make: func(o Options) any {
				return func(t, n any) (time.Time, error) {
					tt, err := toTime(t)
					if err != nil {
						return time.Time{}, fmt.Errorf("addWorkdays 的日期：%w", err)
					}
					days, err := toInt(n)
					if err != nil {
						return time.Time{}, fmt.Errorf("addWorkdays 的天数：%w", err)
					}
					return o.holidays().AddWorkdays(tt, int(days))
				}
			}},
		{Func: Func{Name: "isWorkday", Desc: "日期是否为工作日（考虑法定节假日和调休）",
			Examples: ex(`{{isWorkday "2013-10-01"}}`, "false", `{{isWorkday "2013-09-29"}}`, "true")},
			make: func(o Options) any {
				return func(t any) (bool, error) {
					tt, err := toTime(t)
					if err != nil {
						return false, fmt.Errorf("isWorkday：%w", err)
					}
					return o.holidays().IsWorkday(tt)
				}
			}},
		{Func: Func{Name: "docno", Desc: "发文字号：机关代字〔年份〕序号号，如“鄂办发〔2013〕5号”",
			Examples: ex(`{{docno "鄂办发" 2013 5}}`, "鄂办发〔2013〕5号")},
			make: fixed(func(prefix string, year, n any) (string, error) {
				y, err := toInt(year)
				if err != nil {
					return "", fmt.Errorf("docno 的年份：%w", err)
				}
				i, err := toInt(n)
				if err != nil {
					return "", fmt.Errorf("docno 的序号：%w", err)
				}
				s := cn.DocNo(prefix, int(y), int(i))
				if err := cn.CheckDocNo(s); err != nil {
					return "", err
				}
				return s, nil
			})},
		{Func: Func{Name: "joincn", Desc: "把列表用“、”连接，最后两项之间用“和”（或第二个参数给的“及”“或”等）：甲、乙和丙",
			Examples: ex(`{{joincn (list "甲" "乙" "丙")}}`, "甲、乙和丙", `{{joincn (list "甲" "乙")}}`, "甲和乙", `{{joincn (list "甲")}}`, "甲",
				`{{joincn (list "牵头单位" "责任单位") "及"}}`, "牵头单位及责任单位")},
			make: fixed(func(v any, conj ...string) (string, error) {
				l, err := toStringList(v)
				if err != nil {
					return "", fmt.Errorf("joincn：%w", err)
				}
				switch len(conj) {
				case 0:
					return cn.Join(l), nil
				case 1:
					return cn.JoinWith(l, conj[0]), nil
				}
				return "", fmt.Errorf("joincn 最多接受两个参数（列表、连接词），实际给了 %d 个", 1+len(conj))
			})},
		{Func: Func{Name: "cnpunct", Desc: "中文语境中的标点改为全角（，。：；？！“”（）），删去汉字之间多余的空格；英文、数字、网址不变",
			Examples: ex(`{{cnpunct "各单位 要认真学习(试行)办法,于9:30前报送."}}`, "各单位要认真学习（试行）办法，于9:30前报送。")},
			make: fixed(cn.Punct)},
		{Func: Func{Name: "titlelines", Desc: "把长标题分成每行不超过 N 字的几行（梯形或菱形，不拆词、不拆引号书名号、不留单字），返回各行的列表",
			Examples: ex(`{{range titlelines "关于印发综合组工作方案的通知" 12}}{{.}}/{{end}}`, "关于印发综合组/工作方案的通知/",
				`{{titlelines "关于召开会议的通知" 22 | len}}`, "1")},
			make: fixed(func(s string, max any) ([]string, error) {
				n, err := toInt(max)
				if err != nil {
					return nil, fmt.Errorf("titlelines 的每行字数：%w", err)
				}
				return cn.TitleLines(s, int(n))
			})},
	}
}

// dateFunc adapts a cn date formatter to the arguments templates pass.
func dateFunc(name string, f func(time.Time) string) func(any) (string, error) {
	return func(v any) (string, error) {
		t, err := toTime(v)
		if err != nil {
			return "", fmt.Errorf("%s：%w", name, err)
		}
		return f(t), nil
	}
}
