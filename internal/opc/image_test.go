package opc

import (
	"bytes"
	"compress/flate"
	"errors"
	"io"
	"strings"
	"testing"
)

// A package written through its image is byte for byte the one archive/zip
// writes, wherever the streamed part stands and whatever its size; a
// stream that fails fails the write the same way.
func TestImageMatchesArchiveZip(t *testing.T) {
	parts := append(sample(), entry{name: "word/图片说明.xml", body: []byte("<说明/>")})
	p, err := open(buildZip(t, parts...), DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	contents := []string{"", "<streamed/>", strings.Repeat("<w:p>公文第一段</w:p>", 20000)}
	for _, name := range []string{"[Content_Types].xml", "word/document.xml", "_rels/.rels", "word/图片说明.xml", "word/new.xml"} {
		for _, c := range contents {
			stream := func() WriteOptions {
				return WriteOptions{Level: flate.BestSpeed, Stream: map[string]func(io.Writer) error{
					name: func(w io.Writer) error { _, err := io.WriteString(w, c); return err },
				}}
			}
			var fast, slow bytes.Buffer
			if err := p.WriteWith(&fast, nil, stream()); err != nil {
				t.Fatal(err)
			}
			useImages = false
			err := p.WriteWith(&slow, nil, stream())
			useImages = true
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(fast.Bytes(), slow.Bytes()) {
				t.Errorf("%s, %d bytes: the image gives %d bytes, archive/zip %d", name, len(c), fast.Len(), slow.Len())
			}
			q, err := open(fast.Bytes(), DefaultLimits)
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			if got, _ := q.Read(name); string(got) != c {
				t.Errorf("%s: read back %d bytes, want %d", name, len(got), len(c))
			}
		}
		if _, ok := p.index[name]; ok && p.images[name] == nil {
			t.Errorf("%s: no image made", name)
		}
	}
	failing := errors.New("boom")
	err = p.WriteWith(io.Discard, nil, WriteOptions{Stream: map[string]func(io.Writer) error{
		"word/document.xml": func(io.Writer) error { return failing },
	}})
	if !errors.Is(err, failing) || !strings.Contains(err.Error(), "word/document.xml") {
		t.Errorf("stream error: %v", err)
	}
}

// A part too big for the image's 32-bit arithmetic goes the ordinary way,
// with the content already deflated.
func TestImageTooBig(t *testing.T) {
	p, _ := open(buildZip(t, sample()...), DefaultLimits)
	im := p.imageFor("word/document.xml")
	if im == nil {
		t.Fatal("no image")
	}
	if ok, err := im.write(io.Discard, []byte("x"), 0, imageLimit); ok || err != nil {
		t.Errorf("write of a 2 GiB part: ok %v, err %v", ok, err)
	}
	var a, b bytes.Buffer
	pool := flatePool(flate.BestSpeed)
	cbuf := new(bytes.Buffer)
	fill := func(w io.Writer) error { _, err := io.WriteString(w, "<big/>"); return err }
	crc, size, err := deflateInto(cbuf, pool, fill)
	if err != nil {
		t.Fatal(err)
	}
	if err := p.writeWith(&a, nil, nil, WriteOptions{}, pool, new(bytes.Buffer), map[string][]byte{"word/document.xml": cbuf.Bytes()}, crc, size); err != nil {
		t.Fatal(err)
	}
	if err := p.WriteWith(&b, nil, WriteOptions{Level: flate.BestSpeed, Stream: map[string]func(io.Writer) error{"word/document.xml": fill}}); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("the ordinary way with the part deflated differs")
	}
}
