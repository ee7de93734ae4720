// difftest: same
// sort: lines
package main

// A fixed pool of workers serving connections: the accept loop hands each
// connection to a channel, and three workers take turns serving them, so
// that no more than three clients are served at once.

import (
	"bufio"
	"fmt"
	"net"
	"strings"
	"sync"
	"sync/atomic"
)

func worker(id int, conns <-chan net.Conn, served *atomic.Int32, wg *sync.WaitGroup) {
	defer wg.Done()
	for c := range conns {
		line, err := bufio.NewReader(c).ReadString('\n')
		if err == nil {
			fmt.Fprintf(c, "%s\n", strings.ToUpper(strings.TrimSpace(line)))
		}
		c.Close()
		served.Add(1)
	}
	_ = id
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	conns := make(chan net.Conn)
	var served atomic.Int32
	var workers sync.WaitGroup
	for i := 1; i <= 3; i++ {
		workers.Add(1)
		go worker(i, conns, &served, &workers)
	}
	go func() {
		defer close(conns)
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			conns <- c
		}
	}()

	var clients sync.WaitGroup
	for _, name := range []string{"ada", "grace", "linus", "ken", "rob", "barbara"} {
		clients.Add(1)
		go func() {
			defer clients.Done()
			c, err := net.Dial("tcp", ln.Addr().String())
			if err != nil {
				fmt.Println("dial:", err)
				return
			}
			defer c.Close()
			fmt.Fprintln(c, name)
			reply, _ := bufio.NewReader(c).ReadString('\n')
			fmt.Printf("%s -> %s", name, reply)
		}()
	}
	clients.Wait()
	ln.Close()
	workers.Wait()
	fmt.Println("served:", served.Load())
}
