// Package lazyre holds regular expressions compiled on first use.
//
// Package-level regexp.MustCompile runs for every command at start-up,
// `gongwen version` included; the template engine's eighty patterns and the
// GB/T 9704 rules' Chinese character classes cost more than all of
// gongwen's own packages together, though only rendering and lint use them.
// A Regexp answers the methods those packages call, compiling its pattern
// the first time one is called; a bad pattern still panics then, so each
// package keeps a list of its patterns and a test that compiles them all.
package lazyre

import (
	"regexp"
	"sync"
)

// Regexp is a regular expression compiled on first use.
type Regexp struct {
	src  string
	once sync.Once
	re   *regexp.Regexp
}

// New is regexp.MustCompile, deferred to the first use.
func New(src string) *Regexp {
	l := &Regexp{src: src}
	mu.Lock()
	all = append(all, l)
	mu.Unlock()
	return l
}

var (
	mu  sync.Mutex
	all []*Regexp // every pattern made, for a test that compiles them all
)

// All returns every Regexp made so far — after start-up, those of every
// linked package — so that one test can compile them all: a bad pattern
// would otherwise panic only when a command first used it.
func All() []*Regexp {
	mu.Lock()
	defer mu.Unlock()
	return append([]*Regexp(nil), all...)
}

// String returns the pattern as written.
func (l *Regexp) String() string { return l.src }

// Compiled compiles the pattern if it was not yet and returns it.
func (l *Regexp) Compiled() *regexp.Regexp {
	l.once.Do(func() { l.re = regexp.MustCompile(l.src) })
	return l.re
}

func (l *Regexp) Match(b []byte) bool                  { return l.Compiled().Match(b) }
func (l *Regexp) MatchString(s string) bool            { return l.Compiled().MatchString(s) }
func (l *Regexp) FindIndex(b []byte) []int             { return l.Compiled().FindIndex(b) }
func (l *Regexp) FindStringIndex(s string) []int       { return l.Compiled().FindStringIndex(s) }
func (l *Regexp) FindSubmatch(b []byte) [][]byte       { return l.Compiled().FindSubmatch(b) }
func (l *Regexp) FindStringSubmatch(s string) []string { return l.Compiled().FindStringSubmatch(s) }
func (l *Regexp) FindAll(b []byte, n int) [][]byte     { return l.Compiled().FindAll(b, n) }
func (l *Regexp) FindAllSubmatch(b []byte, n int) [][][]byte {
	return l.Compiled().FindAllSubmatch(b, n)
}
func (l *Regexp) FindAllStringSubmatch(s string, n int) [][]string {
	return l.Compiled().FindAllStringSubmatch(s, n)
}
func (l *Regexp) ReplaceAll(src, repl []byte) []byte { return l.Compiled().ReplaceAll(src, repl) }
func (l *Regexp) ReplaceAllString(src, repl string) string {
	return l.Compiled().ReplaceAllString(src, repl)
}
func (l *Regexp) ReplaceAllLiteralString(src, repl string) string {
	return l.Compiled().ReplaceAllLiteralString(src, repl)
}
func (l *Regexp) FindString(s string) string { return l.Compiled().FindString(s) }
func (l *Regexp) FindAllString(s string, n int) []string {
	return l.Compiled().FindAllString(s, n)
}
func (l *Regexp) FindAllStringIndex(s string, n int) [][]int {
	return l.Compiled().FindAllStringIndex(s, n)
}
func (l *Regexp) FindStringSubmatchIndex(s string) []int {
	return l.Compiled().FindStringSubmatchIndex(s)
}
func (l *Regexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	return l.Compiled().FindAllStringSubmatchIndex(s, n)
}
func (l *Regexp) ReplaceAllStringFunc(src string, repl func(string) string) string {
	return l.Compiled().ReplaceAllStringFunc(src, repl)
}
func (l *Regexp) ReplaceAllFunc(src []byte, repl func([]byte) []byte) []byte {
	return l.Compiled().ReplaceAllFunc(src, repl)
}
func (l *Regexp) FindAllIndex(b []byte, n int) [][]int { return l.Compiled().FindAllIndex(b, n) }
func (l *Regexp) SubexpIndex(name string) int          { return l.Compiled().SubexpIndex(name) }
