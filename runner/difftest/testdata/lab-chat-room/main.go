// difftest: same
package main

// A multi-client chat server: every line a client sends goes to all the
// others, with the sender's name; joins and leaves are announced. The
// server's broadcaster owns the set of clients, reached only through
// channels. Each client waits for its welcome before the next joins, and
// the clients take turns, so the order is fixed.

import (
	"bufio"
	"fmt"
	"net"
	"strings"
)

type client chan<- string

var (
	entering = make(chan client)
	leaving  = make(chan client)
	messages = make(chan string)
)

func broadcaster() {
	clients := make(map[client]bool)
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

func handleConn(conn net.Conn) {
	ch := make(chan string, 10)
	go func() {
		for msg := range ch {
			fmt.Fprintln(conn, msg)
		}
	}()
	in := bufio.NewScanner(conn)
	in.Scan()
	who := in.Text()
	messages <- who + " has arrived"
	entering <- ch
	ch <- "welcome, " + who
	for in.Scan() {
		messages <- who + ": " + in.Text()
	}
	leaving <- ch
	messages <- who + " has left"
	conn.Close()
}

type user struct {
	name string
	conn net.Conn
	in   *bufio.Scanner
}

func (u *user) say(s string) { fmt.Fprintln(u.conn, s) }

func (u *user) hear(n int) {
	for i := 0; i < n && u.in.Scan(); i++ {
		fmt.Printf("%s hears %q\n", u.name, u.in.Text())
	}
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	go broadcaster()
	go func() {
		for {
			conn, err := ln.Accept()
			if err != nil {
				return
			}
			go handleConn(conn)
		}
	}()
	join := func(name string) *user {
		c, err := net.Dial("tcp", ln.Addr().String())
		if err != nil {
			panic(err)
		}
		u := &user{name, c, bufio.NewScanner(c)}
		u.say(name)
		u.hear(1) // the welcome: from now on, u hears what is said
		return u
	}
	ann := join("ann")
	bob := join("bob")
	ann.hear(1)
	cat := join("cat")
	ann.hear(1)
	bob.hear(1)
	ann.say("hello everyone")
	ann.hear(1)
	bob.hear(1)
	cat.hear(1)
	bob.conn.Close()
	ann.hear(1)
	cat.hear(1)
	fmt.Println(strings.Repeat("-", 10))
}
