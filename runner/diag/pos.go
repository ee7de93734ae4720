// Package diag turns what goes wrong in a script into messages a student
// understands. It also remembers where in a script the latest panic started, so
// that compiled helpers which catch a panic (sock's Serve, the runner) can
// name the student's line instead of their own.
package diag

import "sync"

var (
	mu      sync.Mutex
	pending string
)

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

// Take returns the noted position and forgets it.
func Take() string {
	mu.Lock()
	defer mu.Unlock()
	p := pending
	pending = ""
	return p
}
