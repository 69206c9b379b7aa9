//go:build unix

package outfile

import (
	"errors"
	"syscall"
)

// alive reports whether a process with this id runs. A process of another
// user (EPERM) runs too.
func alive(pid int) bool {
	if pid <= 0 {
		return false
	}
	err := syscall.Kill(pid, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
}

// ignorableDirSync: file systems that cannot sync a folder (some network
// and FUSE file systems) say so with EINVAL; their renames are as durable
// as they get.
func ignorableDirSync(err error) bool {
	return errors.Is(err, syscall.EINVAL) || errors.Is(err, syscall.ENOTSUP)
}
