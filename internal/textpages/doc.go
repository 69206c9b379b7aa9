// Package textpages gives back the pages of the program's own code and
// read-only data that package initialisation mapped and the command will
// not use again.
//
// The kernel maps a program's file pages on first touch, and on each fault
// it maps up to 64 KiB around the faulting address that are in the page
// cache ("fault-around"). Initialising gongwen's ~160 packages touches
// code and tables all over the binary: by the time main runs, 6.5 MiB of
// its 8.6 MiB of code and 4 MiB of read-only data are mapped, and stay
// counted in the process's resident set for the rest of the command —
// half of `render --each`'s peak. Release unmaps them (MADV_DONTNEED on
// the executable's read-only mappings: the pages stay in the page cache,
// and what the command runs next is mapped again on its first touch, with
// fault-around as before). Writable mappings are never touched: their
// pages may hold the program's changes.
//
// It is advice: on another OS, or where /proc is not mounted, Release does
// nothing.
package textpages
