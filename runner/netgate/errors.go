package netgate

import (
	"errors"
	"fmt"
	"net"
	"net/netip"
	"os"
	"regexp"
	"strings"
	"sync"
	"syscall"
)

// A script gets Go's own error values from the gate: the *net.OpError that
// net.Dial or net.Listen returns, with Go's text ("dial tcp 127.0.0.1:1:
// connect: connection refused"), so that code which inspects or prints
// errors behaves as it does when built by Go. The gate only puts back the
// address the script asked for where it mapped it elsewhere.
//
// The hints a student reads ("is the server running at 127.0.0.1:1?") are
// added where socklab itself reports a failure: sock's lesson-style
// methods, which end the script with an *Error, and the report of a failure
// the script did not handle (see Hint).

// Error is a network failure that socklab reports itself, with the address
// the script asked for and a hint that tells a student what usually causes
// it: a failure in sock's lesson-style methods, or an address the gate's
// policy refuses.
type Error struct {
	Op   string // "listen on", "connect to", "send to", "receive from", ...
	Addr string // the address as the script wrote it
	Err  error
	Hint string
}

func (e *Error) Error() string {
	s := e.Op
	if e.Addr != "" {
		s += " " + e.Addr
	}
	s += ": " + e.Err.Error()
	if e.Hint != "" {
		s += ": " + e.Hint
	}
	return s
}

func (e *Error) Unwrap() error { return e.Err }

// HelperFailure marks Error as a failure of the network rather than a bug
// of the script (see diag.Failure).
func (e *Error) HelperFailure() {}

// scriptError returns err, from listening on or dialling real (the address
// used for asked, the one the script wrote), as Go's net package would have
// returned it for asked. An error of the gate's own passes unchanged.
func scriptError(network, asked, real string, err error) error {
	var oe *net.OpError
	if !errors.As(err, &oe) || error(oe) != err {
		return err
	}
	addr := addrOf(network, asked)
	if addr == nil || (oe.Addr != nil && oe.Addr.String() == addr.String() && asked == real) {
		return err
	}
	if oe.Addr == nil && real != "" {
		return err // net's own names none: dial tcp4: address ::1: no suitable address found
	}
	shown := *oe
	shown.Addr = addr
	if shown.Source != nil {
		if s := addrOf(network, Display(shown.Source)); s != nil {
			shown.Source = s
		}
	}
	return &shown
}

// addrOf returns addr ("127.0.0.1:12345", "localhost:80") as the net.Addr
// that net puts in its errors for network, or nil if it is not an IP
// address and port.
func addrOf(network, addr string) net.Addr {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return nil
	}
	if host == "" {
		return localAddr(network, port) // net's own for the local system: ":8080"
	}
	ap, err := netip.ParseAddrPort(net.JoinHostPort(normalHost(host), port))
	if err != nil {
		return nil
	}
	if strings.HasPrefix(network, "udp") {
		return net.UDPAddrFromAddrPort(ap)
	}
	return net.TCPAddrFromAddrPort(ap)
}

// addrError is the error net returns for an address it cannot split into a
// host and a port: "dial tcp: address nonsense: missing port in address".
func addrError(op, network string, err error) error {
	o := "dial"
	if op == "listen on" {
		o = "listen"
	}
	return &net.OpError{Op: o, Net: network, Err: err}
}

// cause is one kind of failure that students meet often: how to recognise
// it, a few plain words for it, and a hint.
type cause struct {
	is    error  // the error it wraps
	text  string // the end of Go's text for it
	plain string
	hint  func(addr string) string
}

var causes = []cause{
	{syscall.ECONNREFUSED, "connection refused", "connection refused",
		func(a string) string { return fmt.Sprintf("is the server running at %s?", a) }},
	{syscall.EADDRINUSE, "address already in use", "address already in use",
		func(a string) string {
			return fmt.Sprintf("another program already listens on %s (is an earlier server still running?)", a)
		}},
	{syscall.EADDRNOTAVAIL, "cannot assign requested address", "cannot use this address",
		func(a string) string { return fmt.Sprintf("%s is not an address of this computer", a) }},
	{syscall.EACCES, "permission denied", "permission denied",
		func(string) string { return "ports below 1024 are reserved: use a port from 1024 to 65535" }},
	{syscall.ECONNRESET, "connection reset by peer", "connection reset",
		func(string) string { return "the other program closed the connection abruptly" }},
	{syscall.EPIPE, "broken pipe", "broken pipe",
		func(string) string { return "the other program has already closed the connection" }},
	{os.ErrDeadlineExceeded, "i/o timeout", "timed out",
		func(string) string {
			return "nothing arrived in time: is the other program waiting for you to send first?"
		}},
	{net.ErrClosed, "use of closed network connection", "use of a closed connection",
		func(string) string { return "this socket was already closed by the script" }},
}

// Describe names the cause of a network error in a few plain words and gives
// a hint, for the errors students meet most.
func Describe(err error, addr string) (error, string) {
	for _, c := range causes {
		if errors.Is(err, c.is) {
			return plain(c.plain, err), c.hint(addr)
		}
	}
	var ae *net.AddrError
	if errors.As(err, &ae) {
		return plain(ae.Err, err), `write it as host:port, for example "127.0.0.1:12345"`
	}
	var dns *net.DNSError
	if errors.As(err, &dns) {
		return plain("unknown host "+dns.Name, err), "check the spelling, or use 127.0.0.1"
	}
	var op *net.OpError
	if errors.As(err, &op) && op.Err != nil {
		return op.Err, ""
	}
	return err, ""
}

// goOp matches the start of Go's text for a network error: the operation,
// the network, and the address it names last ("dial tcp 127.0.0.1:1: ",
// "read tcp 127.0.0.1:5->127.0.0.1:6: ").
var goOp = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(?:dial|listen|accept|read|write|close) (?:tcp|udp)[46]? (?:\S+->)?(\S+): `)
})

// Hint returns a hint for a network failure that a script did not handle,
// from its text as Go's net package writes it, or "" if msg is not one.
// A report of the failure adds it after the text.
func Hint(msg string) string {
	m := goOp().FindStringSubmatch(msg)
	if m == nil {
		return ""
	}
	for _, c := range causes {
		if strings.HasSuffix(msg, c.text) {
			return c.hint(m[1])
		}
	}
	return ""
}

// plainError keeps the original error for errors.Is while showing short text.
type plainError struct {
	text string
	err  error
}

func (e *plainError) Error() string { return e.text }
func (e *plainError) Unwrap() error { return e.err }

func plain(text string, err error) error { return &plainError{text, err} }
