package lazyre

import "testing"

func TestBehavesAsRegexp(t *testing.T) {
	re := New(`^a(b+)c$`)
	if re.String() != `^a(b+)c$` || re.Compiled().String() != `^a(b+)c$` {
		t.Errorf("pattern %q compiled as %q", re.String(), re.Compiled().String())
	}
	if !re.MatchString("abbc") || re.FindStringSubmatch("abc")[1] != "b" || re.ReplaceAllString("abc", "x") != "x" ||
		string(re.ReplaceAll([]byte("abc"), []byte("y"))) != "y" || re.ReplaceAllLiteralString("abc", "$1") != "$1" {
		t.Error("Regexp does not behave as regexp.Regexp")
	}
	defer func() {
		if recover() == nil {
			t.Error("a bad pattern did not panic on first use")
		}
	}()
	New(`(`).MatchString("x")
}
