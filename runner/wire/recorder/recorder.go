// Package recorder wraps the connections of a script process so that each
// send, receive and close is written to the process's trace file (see
// package wire). It sits right above the socket, below any fault injection,
// so it records what really went out and came in.
package recorder

import (
	"errors"
	"io"
	"net"
	"os"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/socklab/socklab/runner/wire"
)

// A Recorder numbers the connections of one process and records their
// events with a wire.Writer.
type Recorder struct {
	w    *wire.Writer
	show func(net.Addr) string // an address as the script sees it
	next atomic.Int64
}

// New returns a Recorder writing to w, after a Hello event naming the
// program and the faults applied to it. show gives an address as the
// script sees it (netgate.Display).
func New(w *wire.Writer, program, faults string, show func(net.Addr) string) *Recorder {
	w.Write(wire.Event{Time: now(), Kind: wire.Hello, Program: program, Pid: os.Getpid(), Faults: faults})
	return &Recorder{w: w, show: show}
}

func now() int64 { return time.Now().UnixNano() }

// Unseen records what this process's trace does not show, and why.
func (r *Recorder) Unseen(note string) {
	r.w.Write(wire.Event{Time: now(), Kind: wire.Unseen, Note: note})
}

// Wrap returns c recording its events; accepted says that a listener
// accepted it (the server's end).
func (r *Recorder) Wrap(c net.Conn, accepted bool) net.Conn {
	id := int(r.next.Add(1))
	r.w.Write(wire.Event{
		Time: now(), Kind: wire.Open, Conn: id, Accepted: accepted,
		Local: c.LocalAddr().String(), Remote: c.RemoteAddr().String(),
		ShowLocal: r.show(c.LocalAddr()), ShowRemote: r.show(c.RemoteAddr()),
	})
	return &Conn{Conn: c, r: r, id: id}
}

// Conn is a connection whose events are recorded. Besides net.Conn it
// offers what *net.TCPConn offers that socklab's packages use.
type Conn struct {
	net.Conn
	r         *Recorder
	id        int
	closeOnce sync.Once
}

func (c *Conn) event(kind wire.Kind, t int64, data []byte, err error) {
	e := wire.Event{Time: t, Kind: kind, Conn: c.id, Data: data}
	if err != nil {
		e.Err = err.Error()
	}
	c.r.w.Write(e)
}

// Read records what one receive returned: its bytes, the end of the
// stream, or a failure.
func (c *Conn) Read(p []byte) (int, error) {
	n, err := c.Conn.Read(p)
	t := now()
	if n > 0 {
		c.event(wire.Recv, t, p[:n], nil)
	}
	switch {
	case err == io.EOF:
		c.event(wire.EOF, t, nil, nil)
	case err != nil && !isTimeout(err) && !errors.Is(err, net.ErrClosed):
		c.event(wire.Fail, t, nil, err)
	}
	return n, err
}

// Write records the bytes that went out, at the time the send began.
func (c *Conn) Write(p []byte) (int, error) {
	t := now()
	n, err := c.Conn.Write(p)
	if n > 0 {
		c.event(wire.Send, t, p[:n], nil)
	}
	if err != nil && !isTimeout(err) && !errors.Is(err, net.ErrClosed) {
		c.event(wire.Fail, now(), nil, err)
	}
	return n, err
}

// Close records the close, once.
func (c *Conn) Close() error {
	c.closeOnce.Do(func() { c.event(wire.Close, now(), nil, nil) })
	return c.Conn.Close()
}

// CloseWrite shuts the sending side (a FIN) and records it.
func (c *Conn) CloseWrite() error {
	cw, ok := c.Conn.(interface{ CloseWrite() error })
	if !ok {
		return errors.ErrUnsupported
	}
	c.event(wire.CloseWrite, now(), nil, nil)
	return cw.CloseWrite()
}

// Abort resets the connection (an RST instead of a FIN) and records it.
func (c *Conn) Abort() error {
	if tc, ok := c.Conn.(interface{ SetLinger(int) error }); ok {
		tc.SetLinger(0)
	}
	c.closeOnce.Do(func() { c.event(wire.Reset, now(), nil, nil) })
	return c.Conn.Close()
}

// SetNoDelay passes on to the socket.
func (c *Conn) SetNoDelay(on bool) error {
	if tc, ok := c.Conn.(interface{ SetNoDelay(bool) error }); ok {
		return tc.SetNoDelay(on)
	}
	return errors.ErrUnsupported
}

// SetLinger passes on to the socket.
func (c *Conn) SetLinger(sec int) error {
	if tc, ok := c.Conn.(interface{ SetLinger(int) error }); ok {
		return tc.SetLinger(sec)
	}
	return errors.ErrUnsupported
}

// SyscallConn passes on to the socket.
func (c *Conn) SyscallConn() (syscall.RawConn, error) {
	if tc, ok := c.Conn.(syscall.Conn); ok {
		return tc.SyscallConn()
	}
	return nil, errors.ErrUnsupported
}

func isTimeout(err error) bool {
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}
