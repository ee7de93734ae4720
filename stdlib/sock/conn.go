package sock

import (
	"errors"
	"fmt"
	"io"
	"net"
	"time"

	"github.com/socklab/socklab/stdlib/frame"
)

// Conn is a connected TCP socket: the socket a client gets from Dial and a
// server gets from Accept. Bytes that arrive after a message stay buffered
// for the next receive, whichever receive method the script uses.
type Conn struct {
	nc       net.Conn
	io       net.Conn // nc, or nc wrapped to acknowledge at once (see withQuickAck)
	in       *frame.Reader
	peer     string // the peer's address as the script sees it
	timeout  time.Duration
	deadline bool // a deadline is set on nc
}

// newConn wraps c. It turns Nagle's algorithm back on (Go turns it off,
// Python and C leave it on): a small message then waits until the previous
// one is acknowledged instead of going out at once. The seeds' Python
// programs depend on it without knowing: a client that reads a reply line and
// then the next prompt with a bare recv(1024) hangs when both arrive together,
// which without Nagle they almost always do.
func newConn(c net.Conn) *Conn {
	if nd, ok := feature[interface{ SetNoDelay(bool) error }](c); ok {
		nd.SetNoDelay(false)
	}
	rw := withQuickAck(c)
	in := frame.NewReader(rw)
	in.SetBudget(frameMemory)
	return &Conn{nc: c, io: rw, in: in, peer: addrOf(c.RemoteAddr()).String()}
}

// Send sends all of b, like Python's sendall.
func (c *Conn) Send(b []byte) {
	c.setDeadline()
	if _, err := c.io.Write(b); err != nil {
		fail("send to", c.peer, err)
	}
}

// SendString sends the bytes of s (UTF-8), like sendall(s.encode()).
func (c *Conn) SendString(s string) { c.Send([]byte(s)) }

// SendLine sends s and a newline, the framing most lessons agree on.
func (c *Conn) SendLine(s string) {
	c.setDeadline()
	if err := frame.WriteLine(c.io, s); err != nil {
		fail("send to", c.peer, err)
	}
}

// SendUntil sends msg followed by delim, for protocols that end each
// message with a delimiter ("\x00" in the NUL lessons).
func (c *Conn) SendUntil(msg, delim string) {
	c.setDeadline()
	if err := frame.WriteUntil(c.io, []byte(msg), []byte(delim)); err != nil {
		fail("send to", c.peer, err)
	}
}

// SendMsg sends b with a 4-byte length prefix; RecvMsg reads it back whole.
func (c *Conn) SendMsg(b []byte) {
	c.setDeadline()
	if err := frame.WritePrefixed(c.io, b); err != nil {
		fail("send to", c.peer, err)
	}
}

// Recv receives at most n bytes, like Python's recv(n): whatever has
// arrived, possibly less than the peer sent. It returns an empty slice when
// the peer has closed the connection.
//
// The bytes arrive in the connection's own buffer, which the next receive
// reuses, as bufio.Scanner's Bytes does: use them (print them, convert them
// with string(b), append them to a slice of your own) before receiving
// again. A huge n allocates nothing up front.
func (c *Conn) Recv(n int) []byte {
	if n <= 0 {
		panic(fmt.Errorf("Recv(%d): the size must be at least 1", n))
	}
	c.setDeadline()
	b, err := c.in.Next(n)
	if err != nil && !errors.Is(err, io.EOF) {
		fail("receive from", c.peer, err)
	}
	return b
}

// RecvLine receives the next line, without its newline. ok is false when
// the peer closed the connection before sending another line.
func (c *Conn) RecvLine() (line string, ok bool) {
	c.setDeadline()
	line, err := c.in.ReadLine()
	return line, c.ended(err)
}

// RecvUntil receives the next message ending in delim, without delim.
// ok is false when the peer closed the connection before another message.
func (c *Conn) RecvUntil(delim string) (msg string, ok bool) {
	c.setDeadline()
	msg, err := c.in.ReadStringUntil([]byte(delim))
	return msg, c.ended(err)
}

// RecvMsg receives the next message sent with SendMsg. ok is false when the
// peer closed the connection before another message.
func (c *Conn) RecvMsg() (msg []byte, ok bool) {
	c.setDeadline()
	b, err := c.in.ReadPrefixed()
	return b, c.ended(err)
}

// ended reports whether a receive produced a message; a clean end of stream
// gives false, and any other error ends the script.
func (c *Conn) ended(err error) bool {
	if err == nil {
		return true
	}
	if errors.Is(err, io.EOF) {
		return false
	}
	fail("receive from", c.peer, err)
	return false
}

// SetTimeout bounds every later send and receive: one that takes longer than
// d fails. Zero removes the bound.
func (c *Conn) SetTimeout(d time.Duration) { c.timeout = d }

// SetMaxFrame sets the largest message (line, delimited or prefixed) that
// the receive methods accept; 1 MiB by default.
func (c *Conn) SetMaxFrame(n int) { c.in.SetMaxSize(n) }

// setDeadline bounds the next send or receive by the timeout. With no
// timeout it costs nothing, unless one was set before and must be cleared.
func (c *Conn) setDeadline() {
	switch {
	case c.timeout > 0:
		c.nc.SetDeadline(time.Now().Add(c.timeout))
		c.deadline = true
	case c.deadline:
		c.nc.SetDeadline(time.Time{})
		c.deadline = false
	}
}

// Close closes the connection. Closing twice is harmless.
func (c *Conn) Close() { c.nc.Close() }

// CloseSend tells the peer that nothing more will be sent (its receives then
// see the end of the stream) while this side can still receive.
func (c *Conn) CloseSend() {
	if cw, ok := feature[interface{ CloseWrite() error }](c.nc); ok {
		if err := cw.CloseWrite(); err != nil {
			fail("close sending to", c.peer, err)
		}
	}
}

// LocalAddr returns this end's address.
func (c *Conn) LocalAddr() Addr { return addrOf(c.nc.LocalAddr()) }

// RemoteAddr returns the peer's address.
func (c *Conn) RemoteAddr() Addr { return addrOf(c.nc.RemoteAddr()) }

// Read implements io.Reader, Go style: it returns errors instead of ending
// the script, and reads what earlier receives left buffered first.
func (c *Conn) Read(p []byte) (int, error) { return c.in.Read(p) }

// Write implements io.Writer, Go style: it returns errors instead of ending
// the script.
func (c *Conn) Write(p []byte) (int, error) { return c.io.Write(p) }

// Frames returns the connection's frame reader, whose methods return errors
// instead of ending the script. It shares the buffer of the receive methods.
func (c *Conn) Frames() *frame.Reader { return c.in }

// NetConn returns the underlying net.Conn.
func (c *Conn) NetConn() net.Conn { return c.nc }
