package main

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"testing"
)

func TestParseMapsLine(t *testing.T) {
	for _, tc := range []struct {
		line string
		ok   bool
		want mapping
	}{
		{"00400000-00c82000 r-xp 00000000 fd:01 1234                               /usr/local/bin/gongwen",
			true, mapping{0x400000, 0xc82000, "r-xp", "/usr/local/bin/gongwen"}},
		{"014f6000-01664000 rw-p 010f6000 fd:01 1234 /usr/local/bin/gongwen",
			true, mapping{0x14f6000, 0x1664000, "rw-p", "/usr/local/bin/gongwen"}},
		// A path with spaces is the rest of the line.
		{"7f0000000000-7f0000001000 r--p 00000000 fd:01 99   /home/科员 甲/gongwen",
			true, mapping{0x7f0000000000, 0x7f0000001000, "r--p", "/home/科员 甲/gongwen"}},
		// A replaced executable: the path says so and no longer matches /proc/self/exe's target.
		{"00400000-00401000 r-xp 00000000 fd:01 1234 /tmp/gongwen (deleted)",
			true, mapping{0x400000, 0x401000, "r-xp", "/tmp/gongwen (deleted)"}},
		{"c000000000-c004000000 rw-p 00000000 00:00 0 ", true, mapping{0xc000000000, 0xc004000000, "rw-p", ""}},
		{"c000000000-c004000000 rw-p 00000000 00:00 0", true, mapping{0xc000000000, 0xc004000000, "rw-p", ""}},
		{"7ffd1000-7ffd2000 rw-p 00000000 00:00 0 [stack]", true, mapping{0x7ffd1000, 0x7ffd2000, "rw-p", "[stack]"}},
		{"", false, mapping{}},
		{"00400000 r-xp 00000000 fd:01 1234 /x", false, mapping{}},
		{"00c82000-00400000 r-xp 00000000 fd:01 1234 /x", false, mapping{}},
		{"00400000-00400000 r-xp 00000000 fd:01 1234 /x", false, mapping{}},
		{"zz-00401000 r-xp 00000000 fd:01 1234 /x", false, mapping{}},
		{"00400000-00401000 rx 00000000 fd:01 1234 /x", false, mapping{}},
		{"00400000-00401000 r-xp 00000000", false, mapping{}},
	} {
		got, ok := parseMapsLine(tc.line)
		if ok != tc.ok || (ok && got != tc.want) {
			t.Errorf("parseMapsLine(%q) = %+v, %v; want %+v, %v", tc.line, got, ok, tc.want, tc.ok)
		}
	}
}

func FuzzParseMapsLine(f *testing.F) {
	f.Add("00400000-00c82000 r-xp 00000000 fd:01 1234 /usr/local/bin/gongwen")
	f.Add("7f0000000000-7f0000001000 r--p 00000000 fd:01 99   /a b")
	f.Add("c000000000-c004000000 rw-p 00000000 00:00 0")
	f.Fuzz(func(t *testing.T, line string) {
		m, ok := parseMapsLine(line)
		if !ok {
			return
		}
		if m.start >= m.end || len(m.perms) != 4 || strings.HasPrefix(m.path, " ") {
			t.Fatalf("parseMapsLine(%q) = %+v", line, m)
		}
	})
}

// ownReadOnlyRss is the resident size, in kB, of the running executable's
// mappings that are not writable, from /proc/self/smaps.
func ownReadOnlyRss(t *testing.T) int {
	t.Helper()
	exe, err := os.Readlink("/proc/self/exe")
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	total, counting := 0, false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if m, ok := parseMapsLine(line); ok && strings.Contains(line[:strings.IndexByte(line, ' ')], "-") {
			counting = m.path == exe && m.perms[1] != 'w'
			continue
		}
		if rest, ok := strings.CutPrefix(line, "Rss:"); ok && counting {
			n, err := strconv.Atoi(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")))
			if err != nil {
				t.Fatalf("smaps: %q", line)
			}
			total += n
		}
	}
	return total
}

// The executable's code and read-only data resident when main starts are
// given back, and the program goes on running: the pages it needs fault
// back in from the file.
func TestReleaseInitPages(t *testing.T) {
	before := ownReadOnlyRss(t)
	if before == 0 {
		t.Fatal("no resident page of the executable's own code found in /proc/self/smaps")
	}
	releaseInitPages()
	after := ownReadOnlyRss(t)
	t.Logf("the executable's read-only pages: %d kB resident before, %d kB after", before, after)
	if after >= before {
		t.Errorf("resident %d kB after the release, %d kB before", after, before)
	}
	// Code that ran before runs again from the pages read back.
	if m, ok := parseMapsLine("00400000-00401000 r-xp 00000000 fd:01 1 /x"); !ok || m.path != "/x" {
		t.Errorf("parseMapsLine after the release: %+v", m)
	}
}
