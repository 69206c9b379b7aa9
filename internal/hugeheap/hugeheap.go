// Package hugeheap lets a short command's heap grow in huge pages.
//
// On the project's machine (a paravirtualised VM) a page fault costs about
// 12 µs, and a command that builds a 30 MiB heap takes one per 4 KiB page
// it first touches: 5 000 faults, a third of `render`'s CPU time on a
// 10 000-row table. Go asks for no transparent huge pages for its heap, and
// with the kernel's usual setting (enabled=madvise) it gets none. Reserve
// grows the heap by a block in one step, advises the kernel that the block
// may be backed by 2 MiB pages and gives the block back to the heap, whose
// next allocations land in it: one fault for 512 pages.
//
// It is advice: where the kernel has no huge pages (another OS, THP
// disabled) nothing changes but the collection Reserve runs. Long-running
// processes (serve) should not call it: the block stays in the heap's
// address range, and huge pages resist the scavenger's returning memory.
package hugeheap

import (
	"runtime"
	"runtime/debug"
)

// sink keeps the block reachable until Reserve drops it, so that the
// compiler cannot place it on the stack or elide it.
var sink []byte

// Reserve grows the heap by at least n bytes of huge-page-advised memory
// and collects garbage once, and only once, so that the block is free for
// the allocations that follow. The block is never written: fresh memory from the OS is
// known zero, so it costs address space, not memory.
func Reserve(n int) {
	if n <= 0 || !supported() {
		return
	}
	// The block alone passes the first heap goal (4 MiB): without this
	// the make would start a collection of its own before the one below,
	// two cycles where one does (gctrace: 6–11 ms of CPU on W1 10k).
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	sink = make([]byte, n)
	advise(sink)
	sink = nil
	runtime.GC()
}
