// difftest: same
package main

// chat of chapter 8 of The Go Programming Language: a broadcaster
// goroutine owns the set of clients and selects over the entering,
// leaving and messages channels; each connection has a clientWriter
// goroutine draining its outgoing channel. Three clients on loopback
// arrive, speak and leave in turn, each waiting for its own echo (every
// message reaches every client, the sender too), so the order is fixed.

import (
	"bufio"
	"fmt"
	"log"
	"net"
	"strings"
)

type client chan<- string // an outgoing message channel

var (
	entering = make(chan client)
	leaving  = make(chan client)
	messages = make(chan string) // all incoming client messages
)

func broadcaster() {
	clients := make(map[client]bool) // all connected clients
	for {
		select {
		case msg := <-messages:
			// Broadcast incoming message to all
			// clients' outgoing message channels.
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

func handleConn(conn net.Conn, who string) {
	ch := make(chan string) // outgoing client messages
	go clientWriter(conn, ch)

	ch <- "You are " + who
	messages <- who + " has arrived"
	entering <- ch

	input := bufio.NewScanner(conn)
	for input.Scan() {
		messages <- who + ": " + input.Text()
	}
	// NOTE: ignoring potential errors from input.Err()

	leaving <- ch
	messages <- who + " has left"
	conn.Close()
}

func clientWriter(conn net.Conn, ch <-chan string) {
	for msg := range ch {
		fmt.Fprintln(conn, msg) // NOTE: ignoring network errors
	}
}

func main() {
	listener, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		log.Fatal(err)
	}
	go broadcaster()
	names := []string{"alice", "bob", "carol"}
	go func() {
		for i := 0; ; i++ {
			conn, err := listener.Accept()
			if err != nil {
				log.Print(err)
				continue
			}
			go handleConn(conn, names[i])
		}
	}()
	var conns []net.Conn
	var readers []*bufio.Reader
	for i := range names {
		conn, err := net.Dial("tcp", listener.Addr().String())
		if err != nil {
			log.Fatal(err)
		}
		conns = append(conns, conn)
		readers = append(readers, bufio.NewReader(conn))
		line, _ := readers[i].ReadString('\n')
		fmt.Printf("%s reads %s", names[i], line)
		fmt.Fprintf(conn, "hi from %s\n", names[i])
		for {
			line, _ := readers[i].ReadString('\n')
			fmt.Printf("%s reads %s", names[i], line)
			if strings.HasPrefix(line, names[i]+":") {
				break
			}
		}
	}
	conns[0].Close()
	for i := 1; i < len(names); i++ {
		for {
			line, _ := readers[i].ReadString('\n')
			fmt.Printf("%s reads %s", names[i], line)
			if strings.Contains(line, "has left") {
				break
			}
		}
	}
}
