// difftest: same
package main

// A client that retries: the server comes up a little late, so the client
// tries to connect every 50 ms, up to 40 times, and counts its failures
// only to say whether there were some. Each failure is a
// *net.OpError whose Op is "dial".

import (
	"bufio"
	"errors"
	"fmt"
	"net"
	"time"
)

func dialWithRetry(addr string, tries int, wait time.Duration) (net.Conn, int, error) {
	var lastErr error
	for i := 0; i < tries; i++ {
		c, err := net.Dial("tcp", addr)
		if err == nil {
			return c, i, nil
		}
		var op *net.OpError
		if !errors.As(err, &op) || op.Op != "dial" {
			return nil, i, err
		}
		lastErr = err
		time.Sleep(wait)
	}
	return nil, tries, fmt.Errorf("gave up after %d tries: %w", tries, lastErr)
}

func main() {
	probe, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	addr := probe.Addr().String()
	probe.Close()

	go func() {
		time.Sleep(200 * time.Millisecond)
		ln, err := net.Listen("tcp", addr)
		if err != nil {
			fmt.Println("server:", err)
			return
		}
		defer ln.Close()
		c, err := ln.Accept()
		if err != nil {
			return
		}
		fmt.Fprintln(c, "finally, a server")
		c.Close()
	}()

	c, failures, err := dialWithRetry(addr, 40, 50*time.Millisecond)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer c.Close()
	line, _ := bufio.NewReader(c).ReadString('\n')
	fmt.Print(line)
	fmt.Println("failed at first:", failures > 0)
}
