package opc

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"errors"
	"hash/crc32"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

type entry struct {
	name string
	body []byte
	// store keeps the entry uncompressed.
	store bool
	// declared, if non-zero, is the uncompressed size written in the
	// headers instead of the real one (a lying header).
	declared uint64
	// crc, if non-zero, replaces the real checksum.
	crc uint32
}

// buildZip writes entries with their raw headers under our control, so tests
// can craft bombs and lies without committing files.
func buildZip(t testing.TB, entries ...entry) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, e := range entries {
		raw := e.body
		method := zip.Store
		if !e.store {
			method = zip.Deflate
			var c bytes.Buffer
			fw, _ := flate.NewWriter(&c, flate.BestCompression)
			fw.Write(e.body)
			fw.Close()
			raw = c.Bytes()
		}
		fh := &zip.FileHeader{Name: e.name, Method: method,
			CRC32: crc32.ChecksumIEEE(e.body), CompressedSize64: uint64(len(raw)),
			UncompressedSize64: uint64(len(e.body))}
		if e.declared != 0 {
			fh.UncompressedSize64 = e.declared
		}
		if e.crc != 0 {
			fh.CRC32 = e.crc
		}
		w, err := zw.CreateRaw(fh)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(raw)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func open(b []byte, lim Limits) (*Package, error) {
	return Open(bytes.NewReader(b), int64(len(b)), lim)
}

func sample() []entry {
	return []entry{
		{name: "[Content_Types].xml", body: []byte(`<Types xmlns="` + nsContentTypes + `"/>`)},
		{name: "word/", store: true},
		{name: "word/document.xml", body: []byte(strings.Repeat("<w:p>公文</w:p>", 50))},
		{name: "word/media/image1.png", body: []byte("\x89PNG fake"), store: true},
		{name: "_rels/.rels", body: []byte(`<Relationships xmlns="` + nsRelationships + `"/>`)},
	}
}

func TestOpenReadsParts(t *testing.T) {
	p, err := open(buildZip(t, sample()...), DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"[Content_Types].xml", "word/document.xml", "word/media/image1.png", "_rels/.rels"}
	if got := p.Names(); !slices.Equal(got, want) {
		t.Errorf("Names() = %q, want %q (original order, no directories)", got, want)
	}
	for _, e := range sample() {
		if strings.HasSuffix(e.name, "/") {
			if p.Has(e.name) {
				t.Errorf("Has(%q) for a directory entry", e.name)
			}
			continue
		}
		got, err := p.Read(e.name)
		if err != nil || !bytes.Equal(got, e.body) {
			t.Errorf("Read(%q) = %q, %v; want %q", e.name, got, err, e.body)
		}
		if p.Size(e.name) != int64(len(e.body)) {
			t.Errorf("Size(%q) = %d", e.name, p.Size(e.name))
		}
	}
	if _, err := p.Read("word/nothing.xml"); !errors.Is(err, os.ErrNotExist) || err.Error() != `包中没有部件 "word/nothing.xml"` {
		t.Errorf("Read of a missing part: %v, want ErrNotExist", err)
	}
	if p.Has("WORD/document.xml") {
		t.Error("Has is exact; it matched another case")
	}
}

func TestOpenFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a.docx")
	if err := os.WriteFile(path, buildZip(t, sample()...), 0o644); err != nil {
		t.Fatal(err)
	}
	p, err := OpenFile(path, DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Names()) != 4 {
		t.Errorf("Names() = %q", p.Names())
	}
	none := filepath.Join(t.TempDir(), "none.docx")
	if _, err := OpenFile(none, DefaultLimits); !errors.Is(err, os.ErrNotExist) || err.Error() != "文件不存在："+none {
		t.Errorf("missing file: %v", err)
	}
	if _, err := OpenFile(t.TempDir(), DefaultLimits); err == nil || !strings.Contains(err.Error(), "是文件夹") {
		t.Errorf("a directory opened as a package: %v", err)
	}
	text := filepath.Join(t.TempDir(), "x.xlsx")
	if err := os.WriteFile(text, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := OpenFile(text, DefaultLimits); err == nil || err.Error() != text+": 不是有效的 zip 文件（.docx/.xlsx 都是 zip 包）" {
		t.Errorf("not a zip: %v", err)
	}
}

func TestOpenRefuses(t *testing.T) {
	zeros := make([]byte, 4<<20) // deflates about 1000:1
	many := make([]entry, 12)
	for i := range many {
		many[i] = entry{name: "p" + string(rune('a'+i)), body: []byte("x")}
	}
	tests := []struct {
		name    string
		zip     []byte
		lim     Limits
		wantErr error // nil: any error
		msg     string
	}{
		{"not a zip", []byte("PK\x03\x04 not really"), DefaultLimits, nil, "不是有效的 zip"},
		{"empty input", nil, DefaultLimits, nil, "不是有效的 zip"},
		{"truncated", truncated(buildZip(t, sample()...)), DefaultLimits, nil, "不是有效的 zip"},
		{"corrupt deflate", corruptDeflate(buildZip(t, entry{name: "a.xml", body: []byte(strings.Repeat("abc", 100))})), DefaultLimits, nil, "压缩数据已损坏"},
		{"too many entries", buildZip(t, many...), Limits{MaxEntries: 10}, ErrLimit, "条目 12 个"},
		{"part too big", buildZip(t, entry{name: "a.xml", body: make([]byte, 2000)}), Limits{MaxPartSize: 1000}, ErrLimit, "单个部件上限"},
		{"total too big", buildZip(t, entry{name: "a", body: make([]byte, 600)}, entry{name: "b", body: make([]byte, 600)}),
			Limits{MaxTotalSize: 1000}, ErrLimit, "总大小"},
		{"file too big", buildZip(t, entry{name: "a", body: make([]byte, 2000), store: true}), Limits{MaxTotalSize: 1000}, ErrLimit, "文件大小"},
		{"zip bomb by ratio", buildZip(t, entry{name: "word/document.xml", body: zeros}), DefaultLimits, ErrLimit, "zip 炸弹"},
		{"header claims less than it holds", buildZip(t, entry{name: "a.xml", body: []byte(strings.Repeat("a", 5000)), declared: 10}),
			DefaultLimits, nil, "a.xml"},
		{"header claims more than it holds", buildZip(t, entry{name: "a.xml", body: []byte("abc"), declared: 1000}),
			DefaultLimits, ErrLimit, "实际大小"},
		{"bad checksum", buildZip(t, entry{name: "a.xml", body: []byte("abc"), crc: 12345}), DefaultLimits, nil, "校验和"},
		{"absolute name", buildZip(t, entry{name: "/etc/passwd", body: []byte("x")}), DefaultLimits, ErrName, "绝对路径"},
		{"dot-dot", buildZip(t, entry{name: "word/../../evil", body: []byte("x")}), DefaultLimits, ErrName, ".."},
		{"dot", buildZip(t, entry{name: "./word/a.xml", body: []byte("x")}), DefaultLimits, ErrName, ".."},
		{"backslash", buildZip(t, entry{name: `word\..\evil`, body: []byte("x")}), DefaultLimits, ErrName, "反斜杠"},
		{"drive letter", buildZip(t, entry{name: "C:/evil", body: []byte("x")}), DefaultLimits, ErrName, "盘符"},
		{"empty segment", buildZip(t, entry{name: "word//a.xml", body: []byte("x")}), DefaultLimits, ErrName, "空路径段"},
		{"duplicate", buildZip(t, entry{name: "a.xml", body: []byte("x")}, entry{name: "a.xml", body: []byte("y")}), DefaultLimits, ErrName, "重名"},
		{"duplicate by case", buildZip(t, entry{name: "word/A.xml", body: []byte("x")}, entry{name: "WORD/a.xml", body: []byte("y")}), DefaultLimits, ErrName, "重名"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := open(tt.zip, tt.lim)
			if err == nil {
				t.Fatalf("Open accepted it: %q", p.Names())
			}
			if tt.wantErr != nil && !errors.Is(err, tt.wantErr) {
				t.Errorf("error %v does not wrap %v", err, tt.wantErr)
			}
			if !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("error %q does not mention %q", err, tt.msg)
			}
			// The user reads this: no English from archive/zip or flate.
			for _, en := range []string{"zip: ", "flate: ", "unexpected EOF", "not a valid"} {
				if strings.Contains(err.Error(), en) {
					t.Errorf("error %q has English %q", err, en)
				}
			}
		})
	}
}

// truncated cuts a zip in the middle of its central directory.
func truncated(b []byte) []byte { return b[:len(b)-30] }

// corruptDeflate spoils the compressed bytes of the first entry, which
// buildZip deflates, leaving the headers intact.
func corruptDeflate(b []byte) []byte {
	b = bytes.Clone(b)
	// Local header: 30 bytes plus name and extra lengths at 26 and 28.
	nameLen := int(b[26]) | int(b[27])<<8
	extraLen := int(b[28]) | int(b[29])<<8
	start := 30 + nameLen + extraLen
	for i := start; i < start+8; i++ {
		b[i] = 0xff
	}
	return b
}

func TestDeclaredEntries(t *testing.T) {
	b := buildZip(t, sample()...)
	if n, ok := declaredEntries(bytes.NewReader(b), int64(len(b))); !ok || n != uint64(len(sample())) {
		t.Errorf("declaredEntries = %d, %v; want %d", n, ok, len(sample()))
	}
	// A central directory that claims 65 534 entries in a tiny file is
	// refused by its count, before archive/zip reads a single entry.
	forged := bytes.Clone(b)
	eocd := bytes.LastIndex(forged, []byte("PK\x05\x06"))
	forged[eocd+8], forged[eocd+9], forged[eocd+10], forged[eocd+11] = 0xfe, 0xff, 0xfe, 0xff
	if _, err := open(forged, DefaultLimits); !errors.Is(err, ErrLimit) || !strings.Contains(err.Error(), "65534") {
		t.Errorf("forged count: %v", err)
	}
	for _, junk := range [][]byte{nil, []byte("PK"), bytes.Repeat([]byte{0}, 100)} {
		if _, ok := declaredEntries(bytes.NewReader(junk), int64(len(junk))); ok {
			t.Errorf("declaredEntries found a record in %q", junk)
		}
	}
}

func TestRatioGrace(t *testing.T) {
	// 64 KiB of spaces is a legitimate indentation run; below the grace
	// size the ratio is not held against it.
	b := buildZip(t, entry{name: "a.xml", body: bytes.Repeat([]byte(" "), 64<<10)})
	if _, err := open(b, DefaultLimits); err != nil {
		t.Fatal(err)
	}
	if _, err := open(b, Limits{MaxRatio: 100}); !errors.Is(err, ErrLimit) {
		t.Fatalf("without grace: %v, want ErrLimit", err)
	}
}

func write(t testing.TB, p *Package, changes map[string][]byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := p.Write(&buf, changes); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestWrite(t *testing.T) {
	src := buildZip(t, sample()...)
	p, err := open(src, DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	out := write(t, p, map[string][]byte{
		"word/document.xml":     []byte("<new/>"),
		"word/media/image1.png": nil, // deleted
		"word/media/b.png":      []byte("b"),
		"word/media/a.png":      []byte("a"),
		"customXml/x.xml":       []byte("x"),
	})
	zr, err := zip.NewReader(bytes.NewReader(out), int64(len(out)))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, f := range zr.File {
		names = append(names, f.Name)
		if f.ModifiedDate != modDate || f.ModifiedTime != modTime {
			t.Errorf("%s: timestamp %d/%d, want 1980-01-01", f.Name, f.ModifiedDate, f.ModifiedTime)
		}
		if !f.Modified.IsZero() && !f.Modified.Equal(time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)) {
			t.Errorf("%s: Modified %v", f.Name, f.Modified)
		}
	}
	want := []string{"[Content_Types].xml", "word/document.xml", "_rels/.rels",
		"customXml/x.xml", "word/media/a.png", "word/media/b.png"}
	if !slices.Equal(names, want) {
		t.Errorf("entries %q, want %q", names, want)
	}
	q, err := open(out, DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]string{"word/document.xml": "<new/>", "word/media/a.png": "a", "_rels/.rels": string(sample()[4].body)} {
		if got, _ := q.Read(name); string(got) != want {
			t.Errorf("%s = %q, want %q", name, got, want)
		}
	}
}

// TestWriteCopiesRaw checks that an untouched part keeps its compressed bytes
// exactly, even when they are not what our own deflate would produce.
func TestWriteCopiesRaw(t *testing.T) {
	src := buildZip(t, sample()...) // built at BestCompression
	p, _ := open(src, DefaultLimits)
	out := write(t, p, map[string][]byte{"word/document.xml": []byte("x")})
	raw := func(b []byte, name string) []byte {
		zr, _ := zip.NewReader(bytes.NewReader(b), int64(len(b)))
		for _, f := range zr.File {
			if f.Name == name {
				r, _ := f.OpenRaw()
				got, _ := io.ReadAll(r)
				return got
			}
		}
		t.Fatalf("%s missing", name)
		return nil
	}
	for _, name := range []string{"[Content_Types].xml", "_rels/.rels", "word/media/image1.png"} {
		if !bytes.Equal(raw(src, name), raw(out, name)) {
			t.Errorf("%s: compressed bytes changed", name)
		}
	}
}

func TestWriteDeterministic(t *testing.T) {
	p, _ := open(buildZip(t, sample()...), DefaultLimits)
	changes := func() map[string][]byte {
		return map[string][]byte{
			"word/document.xml": bytes.Repeat([]byte("<w:t>通知</w:t>"), 1000),
			"word/media/z.png":  []byte("z"), "word/media/m.png": []byte("m"), "a/b.xml": []byte("b"),
		}
	}
	a := write(t, p, changes())
	b := write(t, p, changes())
	if !bytes.Equal(a, b) {
		t.Fatal("two writes of the same package and changes differ")
	}
	// Re-opening the output and writing it unchanged gives it back byte for byte.
	q, err := open(a, DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	if c := write(t, q, nil); !bytes.Equal(a, c) {
		t.Fatal("an unchanged round trip changed the bytes")
	}
}

func TestWriteStream(t *testing.T) {
	p, _ := open(buildZip(t, sample()...), DefaultLimits)
	var buf bytes.Buffer
	err := p.WriteWith(&buf, nil, WriteOptions{Level: flate.BestSpeed, Stream: map[string]func(io.Writer) error{
		"word/document.xml": func(w io.Writer) error { _, err := io.WriteString(w, "<streamed/>"); return err },
	}})
	if err != nil {
		t.Fatal(err)
	}
	q, err := open(buf.Bytes(), DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := q.Read("word/document.xml"); string(got) != "<streamed/>" {
		t.Errorf("streamed part = %q", got)
	}
	failing := errors.New("boom")
	err = p.WriteWith(io.Discard, nil, WriteOptions{Stream: map[string]func(io.Writer) error{
		"word/document.xml": func(io.Writer) error { return failing },
	}})
	if !errors.Is(err, failing) {
		t.Errorf("stream error lost: %v", err)
	}
}

func TestWriteRefusesBadNames(t *testing.T) {
	p, _ := open(buildZip(t, sample()...), DefaultLimits)
	for _, name := range []string{"../x", "/abs", "dir/", "WORD/DOCUMENT.XML", `a\b`} {
		if err := p.Write(io.Discard, map[string][]byte{name: []byte("x")}); err == nil {
			t.Errorf("Write added %q", name)
		}
	}
}

func TestConcurrentUse(t *testing.T) {
	p, _ := open(buildZip(t, sample()...), DefaultLimits)
	want := write(t, p, map[string][]byte{"word/document.xml": []byte("c")})
	done := make(chan []byte)
	for range 8 {
		go func() {
			var buf bytes.Buffer
			p.Write(&buf, map[string][]byte{"word/document.xml": []byte("c")})
			p.Read("word/document.xml")
			done <- buf.Bytes()
		}()
	}
	for range 8 {
		if got := <-done; !bytes.Equal(got, want) {
			t.Error("concurrent write differs")
		}
	}
}

func FuzzOpen(f *testing.F) {
	f.Add(buildZip(f, sample()...))
	f.Add(buildZip(f, entry{name: "a", body: []byte("abc"), declared: 1000}))
	f.Add(buildZip(f, entry{name: "../a", body: []byte("abc")}))
	f.Add([]byte("PK\x05\x06" + strings.Repeat("\x00", 18)))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		p, err := open(b, Limits{MaxEntries: 100, MaxPartSize: 1 << 20, MaxTotalSize: 4 << 20, MaxRatio: 200, RatioGrace: 1 << 10})
		if err != nil {
			return
		}
		for _, name := range p.Names() {
			if _, err := p.Read(name); err != nil {
				t.Fatalf("Read(%q) after a successful Open: %v", name, err)
			}
		}
		var buf bytes.Buffer
		if err := p.Write(&buf, nil); err != nil {
			t.Fatalf("Write after a successful Open: %v", err)
		}
		if _, err := open(buf.Bytes(), DefaultLimits); err != nil {
			t.Fatalf("our own output does not reopen: %v", err)
		}
	})
}

// BenchmarkWrite is one W2-sized document: a 9 KB changed part deflated,
// the other parts copied raw.
func BenchmarkWrite(b *testing.B) {
	entries := sample()
	entries = append(entries, entry{name: "word/styles.xml", body: bytes.Repeat([]byte("<w:style/>"), 3000)})
	p, err := open(buildZip(b, entries...), DefaultLimits)
	if err != nil {
		b.Fatal(err)
	}
	doc := bytes.Repeat([]byte("<w:p><w:r><w:t>关于做好工作的通知</w:t></w:r></w:p>"), 200)
	var buf bytes.Buffer
	b.ReportAllocs()
	for b.Loop() {
		buf.Reset()
		if err := p.Write(&buf, map[string][]byte{"word/document.xml": doc}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkOpen opens and verifies a small package, as every render of a
// template file does once.
func BenchmarkOpen(b *testing.B) {
	src := buildZip(b, sample()...)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := open(src, DefaultLimits); err != nil {
			b.Fatal(err)
		}
	}
}
