// difftest: same
package main

import (
	"bufio"
	"fmt"
	"net"
	"slices"
	"strings"
)

type client struct {
	name string
	ch   chan string
}

type Server struct {
	entering chan client
	leaving  chan client
	messages chan string
	who      chan chan []string
}

func NewServer() *Server {
	return &Server{make(chan client), make(chan client), make(chan string), make(chan chan []string)}
}

func (s *Server) broadcaster() {
	clients := map[string]client{}
	for {
		select {
		case msg := <-s.messages:
			for _, cli := range clients {
				cli.ch <- msg
			}
		case cli := <-s.entering:
			clients[cli.name] = cli
		case cli := <-s.leaving:
			delete(clients, cli.name)
			close(cli.ch)
		case reply := <-s.who:
			names := make([]string, 0, len(clients))
			for n := range clients {
				names = append(names, n)
			}
			slices.Sort(names)
			reply <- names
		}
	}
}

func (s *Server) handle(conn net.Conn) {
	in := bufio.NewScanner(conn)
	in.Scan()
	who := in.Text()
	ch := make(chan string, 10)
	go func() {
		for m := range ch {
			fmt.Fprintln(conn, m)
		}
		conn.Close()
	}()
	s.entering <- client{who, ch}
	for in.Scan() {
		t := in.Text()
		if t == "/who" {
			r := make(chan []string)
			s.who <- r
			ch <- "online: " + strings.Join(<-r, ",")
			continue
		}
		s.messages <- who + ": " + t
	}
	s.leaving <- client{who, ch}
}

func main() {
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	s := NewServer()
	go s.broadcaster()
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go s.handle(c)
		}
	}()
	dial := func(name string) (net.Conn, *bufio.Scanner) {
		c, _ := net.Dial("tcp", ln.Addr().String())
		fmt.Fprintln(c, name)
		return c, bufio.NewScanner(c)
	}
	a, as := dial("alice")
	fmt.Fprintln(a, "/who")
	as.Scan()
	fmt.Println("alice sees", as.Text())
	b, bs := dial("bob")
	fmt.Fprintln(b, "/who")
	bs.Scan()
	fmt.Println("bob sees", bs.Text())
	fmt.Fprintln(a, "hi bob")
	as.Scan()
	bs.Scan()
	fmt.Println(as.Text(), "|", bs.Text())
	b.(*net.TCPConn).CloseWrite()
	for bs.Scan() {
		fmt.Println("bob rest", bs.Text())
	}
	fmt.Fprintln(a, "/who")
	as.Scan()
	fmt.Println("alice sees", as.Text())
	a.Close()
}
