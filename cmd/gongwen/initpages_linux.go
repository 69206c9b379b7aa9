package main

import (
	"bufio"
	"os"
	"strconv"
	"strings"

	"golang.org/x/sys/unix"
)

// releaseInitPages gives back the pages of the program's own code and
// read-only data that are resident when main starts: most were touched
// only by package initialisation. About 150 packages run init code spread
// over the 8.5 MB of text, and the kernel maps the 64 KiB around every page
// fault, so `gongwen version` alone holds 10.9 MiB of the binary while a
// bare Go program holds 1.4; a mail merge of 1000 small notices (the peers'
// W2) peaked at 20 MiB, 13.4 of them the binary. Released, the pages a
// command still needs fault back in from the page cache (W2: ~70 more
// faults, ~1 % of its CPU; peak 20.0 → 16.7 MiB — docs/performance.md).
//
// Only mappings of the executable that are not writable are released: they
// are never written, so the kernel reads them back unchanged; the data
// segment (rw-p), whose pages the program has written, is left alone. A
// running executable cannot be written in place (ETXTBSY), and one replaced
// by rename keeps its old inode, so what faults back is what was there.
func releaseInitPages() {
	exe, err := os.Readlink("/proc/self/exe")
	if err != nil {
		return
	}
	f, err := os.Open("/proc/self/maps")
	if err != nil {
		return
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		m, ok := parseMapsLine(sc.Text())
		if !ok || m.path != exe || m.perms[1] == 'w' {
			continue
		}
		// The raw call takes the addresses as they are: the mapping is not
		// Go memory. An error leaves the pages resident, which is only memory.
		unix.Syscall(unix.SYS_MADVISE, m.start, m.end-m.start, unix.MADV_DONTNEED)
	}
}

// mapping is one line of /proc/PID/maps.
type mapping struct {
	start, end uintptr
	perms      string // "r-xp"
	path       string // "" for an anonymous mapping
}

// parseMapsLine reads "start-end perms offset dev inode path" (proc(5)); the
// path, which may hold spaces, is the rest of the line after the fifth
// field and its padding.
func parseMapsLine(line string) (mapping, bool) {
	var m mapping
	rest := line
	var fields [5]string
	for i := range fields {
		rest = strings.TrimLeft(rest, " ")
		j := strings.IndexByte(rest, ' ')
		if j < 0 {
			if i < 4 {
				return m, false
			}
			j = len(rest)
		}
		fields[i], rest = rest[:j], rest[j:]
	}
	lo, hi, ok := strings.Cut(fields[0], "-")
	if !ok || len(fields[1]) != 4 {
		return m, false
	}
	a, err1 := strconv.ParseUint(lo, 16, 64)
	b, err2 := strconv.ParseUint(hi, 16, 64)
	if err1 != nil || err2 != nil || b <= a || uint64(uintptr(b)) != b {
		return m, false
	}
	m.start, m.end, m.perms = uintptr(a), uintptr(b), fields[1]
	m.path = strings.TrimLeft(rest, " ")
	return m, true
}
