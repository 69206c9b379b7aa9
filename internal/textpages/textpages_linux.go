package textpages

import (
	"bytes"
	"os"
	"strconv"
	"syscall"
)

// Release unmaps the executable's read-only mappings (code, read-only data,
// the function tables); the next touch of a page maps it again.
func Release() {
	maps, err := os.ReadFile("/proc/self/maps")
	if err != nil {
		return
	}
	for _, m := range readOnly(maps, exe()) {
		syscall.Syscall(syscall.SYS_MADVISE, m.lo, m.hi-m.lo, syscall.MADV_DONTNEED)
	}
}

// exe is the executable's path as /proc/self/maps names it.
func exe() string {
	p, err := os.Readlink("/proc/self/exe")
	if err != nil {
		return ""
	}
	return p
}

type mapping struct{ lo, hi uintptr }

// readOnly returns the private mappings of file path in maps (the format
// of /proc/PID/maps) that can be neither written nor shared: those whose
// pages the file holds unchanged.
func readOnly(maps []byte, path string) []mapping {
	if path == "" {
		return nil
	}
	var out []mapping
	for len(maps) > 0 {
		line := maps
		if i := bytes.IndexByte(maps, '\n'); i >= 0 {
			line, maps = maps[:i], maps[i+1:]
		} else {
			maps = nil
		}
		// address perms offset dev inode path
		f := bytes.Fields(line)
		if len(f) < 6 || string(bytes.Join(f[5:], []byte(" "))) != path {
			continue
		}
		perms := f[1]
		if len(perms) != 4 || perms[0] != 'r' || perms[1] != '-' || perms[3] != 'p' {
			continue
		}
		lo, hi, ok := bytes.Cut(f[0], []byte("-"))
		if !ok {
			continue
		}
		l, err1 := strconv.ParseUint(string(lo), 16, 64)
		h, err2 := strconv.ParseUint(string(hi), 16, 64)
		if err1 != nil || err2 != nil || h <= l {
			continue
		}
		out = append(out, mapping{uintptr(l), uintptr(h)})
	}
	return out
}
