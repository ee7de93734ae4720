// difftest: same
// A script's error types with Timeout and Temporary methods, asked by
// Go's library: os.IsTimeout, net.OpError's and os.PathError's Timeout
// and Temporary of the error they hold, url.Error's Timeout of a
// RoundTripper's error. A Timeout of another signature is no timeout.
package main

import (
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"os"
)

type timeoutErr struct{ op string }

func (e timeoutErr) Error() string { return e.op + ": i/o timeout" }
func (e timeoutErr) Timeout() bool { return true }

type ptrTemp struct{ n int }

func (e *ptrTemp) Error() string   { return fmt.Sprint("temp ", e.n) }
func (e *ptrTemp) Temporary() bool { return e.n > 1 }
func (e *ptrTemp) Timeout() bool   { return false }
func (e *ptrTemp) Unwrap() error   { return os.ErrDeadlineExceeded }

type oddTimeout struct{}

func (oddTimeout) Error() string  { return "odd" }
func (oddTimeout) Timeout() int   { return 7 }
func (oddTimeout) Temporary() int { return 8 }

type embedsOp struct{ *net.OpError }

type rt struct{}

func (rt) RoundTrip(*http.Request) (*http.Response, error) { return nil, timeoutErr{"dial"} }

func main() {
	fmt.Println(os.IsTimeout(timeoutErr{"read"}), os.IsTimeout(&ptrTemp{2}), os.IsTimeout(oddTimeout{}), os.IsTimeout(fmt.Errorf("wrapped: %w", timeoutErr{"w"})))
	op := &net.OpError{Op: "read", Net: "tcp", Err: timeoutErr{"x"}}
	fmt.Println(op.Timeout(), op.Temporary(), os.IsTimeout(op))
	op2 := &net.OpError{Op: "read", Net: "tcp", Err: &ptrTemp{3}}
	fmt.Println(op2.Timeout(), op2.Temporary(), errors.Is(op2, os.ErrDeadlineExceeded))
	pe := &os.PathError{Op: "open", Path: "x", Err: timeoutErr{"y"}}
	fmt.Println(pe.Timeout(), os.IsTimeout(pe))
	e := embedsOp{&net.OpError{Op: "dial", Net: "tcp", Err: os.ErrDeadlineExceeded}}
	fmt.Println(os.IsTimeout(e), e.Timeout())
	c := &http.Client{Transport: rt{}}
	_, err := c.Get("http://example.invalid/")
	var ue *url.Error
	fmt.Println(errors.As(err, &ue), ue.Timeout(), os.IsTimeout(err))
}
