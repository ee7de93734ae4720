package sock

import (
	"fmt"
	"net"
	"os"

	"github.com/socklab/socklab/runner/diag"
)

// Listener is a listening server socket.
type Listener struct {
	ln   net.Listener
	addr string // as the script asked for it
	told bool   // a temporary accept failure has been reported
}

// Accept waits for the next client and returns its connection and address,
// like Python's new_socket, addr = my_socket.accept().
func (l *Listener) Accept() (*Conn, Addr) {
	c, err := l.ln.Accept()
	if err != nil {
		fail("accept on", l.addr, err)
	}
	conn := newConn(c)
	return conn, conn.RemoteAddr()
}

// Addr returns the address the listener is bound to.
func (l *Listener) Addr() Addr { return addrOf(l.ln.Addr()) }

// Close stops listening. An Accept or Serve waiting on the listener returns.
func (l *Listener) Close() { l.ln.Close() }

// Serve accepts clients one after another (an iterative server) and calls
// handle with each; the connection is closed when handle returns. A failure
// while handling one client (the client vanished, sent garbage, or the
// handler panicked) is reported on standard error and the server goes on
// with the next client. A failure to accept that passes (the process is out
// of file descriptors until a client leaves) is reported once, and Serve
// waits and tries again, as Go's net/http server does. Serve returns when
// the listener is closed, for example by a handler that calls l.Close().
func (l *Listener) Serve(handle func(c *Conn)) {
	for {
		c, ok := l.next()
		if !ok {
			return
		}
		serveOne(newConn(c), handle)
	}
}

// ServeConcurrently is Serve with each client handled in its own goroutine,
// so that many clients are served at once.
func (l *Listener) ServeConcurrently(handle func(c *Conn)) {
	for {
		c, ok := l.next()
		if !ok {
			return
		}
		go serveOne(newConn(c), handle)
	}
}

// serveOne runs handle for one client and turns its failure into a report.
func serveOne(c *Conn, handle func(c *Conn)) {
	defer c.Close()
	defer func() {
		v := recover()
		if v == nil {
			return
		}
		if v == diag.ErrEndOfInput {
			panic(v)
		}
		fmt.Fprintln(os.Stderr, diag.HandlerReport(c.peer, v))
	}()
	handle(c)
}
