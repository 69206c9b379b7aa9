package opc

import (
	"bytes"
	"fmt"
	"io"
	"runtime"
	"sync"
	"testing"

	kflate "github.com/klauspost/compress/flate"
)

// deflateFresh is what a new writer of the level makes of raw.
func deflateFresh(t *testing.T, level int, raw []byte) []byte {
	t.Helper()
	var b bytes.Buffer
	fw, err := kflate.NewWriter(&b, level)
	if err != nil {
		t.Fatal(err)
	}
	fw.Write(raw)
	fw.Close()
	return b.Bytes()
}

// Small parts from many goroutines at once are deflated by the level's one
// shared writer — a mail merge holds one deflater (about 1 MiB), not one
// per worker — and each comes out as a new writer would make it, byte for
// byte; a part bigger than smallPart streams through a writer of its own,
// with the same bytes as well. (Two cores, as the project's machine: one
// shared writer per four.)
func TestDeflateSharedWriter(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(2))
	const level = kflate.BestSpeed
	pool := &levelPool{level: level}
	parts := make([][]byte, 64)
	for i := range parts {
		var b bytes.Buffer
		for j := range 200 + 37*i {
			fmt.Fprintf(&b, "<w:p><w:r><w:t>第%d条 通知事项 %x</w:t></w:r></w:p>", j, j*i)
		}
		parts[i] = b.Bytes()
		if len(parts[i]) > smallPart {
			t.Fatalf("part %d is %d bytes: not a small part", i, len(parts[i]))
		}
	}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			cbuf := new(bytes.Buffer)
			for k := range 3 * len(parts) {
				i := (k + g*7) % len(parts)
				raw := parts[i]
				crc, size, err := deflateInto(cbuf, pool, func(w io.Writer) error {
					// Written in pieces, as a template writes.
					for b := raw; len(b) > 0; b = b[min(len(b), 1000):] {
						if _, err := w.Write(b[:min(len(b), 1000)]); err != nil {
							return err
						}
					}
					return nil
				})
				if err != nil {
					t.Error(err)
					return
				}
				if size != uint64(len(raw)) || crc == 0 {
					t.Errorf("part %d: size %d crc %x", i, size, crc)
				}
				if want := deflateFresh(t, level, raw); !bytes.Equal(cbuf.Bytes(), want) {
					t.Errorf("part %d deflated by the shared writer differs from a new writer's", i)
				}
			}
		})
	}
	wg.Wait()
	if n := pool.made.Load(); n != 1 {
		t.Errorf("%d writers made for small parts from 4 goroutines, want 1 shared", n)
	}

	big := bytes.Repeat(parts[len(parts)-1], smallPart/len(parts[len(parts)-1])+2)
	cbuf := new(bytes.Buffer)
	if _, size, err := deflateInto(cbuf, pool, func(w io.Writer) error { _, err := w.Write(big); return err }); err != nil || size != uint64(len(big)) {
		t.Fatalf("big part: size %d, %v", size, err)
	}
	if !bytes.Equal(cbuf.Bytes(), deflateFresh(t, level, big)) {
		t.Error("a streamed big part differs from a new writer's")
	}
	if n := pool.made.Load(); n != 2 {
		t.Errorf("%d writers made in all, want 2: the shared one and the big part's own", n)
	}

	// Sixteen cores share four writers.
	runtime.GOMAXPROCS(16)
	many := &levelPool{level: level}
	var wg2 sync.WaitGroup
	for range 16 {
		wg2.Go(func() {
			cbuf := new(bytes.Buffer)
			for _, raw := range parts {
				if _, _, err := deflateInto(cbuf, many, func(w io.Writer) error { _, err := w.Write(raw); return err }); err != nil {
					t.Error(err)
				}
			}
		})
	}
	wg2.Wait()
	if n := many.made.Load(); n < 1 || n > 4 {
		t.Errorf("16 cores made %d writers for small parts, want 1 to 4", n)
	}
}
