package startheap

import (
	"os"
	"strconv"
	"strings"
	"testing"
)

// After init, the heap block the program started in is a huge page where
// the kernel has them.
func TestStartInHugePage(t *testing.T) {
	mode, err := os.ReadFile("/sys/kernel/mm/transparent_hugepage/enabled")
	if err != nil || !strings.Contains(string(mode), "[madvise]") && !strings.Contains(string(mode), "[always]") {
		t.Skipf("no transparent huge pages here (%q, %v)", mode, err)
	}
	if collapsed != 0 {
		t.Skipf("the kernel cannot collapse pages on request (MADV_COLLAPSE: %v; Linux 6.1 can)", collapsed)
	}
	smaps, err := os.ReadFile("/proc/self/smaps_rollup")
	if err != nil {
		t.Skipf("no /proc/self/smaps_rollup: %v", err)
	}
	for _, l := range strings.Split(string(smaps), "\n") {
		if f := strings.Fields(l); len(f) >= 2 && f[0] == "AnonHugePages:" {
			kb, _ := strconv.Atoi(f[1])
			if kb < 2048 {
				t.Errorf("AnonHugePages %d kB: the start-up heap is not in a huge page", kb)
			}
			return
		}
	}
	t.Error("smaps_rollup has no AnonHugePages line")
}
