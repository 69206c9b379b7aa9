// Command gongwen turns a campaign office's data into its official drafts.
// See README.md; everything but the exit happens in package cli.
package main

import (
	"os"

	"gongwen/internal/cli"
)

func main() {
	os.Exit(cli.Main(os.Args[1:]))
}
