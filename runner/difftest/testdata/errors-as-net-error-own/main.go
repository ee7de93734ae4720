// difftest: same
package main

import (
	"errors"
	"fmt"
	"net"
	"strings"
	"time"
)

type timeoutErr struct{ op string }

func (e *timeoutErr) Error() string   { return e.op + ": timed out" }
func (e *timeoutErr) Timeout() bool   { return true }
func (e *timeoutErr) Temporary() bool { return true }

type busyErr struct{ n int }

func (e busyErr) Error() string   { return fmt.Sprintf("busy (%d)", e.n) }
func (e busyErr) Timeout() bool   { return false }
func (e busyErr) Temporary() bool { return e.n > 1 }

func retryable(err error) string {
	var ne net.Error
	if errors.As(err, &ne) {
		msg := ne.Error()
		if i := strings.LastIndex(msg, ": "); i >= 0 && strings.HasPrefix(msg, "accept") {
			msg = "accept: " + msg[i+2:]
		}
		return fmt.Sprintf("net.Error timeout=%v temporary=%v %s", ne.Timeout(), ne.Temporary(), msg)
	}
	return "not a net.Error: " + err.Error()
}

func main() {
	errs := []error{
		&timeoutErr{"read"},
		fmt.Errorf("step 2: %w", &timeoutErr{"write"}),
		busyErr{3},
		fmt.Errorf("wrapped: %w", busyErr{1}),
		errors.Join(errors.New("first"), busyErr{2}),
		errors.New("plain"),
	}
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	defer ln.Close()
	ln.(*net.TCPListener).SetDeadline(time.Now().Add(10 * time.Millisecond))
	_, err := ln.Accept()
	errs = append(errs, err)
	for _, e := range errs {
		fmt.Println(retryable(e))
	}
	var te *timeoutErr
	fmt.Println(errors.As(errs[1], &te), te.op)
}
