// Package outfile writes output files so that a reader never sees a
// half-written file and a failure never costs an existing one: the bytes go
// to a temporary file in the destination folder, are synced, and the
// temporary file is renamed over the destination.
package outfile

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// Write writes the output of fill to path atomically. If fill fails, the
// temporary file is removed and path is left as it was.
func Write(path string, fill func(w io.Writer) error) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("创建目录 %s：%w", dir, err)
	}
	// The temporary name is short: the destination's own name may already
	// be near the 255-byte limit (long Chinese titles are 3 bytes a
	// character).
	tmp, err := os.CreateTemp(dir, ".gongwen-*.tmp")
	if err != nil {
		return fmt.Errorf("创建临时文件：%w", err)
	}
	ok := false
	defer func() {
		if !ok {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if err := fill(tmp); err != nil {
		return err
	}
	if err := tmp.Sync(); err != nil {
		return fmt.Errorf("写入 %s：%w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("写入 %s：%w", path, err)
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return fmt.Errorf("写入 %s：%w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("写入 %s：%w", path, err)
	}
	ok = true
	return nil
}

// WriteBytes writes data to path atomically, unless path already holds
// exactly data: then it is left untouched (its modification time too), so
// tools that watch out/ see only real changes. It reports whether it wrote.
func WriteBytes(path string, data []byte) (wrote bool, err error) {
	if old, err := os.ReadFile(path); err == nil && bytes.Equal(old, data) {
		return false, nil
	}
	err = Write(path, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
	return err == nil, err
}
