package netgate

import (
	"context"
	"net"
	"sync/atomic"
)

// A Tap sees every TCP connection the gate hands out, dialed or accepted,
// and returns the connection the script gets instead: one that records its
// bytes, or injects faults (see package wire). With no tap set, the gate
// hands out the system's own connections, untouched.
type Tap func(c net.Conn, accepted bool) net.Conn

var tap atomic.Pointer[Tap]

// SetTap makes t the tap of every TCP connection handed out from now on;
// nil removes it.
func SetTap(t Tap) {
	if t == nil {
		tap.Store(nil)
		return
	}
	tap.Store(&t)
}

var innerTap atomic.Pointer[Tap]

// AddInnerTap makes t see every TCP connection handed out from now on
// before the tap does, closest to the socket, after the inner taps added
// before it: lesson tests pace their connections and watch their receives
// there (see packages pace and stall).
func AddInnerTap(t Tap) {
	for {
		old := innerTap.Load()
		next := t
		if old != nil {
			prev := *old
			next = func(c net.Conn, accepted bool) net.Conn { return t(prev(c, accepted), accepted) }
		}
		if innerTap.CompareAndSwap(old, &next) {
			return
		}
	}
}

// SetInnerTap replaces the inner taps with t; nil removes them all (under
// faults, the wire is the faults' own: see package wire/tap).
func SetInnerTap(t Tap) {
	if t == nil {
		innerTap.Store(nil)
		return
	}
	innerTap.Store(&t)
}

// currentTap returns the inner taps and then the tap, as one, or nil when
// none is set.
func currentTap() Tap {
	in, t := innerTap.Load(), tap.Load()
	switch {
	case in == nil && t == nil:
		return nil
	case in == nil:
		return *t
	case t == nil:
		return *in
	}
	return func(c net.Conn, accepted bool) net.Conn { return (*t)((*in)(c, accepted), accepted) }
}

// tapConn passes a dialed connection through the taps, if any is set and
// the script does not look at its connections' type.
func tapConn(network string, c net.Conn) net.Conn {
	t := currentTap()
	if t == nil || !isTCP(network) || goConns.Load() {
		return c
	}
	return t(c, false)
}

// goConns is set when the script looks at its connections' concrete type
// (see KeepConns).
var goConns atomic.Bool

// KeepConns says whether the script asserts or prints the concrete type of
// its connections (c.(*net.TCPConn), %T): the gate then hands out Go's own
// *net.TCPConn, dialed or accepted, as a Go build does, and no tap wraps
// it. Neither the trace nor the faults nor a lesson test's inner taps (the
// hints, pacing, the stall records) see such a script's connections.
func KeepConns(on bool) { goConns.Store(on) }

// goListeners is set when the script looks at its listeners' concrete type
// (see KeepListeners).
var goListeners atomic.Bool

// KeepListeners says whether the script asserts or prints the concrete type
// of its listeners (ln.(*net.TCPListener), %T): Listen then hands out Go's
// own *net.TCPListener, as a Go build does, whose accepted connections pass
// no tap, as ListenTCP's.
func KeepListeners(on bool) { goListeners.Store(on) }

// tapListener wraps ln so that each accepted connection passes the taps,
// if any is set and the script looks neither at its listeners' type nor at
// its connections'.
func tapListener(network string, ln net.Listener) net.Listener {
	t := currentTap()
	if t == nil || !isTCP(network) || goListeners.Load() || goConns.Load() {
		return ln
	}
	return &tappedListener{Listener: ln, tap: t}
}

type tappedListener struct {
	net.Listener
	tap Tap
}

// acceptWatch, when set, hears when an Accept starts and, through the
// function it returns, when it ends: lesson tests tell a server waiting for
// a client from a stalled one (see package stall).
var acceptWatch atomic.Pointer[func() func()]

// SetAcceptWatch sets the function told of each Accept of a listener that
// the taps see.
func SetAcceptWatch(f func() func()) { acceptWatch.Store(&f) }

func (l *tappedListener) Accept() (net.Conn, error) {
	if w := acceptWatch.Load(); w != nil {
		defer (*w)()()
	}
	c, err := l.Listener.Accept()
	if err != nil {
		return nil, err
	}
	return l.tap(c, true), nil
}

func isTCP(network string) bool {
	return network == "tcp" || network == "tcp4" || network == "tcp6"
}

// ListenTCP is Listen for Go's net.ListenTCP, whose *net.TCPListener hands
// out *net.TCPConn values that no tap can wrap: its connections are neither
// traced nor faulted.
func ListenTCP(network, addr string) (*net.TCPListener, error) {
	ln, err := listenGated(context.Background(), nil, network, addr)
	if err != nil {
		return nil, err
	}
	return ln.(*net.TCPListener), nil
}

// DialTCP is DialWith for Go's net.DialTCP and the like, which return a
// *net.TCPConn that no tap can wrap: the connection is neither traced nor
// faulted.
func DialTCP(ctx context.Context, d *net.Dialer, network, addr string) (*net.TCPConn, error) {
	c, err := dialGated(ctx, d, network, addr)
	if err != nil {
		return nil, err
	}
	return c.(*net.TCPConn), nil
}
