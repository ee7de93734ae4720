// Package sock gives scripts TCP sockets in the lessons' vocabulary: listen,
// accept, connect, send, receive, close.
//
// The lesson-style methods (Recv, RecvLine, Send, ...) end the script with a
// clear message when the network fails, as an unhandled Python exception
// would, so a lesson reads as short as its Python original. A server that
// must outlive a misbehaving client hands each connection to Serve, which
// reports the client's failure and goes on. Code that wants to handle every
// error itself uses the Go-style Read and Write, or the error-returning
// frame.Reader from Frames.
//
// Every listen and dial passes the network gate: loopback addresses only,
// unless socklab runs with --allow-net.
package sock

import (
	"errors"
	"net"
	"strconv"
	"time"

	"github.com/socklab/socklab/runner/netgate"
)

// Listen creates a TCP server socket bound to addr ("127.0.0.1:12345") and
// listening: Python's socket(), bind() and listen() in one call.
func Listen(addr string) *Listener {
	ln, err := netgate.Listen("tcp", addr)
	if err != nil {
		fail("listen on", addr, err)
	}
	return &Listener{ln: ln, addr: addr}
}

// Dial connects to the server at addr ("127.0.0.1:12345").
func Dial(addr string) *Conn {
	c, err := netgate.Dial("tcp", addr)
	if err != nil {
		fail("connect to", addr, err)
	}
	return newConn(c)
}

// Connect connects to the server at host and port, like Python's
// connect((host, port)).
func Connect(host string, port int) *Conn {
	return Dial(net.JoinHostPort(host, strconv.Itoa(port)))
}

// DialTimeout is Dial that gives up after d.
func DialTimeout(addr string, d time.Duration) *Conn {
	c, err := netgate.DialTimeout("tcp", addr, d)
	if err != nil {
		fail("connect to", addr, err)
	}
	return newConn(c)
}

// fail ends the script (or, under Serve, the one client) with err in context.
func fail(op string, addr string, err error) {
	var ge *netgate.Error
	if errors.As(err, &ge) {
		panic(err)
	}
	cause, hint := netgate.Describe(err, addr)
	panic(&netgate.Error{Op: op, Addr: addr, Err: cause, Hint: hint})
}
