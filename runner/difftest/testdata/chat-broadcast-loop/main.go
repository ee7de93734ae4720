// difftest: same
// sort: lines
package main

import (
	"bufio"
	"fmt"
	"net"
	"strings"
	"sync"
)

// A chat server as students write one: a goroutine per client started on
// a method of the client, a broadcast that writes to each client from a
// goroutine of its own, and a pool of workers that counts the words.

type client struct {
	mu   sync.Mutex // one send at a time
	name string
	conn net.Conn
	out  *bufio.Writer
}

type hub struct {
	mu      sync.Mutex
	clients []*client
	words   chan string
	sent    sync.WaitGroup
}

func (c *client) send(line string, wg *sync.WaitGroup) {
	defer wg.Done()
	c.mu.Lock()
	defer c.mu.Unlock()
	c.out.WriteString(line + "\n")
	c.out.Flush()
}

func (c *client) serve(h *hub) {
	sc := bufio.NewScanner(c.conn)
	for sc.Scan() {
		// The words first: once every reader has its lines, every word
		// has reached a worker, and main may close the channel.
		h.words <- sc.Text()
		line := c.name + ": " + sc.Text()
		h.mu.Lock()
		for _, other := range h.clients {
			if other != c {
				h.sent.Add(1)
				go other.send(line, &h.sent)
			}
		}
		h.mu.Unlock()
	}
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	names := []string{"ann", "bob", "cy"}
	h := &hub{words: make(chan string)}
	var joined sync.WaitGroup
	go func() {
		for i := 0; ; i++ {
			conn, err := ln.Accept()
			if err != nil {
				return
			}
			c := &client{name: names[i], conn: conn, out: bufio.NewWriter(conn)}
			h.mu.Lock()
			h.clients = append(h.clients, c)
			h.mu.Unlock()
			joined.Done()
			go c.serve(h)
		}
	}()

	var conns []net.Conn
	for range names {
		joined.Add(1)
		conn, err := net.Dial("tcp", ln.Addr().String())
		if err != nil {
			panic(err)
		}
		conns = append(conns, conn)
		joined.Wait() // so that the server names the clients in order
	}

	counts := make(chan int)
	var workers sync.WaitGroup
	for w := 0; w < 2; w++ {
		workers.Go(func() {
			n := 0
			for text := range h.words {
				n += len(strings.Fields(text))
			}
			counts <- n
		})
	}

	var readers sync.WaitGroup
	for i, conn := range conns {
		readers.Add(1)
		go func() {
			defer readers.Done()
			r := bufio.NewReader(conn)
			for range len(names) - 1 {
				line, err := r.ReadString('\n')
				if err != nil {
					return
				}
				fmt.Printf("%s reads %s", names[i], line)
			}
		}()
		fmt.Fprintf(conn, "hello from client %d\n", i)
	}
	readers.Wait()
	h.sent.Wait()
	close(h.words)
	total := <-counts + <-counts
	fmt.Println("words:", total)
	ln.Close()
}
