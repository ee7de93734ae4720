// difftest: same
// sort: lines
package main

import (
	"bufio"
	"fmt"
	"net"
	"sync"
)

type hub struct {
	mu      sync.Mutex
	clients map[int]net.Conn
}

func (h *hub) broadcast(from int, msg string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	for id, c := range h.clients {
		if id != from {
			fmt.Fprintf(c, "%d says %s\n", from, msg)
		}
	}
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	h := &hub{clients: map[int]net.Conn{}}
	var joined sync.WaitGroup
	joined.Add(3)
	go func() {
		for id := 1; ; id++ {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			h.mu.Lock()
			h.clients[id] = c
			h.mu.Unlock()
			joined.Done()
			go func(id int, c net.Conn) {
				sc := bufio.NewScanner(c)
				for sc.Scan() {
					h.broadcast(id, sc.Text())
				}
			}(id, c)
		}
	}()
	var conns []net.Conn
	for i := 0; i < 3; i++ {
		c, err := net.Dial("tcp", ln.Addr().String())
		if err != nil {
			panic(err)
		}
		conns = append(conns, c)
	}
	joined.Wait()
	fmt.Fprintln(conns[0], "hello")
	var wg sync.WaitGroup
	for i, c := range conns[1:] {
		wg.Add(1)
		go func(i int, c net.Conn) {
			defer wg.Done()
			line, _ := bufio.NewReader(c).ReadString('\n')
			fmt.Printf("client %d got: %s", i+2, line)
		}(i, c)
	}
	wg.Wait()
	ln.Close()
}
