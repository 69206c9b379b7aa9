package docx

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"text/template"
	"text/template/parse"
	"time"

	"gongwen/internal/funcs"
)

// pkgSource is what the engine needs of an opened .docx; *opc.Package
// provides it (through opcPackage), tests an in-memory one.
type pkgSource interface {
	Names() []string
	Read(name string) ([]byte, error)
	Write(w io.Writer, changes map[string][]byte) error
}

// Options configure Parse.
type Options struct {
	// Funcs are the template functions (usually funcs.Map); the document
	// functions of this package (Funcs) are added to them.
	Funcs template.FuncMap
	// Missing is the policy for data the template reads and the data lacks
	// (map keys, struct fields, nil on the way): "error" (the default)
	// reports every such place, "empty" prints nothing for them.
	Missing string
	// MaxOutput caps the uncompressed size of the templated parts of one
	// rendered document, and separately the text, lists and dicts the
	// template's functions build during the render; 0 means 512 MiB.
	MaxOutput int64
	// HoldPhones writes a telephone number's hyphen (027-87231068) between
	// word joiners, so no line breaks there (see nbHyphen): gongwen's own
	// documents set it. Without it a value is printed as the data gives
	// it — a mail merge of arbitrary data (render --raw, the peers'
	// harness) must not gain characters the data did not have.
	HoldPhones bool
	// Timeout limits one Execute; 0 means one minute.
	Timeout time.Duration
}

// ExecOptions configure one Execute. Zero values take the template's
// Options.
type ExecOptions struct {
	Context   context.Context
	MaxOutput int64
	Timeout   time.Duration
	// Files is where {{image PATH WIDTH}} reads pictures; nil means the
	// operating system's files (PATH relative to the working directory).
	Files fs.FS
	// Level is the flate level for the rendered parts (see opc.WriteOptions);
	// 0 is the default compression, 1 (flate.BestSpeed) is several times faster.
	Level int
	// Finish, when set, is given the rendered main document part
	// (MainPart) whole, and what it returns is written instead. A build's
	// page rules (gbt9704.FitClosingDocument, ColophonStyles.Place) measure
	// the finished text and rewrite it here, before it is compressed: done
	// on the written package they unzipped it, parsed its styles and
	// zipped it again, for every notice.
	Finish func(doc []byte) ([]byte, error)
}

// MainPart is the package part ExecOptions.Finish is given.
const MainPart = "word/document.xml"

const (
	defaultMaxOutput = 512 << 20
	defaultTimeout   = time.Minute
)

// Template is a compiled .docx template. It is immutable after Parse and
// safe for concurrent use by multiple goroutines.
type Template struct {
	name  string
	pkg   pkgSource
	opts  Options
	parts []*compiledPart
	nums  numInfo
	ids   idMax // largest ids in the templated parts: fresh ids start above them
	// streamable is set when no part adds package parts during execution
	// (pictures, numbering), so parts can be streamed into the zip.
	streamable bool
	fm         template.FuncMap
	noteMax    [noteKinds]int64 // largest note ids: copies of notes start above
	numXML     []byte
	styles     paraStyles // for pstyle, read on first use
	// sets holds copies of the parts' templates whose functions charge
	// one render's budget (see meteredSet).
	sets sync.Pool
}

// meteredSet is the parts' templates with functions that charge what they
// build to the render in st (funcs.Metered). A render takes a set from
// the pool, so copying the templates and wrapping the functions is paid
// once per concurrent render, not once per render.
type meteredSet struct {
	tmpls []*template.Template // by index in Template.parts
	st    *execState
}

func (t *Template) takeSet(st *execState) (*meteredSet, error) {
	ms, _ := t.sets.Get().(*meteredSet)
	if ms == nil {
		ms = &meteredSet{}
		// Only the functions the template calls: wrapping them all
		// costs more than a small render.
		used := template.FuncMap{}
		for _, cp := range t.parts {
			for _, tt := range cp.tmpl.Templates() {
				if tt.Tree != nil {
					calledFuncs(tt.Tree.Root, t.fm, used)
				}
			}
		}
		fm := funcs.Metered(used, func(n int64) error { return ms.st.charge(n) })
		for _, cp := range t.parts {
			tm, err := cp.tmpl.Clone()
			if err != nil {
				return nil, fmt.Errorf("复制模板 %s：%w", t.name, err)
			}
			ms.tmpls = append(ms.tmpls, tm.Funcs(fm))
		}
	}
	ms.st = st
	return ms, nil
}

// calledFuncs adds the functions of fm that n calls to used.
func calledFuncs(n parse.Node, fm, used template.FuncMap) {
	switch x := n.(type) {
	case *parse.ListNode:
		if x != nil {
			for _, k := range x.Nodes {
				calledFuncs(k, fm, used)
			}
		}
	case *parse.ActionNode:
		calledFuncs(x.Pipe, fm, used)
	case *parse.PipeNode:
		if x != nil {
			for _, c := range x.Cmds {
				for _, a := range c.Args {
					calledFuncs(a, fm, used)
				}
			}
		}
	case *parse.ChainNode:
		calledFuncs(x.Node, fm, used)
	case *parse.IdentifierNode:
		if f, ok := fm[x.Ident]; ok {
			used[x.Ident] = f
		}
	case *parse.IfNode:
		calledFuncs(x.Pipe, fm, used)
		calledFuncs(x.List, fm, used)
		calledFuncs(x.ElseList, fm, used)
	case *parse.RangeNode:
		calledFuncs(x.Pipe, fm, used)
		calledFuncs(x.List, fm, used)
		calledFuncs(x.ElseList, fm, used)
	case *parse.WithNode:
		calledFuncs(x.Pipe, fm, used)
		calledFuncs(x.List, fm, used)
		calledFuncs(x.ElseList, fm, used)
	case *parse.TemplateNode:
		calledFuncs(x.Pipe, fm, used)
	}
}

func (t *Template) putSet(ms *meteredSet) {
	ms.st = nil
	t.sets.Put(ms)
}

type compiledPart struct {
	name       string
	area       string // the part as Word shows it (see areaLabels)
	src        partSource
	tmpl       *template.Template
	lineStarts []int
	sizeHint   atomic.Int64
	probeOnce  sync.Once
	probe      *template.Template // lenient copy that reports every missing value
}

// templatedPart reports whether the engine compiles the part.
var templatedPartRE = lazyRE(`^word/(document\d*|header\d+|footer\d+|footnotes|endnotes)\.xml$`)

func templatedPart(name string) bool {
	return templatedPartRE.MatchString(name) || name == "docProps/core.xml"
}

// parsePackage compiles every templated part of pkg.
func parsePackage(name string, pkg pkgSource, opts Options) (*Template, error) {
	switch opts.Missing {
	case "", "error", "empty":
	default:
		return nil, fmt.Errorf("缺失键的处理方式 %q 无效：应为 error 或 empty", opts.Missing)
	}
	t := &Template{name: name, pkg: pkg, opts: opts}
	fm := t.funcMap()
	t.fm = fm
	var errs Errors
	type pending struct {
		c    *compiler
		name string
	}
	var compiled []pending
	areas := areaLabels(pkg)
	for _, part := range pkg.Names() {
		if !templatedPart(part) {
			continue
		}
		src, err := pkg.Read(part)
		if err != nil {
			return nil, fmt.Errorf("读取模板 %s 的 %s：%w", name, part, err)
		}
		t.ids.scan(src)
		if !bytes.Contains(src, []byte("{")) && !bytes.Contains(src, []byte("｛")) {
			continue
		}
		c := &compiler{file: name, part: part, src: src, funcs: fm, paraOf: map[*node]*para{}}
		if err := c.compile(part == "docProps/core.xml", areas[part]); err != nil {
			errs = append(errs, &Error{Loc: Location{Template: name, Part: part, Area: areas[part]}, Msg: err.Error(), Err: err})
			continue
		}
		sort.SliceStable(c.errs, func(i, j int) bool { return c.errs[i].Loc.Para < c.errs[j].Loc.Para })
		errs = append(errs, c.errs...)
		if len(c.res.acts) > 0 && len(c.errs) == 0 {
			compiled = append(compiled, pending{c, part})
		}
	}
	if len(errs) > 0 {
		return nil, errs
	}
	missing := "missingkey=error"
	if opts.Missing == "empty" {
		missing = "missingkey=zero"
	}
	for _, pc := range compiled {
		cp := &compiledPart{name: pc.name, area: areas[pc.name], src: pc.c.res}
		tm, err := template.New(pc.name).Delims(leftDelim, rightDelim).Option(missing).Funcs(fm).Parse(cp.src.text)
		if err != nil {
			errs = append(errs, cp.parseError(name, err))
			continue
		}
		esc := "__esc"
		if cp.src.plain {
			esc = "__escx"
		}
		for _, tt := range tm.Templates() {
			if tt.Tree != nil {
				if opts.Missing == "empty" {
					lenient(tt.Tree.Root, false)
				}
				rewrite(tt.Tree.Root, esc, cp.rangeID)
			}
		}
		cp.tmpl = tm
		cp.lineStarts = lineStarts(cp.src.text)
		if pc.c.numbering && t.numXML == nil {
			if b, err := pkg.Read("word/numbering.xml"); err == nil {
				t.numXML = b
				t.nums = readNumbering(b)
			}
		}
		t.parts = append(t.parts, cp)
	}
	if len(errs) > 0 {
		return nil, errs
	}
	t.streamable = true
	for _, pc := range compiled {
		if pc.c.numbering || pc.c.images || noteRefRE.Match(pc.c.src) {
			// These add or change parts that may come before the
			// templated ones in the zip.
			t.streamable = false
		}
	}
	for k, np := range noteParts {
		if b, err := pkg.Read(np.part); err == nil {
			t.noteMax[k] = maxNoteID(b)
		}
	}
	return t, nil
}

// compile runs the stages for one part; area is the part as Word shows it
// (empty: named from the part).
func (c *compiler) compile(plain bool, area string) error {
	c.area = area
	root, err := parseXML(c.src)
	if err != nil {
		return err
	}
	c.root = root
	c.res.name = c.part
	if plain {
		c.res.plain = true
		c.collectPlain()
	} else {
		c.collect()
	}
	if len(c.acts) == 0 {
		return nil
	}
	if !c.pair() {
		return nil
	}
	c.syntax()
	if !plain {
		c.place()
		c.moveOut()
	}
	c.levels()
	if len(c.errs) > 0 {
		return nil
	}
	c.prepareFuncs()
	if plain {
		c.emitPlain(c.root)
	} else {
		c.emitNode(c.root)
	}
	c.res.text = c.out.String()
	return nil
}

// wordRE is compiled on first use: with their Unicode classes these four
// were a megabyte-scale quarter of the package's start-up cost.
var wordRE = func(w string) *lazyRegexp { return lazyRE(`(^|[^\pL\pN_.$])` + w + `($|[^\pL\pN_])`) }

var (
	parasRE   = wordRE("paras")
	vmergeRE  = wordRE("vmerge")
	restartRE = wordRE("restartnum")
	imageRE   = wordRE("image")
	showifRE  = wordRE("showif")
)

// prepareFuncs records what the document functions used by the part need
// from the compiler: host formatting for paras, merge sites for vmerge,
// numbering ids for restartnum. A plain substring test comes before each
// regexp: matching every action against five regexps was a third of
// compiling a template.
func (c *compiler) prepareFuncs() {
	c.vmCells, c.vmTables = map[*node]string{}, map[*node]bool{}
	for _, a := range c.acts {
		if a.p == nil || a.p.n == nil {
			continue
		}
		if strings.Contains(a.inner, "paras") && parasRE.MatchString(a.inner) && a.place == placeInline {
			c.res.hosts = append(c.res.hosts, c.hostOf(a))
			a.host = len(c.res.hosts)
		}
		if strings.Contains(a.inner, "vmerge") && vmergeRE.MatchString(a.inner) && a.p.cellNode != nil {
			if _, ok := c.vmCells[a.p.cellNode]; !ok {
				c.vmCells[a.p.cellNode] = strconv.Itoa(len(c.vmCells))
				c.vmTables[tableOf(a.p.cellNode)] = true
			}
		}
		if strings.Contains(a.inner, "restartnum") && restartRE.MatchString(a.inner) {
			c.numbering = true
			a.locate = true
		}
		if strings.Contains(a.inner, "image") && imageRE.MatchString(a.inner) {
			c.images = true
			a.locate = true
		}
		if mayCallProp(a.inner) && propFuncsRE.MatchString(a.inner) && a.place == placeInline {
			if c.propParas == nil {
				c.propParas = map[*para]bool{}
			}
			c.propParas[a.p] = true
			a.locate = true
			// showif may drop the paragraph: a container that must keep
			// one gets an empty one then, as for removed paragraphs.
			if par := a.p.n.parent; showifRE.MatchString(a.inner) && c.cells != nil && par != nil &&
				(par.is("tc") || par.is("hdr") || par.is("ftr") || par.is("footnote") || par.is("endnote") || par.is("txbxContent")) {
				c.cells[par] = true
				if tr := par.parent; par.is("tc") && tr != nil && tr.is("tr") && tr.parent != nil && tr.parent.is("tbl") {
					if c.showRows == nil {
						c.showRows = map[*node]bool{}
					}
					c.showRows[tr] = true
					c.tables[tr.parent] = true
					// Every cell of the row says whether it kept a paragraph.
					for _, k := range tr.kids {
						if k.is("tc") {
							c.cells[k] = true
						}
					}
				}
			}
		}
	}
}

// mayCallProp is a quick test that s may call one of propFuncsRE's functions.
func mayCallProp(s string) bool {
	for _, f := range propFuncNames {
		if strings.Contains(s, f) {
			return true
		}
	}
	return false
}

func tableOf(n *node) *node {
	for ; n != nil; n = n.parent {
		if n.is("tbl") {
			return n
		}
	}
	return nil
}

// rewrite makes every printing action pass its value through the escaper,
// counts range iterations and template calls for the limits.
func rewrite(n parse.Node, esc string, rangeID func(parse.Pos) string) {
	switch x := n.(type) {
	case *parse.ListNode:
		if x == nil {
			return
		}
		var out []parse.Node
		for _, k := range x.Nodes {
			if tn, ok := k.(*parse.TemplateNode); ok {
				out = append(out, textNode(marker('(', ""), tn.Pos), tn, textNode(marker(')', ""), tn.Pos))
				continue
			}
			if an, ok := k.(*parse.ActionNode); ok && len(an.Pipe.Decl) == 0 && plainValue(an.Pipe) {
				// A data value, never Raw: the writer escapes the one Write
				// that prints it, which saves a reflective call per value.
				op := byte('<')
				if esc == "__escx" {
					op = '['
				}
				out = append(out, textNode(marker(op, ""), an.Pos), an)
				continue
			}
			rewrite(k, esc, rangeID)
			if rn, ok := k.(*parse.RangeNode); ok {
				// Count the loop's iterations from here, for error paths.
				out = append(out, textNode(marker('s', rangeID(rn.Pos)), rn.Pos))
			}
			out = append(out, k)
		}
		x.Nodes = out
	case *parse.ActionNode:
		if len(x.Pipe.Decl) == 0 {
			x.Pipe.Cmds = append(x.Pipe.Cmds, &parse.CommandNode{
				NodeType: parse.NodeCommand,
				Pos:      x.Pos,
				Args:     []parse.Node{parse.NewIdentifier(esc).SetTree(nil).SetPos(x.Pos)},
			})
		}
	case *parse.IfNode:
		rewrite(x.List, esc, rangeID)
		rewrite(x.ElseList, esc, rangeID)
	case *parse.WithNode:
		rewrite(x.List, esc, rangeID)
		rewrite(x.ElseList, esc, rangeID)
	case *parse.RangeNode:
		rewrite(x.List, esc, rangeID)
		rewrite(x.ElseList, esc, rangeID)
		if x.List != nil {
			x.List.Nodes = append([]parse.Node{textNode(marker('t', rangeID(x.Pos)), x.Pos)}, x.List.Nodes...)
		}
	}
}

// plainValue reports whether a pipeline just reads data (a field, a
// variable, dot), so its value is printed by text/template itself.
func plainValue(p *parse.PipeNode) bool {
	if len(p.Cmds) != 1 || len(p.Cmds[0].Args) != 1 {
		return false
	}
	switch p.Cmds[0].Args[0].(type) {
	case *parse.FieldNode, *parse.VariableNode, *parse.DotNode, *parse.ChainNode:
		return true
	}
	return false
}

func textNode(s string, pos parse.Pos) *parse.TextNode {
	return &parse.TextNode{NodeType: parse.NodeText, Pos: pos, Text: []byte(s)}
}

func lineStarts(s string) []int {
	ls := []int{0}
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			ls = append(ls, i+1)
		}
	}
	return ls
}

// actionAt returns the action whose text holds byte offset off of the
// compiled text.
func (cp *compiledPart) actionAt(off int) *action {
	i := sort.SearchInts(cp.src.offs, off+1) - 1
	if i < 0 || i >= len(cp.src.acts) {
		return nil
	}
	return cp.src.acts[i]
}

// rangeID names the range at pos by its opener's number in the part.
func (cp *compiledPart) rangeID(pos parse.Pos) string {
	if a := cp.actionAt(int(pos)); a != nil {
		return strconv.Itoa(a.seq)
	}
	return "-1"
}

func (cp *compiledPart) parseError(file string, err error) *Error {
	e := &Error{Loc: Location{Template: file, Part: cp.name, Area: cp.area}, Msg: "语法错误：" + TemplateMessage(cleanTemplateMsg(err.Error())), Err: err}
	if m := regexp.MustCompile(`^template: [^:]*:(\d+):`).FindStringSubmatch(err.Error()); m != nil {
		line, _ := strconv.Atoi(m[1])
		ls := lineStarts(cp.src.text)
		if line >= 1 && line <= len(ls) {
			end := len(cp.src.text)
			if line < len(ls) {
				end = ls[line]
			}
			if a := cp.actionAt(end - 1); a != nil {
				e.Loc = locOf(file, cp.name, a)
			}
		}
	}
	return e
}

func locOf(file, part string, a *action) Location {
	l := Location{Template: file, Part: part}
	placeOf(&l, a)
	return l
}

// Execute renders the template with data and writes the .docx to w.
// Unless the template adds parts (pictures, numbering restarts), rendered
// parts are streamed into the zip as they are produced, so a big document
// never sits whole in memory.
func (t *Template) Execute(w io.Writer, data any, opts ExecOptions) error {
	if sp, ok := t.pkg.(streamPackage); ok && t.streamable {
		st := t.newState(opts)
		ms, err := t.takeSet(st)
		if err != nil {
			return err
		}
		defer t.putSet(ms)
		var execErr error
		streams := make(map[string]func(io.Writer) error, len(t.parts))
		for i, cp := range t.parts {
			streams[cp.name] = func(out io.Writer) error {
				// The part Finish rewrites is held whole, then given to
				// the compressor as if it had been rendered so.
				var whole *bytes.Buffer
				dst := out
				if opts.Finish != nil && cp.name == MainPart {
					whole = new(bytes.Buffer)
					dst = whole
				}
				wr := &writer{st: st, part: cp, buf: streamBuf(min(cp.sizeHint.Load()+512, flushSize*2)), out: dst}
				if err := t.execPart(cp, ms.tmpls[i], wr, data); err != nil {
					execErr = err
					return err
				}
				// Flushed and done with: nothing keeps a slice of it.
				releaseStreamBuf(wr.buf)
				if whole != nil {
					doc, err := opts.Finish(whole.Bytes())
					if err != nil {
						execErr = err
						return err
					}
					_, err = out.Write(doc)
					return err
				}
				return nil
			}
		}
		err = sp.writeStream(w, streams, opts.Level)
		if execErr != nil {
			return execErr
		}
		if err != nil {
			return fmt.Errorf("写出 %s：%w", t.name, err)
		}
		return nil
	}
	changes, err := t.Render(data, opts)
	if err != nil {
		return err
	}
	if doc, ok := changes[MainPart]; ok && opts.Finish != nil {
		if changes[MainPart], err = opts.Finish(doc); err != nil {
			return err
		}
	}
	var err2 error
	if lw, ok := t.pkg.(interface {
		writeLevel(io.Writer, map[string][]byte, int) error
	}); ok && opts.Level != 0 {
		err2 = lw.writeLevel(w, changes, opts.Level)
	} else {
		err2 = t.pkg.Write(w, changes)
	}
	if err := err2; err != nil {
		return fmt.Errorf("写出 %s：%w", t.name, err)
	}
	return nil
}

// streamBufs recycles the buffers of streamed parts: a mail merge of 1000
// notices allocated 12 MB of them, a quarter of all it allocated.
var streamBufs sync.Pool // of *[]byte

func streamBuf(size int64) []byte {
	if p, ok := streamBufs.Get().(*[]byte); ok && int64(cap(*p)) >= size {
		return (*p)[:0]
	}
	return make([]byte, 0, size)
}

func releaseStreamBuf(b []byte) {
	if cap(b) <= 4*flushSize { // a part that could not be flushed may have grown it
		streamBufs.Put(&b)
	}
}

// streamPackage is a pkgSource that can take parts as functions writing them.
type streamPackage interface {
	writeStream(w io.Writer, streams map[string]func(io.Writer) error, level int) error
}

func (t *Template) newState(opts ExecOptions) *execState {
	st := &execState{t: t, ctx: opts.Context, limit: opts.MaxOutput, phones: t.opts.HoldPhones}
	if st.limit <= 0 {
		st.limit = t.opts.MaxOutput
	}
	if st.limit <= 0 {
		st.limit = defaultMaxOutput
	}
	timeout := opts.Timeout
	if timeout <= 0 {
		timeout = t.opts.Timeout
	}
	if timeout <= 0 {
		timeout = defaultTimeout
	}
	st.deadline = time.Now().Add(timeout)
	st.paraID.hex = true
	st.docPr.next, st.bookmark.next, st.paraID.next = t.ids.docPr, t.ids.bookmark, t.ids.paraID
	st.notes.next = t.noteMax
	st.files = opts.Files
	return st
}

// execPart runs one part's template into w and flushes it.
func (t *Template) execPart(cp *compiledPart, tm *template.Template, w *writer, data any) error {
	if err := tm.Execute(w, data); err != nil {
		e := t.execError(cp, w, err)
		if e.missing && t.opts.Missing != "empty" {
			// Report the other missing values too, in this part and in
			// the parts not rendered yet.
			errs := t.probeMissing(cp, data, e)
			after := false
			for _, p := range t.parts {
				if after && len(errs) < maxProbeErrors {
					errs = append(errs, t.probeMissing(p, data, nil)...)
				}
				after = after || p == cp
			}
			return errs
		}
		return Errors{e}
	}
	if err := w.clock(); err != nil {
		return Errors{t.execError(cp, w, err)}
	}
	n := w.flushed + int64(len(w.buf))
	if err := w.flush(); err != nil {
		return err
	}
	w.st.done += n
	cp.sizeHint.Store(n)
	return nil
}

// Render executes the template and returns the parts it changed or added,
// by name, without writing the package.
func (t *Template) Render(data any, opts ExecOptions) (map[string][]byte, error) {
	st := t.newState(opts)
	ms, err := t.takeSet(st)
	if err != nil {
		return nil, err
	}
	defer t.putSet(ms)
	changes := make(map[string][]byte, len(t.parts)+1)
	for i, cp := range t.parts {
		w := &writer{st: st, part: cp, buf: make([]byte, 0, cp.sizeHint.Load()+512)}
		if err := t.execPart(cp, ms.tmpls[i], w, data); err != nil {
			return nil, err
		}
		changes[cp.name] = w.buf
	}
	if b := patchNumbering(t.numXML, st.nums.added); b != nil {
		changes["word/numbering.xml"] = b
	}
	st.img.finish(changes)
	st.notes.finish(t, changes)
	for n, b := range st.extra {
		changes[n] = b
	}
	return changes, nil
}

var execRE = lazyRE(`(?s)^template: [^:]*:(\d+):(\d+): executing "[^"]*" at <(.*?)>: (.*)$`)

// execError locates an execution error at its action and translates it.
func (t *Template) execError(cp *compiledPart, w *writer, err error) *Error {
	e := &Error{Loc: Location{Template: t.name, Part: cp.name, Area: cp.area}, Err: err}
	var ae *actionError
	if errors.As(err, &ae) {
		for _, a := range cp.src.acts {
			if a.seq == ae.seq {
				e.Loc = locOf(t.name, cp.name, a)
			}
		}
		e.Msg = ae.err.Error()
		return e
	}
	m := execRE.FindStringSubmatch(err.Error())
	var be *builtError
	if errors.As(err, &be) && m != nil {
		// A function passed the render's budget: at its action.
		e.Msg = be.Error()
		line, _ := strconv.Atoi(m[1])
		col, _ := strconv.Atoi(m[2])
		if line >= 1 && line <= len(cp.lineStarts) {
			if a := cp.actionAt(cp.lineStarts[line-1] + col); a != nil {
				e.Loc = locOf(t.name, cp.name, a)
			}
		}
		return e
	}
	if errors.Is(err, ErrTooLarge) || errors.Is(err, ErrTimeout) || errors.Is(err, errTooDeep) {
		e.Msg = err.Error()
		return e
	}
	if m == nil {
		e.Msg = translateExec(cleanTemplateMsg(err.Error()))
		return e
	}
	line, _ := strconv.Atoi(m[1])
	col, _ := strconv.Atoi(m[2])
	if line >= 1 && line <= len(cp.lineStarts) {
		if a := cp.actionAt(cp.lineStarts[line-1] + col); a != nil {
			e.Loc = locOf(t.name, cp.name, a)
			e.Path = dataPath(a, m[3], w.iteration)
		}
	}
	if msg := m[4]; noKeyRE.MatchString(msg) || noFieldRE.MatchString(msg) || nilPtrRE.MatchString(msg) {
		e.missing = true
	}
	e.Msg = translateExec(m[4])
	return e
}

var (
	noKeyRE   = lazyRE(`^map has no entry for key "(.*)"$`)
	noFieldRE = lazyRE(`^can't evaluate field (\S+) in type (.+)$`)
	nilPtrRE  = lazyRE(`^nil pointer evaluating (.+)\.(\S+)$`)
	callRE    = lazyRE(`(?s)^error calling (\S+): (.*)$`)
)

func translateExec(msg string) string {
	if zh := TemplateMessage(msg); zh != msg {
		return zh
	}
	return "执行出错：" + msg
}

// dataPath is the static path of node (as text/template prints it) inside
// the loops and withs around the action: ".Tasks[].Lead".
func dataPath(a *action, nodeText string, iteration func(*action) int) string {
	nodeText = strings.TrimSuffix(strings.TrimSpace(nodeText), " | __esc")
	if strings.HasPrefix(nodeText, "{{") {
		return "" // a whole action ({{template "x"}}), not a data path
	}
	if strings.HasPrefix(nodeText, "$") {
		return nodeText
	}
	ctx := ""
	for _, o := range a.enclosing() {
		if o.kw != "range" && o.kw != "with" {
			continue
		}
		expr := strings.TrimSpace(strings.Trim(strings.TrimSpace(o.inner), "-"))
		expr = strings.TrimSpace(strings.TrimPrefix(expr, o.kw))
		if i := strings.Index(expr, ":="); i >= 0 {
			expr = strings.TrimSpace(expr[i+2:])
		}
		if f := strings.Fields(expr); len(f) == 1 {
			expr = f[0]
		} else {
			expr = "(" + expr + ")"
		}
		switch {
		case strings.HasPrefix(expr, "."):
			ctx += expr
		default:
			ctx = expr
		}
		if o.kw == "range" {
			if i := iteration(o); i >= 0 {
				ctx += "[" + strconv.Itoa(i) + "]"
			} else {
				ctx += "[]"
			}
		}
	}
	if nodeText == "." {
		if ctx == "" {
			return "."
		}
		return ctx
	}
	if strings.HasPrefix(nodeText, ".") {
		return ctx + nodeText
	}
	return nodeText
}

// idMax records the largest drawing, bookmark and paragraph ids of the
// templated parts, so that ids made for copies never meet an original one,
// not even in a part that is not rendered.
type idMax struct{ docPr, bookmark, paraID int64 }

var noteRefRE = lazyRE(`<w:(?:footnoteReference|endnoteReference|commentRangeStart|commentReference)\b`)

var (
	docPrIDRE    = lazyRE(`<wp:docPr\s[^>]*?\bid="(\d+)"`)
	bookmarkIDRE = lazyRE(`<w:bookmarkStart\s[^>]*?\bw:id="(\d+)"`)
	paraIDRE     = lazyRE(`\bw14:paraId="([0-9A-Fa-f]{1,8})"`)
)

func (m *idMax) scan(src []byte) {
	if !bytes.Contains(src, []byte("docPr")) && !bytes.Contains(src, []byte("bookmarkStart")) && !bytes.Contains(src, []byte("paraId")) {
		return
	}
	for _, x := range []struct {
		re   *lazyRegexp
		base int
		max  *int64
	}{{docPrIDRE, 10, &m.docPr}, {bookmarkIDRE, 10, &m.bookmark}, {paraIDRE, 16, &m.paraID}} {
		for _, g := range x.re.FindAllSubmatch(src, -1) {
			if v, err := strconv.ParseInt(string(g[1]), x.base, 64); err == nil && v > *x.max && v < 1<<31 {
				*x.max = v
			}
		}
	}
}
