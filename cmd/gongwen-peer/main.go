// Command gongwen-peer is the Word engine of gongwen alone under the runner
// contract of ../shared/peers (see package peer):
//
//	gongwen-peer TEMPLATE DATA.json OUTDIR single|many
//
// It renders exactly as `gongwen peer` and `gongwen render` do — the same
// package reader, engine, function map and limits — but without the rest
// of the gongwen binary (the CLI, the Excel engine and their start-up), so
// the benchmark can show how much of the memory is the engine and how much
// the whole program. Use `gongwen peer` for the product's own figures.
package main

import (
	"compress/flate"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"time"

	"gongwen/internal/docx"
	"gongwen/internal/funcs"
	"gongwen/internal/opc"
	"gongwen/internal/peer"
)

func main() { os.Exit(run(os.Args[1:])) }

func run(args []string) int {
	start := time.Now()
	if len(args) != 4 {
		fmt.Fprintln(os.Stderr, "用法：gongwen-peer 模板 数据.json 输出文件夹 single|many")
		return 2
	}
	const (
		maxOutput = 1 << 30
		timeout   = 10 * time.Minute
	)
	pkg, err := opc.OpenFile(args[0], opc.DefaultLimits)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	t, err := docx.Parse(args[0], pkg, docx.Options{Funcs: funcs.Map(funcs.Options{}), Missing: "error",
		MaxOutput: maxOutput, Timeout: timeout})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	times := peer.Times{Engine: "gongwen-peer"}
	times.Unzip = peer.Ms(time.Since(start))
	render := func(ctx context.Context, w io.Writer, data any) error {
		// flate.BestSpeed, as gongwen render --compress=fast (its default).
		return t.Execute(w, data, docx.ExecOptions{Context: ctx, MaxOutput: maxOutput, Timeout: timeout, Level: flate.BestSpeed})
	}
	err = peer.Run(context.Background(), render, peer.Options{Data: args[1], OutDir: args[2], Mode: args[3]}, &times)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	times.Total = peer.Ms(time.Since(start))
	line, _ := json.Marshal(times)
	fmt.Fprintf(os.Stderr, "%s\n", line)
	return 0
}
