// Package funcs is the one function map Go templates get in gongwen: a
// curated allowlist of sprig v3 functions, the Chinese formatting
// functions of package cn, and replacements for the sprig functions that
// would make a build depend on the clock, read the environment, burn CPU
// or grow without bound.
//
// The functions are grouped in namespaces (cn, strings, lists, dict, math,
// regexp, encoding, defaults, conv, types, time), each with a Chinese
// description and examples; the examples run as tests, and
// `gongwen funcs` prints them.
//
// Every function is deterministic: the same data and the same
// Options.Date give the same output (map keys come out sorted). None reads
// the environment, the network, the clock or random numbers, and none
// changes its arguments. What one call can build is bounded: repeat to
// MaxRepeat bytes, indent to MaxIndent spaces, and every function whose
// result can outgrow its input (replace, join, regexReplaceAll, toJson,
// concat, append…) to MaxText bytes or MaxList items, so a short template
// cannot exhaust memory; every other function that returns text, and
// text/template's print, printf, println, html, js and urlquery, is
// bounded to MaxText bytes, measured on its arguments before it runs. Text functions count characters, never bytes, so no Chinese
// character is cut in half. Over a whole render, an engine meters what
// the functions build with Metered, against the render's output cap.
//
// Functions that sprig offers and gongwen leaves out are listed by
// Excluded with the reason; Explain turns text/template's "function not
// defined" error into a Chinese explanation, and Hint gives the same text
// for engines that word their own errors.
//
// Map returns a fresh map; it and the functions in it are safe for
// concurrent use.
package funcs

import (
	"sort"
	"text/template"
	"time"

	"github.com/Masterminds/sprig/v3"

	"gongwen/internal/cn"
)

// Options configure the functions that depend on the build.
type Options struct {
	// Date is the build date: "now" returns it, and "period" takes its
	// year when none is given. The zero value means today in China
	// (UTC+8); pass --date to make a build reproducible.
	Date time.Time
	// Holidays is the working-day calendar of workdays and addWorkdays;
	// nil means cn.DefaultCalendar().
	Holidays *cn.Calendar
}

// chinaTime is the time zone of China, which has had no daylight saving
// since 1991; a fixed zone avoids depending on the system's tz database.
var chinaTime = time.FixedZone("CST", 8*3600)

// Today returns the current day in China at midnight, the default build
// date.
func Today() time.Time {
	y, m, d := time.Now().In(chinaTime).Date()
	return time.Date(y, m, d, 0, 0, 0, 0, chinaTime)
}

func (o Options) resolved() Options {
	if o.Date.IsZero() {
		o.Date = Today()
	}
	return o
}

// holidays is the working-day calendar: the one given, or the built-in
// one, which is built on first use — its 2 000 days (120 KB of maps, a
// millisecond) are for templates that count working days, not for every
// command that makes a function map (a mail merge's notices do not).
func (o Options) holidays() *cn.Calendar {
	if o.Holidays != nil {
		return o.Holidays
	}
	return cn.DefaultCalendar()
}

// Func describes one template function for `gongwen funcs` and the docs.
type Func struct {
	Name      string
	Namespace string
	Desc      string // one line, Chinese
	Examples  []Example
}

// Example is a template using the function and the text it produces with
// the build date 2013-04-09.
type Example struct {
	Template string
	Want     string
}

// exampleDate is the build date the examples are written for (the
// help of gongwen funcs says so).
var exampleDate = time.Date(2013, 4, 9, 0, 0, 0, 0, chinaTime)

// namespaces in the order `gongwen funcs` shows them.
var namespaces = []string{"cn", "time", "strings", "lists", "dict", "math", "regexp", "encoding", "defaults", "conv", "types"}

// NamespaceTitle returns the Chinese heading of a namespace ("cn" →
// 中文公文格式), or the name itself when it has none.
func NamespaceTitle(ns string) string {
	if t := namespaceTitles[ns]; t != "" {
		return t
	}
	return ns
}

var namespaceTitles = map[string]string{
	"cn":       "中文公文格式",
	"time":     "日期时间",
	"strings":  "文字处理",
	"lists":    "列表",
	"dict":     "字典（只读）",
	"math":     "计算",
	"regexp":   "正则表达式",
	"encoding": "编码与 JSON",
	"defaults": "默认值与条件",
	"conv":     "类型转换",
	"types":    "类型判断",
	// docx is the namespace of the document functions the Word engine adds
	// (docx.Funcs); they are listed by `gongwen funcs` but not in Map.
	"docx": "Word 文档结构",
}

// entry is a function with its description and how to build it.
type entry struct {
	Func
	sprig string              // take the sprig function of this name
	make  func(o Options) any // or build it from the options
}

// Map returns the template function map for one build.
func Map(opts Options) template.FuncMap {
	opts = opts.resolved()
	sm := sprig.TxtFuncMap()
	m := template.FuncMap{}
	for _, e := range registry() {
		if e.make != nil {
			m[e.Name] = e.make(opts)
		} else {
			m[e.Name] = sm[e.sprig]
		}
	}
	for name, f := range builtinOverrides {
		m[name] = f
	}
	for name, f := range m {
		m[name] = bounded(name, f)
	}
	return m
}

// All describes every function of Map, by namespace in the order
// `gongwen funcs` shows them; within a namespace related functions stand
// together (cnum, cyear, amount, heading, date…).
func All() []Func {
	rank := map[string]int{}
	for i, ns := range namespaces {
		rank[ns] = i
	}
	out := make([]Func, len(registry()))
	for i, e := range registry() {
		out[i] = e.Func
		out[i].Examples = append([]Example(nil), e.Examples...)
	}
	sort.SliceStable(out, func(i, j int) bool { return rank[out[i].Namespace] < rank[out[j].Namespace] })
	return out
}

// Namespaces lists the namespaces in display order.
func Namespaces() []string { return append([]string(nil), namespaces...) }
