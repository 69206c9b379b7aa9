// Package opc reads and writes the zip packages (Open Packaging Conventions)
// that .docx and .xlsx files are.
//
// Open refuses what a hostile file could use against us before any part is
// parsed: too many entries, parts or a total that inflate beyond the limits,
// a compression ratio no real document has (zip bombs), entry names that are
// absolute, contain "..", a backslash or a drive letter, and names that occur
// twice (compared without case, as Word does). Every entry is inflated once
// at Open, so a lying size header or a bad checksum is caught there too.
//
// A Package keeps the compressed bytes of every part in memory and does not
// use the reader after Open returns. It is immutable and safe for concurrent
// use: many goroutines may Read parts and Write new packages at once.
//
// Write produces a new package: parts that are not changed are copied with
// their original compressed bytes and checksum (never inflated again), changed
// and added parts are deflated, every entry gets the same fixed timestamp, and
// entries come in the original order followed by the added parts sorted by
// name. The same package and the same changes always give the same bytes.
//
// Directory entries ("word/") are not parts; Open skips them and Write does
// not reproduce them.
package opc

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"hash/maphash"
	"io"
	"io/fs"
	"os"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"

	kflate "github.com/klauspost/compress/flate"
)

// Limits bound what Open accepts. A zero field means "no limit" for that
// check; DefaultLimits suits templates and the documents users send.
type Limits struct {
	// MaxEntries is the most zip entries (directories included).
	MaxEntries int
	// MaxPartSize is the most bytes one part may inflate to.
	MaxPartSize int64
	// MaxTotalSize is the most bytes all parts together may inflate to. It
	// also bounds the size of the zip file itself.
	MaxTotalSize int64
	// MaxRatio is the highest uncompressed/compressed ratio allowed for a
	// part larger than RatioGrace. Deflate cannot do better than about
	// 1032:1; real XML stays well under 100:1.
	MaxRatio int
	// RatioGrace is the size below which the ratio is not checked: small
	// runs of spaces compress extremely well and harm nobody.
	RatioGrace int64
}

// DefaultLimits are the limits gongwen applies to templates and data
// workbooks: 10 000 entries, 256 MiB per part, 1 GiB in total and a ratio
// of at most 200:1 for parts above 1 MiB.
var DefaultLimits = Limits{
	MaxEntries:   10000,
	MaxPartSize:  256 << 20,
	MaxTotalSize: 1 << 30,
	MaxRatio:     200,
	RatioGrace:   1 << 20,
}

// ErrLimit is wrapped by every error that reports a limit being exceeded,
// so callers can tell a refused file from an unreadable one.
var ErrLimit = errors.New("超出限制")

// ErrName is wrapped by every error about an unsafe or duplicate entry name.
var ErrName = errors.New("条目名不安全")

// Package is an opened zip package. The zero value is not usable; call Open.
type Package struct {
	parts []*part
	index map[string]*part // by exact name
	// images, by part name, for writing a package that differs in that
	// part only (image.go); nil where the ordinary way is taken.
	imagesMu sync.Mutex
	images   map[string]*image
}

type part struct {
	name   string
	method uint16
	crc    uint32
	size   uint64 // uncompressed
	raw    []byte // compressed bytes exactly as in the original zip
}

// OpenFile opens the package in the file at path.
func OpenFile(path string, lim Limits) (*Package, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fileError(path, err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, fileError(path, err)
	}
	if st.IsDir() {
		return nil, fmt.Errorf("%s 是文件夹，不是文件", path)
	}
	if !st.Mode().IsRegular() {
		return nil, fmt.Errorf("%s 不是普通文件", path)
	}
	p, err := Open(f, st.Size(), lim)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return p, nil
}

// Open reads the zip package of size bytes from r, checks it against lim and
// returns it. r is not used after Open returns.
func Open(r io.ReaderAt, size int64, lim Limits) (p *Package, err error) {
	// archive/zip is robust, but a parser facing arbitrary bytes must not
	// take the process down; turn any panic into an error.
	defer func() {
		if rec := recover(); rec != nil {
			p, err = nil, fmt.Errorf("不是有效的 zip 文件：%v", rec)
		}
	}()
	if lim.MaxTotalSize > 0 && size > lim.MaxTotalSize {
		return nil, fmt.Errorf("文件大小 %d 字节超过上限 %d 字节: %w", size, lim.MaxTotalSize, ErrLimit)
	}
	// Refuse an absurd entry count before archive/zip allocates a File for
	// every entry of the central directory.
	if n, ok := declaredEntries(r, size); ok && lim.MaxEntries > 0 && n > uint64(lim.MaxEntries) {
		return nil, fmt.Errorf("条目 %d 个，超过上限 %d 个: %w", n, lim.MaxEntries, ErrLimit)
	}
	zr, err := zip.NewReader(r, size)
	if err != nil && !errors.Is(err, zip.ErrInsecurePath) {
		return nil, zipError(err)
	}
	if lim.MaxEntries > 0 && len(zr.File) > lim.MaxEntries {
		return nil, fmt.Errorf("条目 %d 个，超过上限 %d 个: %w", len(zr.File), lim.MaxEntries, ErrLimit)
	}
	p = &Package{index: make(map[string]*part, len(zr.File))}
	folded := make(map[string]string, len(zr.File))
	var total uint64
	for _, f := range zr.File {
		name := f.Name
		if err := checkName(name); err != nil {
			return nil, err
		}
		if strings.HasSuffix(name, "/") {
			continue // a directory entry, not a part
		}
		key := strings.ToLower(name)
		if prev, dup := folded[key]; dup {
			return nil, fmt.Errorf("条目 %q 与 %q 重名: %w", name, prev, ErrName)
		}
		folded[key] = name
		if f.Method != zip.Store && f.Method != zip.Deflate {
			return nil, fmt.Errorf("条目 %q 使用了不支持的压缩方式 %d", name, f.Method)
		}
		if f.Flags&0x1 != 0 {
			return nil, fmt.Errorf("条目 %q 已加密，无法读取", name)
		}
		if err := checkSizes(name, f.UncompressedSize64, f.CompressedSize64, total, lim); err != nil {
			return nil, err
		}
		rr, err := f.OpenRaw()
		if err != nil {
			return nil, fmt.Errorf("读取条目 %q：%w", name, zipError(err))
		}
		raw := make([]byte, f.CompressedSize64)
		if _, err := io.ReadFull(rr, raw); err != nil {
			return nil, fmt.Errorf("读取条目 %q：%w", name, zipError(err))
		}
		pt := &part{name: name, method: f.Method, crc: f.CRC32, size: f.UncompressedSize64, raw: raw}
		// Inflate once to prove the header honest: the real size and
		// checksum must match what Write will later copy unexamined.
		if err := pt.verifyOnce(); err != nil {
			return nil, err
		}
		total += pt.size
		p.parts = append(p.parts, pt)
		p.index[name] = pt
	}
	return p, nil
}

// zhError is an error from the standard library told in Chinese: Error is
// the Chinese text, Unwrap still gives the original for errors.Is.
type zhError struct {
	msg string
	err error
}

func (e *zhError) Error() string { return e.msg }
func (e *zhError) Unwrap() error { return e.err }

// zipError says in Chinese what archive/zip and compress/flate report in
// English. An error it does not know passes unchanged.
func zipError(err error) error {
	var corrupt flate.CorruptInputError
	switch {
	case errors.Is(err, zip.ErrFormat):
		return &zhError{"不是有效的 zip 文件（.docx/.xlsx 都是 zip 包）", err}
	case errors.Is(err, zip.ErrAlgorithm):
		return &zhError{"使用了不支持的压缩方式", err}
	case errors.Is(err, zip.ErrChecksum):
		return &zhError{"校验和不符，文件已损坏", err}
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		return &zhError{"文件不完整（可能被截断）", err}
	case errors.As(err, &corrupt):
		return &zhError{"压缩数据已损坏", err}
	}
	return err
}

// fileError says in Chinese why path could not be opened; the original
// error stays reachable, so errors.Is(err, fs.ErrNotExist) still holds.
func fileError(path string, err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return &zhError{"文件不存在：" + path, err}
	case errors.Is(err, fs.ErrPermission):
		return &zhError{"没有权限读取：" + path, err}
	}
	return err
}

// declaredEntries reads the entry count from the end-of-central-directory
// record (or its zip64 form). ok is false when the record is not found;
// archive/zip then reports the file as it sees it.
func declaredEntries(r io.ReaderAt, size int64) (n uint64, ok bool) {
	const eocdLen = 22
	if size < eocdLen {
		return 0, false
	}
	tail := min(size, eocdLen+65535) // the record plus the longest comment
	buf := make([]byte, tail)
	if _, err := r.ReadAt(buf, size-tail); err != nil && err != io.EOF {
		return 0, false
	}
	for i := len(buf) - eocdLen; i >= 0; i-- {
		if binary.LittleEndian.Uint32(buf[i:]) != 0x06054b50 {
			continue
		}
		n = uint64(binary.LittleEndian.Uint16(buf[i+10:]))
		if n != 0xffff {
			return n, true
		}
		// zip64: the locator stands just before the record and points at
		// the zip64 end-of-central-directory record.
		if i < 20 || binary.LittleEndian.Uint32(buf[i-20:]) != 0x07064b50 {
			return 0, false
		}
		off := int64(binary.LittleEndian.Uint64(buf[i-20+8:]))
		var rec [56]byte
		if off < 0 || off > size-56 {
			return 0, false
		}
		if _, err := r.ReadAt(rec[:], off); err != nil || binary.LittleEndian.Uint32(rec[:]) != 0x06064b50 {
			return 0, false
		}
		return binary.LittleEndian.Uint64(rec[32:]), true
	}
	return 0, false
}

func checkSizes(name string, usize, csize, total uint64, lim Limits) error {
	if lim.MaxPartSize > 0 && usize > uint64(lim.MaxPartSize) {
		return fmt.Errorf("条目 %q 解压后 %d 字节，超过单个部件上限 %d 字节: %w", name, usize, lim.MaxPartSize, ErrLimit)
	}
	if lim.MaxTotalSize > 0 && total+usize > uint64(lim.MaxTotalSize) {
		return fmt.Errorf("解压后总大小超过上限 %d 字节（在条目 %q 处）: %w", lim.MaxTotalSize, name, ErrLimit)
	}
	if lim.MaxRatio > 0 && usize > uint64(max(lim.RatioGrace, 0)) {
		if csize == 0 || usize/csize >= uint64(lim.MaxRatio) {
			return fmt.Errorf("条目 %q 压缩比 %d:%d 异常（疑似 zip 炸弹），上限 %d:1: %w", name, usize, csize, lim.MaxRatio, ErrLimit)
		}
	}
	return nil
}

// A partKey names a part's content by its compressed bytes (which
// inflate to one content only) with a hash seeded anew by each process,
// so that no file can be made to collide with another on purpose.
type partKey struct {
	sum    uint64
	size   uint64
	crc    uint32
	method uint16
}

var partSeed = maphash.MakeSeed()

func (pt *part) key() partKey {
	return partKey{sum: maphash.Bytes(partSeed, pt.raw), size: pt.size, crc: pt.crc, method: pt.method}
}

// passed remembers parts that passed verify and CheckXML, so that a part
// is inflated and checked once per process: the built-in templates share
// every part but their body (a build opened and checked the same styles,
// theme and settings a dozen times, a sixth of its time), and a server
// sees the same templates again and again. It forgets everything when it
// grows big.
type passedSet struct {
	mu sync.Mutex
	m  map[partKey]struct{}
}

var (
	verified passedSet
	checked  passedSet
)

func (s *passedSet) has(k partKey) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	_, ok := s.m[k]
	return ok
}

func (s *passedSet) add(k partKey) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.m == nil || len(s.m) >= 4096 {
		s.m = map[partKey]struct{}{}
	}
	s.m[k] = struct{}{}
}

// verifyOnce is verify, skipped for a part that passed it before.
func (pt *part) verifyOnce() error {
	k := pt.key()
	if verified.has(k) {
		return nil
	}
	if err := pt.verify(); err != nil {
		return err
	}
	verified.add(k)
	return nil
}

// verify inflates the part, refusing more bytes than the header declares
// (which checkSizes held to the limits) and a checksum that does not match.
func (pt *part) verify() error {
	rc := pt.open()
	defer rc.Close()
	h := crc32.NewIEEE()
	n, err := io.Copy(h, io.LimitReader(rc, int64(pt.size)+1))
	if err != nil {
		return fmt.Errorf("解压条目 %q：%w", pt.name, zipError(err))
	}
	if uint64(n) != pt.size {
		return fmt.Errorf("条目 %q 实际大小与声明的 %d 字节不符: %w", pt.name, pt.size, ErrLimit)
	}
	if h.Sum32() != pt.crc {
		return fmt.Errorf("条目 %q 校验和不符，文件已损坏", pt.name)
	}
	return nil
}

func (pt *part) open() io.ReadCloser {
	if pt.method == zip.Store {
		return io.NopCloser(bytes.NewReader(pt.raw))
	}
	// A flate reader carries a 32 KiB window; reuse them, since Open
	// inflates every part once and templates are opened often in tests and
	// builds.
	src := bytes.NewReader(pt.raw)
	if fr, ok := inflaters.Get().(io.ReadCloser); ok {
		if err := fr.(flate.Resetter).Reset(src, nil); err == nil {
			return &pooledInflater{fr}
		}
	}
	return &pooledInflater{flate.NewReader(src)}
}

var inflaters sync.Pool // of flate readers (io.ReadCloser that are flate.Resetter)

// pooledInflater returns its reader to the pool on Close.
type pooledInflater struct{ io.ReadCloser }

func (p *pooledInflater) Close() error {
	err := p.ReadCloser.Close()
	inflaters.Put(p.ReadCloser)
	return err
}

// checkName refuses entry names that could escape a folder when extracted or
// that no OPC producer writes: empty, absolute, with a drive letter, a
// backslash, a NUL, "." or ".." segments, or empty segments.
func checkName(name string) error {
	bad := func(why string) error { return fmt.Errorf("条目名 %q %s: %w", name, why, ErrName) }
	switch {
	case name == "" || name == "/":
		return bad("为空")
	case !utf8.ValidString(name):
		return bad("不是有效的 UTF-8")
	case strings.HasPrefix(name, "/"):
		return bad("是绝对路径")
	case strings.ContainsAny(name, "\\\x00"):
		return bad("含反斜杠或空字符")
	case len(name) >= 2 && name[1] == ':':
		return bad("含盘符")
	}
	segs := strings.Split(strings.TrimSuffix(name, "/"), "/")
	for _, s := range segs {
		switch s {
		case "":
			return bad("含空路径段")
		case ".", "..":
			return bad("含 . 或 .. 路径段")
		}
	}
	return nil
}

// Names returns the part names in the order of the original zip.
func (p *Package) Names() []string {
	names := make([]string, len(p.parts))
	for i, pt := range p.parts {
		names[i] = pt.name
	}
	return names
}

// Has reports whether the package has a part with exactly this name.
func (p *Package) Has(name string) bool {
	_, ok := p.index[name]
	return ok
}

// Size returns the uncompressed size of a part, or -1 if there is none.
func (p *Package) Size(name string) int64 {
	if pt, ok := p.index[name]; ok {
		return int64(pt.size)
	}
	return -1
}

// Read returns the uncompressed content of a part. The caller owns the
// returned slice.
func (p *Package) Read(name string) ([]byte, error) {
	pt, ok := p.index[name]
	if !ok {
		return nil, &zhError{fmt.Sprintf("包中没有部件 %q", name), os.ErrNotExist}
	}
	if pt.method == zip.Store {
		return bytes.Clone(pt.raw), nil
	}
	rc := pt.open()
	defer rc.Close()
	buf := make([]byte, pt.size)
	if _, err := io.ReadFull(rc, buf); err != nil {
		return nil, fmt.Errorf("解压部件 %q：%w", name, zipError(err))
	}
	return buf, nil
}

// modDate and modTime are 1980-01-01 00:00:00 in MS-DOS form, the earliest
// time a zip can hold; every entry gets it so output does not depend on the
// clock.
const (
	modDate = 1<<5 | 1
	modTime = 0
)

// WriteOptions tune Write. The zero value is what Write uses.
type WriteOptions struct {
	// Level is the flate level for changed and added parts; 0 means
	// flate.DefaultCompression. flate.BestSpeed trades ~20 % size for
	// several times the speed on big parts. The levels are compress/flate's
	// numbers; the deflater is github.com/klauspost/compress/flate, about
	// three times as fast as the standard library's at the same level (a
	// 10 MB table: 12 ms instead of 37 ms at BestSpeed, 6 % smaller).
	Level int
	// Stream holds parts whose content is written by a function rather than
	// given as bytes, so a big part never sits whole in memory. A name may
	// not be in both Stream and the changes.
	Stream map[string]func(io.Writer) error
}

// Write writes a new package to w: the parts of p with changes applied.
// A non-nil value replaces or adds a part; a nil value deletes it. Parts
// not in changes are copied raw. See the package comment for the order.
func (p *Package) Write(w io.Writer, changes map[string][]byte) error {
	return p.WriteWith(w, changes, WriteOptions{})
}

// WriteWith is Write with options.
func (p *Package) WriteWith(w io.Writer, changes map[string][]byte, opts WriteOptions) error {
	for name := range opts.Stream {
		if _, dup := changes[name]; dup {
			return fmt.Errorf("部件 %q 既在 changes 又在 Stream 中", name)
		}
	}
	var added []string
	for name, content := range changes {
		if _, ok := p.index[name]; !ok && content != nil {
			added = append(added, name)
		}
	}
	for name := range opts.Stream {
		if _, ok := p.index[name]; !ok {
			added = append(added, name)
		}
	}
	for _, name := range added {
		if err := checkName(name); err != nil || strings.HasSuffix(name, "/") {
			return fmt.Errorf("不能添加部件 %q：名称无效", name)
		}
		if p.hasFolded(name) {
			return fmt.Errorf("不能添加部件 %q：与已有部件仅大小写不同: %w", name, ErrName)
		}
	}
	slices.Sort(added)

	level := opts.Level
	if level == 0 {
		level = flate.DefaultCompression
	}
	if level < flate.HuffmanOnly || level > flate.BestCompression {
		return fmt.Errorf("写包：压缩级别 %d 无效", level)
	}
	pool := flatePool(level)
	cbuf := compressedBuf()
	defer releaseCompressedBuf(cbuf)
	if len(changes) == 0 && len(opts.Stream) == 1 && useImages {
		for name, fill := range opts.Stream {
			if im := p.imageFor(name); im != nil {
				crc, size, err := deflateInto(cbuf, pool, fill)
				if err != nil {
					return fmt.Errorf("写包：写部件 %s：%w", name, err)
				}
				ok, err := im.write(w, cbuf.Bytes(), crc, size)
				if err != nil {
					return fmt.Errorf("写包：%w", err)
				}
				if ok {
					return nil
				}
				// Too big for the image: the ordinary way, below.
				return p.writeWith(w, changes, added, opts, pool, cbuf, map[string][]byte{name: cbuf.Bytes()}, crc, size)
			}
		}
	}
	return p.writeWith(w, changes, added, opts, pool, cbuf, nil, 0, 0)
}

// useImages lets tests compare the ordinary way with images.
var useImages = true

// deflateInto compresses what fill writes into cbuf and returns the CRC and
// size of what it wrote. A part of up to smallPart bytes is gathered first
// and deflated in one call by the level's one shared writer (see
// levelPool); a bigger one is streamed through a writer of its own.
func deflateInto(cbuf *bytes.Buffer, pool *levelPool, fill func(io.Writer) error) (uint32, uint64, error) {
	cbuf.Reset()
	h := crc32.NewIEEE()
	d := &deflating{pool: pool, cbuf: cbuf, raw: smallBuf()}
	defer d.release()
	cw := &countWriter{w: io.MultiWriter(d, h)}
	err := fill(cw)
	if cerr := d.close(); err == nil {
		err = cerr
	}
	return h.Sum32(), uint64(cw.n), err
}

// smallPart is the biggest part gathered whole before it is deflated: a
// notice's document.xml (11 KB) and every part of the default set's
// documents are far below it; a 10 000-row table (10 MB) streams.
const smallPart = 256 << 10

// deflating is a part on its way into cbuf: gathered in raw until it
// passes smallPart, then streamed into a writer of its own (through a
// pipe, see pipeAfter). The output is the same byte for byte either way:
// the deflater cuts its blocks by what it holds, not by the writes.
type deflating struct {
	pool *levelPool
	cbuf *bytes.Buffer
	raw  *bytes.Buffer
	fw   *kflate.Writer
	pw   *pipeWriter
}

func (d *deflating) Write(b []byte) (int, error) {
	if d.fw == nil {
		if d.raw.Len()+len(b) <= smallPart {
			return d.raw.Write(b)
		}
		d.fw = d.pool.get(d.cbuf)
		d.pw = newPipeWriter(d.fw)
		if _, err := d.pw.Write(d.raw.Bytes()); err != nil {
			return 0, err
		}
		d.raw.Reset()
	}
	return d.pw.Write(b)
}

// close deflates what was gathered, or finishes the stream.
func (d *deflating) close() error {
	if d.fw == nil {
		return d.pool.deflate(d.cbuf, d.raw.Bytes())
	}
	err := d.pw.Close()
	if cerr := d.fw.Close(); err == nil {
		err = cerr
	}
	d.pool.put(d.fw)
	d.fw = nil
	return err
}

func (d *deflating) release() {
	if d.raw != nil {
		releaseSmallBuf(d.raw)
		d.raw = nil
	}
}

var smallBufs sync.Pool // of *bytes.Buffer

func smallBuf() *bytes.Buffer {
	if b, ok := smallBufs.Get().(*bytes.Buffer); ok {
		return b
	}
	return new(bytes.Buffer)
}

func releaseSmallBuf(b *bytes.Buffer) {
	if b.Cap() <= smallPart*2 {
		b.Reset()
		smallBufs.Put(b)
	}
}

// writeWith writes the package with archive/zip. done holds a streamed part
// already deflated (with crc and size).
func (p *Package) writeWith(w io.Writer, changes map[string][]byte, added []string, opts WriteOptions, pool *levelPool,
	cbuf *bytes.Buffer, done map[string][]byte, doneCRC uint32, doneSize uint64) error {
	zw := zip.NewWriter(w)
	// deflated compresses what fill writes into cbuf and adds it as an entry
	// with known sizes, so changed parts look exactly like copied ones (no
	// data descriptor) and a written package rewrites to the same bytes.
	deflated := func(name string, fill func(io.Writer) error) error {
		crc, size, err := deflateInto(cbuf, pool, fill)
		if err != nil {
			return fmt.Errorf("写部件 %s：%w", name, err)
		}
		return rawEntry(zw, &part{name: name, method: zip.Deflate, crc: crc, size: size, raw: cbuf.Bytes()})
	}
	put := func(name string) error {
		if raw, ok := done[name]; ok {
			return rawEntry(zw, &part{name: name, method: zip.Deflate, crc: doneCRC, size: doneSize, raw: raw})
		}
		if fn, ok := opts.Stream[name]; ok {
			return deflated(name, fn)
		}
		if content, ok := changes[name]; ok {
			if content == nil {
				return nil // deleted
			}
			return deflated(name, func(w io.Writer) error { _, err := w.Write(content); return err })
		}
		return rawEntry(zw, p.index[name])
	}
	for _, pt := range p.parts {
		if err := put(pt.name); err != nil {
			return fmt.Errorf("写包：%w", err)
		}
	}
	for _, name := range added {
		if err := put(name); err != nil {
			return fmt.Errorf("写包：%w", err)
		}
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("写包：%w", err)
	}
	return nil
}

func (p *Package) hasFolded(name string) bool {
	for _, pt := range p.parts {
		if strings.EqualFold(pt.name, name) {
			return true
		}
	}
	return false
}

// rawEntry adds pt to zw with its compressed bytes as they are.
func rawEntry(zw *zip.Writer, pt *part) error {
	fh := &zip.FileHeader{
		Name:               pt.name,
		Method:             pt.method,
		CRC32:              pt.crc,
		CompressedSize64:   uint64(len(pt.raw)),
		UncompressedSize64: pt.size,
		ModifiedDate:       modDate,
		ModifiedTime:       modTime,
	}
	if !isASCII(pt.name) {
		fh.Flags |= 0x800 // UTF-8 name; CreateRaw does not set it itself
	}
	fw, err := zw.CreateRaw(fh)
	if err != nil {
		return err
	}
	_, err = fw.Write(pt.raw)
	return err
}

type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(b []byte) (int, error) {
	n, err := c.w.Write(b)
	c.n += int64(n)
	return n, err
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// Flate writers are costly to allocate (about 1 MiB each: the history,
// the hash table, the block's tokens), whatever the size of the part; keep
// one pool per level, shared by all Writes.
var flatePools sync.Map // level → *levelPool

// A levelPool holds the flate writers of one level. Small parts, gathered
// whole, are deflated one at a time by a writer kept for them (shared):
// deflating a notice takes some 25 µs, so a mail merge's workers seldom
// wait for it, and the merge holds one writer, not one per worker — nor a
// new one after every collection, which empties a sync.Pool (a
// 1000-notice merge allocated 2.2 MB of writers, a fifth of all it
// allocated). A machine with more cores (serve renders 4 × GOMAXPROCS at
// once) gets a shared writer per 4 of them, so that they do not queue for
// one. A part that streams takes a writer of its own from pool.
type levelPool struct {
	level int
	pool  sync.Pool
	once  sync.Once
	small []sharedWriter
	next  atomic.Uint32
	made  atomic.Int32 // writers allocated, for tests
}

// A sharedWriter deflates small parts one at a time.
type sharedWriter struct {
	mu sync.Mutex
	fw *kflate.Writer // under mu; made on first use
}

// deflate compresses raw, a whole part, into cbuf with a shared writer.
func (lp *levelPool) deflate(cbuf *bytes.Buffer, raw []byte) error {
	lp.once.Do(func() { lp.small = make([]sharedWriter, max(1, runtime.GOMAXPROCS(0)/4)) })
	sw := &lp.small[int(lp.next.Add(1))%len(lp.small)]
	sw.mu.Lock()
	defer sw.mu.Unlock()
	if sw.fw == nil {
		sw.fw = lp.newWriter(cbuf)
	} else {
		sw.fw.Reset(cbuf)
	}
	_, err := sw.fw.Write(raw)
	if cerr := sw.fw.Close(); err == nil {
		err = cerr
	}
	return err
}

// compressedBufs recycles the buffer a changed part is deflated into
// before its entry is written: growing a new one for every document was
// 8 MB of a 1000-notice mail merge.
var compressedBufs sync.Pool // of *bytes.Buffer

func compressedBuf() *bytes.Buffer {
	if b, ok := compressedBufs.Get().(*bytes.Buffer); ok {
		return b
	}
	return new(bytes.Buffer)
}

func releaseCompressedBuf(b *bytes.Buffer) {
	if b.Cap() <= 1<<20 { // not the deflated body of a huge table
		b.Reset()
		compressedBufs.Put(b)
	}
}

func flatePool(level int) *levelPool {
	v, _ := flatePools.LoadOrStore(level, &levelPool{level: level})
	return v.(*levelPool)
}

func (lp *levelPool) get(w io.Writer) *kflate.Writer {
	if fw, ok := lp.pool.Get().(*kflate.Writer); ok {
		fw.Reset(w)
		return fw
	}
	return lp.newWriter(w)
}

func (lp *levelPool) newWriter(w io.Writer) *kflate.Writer {
	lp.made.Add(1)
	fw, err := kflate.NewWriter(w, lp.level)
	if err != nil {
		// Only an invalid level fails, which is a programmer error.
		panic(fmt.Sprintf("opc: flate level %d: %v", lp.level, err))
	}
	return fw
}

func (lp *levelPool) put(fw *kflate.Writer) { lp.pool.Put(fw) }
