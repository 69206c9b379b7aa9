package docx

import (
	"regexp"
	"sync"
)

// lazyRegexp is a regular expression compiled on first use. The package has
// about eighty; compiling them all when the program starts cost every
// command, `gongwen version` included, about 5 ms and 1 MB.
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

func (l *lazyRegexp) FindAllStringSubmatch(s string, n int) [][]string {
	return l.get().FindAllStringSubmatch(s, n)
}
func (l *lazyRegexp) FindAllSubmatch(b []byte, n int) [][][]byte {
	return l.get().FindAllSubmatch(b, n)
}
func (l *lazyRegexp) FindIndex(b []byte) []int             { return l.get().FindIndex(b) }
func (l *lazyRegexp) FindStringSubmatch(s string) []string { return l.get().FindStringSubmatch(s) }
func (l *lazyRegexp) Match(b []byte) bool                  { return l.get().Match(b) }
func (l *lazyRegexp) MatchString(s string) bool            { return l.get().MatchString(s) }
func (l *lazyRegexp) ReplaceAll(src, repl []byte) []byte   { return l.get().ReplaceAll(src, repl) }
func (l *lazyRegexp) ReplaceAllString(src, repl string) string {
	return l.get().ReplaceAllString(src, repl)
}
func (l *lazyRegexp) FindAll(b []byte, n int) [][]byte { return l.get().FindAll(b, n) }
func (l *lazyRegexp) FindSubmatch(b []byte) [][]byte   { return l.get().FindSubmatch(b) }
