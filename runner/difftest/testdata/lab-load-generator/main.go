// difftest: same
package main

// A load generator for an echo server: it starts N clients in a loop, each
// a goroutine that captures its loop variable (Go 1.22 gives every
// iteration its own), sends its number and checks the echo. Results go
// into a slice by index, so the report is in order.

import (
	"bufio"
	"fmt"
	"net"
	"sync"
	"time"
)

func echo(ln net.Listener) {
	for {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		go func() {
			defer c.Close()
			sc := bufio.NewScanner(c)
			for sc.Scan() {
				fmt.Fprintln(c, sc.Text())
			}
		}()
	}
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	go echo(ln)

	const clients = 8
	ok := make([]bool, clients)
	latency := make([]time.Duration, clients)
	var wg sync.WaitGroup
	for i := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			start := time.Now()
			c, err := net.Dial("tcp", ln.Addr().String())
			if err != nil {
				return
			}
			defer c.Close()
			msg := fmt.Sprintf("client-%d", i)
			fmt.Fprintln(c, msg)
			sc := bufio.NewScanner(c)
			ok[i] = sc.Scan() && sc.Text() == msg
			latency[i] = time.Since(start)
		}()
	}
	wg.Wait()
	good := 0
	for i, v := range ok {
		fmt.Printf("client %d: ok=%v measured=%v\n", i, v, latency[i] > 0)
		if v {
			good++
		}
	}
	fmt.Printf("%d/%d clients echoed correctly\n", good, clients)
}
