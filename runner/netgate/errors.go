package netgate

import (
	"errors"
	"fmt"
	"net"
	"os"
	"syscall"
)

// Error is a network failure with the address the script asked for and a
// hint that tells a student what usually causes it.
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

// explain wraps err, from an operation op on addr, with a plain cause and a hint.
func explain(op, addr string, err error) error {
	var ge *Error
	if errors.As(err, &ge) {
		return err
	}
	cause, hint := Describe(err, addr)
	return &Error{Op: op, Addr: addr, Err: cause, Hint: hint}
}

// Describe names the cause of a network error in a few plain words and gives
// a hint, for the errors students meet most.
func Describe(err error, addr string) (cause error, hint string) {
	switch {
	case errors.Is(err, syscall.ECONNREFUSED):
		return plain("connection refused", err), fmt.Sprintf("is the server running at %s?", addr)
	case errors.Is(err, syscall.EADDRINUSE):
		return plain("address already in use", err), fmt.Sprintf("another program already listens on %s (is an earlier server still running?)", addr)
	case errors.Is(err, syscall.EADDRNOTAVAIL):
		return plain("cannot use this address", err), fmt.Sprintf("%s is not an address of this computer", addr)
	case errors.Is(err, syscall.EACCES):
		return plain("permission denied", err), "ports below 1024 are reserved: use a port from 1024 to 65535"
	case errors.Is(err, syscall.ECONNRESET):
		return plain("connection reset", err), "the other program closed the connection abruptly"
	case errors.Is(err, syscall.EPIPE):
		return plain("broken pipe", err), "the other program has already closed the connection"
	case errors.Is(err, os.ErrDeadlineExceeded):
		return plain("timed out", err), "nothing arrived in time: is the other program waiting for you to send first?"
	case errors.Is(err, net.ErrClosed):
		return plain("use of a closed connection", err), "this socket was already closed by the script"
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

// plainError keeps the original error for errors.Is while showing short text.
type plainError struct {
	text string
	err  error
}

func (e *plainError) Error() string { return e.text }
func (e *plainError) Unwrap() error { return e.err }

func plain(text string, err error) error { return &plainError{text, err} }

// HelperFailure marks Error as a failure of the network rather than a bug
// of the script (see diag.Failure).
func (e *Error) HelperFailure() {}
