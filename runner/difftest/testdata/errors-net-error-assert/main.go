// difftest: same
// A script's own timeout errors beside a connection's, told apart by a type
// switch with a net.Error case, a comma-ok assertion to net.Error and
// back to the concrete type, and errors.As.
package main

import (
	"errors"
	"fmt"
	"net"
	"time"
)

type timeoutErr struct{ op string }

func (e *timeoutErr) Error() string   { return e.op + ": timed out" }
func (e *timeoutErr) Timeout() bool   { return true }
func (e *timeoutErr) Temporary() bool { return false }

type busy struct{ n int }

func (b *busy) Error() string   { return fmt.Sprintf("busy %d", b.n) }
func (b *busy) Timeout() bool   { return false }
func (b *busy) Temporary() bool { return true }

func classify(err error) string {
	switch e := err.(type) {
	case nil:
		return "nil"
	case *timeoutErr:
		return "concrete timeout " + e.op
	case net.Error:
		return fmt.Sprintf("net.Error timeout=%v temporary=%v %q", e.Timeout(), e.Temporary(), e.Error())
	default:
		return "other " + e.Error()
	}
}

func main() {
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	defer ln.Close()
	go func() {
		c, err := ln.Accept()
		if err == nil {
			time.Sleep(300 * time.Millisecond)
			c.Close()
		}
	}()
	c, _ := net.Dial("tcp", ln.Addr().String())
	c.SetReadDeadline(time.Now().Add(20 * time.Millisecond))
	_, readErr := c.Read(make([]byte, 1))
	c.Close()
	errs := []error{&timeoutErr{"dial"}, &busy{3}, errors.New("x"), fmt.Errorf("wrapped: %w", &busy{4}), readErr, nil}
	for _, err := range errs {
		fmt.Println(classify(err))
		if ne, ok := err.(net.Error); ok {
			_, isT := ne.(*timeoutErr)
			_, isB := ne.(*busy)
			fmt.Println("  assert:", ne.Timeout(), isT, isB)
			var back error = ne
			fmt.Println("  back:", back == err, errors.Is(back, err))
		}
		var ne net.Error
		fmt.Println("  as:", errors.As(err, &ne))
	}
}
