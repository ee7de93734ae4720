// Package hint tells a student, while a program runs, why it does not go
// on: a receive that has waited a few seconds with part of a message in
// hand ("client.go:33 is waiting for a newline from 127.0.0.1:12345;
// "GUESS" has arrived so far: did the sender forget the \n?"), or a program
// that keeps receiving after the end of the stream. Hints go to the
// script's standard error, never its output, each once.
//
// Three parts work together in the script process. The front end's
// rewrite (package rewrite, pass recvsite) registers each call site of a
// receive (sock's RecvLine and friends, frame's readers, bufio's) with
// Register and puts a call of At before its statement, naming the
// receiver and the site. An inner tap of the network gate wraps each TCP
// connection in a Conn, which keeps the last bytes received and whether a
// read waits, at two atomic operations and a copy of at most 64 bytes per
// read. A watcher goroutine looks at the connections a few times a second
// and says what it sees, while a read waits or a program receives after
// the end of a stream: with nothing to watch it ends, so that no timer of
// socklab's keeps Go's runtime from seeing a script whose goroutines all
// wait on each other (a deadlock).
package hint

import (
	"fmt"
	"io"
	"net"
	"os"
	"reflect"
	"sync"
	"time"

	"github.com/socklab/socklab/runner/netgate"
)

// EnvAfter carries how long a receive waits before its hint, as a Go
// duration ("3s"), or "off"; a supervisor sets it for the script
// processes it starts.
const EnvAfter = "SOCKLAB_STALL_HINT"

// DefaultAfter is how long a receive waits before its hint when no flag
// says otherwise.
const DefaultAfter = 3 * time.Second

// Package is the import path under which rewritten source finds At; the
// script process gives the interpreter a symbol table for it.
const Package = "socklab/hint"

// Alias is the name rewritten source imports Package under.
const Alias = "_slHint"

// ParseAfter reads the value of EnvAfter: zero means off.
func ParseAfter(s string) (time.Duration, error) {
	if s == "off" || s == "" {
		return 0, nil
	}
	d, err := time.ParseDuration(s)
	if err != nil || d < 0 {
		return 0, fmt.Errorf("%q is not a duration (such as 3s) or off", s)
	}
	return d, nil
}

// FormatAfter writes d as EnvAfter carries it.
func FormatAfter(d time.Duration) string {
	if d <= 0 {
		return "off"
	}
	return d.String()
}

var (
	// after is how long a receive waits before its hint; zero is off.
	after time.Duration
	// out is where hints go: the script's standard error.
	out io.Writer
)

// On reports whether the value of EnvAfter turns hints on.
func On(v string) bool {
	d, err := ParseAfter(v)
	return err == nil && d > 0
}

// Install turns hints on in this script process when EnvAfter asks for
// them, writing them to w. It must run before the script's source is
// rewritten and before any connection is made.
func Install(w io.Writer) {
	d, err := ParseAfter(os.Getenv(EnvAfter))
	if err != nil || d <= 0 {
		return
	}
	after, out = d, w
	netgate.AddInnerTap(func(c net.Conn, _ bool) net.Conn { return watched.wrap(c) })
}

// Symbols is the symbol table of Package for the interpreter.
func Symbols() map[string]map[string]reflect.Value {
	return map[string]map[string]reflect.Value{Package + "/hint": {"At": reflect.ValueOf(At)}}
}

// say writes one hint.
var sayMu sync.Mutex

func say(msg string) {
	sayMu.Lock()
	defer sayMu.Unlock()
	if out != nil {
		fmt.Fprintln(out, msg)
	}
}
