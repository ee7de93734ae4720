package diag

import (
	"sync"

	"github.com/petermattis/goid"
)

// Exit is deferred by every marked function, with its marker followed by
// the integers its statements save (see Mark): it notes them as the frame
// that ended last on this goroutine. When the frame ends in a panic, the
// interpreter reports it right after its deferred calls have run, on the
// same goroutine, and Unwind reads the marker there. Exit is compiled, so
// a call pays for one deferred call of a compiled function and a store,
// not for an interpreted closure and recover.
func Exit(marks []int) { ExitValues(marks, nil) }

// ExitValues is Exit for a function whose statements also save values of
// other types than int.
func ExitValues(marks []int, values []any) {
	g := goid.Get()
	s := &goroutines[g%shards]
	s.Lock()
	r := s.get(g)
	r.marks, r.values, r.seen = marks, values, true
	r.unwatch(marks)
	s.Unlock()
}

// goroutineState is what diag knows of one goroutine of the script.
type goroutineState struct {
	marks  []int // the marker of the marked frame that ended last, and the integers it saved
	values []any // and its other values

	recursion int     // calls of functions that call themselves, under way (see Enter)
	deepNoted int     // the depth noted last
	watched   [][]int // the markers of the frames with allocating loops under way (see Watch)
	seen      bool    // used since the last sweep

	// The panic the goroutine is unwinding, once its innermost frame was
	// reported: depth is the nesting of the interpreter's panic handlers
	// at the last frame reported (see Unwind).
	unwinding bool
	depth     int
	frames    int
	placed    *placement
}

const shards = 64

// goroutines holds the state of each goroutine, by id, in shards that
// each have their own lock.
var goroutines [shards]goroutineShard

type goroutineShard struct {
	sync.Mutex
	m     map[int64]*goroutineState
	limit int // the size at which ended goroutines are swept out
}

// get returns g's state, made if need be; the shard is locked.
func (s *goroutineShard) get(g int64) *goroutineState {
	r := s.m[g]
	if r != nil {
		return r
	}
	if s.m == nil {
		s.m = map[int64]*goroutineState{}
	}
	if len(s.m) >= s.limit {
		s.sweep()
	}
	r = &goroutineState{}
	s.m[g] = r
	return r
}

// sweep forgets the goroutines not seen since the last sweep (most have
// ended: a server makes one per client), so that the table stays as large
// as the live goroutines.
func (s *goroutineShard) sweep() {
	for g, r := range s.m {
		if !r.seen {
			delete(s.m, g)
			continue
		}
		r.seen = false
	}
	s.limit = max(64, 2*len(s.m))
}

// current returns the calling goroutine's state, made if need be, with
// its shard locked; the caller unlocks it.
func current() (*goroutineShard, *goroutineState) {
	g := goid.Get()
	s := &goroutines[g%shards]
	s.Lock()
	r := s.get(g)
	r.seen = true
	return s, r
}
