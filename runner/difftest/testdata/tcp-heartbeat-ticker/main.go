// difftest: same
package main

// Heartbeats: the client sends a ping on a time.Ticker while it has work,
// the server answers each, and stops the session when no ping comes within
// its read deadline.

import (
	"bufio"
	"errors"
	"fmt"
	"net"
	"os"
	"time"
)

func serve(c net.Conn, done chan<- string) {
	defer c.Close()
	r := bufio.NewReader(c)
	beats := 0
	for {
		c.SetReadDeadline(time.Now().Add(600 * time.Millisecond))
		line, err := r.ReadString('\n')
		if errors.Is(err, os.ErrDeadlineExceeded) {
			done <- fmt.Sprintf("client went quiet after %d beats", beats)
			return
		}
		if err != nil {
			done <- "read: " + err.Error()
			return
		}
		beats++
		fmt.Fprintf(c, "pong %d %s", beats, line)
	}
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	done := make(chan string)
	go func() {
		c, err := ln.Accept()
		if err == nil {
			serve(c, done)
		}
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	defer c.Close()
	r := bufio.NewReader(c)
	ticker := time.NewTicker(20 * time.Millisecond)
	for i := 1; i <= 4; i++ {
		<-ticker.C
		fmt.Fprintf(c, "ping\n")
		reply, err := r.ReadString('\n')
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Print(reply)
	}
	ticker.Stop()
	fmt.Println(<-done)
	_, err = r.ReadString('\n')
	fmt.Println("after the server hung up:", err)
}
