// difftest: same
package main

// A client that retries: the server ignores the first two requests it
// gets, so the client's read times out; the client tells a timeout from
// other errors with net.Error and os.ErrDeadlineExceeded, waits a little
// longer each time, and gives up after four attempts.

import (
	"bufio"
	"errors"
	"fmt"
	"net"
	"os"
	"strings"
	"time"
)

func server(ln net.Listener) {
	seen := 0
	for {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		seen++
		go func(c net.Conn, n int) {
			defer c.Close()
			line, err := bufio.NewReader(c).ReadString('\n')
			if err != nil {
				return
			}
			if n <= 2 {
				time.Sleep(2 * time.Second) // too slow for the client
				return
			}
			fmt.Fprintf(c, "ECHO %s", strings.ToUpper(line))
		}(c, seen)
	}
}

func ask(addr, q string, wait time.Duration) (string, error) {
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return "", fmt.Errorf("dial: %w", err)
	}
	defer c.Close()
	c.SetReadDeadline(time.Now().Add(wait))
	fmt.Fprintln(c, q)
	reply, err := bufio.NewReader(c).ReadString('\n')
	if err != nil {
		return "", fmt.Errorf("ask %q: %w", q, err)
	}
	return strings.TrimSpace(reply), nil
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	go server(ln)
	wait := 100 * time.Millisecond
	for attempt := 1; attempt <= 4; attempt++ {
		reply, err := ask(ln.Addr().String(), "are you there", wait)
		var ne net.Error
		switch {
		case err == nil:
			fmt.Printf("attempt %d: %s\n", attempt, reply)
			return
		case errors.As(err, &ne) && ne.Timeout():
			fmt.Printf("attempt %d: timed out after %v (deadline: %v)\n", attempt, wait,
				errors.Is(err, os.ErrDeadlineExceeded))
			wait *= 2
		default:
			fmt.Println("attempt", attempt, "failed:", err)
			os.Exit(1)
		}
	}
	fmt.Println("gave up")
	os.Exit(3)
}
