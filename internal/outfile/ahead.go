package outfile

import (
	"sync"
	"sync/atomic"
)

// aheadEvery is how much a batch writes between two background syncs
// (FlushAhead): small enough that the disk works while the batch is still
// rendering, big enough that a sync's fixed cost (a cache flush of the
// disk) is paid a few times per thousand notices, not per file.
const aheadEvery = 2 << 20

// ahead writes a big batch out to disk in the background while it is
// staged, so that the sync in Commit has only the last files to wait for.
// Its own syncs only save time; Commit's sync is still what makes the
// batch durable, on a descriptor opened before the first file was written
// so that it reports a write-back error of any of them (Linux reports
// errors a descriptor has not seen since it was opened).
type ahead struct {
	final   func() error // Commit's sync, on the early descriptor
	release func()       // closes the descriptors
	kick    chan struct{}
	stop    chan struct{}
	done    chan struct{}
	mu      sync.Mutex
	written int          // bytes since the last kick
	syncs   atomic.Int32 // background syncs begun, for tests
}

// FlushAhead makes the set write its files out in the background while it
// is filled, for a batch of about n files: a mail merge's final sync then
// waits for the last files, not for all of them, nor for whatever other
// programs left unwritten on the disk before it began. It does nothing
// where Commit would not sync the whole file system at once (small
// batches, other systems). Call it before the first Stage.
func (s *Set) FlushAhead(n int) {
	if s.ahead != nil || !syncsWhole(n) {
		return
	}
	dir := s.dir
	if s.stage != "" {
		dir = s.stage
	}
	a, err := startAhead(dir)
	if err != nil {
		return // Commit syncs as it would have
	}
	s.ahead = a
}

// wrote counts n bytes staged and wakes the background sync every
// aheadEvery bytes.
func (a *ahead) wrote(n int) {
	a.mu.Lock()
	a.written += n
	kick := a.written >= aheadEvery
	if kick {
		a.written = 0
	}
	a.mu.Unlock()
	if kick {
		select {
		case a.kick <- struct{}{}:
		default: // a sync is under way; the next one takes these too
		}
	}
}

// finish stops the background syncs and makes everything durable.
func (a *ahead) finish() error {
	a.halt()
	err := a.final()
	a.release()
	return err
}

// halt stops the background syncs and waits for the one under way.
func (a *ahead) halt() {
	select {
	case <-a.stop:
	default:
		close(a.stop)
	}
	<-a.done
}
