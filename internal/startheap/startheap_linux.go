package startheap

import (
	"syscall"
	"unsafe"
)

// start is an object of the heap, for the heap's address.
var start *[64]byte

// collapsed is the outcome of MADV_COLLAPSE, for the test: 0, or the
// errno of a kernel that cannot.
var collapsed syscall.Errno

func init() {
	start = new([64]byte)
	p := uintptr(unsafe.Pointer(start))
	// The runtime maps its heap in chunks of chunkSize, aligned to it: the
	// advice stays within what is mapped.
	syscall.Syscall(syscall.SYS_MADVISE, p&^(chunkSize-1), chunkSize, syscall.MADV_HUGEPAGE)
	_, _, collapsed = syscall.Syscall(syscall.SYS_MADVISE, p&^(hugePage-1), hugePage, madvCollapse)
}

const (
	hugePage     = 2 << 20
	chunkSize    = 4 << 20 // the runtime's pallocChunkBytes
	madvCollapse = 25      // MADV_COLLAPSE, not in package syscall
)
