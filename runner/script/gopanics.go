package script

import (
	"bytes"
	"runtime"
	"time"

	"github.com/socklab/socklab/runner/lift"
)

// When the main function of a Go build returns while another goroutine
// panics, Go's runtime lets that goroutine finish: it yields up to a
// thousand times while any goroutine runs deferred calls for a panic, and
// then waits for good if a panic that no recover stopped is being
// reported, whose exit status (2) is the program's. A worker that panics
// after "defer wg.Done()" wakes main's wg.Wait before its report, so
// without this wait the script's main returned, socklab exited with status
// 0 and the panic went unreported, now and then or always.

// awaitGoPanics waits, when the script's main has returned, as Go's
// runtime waits in the same place: while a goroutine runs deferred calls
// for a panic (a thousand yields, and panicSettle at least), then for good if one reports a
// panic that no recover stopped (lift.GoPanic ends the process, as does
// Go's runtime for a goroutine that the rewrite does not wrap). own is
// how many goroutines socklab ran before the script started: with no more
// than those left, no goroutine of the script's can be panicking, and the
// look at every stack, which stops the world (a tenth of a millisecond and
// more at the end of every run), is not needed.
func awaitGoPanics(own int) {
	if runtime.NumGoroutine() <= own && !lift.GoPanicking() {
		return
	}
	start := time.Now()
	for i := 0; panicRunning(); i++ {
		if i >= 1000 && time.Since(start) > panicSettle {
			break
		}
		if i < 100 {
			runtime.Gosched()
		} else {
			time.Sleep(100 * time.Microsecond) // fewer stops of the world
		}
	}
	if lift.GoPanicking() {
		select {}
	}
}

// panicSettle is how long awaitGoPanics lets deferred calls for a panic
// run at least: the interpreter passes a panic through its frames far
// more slowly than compiled code, and each look at the goroutines' stacks
// stops them all, so a thousand yields alone may end the wait before a
// panicking goroutine has reached its report.
const panicSettle = 100 * time.Millisecond

// panicFrame is how runtime.Stack names runtime.gopanic in a goroutine's
// stack: a goroutine that has it runs deferred calls for a panic.
var panicFrame = []byte("\npanic(")

// panicRunning reports whether a goroutine runs deferred calls for a
// panic, as Go's runtime counts them (runningPanicDefers), which its stack
// shows.
func panicRunning() bool {
	buf := make([]byte, 16<<10)
	for {
		n := runtime.Stack(buf, true)
		if n < len(buf) {
			return bytes.Contains(buf[:n], panicFrame)
		}
		buf = make([]byte, 2*len(buf))
	}
}
