//go:build !linux

package outfile

import (
	"io/fs"
	"os"
	"sync/atomic"
)

// folderSwap: elsewhere a folder is not renamed over an empty one (Windows
// cannot), so a Set always renames file by file.
const folderSwap = false

func openNew(path string, excl bool) (wfile, error) {
	flags := os.O_WRONLY | os.O_CREATE
	if excl {
		flags |= os.O_EXCL
	} else {
		flags |= os.O_TRUNC
	}
	return os.OpenFile(path, flags, 0o644)
}

func owned(fs.FileInfo) bool           { return false }
func sameDevice(a, b fs.FileInfo) bool { return false }

func renameFolder(old, new string) error { return os.Rename(old, new) }

const linkedWriters = 1

var noLinked atomic.Bool

func writeLinked(dir, name string, data []byte) (bool, error) { return false, nil }
