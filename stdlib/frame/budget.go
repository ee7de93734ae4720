package frame

import (
	"fmt"
	"runtime"
	"sync/atomic"
)

// A Budget bounds the memory that unfinished frames hold across many
// Readers, such as all the connections of one server. Every Reader reads
// ahead in a buffer of its own of at most 64 KiB without asking; a frame
// longer than that takes the rest of its buffer from the Budget and gives
// it back once the frame is read. A Reader that would take more than is left
// fails with a *MemoryError, so a thousand clients that each send most of a
// frame limit cannot together exhaust the server's memory.
type Budget struct {
	limit atomic.Int64
	used  atomic.Int64
}

// NewBudget returns a Budget of limit bytes.
func NewBudget(limit int64) *Budget {
	b := new(Budget)
	b.limit.Store(limit)
	return b
}

// SetLimit changes the limit. Memory already taken stays taken.
func (b *Budget) SetLimit(n int64) { b.limit.Store(n) }

// Limit reports the limit in bytes.
func (b *Budget) Limit() int64 { return b.limit.Load() }

// InUse reports how many bytes unfinished frames hold now.
func (b *Budget) InUse() int64 { return b.used.Load() }

// take takes n bytes if they are left.
func (b *Budget) take(n int64) bool {
	for {
		used := b.used.Load()
		if used+n > b.limit.Load() {
			return false
		}
		if b.used.CompareAndSwap(used, used+n) {
			return true
		}
	}
}

func (b *Budget) give(n int64) { b.used.Add(-n) }

// holding is what one Reader took from its Budget. It lives apart from the
// Reader so that a Reader dropped without Release gives its share back
// when it is collected.
type holding struct {
	budget *Budget
	n      int64
}

// SetBudget makes the Reader take memory for frames longer than its
// read-ahead buffer from b; nil means no bound but the frame limit.
func (r *Reader) SetBudget(b *Budget) {
	r.reserve(0)
	r.budget = b
	r.reserve(len(r.buf))
}

// reserve makes the Reader hold what a buffer of size bytes needs from its
// budget, taking or giving back the difference.
func (r *Reader) reserve(size int) error {
	want := int64(max(0, size-readAhead))
	if r.budget == nil {
		want = 0
	}
	if r.hold == nil {
		if want == 0 {
			return nil
		}
		h := &holding{budget: r.budget}
		r.hold = h
		runtime.AddCleanup(r, func(h *holding) { h.budget.give(h.n) }, h)
	}
	h := r.hold
	switch {
	case want > h.n:
		if !h.budget.take(want - h.n) {
			err := &MemoryError{Want: int64(size), InUse: h.budget.InUse(), Limit: h.budget.Limit()}
			// The frame cannot be finished: drop it, as a frame over the
			// size limit is dropped, and give its memory back.
			r.buf, r.r, r.w = nil, 0, 0
			h.budget.give(h.n)
			h.n = 0
			return err
		}
	case want < h.n:
		h.budget.give(h.n - want)
	}
	h.n = want
	return nil
}

// MemoryError reports a frame that did not fit in what its Budget had left:
// other connections' unfinished frames already held most of it.
type MemoryError struct {
	Want  int64 // the buffer the frame needed, in bytes
	InUse int64 // bytes unfinished frames held on all connections
	Limit int64 // the Budget's limit
}

func (e *MemoryError) Error() string {
	return fmt.Sprintf("message too long for the memory left: it needs a %s buffer, and unfinished messages on all connections already hold %s of the %s allowed",
		size(e.Want), size(e.InUse), size(e.Limit))
}

// HelperFailure marks the error as the peer's doing, not a bug of the script.
func (e *MemoryError) HelperFailure() {}

func size(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}
