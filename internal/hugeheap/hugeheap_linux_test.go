package hugeheap

import (
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"testing"
)

// anonHuge is the process's AnonHugePages, in KiB, from smaps_rollup.
func anonHuge(t *testing.T) int {
	b, err := os.ReadFile("/proc/self/smaps_rollup")
	if err != nil {
		t.Skipf("no /proc/self/smaps_rollup: %v", err)
	}
	for _, l := range strings.Split(string(b), "\n") {
		if f := strings.Fields(l); len(f) >= 2 && f[0] == "AnonHugePages:" {
			n, _ := strconv.Atoi(f[1])
			return n
		}
	}
	t.Skip("smaps_rollup has no AnonHugePages")
	return 0
}

var keep [][]byte

// After Reserve, the small objects a command allocates are backed by huge
// pages: without it the heap has none (Go never asks for them).
func TestReserveGivesHugePages(t *testing.T) {
	if !supported() {
		t.Skip("transparent huge pages are disabled on this kernel")
	}
	before := anonHuge(t)
	Reserve(16 << 20)
	for range 2000 {
		b := make([]byte, 4000)
		for i := range b {
			b[i] = 1
		}
		keep = append(keep, b)
	}
	after := anonHuge(t)
	keep = nil
	if after <= before {
		t.Fatalf("AnonHugePages %d KiB before Reserve, %d KiB after 8 MB of allocations: the heap got no huge pages", before, after)
	}
}

func TestReserveNothing(t *testing.T) {
	Reserve(0)
	Reserve(-1)
	if sink != nil {
		t.Fatal("Reserve kept its block")
	}
}

// Reserve collects once: the block's own allocation, far past the first
// heap goal, must not start a collection of its own before Reserve's.
func TestReserveCollectsOnce(t *testing.T) {
	if !supported() {
		t.Skip("transparent huge pages are disabled on this kernel")
	}
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	Reserve(64 << 20)
	runtime.ReadMemStats(&after)
	if n := after.NumGC - before.NumGC; n != 1 {
		t.Fatalf("Reserve ran %d collections, want 1", n)
	}
	if p := debug.SetGCPercent(100); p != 100 {
		t.Fatalf("Reserve left GOGC at %d, want the 100 it found", p)
	}
}
