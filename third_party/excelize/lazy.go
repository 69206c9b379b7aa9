// This file is gongwen's, not upstream's: see ../../README.md (依赖及原因).

package excelize

import (
	"regexp"
	"sync"
)

// lazyRE is a regular expression compiled on its first use instead of
// at package initialisation, which every command of a program that links
// this package pays for, whether it uses the expression or not.
type lazyRE struct {
	src  string
	once sync.Once
	re   *regexp.Regexp
}

// lazyRegexp is regexp.MustCompile deferred to the first use; a bad
// pattern panics then.
func lazyRegexp(src string) *lazyRE { return &lazyRE{src: src} }

func (l *lazyRE) compiled() *regexp.Regexp {
	l.once.Do(func() { l.re = regexp.MustCompile(l.src) })
	return l.re
}

func (l *lazyRE) MatchString(s string) bool            { return l.compiled().MatchString(s) }
func (l *lazyRE) FindString(s string) string           { return l.compiled().FindString(s) }
func (l *lazyRE) FindStringSubmatch(s string) []string { return l.compiled().FindStringSubmatch(s) }
func (l *lazyRE) FindAllString(s string, n int) []string {
	return l.compiled().FindAllString(s, n)
}
func (l *lazyRE) FindAllStringSubmatch(s string, n int) [][]string {
	return l.compiled().FindAllStringSubmatch(s, n)
}
func (l *lazyRE) FindAllStringSubmatchIndex(s string, n int) [][]int {
	return l.compiled().FindAllStringSubmatchIndex(s, n)
}
func (l *lazyRE) ReplaceAllStringFunc(src string, repl func(string) string) string {
	return l.compiled().ReplaceAllStringFunc(src, repl)
}

// columnNames is the table of column names, built on first use: 16 384
// strings made at start-up were a quarter of this package's
// initialisation.
var columnNames = sync.OnceValue(makeColumnNames)

// onFirstUse is a package table built on first use instead of at package
// initialisation: the number formats, languages, font widths and units
// below took 0.3 ms of every gongwen command's start-up (1 300 map
// insertions) though only Excel output reads them.
func onFirstUse[T any](build func() T) func() T { return sync.OnceValue(build) }
