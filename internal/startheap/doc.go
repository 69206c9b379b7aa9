// Package startheap puts the Go heap's first block in a huge page as the
// program starts, before most packages initialise.
//
// A command's start-up touches about a megabyte of heap page by page (the
// runtime's and the packages' tables, cobra's command tree), one fault per
// 4 KiB page: on the project's machine, a paravirtualised VM, those faults
// were a fifth of `gongwen version`'s 700 and most of its time beyond a
// bare Go program's. Go asks for no transparent huge pages for its heap,
// and with the kernel's usual setting (enabled=madvise) gets none; the
// runtime's own start-up has already touched some pages of the block by
// the time any package initialises, so advice alone would not give it a
// huge page. init advises the heap's first 4 MiB mapping (MADV_HUGEPAGE)
// and collapses the 2 MiB around the heap's current end into one huge page
// (MADV_COLLAPSE, Linux 6.1): the pages already touched are copied into it,
// the rest is there without a fault.
//
// It is advice: another OS, an older kernel or THP disabled change nothing.
// cmd/gongwen imports it first; the package imports only syscall and
// unsafe, so that it initialises among the first (Go initialises a package
// once its imports have, in order of import path).
package startheap
