//go:build profile

package main

// Built with -tags profile only (the release binary stays without
// runtime/pprof): GONGWEN_CPUPROFILE=file writes a CPU profile of the
// command and GONGWEN_TRACE=file an execution trace, to see where one
// run's time goes — planning, rendering, both cores busy or not.

import (
	"os"
	"runtime/pprof"
	"runtime/trace"
)

func init() {
	var stops []func()
	if p := os.Getenv("GONGWEN_CPUPROFILE"); p != "" {
		if f, err := os.Create(p); err == nil && pprof.StartCPUProfile(f) == nil {
			stops = append(stops, func() { pprof.StopCPUProfile(); f.Close() })
		}
	}
	if p := os.Getenv("GONGWEN_TRACE"); p != "" {
		if f, err := os.Create(p); err == nil && trace.Start(f) == nil {
			stops = append(stops, func() { trace.Stop(); f.Close() })
		}
	}
	stopProfile = func() {
		for _, s := range stops {
			s()
		}
	}
}
