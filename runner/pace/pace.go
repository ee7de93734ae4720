// Package pace makes a lesson test's connections deliver one write at a
// time, as they do in a classroom.
//
// The seeds' Python programs read a message with one recv() and assume it
// holds exactly one: they work in class because the sender's system holds
// a small second message back until the first is acknowledged (Nagle's
// algorithm), and a reader that waits in recv() has the first one by then.
// On a loaded test machine the reader may not run for longer than the
// acknowledgement takes, both messages meet in its buffer, and a correct
// program fails at random. A paced connection models the classroom
// exactly: a write waits while the peer has not yet read what came before
// (what is on its way and in its receive queue, as the kernel reports
// them), writes made meanwhile are
// joined as Nagle joins them, and closing sends what waits at once, as the
// kernel does on close. One write is never split, so a program that sends
// two messages in one write still fails as it would in class.
package pace

import (
	"errors"
	"net"
	"net/netip"
	"os"
	"runtime"
	"time"

	"github.com/socklab/socklab/runner/netgate"
	"github.com/socklab/socklab/runner/tcpdiag"
)

// EnvPace set to "1" paces every TCP connection of a script process; the
// test harness sets it.
const EnvPace = "SOCKLAB_PACE"

// poll is how often a waiting write looks at the peer's queue, and maxWait
// how long it waits for a peer that does not read at all.
const (
	poll    = time.Millisecond
	maxWait = 2 * time.Second
)

// Enabled reports whether this process's connections are to be paced:
// asked for, and possible (Linux, whose sock_diag reports a local socket's
// receive queue).
func Enabled() bool {
	return os.Getenv(EnvPace) == "1" && runtime.GOOS == "linux"
}

// Wrap returns c paced, or c itself when its peer is not a local socket
// whose queue can be seen.
func Wrap(c net.Conn) net.Conn {
	local, ok1 := addrPort(c.LocalAddr())
	remote, ok2 := addrPort(c.RemoteAddr())
	if !ok1 || !ok2 || !remote.Addr().IsLoopback() {
		return c
	}
	return &Conn{Conn: c, local: local, remote: remote}
}

// Conn is a paced connection.
type Conn struct {
	net.Conn
	local, remote netip.AddrPort
}

// NetConn returns the connection underneath, for the TCP-only methods.
func (p *Conn) NetConn() net.Conn { return p.Conn }

// Write sends b once the peer has read everything sent before it, or has
// not read for maxWait.
func (p *Conn) Write(b []byte) (int, error) {
	giveUp := time.Now().Add(maxWait)
	for p.unread() > 0 && time.Now().Before(giveUp) {
		time.Sleep(poll)
	}
	return p.Conn.Write(b)
}

// unread returns how many bytes sent on p the peer has not read yet: those
// still on their way (not yet acknowledged by the peer's system, which on
// a loaded machine may not have taken them in yet) and those waiting in
// its receive queue. It is 0 when the sockets cannot be found.
func (p *Conn) unread() int {
	_, w, ok := tcpdiag.Queues(p.local, p.remote)
	if !ok {
		return 0 // not established any more: nothing to wait for
	}
	r, _, _ := tcpdiag.Queues(p.remote, p.local)
	return w + r
}

func addrPort(a net.Addr) (netip.AddrPort, bool) {
	t, ok := a.(*net.TCPAddr)
	if !ok {
		return netip.AddrPort{}, false
	}
	ap := t.AddrPort()
	if ap.Addr().Is4In6() {
		ap = netip.AddrPortFrom(ap.Addr().Unmap(), ap.Port())
	}
	return ap, true
}

// Install paces every TCP connection of this script process when EnvPace
// asks for it.
func Install() {
	if Enabled() {
		netgate.AddInnerTap(func(c net.Conn, _ bool) net.Conn { return Wrap(c) })
	}
}

// The TCP-only methods that a connection wrapped around this one (a
// recorder, faults) looks for on it, passed on to the socket.

// CloseWrite shuts the sending side.
func (p *Conn) CloseWrite() error {
	if cw, ok := p.Conn.(interface{ CloseWrite() error }); ok {
		return cw.CloseWrite()
	}
	return errors.ErrUnsupported
}

// SetNoDelay turns Nagle's algorithm off or on.
func (p *Conn) SetNoDelay(noDelay bool) error {
	if tc, ok := p.Conn.(interface{ SetNoDelay(bool) error }); ok {
		return tc.SetNoDelay(noDelay)
	}
	return errors.ErrUnsupported
}

// SetLinger sets what Close does with data not yet sent.
func (p *Conn) SetLinger(sec int) error {
	if tc, ok := p.Conn.(interface{ SetLinger(int) error }); ok {
		return tc.SetLinger(sec)
	}
	return errors.ErrUnsupported
}
