package build_test

import (
	"context"
	"testing"

	"gongwen/internal/build"
	"gongwen/internal/load"
)

// BenchmarkDefaultSet is `gongwen build` of the default set in-process:
// reading the data, planning (templates compiled), rendering and writing
// into a fresh folder. Profile it with
//
//	go test ./internal/build -run '^$' -bench DefaultSet -cpuprofile cpu.out
func BenchmarkDefaultSet(b *testing.B) {
	m, err := build.ParseManifest("../..", "default.yaml", build.DefaultManifest())
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		c, _, err := load.File(m.Path(m.Data))
		if err != nil {
			b.Fatal(err)
		}
		jobs, err := build.Plan(context.Background(), m, c, m.Date)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := build.Run(context.Background(), jobs, build.Options{Out: b.TempDir()}); err != nil {
			b.Fatal(err)
		}
	}
}
