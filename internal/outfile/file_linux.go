package outfile

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"sync/atomic"
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

// linkedWriters is how many goroutines create a staging folder's files
// when they are made by writeLinked.
const linkedWriters = 2

// noLinked is set once the system has refused O_TMPFILE or /proc: later
// files are created the ordinary way at once.
var noLinked atomic.Bool

// writeLinked writes data to a file in dir that has no name until it is
// whole (O_TMPFILE), then links it there as name. Allocating the inode —
// most of a new file's cost on ext4 right after many deletions, when the
// allocator steps over every inode freed in the last minute — does not
// hold the folder's lock, so two goroutines create files in one folder at
// once. handled is false where it cannot be done (a file system without
// O_TMPFILE, no /proc to link through, the name already there): then
// nothing was written and the caller creates the file the ordinary way.
func writeLinked(dir, name string, data []byte) (handled bool, err error) {
	if noLinked.Load() {
		return false, nil
	}
	var fd int
	for {
		fd, err = unix.Open(dir, unix.O_WRONLY|unix.O_TMPFILE|unix.O_CLOEXEC, 0o644)
		if err != unix.EINTR {
			break
		}
	}
	switch err {
	case nil:
	case unix.EOPNOTSUPP, unix.EISDIR, unix.EINVAL, unix.ENOENT:
		noLinked.Store(true)
		return false, nil
	default:
		return true, &fs.PathError{Op: "open", Path: filepath.Join(dir, name), Err: err}
	}
	f := &fdFile{fd: fd, name: filepath.Join(dir, name)}
	defer f.Close()
	if _, err := faulty(f).Write(data); err != nil {
		return true, err
	}
	for {
		err = unix.Linkat(unix.AT_FDCWD, "/proc/self/fd/"+strconv.Itoa(fd), unix.AT_FDCWD, f.name, unix.AT_SYMLINK_FOLLOW)
		if err != unix.EINTR {
			break
		}
	}
	switch err {
	case nil:
	case unix.EEXIST:
		return false, nil // staged twice: the ordinary way replaces it
	case unix.ENOENT, unix.EPERM, unix.EACCES, unix.EXDEV, unix.ENOTDIR:
		noLinked.Store(true) // no /proc, or one that refuses
		return false, nil
	default:
		return true, &fs.PathError{Op: "link", Path: f.name, Err: err}
	}
	return true, f.Close()
}
