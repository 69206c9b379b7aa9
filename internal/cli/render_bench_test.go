package cli

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// peersWork is where docs/bench/run.sh prepares the peers' templates and
// data (PEERS_WORK); the benchmarks below skip without them.
func peersWork(b *testing.B) string {
	dir := os.Getenv("PEERS_WORK")
	if dir == "" {
		dir = "/tmp/gongwen-peers"
	}
	dir = filepath.Join(dir, "peers")
	if _, err := os.Stat(filepath.Join(dir, "out/data/w2_1000.go.json")); err != nil {
		b.Skipf("跳过：没有 %s 下的基准数据（先运行 docs/bench/run.sh）", dir)
	}
	return dir
}

func benchRender(b *testing.B, opts renderOptions, fresh func()) {
	opts.IO = &IOStreams{Out: io.Discard, ErrOut: io.Discard}
	opts.Raw, opts.Missing, opts.Compress, opts.MaxOutput, opts.Timeout = true, "error", "fast", "256MiB", 60e9
	for b.Loop() {
		fresh()
		o := opts
		if err := runRender(context.Background(), &o); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRenderW2 is the harness's W2 in process: 1000 notices from the
// peers' data, into BENCH_OUT (default: a temporary folder), the folder
// removed before each run as the harness does.
func BenchmarkRenderW2(b *testing.B) {
	p := peersWork(b)
	out := filepath.Join(b.TempDir(), "w2")
	if d := os.Getenv("BENCH_OUT"); d != "" {
		out = filepath.Join(d, "w2")
	}
	benchRender(b, renderOptions{Template: p + "/templates/w2_gotemplate.docx", Data: p + "/out/data/w2_1000.go.json",
		Out: out, Each: ".Records", Name: `{{printf "%06d" seq}}.docx`}, func() { os.RemoveAll(out) })
}

// BenchmarkRenderW1 is the harness's W1 at N = 10 000 in process.
func BenchmarkRenderW1(b *testing.B) {
	p := peersWork(b)
	benchRender(b, renderOptions{Template: p + "/templates/w1_gotemplate.docx", Data: p + "/out/data/w1_n10000.go.json",
		Out: filepath.Join(b.TempDir(), "w1.docx")}, func() {})
}
