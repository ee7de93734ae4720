// Package diag turns what goes wrong in a script into messages a student
// understands. It places each panic at the expression that failed (see
// Mark, Exit and Unwind), so that compiled helpers which catch a panic
// (sock's Serve, the runner) can name the student's line instead of their
// own.
package diag

import (
	"strings"
	"sync"
)

// exactMark ends a position that names the failing expression itself, or
// its statement, rather than the start of the function it failed in.
const exactMark = " (exact)"

var (
	renameMu sync.RWMutex
	renameTo = func(pos string) string { return pos }
)

// SetNames sets how the file names of positions are shown: the script's
// display path for the interpreter's absolute one.
func SetNames(show func(pos string) string) {
	renameMu.Lock()
	defer renameMu.Unlock()
	renameTo = show
}

func rename(pos string) string {
	renameMu.RLock()
	defer renameMu.RUnlock()
	return renameTo(pos)
}

// Exact marks pos ("file.go:12:5") as the exact place, for Report.
func Exact(pos string) string { return pos + exactMark }

// splitExact returns pos without its exact mark, and whether it had one.
func splitExact(pos string) (string, bool) {
	return strings.CutSuffix(pos, exactMark)
}
