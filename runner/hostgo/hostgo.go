// Package hostgo starts the goroutines that socklab itself runs in a
// script process (the type check beside the interpreter's set-up, the
// deadlock watch's answers, the stall and hint watchers), and counts the
// goroutines of that process as a script should see them: without these,
// as a program built by Go counts its own only.
package hostgo

import (
	"bytes"
	"runtime"
	"strconv"
	"sync"

	"github.com/petermattis/goid"
)

// ours holds the ids of the goroutines Go started; an id stays in it after
// its goroutine ends, which Count sees by its absence from the dump.
var ours sync.Map // int64 -> struct{}

// Go runs f on a goroutine of socklab's own. It returns once the goroutine
// is known as such, so that no count sees it as the script's.
func Go(f func()) {
	known := make(chan struct{})
	Beside(func() {
		close(known)
		f()
	})
	<-known
}

// Beside runs f on a goroutine of socklab's own and returns at once, where
// Go waits until the goroutine is known as such: for work whose end the
// caller waits for (f closes a channel, say) before any count, which then
// sees the goroutine as socklab's however late it ends.
func Beside(f func()) {
	go func() {
		ours.Store(goid.Get(), struct{}{})
		f()
	}()
}

// Count returns runtime.NumGoroutine() without socklab's own goroutines.
// Both come from one dump of every goroutine, taken with the world
// stopped, so a goroutine of socklab's that is ending is counted in both
// or in neither.
func Count() int {
	buf := make([]byte, 64<<10)
	for {
		n := runtime.Stack(buf, true)
		if n < len(buf) {
			buf = buf[:n]
			break
		}
		buf = make([]byte, 2*len(buf))
	}
	count := 0
	for _, line := range bytes.Split(buf, []byte("\n")) {
		rest, ok := bytes.CutPrefix(line, []byte("goroutine "))
		if !ok {
			continue
		}
		id, _, ok := bytes.Cut(rest, []byte(" "))
		if !ok {
			continue
		}
		n, err := strconv.ParseInt(string(id), 10, 64)
		if err != nil {
			continue
		}
		if _, own := ours.Load(n); !own {
			count++
		}
	}
	return count
}
