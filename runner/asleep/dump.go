package asleep

import (
	"bytes"
	"regexp"
	"strings"
	"sync"
)

// Report is the first line of the runtime's report, which socklab's
// supervisor recognises (see package proc).
const Report = "fatal error: all goroutines are asleep - deadlock!"

// goroutineHead matches the head of one goroutine in a dump of all
// goroutines (runtime.Stack) and captures its state: "chan receive" in
// "goroutine 7 [chan receive, 2 minutes]:".
var goroutineHead = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^goroutine \d+ (?:[^\[\n]* )?\[([^\]\n]*)\]:$`)
})

// asleep are the states of a goroutine that only another goroutine can
// end: the waits checkdead counts as asleep. Network and timer waits ("IO
// wait", "sleep") are left out: the thread view already shows none, and a
// goroutine found in one now is not part of a deadlock. The runtime's own
// goroutines appear only under GOTRACEBACK=system; checkdead skips them.
var asleep = map[string]bool{
	"chan receive":            true,
	"chan send":               true,
	"chan receive (nil chan)": true,
	"chan send (nil chan)":    true,
	"select":                  true,
	"select (no cases)":       true,
	"sync.Mutex.Lock":         true,
	"sync.RWMutex.Lock":       true,
	"sync.RWMutex.RLock":      true,
	"sync.WaitGroup.Wait":     true,
	"sync.Cond.Wait":          true,
	"semacquire":              true,
	"coroutine":               true,

	"GC worker (idle)":       true,
	"GC sweep wait":          true,
	"GC scavenge wait":       true,
	"force gc (idle)":        true,
	"finalizer wait":         true,
	"cleanup wait":           true,
	"GC weak to strong wait": true,
}

// Asleep reports whether the goroutines of dump, all but the first (the
// caller's, as runtime.Stack(buf, true) puts it), wait in a way only
// another goroutine could end. A dump with no other goroutine is not
// asleep: there is nothing to report on.
func Asleep(dump []byte) bool {
	others := 0
	for i, block := range bytes.Split(dump, []byte("\n\n")) {
		head, _, _ := bytes.Cut(block, []byte("\n"))
		m := goroutineHead().FindSubmatch(head)
		if m == nil {
			return false // not a dump this package knows how to read
		}
		if i == 0 {
			continue // the caller
		}
		state, _, _ := strings.Cut(string(m[1]), ", ")
		if !asleep[state] {
			return false
		}
		others++
	}
	return others > 0
}

// Fatal is what the runtime prints for a deadlock: its report, then every
// goroutine of dump but the first (the caller's).
func Fatal(dump []byte) []byte {
	out := []byte(Report + "\n")
	if _, rest, ok := bytes.Cut(dump, []byte("\n\n")); ok {
		out = append(append(out, '\n'), bytes.TrimRight(rest, "\n")...)
		out = append(out, '\n')
	}
	return out
}
