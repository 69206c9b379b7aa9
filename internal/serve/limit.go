package serve

import (
	"context"
	"net/http"
	"sync/atomic"
	"time"
)

// limiter bounds the renders running at once. A request that finds every
// slot taken waits in a queue of bounded length for at most a bounded time;
// beyond that it is answered at once — 429 when the queue is full, 503 when
// the wait ran out — with Retry-After, never queued without bound.
type limiter struct {
	slots   chan struct{}
	waiters chan struct{}
	wait    time.Duration
	m       *metrics
}

func newLimiter(slots, queue int, wait time.Duration, m *metrics) *limiter {
	return &limiter{slots: make(chan struct{}, slots), waiters: make(chan struct{}, queue), wait: wait, m: m}
}

// slot is one taken place. It is given back when every holder is done: the
// request, and any render goroutine the request had to abandon.
type slot struct {
	l    *limiter
	refs atomic.Int64
}

func (s *slot) add() {
	if s != nil {
		s.refs.Add(1)
	}
}

func (s *slot) done() {
	if s != nil && s.refs.Add(-1) == 0 {
		s.l.m.rendersRunning.Add(-1)
		<-s.l.slots
	}
}

func (l *limiter) take() *slot {
	l.m.rendersRunning.Add(1)
	s := &slot{l: l}
	s.refs.Store(1)
	return s
}

// acquire takes a slot or says why not.
func (l *limiter) acquire(ctx context.Context) (*slot, *apiError) {
	select {
	case l.slots <- struct{}{}:
		return l.take(), nil
	default:
	}
	select {
	case l.waiters <- struct{}{}:
	default:
		l.m.rejected.Add(1)
		e := newError(http.StatusTooManyRequests, "busy", "服务器正忙（同时渲染数已满，等待队列也已满），请稍后重试")
		e.RetryAfter = 1
		return nil, e
	}
	l.m.queued.Add(1)
	defer func() {
		l.m.queued.Add(-1)
		<-l.waiters
	}()
	t := time.NewTimer(l.wait)
	defer t.Stop()
	select {
	case l.slots <- struct{}{}:
		return l.take(), nil
	case <-t.C:
	case <-ctx.Done():
	}
	l.m.rejected.Add(1)
	e := newError(http.StatusServiceUnavailable, "busy", "服务器正忙（等待 %s 仍无空闲的渲染位置），请稍后重试", l.wait)
	e.RetryAfter = 2
	return nil, e
}

type slotKey struct{}

func withSlot(ctx context.Context, s *slot) context.Context {
	return context.WithValue(ctx, slotKey{}, s)
}

// slotFrom returns the request's slot; nil (a no-op) outside a limited
// request.
func slotFrom(ctx context.Context) *slot {
	s, _ := ctx.Value(slotKey{}).(*slot)
	return s
}
