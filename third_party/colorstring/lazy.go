// This file is gongwen's, not upstream's: see ../../README.md (依赖及原因).

package colorstring

import (
	"regexp"
	"sync"
)

// lazyRE is a regular expression compiled on its first use instead of at
// package initialisation, which every command of a program that links this
// package pays for, whether it prints colours or not.
type lazyRE struct {
	src  string
	once sync.Once
	re   *regexp.Regexp
}

// lazyRegexp is regexp.MustCompile deferred to the first use.
func lazyRegexp(src string) *lazyRE { return &lazyRE{src: src} }

func (l *lazyRE) compiled() *regexp.Regexp {
	l.once.Do(func() { l.re = regexp.MustCompile(l.src) })
	return l.re
}

func (l *lazyRE) FindString(s string) string { return l.compiled().FindString(s) }
func (l *lazyRE) FindAllStringIndex(s string, n int) [][]int {
	return l.compiled().FindAllStringIndex(s, n)
}
