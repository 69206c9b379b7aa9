package outfile

import (
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// Tidied is what Tidy did to a folder.
type Tidied struct {
	// Finished are the files of a batch that a crash interrupted while it
	// was being put in place, and that Tidy put in place.
	Finished []string
	// Removed is the number of temporary files of killed runs removed.
	Removed int
}

// legacyAge is how old a temporary file without a process id (written by
// gongwen before it named them after the process) must be to count as
// left behind.
const legacyAge = time.Hour

// Tidy repairs what a killed run left in dir: it finishes an interrupted
// batch (see Set.Commit) and removes the temporary files of processes that
// no longer run. It touches only files named like ours. A missing folder
// has nothing to tidy.
func Tidy(dir string) (Tidied, error) {
	var t Tidied
	jpath := filepath.Join(dir, journalName)
	if data, err := os.ReadFile(jpath); err == nil {
		var j journal
		if json.Unmarshal(data, &j) != nil {
			// Not a journal we wrote whole (it is written atomically), so
			// nothing to finish.
			os.Remove(jpath)
		} else if j.PID == os.Getpid() || !alive(j.PID) {
			for _, e := range j.Files {
				if e.Temp != filepath.Base(e.Temp) || e.Name != filepath.Base(e.Name) || !isTemp(e.Temp) {
					continue // not a journal of ours
				}
				err := os.Rename(filepath.Join(dir, e.Temp), filepath.Join(dir, e.Name))
				if err == nil {
					t.Finished = append(t.Finished, e.Name)
				} else if !errors.Is(err, fs.ErrNotExist) {
					return t, wrap("写入", filepath.Join(dir, e.Name), err)
				}
			}
			if len(t.Finished) > 0 {
				if err := syncDir(dir); err != nil {
					return t, wrap("写入", dir, err)
				}
			}
			os.Remove(jpath)
		}
	} else if !errors.Is(err, fs.ErrNotExist) {
		return t, wrap("读取", jpath, err)
	}

	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return t, nil
	}
	if err != nil {
		return t, wrap("读取", dir, err)
	}
	for _, e := range entries {
		name := e.Name()
		if !isTemp(name) || !e.Type().IsRegular() {
			continue
		}
		if !stale(dir, name) {
			continue
		}
		if err := os.Remove(filepath.Join(dir, name)); err == nil {
			t.Removed++
		}
	}
	return t, nil
}

// isTemp reports whether name has the form of our temporary files:
// ".gongwen-<pid>-<random>.tmp", or ".gongwen-<random>.tmp" as older
// versions named them.
func isTemp(name string) bool {
	mid, ok := strings.CutPrefix(name, tempPrefix)
	if !ok {
		return false
	}
	mid, ok = strings.CutSuffix(mid, tempSuffix)
	if !ok || mid == "" {
		return false
	}
	for _, part := range strings.SplitN(mid, "-", 2) {
		if _, err := strconv.ParseUint(part, 10, 64); err != nil {
			return false
		}
	}
	return true
}

// stale reports whether the temporary file name in dir belongs to no
// running gongwen: its process is gone, or, for a name without a process
// id, it is older than legacyAge.
func stale(dir, name string) bool {
	mid := strings.TrimSuffix(strings.TrimPrefix(name, tempPrefix), tempSuffix)
	if pidText, _, ok := strings.Cut(mid, "-"); ok {
		pid, err := strconv.Atoi(pidText)
		if err != nil {
			return false
		}
		return pid != os.Getpid() && !alive(pid)
	}
	st, err := os.Stat(filepath.Join(dir, name))
	return err == nil && time.Since(st.ModTime()) > legacyAge
}

// tidyStages removes, from dir, the staging folders (NewFolderSet) of runs
// that were killed before they renamed theirs into place: their folders
// never became the output, so nothing in them is anyone's. It touches only
// folders named like ours whose process is gone.
func tidyStages(dir string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		if name := e.Name(); e.IsDir() && isTemp(name) && stale(dir, name) {
			os.RemoveAll(filepath.Join(dir, name))
		}
	}
}
