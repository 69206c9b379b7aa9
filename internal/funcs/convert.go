package funcs

import (
	"encoding/json"
	"fmt"
	"math"
	"reflect"
	"strconv"
	"time"

	"gongwen/internal/cn"
	"gongwen/internal/period"
)

// toTime reads a day from what a template passes: a time.Time, or a date
// string in one of the forms cn.ParseDate reads.
func toTime(v any) (time.Time, error) {
	switch t := v.(type) {
	case time.Time:
		return t, nil
	case *time.Time:
		if t == nil {
			return time.Time{}, fmt.Errorf("日期为空（数据中没有填写），可先用 {{if}} 判断")
		}
		return *t, nil
	case nil:
		return time.Time{}, fmt.Errorf("日期为空（数据中没有填写），可先用 {{if}} 判断")
	case string:
		return cn.ParseDate(t)
	case period.Period:
		return time.Time{}, fmt.Errorf("期限“%s”是一段日子，请用 .Start 或 .End 取开始或结束日期", t.Text)
	}
	return time.Time{}, fmt.Errorf("需要日期，得到的是 %s", describe(v))
}

// toInt reads an integer: any Go integer, a float without fraction, or a
// string of digits, as data files and template literals give them.
func toInt(v any) (int64, error) {
	switch n := v.(type) {
	case int:
		return int64(n), nil
	case int8:
		return int64(n), nil
	case int16:
		return int64(n), nil
	case int32:
		return int64(n), nil
	case int64:
		return n, nil
	case uint:
		if uint64(n) <= math.MaxInt64 {
			return int64(n), nil
		}
	case uint8:
		return int64(n), nil
	case uint16:
		return int64(n), nil
	case uint32:
		return int64(n), nil
	case uint64:
		if n <= math.MaxInt64 {
			return int64(n), nil
		}
	case float32:
		return toInt(float64(n))
	case float64:
		if n == math.Trunc(n) && math.Abs(n) < 1<<53 {
			return int64(n), nil
		}
		return 0, fmt.Errorf("需要整数，得到的是 %v", n)
	case json.Number:
		return toInt(string(n))
	case string:
		i, err := strconv.ParseInt(n, 10, 64)
		if err == nil {
			return i, nil
		}
		return 0, fmt.Errorf("需要整数，得到的是“%s”", n)
	}
	return 0, fmt.Errorf("需要整数，得到的是 %s", describe(v))
}

// toDecimal writes a number as decimal text without exponent, for the
// functions that take fractions (cnum 3.5, amount 12300.5).
func toDecimal(v any) (string, error) {
	switch n := v.(type) {
	case float64:
		if math.IsNaN(n) || math.IsInf(n, 0) {
			return "", fmt.Errorf("需要数字，得到的是 %v", n)
		}
		return strconv.FormatFloat(n, 'f', -1, 64), nil
	case float32:
		return toDecimal(float64(n))
	case string:
		return n, nil
	case json.Number:
		return string(n), nil
	}
	i, err := toInt(v)
	if err != nil {
		return "", fmt.Errorf("需要数字，得到的是 %s", describe(v))
	}
	return strconv.FormatInt(i, 10), nil
}

// toStringList reads a list of any element type as strings.
func toStringList(v any) ([]string, error) {
	switch l := v.(type) {
	case nil:
		return nil, nil
	case []string:
		return l, nil
	}
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Slice && rv.Kind() != reflect.Array {
		return nil, fmt.Errorf("需要列表，得到的是 %s", describe(v))
	}
	out := make([]string, rv.Len())
	for i := range out {
		out[i] = fmt.Sprint(rv.Index(i).Interface())
	}
	return out, nil
}

// describe names a value's type for an error message.
func describe(v any) string {
	if v == nil {
		return "空值"
	}
	if s, ok := v.(string); ok {
		return fmt.Sprintf("文字“%s”", s)
	}
	return fmt.Sprintf("%T 类型的 %v", v, v)
}
