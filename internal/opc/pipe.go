package opc

import (
	"io"
	"runtime"
	"sync"
)

// pipeAfter is how much of a part is written straight through before the
// rest goes to a goroutine of its own: a 10 000-row table's document.xml
// (10 MB) spent a fifth of `render`'s time being deflated on the core
// that was rendering it while the other core idled. A notice (11 KB) never
// reaches it, and a mail merge's workers keep every core busy anyway.
// A variable so that tests can pipe every byte.
var pipeAfter = 1 << 20

const pipeChunk = 256 << 10

// pipeWriter writes to w, directly for the first pipeAfter bytes, then
// through a goroutine, in chunks of pipeChunk: whoever writes goes on
// while the chunk before is compressed. Close waits for the goroutine and
// returns the first error w gave.
type pipeWriter struct {
	w    io.Writer
	n    int
	cur  []byte        // the chunk being filled
	full chan []byte   // chunks for the goroutine
	free chan []byte   // chunks it is done with
	done chan struct{} // closed when the goroutine has ended
	mu   sync.Mutex
	err  error // w's first error (under mu once the goroutine runs)
}

func newPipeWriter(w io.Writer) *pipeWriter { return &pipeWriter{w: w} }

func (p *pipeWriter) Write(b []byte) (int, error) {
	if p.full == nil {
		if p.n+len(b) <= pipeAfter || runtime.GOMAXPROCS(0) < 2 {
			n, err := p.w.Write(b)
			p.n += n
			return n, err
		}
		p.start()
	}
	if err := p.failed(); err != nil {
		return 0, err
	}
	n := len(b)
	for len(b) > 0 {
		k := copy(p.cur[len(p.cur):cap(p.cur)], b)
		p.cur = p.cur[:len(p.cur)+k]
		b = b[k:]
		if len(p.cur) == cap(p.cur) {
			p.full <- p.cur
			p.cur = (<-p.free)[:0]
		}
	}
	p.n += n
	return n, nil
}

func (p *pipeWriter) start() {
	const chunks = 3 // one filled, one compressed, one spare
	p.full = make(chan []byte, chunks)
	p.free = make(chan []byte, chunks)
	for range chunks - 1 {
		p.free <- make([]byte, 0, pipeChunk)
	}
	p.cur = make([]byte, 0, pipeChunk)
	p.done = make(chan struct{})
	go func() {
		defer close(p.done)
		for c := range p.full {
			if p.failed() == nil {
				if _, err := p.w.Write(c); err != nil {
					p.mu.Lock()
					p.err = err
					p.mu.Unlock()
				}
			}
			p.free <- c
		}
	}()
}

func (p *pipeWriter) failed() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.err
}

// Close hands over the last chunk and waits for everything to be written.
// It does not close w.
func (p *pipeWriter) Close() error {
	if p.full == nil {
		return nil
	}
	if len(p.cur) > 0 {
		p.full <- p.cur
	}
	close(p.full)
	<-p.done
	p.full = nil
	return p.failed()
}
