// difftest: same
package main

// An idle timeout with time.AfterFunc: every line the server reads resets
// a timer, and when the timer fires it closes the connection, which ends
// the blocked read with net.ErrClosed.

import (
	"bufio"
	"errors"
	"fmt"
	"net"
	"time"
)

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	result := make(chan string)
	go func() {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		const idle = 600 * time.Millisecond
		timer := time.AfterFunc(idle, func() { c.Close() })
		defer timer.Stop()
		sc := bufio.NewScanner(c)
		n := 0
		for sc.Scan() {
			n++
			timer.Reset(idle)
			fmt.Fprintf(c, "ack %s\n", sc.Text())
		}
		err = sc.Err()
		result <- fmt.Sprintf("served %d lines; closed by the timer: %v", n, errors.Is(err, net.ErrClosed))
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	defer c.Close()
	r := bufio.NewReader(c)
	for _, m := range []string{"one", "two", "three"} {
		time.Sleep(10 * time.Millisecond)
		fmt.Fprintln(c, m)
		line, _ := r.ReadString('\n')
		fmt.Print(line)
	}
	fmt.Println(<-result)
	_, err = r.ReadString('\n')
	fmt.Println("client:", err)
}
