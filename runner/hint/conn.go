package hint

import (
	"errors"
	"io"
	"net"
	"sync"
	"sync/atomic"
)

// tailSize is how many of the last bytes received a Conn keeps: enough to
// show a student the message that waits for its delimiter.
const tailSize = 64

// A Conn is a connection whose receives the hints watch.
type Conn struct {
	net.Conn

	reads    atomic.Uint64 // incremented as a read starts and as it ends: odd while one waits
	site     atomic.Int32  // the site of the last receive through it, 0 if none is known
	eof      atomic.Bool   // a read has met the end of the stream
	afterEOF atomic.Int64  // receives since then
	closed   atomic.Bool

	mu    sync.Mutex
	tail  [tailSize]byte // the last bytes received, oldest first
	kept  int            // how many of tail hold bytes
	total int64          // bytes received in all
}

// NetConn returns the connection underneath, for the TCP-only methods.
func (c *Conn) NetConn() net.Conn { return c.Conn }

// Read receives, keeping the last bytes.
func (c *Conn) Read(b []byte) (int, error) {
	c.reads.Add(1)
	if !watched.running.Load() {
		watched.kick()
	}
	n, err := c.Conn.Read(b)
	if n > 0 {
		c.keep(b[:n])
	}
	if err != nil && errors.Is(err, io.EOF) {
		if c.eof.Load() {
			c.afterEOF.Add(1)
			watched.kick()
		} else {
			c.eof.Store(true)
		}
	}
	c.reads.Add(1)
	return n, err
}

// Close closes the connection, whose receives the hints forget.
func (c *Conn) Close() error {
	c.closed.Store(true)
	return c.Conn.Close()
}

func (c *Conn) keep(b []byte) {
	c.mu.Lock()
	c.total += int64(len(b))
	if len(b) >= tailSize {
		copy(c.tail[:], b[len(b)-tailSize:])
		c.kept = tailSize
	} else {
		if drop := c.kept + len(b) - tailSize; drop > 0 {
			copy(c.tail[:], c.tail[drop:c.kept])
			c.kept -= drop
		}
		c.kept += copy(c.tail[c.kept:], b)
	}
	c.mu.Unlock()
}

// pending returns the bytes received since the last delim (all that the
// tail holds when it holds no delim), and whether bytes before them were
// cut off.
func (c *Conn) pending(delim string) (b []byte, cut bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	t := c.tail[:c.kept]
	if i := lastIndex(t, delim); i >= 0 {
		return append([]byte(nil), t[i+len(delim):]...), false
	}
	return append([]byte(nil), t...), c.total > int64(c.kept)
}

func lastIndex(b []byte, delim string) int {
	for i := len(b) - len(delim); i >= 0; i-- {
		if string(b[i:i+len(delim)]) == delim {
			return i
		}
	}
	return -1
}

// The TCP-only methods, passed on to the socket: a wrapper around this
// connection (pacing, a recorder, faults) looks for them on it.

// CloseWrite shuts the sending side.
func (c *Conn) CloseWrite() error {
	if cw, ok := c.Conn.(interface{ CloseWrite() error }); ok {
		return cw.CloseWrite()
	}
	return errors.ErrUnsupported
}

// SetNoDelay turns Nagle's algorithm off or on.
func (c *Conn) SetNoDelay(noDelay bool) error {
	if tc, ok := c.Conn.(interface{ SetNoDelay(bool) error }); ok {
		return tc.SetNoDelay(noDelay)
	}
	return errors.ErrUnsupported
}

// SetLinger sets what Close does with data not yet sent.
func (c *Conn) SetLinger(sec int) error {
	if tc, ok := c.Conn.(interface{ SetLinger(int) error }); ok {
		return tc.SetLinger(sec)
	}
	return errors.ErrUnsupported
}
