// Command xlsx writes the built-in Excel templates into the templates
// folder. `go generate ./templates` runs it from there; the output is the
// same bytes on every run, and a test in internal/xlsx checks that the
// committed files are what it writes.
package main

import (
	"fmt"
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
		path := filepath.Join(dir, tf.Name)
		tmp, err := os.CreateTemp(dir, ".gen-*.xlsx")
		if err != nil {
			return err
		}
		_, werr := tmp.Write(tf.Data)
		cerr := tmp.Close()
		if werr != nil || cerr != nil {
			os.Remove(tmp.Name())
			return fmt.Errorf("写入 %s: %v %v", path, werr, cerr)
		}
		if err := os.Chmod(tmp.Name(), 0o644); err != nil {
			return err
		}
		if err := os.Rename(tmp.Name(), path); err != nil {
			os.Remove(tmp.Name())
			return err
		}
	}
	return nil
}
