package gbt9704

import (
	"regexp"
	"sync"
)

// lazyRegexp is a regular expression compiled on first use. The package's
// regexps with Chinese character classes cost every command at start-up —
// `gongwen version` included — more instructions than all of gongwen's own
// packages together, though only lint and page rules use them.
type lazyRegexp struct {
	src  string
	once sync.Once
	re   *regexp.Regexp
}

// lazyRE is regexp.MustCompile, deferred: a bad pattern still panics, on
// first use (TestLazyRegexps compiles them all).
func lazyRE(src string) *lazyRegexp {
	l := &lazyRegexp{src: src}
	allRegexps = append(allRegexps, l)
	return l
}

var allRegexps []*lazyRegexp // for TestLazyRegexps

func (l *lazyRegexp) get() *regexp.Regexp {
	l.once.Do(func() { l.re = regexp.MustCompile(l.src) })
	return l.re
}

func (l *lazyRegexp) MatchString(s string) bool            { return l.get().MatchString(s) }
func (l *lazyRegexp) FindStringIndex(s string) []int       { return l.get().FindStringIndex(s) }
func (l *lazyRegexp) FindStringSubmatch(s string) []string { return l.get().FindStringSubmatch(s) }
func (l *lazyRegexp) ReplaceAllString(s, repl string) string {
	return l.get().ReplaceAllString(s, repl)
}
func (l *lazyRegexp) ReplaceAllLiteralString(s, r string) string {
	return l.get().ReplaceAllLiteralString(s, r)
}
