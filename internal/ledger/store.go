package ledger

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"go.yaml.in/yaml/v3"

	"gongwen/internal/load"
	"gongwen/internal/outfile"
)

// Version names the content of a data file: a reader that saw version v
// and saves with it saves over exactly what it saw. (An etag, not a
// counter: an edit made in a text editor changes it too.)
func Version(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:8])
}

// HistoryPath is where the history of a data file is kept: beside it,
// xuechuang.yaml → xuechuang.history.jsonl, one JSON line a change, so the
// office keeps and copies it with the data.
func HistoryPath(dataPath string) string {
	return strings.TrimSuffix(dataPath, filepath.Ext(dataPath)) + ".history.jsonl"
}

// Entry is one saved change of the data file.
type Entry struct {
	Seq    int       `json:"seq"`
	Time   time.Time `json:"time"`
	Who    string    `json:"who,omitempty"`    // the person the request named
	Source string    `json:"source"`           // 网页, or the imported workbook's name
	Before string    `json:"before"`           // Version of the file before
	After  string    `json:"after"`            // and after the change
	Undoes int       `json:"undoes,omitempty"` // Seq of the entry this one undid
	Fields []Field   `json:"fields"`
}

// Field is one value an entry changed. Old and New are the values as YAML
// text (OldRaw exactly as the file wrote it, for undo); a key that was or
// became absent has Had or Has false.
type Field struct {
	Item     string `json:"item"` // 任务 t3, 议定事项 m1-jy2, 会议 m5
	ID       string `json:"id"`   // the task id, decision key or meeting id
	Decision bool   `json:"decision,omitempty"`
	Meeting  bool   `json:"meeting,omitempty"` // a meeting record added (Key empty)
	List     string `json:"list,omitempty"`    // a value of a meetings item (attendees), not undone
	Key      string `json:"key,omitempty"`
	Old      string `json:"old,omitempty"`
	OldRaw   string `json:"old_raw,omitempty"`
	Had      bool   `json:"had,omitempty"`
	New      string `json:"new,omitempty"`
	Has      bool   `json:"has,omitempty"`
}

// Label is the field's key as the office calls it.
func (f Field) Label() string {
	switch f.Key {
	case "status":
		return "状态"
	case "done_on":
		return "完成日期"
	case "notes":
		return "备注"
	case "attendees":
		return "参会人员"
	case sharedKey:
		return "进展记录"
	case "":
		return "会议记录"
	}
	return f.Key
}

// beijing is the offices' time, whatever the server's zone.
var beijing = time.FixedZone("CST", 8*3600)

// Conflict is a save refused because someone else changed the same value
// since the saver read the file.
type Conflict struct {
	Msg string
}

func (c *Conflict) Error() string { return c.Msg }

// Problems are updates that cannot be applied (unknown task, a date
// without a finished status), each a message with its place.
type Problems []string

func (p Problems) Error() string { return strings.Join(p, "\n") }

// locks serialise the writers of one file within this process (the page's
// requests). Another process (a `gongwen import` at the same time) is
// caught by the version check just before the rename.
var locks sync.Map // absolute path → *sync.Mutex

func lock(path string) func() {
	abs, err := filepath.Abs(path)
	if err != nil {
		abs = path
	}
	m, _ := locks.LoadOrStore(abs, &sync.Mutex{})
	mu := m.(*sync.Mutex)
	mu.Lock()
	return mu.Unlock
}

// Save is a change to write: updates of tasks and decisions, or meetings
// to add.
type Save struct {
	Path   string   // the data file
	Base   string   // the Version the editor read; empty: whatever is there
	Who    string   // who asks, when the request names a person
	Source string   // 网页, or the workbook's name
	Update []Update // values to set
	// Meeting adds a meeting record: its fields as YAML text, id first.
	Meeting [][2]string
	DryRun  bool // plan and check, write nothing
	// Record appends each task's new notes to its record (record.progress,
	// dated and attributed by the form's 填报日期 and 填报单位, else today
	// and the lead unit): a returned list is what the units report. Undo
	// reverts the notes, not the record line.
	Record bool
	Now    func() time.Time
}

// Result is what a save did or, dry, would do.
type Result struct {
	Before, After []byte // the file's bytes
	Changes       []Change
	// Notes are the progress notes written besides Changes: a unit's
	// notes on a returned list also go, dated, into the task's record.
	Notes  []Edit
	Entry  Entry // the history entry written (Seq 0 when dry or nothing changed)
	Merged bool  // the file had changed since Base, in other values, and the change was merged
}

// Commit plans and writes a save: the updates are planned against the file
// as it is now; if it changed since s.Base, the save goes on only when
// none of the values it sets were changed in between (the history says
// which), else a *Conflict. Updates that cannot be applied give Problems;
// a result the campaign loader refuses gives its load.Diagnostics; both
// leave the file as it was.
func Commit(s Save) (*Result, error) {
	unlock := lock(s.Path)
	defer unlock()
	src, err := os.ReadFile(s.Path)
	if err != nil {
		return nil, fmt.Errorf("读取数据文件 %s：%w", s.Path, err)
	}
	res := &Result{Before: src}
	cur := Version(src)
	hist, err := History(s.Path)
	if err != nil {
		return nil, err
	}
	merge := s.Base != "" && s.Base != cur
	var fields []Field
	var out []byte
	if len(s.Meeting) > 0 {
		ys, err := ParseSeq(src, "meetings")
		if err != nil {
			return nil, fmt.Errorf("%s：%v", s.Path, err)
		}
		id := strings.Trim(s.Meeting[0][1], `"'`)
		if _, dup := ys.ByID[id]; dup {
			return nil, Problems{fmt.Sprintf("会议标识 %s 已经存在，请换一个", id)}
		}
		e, err := ys.AppendItem(s.Meeting)
		if err != nil {
			return nil, Problems{err.Error()}
		}
		if merge {
			if err := checkMerge(s, hist, cur, nil); err != nil {
				return nil, err
			}
			res.Merged = true
		}
		out = Apply1(src, e)
		fields = append(fields, Field{Item: "会议 " + id, ID: id, Meeting: true, Has: true, New: strings.TrimSpace(e.Text)})
	} else {
		yt, err := Parse(src)
		if err != nil {
			return nil, fmt.Errorf("%s：%v", s.Path, err)
		}
		now := s.Now
		if now == nil {
			now = time.Now
		}
		t := now().In(beijing)
		today := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
		c, _, cerr := load.Bytes(s.Path, src)
		ups := s.Update
		var parts, reports []Change
		if cerr == nil {
			// Rows of one occurrence of a recurring deadline (occurrence.go).
			var problems []string
			ups, reports, problems = yt.occurrenceUpdates(c, ups)
			if len(problems) > 0 {
				return nil, Problems(problems)
			}
		}
		if cerr == nil && s.Record {
			// A lead unit of a shared task reports its part (shared.go).
			ups, parts = yt.shareUpdates(c, ups, today)
		}
		changes, problems := yt.Plan(ups, filepath.Base(s.Path))
		if len(problems) > 0 {
			return nil, Problems(problems)
		}
		changes = append(changes, parts...)
		changes = append(changes, reports...)
		res.Changes = changes
		if merge {
			if err := checkMerge(s, hist, cur, changes); err != nil {
				return nil, err
			}
			res.Merged = true
		}
		edits := Edits(changes)
		// A unit's note is also recorded, dated, in the task's record
		// (progress.go); the campaign says whose task it is.
		if cerr == nil && s.Record && len(changes) > 0 {
			res.Notes = yt.progressEdits(c, changes, today)
			edits = append(edits, res.Notes...)
		}
		out = Apply(src, edits)
		if len(changes) > 0 {
			if err := Verify(out, changes); err != nil {
				return nil, fmt.Errorf("数据文件修改有误，未写入：%w", err)
			}
		}
		for _, ch := range changes {
			f := Field{Item: ch.What(), ID: ch.TaskID, Decision: ch.Decision, Key: ch.Key, Old: ch.Old, Had: ch.OldSet, Has: !ch.Delete}
			if ch.OldSet {
				f.OldRaw = oldRaw(yt, ch)
			}
			if !ch.Delete {
				f.New = scalarValue(ch.Text)
			}
			fields = append(fields, f)
		}
	}
	res.After = out
	if len(fields) == 0 {
		return res, nil
	}
	if _, _, err := load.Bytes(s.Path, out); err != nil {
		return nil, err // load.Diagnostics: the values do not hold together (已完成 without a date, say)
	}
	if s.DryRun {
		return res, nil
	}
	e := Entry{Who: s.Who, Source: s.Source, Before: cur, After: Version(out), Fields: fields}
	if err := write(s.Path, src, out, hist, &e, s.Now); err != nil {
		return nil, err
	}
	res.Entry = e
	return res, nil
}

// Apply1 applies one edit.
func Apply1(src []byte, e Edit) []byte { return Apply(src, []Edit{e}) }

// write writes out over path, if path still holds src, and records e.
func write(path string, src, out []byte, hist []Entry, e *Entry, now func() time.Time) error {
	// Another process may have written since we read: the check is just
	// before the rename, the window a few milliseconds.
	if again, err := os.ReadFile(path); err != nil || !bytes.Equal(again, src) {
		return &Conflict{Msg: fmt.Sprintf("数据文件 %s 刚刚被其他程序修改（如 gongwen import 或编辑器），本次修改未保存，请重新载入后再改", filepath.Base(path))}
	}
	if now == nil {
		now = time.Now
	}
	e.Time = now().Truncate(time.Second)
	e.Seq = 1
	if len(hist) > 0 {
		e.Seq = hist[len(hist)-1].Seq + 1
	}
	if _, err := outfile.WriteBytes(path, out); err != nil {
		return err
	}
	line, err := json.Marshal(e)
	if err != nil {
		return err
	}
	f, err := os.OpenFile(HistoryPath(path), os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err == nil {
		_, err = f.Write(append(line, '\n'))
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		return fmt.Errorf("数据已保存，但修改记录未能写入 %s：%w", HistoryPath(path), err)
	}
	return nil
}

// History reads the history of a data file, oldest first; none yet is an
// empty history. Lines that do not read (a hand edit) are skipped: the
// history is a record, not the data.
func History(dataPath string) ([]Entry, error) {
	f, err := os.Open(HistoryPath(dataPath))
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("读取修改记录：%w", err)
	}
	defer f.Close()
	var out []Entry
	sc := bufio.NewScanner(io.LimitReader(f, 64<<20))
	sc.Buffer(make([]byte, 0, 64<<10), 4<<20)
	for sc.Scan() {
		var e Entry
		if json.Unmarshal(sc.Bytes(), &e) == nil && e.Seq > 0 {
			out = append(out, e)
		}
	}
	return out, sc.Err()
}

// fieldKey names a value for conflicts: status and done_on go together
// (one cannot be judged without the other).
func fieldKey(decision bool, id, key string) string {
	if key == "done_on" {
		key = "status"
	}
	return fmt.Sprintf("%t/%s/%s", decision, id, key)
}

// checkMerge decides whether a save made on version s.Base may go onto
// the file as it is now (cur): the history must lead from Base to cur,
// and none of the values changed on the way may be among those the save
// changes.
func checkMerge(s Save, hist []Entry, cur string, changes []Change) error {
	start := -1
	for i := len(hist) - 1; i >= 0; i-- {
		if hist[i].Before == s.Base {
			start = i
			break
		}
	}
	chained := start >= 0 && hist[len(hist)-1].After == cur
	for i := start + 1; chained && i < len(hist); i++ {
		chained = hist[i-1].After == hist[i].Before
	}
	if !chained {
		return &Conflict{Msg: "数据文件在您载入之后已被修改（修改记录中查不到您载入的版本，可能是在编辑器中改的），本次修改未保存；请重新载入后再改"}
	}
	changed := map[string]Entry{}
	for _, e := range hist[start:] {
		for _, f := range e.Fields {
			changed[fieldKey(f.Decision, f.ID, f.Key)] = e
		}
	}
	// Only what this save actually changes can clash: a returned list
	// repeats every value of its rows, most of them as they are.
	var clashes []string
	seen := map[string]bool{}
	for _, ch := range changes {
		k := fieldKey(ch.Decision, ch.TaskID, ch.Key)
		e, ok := changed[k]
		if !ok || seen[k] {
			continue
		}
		seen[k] = true
		who := e.Who
		if who == "" {
			who = e.Source
		}
		label := "备注"
		if ch.Key != "notes" {
			label = "状态和完成日期"
		}
		clashes = append(clashes, fmt.Sprintf("%s 的%s已于 %s 由%s修改", ch.TaskID, label, e.Time.In(beijing).Format("15:04:05"), who))
	}
	if len(clashes) > 0 {
		return &Conflict{Msg: "您载入数据之后，" + strings.Join(clashes, "；") + "，本次修改未保存，以免覆盖他人的修改；请重新载入，看过最新的值后再改"}
	}
	return nil
}

// oldRaw is the old value's text exactly as the file had it.
func oldRaw(yt *Doc, ch Change) string {
	m := yt.ByID[ch.TaskID]
	if ch.Decision {
		m = yt.Decisions[ch.TaskID]
	}
	v := Value(m, ch.Key)
	if m == nil {
		return ""
	}
	return rawOf(yt, m, v)
}

// scalarValue is the value YAML text stands for.
func scalarValue(text string) string {
	var n yaml.Node
	if yaml.Unmarshal([]byte("x: "+text), &n) != nil || len(n.Content) == 0 {
		return text
	}
	if v := Value(n.Content[0], "x"); v != nil {
		return v.Value
	}
	return text
}

// Undo reverts the last change in the history not yet undone (an undo
// is not itself undone: pressing 撤销 again goes one change further
// back). Every value it restores must still hold what that change wrote,
// else a *Conflict: a later change is never silently reverted.
func Undo(path, who string, now func() time.Time) (*Result, error) {
	unlock := lock(path)
	defer unlock()
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("读取数据文件 %s：%w", path, err)
	}
	hist, err := History(path)
	if err != nil {
		return nil, err
	}
	undone := map[int]bool{}
	var target *Entry
	for i := len(hist) - 1; i >= 0; i-- {
		e := &hist[i]
		if e.Undoes > 0 {
			undone[e.Undoes] = true
			continue
		}
		if !undone[e.Seq] {
			target = e
			break
		}
	}
	if target == nil {
		return nil, Problems{"没有可以撤销的修改"}
	}
	when := target.Time.In(beijing).Format("2006-01-02 15:04:05")
	var edits []Edit
	var fields []Field
	later := func(f Field, now string) error {
		return &Conflict{Msg: fmt.Sprintf("%s 的%s在 %s 那次修改之后又改成了“%s”，不能撤销那次修改（以免丢失后来的修改）", f.Item, f.Label(), when, now)}
	}
	for _, f := range target.Fields {
		if f.Key == sharedKey {
			// As for the notes' record lines: the record keeps what
			// the unit reported.
			continue
		}
		if f.List != "" {
			return nil, Problems{fmt.Sprintf("%s 的%s是从参会回执导入的，不能在网页上撤销；请在数据文件中修改", f.Item, f.Label())}
		}
		if f.Meeting {
			ys, err := ParseSeq(src, "meetings")
			if err != nil {
				return nil, err
			}
			e, err := ys.DeleteItem(f.ID)
			if err != nil {
				return nil, Problems{fmt.Sprintf("%s：%v", f.Item, err)}
			}
			edits = append(edits, e)
			fields = append(fields, Field{Item: f.Item, ID: f.ID, Meeting: true, Had: true, Old: f.New})
			continue
		}
		yt, err := Parse(src)
		if err != nil {
			return nil, err
		}
		m := yt.ByID[f.ID]
		if f.Decision {
			m = yt.Decisions[f.ID]
		}
		if m == nil {
			return nil, &Conflict{Msg: fmt.Sprintf("%s 已不在数据文件中，不能撤销 %s 的修改", f.Item, when)}
		}
		v := Value(m, f.Key)
		switch {
		case f.Has && v == nil:
			return nil, later(f, "（空）")
		case f.Has && v.Value != f.New:
			return nil, later(f, v.Value)
		case !f.Has && v != nil:
			return nil, later(f, v.Value)
		}
		var e Edit
		if f.Had {
			e, err = yt.SetField(m, f.Key, f.OldRaw, after(f.Key, f.Decision))
		} else {
			e, err = yt.DeleteField(m, f.Item, f.Key)
		}
		if err != nil {
			return nil, Problems{fmt.Sprintf("%s：%v", f.Item, err)}
		}
		edits = append(edits, e)
		fields = append(fields, Field{Item: f.Item, ID: f.ID, Decision: f.Decision, Key: f.Key,
			Old: f.New, OldRaw: rawOf(yt, m, v), Had: f.Has, New: f.Old, Has: f.Had})
	}
	out := Apply(src, edits)
	if _, _, err := load.Bytes(path, out); err != nil {
		return nil, err
	}
	e := Entry{Who: who, Source: "撤销", Before: Version(src), After: Version(out), Undoes: target.Seq, Fields: fields}
	if err := write(path, src, out, hist, &e, now); err != nil {
		return nil, err
	}
	return &Result{Before: src, After: out, Entry: e}, nil
}

func rawOf(yt *Doc, m, v *yaml.Node) string {
	if v == nil {
		return ""
	}
	start, end, err := yt.span(v, m.Content[0].Column-1)
	if err != nil {
		return Scalar(v.Value, v)
	}
	return string(yt.src[start:end])
}

// Record writes out over path, if path still holds src, and records the
// change in the history: for edits planned outside Commit, such as the
// attendees a returned 参会回执 sets. A field with Meeting set (a meeting
// record added) can be undone; one naming a meeting's list (List set) is
// recorded but not undone on the page.
func Record(path string, src, out []byte, who, source string, fields []Field) (Entry, error) {
	unlock := lock(path)
	defer unlock()
	hist, err := History(path)
	if err != nil {
		return Entry{}, err
	}
	e := Entry{Who: who, Source: source, Before: Version(src), After: Version(out), Fields: fields}
	if err := write(path, src, out, hist, &e, nil); err != nil {
		return Entry{}, err
	}
	return e, nil
}
