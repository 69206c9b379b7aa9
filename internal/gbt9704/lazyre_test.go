package gbt9704

import "testing"

// Every deferred regexp compiles.
func TestLazyRegexps(t *testing.T) {
	for _, l := range allRegexps {
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Errorf("%q: %v", l.String(), r)
				}
			}()
			l.Compiled()
		}()
	}
}
