package funcs

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
	"time"
)

// Bounds of the functions that generate text.
const (
	// MaxRepeat is the most text repeat may produce, in bytes.
	MaxRepeat = 10000
	// MaxIndent is the widest indentation indent and nindent add.
	MaxIndent = 100
)

func timeFuncs() []entry {
	return []entry{
		{Func: Func{Name: "now", Desc: "构建日期（--date 指定，缺省为北京时间今天），不读系统时钟，同样的数据和日期生成同样的文稿",
			Examples: ex(`{{now | date}}`, "2013年4月9日", `{{now.Year}}`, "2013")},
			make: func(o Options) any { return func() time.Time { return o.Date } }},
		{Func: Func{Name: "formatDate", Desc: "按 Go 的日期格式（2006-01-02）格式化日期，参数可为日期或日期文字",
			Examples: ex(`{{formatDate "2006-01-02" now}}`, "2013-04-09", `{{"2013-4-9" | formatDate "01/02"}}`, "04/09")},
			make: fixed(func(layout string, v any) (string, error) {
				t, err := toTime(v)
				if err != nil {
					return "", fmt.Errorf("formatDate：%w", err)
				}
				return t.Format(layout), nil
			})},
		{Func: Func{Name: "toDate", Desc: "按 Go 的日期格式把文字解析为日期（UTC，不依赖本机时区）",
			Examples: ex(`{{toDate "2006年1月2日" "2013年4月9日" | formatDate "2006-01-02"}}`, "2013-04-09")},
			make: fixed(func(layout, s string) (time.Time, error) {
				t, err := time.ParseInLocation(layout, s, time.UTC)
				if err != nil {
					return time.Time{}, fmt.Errorf("toDate：无法按格式“%s”解析“%s”", layout, s)
				}
				return t, nil
			})},
		{Func: Func{Name: "addDays", Desc: "日期加上 N 天（N 可为负数）",
			Examples: ex(`{{addDays 30 "2013-04-09" | date}}`, "2013年5月9日", `{{now | addDays -9 | date}}`, "2013年3月31日")},
			make: fixed(func(n any, v any) (time.Time, error) {
				days, err := toInt(n)
				if err != nil {
					return time.Time{}, fmt.Errorf("addDays 的天数：%w", err)
				}
				t, err := toTime(v)
				if err != nil {
					return time.Time{}, fmt.Errorf("addDays：%w", err)
				}
				if days > 1e6 || days < -1e6 {
					return time.Time{}, fmt.Errorf("addDays：天数 %d 过大", days)
				}
				return t.AddDate(0, 0, int(days)), nil
			})},
	}
}

// repeatBounded is sprig's repeat with a cap on the text produced.
func repeatBounded(count any, s string) (string, error) {
	n, err := toInt(count)
	if err != nil {
		return "", fmt.Errorf("repeat 的次数：%w", err)
	}
	if n < 0 {
		return "", fmt.Errorf("repeat 的次数不能为负数（%d）", n)
	}
	if n > 0 && int64(len(s)) > MaxRepeat/n {
		return "", fmt.Errorf("repeat 生成的文字超过 %d 字节上限（%d 次 × %d 字节）", MaxRepeat, n, len(s))
	}
	return strings.Repeat(s, int(n)), nil
}

// indentBounded is sprig's indent with a cap on the width.
func indentBounded(spaces any, s string) (string, error) {
	n, err := toInt(spaces)
	if err != nil {
		return "", fmt.Errorf("indent 的空格数：%w", err)
	}
	if n < 0 || n > MaxIndent {
		return "", fmt.Errorf("indent 的空格数应在 0 到 %d 之间，实际为 %d", MaxIndent, n)
	}
	if int64(len(s))+int64(strings.Count(s, "\n")+1)*n > MaxText {
		return "", errTooLong("indent")
	}
	pad := strings.Repeat(" ", int(n))
	return pad + strings.ReplaceAll(s, "\n", "\n"+pad), nil
}

// sortedKeys is sprig's keys in sorted order, so that ranging over them
// gives the same document every time.
func sortedKeys(dicts ...map[string]any) []string {
	var ks []string
	seen := map[string]bool{}
	for _, d := range dicts {
		for k := range d {
			if !seen[k] {
				seen[k] = true
				ks = append(ks, k)
			}
		}
	}
	sort.Strings(ks)
	return ks
}

// sortedValues is sprig's values in the order of the sorted keys.
func sortedValues(d map[string]any) []any {
	ks := sortedKeys(d)
	vs := make([]any, len(ks))
	for i, k := range ks {
		vs[i] = d[k]
	}
	return vs
}

// sortAlphaCopy is sprig's sortAlpha without sorting the caller's []string
// in place.
func sortAlphaCopy(list any) ([]string, error) {
	rv := reflect.ValueOf(list)
	if list == nil || rv.Kind() != reflect.Slice && rv.Kind() != reflect.Array {
		return []string{fmt.Sprint(list)}, nil
	}
	l, err := toStringList(list)
	if err != nil {
		return nil, err
	}
	out := append([]string(nil), l...)
	sort.Strings(out)
	return out, nil
}
