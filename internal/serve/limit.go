package serve

import (
	"context"
	"net/http"
	rtmetrics "runtime/metrics"
	"sync"
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
	freed   atomic.Int64 // when a slot was last given back (or the limiter made), in Unix ns
}

func newLimiter(slots, queue int, wait time.Duration, m *metrics) *limiter {
	l := &limiter{slots: make(chan struct{}, slots), waiters: make(chan struct{}, queue), wait: wait, m: m}
	l.freed.Store(time.Now().UnixNano())
	return l
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
		s.l.freed.Store(time.Now().UnixNano())
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

// memory is admission control against the process's memory ceiling. Each
// request reserves what it may need — a base plus a multiple of its
// body, since loading and rendering hold several copies of the data —
// before it takes a render slot; a request that does not fit now is
// answered 503 with Retry-After, one that could never fit 413. The live
// heap is looked at too, so that work the reservations did not foresee
// still turns into 503s instead of a crash.
type memory struct {
	budget   int64 // bytes all reservations may hold; 0: no control
	reserved atomic.Int64
	heapMax  uint64 // refuse new work while the heap is above this
	sample   []rtmetrics.Sample
	mu       sync.Mutex
}

const (
	requestBase   = 16 << 20 // what a request takes whatever its body
	requestFactor = 64       // bytes of work per byte of body
)

func newMemory(limit int64) *memory {
	m := &memory{sample: []rtmetrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}}
	if limit > 0 {
		m.budget = limit * 3 / 4
		m.heapMax = uint64(limit) * 85 / 100
	}
	return m
}

// cost is what a request with a body of n bytes reserves.
func requestCost(n int64) int64 { return requestBase + requestFactor*n }

// reserve takes cost from the budget; release gives it back.
func (m *memory) reserve(cost int64) (release func(), e *apiError) {
	if m.budget == 0 {
		return func() {}, nil
	}
	if cost > m.budget {
		return nil, newError(http.StatusRequestEntityTooLarge, "too_large",
			"这份请求需要约 %d MiB 内存，超过本服务器为一次请求留出的上限（%d MiB）；请减小数据或模板", cost>>20, m.budget>>20)
	}
	if m.heap() > m.heapMax {
		e := newError(http.StatusServiceUnavailable, "busy", "服务器内存紧张，请稍后重试")
		e.RetryAfter = 2
		return nil, e
	}
	for {
		cur := m.reserved.Load()
		if cur+cost > m.budget {
			e := newError(http.StatusServiceUnavailable, "busy", "服务器内存紧张（进行中的请求已占满内存额度），请稍后重试")
			e.RetryAfter = 2
			return nil, e
		}
		if m.reserved.CompareAndSwap(cur, cur+cost) {
			return func() { m.reserved.Add(-cost) }, nil
		}
	}
}

// heap is the bytes of live and not yet swept heap objects, read without
// stopping the world.
func (m *memory) heap() uint64 {
	m.mu.Lock()
	defer m.mu.Unlock()
	rtmetrics.Read(m.sample)
	if m.sample[0].Value.Kind() != rtmetrics.KindUint64 {
		return 0
	}
	return m.sample[0].Value.Uint64()
}

// stuck reports whether every slot is taken and none has been given back
// for longer than d: the renders in them are not ending, and a load
// balancer should send work elsewhere.
func (l *limiter) stuck(d time.Duration) bool {
	if len(l.slots) < cap(l.slots) {
		return false
	}
	last := time.Unix(0, l.freed.Load())
	return time.Since(last) > d
}
