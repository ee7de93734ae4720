package faults

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"net"
	"sync"
	"syscall"
	"time"
)

// Wrap returns c with the faults of sp injected into its sends and
// receives; rng chooses the sizes of pieces. Sends go out with Nagle's
// algorithm off whenever they are split, so that each piece leaves as a
// segment of its own, as on a network that cuts them.
func (sp Spec) Wrap(c net.Conn, rng *rand.Rand) net.Conn {
	fc := &Conn{Conn: c, spec: sp, rng: rng}
	if sp.Fragment > 0 {
		fc.noDelay(true)
	}
	return fc
}

// Conn is a connection with faults. Besides net.Conn it offers what
// *net.TCPConn offers that socklab's packages use.
type Conn struct {
	net.Conn
	spec Spec

	mu     sync.Mutex // guards rng, passed and reset
	rng    *rand.Rand
	passed int64 // bytes sent and received so far
	reset  bool
}

// ResetError is the failure of a send or receive on a connection that
// reset-after reset.
type ResetError struct{ After int64 }

func (e *ResetError) Error() string {
	return fmt.Sprintf("connection reset (--faults reset-after=%d)", e.After)
}

// Unwrap makes errors.Is(err, syscall.ECONNRESET) hold, as for a real reset.
func (e *ResetError) Unwrap() error { return syscall.ECONNRESET }

// budget returns how many of n bytes may still pass before the reset, and
// false once the connection has been reset.
func (c *Conn) budget(n int) (int, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.reset {
		return 0, false
	}
	if c.spec.ResetAfter > 0 {
		n = int(min(int64(n), c.spec.ResetAfter-c.passed))
	}
	return n, true
}

// pass counts n bytes and resets the connection when they reach the limit.
func (c *Conn) pass(n int) {
	c.mu.Lock()
	c.passed += int64(n)
	hit := c.spec.ResetAfter > 0 && c.passed >= c.spec.ResetAfter && !c.reset
	if hit {
		c.reset = true
	}
	c.mu.Unlock()
	if hit {
		c.abort()
	}
}

func (c *Conn) abort() {
	if a, ok := c.Conn.(interface{ Abort() error }); ok {
		a.Abort()
		return
	}
	if tc, ok := c.Conn.(interface{ SetLinger(int) error }); ok {
		tc.SetLinger(0)
	}
	c.Conn.Close()
}

// piece returns the size of the next piece of a send with left bytes to go.
func (c *Conn) piece(left int) int {
	switch c.spec.Fragment {
	case 0:
		return left
	case 1:
		return 1
	}
	c.mu.Lock()
	n := 1 + c.rng.IntN(c.spec.Fragment)
	c.mu.Unlock()
	return min(n, left)
}

// Write sends p after the latency, in pieces when fragment is set.
func (c *Conn) Write(p []byte) (int, error) {
	if c.spec.Latency > 0 {
		time.Sleep(c.spec.Latency)
	}
	sent := 0
	for sent < len(p) {
		if sent > 0 && c.spec.Delay > 0 {
			time.Sleep(c.spec.Delay)
		}
		n, ok := c.budget(c.piece(len(p) - sent))
		if !ok {
			return sent, c.resetError("write")
		}
		n, err := c.Conn.Write(p[sent : sent+n])
		sent += n
		c.pass(n)
		if err != nil {
			return sent, err
		}
	}
	return sent, nil
}

// Read receives at most slowread bytes after its wait, when slowread is set.
func (c *Conn) Read(p []byte) (int, error) {
	if c.spec.SlowRead > 0 {
		if c.spec.ReadDelay > 0 {
			time.Sleep(c.spec.ReadDelay)
		}
		p = p[:min(len(p), c.spec.SlowRead)]
	}
	n, ok := c.budget(len(p))
	if !ok {
		return 0, c.resetError("read")
	}
	n, err := c.Conn.Read(p[:n])
	if n > 0 {
		c.pass(n)
	}
	return n, err
}

func (c *Conn) resetError(op string) error {
	return &net.OpError{Op: op, Net: "tcp", Source: c.LocalAddr(), Addr: c.RemoteAddr(), Err: &ResetError{After: c.spec.ResetAfter}}
}

func (c *Conn) noDelay(on bool) error {
	if tc, ok := c.Conn.(interface{ SetNoDelay(bool) error }); ok {
		return tc.SetNoDelay(on)
	}
	return errors.ErrUnsupported
}

// SetNoDelay passes on to the socket, except that a connection whose sends
// are split keeps Nagle's algorithm off.
func (c *Conn) SetNoDelay(on bool) error {
	if c.spec.Fragment > 0 {
		on = true
	}
	return c.noDelay(on)
}

// CloseWrite passes on to the connection.
func (c *Conn) CloseWrite() error {
	if cw, ok := c.Conn.(interface{ CloseWrite() error }); ok {
		return cw.CloseWrite()
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
