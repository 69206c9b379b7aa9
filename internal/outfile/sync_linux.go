package outfile

import (
	"os"

	"golang.org/x/sys/unix"
)

const defaultStrategy = "parallel"

func init() { strategies["syncfs"] = syncFS }

// syncFS writes out everything of the file system that holds dir, with one
// call: the batch's files and whatever else is waiting on that disk.
func syncFS(dir string, _ []string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return unix.Syncfs(int(d.Fd()))
}
