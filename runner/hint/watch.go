package hint

import (
	"fmt"
	"net"
	"net/netip"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/socklab/socklab/runner/hostgo"
	"github.com/socklab/socklab/runner/netgate"
)

// spinReceives is how many receives after the end of the stream make a
// program one that spins there: a program that checks ok makes one.
const spinReceives = 100

// watcher keeps the connections of this process and what it has seen of
// each.
type watcher struct {
	mu      sync.Mutex
	conns   map[*Conn]*seen
	running atomic.Bool // the watcher's goroutine runs
}

// seen is what the watcher has seen of one connection.
type seen struct {
	reads     uint64    // the read count as last seen
	since     time.Time // when the read under way was first seen
	told      bool      // the read under way has had its hint
	spinSince time.Time // when receives after the end of the stream were first seen
	spinTold  bool
	afterEOF  int64 // receives after the end of the stream, as last seen
}

var watched = &watcher{conns: map[*Conn]*seen{}}

func (w *watcher) wrap(nc net.Conn) net.Conn {
	w.mu.Lock()
	defer w.mu.Unlock()
	c := &Conn{Conn: nc}
	w.conns[c] = &seen{}
	return c
}

// kick starts the watcher if it is not running: a read has started, or a
// program receives after the end of a stream.
func (w *watcher) kick() {
	if w.running.CompareAndSwap(false, true) {
		hostgo.Go(w.loop)
	}
}

// loop looks at the connections every tick, as long as there is something
// to watch.
func (w *watcher) loop() {
	tick := min(max(after/10, 10*time.Millisecond), 250*time.Millisecond)
	for {
		time.Sleep(tick)
		if w.look(time.Now(), after) {
			continue
		}
		// Nothing to watch: end, unless a read started meanwhile and
		// found the watcher still running.
		w.running.Store(false)
		if !w.busy() || !w.running.CompareAndSwap(false, true) {
			return
		}
	}
}

// busy reports whether a read of a connection waits, or a program
// receives after the end of a stream without having been told.
func (w *watcher) busy() bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	for c, s := range w.conns {
		if c.reads.Load()%2 == 1 || c.afterEOF.Load() != s.afterEOF && !s.spinTold && !c.closed.Load() {
			return true
		}
	}
	return false
}

// look says what a look at the connections at now finds, once for each
// thing it finds, and reports whether there is still something to watch.
func (w *watcher) look(now time.Time, after time.Duration) bool {
	var msgs []string
	busy := false
	removed := false
	w.mu.Lock()
	for c, s := range w.conns {
		if c.closed.Load() {
			delete(w.conns, c)
			removed = true
			continue
		}
		if msg := s.read(c, now, after); msg != "" {
			msgs = append(msgs, msg)
		}
		if msg := s.spin(c, now, after); msg != "" {
			msgs = append(msgs, msg)
		}
		n := c.afterEOF.Load()
		if c.reads.Load()%2 == 1 || n != s.afterEOF && !s.spinTold {
			busy = true // a read waits, or receives after the end go on
		}
		s.afterEOF = n
	}
	w.mu.Unlock()
	if removed {
		forget()
	}
	for _, m := range msgs {
		say(m)
	}
	return busy
}

// read returns the hint for a read of c that has waited at least after
// with part of a message in hand, once.
func (s *seen) read(c *Conn, now time.Time, after time.Duration) string {
	r := c.reads.Load()
	if r != s.reads || r%2 == 0 {
		s.reads, s.since, s.told = r, now, false
		return ""
	}
	if s.told || now.Sub(s.since) < after {
		return ""
	}
	s.told = true
	return c.stalled()
}

// spin returns the hint for a program that keeps receiving from c after
// the end of the stream, once.
func (s *seen) spin(c *Conn, now time.Time, after time.Duration) string {
	if s.spinTold || c.afterEOF.Load() == 0 {
		return ""
	}
	if s.spinSince.IsZero() {
		s.spinSince = now
	}
	if c.afterEOF.Load() < spinReceives || now.Sub(s.spinSince) < after {
		return ""
	}
	s.spinTold = true
	where := "the program"
	if site, ok := siteOf(c.site.Load()); ok {
		where = fmt.Sprintf("%s:%d", site.File, site.Line)
	}
	return fmt.Sprintf("socklab: %s receives again and again from %s after the end of the stream: the peer has closed the connection and nothing more can come; check ok (or the error) and stop receiving", where, netgate.Display(c.RemoteAddr()))
}

// stalled returns the hint for c's read that waits, or "" when it has no
// part of a message in hand.
func (c *Conn) stalled() string {
	what, ok := c.waitingFor()
	if !ok || what.forgot == "" || what.arrived == "" {
		return ""
	}
	return fmt.Sprintf("socklab: %s:%d is waiting for %s from %s; %s has arrived so far: did the sender forget the %s?",
		what.site.File, what.site.Line, what.delim, netgate.Display(c.RemoteAddr()), what.arrived, what.forgot)
}

// A wait is what a waiting receive waits for.
type wait struct {
	site    Site
	delim   string // "a newline"
	forgot  string // `\n`
	arrived string // quoted, "" when nothing has
}

// waitingFor describes what c's receive waits for; false when the site of
// the receive is unknown.
func (c *Conn) waitingFor() (wait, bool) {
	site, ok := siteOf(c.site.Load())
	if !ok {
		return wait{}, false
	}
	if site.Delim == "" {
		return wait{site: site, delim: site.What}, site.What != ""
	}
	w := wait{site: site, delim: "a newline", forgot: `\n`}
	if site.Delim != "\n" {
		q := strconv.Quote(site.Delim)
		w.delim, w.forgot = "the delimiter "+q, q[1:len(q)-1]
	}
	b, cut := c.pending(site.Delim)
	if len(b) > 0 {
		w.arrived = strconv.Quote(string(b))
		if cut {
			w.arrived = "..." + w.arrived
		}
	}
	return w, true
}

// Waiting describes, for the stall reports of a lesson, what the receive
// on the connection from local to remote waits for ("a newline; "GUESS"
// has arrived so far: did the sender forget the \n?", at client.go:33);
// "" when the hints do not know.
func Waiting(local, remote netip.AddrPort) (what, at string) {
	watched.mu.Lock()
	var found *Conn
	for c := range watched.conns {
		l, ok1 := addrPort(c.LocalAddr())
		r, ok2 := addrPort(c.RemoteAddr())
		if ok1 && ok2 && l == local && r == remote {
			found = c
			break
		}
	}
	watched.mu.Unlock()
	if found == nil {
		return "", ""
	}
	w, ok := found.waitingFor()
	if !ok {
		return "", ""
	}
	what = w.delim
	if w.arrived != "" {
		what += fmt.Sprintf("; %s has arrived so far: did the sender forget the %s?", w.arrived, w.forgot)
	}
	return what, fmt.Sprintf("%s:%d", w.site.File, w.site.Line)
}

func addrPort(a net.Addr) (netip.AddrPort, bool) {
	t, ok := a.(*net.TCPAddr)
	if !ok {
		return netip.AddrPort{}, false
	}
	ap := t.AddrPort()
	return netip.AddrPortFrom(ap.Addr().Unmap(), ap.Port()), true
}
