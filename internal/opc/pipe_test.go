package opc

import (
	"bytes"
	"compress/flate"
	"errors"
	"fmt"
	"io"
	"math"
	"testing"
)

// A big streamed part is deflated on another goroutine after its first
// bytes; the package is the same, byte for byte, however the part is cut
// and whether or not it is piped.
func TestWriteStreamPiped(t *testing.T) {
	p, _ := open(buildZip(t, sample()...), DefaultLimits)
	var rows bytes.Buffer
	for i := range 60000 {
		fmt.Fprintf(&rows, "<w:tr><w:tc><w:p><w:r><w:t>第%d行 %x</w:t></w:r></w:p></w:tc></w:tr>", i, i*7919)
	}
	body := rows.Bytes() // about 4 MB
	write := func(after, piece int) []byte {
		defer func(n int) { pipeAfter = n }(pipeAfter)
		pipeAfter = after
		var buf bytes.Buffer
		err := p.WriteWith(&buf, nil, WriteOptions{Level: flate.BestSpeed, Stream: map[string]func(io.Writer) error{
			"word/document.xml": func(w io.Writer) error {
				for b := body; len(b) > 0; {
					n := min(piece, len(b))
					if _, err := w.Write(b[:n]); err != nil {
						return err
					}
					b = b[n:]
				}
				return nil
			},
		}})
		if err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	want := write(math.MaxInt, 4096)
	q, err := open(want, DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := q.Read("word/document.xml"); !bytes.Equal(got, body) {
		t.Fatal("the part read back differs")
	}
	for _, tc := range []struct{ after, piece int }{{0, 4096}, {0, 1}, {1 << 20, 777}, {1 << 20, 1 << 20}, {10, 300000}} {
		if tc.piece == 1 {
			body = body[:200000] // a byte at a time: keep it short
			want = write(math.MaxInt, 4096)
		}
		if got := write(tc.after, tc.piece); !bytes.Equal(got, want) {
			t.Errorf("piped after %d bytes, written %d at a time: the package differs", tc.after, tc.piece)
		}
	}
}

type failAfter struct{ n int }

var errDisk = errors.New("disk")

func (f *failAfter) Write(b []byte) (int, error) {
	if f.n < len(b) {
		return 0, errDisk
	}
	f.n -= len(b)
	return len(b), nil
}

// A failure of the writer behind the pipe reaches the writer in front of
// it, or Close.
func TestPipeWriterError(t *testing.T) {
	defer func(n int) { pipeAfter = n }(pipeAfter)
	pipeAfter = 0
	pw := newPipeWriter(&failAfter{n: 3 * pipeChunk})
	chunk := make([]byte, 1000)
	var werr error
	for range 10 * pipeChunk / len(chunk) {
		if _, werr = pw.Write(chunk); werr != nil {
			break
		}
	}
	cerr := pw.Close()
	if !errors.Is(werr, errDisk) && !errors.Is(cerr, errDisk) {
		t.Fatalf("write: %v, close: %v; want the disk's error", werr, cerr)
	}
}
