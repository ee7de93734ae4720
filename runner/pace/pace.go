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
// them), then goes out at once, and closing sends what waits at once, as
// the kernel does on close. One write is never split, so a program that sends
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
	if tc, ok := c.(interface{ SetNoDelay(bool) error }); ok {
		tc.SetNoDelay(true)
	}
	p := &Conn{Conn: c, local: local, remote: remote}
	// Before the first write, what the peer acknowledged is the SYN of
	// the side that connected, if that is this one.
	if start, ok := tcpdiag.Count(local, remote); ok && start.Bytes && start.Unacked == 0 {
		p.syn, p.counted = start.Acked, true
	}
	return p
}

// Conn is a paced connection.
type Conn struct {
	net.Conn
	local, remote netip.AddrPort
	syn           uint64 // the SYN among the bytes the peer acknowledged (0 or 1)
	counted       bool   // syn is known
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
// still on their way (which the peer's system, on a loaded machine, may
// not have taken in yet) and those waiting in its receive queue. It is 0
// when the sockets cannot be found.
func (p *Conn) unread() int {
	ours, ok := tcpdiag.Count(p.local, p.remote)
	if !ok {
		return 0 // not established any more: nothing to wait for
	}
	peer, ok := tcpdiag.Count(p.remote, p.local)
	if !ok {
		return 0
	}
	if !ours.Bytes || !peer.Bytes || !p.counted {
		// A kernel without tcp_info's byte counts (before Linux 4.1):
		// what the peer's system has not acknowledged is on its way.
		return ours.Unacked + peer.Unread
	}
	// What the peer's system has not received yet is on its way; what it
	// received and read is read, acknowledged or not (a peer that delays
	// its acknowledgements, as Python's sockets do, takes up to 40 ms).
	given := ours.Acked + uint64(ours.Unacked) - p.syn
	if given > peer.Received {
		return int(given-peer.Received) + peer.Unread
	}
	return peer.Unread
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

// SetNoDelay leaves Nagle's algorithm off: pacing already holds each
// write until the peer has read what came before, as Nagle's algorithm
// would, and Nagle's algorithm would then hold it again until the peer's
// system acknowledges what it read, which a peer that delays its
// acknowledgements (as Python's sockets do) takes up to 40 ms to do.
func (p *Conn) SetNoDelay(bool) error { return nil }

// SetLinger sets what Close does with data not yet sent.
func (p *Conn) SetLinger(sec int) error {
	if tc, ok := p.Conn.(interface{ SetLinger(int) error }); ok {
		return tc.SetLinger(sec)
	}
	return errors.ErrUnsupported
}
