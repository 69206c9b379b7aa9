package build_test

import (
	"context"
	"errors"
	"os"
	"runtime"
	"strings"
	"testing"

	"gongwen/internal/build"
	"gongwen/internal/build/synth"
	"gongwen/internal/load"
)

// TestMemoryPerTask holds the memory of a build proportional to the data:
// the bytes a build allocates for each task added stay flat as the tasks
// grow (a view or workbook quadratic in the tasks would double them), and
// within a bound. Counted, not timed.
func TestMemoryPerTask(t *testing.T) {
	if testing.Short() {
		t.Skip("builds campaigns of thousands of tasks")
	}
	seed, err := os.ReadFile("../../data/xuechuang.yaml")
	if err != nil {
		t.Fatal(err)
	}
	m, err := build.ParseManifest("../..", "default.yaml", build.DefaultManifest())
	if err != nil {
		t.Fatal(err)
	}
	allocated := func(n int) uint64 {
		c, _, err := load.Bytes("big.yaml", synth.Tasks(seed, n))
		if err != nil {
			t.Fatalf("%d tasks: %v", n, err)
		}
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		jobs, err := build.Plan(context.Background(), m, c, m.Date)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := build.Run(context.Background(), jobs, build.Options{Out: t.TempDir()}); err != nil {
			t.Fatal(err)
		}
		runtime.ReadMemStats(&after)
		return after.TotalAlloc - before.TotalAlloc
	}
	a1, a2, a4 := allocated(500), allocated(1000), allocated(2000)
	first := float64(a2-a1) / 500   // bytes per task from 500 to 1000 tasks
	second := float64(a4-a2) / 1000 // from 1000 to 2000
	t.Logf("allocated per task: %.0f bytes (500→1000), %.0f bytes (1000→2000)", first, second)
	if second > 1.5*first {
		t.Errorf("each task added costs %.0f bytes at 1000–2000 tasks against %.0f at 500–1000: growing with the tasks", second, first)
	}
	// About 110 KB a task today (workbooks and views together); the bound
	// leaves room for new documents, not for a second copy of the data.
	if second > 256<<10 {
		t.Errorf("each task added costs %.0f KiB", second/1024)
	}
}

// The estimate grows with the data and refuses, with a Chinese message,
// what does not fit the budget; no budget refuses nothing.
func TestCheckMemory(t *testing.T) {
	if build.MemoryNeed(10<<20) <= build.MemoryNeed(1<<20) || build.MemoryNeed(0) <= 0 {
		t.Fatal("MemoryNeed does not grow with the data")
	}
	tests := []struct {
		size, budget int64
		refused      bool
	}{
		{50 << 10, 1 << 30, false},
		{50 << 10, 0, false},
		{10 << 20, 64 << 20, true},
		{1 << 30, 4 << 30, true},
	}
	for _, tt := range tests {
		err := build.CheckMemory("d.yaml", tt.size, tt.budget)
		var me *build.MemoryError
		if got := errors.As(err, &me); got != tt.refused {
			t.Errorf("size %d, budget %d: refused %v, want %v (%v)", tt.size, tt.budget, got, tt.refused, err)
			continue
		}
		if tt.refused && (!strings.Contains(err.Error(), "未开始构建") || !strings.Contains(err.Error(), "d.yaml")) {
			t.Errorf("message: %v", err)
		}
	}
}

// A plan under a cancelled context stops with the context's error and no
// jobs.
func TestPlanCancelled(t *testing.T) {
	m, err := build.ParseManifest("../..", "default.yaml", build.DefaultManifest())
	if err != nil {
		t.Fatal(err)
	}
	c, _, err := load.File(m.Path(m.Data))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	jobs, err := build.Plan(ctx, m, c, m.Date)
	if !errors.Is(err, context.Canceled) || len(jobs) != 0 {
		t.Errorf("cancelled plan: %d jobs, %v", len(jobs), err)
	}
}
