// Package outfile writes output files so that a reader never sees a
// half-written file and a failure never costs an existing one: the bytes go
// to a temporary file in the destination folder, are made durable, and the
// temporary file is renamed over the destination.
//
// Write does this for one file. A Set does it for many files of one
// folder together: every file is staged to a temporary name, all of them
// are made durable at once (one sync for the batch, not one per file),
// then renamed, then the folder is synced. A journal written before the
// renames lets the next run finish a batch that a crash interrupted, so a
// folder never keeps half of one batch and half of another.
//
// Temporary files are named ".gongwen-<pid>-<random>.tmp": Tidy removes
// those of processes that are gone, and never touches any other file.
package outfile

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// Write writes the output of fill to path atomically and durably. If fill
// fails, the temporary file is removed and path is left as it was.
func Write(path string, fill func(w io.Writer) error) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return wrap("创建文件夹", dir, err)
	}
	tmp, err := createTemp(dir)
	if err != nil {
		return wrap("写入", path, err)
	}
	ok := false
	defer func() {
		if !ok {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	rec := &recorder{w: faulty(tmp)}
	if err := fill(rec); err != nil {
		return rec.fillError("写入", path, err)
	}
	if err := tmp.Sync(); err != nil {
		return wrap("写入", path, err)
	}
	if err := tmp.Close(); err != nil {
		return wrap("写入", path, err)
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return wrap("写入", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return wrap("写入", path, err)
	}
	ok = true
	// The rename is durable only once the folder is.
	if err := syncDir(dir); err != nil {
		return wrap("写入", path, err)
	}
	return nil
}

// WriteBytes writes data to path atomically, unless path already holds
// exactly data: then it is left untouched (its modification time too), so
// tools that watch out/ see only real changes. It reports whether it wrote.
func WriteBytes(path string, data []byte) (wrote bool, err error) {
	if same(path, data) {
		return false, nil
	}
	err = Write(path, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
	return err == nil, err
}

// same reports whether the file at path holds exactly data. The size is
// compared first so that an unrelated large file is not read.
func same(path string, data []byte) bool {
	st, err := os.Stat(path)
	if err != nil || !st.Mode().IsRegular() || st.Size() != int64(len(data)) {
		return false
	}
	old, err := os.ReadFile(path)
	return err == nil && bytes.Equal(old, data)
}

// syncDir makes the entries of dir (new names, renames) durable.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	if err := d.Sync(); err != nil && !ignorableDirSync(err) {
		return err
	}
	return nil
}

// createTemp creates a temporary file in dir named after this process, so
// that Tidy can tell a live run's files from a killed one's. The name is
// short: the destination's own name may already be near the 255-byte limit
// (long Chinese titles are 3 bytes a character).
func createTemp(dir string) (*os.File, error) {
	return os.CreateTemp(dir, tempPattern)
}

// tempPattern is computed once: a mail merge creates thousands.
var tempPattern = fmt.Sprintf("%s%d-*%s", tempPrefix, os.Getpid(), tempSuffix)

const (
	tempPrefix  = ".gongwen-"
	tempSuffix  = ".tmp"
	journalName = ".gongwen-commit.json"
)
