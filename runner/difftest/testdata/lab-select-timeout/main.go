// difftest: same
package main

// Waiting for a server with select: the client reads lines on a goroutine
// that feeds a channel, and main waits for each line or a time.After of
// 150 ms once the first two are in. The server answers twice, then goes quiet, then closes.

import (
	"bufio"
	"fmt"
	"net"
	"time"
)

// patience is how long to wait for the next line: the two the server
// sends at once may take a while on a busy machine, the rest never come.
func patience(got int) time.Duration {
	if got < 2 {
		return 5 * time.Second
	}
	return 150 * time.Millisecond
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	quiet := make(chan struct{})
	go func() {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		fmt.Fprintln(c, "one")
		fmt.Fprintln(c, "two")
		<-quiet
		c.Close()
	}()

	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	defer c.Close()
	lines := make(chan string)
	go func() {
		defer close(lines)
		sc := bufio.NewScanner(c)
		for sc.Scan() {
			lines <- sc.Text()
		}
	}()
	timeouts, got := 0, 0
loop:
	for {
		select {
		case line, ok := <-lines:
			if !ok {
				fmt.Println("server closed the connection")
				break loop
			}
			fmt.Println("got", line)
			got++
		case <-time.After(patience(got)):
			timeouts++
			fmt.Println("no news for 150ms")
			if timeouts == 2 {
				close(quiet)
			}
		}
	}
	fmt.Println("timeouts:", timeouts)
}
