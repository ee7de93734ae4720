// difftest: same
package main

// A watchdog for a slow client: time.AfterFunc closes the connection if
// the whole request has not arrived in time, and Stop cancels it when it
// has. The server's read then fails with net.ErrClosed.

import (
	"bufio"
	"errors"
	"fmt"
	"net"
	"time"
)

func serve(c net.Conn, limit time.Duration, report chan<- string) {
	watchdog := time.AfterFunc(limit, func() { c.Close() })
	line, err := bufio.NewReader(c).ReadString('\n')
	stopped := watchdog.Stop()
	switch {
	case err == nil:
		fmt.Fprintf(c, "got %q in time\n", line)
		report <- fmt.Sprintf("served, watchdog stopped before firing: %v", stopped)
	case errors.Is(err, net.ErrClosed):
		report <- fmt.Sprintf("watchdog closed a slow client (stopped: %v)", stopped)
	default:
		report <- "error: " + err.Error()
	}
	c.Close()
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	report := make(chan string)
	limits := []time.Duration{5 * time.Second, 100 * time.Millisecond}
	go func() {
		for _, limit := range limits {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			serve(c, limit, report)
		}
	}()

	fast, _ := net.Dial("tcp", ln.Addr().String())
	fmt.Fprintln(fast, "quick request")
	reply, _ := bufio.NewReader(fast).ReadString('\n')
	fmt.Print(reply)
	fmt.Println(<-report)
	fast.Close()

	slow, _ := net.Dial("tcp", ln.Addr().String())
	fmt.Fprint(slow, "a request that never ends")
	fmt.Println(<-report)
	_, err = bufio.NewReader(slow).ReadString('\n')
	fmt.Println("slow client then reads:", err)
	slow.Close()
}
