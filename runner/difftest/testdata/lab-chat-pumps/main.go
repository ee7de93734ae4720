// difftest: same

package main

import (
	"bufio"
	"fmt"
	"net"
	"sort"
	"strings"
	"sync"
	"time"
)

type Client struct {
	hub  *Hub
	conn net.Conn
	send chan []byte
	name string
}

type Hub struct {
	clients    map[*Client]bool
	broadcast  chan []byte
	register   chan *Client
	unregister chan *Client
}

func newHub() *Hub {
	return &Hub{
		clients:    make(map[*Client]bool),
		broadcast:  make(chan []byte),
		register:   make(chan *Client),
		unregister: make(chan *Client),
	}
}

func (h *Hub) run() {
	for {
		select {
		case c := <-h.register:
			h.clients[c] = true
		case c := <-h.unregister:
			if _, ok := h.clients[c]; ok {
				delete(h.clients, c)
				close(c.send)
			}
		case msg := <-h.broadcast:
			for c := range h.clients {
				select {
				case c.send <- msg:
				default:
					close(c.send)
					delete(h.clients, c)
				}
			}
		}
	}
}

func (c *Client) readPump() {
	defer func() {
		c.hub.unregister <- c
		c.conn.Close()
	}()
	sc := bufio.NewScanner(c.conn)
	for sc.Scan() {
		c.hub.broadcast <- []byte(c.name + ": " + sc.Text())
	}
}

func (c *Client) writePump() {
	ticker := time.NewTicker(time.Hour)
	defer ticker.Stop()
	for {
		select {
		case message, ok := <-c.send:
			if !ok {
				c.conn.Close()
				return
			}
			c.conn.Write(append(message, '\n'))
		case <-ticker.C:
			c.conn.Write([]byte("ping\n"))
		}
	}
}

func main() {
	hub := newHub()
	go hub.run()
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	go func() {
		for {
			conn, err := ln.Accept()
			if err != nil {
				return
			}
			r := bufio.NewReader(conn)
			name, _ := r.ReadString('\n')
			c := &Client{hub: hub, conn: conn, send: make(chan []byte, 16), name: strings.TrimSpace(name)}
			hub.register <- c
			fmt.Fprintln(conn, "welcome")
			go c.writePump()
			go c.readPump()
		}
	}()
	var conns []net.Conn
	var readers []*bufio.Reader
	for _, n := range []string{"ann", "bob"} {
		c, _ := net.Dial("tcp", ln.Addr().String())
		fmt.Fprintln(c, n)
		r := bufio.NewReader(c)
		w, _ := r.ReadString('\n')
		fmt.Print(n, " ", w)
		conns = append(conns, c)
		readers = append(readers, r)
	}
	fmt.Fprintln(conns[0], "hello bob")
	var wg sync.WaitGroup
	got := make([]string, 2)
	for i := range readers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			l, _ := readers[i].ReadString('\n')
			got[i] = strings.TrimSpace(l)
		}()
	}
	wg.Wait()
	sort.Strings(got)
	fmt.Println(got)
	conns[1].Close()
	fmt.Fprintln(conns[0], "bob gone?")
	l, _ := readers[0].ReadString('\n')
	fmt.Print(l)
}
