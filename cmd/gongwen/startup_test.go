package main

import (
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"testing"

	"gongwen/internal/lazyre"
)

// With GONGWEN_TEST_INIT_ONLY set, the test binary stops right after
// package initialisation, which links every package the program does:
// TestStartupAllocations reads what that initialisation cost.
func TestMain(m *testing.M) {
	if os.Getenv("GONGWEN_TEST_INIT_ONLY") != "" {
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// Every command, `gongwen version` included, pays for the package-level
// variables of every linked package before main runs; most of what they
// once built (regular expressions, excelize's 16 384 column names) was for
// work a command might never do, and the heap they filled cost a page
// fault per 4 KiB (docs/performance.md). The budgets hold what is left
// with some room; exceeding one means a package built something at start-up
// that should be made on first use (lazyre.New, sync.OnceValue).
func TestStartupAllocations(t *testing.T) {
	cmd := exec.Command(os.Args[0])
	cmd.Env = append(os.Environ(), "GONGWEN_TEST_INIT_ONLY=1", "GODEBUG=inittrace=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	line := regexp.MustCompile(`(?m)^init (\S+) @.*?, (\d+) bytes, (\d+) allocs$`)
	budget := map[string]int{ // bytes
		"github.com/xuri/excelize/v2":      32 << 10, // its small maps; the regexps and column names were 1.1 MB, its six big tables 110 KB
		"github.com/Masterminds/semver/v3": 4 << 10,  // its regexps were 170 KB
		"github.com/mitchellh/colorstring": 4 << 10,  // its regexps
		"github.com/shopspring/decimal":    4 << 10,  // ln 10 to 2 000 digits was 46 KB
		"gongwen/internal/xlsx":            8 << 10,
		"gongwen/internal/model":           12 << 10,
		"gongwen/internal/docdata":         12 << 10,
		"gongwen/internal/period":          12 << 10,
		"gongwen/internal/load":            8 << 10,
		"gongwen/internal/cn":              8 << 10, // its title words were 90 KB
		"gongwen/internal/build":           4 << 10, // naming the views' types for messages was 35 KB
	}
	total, seen := 0, 0
	for _, m := range line.FindAllStringSubmatch(string(out), -1) {
		n, _ := strconv.Atoi(m[2])
		total += n
		if b, ok := budget[m[1]]; ok {
			seen++
			if n > b {
				t.Errorf("initialising %s allocates %d bytes, over its budget of %d", m[1], n, b)
			}
		}
	}
	if seen != len(budget) {
		t.Fatalf("inittrace named %d of the %d budgeted packages:\n%s", seen, len(budget), out)
	}
	if total > 640<<10 {
		t.Errorf("package initialisation allocates %d bytes in all, over the budget of 640 KiB", total)
	}
	t.Logf("package initialisation allocates %d bytes", total)
}

// Patterns deferred to first use still compile: without this a bad one
// would panic only when a command first used it.
func TestLazyPatternsCompile(t *testing.T) {
	all := lazyre.All()
	if len(all) < 100 {
		t.Errorf("only %d deferred patterns: were they moved back to package initialisation?", len(all))
	}
	for _, l := range all {
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Errorf("%q: %v", l.String(), r)
				}
			}()
			l.Compiled()
		}()
	}
}
