// Command xlsx writes the built-in Excel templates into the templates
// folder. `go generate ./templates` runs it from there; the output is the
// same bytes on every run, and a test in internal/xlsx checks that the
// committed files are what it writes.
package main

import (
	"fmt"
	"gongwen/internal/outfile"
	"os"
	"path/filepath"

	"gongwen/internal/xlsx"
)

func main() {
	dir := "."
	if len(os.Args) > 1 {
		dir = os.Args[1]
	}
	if err := run(dir); err != nil {
		fmt.Fprintln(os.Stderr, "gen/xlsx:", err)
		os.Exit(1)
	}
}

func run(dir string) error {
	files, err := xlsx.TemplateFiles()
	if err != nil {
		return err
	}
	for _, tf := range files {
		if _, err := outfile.WriteBytes(filepath.Join(dir, tf.Name), tf.Data); err != nil {
			return err
		}
	}
	return nil
}
