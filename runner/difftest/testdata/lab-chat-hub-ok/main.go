// difftest: same

package main

import (
	"bufio"
	"fmt"
	"net"
	"sync"
)

type client struct {
	name string
	out  chan string
}

type hub struct {
	join  chan *client
	leave chan *client
	msgs  chan string
}

func (h *hub) run() {
	clients := map[*client]bool{}
	for {
		select {
		case c := <-h.join:
			clients[c] = true
		case c := <-h.leave:
			delete(clients, c)
			close(c.out)
		case m, ok := <-h.msgs:
			if !ok {
				return
			}
			for c := range clients {
				c.out <- m
			}
		}
	}
}

func main() {
	h := &hub{join: make(chan *client), leave: make(chan *client), msgs: make(chan string, 10)}
	go h.run()
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	defer ln.Close()
	var wg sync.WaitGroup
	go func() {
		for {
			conn, err := ln.Accept()
			if err != nil {
				return
			}
			go func(conn net.Conn) {
				sc := bufio.NewScanner(conn)
				sc.Scan()
				c := &client{name: sc.Text(), out: make(chan string, 10)}
				h.join <- c
				fmt.Fprintln(conn, "welcome "+c.name)
				go func() {
					for m := range c.out {
						fmt.Fprintln(conn, m)
					}
					conn.Close()
				}()
				for sc.Scan() {
					h.msgs <- c.name + ": " + sc.Text()
				}
				h.leave <- c
			}(conn)
		}
	}()
	names := []string{"alice", "bob", "carol"}
	conns := make([]net.Conn, len(names))
	readers := make([]*bufio.Reader, len(names))
	for i, n := range names {
		c, err := net.Dial("tcp", ln.Addr().String())
		if err != nil {
			panic(err)
		}
		fmt.Fprintln(c, n)
		conns[i] = c
		readers[i] = bufio.NewReader(c)
		w, _ := readers[i].ReadString('\n')
		fmt.Print(w)
	}
	// sync: send a ping from each, after all joined
	fmt.Fprintln(conns[0], "hi all")
	results := make([]string, len(names))
	for i := range names {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			line, err := readers[i].ReadString('\n')
			if err != nil {
				results[i] = "error: " + err.Error()
				return
			}
			results[i] = line
		}(i)
	}
	wg.Wait()
	for i, r := range results {
		fmt.Printf("%s got %q\n", names[i], r)
	}
}
