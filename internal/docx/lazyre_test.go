package docx

import "testing"

// Every deferred pattern compiles, and means what it meant.
func TestLazyRegexps(t *testing.T) {
	if len(allRegexps) < 70 {
		t.Errorf("only %d deferred patterns: were they moved back to init?", len(allRegexps))
	}
	for _, l := range allRegexps {
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Errorf("%q: %v", l.String(), r)
				}
			}()
			if l.Compiled().String() != l.String() {
				t.Errorf("%q compiled as %q", l.String(), l.Compiled().String())
			}
		}()
	}
	re := lazyRE(`^a(b+)c$`)
	if !re.MatchString("abbc") || re.FindStringSubmatch("abc")[1] != "b" || re.ReplaceAllString("abc", "x") != "x" {
		t.Error("lazyRE does not behave as regexp")
	}
}
