// difftest: same
// sort: lines
package main

// A chat server in the style of The Go Programming Language's chat: one
// goroutine owns the set of clients and serves the entering, leaving and
// messages channels in a select; each client has an outgoing channel that
// a writer goroutine drains.

import (
	"bufio"
	"fmt"
	"net"
	"sync"
)

type client chan<- string

var (
	entering = make(chan client)
	leaving  = make(chan client)
	messages = make(chan string)
)

func broadcaster() {
	clients := map[client]bool{}
	for {
		select {
		case msg := <-messages:
			for cli := range clients {
				cli <- msg
			}
		case cli := <-entering:
			clients[cli] = true
		case cli := <-leaving:
			delete(clients, cli)
			close(cli)
		}
	}
}

func handle(conn net.Conn, joined *sync.WaitGroup) {
	ch := make(chan string, 16)
	go func() {
		for msg := range ch {
			fmt.Fprintln(conn, msg)
		}
		conn.Close()
	}()
	sc := bufio.NewScanner(conn)
	sc.Scan()
	who := sc.Text()
	entering <- ch
	joined.Done()
	for sc.Scan() {
		messages <- who + ": " + sc.Text()
	}
	leaving <- ch
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	go broadcaster()
	var joined sync.WaitGroup
	joined.Add(3)
	go func() {
		for {
			conn, err := ln.Accept()
			if err != nil {
				return
			}
			go handle(conn, &joined)
		}
	}()
	names := []string{"ada", "bob", "cy"}
	conns := make([]net.Conn, len(names))
	for i, name := range names {
		conns[i], err = net.Dial("tcp", ln.Addr().String())
		if err != nil {
			panic(err)
		}
		fmt.Fprintln(conns[i], name)
	}
	joined.Wait()
	fmt.Fprintln(conns[0], "hello all")
	var wg sync.WaitGroup
	for i, c := range conns {
		wg.Add(1)
		go func() {
			defer wg.Done()
			line, _ := bufio.NewReader(c).ReadString('\n')
			fmt.Printf("%s hears %s", names[i], line)
		}()
	}
	wg.Wait()
	for _, c := range conns {
		c.Close()
	}
}
