package docx

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// Raw is WordprocessingML that a document function inserts as is. Every
// other value a template prints is escaped; only values of this type (made
// by this package's functions) carry markup, so data can never inject XML.
type Raw string

// ErrTooLarge is returned (wrapped) when a render exceeds its output cap.
var ErrTooLarge = errors.New("输出超过大小上限")

// ErrTimeout is returned (wrapped) when a render exceeds its time limit or
// its context is cancelled.
var ErrTimeout = errors.New("渲染超时")

// errTooDeep stops runaway template recursion long before the stack grows.
var errTooDeep = errors.New("模板嵌套调用超过 200 层（是否递归调用了自身？）")

const maxTemplateDepth = 200

// idSet hands out unique values for one kind of id: the first use of a
// value keeps it, later copies get fresh values.
type idSet struct {
	used map[string]bool
	next int64
	hex  bool
}

// fresh returns a value not used yet.
func (s *idSet) fresh() string {
	if s.used == nil {
		s.used = map[string]bool{}
	}
	for {
		s.next++
		n := strconv.FormatInt(s.next, 10)
		if !s.used[n] {
			s.used[n] = true
			return n
		}
	}
}

func (s *idSet) take(v string) string {
	if s.used == nil {
		s.used = map[string]bool{}
	}
	if !s.used[v] {
		s.used[v] = true
		return v
	}
	for {
		s.next++
		var n string
		if s.hex {
			n = fmt.Sprintf("%08X", s.next&0x7fffffff)
		} else {
			n = strconv.FormatInt(s.next, 10)
		}
		if !s.used[n] {
			s.used[n] = true
			return n
		}
	}
}

// execState is the state of one Execute, shared by all parts of the
// document: the id sets, new numbering instances, the limits.
type execState struct {
	t        *Template
	phones   bool // Options.HoldPhones
	ctx      context.Context
	deadline time.Time
	limit    int64
	done     int64 // bytes written by finished parts
	built    int64 // bytes the template's functions built (see funcs.Metered)
	docPr    idSet
	bookmark idSet
	paraID   idSet
	bmMap    map[string]string
	nums     numState
	vmPrev   map[string]string
	grid     map[int]int       // times each template grid column was written in the current table
	extra    map[string][]byte // parts added by document functions (media)
	img      *imageState
	notes    noteState
	files    fs.FS
}

// builtError is a render stopped because its functions built more than
// its output cap: {{range}}{{$s = printf "%s%s" $s $s}}{{end}} and its kind.
type builtError struct{ limit int64 }

func (e *builtError) Error() string {
	return fmt.Sprintf("%s（模板函数累计生成的文字超过 %d 字节；模板中可能有反复拼接文字的循环）", ErrTooLarge.Error(), e.limit)
}

func (e *builtError) Unwrap() error { return ErrTooLarge }

// charge counts n bytes built by a function against the render's cap,
// which bounds them as it bounds the output, separately: a value built
// and then printed is counted in both.
func (st *execState) charge(n int64) error {
	if st.built += n; st.built > st.limit {
		return &builtError{st.limit}
	}
	return nil
}

type tableMark struct {
	off  int
	rows int
}

// vmCell is a table cell whose vmerge value decides its merge state.
type vmCell struct {
	site     string
	insertAt int // where w:vMerge goes (inside w:tcPr)
	valStart int
	valEnd   int
	val      string
	hasVal   bool
}

// writer receives the output of one part's template. It interprets the
// markers the compiler and document functions put in the stream, enforces
// the size and time limits, and keeps the part in memory.
type writer struct {
	st                    *execState
	part                  *compiledPart
	buf                   []byte
	cells                 []bool
	tables                []tableMark
	vm                    []vmCell
	host                  int
	writes                uint
	depth                 int
	lastNumAt, lastNumLen int
	value                 byte        // '<' or '[': the next Write is a value to escape
	iters                 map[int]int // range (by its opener's seq) → iterations begun
	action                int         // 1 + the last action marked with 'a'; 0: none
	out                   io.Writer   // when streaming: where finished output goes
	flushed               int64       // bytes already written to out
	props                 []propFrame // open paragraphs whose properties actions set
	rows                  []rowFrame  // open rows that showif may empty
}

// rowFrame is a table row with showif in a cell, being written: it goes
// when showif dropped a paragraph of one of its cells and no cell kept any.
type rowFrame struct {
	off           int // where the row starts in buf
	depth         int // len(cells) outside the row: its cells are cells[depth]
	dropped, kept bool
}

// flushSize is how much output the writer keeps before streaming it out.
const flushSize = 64 << 10

// flush writes the buffer to out, if streaming.
func (w *writer) flush() error {
	if w.out == nil || len(w.buf) == 0 {
		return nil
	}
	if _, err := w.out.Write(w.buf); err != nil {
		return err
	}
	w.flushed += int64(len(w.buf))
	w.buf = w.buf[:0]
	return nil
}

// mayFlush streams the buffer out when it is big and nothing in it can
// still change: no table that may lose all its rows, no cell waiting for
// its vmerge decision.
func (w *writer) mayFlush() error {
	if w.out == nil || len(w.buf) < flushSize || len(w.vm) > 0 || len(w.props) > 0 || len(w.rows) > 0 {
		return nil
	}
	for _, t := range w.tables {
		if t.rows == 0 {
			return nil
		}
	}
	return w.flush()
}

// iteration returns the 0-based index of the current iteration of the range
// opened by o, or -1 if unknown.
func (w *writer) iteration(o *action) int {
	if n, ok := w.iters[o.seq]; ok && n > 0 {
		return n - 1
	}
	return -1
}

func (w *writer) check() error {
	if w.st.done+w.flushed+int64(len(w.buf)) > w.st.limit {
		return fmt.Errorf("%w（%d 字节）", ErrTooLarge, w.st.limit)
	}
	return nil
}

func (w *writer) clock() error {
	if !w.st.deadline.IsZero() && time.Now().After(w.st.deadline) {
		return fmt.Errorf("%w（超过时限）", ErrTimeout)
	}
	if w.st.ctx != nil {
		if err := w.st.ctx.Err(); err != nil {
			why := "已取消"
			if errors.Is(err, context.DeadlineExceeded) {
				why = "超过时限"
			}
			return fmt.Errorf("%w（%s）", ErrTimeout, why)
		}
	}
	return nil
}

func (w *writer) Write(p []byte) (int, error) {
	n := len(p)
	if w.value != 0 {
		// The value printed right after a '<' or '[' marker.
		// text/template prints missing values and nil pointers as these;
		// a document shows nothing.
		if string(p) != "<no value>" && string(p) != "<nil>" {
			w.buf = appendEscaped(w.buf, p, w.value == '<', w.st.phones)
		}
		w.value = 0
		p = nil
	}
	for len(p) > 0 {
		i := bytes.IndexByte(p, markStart)
		if i < 0 {
			w.buf = append(w.buf, p...)
			break
		}
		w.buf = append(w.buf, p[:i]...)
		j := bytes.IndexByte(p[i:], markEnd)
		if j < 2 {
			return 0, errors.New("docx: internal error: broken marker")
		}
		if err := w.marker(p[i+1], p[i+2:i+j]); err != nil {
			return 0, err
		}
		p = p[i+j+1:]
	}
	if err := w.check(); err != nil {
		return 0, err
	}
	if err := w.mayFlush(); err != nil {
		return 0, err
	}
	w.writes++
	if w.writes&255 == 0 {
		if err := w.clock(); err != nil {
			return 0, err
		}
	}
	return n, nil
}

// smallID parses a marker's numeric payload without allocating; -1 if it
// is not a number.
func smallID(b []byte) int {
	if len(b) == 0 || len(b) > 9 {
		return -1
	}
	n := 0
	for _, c := range b {
		if c < '0' || c > '9' {
			return -1
		}
		n = n*10 + int(c-'0')
	}
	return n
}

// actionError is a failure of a document function's work in the writer,
// tied to the action that called it.
type actionError struct {
	seq int
	err error
}

func (e *actionError) Error() string { return e.err.Error() }
func (e *actionError) Unwrap() error { return e.err }

func (w *writer) marker(op byte, raw []byte) error {
	err := w.marker1(op, raw)
	if err != nil && w.action > 0 && (op == 'S' || op == 'I' || op == 'Y') {
		return &actionError{seq: w.action - 1, err: err}
	}
	return err
}

func (w *writer) marker1(op byte, raw []byte) error {
	st := w.st
	switch op {
	case 't': // a range iteration
		if id := smallID(raw); id >= 0 && w.iters != nil {
			w.iters[id]++
		}
		w.writes++
		if w.writes&1023 == 0 {
			return w.clock()
		}
		return nil
	case 's': // a range starts
		if id := smallID(raw); id >= 0 {
			if w.iters == nil {
				w.iters = map[int]int{}
			}
			w.iters[id] = 0
		}
		return nil
	case '<', '[':
		w.value = op
		return nil
	}
	arg := string(raw)
	switch op {
	case '(':
		w.depth++
		if w.depth > maxTemplateDepth {
			return errTooDeep
		}
	case ')':
		w.depth--
	case 'D':
		w.buf = append(w.buf, st.docPr.take(arg)...)
	case 'B':
		v := st.bookmark.take(arg)
		if st.bmMap == nil {
			st.bmMap = map[string]string{}
		}
		st.bmMap[arg] = v
		w.buf = append(w.buf, v...)
	case 'E':
		if v, ok := st.bmMap[arg]; ok {
			arg = v
		}
		w.buf = append(w.buf, arg...)
	case 'P':
		w.buf = append(w.buf, st.paraID.take(arg)...)
	case 'N':
		v := st.nums.mapID(arg)
		w.lastNumAt, w.lastNumLen = len(w.buf), len(v)
		w.buf = append(w.buf, v...)
	case 'a':
		w.action = smallID(raw) + 1
	case 'S':
		return w.restartNumbering(arg)
	case 'q':
		w.lastNumLen = 0
	case 'C':
		w.cells = append(w.cells, false)
	case 'p':
		if n := len(w.cells); n > 0 {
			w.cells[n-1] = true
		}
	case 'x': // a table: the container's last block is no longer a paragraph
		if n := len(w.cells); n > 0 {
			w.cells[n-1] = false
			if r := len(w.rows); r > 0 && w.rows[r-1].depth == n-1 {
				w.rows[r-1].kept = true
			}
		}
	case 'c':
		if n := len(w.cells); n > 0 {
			if r := len(w.rows); r > 0 && w.rows[r-1].depth == n-1 && w.cells[n-1] {
				w.rows[r-1].kept = true
			}
			if !w.cells[n-1] {
				w.buf = append(w.buf, "<w:p/>"...)
			}
			w.cells = w.cells[:n-1]
		}
	case 'O':
		w.rows = append(w.rows, rowFrame{off: len(w.buf), depth: len(w.cells)})
	case 'o':
		w.endRow()
	case 'T':
		w.tables = append(w.tables, tableMark{off: len(w.buf)})
	case 'r':
		if n := len(w.tables); n > 0 {
			w.tables[n-1].rows++
		}
	case 'X':
		if n := len(w.tables); n > 0 {
			if w.tables[n-1].rows == 0 {
				// A table with no rows is invalid; the loop was empty.
				w.buf = w.buf[:w.tables[n-1].off]
			}
			w.tables = w.tables[:n-1]
		}
	case 'h':
		h, err := strconv.Atoi(arg)
		if err != nil {
			return fmt.Errorf("docx: internal error: host %q", arg)
		}
		w.host = h
	case 'n': // paragraph break from paras
		var h host
		if w.host >= 0 && w.host < len(w.part.src.hosts) {
			h = w.part.src.hosts[w.host]
		}
		w.buf = append(w.buf, "</w:t></w:r></w:p><w:p>"...)
		w.buf = append(w.buf, h.pPr...)
		w.buf = append(w.buf, "<w:r>"...)
		w.buf = append(w.buf, h.rPr...)
		w.buf = append(w.buf, `<w:t xml:space="preserve">`...)
		// One value may hold a million lines, each copying the host's
		// formatting: count them as they are made.
		return w.check()
	case 'V':
		w.vm = append(w.vm, vmCell{site: arg, insertAt: len(w.buf)})
	case 'M':
		if n := len(w.vm); n > 0 {
			w.vm[n-1].valStart = len(w.buf)
			w.vm[n-1].hasVal = true
		}
	case 'm':
		if n := len(w.vm); n > 0 {
			c := &w.vm[n-1]
			c.valEnd = len(w.buf)
			c.val = string(w.buf[c.valStart:c.valEnd])
		}
	case 'v':
		return w.endVMergeCell()
	case 'R':
		st.vmPrev = nil
	case 'I':
		return w.image(arg)
	case 'K':
		f := propFrame{start: len(w.buf), cell: len(w.cells) - 1}
		if f.cell >= 0 {
			f.hadPara = w.cells[f.cell]
		}
		w.props = append(w.props, f)
	case 'Y':
		return w.setProp(raw)
	case 'k':
		return w.endProps()
	case 'f':
		w.buf = append(w.buf, st.notes.ref(noteFoot, arg, true)...)
	case 'e':
		w.buf = append(w.buf, st.notes.ref(noteEnd, arg, true)...)
	case 'g':
		w.buf = append(w.buf, st.notes.ref(noteComment, arg, true)...)
	case 'G':
		w.buf = append(w.buf, st.notes.ref(noteComment, arg, false)...)
	case 'j': // a grid of repeated columns starts
		st.grid = map[int]int{}
	case 'J': // a template grid column written once more
		if n, err := strconv.Atoi(arg); err == nil {
			st.grid[n]++
		}
	case 'W': // a gridSpan over template columns from,n: the columns written
		from, n, _ := strings.Cut(arg, ",")
		a, _ := strconv.Atoi(from)
		b, _ := strconv.Atoi(n)
		sum := 0
		for c := a; c < a+b; c++ {
			sum += st.grid[c]
		}
		w.buf = strconv.AppendInt(w.buf, int64(max(sum, 1)), 10)
	default:
		return fmt.Errorf("docx: internal error: marker %q", op)
	}
	return nil
}

// endRow closes the innermost row frame, removing the row when showif
// emptied all its cells: the row is not counted, so a table whose rows
// all go goes too.
func (w *writer) endRow() {
	n := len(w.rows)
	if n == 0 {
		return
	}
	r := w.rows[n-1]
	w.rows = w.rows[:n-1]
	if !r.dropped || r.kept || r.off > len(w.buf) {
		return
	}
	w.buf = w.buf[:r.off]
	if t := len(w.tables); t > 0 && w.tables[t-1].rows > 0 {
		w.tables[t-1].rows--
	}
	keep := w.vm[:0]
	for _, c := range w.vm {
		if c.insertAt < r.off {
			keep = append(keep, c)
		}
	}
	w.vm = keep
	if w.lastNumAt >= r.off {
		w.lastNumLen = 0
	}
}

// endVMergeCell finishes a cell holding vmerge: equal to the cell above in
// the same column, it continues the merge and its text is dropped;
// otherwise it starts a merge.
func (w *writer) endVMergeCell() error {
	n := len(w.vm)
	if n == 0 {
		return nil
	}
	c := w.vm[n-1]
	w.vm = w.vm[:n-1]
	if !c.hasVal {
		return nil
	}
	st := w.st
	if st.vmPrev == nil {
		st.vmPrev = map[string]string{}
	}
	prev, ok := st.vmPrev[c.site]
	st.vmPrev[c.site] = c.val
	if c.valStart > c.valEnd || c.valEnd > len(w.buf) || c.insertAt > c.valStart {
		return nil // the cell's output was cut (an emptied table): nothing to merge
	}
	if ok && prev == c.val {
		// continue: drop the value, insert <w:vMerge/>
		tail := append([]byte(nil), w.buf[c.valEnd:]...)
		w.buf = append(w.buf[:c.valStart], tail...)
		w.insert(c.insertAt, "<w:vMerge/>")
		return nil
	}
	w.insert(c.insertAt, `<w:vMerge w:val="restart"/>`)
	return nil
}

func (w *writer) insert(at int, s string) {
	if at < 0 || at > len(w.buf) {
		at = len(w.buf) // cannot happen: vmerge cells hold the buffer
	}
	w.buf = append(w.buf, s...)
	copy(w.buf[at+len(s):], w.buf[at:len(w.buf)-len(s)])
	copy(w.buf[at:], s)
}

// Escapers. The compiler appends one of them to every printing pipeline.

const (
	brInRun  = `</w:t><w:br/><w:t xml:space="preserve">`
	tabInRun = `</w:t><w:tab/><w:t xml:space="preserve">`
)

func valueString(v any) (string, bool) {
	switch x := v.(type) {
	case nil:
		return "", false
	case Raw:
		return string(x), true
	case string:
		return x, false
	case []byte:
		return string(x), false
	case int:
		return strconv.Itoa(x), false
	case int64:
		return strconv.FormatInt(x, 10), false
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64), false
	case bool:
		return strconv.FormatBool(x), false
	case fmt.Stringer:
		return x.String(), false
	}
	return fmt.Sprint(v), false
}

// needsEscape reports whether s has anything an escaper must change.
func needsEscape(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 || c == '&' || c == '<' || c == '>' || c >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// escapeRun prints a value inside a w:t: XML-escaped, newlines as line
// breaks, tabs as tabs, forbidden characters removed, a telephone
// number's hyphen held (Options.HoldPhones).
func escapeRun(v any) string { return escapeRunAs(v, true) }

// escapeRunData is escapeRun without the telephone numbers' joiners.
func escapeRunData(v any) string { return escapeRunAs(v, false) }

func escapeRunAs(v any, phones bool) string {
	s, raw := valueString(v)
	if raw {
		return s
	}
	if phones && strings.IndexByte(s, '-') >= 0 {
		s = string(markPhones([]byte(s)))
	}
	if !needsEscape(s) {
		return s
	}
	if !strings.ContainsAny(s, "\n\r\t\u2028") {
		return string(escapeText(nil, s))
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	// U+2028 LINE SEPARATOR is a line break too: where the data breaks a
	// line inside what paras keeps one paragraph (a unit's long name in a
	// cell that lists one unit a paragraph).
	s = strings.ReplaceAll(s, "\u2028", "\n")
	var b []byte
	for {
		i := strings.IndexAny(s, "\n\t")
		if i < 0 {
			b = escapeText(b, s)
			break
		}
		b = escapeText(b, s[:i])
		if s[i] == '\n' {
			b = append(b, brInRun...)
		} else {
			b = append(b, tabInRun...)
		}
		s = s[i+1:]
	}
	return string(b)
}

// nbHyphen is a hyphen between two U+2060 WORD JOINERs, which forbid a
// line break on either side. LibreOffice breaks a line after U+2011
// NON-BREAKING HYPHEN and after w:noBreakHyphen in Chinese text
// (「（电话：027‑」 / 「87231068）」, tried); the joiners hold.
const nbHyphen = "\u2060-\u2060"

// phoneHyphen reports whether the hyphen at p[i] joins a telephone
// number's area code and number (027-87231068, 0791-86300000): three or
// four digits before, seven or eight after. A line broken there
// (「027-」 / 「87231068」) leaves a number nobody can dial.
func phoneHyphen(p []byte, i int) bool {
	digits := func(j, step int) int {
		n := 0
		for ; j >= 0 && j < len(p) && p[j] >= '0' && p[j] <= '9'; j += step {
			n++
		}
		return n
	}
	before, after := digits(i-1, -1), digits(i+1, 1)
	return before >= 3 && before <= 4 && after >= 7 && after <= 8 &&
		(i-before-1 < 0 || p[i-before-1] < '0' || p[i-before-1] > '9')
}

// markPhones writes each hyphen of a telephone number as nbHyphen.
func markPhones(p []byte) []byte {
	var out []byte
	last := 0
	for i, c := range p {
		if c == '-' && phoneHyphen(p, i) {
			out = append(out, p[last:i]...)
			out = append(out, nbHyphen...)
			last = i + 1
		}
	}
	if out == nil {
		return p
	}
	return append(out, p[last:]...)
}

// escapePlain prints a value in the character data of a plain XML part.
func escapePlain(v any) string {
	s, _ := valueString(v)
	if !needsEscape(s) {
		return s
	}
	return string(escapeText(nil, s))
}

// appendEscaped appends a printed value: XML-escaped, forbidden characters
// (markers included) and invalid UTF-8 dropped, and in a run newlines and
// tabs as w:br and w:tab.
func appendEscaped(b, p []byte, run, phones bool) []byte {
	last := 0
	for i := 0; i < len(p); {
		c := p[i]
		if run && c == 0xE2 && i+2 < len(p) && p[i+1] == 0x80 && p[i+2] == 0xA8 {
			// U+2028 LINE SEPARATOR: a line break, as in escapeRun.
			b = append(b, p[last:i]...)
			b = append(b, brInRun...)
			i += 3
			last = i
			continue
		}
		if c >= 0xE1 && c <= 0xEC && i+2 < len(p) && p[i+1]&0xC0 == 0x80 && p[i+2]&0xC0 == 0x80 {
			// Three bytes for U+1000–U+CFFF, where the Chinese text is:
			// all of it valid in XML, no need to decode it.
			i += 3
			continue
		}
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRune(p[i:])
			if (r == utf8.RuneError && size == 1) || !validXMLRune(r) {
				b = append(b, p[last:i]...)
				i += size
				last = i
				continue
			}
			i += size
			continue
		}
		var rep string
		switch {
		case c == '-' && run && phones && phoneHyphen(p, i):
			rep = nbHyphen
		case c == '&':
			rep = "&amp;"
		case c == '<':
			rep = "&lt;"
		case c == '>':
			rep = "&gt;"
		case c == '\n' && run:
			rep = brInRun
		case c == '\t' && run:
			rep = tabInRun
		case c == '\r' && run:
			if i+1 < len(p) && p[i+1] == '\n' {
				rep = ""
			} else {
				rep = brInRun
			}
		case c < 0x20 && c != '\t' && c != '\n' && c != '\r':
			rep = ""
		default:
			i++
			continue
		}
		b = append(b, p[last:i]...)
		b = append(b, rep...)
		i++
		last = i
	}
	return append(b, p[last:]...)
}
