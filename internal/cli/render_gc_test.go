package cli

import (
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"testing"
	"time"
)

// relaxGC: for small data the first goal is the reserved block, then
// GOGC=400 once a collection has run; big data keeps GOGC as it is.
func TestRelaxGC(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	dir := t.TempDir()
	small := filepath.Join(dir, "small.json")
	big := filepath.Join(dir, "big.json")
	if err := os.WriteFile(small, []byte(`{"a":1}`), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(big, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(big, 4<<20+1); err != nil {
		t.Fatal(err)
	}

	relaxGC(big, 64<<20)
	if p := debug.SetGCPercent(100); p != 100 {
		t.Fatalf("data over 4 MiB: GOGC %d, want 100 unchanged", p)
	}

	relaxGC(small, 64<<20)
	if p := debug.SetGCPercent(1600); p != 1600 {
		t.Fatalf("64 MiB reserved: GOGC %d before the first collection, want 1600 (a first goal of 64 MiB)", p)
	}
	deadline := time.Now().Add(10 * time.Second)
	for {
		runtime.GC()
		time.Sleep(time.Millisecond) // the finalizer runs on a goroutine of its own
		p := debug.SetGCPercent(1600)
		if p == 400 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("GOGC still %d after collections, want 400", p)
		}
	}

	relaxGC(small, 1<<20)
	if p := debug.SetGCPercent(100); p != 400 {
		t.Fatalf("1 MiB reserved: GOGC %d, want at least 400", p)
	}
	runtime.GC() // the sentinel's finalizer, before the deferred reset
}
