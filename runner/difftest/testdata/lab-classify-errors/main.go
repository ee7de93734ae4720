// difftest: same
package main

// Sorting network errors out with a type switch, as a student's client
// does before deciding to retry: a refused dial is a *net.OpError, a read
// past its deadline a net.Error that times out, the end of the stream
// io.EOF, and nil is fine.

import (
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"time"
)

func classify(err error) string {
	switch e := err.(type) {
	case nil:
		return "fine"
	case *net.OpError:
		if e.Timeout() {
			return "timeout during " + e.Op
		}
		return "failed " + e.Op + " on " + e.Net
	case net.Error:
		return fmt.Sprint("network error, timeout=", e.Timeout())
	default:
		if errors.Is(err, io.EOF) {
			return "the other side closed"
		}
		return "other: " + e.Error()
	}
}

func retryable(err error) bool {
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	addr := ln.Addr().String()
	go func() {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		c.Write([]byte("x"))
		time.Sleep(200 * time.Millisecond)
		c.Close()
	}()
	c, err := net.Dial("tcp", addr)
	fmt.Println("dial:", classify(err))
	buf := make([]byte, 1)
	_, err = c.Read(buf)
	fmt.Println("first read:", classify(err))
	c.SetReadDeadline(time.Now().Add(20 * time.Millisecond))
	_, err = c.Read(buf)
	fmt.Println("second read:", classify(err), retryable(err), errors.Is(err, os.ErrDeadlineExceeded))
	c.SetReadDeadline(time.Time{})
	_, err = c.Read(buf)
	fmt.Println("third read:", classify(err), retryable(err))
	c.Close()
	ln.Close()
	_, err = net.Dial("tcp", addr)
	fmt.Println("dial again:", classify(err), retryable(err))
	fmt.Println("plain:", classify(errors.New("boom")), classify(fmt.Errorf("wrapped: %w", io.EOF)))
}
