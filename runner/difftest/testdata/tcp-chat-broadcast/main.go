// difftest: same
// sort: lines
package main

// A chat server as labs write it: a hub goroutine owns the set of
// clients and receives joins, leaves and messages on channels; each
// client's reader goroutine scans lines with bufio and the hub writes
// every message to all the others. Three clients join, talk and leave.

import (
	"bufio"
	"fmt"
	"net"
	"strings"
	"sync"
)

type message struct {
	from *client
	text string
}

type client struct {
	name string
	conn net.Conn
}

type hub struct {
	join, leave chan *client
	say         chan message
}

func (h *hub) run() {
	clients := map[*client]bool{}
	for {
		select {
		case c := <-h.join:
			clients[c] = true
		case c := <-h.leave:
			delete(clients, c)
			c.conn.Close()
		case m := <-h.say:
			for c := range clients {
				if c != m.from {
					fmt.Fprintf(c.conn, "%s: %s\n", m.from.name, m.text)
				}
			}
		}
	}
}

func (h *hub) handle(conn net.Conn) {
	sc := bufio.NewScanner(conn)
	if !sc.Scan() {
		conn.Close()
		return
	}
	c := &client{name: strings.TrimPrefix(sc.Text(), "NICK "), conn: conn}
	h.join <- c
	fmt.Fprintf(conn, "welcome %s\n", c.name)
	for sc.Scan() {
		if sc.Text() == "/quit" {
			break
		}
		h.say <- message{c, sc.Text()}
	}
	h.leave <- c
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	h := &hub{make(chan *client), make(chan *client), make(chan message)}
	go h.run()
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go h.handle(c)
		}
	}()

	names := []string{"ann", "ben", "cat"}
	conns := make([]net.Conn, len(names))
	readers := make([]*bufio.Reader, len(names))
	for i, n := range names {
		c, err := net.Dial("tcp", ln.Addr().String())
		if err != nil {
			panic(err)
		}
		conns[i], readers[i] = c, bufio.NewReader(c)
		fmt.Fprintf(c, "NICK %s\n", n)
		line, _ := readers[i].ReadString('\n')
		fmt.Print(line)
	}
	var wg sync.WaitGroup
	for round := 0; round < 2; round++ {
		for i, c := range conns {
			fmt.Fprintf(c, "hello #%d from %s\n", round, names[i])
			wg.Add(1)
		}
		for i, r := range readers {
			go func() {
				defer wg.Done()
				for range len(names) - 1 {
					line, err := r.ReadString('\n')
					if err != nil {
						fmt.Println(names[i], "read:", err)
						return
					}
					fmt.Print(names[i], " got ", line)
				}
			}()
		}
		wg.Wait()
		wg = sync.WaitGroup{}
	}
	for _, c := range conns {
		fmt.Fprintln(c, "/quit")
	}
	for i, r := range readers {
		_, err := r.ReadString('\n')
		fmt.Println(names[i], "closed:", err)
	}
}
