package outfile

import (
	"errors"
	"io/fs"
	"os"
	"syscall"

	"golang.org/x/sys/unix"
)

// folderSwap says a Set may stage a new or empty folder's files in a
// folder of their own and rename it into place (NewFolderSet): Linux
// renames a folder over an empty one atomically.
const folderSwap = true

// fdFile is a file opened for writing with bare system calls. os.File
// registers every file with the runtime's poller, which a regular file
// refuses: 6 more calls (fcntl, epoll_ctl) per file, 6000 in a
// 1000-notice mail merge, on the one goroutine that creates the files.
type fdFile struct {
	fd   int
	name string
}

// openNew creates path for writing with permissions 0644 (less the umask,
// as for any file a program creates): with excl it fails if path exists
// (a temporary name), else an existing file is truncated.
func openNew(path string, excl bool) (wfile, error) {
	flags := unix.O_WRONLY | unix.O_CREAT | unix.O_CLOEXEC
	if excl {
		flags |= unix.O_EXCL
	} else {
		flags |= unix.O_TRUNC
	}
	for {
		fd, err := unix.Open(path, flags, 0o644)
		if err == nil {
			return &fdFile{fd: fd, name: path}, nil
		}
		if err != unix.EINTR {
			return nil, &fs.PathError{Op: "open", Path: path, Err: err}
		}
	}
}

func (f *fdFile) Write(p []byte) (int, error) {
	n := 0
	for n < len(p) {
		m, err := unix.Write(f.fd, p[n:])
		if err == unix.EINTR {
			continue
		}
		if err != nil {
			return n, &fs.PathError{Op: "write", Path: f.name, Err: err}
		}
		if m == 0 {
			return n, &fs.PathError{Op: "write", Path: f.name, Err: syscall.EIO}
		}
		n += m
	}
	return n, nil
}

func (f *fdFile) Close() error {
	if f.fd < 0 {
		return nil
	}
	err := unix.Close(f.fd)
	f.fd = -1
	if err != nil && !errors.Is(err, unix.EINTR) {
		return &fs.PathError{Op: "close", Path: f.name, Err: err}
	}
	return nil
}

func (f *fdFile) Name() string { return f.name }

// owned reports whether the folder st belongs to this process's user.
func owned(st fs.FileInfo) bool {
	s, ok := st.Sys().(*syscall.Stat_t)
	return ok && int(s.Uid) == os.Geteuid()
}

// sameDevice reports whether a and b are on one file system.
func sameDevice(a, b fs.FileInfo) bool {
	sa, ok1 := a.Sys().(*syscall.Stat_t)
	sb, ok2 := b.Sys().(*syscall.Stat_t)
	return ok1 && ok2 && sa.Dev == sb.Dev
}

// renameFolder renames the folder old to new, replacing new if it is an
// empty folder (os.Rename refuses any folder there).
func renameFolder(old, new string) error {
	if err := unix.Rename(old, new); err != nil {
		return &os.LinkError{Op: "rename", Old: old, New: new, Err: err}
	}
	return nil
}
