package outfile

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"syscall"
)

// Error is a file-system failure while writing output: a full disk, a
// read-only folder, a folder the user may not write to. It is a problem of
// the environment, not of gongwen, and its text is Chinese and says what to
// do; commands treat it like bad input (exit 1).
type Error struct {
	Op   string // what was being done: 写入, 创建文件夹, …
	Path string
	Err  error
}

func (e *Error) Error() string { return fmt.Sprintf("%s %s 失败：%s", e.Op, e.Path, Reason(e.Err)) }
func (e *Error) Unwrap() error { return e.Err }

// wrap turns a file-system error into an *Error; an *Error stays as it is.
func wrap(op, path string, err error) error {
	var oe *Error
	if errors.As(err, &oe) {
		return err
	}
	return &Error{Op: op, Path: path, Err: err}
}

// reasons are the causes a clerk can act on, in the words of the advice.
var reasons = []struct {
	errno syscall.Errno
	text  string
}{
	{syscall.ENOSPC, "磁盘空间已满，请清理磁盘或换一个输出文件夹"},
	{syscall.EDQUOT, "超出磁盘配额，请清理文件或换一个输出文件夹"},
	{syscall.EROFS, "磁盘或文件夹是只读的，请换一个可写的输出文件夹"},
	{syscall.EACCES, "没有写入权限，请检查文件夹的权限或换一个输出文件夹"},
	{syscall.EPERM, "操作不被允许，请检查文件夹的权限或换一个输出文件夹"},
	{syscall.ENAMETOOLONG, "文件名过长"},
	{syscall.EISDIR, "已有同名的文件夹"},
	{syscall.EEXIST, "已有同名的文件夹"},
	{syscall.ENOTEMPTY, "已有同名的文件夹"},
	{syscall.ENOTDIR, "路径中有一段不是文件夹，而是文件"},
	{syscall.EIO, "磁盘读写出错，请检查磁盘"},
	{syscall.EMFILE, "同时打开的文件过多"},
}

// Reason says in Chinese why a file operation failed. An error it does not
// know is shown with the operating system's words, without the path (the
// caller names it).
func Reason(err error) string {
	for _, r := range reasons {
		if errors.Is(err, r.errno) {
			return r.text
		}
	}
	if errors.Is(err, fs.ErrNotExist) {
		return "文件夹不存在"
	}
	if errors.Is(err, fs.ErrPermission) {
		return reasons[3].text
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err.Error()
	}
	return err.Error()
}

// isEnvironment reports whether err is the file system's, not a render's.
func isEnvironment(err error) bool {
	var pe *fs.PathError
	var le *os.LinkError
	if errors.As(err, &pe) || errors.As(err, &le) {
		return true
	}
	for _, r := range reasons {
		if errors.Is(err, r.errno) {
			return true
		}
	}
	return false
}

// recorder passes writes through and keeps the first error, so that a full
// disk met inside a template engine (which may wrap or replace the
// writer's error with its own) is still reported as a full disk.
type recorder struct {
	w   io.Writer
	err error
}

// faulty lets tests stand a failing disk in for a temporary file.
var faulty = func(w io.Writer) io.Writer { return w }

func (r *recorder) Write(p []byte) (int, error) {
	n, err := r.w.Write(p)
	if err != nil && r.err == nil {
		r.err = err
	}
	return n, err
}

// fillError is the error to report for a failed fill: the writer's own
// when the file system failed, else the fill's.
func (r *recorder) fillError(op, path string, err error) error {
	if r.err != nil && isEnvironment(r.err) {
		return wrap(op, path, r.err)
	}
	return err
}
