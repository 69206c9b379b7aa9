package cli

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// gcWatch records, after every collection, the live heap and the heap
// goal the collector set (runtime/metrics): the heap cannot pass the goal
// by more than what is allocated while a cycle runs, so the largest goal
// is the heap's high-water mark. A finalizer runs once after each cycle
// and sets the next.
type gcWatch struct {
	mu               sync.Mutex
	cycles           int
	maxLive, maxGoal uint64
	gogc             map[uint64]bool
	stop             atomic.Bool
}

func (w *gcWatch) arm() {
	runtime.SetFinalizer(&struct{ _ [16]byte }{}, func(any) { w.record() })
}

func (w *gcWatch) record() {
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}, {Name: "/gc/heap/goal:bytes"}, {Name: "/gc/gogc:percent"}}
	metrics.Read(s)
	w.mu.Lock()
	w.cycles++
	w.maxLive = max(w.maxLive, s[0].Value.Uint64())
	w.maxGoal = max(w.maxGoal, s[1].Value.Uint64())
	w.gogc[s[2].Value.Uint64()] = true
	w.mu.Unlock()
	if !w.stop.Load() {
		w.arm()
	}
}

// mergeHeap runs `render --raw --each` of n notices in this process and
// reports what the collector saw while it ran.
func mergeHeap(t *testing.T, n int) *gcWatch {
	t.Helper()
	dir := t.TempDir()
	var b strings.Builder
	b.WriteString(`{"Cities": [`)
	for i := range n {
		if i > 0 {
			b.WriteString(",\n")
		}
		// A record of about 1.5 KB, as a notice's (the harness's W2).
		fmt.Fprintf(&b, `{"City": "城市%d", "Due": "3月%d日", "What": "%s"}`, i, i%28+1, strings.Repeat("材料和说明", 100))
	}
	b.WriteString("]}")
	data := filepath.Join(dir, "cities.json")
	if err := os.WriteFile(data, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	tpl := filepath.Join(repoRoot(t), "internal", "e2e", "testdata", "city_notice.docx")
	w := &gcWatch{gogc: map[uint64]bool{}}
	w.arm()
	var errOut strings.Builder
	code := Run([]string{"render", "--raw", "-t", tpl, "-d", data, "--each", ".Cities", "-o", filepath.Join(dir, "out")},
		&IOStreams{In: strings.NewReader(""), Out: io.Discard, ErrOut: &errOut})
	w.stop.Store(true)
	if code != 0 {
		t.Fatalf("render --each of %d: exit %d\n%s", n, code, errOut.String())
	}
	if entries, _ := os.ReadDir(filepath.Join(dir, "out")); len(entries) != n {
		t.Fatalf("render --each of %d wrote %d files", n, len(entries))
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	return &gcWatch{cycles: w.cycles, maxLive: w.maxLive, maxGoal: w.maxGoal, gogc: w.gogc}
}

// A mail merge streams (issue 14, item 5): what it holds does not grow
// with the number of records beyond their names — the data is decoded as
// the workers go and every document leaves memory once written — and the
// collector keeps the heap near what it holds (GOGC=50 for a merge of
// small documents, mergeGC). From 200 to 4000 records (0.3 to 6 MB of
// data, 2 to 44 MB of documents), the live heap and the heap goal, the
// heap's high-water mark, may grow by the merge's bookkeeping of about
// 110 bytes a record (its name, the output set's note of it, an error
// slot) and the collector's timing, not by holding a record's data or
// its document.
func TestMergeMemoryBound(t *testing.T) {
	if testing.Short() {
		t.Skip("跳过：-short")
	}
	if os.Getenv("GOGC") != "" {
		t.Skip("跳过：GOGC 已由环境设定，合并不改变它") // the goals below assume the merge's own setting
	}
	// What earlier tests of the package left is not the merge's: their
	// garbage, and relaxGC's finalizer, which sets GOGC=400 after a
	// collection (render of one document).
	runtime.GC()
	runtime.GC()
	time.Sleep(20 * time.Millisecond) // finalizers run on a goroutine of their own
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	const few, many = 200, 4000
	small := mergeHeap(t, few)
	big := mergeHeap(t, many)
	t.Logf("%d records: %d collections, live ≤ %d KiB, goal ≤ %d KiB, GOGC %v", few, small.cycles, small.maxLive>>10, small.maxGoal>>10, small.gogc)
	t.Logf("%d records: %d collections, live ≤ %d KiB, goal ≤ %d KiB, GOGC %v", many, big.cycles, big.maxLive>>10, big.maxGoal>>10, big.gogc)
	if big.cycles < 5 {
		t.Fatalf("%d records ran %d collections: too few to see what the merge holds", many, big.cycles)
	}
	if !big.gogc[50] {
		t.Errorf("the merge of %d small notices collected at GOGC %v, want 50", many, big.gogc)
	}
	// Bytes a record: the bookkeeping (110) and the collector's timing —
	// when a cycle ends, a few documents may be in flight; over 3800
	// records that is up to 400 bytes each — well below a record's data
	// (3 KB decoded) or its document (11 KB).
	const perRecord = 1 << 10
	grew := func(a, b uint64) int64 { return (int64(b) - int64(a)) / (many - few) }
	if g := grew(small.maxLive, big.maxLive); g > perRecord {
		t.Errorf("live heap %d KiB for %d records against %d KiB for %d: %d bytes more a record, over %d — the merge holds what it decoded or rendered",
			big.maxLive>>10, many, small.maxLive>>10, few, g, perRecord)
	}
	if g := grew(small.maxGoal, big.maxGoal); g > perRecord*3/2 { // the goal is GOGC=50 over the live heap
		t.Errorf("heap goal %d KiB for %d records against %d KiB for %d: %d bytes more a record — the heap grows with the records",
			big.maxGoal>>10, many, small.maxGoal>>10, few, g)
	}
	if p := debugGCPercent(); p != 100 {
		t.Errorf("GOGC %d after the merge, want 100 again (as before it)", p)
	}
}

func debugGCPercent() uint64 {
	s := []metrics.Sample{{Name: "/gc/gogc:percent"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}
