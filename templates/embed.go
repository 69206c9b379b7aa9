// Package templates holds the built-in Word and Excel templates, embedded
// into the binary so `gongwen build` needs nothing on disk. The Word
// templates are the maintained source themselves (see generate.go): a
// change to one is made in Word and checked by the golden tests.
package templates

import (
	"embed"
	"io/fs"
	"path"
	"sort"
	"strings"
)

//go:embed *.docx *.xlsx
var files embed.FS

// FS returns the embedded folder.
func FS() fs.FS { return files }

// Names lists the built-in templates (the .docx and .xlsx files), sorted.
func Names() []string {
	entries, _ := fs.ReadDir(files, ".")
	var names []string
	for _, e := range entries {
		switch strings.ToLower(path.Ext(e.Name())) {
		case ".docx", ".xlsx":
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	return names
}

// Read returns the bytes of the built-in template name.
func Read(name string) ([]byte, error) { return fs.ReadFile(files, name) }
