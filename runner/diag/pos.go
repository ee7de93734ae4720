// Package diag turns what goes wrong in a script into messages a student
// understands. It also remembers where in a script the latest panic started, so
// that compiled helpers which catch a panic (sock's Serve, the runner) can
// name the student's line instead of their own.
package diag

import (
	"strings"
	"sync"
)

// exactMark ends a position that names the failing expression itself, as
// Placed found it, rather than the start of the function it failed in.
const exactMark = " (exact)"

var (
	mu      sync.Mutex
	pending string
	placed  any // the value of the panic placed last, to tell its way out from a new panic
	noteOut func(pos string)
	rename  = func(pos string) string { return pos }
)

// SetNotes sets how the file names of positions are shown (the script's
// display path for the interpreter's absolute one) and where positions go
// as they are noted: the script process passes them on to its supervisor,
// which cannot ask once the script has crashed.
func SetNotes(show func(pos string) string, out func(pos string)) {
	mu.Lock()
	defer mu.Unlock()
	rename, noteOut = show, out
}

// Record notes pos ("file.go:12:5") as the start of a panic unless an
// earlier position of the same panic is already noted: the interpreter
// reports the innermost frame first, then each caller. It reports whether
// pos starts a new panic.
func Record(pos string) bool {
	mu.Lock()
	defer mu.Unlock()
	if pending != "" {
		return false
	}
	pending = pos
	return true
}

// notePlaced notes the exact position of the panic v, which replaces
// whatever an earlier panic, recovered since, left noted.
func notePlaced(pos string, v any) {
	mu.Lock()
	pos = rename(pos)
	pending, placed = pos+exactMark, v
	out := noteOut
	mu.Unlock()
	if out != nil {
		out(pos + exactMark)
	}
}

// placedBefore reports whether v is the panic placed last, on its way out
// through the functions that called the one that failed.
func placedBefore(v any) (same bool) {
	mu.Lock()
	defer mu.Unlock()
	defer func() {
		if recover() != nil {
			same = false // values of a type that cannot be compared
		}
	}()
	return pending != "" && placed != nil && placed == v
}

// Take returns the noted position and forgets it.
func Take() string {
	mu.Lock()
	defer mu.Unlock()
	p := pending
	pending, placed = "", nil
	return p
}

// splitExact returns pos without its exact mark, and whether it had one.
func splitExact(pos string) (string, bool) {
	return strings.CutSuffix(pos, exactMark)
}
