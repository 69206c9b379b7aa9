package build

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"gongwen/internal/outfile"
)

// RecordName is the file in the output folder that lists what the last
// build wrote there, so that a later build can tell its own old files
// (which it may remove) from the user's (which it never touches).
const RecordName = ".gongwen-build.json"

// Report is what a build did to its output folder.
type Report struct {
	Results []Result
	// Stale are files an earlier build wrote into the folder that this
	// build no longer produces (a document of another date, a renamed
	// title), unchanged since. They stay unless Options.Prune is set; then
	// they are in Pruned.
	Stale, Pruned []string
	// Edited are such files that someone changed after gongwen wrote
	// them: never removed.
	Edited []string
	// Finished are files of an earlier build that was killed while putting
	// its files in place, completed before this one; Cleaned counts the
	// temporary files of killed runs removed.
	Finished []string
	Cleaned  int
}

// record is the content of RecordName. It holds nothing that varies from
// run to run (no time), so that an unchanged build leaves it untouched.
type record struct {
	// Files are the current build's files; Earlier, files of earlier
	// builds still in the folder that this build does not produce (with
	// what gongwen wrote, to tell whether they were changed since).
	Files   []recordFile `json:"files"`
	Earlier []recordFile `json:"earlier,omitempty"`
}

type recordFile struct {
	Name   string `json:"name"`
	Kind   string `json:"kind,omitempty"`
	SHA256 string `json:"sha256"`
	Size   int    `json:"size"`
}

// WriteError is a build whose files could not all be written: a full disk,
// a read-only or forbidden folder. It says which files hold this build's
// content and which do not.
type WriteError struct {
	Out   string
	Total int // the build's files
	// Written were replaced by this build's content before the failure;
	// NotWritten keep what they held before (or are absent). Files that
	// already held this build's content are in neither.
	Written, NotWritten []string
	Err                 error // an *outfile.Error
}

func (e *WriteError) Error() string {
	var b strings.Builder
	b.WriteString(outfile.Reason(e.Err))
	var oe *outfile.Error
	if errors.As(e.Err, &oe) {
		b.Reset()
		b.WriteString(oe.Error())
	}
	if len(e.Written) == 0 {
		fmt.Fprintf(&b, "\n本次构建共 %d 个文件，未写入任何文件：%s 中原有的文件保持原样", e.Total, e.Out)
		return b.String()
	}
	fmt.Fprintf(&b, "\n本次构建共 %d 个文件，已写入 %d 个，%d 个未写入（仍为原来的文件或不存在）：", e.Total, len(e.Written), len(e.NotWritten))
	for _, n := range e.Written {
		fmt.Fprintf(&b, "\n  已写入 %s", n)
	}
	for _, n := range e.NotWritten {
		fmt.Fprintf(&b, "\n  未写入 %s", n)
	}
	return b.String()
}

func (e *WriteError) Unwrap() error { return e.Err }

// write puts the rendered files into opts.Out as one batch (see outfile.Set)
// together with the build record, then reports, and with opts.Prune
// removes, the files of earlier builds that this one no longer produces.
func write(jobs []Job, names []string, outs [][]byte, opts Options) (*Report, error) {
	rep := &Report{}
	fail := func(err error, written, notWritten []string) (*Report, error) {
		var oe *outfile.Error
		if !errors.As(err, &oe) {
			return nil, err
		}
		return nil, &WriteError{Out: opts.Out, Total: len(names), Written: written, NotWritten: notWritten, Err: err}
	}
	tidied, err := outfile.Tidy(opts.Out)
	rep.Finished, rep.Cleaned = tidied.Finished, tidied.Removed
	if err != nil {
		return fail(err, nil, names)
	}
	prev := readRecord(opts.Out)

	set, err := outfile.NewSet(opts.Out)
	if err != nil {
		return fail(err, nil, names)
	}
	rec := record{}
	rep.Results = make([]Result, len(jobs))
	var staged []string
	for i, j := range jobs {
		wrote, err := set.StageBytes(names[i], outs[i])
		if err != nil {
			set.Abort()
			return fail(err, nil, slices.Concat(staged, names[i:]))
		}
		if wrote {
			staged = append(staged, names[i])
		}
		sum := sha256.Sum256(outs[i])
		rep.Results[i] = Result{Kind: j.Kind, Title: j.Title, Path: filepath.Join(opts.Out, names[i]),
			SHA256: hex.EncodeToString(sum[:]), Size: len(outs[i]), Wrote: wrote, Unfilled: j.Unfilled}
		rec.Files = append(rec.Files, recordFile{Name: names[i], Kind: j.Kind, SHA256: rep.Results[i].SHA256, Size: len(outs[i])})
	}

	// Files of earlier builds that this one does not produce.
	current := map[string]bool{}
	for _, n := range names {
		current[strings.ToLower(n)] = true
	}
	var gone, edited []recordFile
	if prev != nil {
		for _, f := range slices.Concat(prev.Files, prev.Earlier) {
			if current[strings.ToLower(f.Name)] || f.Name != filepath.Base(f.Name) || f.Name == RecordName {
				continue
			}
			switch holds(filepath.Join(opts.Out, f.Name), f) {
			case fileSame:
				gone = append(gone, f)
			case fileChanged:
				edited = append(edited, f)
				rep.Edited = append(rep.Edited, f.Name)
			}
		}
	}
	// The record keeps what earlier builds left, so that they are still
	// known as gongwen's on the next build.
	rec.Earlier = edited
	if !opts.Prune {
		rec.Earlier = slices.Concat(gone, edited)
	}
	sortRecord(rec.Files)
	sortRecord(rec.Earlier)
	data, _ := json.MarshalIndent(rec, "", "  ")
	if _, err := set.StageBytes(RecordName, append(data, '\n')); err != nil {
		set.Abort()
		return fail(err, nil, staged)
	}

	if err := set.Commit(); err != nil {
		var ce *outfile.CommitError
		if errors.As(err, &ce) {
			done := map[string]bool{}
			for _, n := range ce.Done {
				done[n] = true
			}
			var written, left []string
			for _, n := range staged {
				if done[n] {
					written = append(written, n)
				} else {
					left = append(left, n)
				}
			}
			return fail(ce.Err, written, left)
		}
		return fail(err, nil, staged)
	}

	for _, f := range gone {
		if opts.Prune {
			if err := os.Remove(filepath.Join(opts.Out, f.Name)); err != nil && !errors.Is(err, os.ErrNotExist) {
				rep.Stale = append(rep.Stale, f.Name)
				continue
			}
			rep.Pruned = append(rep.Pruned, f.Name)
		} else {
			rep.Stale = append(rep.Stale, f.Name)
		}
	}
	sort.Strings(rep.Edited)
	return rep, nil
}

func sortRecord(fs []recordFile) {
	sort.Slice(fs, func(i, j int) bool { return fs[i].Name < fs[j].Name })
}

// readRecord reads the folder's build record; a missing or unreadable one
// is no record: then no file counts as an earlier build's.
func readRecord(dir string) *record {
	data, err := os.ReadFile(filepath.Join(dir, RecordName))
	if err != nil {
		return nil
	}
	var r record
	if json.Unmarshal(data, &r) != nil {
		return nil
	}
	return &r
}

type fileState int

const (
	fileAbsent fileState = iota
	fileSame
	fileChanged
)

// holds compares the file at path with what the record says gongwen wrote.
func holds(path string, f recordFile) fileState {
	st, err := os.Lstat(path)
	if err != nil {
		return fileAbsent
	}
	if !st.Mode().IsRegular() || st.Size() != int64(f.Size) {
		return fileChanged
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return fileChanged
	}
	sum := sha256.Sum256(data)
	if hex.EncodeToString(sum[:]) != f.SHA256 {
		return fileChanged
	}
	return fileSame
}
