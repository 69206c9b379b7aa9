package outfile

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"sync"
)

// A Set writes many files into one folder as one batch: Stage writes each
// to a temporary file, Commit makes them durable together and puts them in
// place. Until Commit, the folder's files are as they were; Abort (or a
// failed Commit) removes the temporary files. Stage may be called from
// several goroutines.
type Set struct {
	dir string
	// stage, for a folder that is new or empty (NewFolderSet), is the
	// folder beside it where files are written under their own names;
	// Commit renames it to dir. Empty: files go to temporary names in dir.
	stage  string
	mu     sync.Mutex
	staged map[string]string // file name → temporary path
	order  []string          // names in the order first staged
	// With Queue: rendered files wait in queue for the writer goroutine,
	// which closes done when the queue is closed and drained; werr is
	// the first file it failed to write (under mu).
	queue chan pending
	done  chan struct{}
	werr  error
	// ahead writes the files out while they are staged (FlushAhead).
	ahead *ahead
}

// A pending file is rendered and waits to be written.
type pending struct {
	name, path string
	buf        *bytes.Buffer
}

// NewSet starts a batch for the folder dir, creating it if needed.
func NewSet(dir string) (*Set, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, wrap("创建文件夹", dir, err)
	}
	return &Set{dir: dir, staged: map[string]string{}}, nil
}

// NewFolderSet is NewSet for a folder that, when it is new or empty, will
// hold just this batch: then the files are written under their own names
// into a staging folder beside it (".gongwen-<pid>-<n>.tmp"), which Commit
// makes durable and renames to dir in one step — one rename and no
// journal instead of a rename per file and a journal. A crash before that
// rename leaves dir as it was (a later run removes the staging folder);
// after it, dir holds the whole batch. An empty folder is replaced by the
// new one with the same permissions, so it must be the user's own, on the
// same disk as its parent and not the current folder. Any other folder,
// or a system that cannot rename a folder over an empty one, gets NewSet.
func NewFolderSet(dir string) (*Set, error) {
	if !folderSwap {
		return NewSet(dir)
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return NewSet(dir)
	}
	parent := filepath.Dir(abs)
	if parent == abs {
		return NewSet(dir) // the root
	}
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return nil, wrap("创建文件夹", parent, err)
	}
	perm := fs.FileMode(0)
	switch st, err := os.Lstat(abs); {
	case errors.Is(err, fs.ErrNotExist):
	case err != nil || !replaceable(abs, parent, st):
		return NewSet(dir)
	default:
		perm = st.Mode().Perm()
	}
	tidyStages(parent)
	stage, err := mkdirTemp(parent)
	if err != nil {
		return NewSet(dir) // a parent we may not write to, for one
	}
	if perm != 0 {
		if err := os.Chmod(stage, perm); err != nil {
			os.Remove(stage)
			return NewSet(dir)
		}
	}
	return &Set{dir: dir, stage: stage, staged: map[string]string{}}, nil
}

// replaceable reports whether the folder abs (st is its Lstat) may be
// replaced by a staging folder: a real folder, empty, of this user, on the
// parent's disk (not a mount point) and not the process's current folder
// (whose shell would be left in the removed one).
func replaceable(abs, parent string, st fs.FileInfo) bool {
	if !st.IsDir() || !owned(st) {
		return false
	}
	if pst, err := os.Stat(parent); err != nil || !sameDevice(st, pst) {
		return false
	}
	if cwd, err := os.Stat("."); err != nil || os.SameFile(cwd, st) {
		return false
	}
	d, err := os.Open(abs)
	if err != nil {
		return false
	}
	defer d.Close()
	names, err := d.Readdirnames(1)
	return len(names) == 0 && errors.Is(err, io.EOF)
}

// mkdirTemp creates a staging folder in dir, named as temporary files are
// (so that Tidy knows it), with the permissions a new folder gets.
func mkdirTemp(dir string) (string, error) {
	for range 100 {
		p := filepath.Join(dir, tempName())
		err := os.Mkdir(p, 0o755)
		if err == nil {
			return p, nil
		}
		if !errors.Is(err, fs.ErrExist) {
			return "", err
		}
	}
	return "", &fs.PathError{Op: "mkdir", Path: dir, Err: fs.ErrExist}
}

// tempName is a fresh name for a temporary file or folder of this process.
func tempName() string {
	return tempPid + strconv.FormatUint(uint64(rand.Uint32()), 10) + tempSuffix
}

var tempPid = fmt.Sprintf("%s%d-", tempPrefix, os.Getpid())

// Dir is the folder the set writes into.
func (s *Set) Dir() string { return s.dir }

// Len is the number of files staged.
func (s *Set) Len() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.staged)
}

// Queue hands the writing of the files that Stage renders to one goroutine
// of the set's own, with up to n rendered files waiting: the callers of
// Stage go on rendering while it writes. A mail merge of 1000 notices from
// two goroutines spent a third of its time creating files, and creating
// them from both at once made each wait on the folder's lock in the kernel
// (spinning) instead of rendering. A file the goroutine fails to write
// fails the next Stage and Commit. Call it before the first Stage.
func (s *Set) Queue(n int) {
	s.queue = make(chan pending, max(n, 1))
	s.done = make(chan struct{})
	// Files of a staging folder can be created by several goroutines
	// at once (writeLinked); elsewhere they would wait on the folder's
	// lock.
	writers := 1
	if s.stage != "" && !noLinked.Load() {
		writers = linkedWriters
	}
	var wg sync.WaitGroup
	for range writers {
		wg.Go(s.write)
	}
	go func() {
		wg.Wait()
		close(s.done)
	}()
}

// write writes the queued files until the queue is closed.
func (s *Set) write() {
	for p := range s.queue {
		tmp, err := s.writeFile(p.name, p.path, p.buf.Bytes())
		if err == nil && s.ahead != nil {
			s.ahead.wrote(p.buf.Len())
		}
		putBuffer(p.buf)
		if err != nil {
			s.mu.Lock()
			if s.werr == nil {
				s.werr = err
			}
			s.mu.Unlock()
			continue
		}
		s.record(p.name, tmp)
	}
}

// drain waits for the writer goroutine to write every queued file and
// returns the first failure.
func (s *Set) drain() error {
	if s.queue != nil {
		close(s.queue)
		<-s.done
		s.queue = nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.werr
}

func (s *Set) writeErr() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.werr
}

// Stage writes the output of fill to a temporary file that Commit will
// rename to name (a file name in the set's folder). The temporary file is
// not synced here: Commit syncs the batch at once. If fill fails, nothing
// is staged. The output is gathered in memory (up to spillAt, then it goes
// on in the file) and written with one call.
func (s *Set) Stage(name string, fill func(w io.Writer) error) error {
	if name == "" || name != filepath.Base(name) || isTemp(name) || name == journalName {
		return fmt.Errorf("outfile: %q is not a file name of the folder", name)
	}
	path := filepath.Join(s.dir, name)
	sp := &spill{dir: s.dir, path: path, buf: getBuffer()}
	if s.stage != "" {
		sp.at = filepath.Join(s.stage, name)
	}
	rec := &recorder{w: sp}
	err := fill(rec)
	if err != nil {
		err = rec.fillError("写入", path, err)
	}
	if err == nil && sp.f == nil && s.queue != nil {
		if err := s.writeErr(); err != nil {
			putBuffer(sp.buf)
			return err
		}
		s.queue <- pending{name: name, path: path, buf: sp.buf}
		return nil
	}
	if err == nil {
		err = sp.finish()
	}
	putBuffer(sp.buf)
	if err != nil {
		sp.discard()
		return err
	}
	if s.ahead != nil {
		s.ahead.wrote(sp.n)
	}
	s.record(name, sp.f.Name())
	return nil
}

// record notes that name's content is staged in tmp, removing what was
// staged for it before. In a staging folder the file is there under its
// own name: the set keeps the name only, not a path per file (a merge of
// 100 000 notices would hold 10 MB of them).
func (s *Set) record(name, tmp string) {
	s.mu.Lock()
	if s.stage != "" {
		tmp = ""
	}
	old, again := s.staged[name]
	s.staged[name] = tmp
	if !again {
		s.order = append(s.order, name)
	}
	s.mu.Unlock()
	if old != "" {
		os.Remove(old)
	}
}

// spillAt is how much of a file Stage gathers in memory before it creates
// the file and writes the rest as it comes: a notice is 11 KB, and a big
// document must not be held whole once per worker.
const spillAt = 1 << 20

var buffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}

func getBuffer() *bytes.Buffer { return buffers.Get().(*bytes.Buffer) }

func putBuffer(b *bytes.Buffer) {
	if b.Cap() <= spillAt {
		b.Reset()
		buffers.Put(b)
	}
}

// spill gathers a file in buf until it passes spillAt, then creates the
// temporary file (or the file at, in a staging folder) and writes through
// to it.
type spill struct {
	dir, path string // path: the destination, for messages
	at        string // where to create the file; "" for a temporary name in dir
	buf       *bytes.Buffer
	f         wfile
	w         io.Writer // faulty(f)
	n         int       // bytes written
}

// wfile is a file being written: an *os.File, or a bare descriptor where
// that is cheaper (file_linux.go).
type wfile interface {
	io.Writer
	Close() error
	Name() string
}

func (sp *spill) Write(p []byte) (int, error) {
	sp.n += len(p)
	if sp.f == nil {
		if sp.buf.Len()+len(p) <= spillAt {
			return sp.buf.Write(p)
		}
		if err := sp.create(); err != nil {
			return 0, err
		}
		if _, err := sp.w.Write(sp.buf.Bytes()); err != nil {
			return 0, err
		}
		sp.buf.Reset()
	}
	return sp.w.Write(p)
}

func (sp *spill) create() error {
	var f wfile
	var err error
	if sp.at != "" {
		f, err = openNew(sp.at, false)
	} else {
		f, err = createTempFile(sp.dir)
	}
	if err != nil {
		return err
	}
	sp.f, sp.w = f, faulty(f)
	return nil
}

// createTempFile creates a new temporary file in dir.
func createTempFile(dir string) (wfile, error) {
	for range 10000 {
		f, err := openNew(filepath.Join(dir, tempName()), true)
		if !errors.Is(err, fs.ErrExist) {
			return f, err
		}
	}
	return nil, &fs.PathError{Op: "createtemp", Path: dir, Err: fs.ErrExist}
}

// finish writes what is still in memory and closes the file.
func (sp *spill) finish() error {
	if sp.f == nil {
		if err := sp.create(); err != nil {
			return wrap("写入", sp.path, err)
		}
	}
	if sp.buf.Len() > 0 {
		if _, err := sp.w.Write(sp.buf.Bytes()); err != nil {
			return wrap("写入", sp.path, err)
		}
	}
	if err := sp.f.Close(); err != nil {
		return wrap("写入", sp.path, err)
	}
	return nil
}

// discard removes the temporary file, if one was created (closing it
// again is harmless).
func (sp *spill) discard() {
	if sp.f != nil {
		sp.f.Close()
		os.Remove(sp.f.Name())
	}
}

// writeFile writes data, the file name, to a new temporary file (or into
// the staging folder) and returns where it is; path is the destination.
func (s *Set) writeFile(name, path string, data []byte) (string, error) {
	if s.stage != "" {
		if ok, err := writeLinked(s.stage, name, data); ok {
			if err != nil {
				return "", wrap("写入", path, err)
			}
			return filepath.Join(s.stage, name), nil
		}
	}
	sp := &spill{dir: s.dir, path: path, buf: bytes.NewBuffer(data)}
	if s.stage != "" {
		sp.at = filepath.Join(s.stage, name)
	}
	if err := sp.finish(); err != nil {
		sp.discard()
		return "", err
	}
	return sp.f.Name(), nil
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
	s.drain()
	s.mu.Lock()
	defer s.mu.Unlock()
	s.abort()
}

// abort removes what is staged (under mu).
func (s *Set) abort() {
	s.stopAhead()
	for name, tmp := range s.staged {
		if s.stage == "" {
			os.Remove(tmp)
		}
		delete(s.staged, name)
	}
	s.order = nil
	if s.stage != "" {
		os.RemoveAll(s.stage)
		s.stage = ""
	}
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
	werr := s.drain()
	s.mu.Lock()
	defer s.mu.Unlock()
	defer s.stopAhead() // an empty batch syncs nothing
	names := s.order
	abort := s.abort
	if werr != nil {
		abort()
		return werr
	}
	if s.stage != "" {
		return s.commitFolder(names)
	}
	if len(names) == 0 {
		return nil
	}
	temps := make([]string, len(names))
	for i, n := range names {
		temps[i] = s.staged[n]
	}
	if err := s.syncFiles(s.dir, temps); err != nil {
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

// commitFolder makes the staging folder's files and names durable, renames
// the folder to the set's and syncs the parent, which makes the rename
// durable (under mu). An empty batch makes an empty folder, as NewSet's
// MkdirAll did.
func (s *Set) commitFolder(names []string) error {
	var paths []string // not needed where the background syncs end it (syncFiles)
	if s.ahead == nil {
		paths = make([]string, len(names))
		for i, n := range names {
			paths[i] = filepath.Join(s.stage, n)
		}
	}
	if err := s.syncFiles(s.stage, paths); err != nil {
		s.abort()
		return wrap("写入", s.dir, err)
	}
	// syncfs has written the folder's entries too; fsyncs of the files
	// (a small batch) have not.
	if err := syncDir(s.stage); err != nil {
		s.abort()
		return wrap("写入", s.dir, err)
	}
	abs, err := filepath.Abs(s.dir)
	if err == nil {
		err = renameFolder(s.stage, abs)
	}
	if err != nil {
		s.abort()
		return wrap("写入", s.dir, err)
	}
	s.stage = ""
	clear(s.staged)
	s.order = nil
	if err := syncDir(filepath.Dir(abs)); err != nil {
		return &CommitError{Done: names, Err: wrap("写入", s.dir, err)}
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

// stopAhead ends the background syncs, if any, without waiting for the
// disk (under mu).
func (s *Set) stopAhead() {
	if s.ahead != nil {
		s.ahead.halt()
		s.ahead.release()
		s.ahead = nil
	}
}

// syncFiles makes the staged files durable: through the background syncs'
// own descriptor when FlushAhead started them, else as syncFiles does.
func (s *Set) syncFiles(dir string, paths []string) error {
	if a := s.ahead; a != nil {
		s.ahead = nil
		return a.finish()
	}
	return syncFiles(dir, paths)
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
