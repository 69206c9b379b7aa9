package docx

import "gongwen/internal/lazyre"

// lazyRegexp: the package's patterns compile on first use (package lazyre).
type lazyRegexp = lazyre.Regexp

// lazyRE is regexp.MustCompile, deferred; the pattern is listed for
// TestLazyRegexps, which compiles them all.
func lazyRE(src string) *lazyRegexp {
	l := lazyre.New(src)
	allRegexps = append(allRegexps, l)
	return l
}

var allRegexps []*lazyRegexp // for TestLazyRegexps
