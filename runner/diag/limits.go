package diag

import (
	"fmt"
	"runtime"
	"runtime/metrics"
	"sort"
	"sync"
	"unsafe"
)

// Out of memory and stack overflow end a Go program at once, with no
// deferred call and no report of the script's line: the runtime's report
// names only the interpreter's own functions. So diag notes, before that
// happens, what the supervisor will need to name the line.
//
// A stack overflow is a recursion without end. Mark finds the functions
// that call themselves (directly or through others of the file); each
// counts, on entry, how deep its goroutine is in such calls, and past
// 4096, 8192, ... levels, notes the function and the line of its call to
// itself.
//
// Out of memory is met in a loop that allocates. Mark finds the functions
// with such loops; each tells Watch, on entry, where its marker is, and
// marks the allocating statements of its loops. A watcher reads the
// memory in use after each collection; past a
// sixteenth of the limit (a bomb may go from a quarter to all of it
// between two collections), it notes where each watched goroutine is,
// when that changed. Go's report of the crash names the goroutine
// that was allocating.

// Prefixes of the notes for the supervisor, one per line, on the
// diagnostic channel.
const (
	NoteDeep = "socklab-deep: " // "file.go:LINE:COL NAME"
	NoteMem  = "socklab-mem: "  // "GOROUTINE file.go:LINE:COL"
)

var noteOut struct {
	sync.Mutex
	out func(line string)
}

// SetNotes sets where the notes for the supervisor go.
func SetNotes(out func(line string)) {
	noteOut.Lock()
	defer noteOut.Unlock()
	noteOut.out = out
}

func note(line string) {
	noteOut.Lock()
	defer noteOut.Unlock()
	if noteOut.out != nil {
		noteOut.out(line)
	}
}

// A recursion is a function that calls itself, as Mark found it.
type recursion struct {
	name string
	file string
	call posLC // its call into the cycle
}

var recursions struct {
	sync.RWMutex
	list []*recursion
}

func registerRecursion(r *recursion) int {
	recursions.Lock()
	defer recursions.Unlock()
	recursions.list = append(recursions.list, r)
	return len(recursions.list)
}

// deepNote is the first depth noted.
const deepNote = 4096

// Enter is called on entry to a function that calls itself, with the
// function's number and its marker (see Mark); it returns the marker,
// for the deferred Return.
func Enter(id int, marks []int) []int {
	s, r := current()
	r.recursion++
	deep := r.recursion >= deepNote && r.recursion >= 2*r.deepNoted
	if deep {
		r.deepNoted = r.recursion
	}
	s.Unlock()
	if deep {
		recursions.RLock()
		var rec *recursion
		if id >= 1 && id <= len(recursions.list) {
			rec = recursions.list[id-1]
		}
		recursions.RUnlock()
		if rec != nil {
			note(fmt.Sprintf("%s%s %s", NoteDeep, rename(fmt.Sprintf("%s:%d:%d", rec.file, rec.call.Line, rec.call.Column)), rec.name))
		}
	}
	return marks
}

// Return is deferred by a function that calls itself, with what Enter
// returned: Exit, and one level less.
func Return(marks []int, values []any) {
	s, r := current()
	r.recursion--
	if r.recursion < r.deepNoted/2 {
		r.deepNoted = r.recursion
	}
	s.Unlock()
	ExitValues(marks, values)
}

// Watch is called on entry to a function with a loop that allocates, with
// its marker: until the function ends, the watcher notes where it is.
func Watch(marks []int) {
	s, r := current()
	r.watched = append(r.watched, marks)
	s.Unlock()
}

// unwatch ends the watch of marks, if marks is the goroutine's innermost
// watched frame; the shard is locked.
func (r *goroutineState) unwatch(marks []int) {
	if n := len(r.watched); n > 0 && len(marks) > 0 && sameArray(r.watched[n-1], marks) {
		r.watched[n-1] = nil
		r.watched = r.watched[:n-1]
	}
}

func sameArray(a, b []int) bool {
	return len(a) > 0 && len(b) > 0 && unsafe.SliceData(a) == unsafe.SliceData(b)
}

// WatchMemory starts the watcher, for a process that may use limit bytes
// in all; it does nothing for no limit.
func WatchMemory(limit int64) {
	if limit <= 0 {
		return
	}
	watchMemory(limit)
}

func watchMemory(limit int64) {
	w := &memoryWatch{limit: limit, last: map[string]bool{}}
	// After each collection: a program that runs out of memory collects
	// more and more often as it nears the limit. (A ticker would keep
	// Go from seeing that every goroutine of a script waits for ever.)
	var rearm func(*[16]byte)
	rearm = func(*[16]byte) {
		w.check()
		runtime.SetFinalizer(new([16]byte), rearm)
	}
	runtime.SetFinalizer(new([16]byte), rearm)
}

// A memoryWatch notes where the watched goroutines are once the memory in
// use passes a sixteenth of the limit.
type memoryWatch struct {
	sync.Mutex
	limit int64
	last  map[string]bool // the notes given, not to repeat them
}

var memorySample = []metrics.Sample{{Name: "/memory/classes/total:bytes"}, {Name: "/memory/classes/heap/released:bytes"}}

func (w *memoryWatch) check() {
	w.Lock()
	defer w.Unlock()
	metrics.Read(memorySample)
	if memorySample[0].Value.Kind() != metrics.KindUint64 || memorySample[1].Value.Kind() != metrics.KindUint64 {
		return
	}
	used := int64(memorySample[0].Value.Uint64() - memorySample[1].Value.Uint64())
	if used < w.limit/16 {
		return // a program that only starts
	}
	for _, line := range watchedPositions() {
		if !w.last[line] {
			w.last[line] = true
			note(line)
		}
	}
}

// watchedPositions returns a note for each goroutine in a watched frame:
// where its marker says it is.
func watchedPositions() []string {
	var lines []string
	for i := range goroutines {
		s := &goroutines[i]
		s.Lock()
		for g, r := range s.m {
			if n := len(r.watched); n > 0 && len(r.watched[n-1]) > 0 {
				// The marker is the script's to write: a stale value
				// names the statement before.
				if st := lookup(r.watched[n-1][0]); st != nil {
					lines = append(lines, fmt.Sprintf("%s%d %s", NoteMem, g, rename(fmt.Sprintf("%s:%d:%d", st.file, st.pos.Line, st.pos.Column))))
				}
			}
		}
		s.Unlock()
	}
	sort.Strings(lines)
	return lines
}
