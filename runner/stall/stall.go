// Package stall tells a lesson test that has stalled from one that is
// slow: when every program of the test waits to receive and nothing is on
// its way to any of them, nothing more can happen, and the test can fail
// at once instead of at its time limit, saying who waits for what.
//
// Each program of a test records in the test's stall folder (EnvDir) that
// it runs (prog-PID, holding its name) and, while one of its receives has
// waited a moment, what it waits for (wait-PID, a line per receive: the
// socket's own address, the peer's, how it waits, and, where the hints
// of package hint know them, the receive's line and what it waits for). The seeds' Python
// programs record the same through the tests' seed runner. The harness
// watches the folder (package stall/watch): a test has stalled when every program
// waits to receive from another that waits too, none waits for a client,
// and no byte is on its way. A program that keeps receiving after the end
// of the stream waits too, for what can never come, as long as it keeps
// receiving there; one that computes for ever is left to the time limit.
package stall

import (
	"errors"
	"fmt"
	"io"
	"net"
	"net/netip"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/socklab/socklab/runner/hint"
	"github.com/socklab/socklab/runner/hostgo"
	"github.com/socklab/socklab/runner/netgate"
)

// EnvDir names the test's stall folder; the harness sets it.
const EnvDir = "SOCKLAB_STALL_DIR"

// Settle is how long a receive waits before it is recorded; the records
// are brought up to date twice as often. A receive that was recorded takes
// its line away itself as it returns, so that a record never says that a
// program waits once it has what it waited for.
const Settle = 50 * time.Millisecond

// How a receive waits, as a record writes it.
const (
	KindRecv   = "recv"   // for bytes
	KindEOF    = "eof"    // again after the end of the stream: nothing can come
	KindAccept = "accept" // for a client: the program can go on when one comes
)

// tracker keeps this process's waiting receives and writes its record.
type tracker struct {
	dir, pid string

	wmu sync.Mutex // held by update, so that records are written in turn

	mu        sync.Mutex
	waiting   map[*Conn]time.Time // receives under way, since when
	spins     map[*Conn]uint64    // receives after the end of the stream, as the last update saw them
	accepting int                 // Accepts under way
	written   string              // the record as last written

	running atomic.Bool // loop runs
}

// Install records this script process's receives when EnvDir asks for it;
// program is the name the reports give it ("server.go").
func Install(program string) {
	dir := os.Getenv(EnvDir)
	if dir == "" {
		return
	}
	t := &tracker{dir: dir, pid: fmt.Sprint(os.Getpid()), waiting: map[*Conn]time.Time{}, spins: map[*Conn]uint64{}}
	if err := writeAtomic(filepath.Join(dir, "prog-"+t.pid), program+"\n"); err != nil {
		return
	}
	netgate.AddInnerTap(func(c net.Conn, _ bool) net.Conn { return t.wrap(c) })
	netgate.SetAcceptWatch(func() func() {
		t.mu.Lock()
		t.accepting++
		t.mu.Unlock()
		t.kick()
		return func() {
			t.mu.Lock()
			t.accepting--
			t.mu.Unlock()
		}
	})
}

func (t *tracker) wrap(c net.Conn) net.Conn {
	local, ok1 := addrPort(c.LocalAddr())
	remote, ok2 := addrPort(c.RemoteAddr())
	if !ok1 || !ok2 {
		return c
	}
	return &Conn{Conn: c, t: t, local: local, remote: remote}
}

// kick starts the loop if it is not running.
func (t *tracker) kick() {
	if t.running.CompareAndSwap(false, true) {
		hostgo.Go(t.loop)
	}
}

// loop brings the record up to date, as long as a receive or an Accept
// waits. With nothing waiting it ends, so that no timer of socklab's keeps
// Go's runtime from seeing a script whose goroutines all wait on each
// other (a deadlock).
func (t *tracker) loop() {
	for {
		time.Sleep(Settle / 2)
		if t.update() {
			continue
		}
		t.running.Store(false)
		if !t.busy() || !t.running.CompareAndSwap(false, true) {
			return
		}
	}
}

// busy reports whether a receive or an Accept waits.
func (t *tracker) busy() bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	return len(t.waiting) > 0 || t.accepting > 0
}

// update writes the receives that have waited at least Settle, or removes
// the record when there are none; it reports whether something waits.
func (t *tracker) update() bool {
	t.wmu.Lock()
	defer t.wmu.Unlock()
	t.mu.Lock()
	busy := len(t.waiting) > 0 || t.accepting > 0
	var lines []string
	for c, since := range t.waiting {
		c.recorded = false
		if time.Since(since) < Settle {
			continue
		}
		kind := KindRecv
		if c.eof {
			// Receiving after the end of the stream waits for ever only
			// while it goes on: a program that stopped is elsewhere.
			if c.afterEOF == t.spins[c] {
				delete(t.waiting, c)
				delete(t.spins, c)
				continue
			}
			t.spins[c] = c.afterEOF
			kind = KindEOF
		} else if c.deadline {
			continue // it ends by itself
		}
		c.recorded = true
		line := fmt.Sprintf("%s %s %s", c.local, c.remote, kind)
		if what, at := hint.Waiting(c.local, c.remote); what != "" {
			line += " " + at + " " + what // what the receive waits for, when the hints know
		}
		lines = append(lines, line+"\n")
	}
	sort.Strings(lines)
	if t.accepting > 0 {
		// A new client may come: the program is not stuck.
		lines = append(lines, "- - "+KindAccept+"\n")
	}
	rec := strings.Join(lines, "")
	changed := rec != t.written
	t.written = rec
	t.mu.Unlock()
	if !changed {
		return busy
	}
	path := filepath.Join(t.dir, "wait-"+t.pid)
	if rec == "" {
		os.Remove(path)
		return busy
	}
	writeAtomic(path, rec)
	return busy
}

// Conn is a connection whose receives are recorded while they wait.
type Conn struct {
	net.Conn
	t             *tracker
	local, remote netip.AddrPort
	deadline      bool   // a read deadline is set: its receives end by themselves
	eof           bool   // a receive has met the end of the stream
	afterEOF      uint64 // receives since
	recorded      bool   // the record holds a line for its receive
}

// NetConn returns the connection underneath, for the TCP-only methods.
func (c *Conn) NetConn() net.Conn { return c.Conn }

// Read receives, recorded as waiting while it does.
func (c *Conn) Read(b []byte) (int, error) {
	c.t.mu.Lock()
	if _, ok := c.t.waiting[c]; !ok || !c.eof {
		c.t.waiting[c] = time.Now()
	}
	c.t.mu.Unlock()
	if !c.t.running.Load() {
		c.t.kick()
	}
	n, err := c.Conn.Read(b)
	c.t.mu.Lock()
	switch {
	case errors.Is(err, io.EOF) && !c.eof:
		c.eof = true
		delete(c.t.waiting, c)
	case c.eof:
		// Receiving again after the end of the stream: it waits for
		// what can never come, however fast it spins.
		c.afterEOF++
	default:
		delete(c.t.waiting, c)
	}
	stale := c.stale()
	c.t.mu.Unlock()
	if stale {
		c.t.update() // the record says c's receive waits: it does no more
	}
	return n, err
}

// stale reports whether the record holds a line for a receive of c that
// waits no more, and forgets the line. Call it with t.mu held.
func (c *Conn) stale() bool {
	if !c.recorded {
		return false
	}
	if _, waits := c.t.waiting[c]; waits {
		return false
	}
	c.recorded = false
	return true
}

// Close closes the connection, whose receives wait no more.
func (c *Conn) Close() error {
	c.t.mu.Lock()
	delete(c.t.waiting, c)
	delete(c.t.spins, c)
	stale := c.stale()
	c.t.mu.Unlock()
	if stale {
		c.t.update()
	}
	return c.Conn.Close()
}

// SetDeadline sets the read and write deadlines.
func (c *Conn) SetDeadline(d time.Time) error {
	c.setReadDeadline(d)
	return c.Conn.SetDeadline(d)
}

// SetReadDeadline sets the read deadline.
func (c *Conn) SetReadDeadline(d time.Time) error {
	c.setReadDeadline(d)
	return c.Conn.SetReadDeadline(d)
}

func (c *Conn) setReadDeadline(d time.Time) {
	c.t.mu.Lock()
	c.deadline = !d.IsZero()
	c.t.mu.Unlock()
}

// CloseWrite shuts the sending side.
func (c *Conn) CloseWrite() error {
	if cw, ok := under[interface{ CloseWrite() error }](c.Conn); ok {
		return cw.CloseWrite()
	}
	return errors.ErrUnsupported
}

// SetNoDelay turns Nagle's algorithm off or on.
func (c *Conn) SetNoDelay(noDelay bool) error {
	if tc, ok := under[interface{ SetNoDelay(bool) error }](c.Conn); ok {
		return tc.SetNoDelay(noDelay)
	}
	return errors.ErrUnsupported
}

// SetLinger sets what Close does with data not yet sent.
func (c *Conn) SetLinger(sec int) error {
	if tc, ok := under[interface{ SetLinger(int) error }](c.Conn); ok {
		return tc.SetLinger(sec)
	}
	return errors.ErrUnsupported
}

// under finds a TCP-only method on c or on a connection it wraps (one
// that gives its inner connection with NetConn), as sock does.
func under[T any](c net.Conn) (T, bool) {
	for range 8 {
		if f, ok := c.(T); ok {
			return f, true
		}
		w, ok := c.(interface{ NetConn() net.Conn })
		if !ok {
			break
		}
		c = w.NetConn()
	}
	var zero T
	return zero, false
}

func addrPort(a net.Addr) (netip.AddrPort, bool) {
	t, ok := a.(*net.TCPAddr)
	if !ok {
		return netip.AddrPort{}, false
	}
	ap := t.AddrPort()
	return netip.AddrPortFrom(ap.Addr().Unmap(), ap.Port()), true
}

// writeAtomic writes data to path through a temporary file, so that a
// reader never sees half a record.
func writeAtomic(path, data string) error {
	tmp := filepath.Join(filepath.Dir(path), "."+filepath.Base(path)+".tmp")
	if err := os.WriteFile(tmp, []byte(data), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}
