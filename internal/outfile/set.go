package outfile

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"
)

// A Set writes many files into one folder as one batch: Stage writes each
// to a temporary file, Commit makes them durable together and puts them in
// place. Until Commit, the folder's files are as they were; Abort (or a
// failed Commit) removes the temporary files. Stage may be called from
// several goroutines.
type Set struct {
	dir    string
	mu     sync.Mutex
	staged map[string]string // file name → temporary path
	order  []string          // names in the order first staged
}

// NewSet starts a batch for the folder dir, creating it if needed.
func NewSet(dir string) (*Set, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, wrap("创建文件夹", dir, err)
	}
	return &Set{dir: dir, staged: map[string]string{}}, nil
}

// Dir is the folder the set writes into.
func (s *Set) Dir() string { return s.dir }

// Len is the number of files staged.
func (s *Set) Len() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.staged)
}

// Stage writes the output of fill to a temporary file that Commit will
// rename to name (a file name in the set's folder). The temporary file is
// not synced here: Commit syncs the batch at once. If fill fails, nothing
// is staged.
func (s *Set) Stage(name string, fill func(w io.Writer) error) error {
	if name == "" || name != filepath.Base(name) || isTemp(name) || name == journalName {
		return fmt.Errorf("outfile: %q is not a file name of the folder", name)
	}
	path := filepath.Join(s.dir, name)
	tmp, err := createTemp(s.dir)
	if err != nil {
		return wrap("写入", path, err)
	}
	rec := &recorder{w: faulty(tmp)}
	err = fill(rec)
	if err != nil {
		err = rec.fillError("写入", path, err)
	}
	if err == nil {
		// On the open file: no second walk of the path.
		if cerr := tmp.Chmod(0o644); cerr != nil {
			err = wrap("写入", path, cerr)
		}
	}
	if cerr := tmp.Close(); err == nil && cerr != nil {
		err = wrap("写入", path, cerr)
	}
	if err != nil {
		os.Remove(tmp.Name())
		return err
	}
	s.mu.Lock()
	old, again := s.staged[name]
	s.staged[name] = tmp.Name()
	if !again {
		s.order = append(s.order, name)
	}
	s.mu.Unlock()
	if old != "" {
		os.Remove(old)
	}
	return nil
}

// StageBytes stages data as name unless the folder's file already holds
// exactly data: then the file is left untouched (its modification time
// too), so that tools watching the folder see only real changes. It
// reports whether it staged.
func (s *Set) StageBytes(name string, data []byte) (bool, error) {
	if same(filepath.Join(s.dir, name), data) {
		return false, nil
	}
	err := s.Stage(name, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
	return err == nil, err
}

// Abort removes every staged file; the folder is left as it was.
func (s *Set) Abort() {
	s.mu.Lock()
	defer s.mu.Unlock()
	for name, tmp := range s.staged {
		os.Remove(tmp)
		delete(s.staged, name)
	}
	s.order = nil
}

// CommitError is a Commit that failed after it had begun to put files in
// place: Done were replaced by their new content, Left keep their old
// content (or are still absent).
type CommitError struct {
	Done, Left []string
	Err        error
}

func (e *CommitError) Error() string {
	return fmt.Sprintf("%v（已写入 %d 个文件，另 %d 个未写入、保持原样）", e.Err, len(e.Done), len(e.Left))
}
func (e *CommitError) Unwrap() error { return e.Err }

// journal records a batch about to be renamed into place, so that Tidy
// can finish it after a crash: its temporary files are durable by then.
type journal struct {
	PID   int            `json:"pid"`
	Files []journalEntry `json:"files"`
}

type journalEntry struct {
	Temp string `json:"temp"`
	Name string `json:"name"`
}

// Commit makes every staged file durable with one sync of the batch, then
// renames them into place in the order they were first staged (so a file
// that describes the others can go last) and syncs the folder. When it
// fails before the first rename, every staged file is removed and the
// folder is as it was; later, the error is a *CommitError naming which
// files are new and which old.
func (s *Set) Commit() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	names := s.order
	abort := func() {
		for n, tmp := range s.staged {
			os.Remove(tmp)
			delete(s.staged, n)
		}
		s.order = nil
	}
	if len(names) == 0 {
		return nil
	}
	temps := make([]string, len(names))
	for i, n := range names {
		temps[i] = s.staged[n]
	}
	if err := syncFiles(s.dir, temps); err != nil {
		abort()
		return wrap("写入", s.dir, err)
	}
	// One file needs no journal: its rename is atomic.
	var jpath string
	if len(names) > 1 {
		j := journal{PID: os.Getpid()}
		for i, n := range names {
			j.Files = append(j.Files, journalEntry{Temp: filepath.Base(temps[i]), Name: n})
		}
		data, _ := json.Marshal(j)
		jpath = filepath.Join(s.dir, journalName)
		if err := writeDurable(jpath, data); err != nil {
			abort()
			return wrap("写入", s.dir, err)
		}
	}
	for i, n := range names {
		if err := os.Rename(temps[i], filepath.Join(s.dir, n)); err != nil {
			abort()
			if jpath != "" {
				os.Remove(jpath)
			}
			if i == 0 {
				return wrap("写入", filepath.Join(s.dir, n), err)
			}
			return &CommitError{Done: names[:i], Left: names[i:], Err: wrap("写入", filepath.Join(s.dir, n), err)}
		}
		delete(s.staged, n)
	}
	s.order = nil
	if err := syncDir(s.dir); err != nil {
		return &CommitError{Done: names, Err: wrap("写入", s.dir, err)}
	}
	if jpath != "" {
		// Once the renames are durable the journal has nothing left to
		// finish; if its removal is lost in a crash, Tidy finds no
		// temporary files to rename and removes it.
		os.Remove(jpath)
	}
	return nil
}

// writeDurable writes a small file in place atomically and durably.
func writeDurable(path string, data []byte) error {
	dir := filepath.Dir(path)
	tmp, err := createTemp(dir)
	if err != nil {
		return err
	}
	if _, err = tmp.Write(data); err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		os.Remove(tmp.Name())
		return err
	}
	return syncDir(dir)
}

// syncFiles makes the files' contents durable. The strategy is chosen per
// platform (sync_*.go); Strategy lets the benchmark compare them.
func syncFiles(dir string, paths []string) error {
	return strategies[Strategy](dir, paths)
}

// Strategy names how a batch is made durable: "parallel" (fsync every file,
// several at once, so the file system can commit them in one journal
// transaction), "syncfs" (one sync of the whole file system, Linux only),
// "auto" (syncfs for a big batch, parallel for a small one; Linux's
// default) or "serial" (one fsync after another, as before batches
// existed; kept for comparison).
var Strategy = defaultStrategy

var strategies = map[string]func(dir string, paths []string) error{
	"serial":   serialSync,
	"parallel": parallelSync,
}

func serialSync(_ string, paths []string) error {
	for _, p := range paths {
		if err := fsyncPath(p); err != nil {
			return err
		}
	}
	return nil
}

// parallelSync fsyncs the files from a few goroutines at once: the file
// system groups concurrent fsyncs into shared journal commits, and no more
// than a handful of descriptors are open at a time.
func parallelSync(_ string, paths []string) error {
	const workers = 16
	next := make(chan string)
	errs := make(chan error, workers)
	var wg sync.WaitGroup
	for range min(workers, len(paths)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var first error
			for p := range next {
				if err := fsyncPath(p); err != nil && first == nil {
					first = err
				}
			}
			errs <- first
		}()
	}
	for _, p := range paths {
		next <- p
	}
	close(next)
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

func fsyncPath(p string) error {
	f, err := os.OpenFile(p, os.O_RDWR, 0)
	if err != nil {
		return err
	}
	err = f.Sync()
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}
