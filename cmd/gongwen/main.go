// Command gongwen turns a campaign office's data into its official drafts.
// See README.md; everything but the exit happens in package cli.
package main

import (
	"os"

	"gongwen/internal/cli"
)

// stopProfile ends the profiles a -tags profile build started (profile.go).
var stopProfile = func() {}

func main() {
	releaseInitPages()
	code := cli.Main(os.Args[1:])
	stopProfile()
	os.Exit(code)
}
