// difftest: same
package main

// A chat hub whose messages point back at the client that sent them,
// while each client keeps the messages it received in a slice of its own:
// the history grows with append in main, where the interpreter once failed
// to compile it (cannot use type main.message as type unsafe2.dummy).

import (
	"bufio"
	"fmt"
	"net"
	"strings"
)

type message struct {
	from *client
	text string
}

type client struct {
	name    string
	conn    net.Conn
	history []message
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	in := make(chan message)
	var clients []*client
	for _, name := range []string{"ann", "bob"} {
		go func() {
			c, err := net.Dial("tcp", ln.Addr().String())
			if err != nil {
				return
			}
			defer c.Close()
			fmt.Fprintf(c, "hello from %s\n", name)
			bufio.NewReader(c).ReadString('\n')
		}()
		conn, err := ln.Accept()
		if err != nil {
			panic(err)
		}
		cl := &client{name: name, conn: conn}
		clients = append(clients, cl)
		go func() {
			line, _ := bufio.NewReader(conn).ReadString('\n')
			in <- message{from: cl, text: strings.TrimSpace(line)}
		}()
		m := <-in
		for _, other := range clients {
			other.history = append(other.history, m)
		}
	}
	for _, cl := range clients {
		fmt.Fprintln(cl.conn, "bye")
		cl.conn.Close()
		var lines []string
		for _, m := range cl.history {
			lines = append(lines, m.from.name+": "+m.text)
		}
		fmt.Printf("%s saw %d: %s\n", cl.name, len(cl.history), strings.Join(lines, " | "))
	}
	last := clients[1].history[0]
	fmt.Println(last.from == clients[0], last.from.history[0].text)
}
