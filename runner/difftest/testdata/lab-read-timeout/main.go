// difftest: same
package main

// Timeouts with SetReadDeadline: a client that waits at most 100 ms for
// an answer of a slow server. The server answers the first question at
// once and the second too late; the client reports the timeout, tells it
// from other errors with net.Error, and still reads the late answer after
// moving the deadline.

import (
	"bufio"
	"errors"
	"fmt"
	"net"
	"os"
	"time"
)

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	go func() {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		defer c.Close()
		r := bufio.NewReader(c)
		delay := time.Duration(0)
		for {
			q, err := r.ReadString('\n')
			if err != nil {
				return
			}
			time.Sleep(delay)
			fmt.Fprintf(c, "answer to %s", q)
			delay = 300 * time.Millisecond
		}
	}()

	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	defer c.Close()
	r := bufio.NewReader(c)
	// The first answer comes at once, though a busy machine may take a
	// while; the second comes 300 ms late, so 100 ms is too short.
	waits := map[string]time.Duration{"first": 5 * time.Second, "second": 100 * time.Millisecond}
	for _, q := range []string{"first", "second"} {
		fmt.Fprintln(c, q)
		c.SetReadDeadline(time.Now().Add(waits[q]))
		a, err := r.ReadString('\n')
		var ne net.Error
		switch {
		case err == nil:
			fmt.Print(a)
		case errors.As(err, &ne) && ne.Timeout():
			fmt.Printf("%s: timed out (%v, deadline exceeded: %v)\n", q, ne.Timeout(), errors.Is(err, os.ErrDeadlineExceeded))
		default:
			fmt.Println("error:", err)
		}
	}
	c.SetReadDeadline(time.Now().Add(5 * time.Second))
	a, err := r.ReadString('\n')
	fmt.Printf("later: %q %v\n", a, err)
	c.SetReadDeadline(time.Time{})
}
