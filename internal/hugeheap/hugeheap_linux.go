package hugeheap

import (
	"os"
	"strings"
	"syscall"
	"unsafe"
)

const hugePage = 2 << 20

// supported says whether the kernel would honour the advice: THP is
// "madvise" (or "always", where the advice is harmless).
func supported() bool {
	b, err := os.ReadFile("/sys/kernel/mm/transparent_hugepage/enabled")
	if err != nil {
		return false
	}
	return strings.Contains(string(b), "[madvise]") || strings.Contains(string(b), "[always]")
}

// advise marks the whole huge pages inside b as MADV_HUGEPAGE.
func advise(b []byte) {
	p := uintptr(unsafe.Pointer(unsafe.SliceData(b)))
	beg := (p + hugePage - 1) &^ (hugePage - 1)
	end := (p + uintptr(len(b))) &^ (hugePage - 1)
	if beg < end {
		syscall.Syscall(syscall.SYS_MADVISE, beg, end-beg, syscall.MADV_HUGEPAGE)
	}
}
