package textpages

import (
	"os"
	"regexp"
	"strconv"
	"testing"
)

func TestReadOnly(t *testing.T) {
	maps := []byte(`00400000-00c75000 r-xp 00000000 fe:00 13254703                           /opt/gongwen
00c75000-014dc000 r--p 00875000 fe:00 13254703                           /opt/gongwen
014dc000-0163c000 rw-p 010dc000 fe:00 13254703                           /opt/gongwen
0163c000-03682000 rw-p 00000000 00:00 0 
2668ea400000-2668ea800000 rw-p 00000000 00:00 0 
7f0000000000-7f0000001000 r--p 00000000 fe:00 99                         /opt/gongwen-other
7f0000001000-7f0000002000 r--s 00000000 fe:00 13254703                   /opt/gongwen
7efc3f495000-7efc3f497000 r-xp 00000000 00:00 0                          [vdso]
00400000-00401000 r-xp 00000000 fe:00 7                                  /opt/my  gongwen
zz-yy r--p 00000000 fe:00 13254703                                       /opt/gongwen`)
	got := readOnly(maps, "/opt/gongwen")
	want := []mapping{{0x400000, 0xc75000}, {0xc75000, 0x14dc000}}
	if len(got) != len(want) {
		t.Fatalf("readOnly = %x, want %x", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("readOnly[%d] = %x, want %x", i, got[i], want[i])
		}
	}
	if got := readOnly(maps, ""); got != nil {
		t.Errorf("readOnly without a path = %x, want none", got)
	}
}

// After Release the executable's code is no longer all resident: only
// what ran since is mapped again.
func TestReleaseUnmapsCode(t *testing.T) {
	before := codeRss(t)
	if before == 0 {
		t.Skip("no resident code mapping in /proc/self/smaps")
	}
	Release()
	after := codeRss(t)
	t.Logf("resident code: %d kB before Release, %d kB after", before, after)
	if after >= before {
		t.Errorf("resident code %d kB after Release, %d kB before", after, before)
	}
}

// codeRss is the resident size in kB of the executable's code mapping.
func codeRss(t *testing.T) int {
	t.Helper()
	smaps, err := os.ReadFile("/proc/self/smaps")
	if err != nil {
		t.Skipf("no /proc/self/smaps: %v", err)
	}
	re := regexp.MustCompile(`(?m)^[0-9a-f]+-[0-9a-f]+ r-xp [^\n]* ` + regexp.QuoteMeta(exe()) + `\n(?:[^\n]*\n)*?Rss:\s+(\d+) kB`)
	m := re.FindSubmatch(smaps)
	if m == nil {
		return 0
	}
	n, _ := strconv.Atoi(string(m[1]))
	return n
}
